import Foundation
import VitaCore

/// Every fixed string a page shows, in the site's language.
public struct Strings: Sendable {
  public let language: Language

  public init(_ language: Language) {
    self.language = language
  }

  private func pick(_ en: String, _ id: String) -> String {
    language == .en ? en : id
  }

  public func heading(_ section: Section) -> String {
    switch section {
    case .work: pick("Work Experience", "Pengalaman Kerja")
    case .projects: pick("Projects", "Proyek")
    case .volunteer: pick("Volunteer Activities", "Kegiatan Sukarela")
    case .leadership: pick("Leadership & Activities", "Organisasi & Kepemimpinan")
    case .awards: pick("Awards & Competitions", "Penghargaan & Kompetisi")
    case .development: pick("Professional Development", "Pengembangan Profesional")
    case .certifications: pick("Certifications", "Sertifikasi")
    case .education: pick("Education", "Pendidikan")
    }
  }

  /// A CV part's heading: its section's, or the tailored CV's opening "Relevant Experience".
  public func heading(_ part: CVDocument.Part) -> String {
    part.section.map(heading) ?? pick("Relevant Experience", "Pengalaman Relevan")
  }

  public func kindName(_ kind: Kind) -> String {
    switch kind {
    case .job: pick("Job", "Pekerjaan")
    case .internship: pick("Internship", "Magang")
    case .freelance: pick("Freelance", "Lepas")
    case .partTime: pick("Part-time", "Paruh waktu")
    case .project: pick("Project", "Proyek")
    case .volunteer: pick("Volunteer", "Sukarela")
    case .organization: pick("Organisation", "Organisasi")
    case .competition: pick("Competition", "Kompetisi")
    case .course: pick("Course", "Kursus")
    case .bootcamp: pick("Bootcamp", "Bootcamp")
    case .certification: pick("Certification", "Sertifikasi")
    case .education: pick("Education", "Pendidikan")
    }
  }

  public var present: String { pick("present", "sekarang") }
  public var monthNames: [String] {
    language == .en
      ? [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December",
      ]
      : [
        "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
        "November", "Desember",
      ]
  }

  public var home: String { pick("Home", "Beranda") }
  public var cv: String { pick("CV", "CV") }
  public var about: String { pick("About", "Tentang") }
  public var featured: String { pick("Featured work", "Karya unggulan") }
  public var experiences: String { pick("Experiences", "Pengalaman") }
  public var skills: String { pick("Skills", "Keahlian") }
  public var skillsEvidence: String { pick("Skills and where they were used", "Keahlian dan buktinya") }
  public var highlights: String { pick("Highlights", "Pencapaian") }
  public var links: String { pick("Links", "Tautan") }
  public var contact: String { pick("Contact", "Kontak") }
  public var languages: String { pick("Languages", "Bahasa") }
  public var summary: String { pick("Summary", "Ringkasan") }
  public var timeline: String { pick("Timeline", "Linimasa") }
  public var hours: String { pick("hours", "jam") }
  /// What the home page's figure counts: the experiences not marked `mandatory`.
  public var selfInitiated: String { pick("by choice, not required", "atas pilihan sendiri, tidak wajib") }
  public var draft: String { pick("Draft", "Draf") }
  public var notFoundTitle: String { pick("Page not found", "Halaman tidak ditemukan") }
  public var notFoundText: String {
    pick("This page does not exist (any more).", "Halaman ini tidak ada (lagi).")
  }
  public var backHome: String { pick("Back to the home page", "Kembali ke beranda") }
  public var skipToContent: String { pick("Skip to content", "Langsung ke isi") }
  public var viewCV: String { pick("View the CV", "Lihat CV") }
  public var allExperiences: String { pick("All experiences", "Semua pengalaman") }
  public var email: String { pick("Email", "Email") }
  public var phone: String { pick("Phone", "Telepon") }
  public var location: String { pick("Location", "Lokasi") }
  public var portfolio: String { pick("Portfolio", "Portofolio") }
  /// The name of the group that holds skills outside every group of vita.yml.
  public var otherSkills: String { pick("Other", "Lainnya") }
  public var degree: String { pick("Degree", "Gelar") }
  public var gpa: String { pick("GPA", "IPK") }
  public var grade: String { pick("Grade", "Nilai") }

  /// An education's `score` with the label its value needs: a grade point average on a scale up to 5
  /// (`3.72/4.00`, `3,72`) is "GPA 3.72/4.00" or "IPK 3,72"; a mark out of more (`85/100`, `85%`)
  /// is a "Grade"; words (`First-class honours`, `Cum laude`), a UK class (`2:1`) or a value that
  /// names itself (`CGPA 3.8`) are shown as written.
  public func labelledScore(_ score: String) -> String {
    let value = score.trimmingCharacters(in: .whitespaces)
    let numbers = value.split(separator: "/").map {
      Double($0.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: ",", with: "."))
    }
    if value.hasSuffix("%"), Double(value.dropLast().replacingOccurrences(of: ",", with: ".")) != nil {
      return "\(grade) \(value)"
    }
    guard (1...2).contains(numbers.count), let first = numbers.first ?? nil, numbers.allSatisfy({ $0 != nil })
    else { return value }
    let scale = numbers.count == 2 ? numbers[1] ?? first : first
    return "\(scale <= 5 ? gpa : grade) \(value)"
  }
  /// What a PDF's title and subject call a CV, a tailored CV and a cover letter.
  public var curriculumVitae: String { pick("CV", "CV") }
  public func role(_ title: String, at company: String?) -> String {
    company.map { pick("\(title) at \($0)", "\(title) di \($0)") } ?? title
  }
  public func cvFor(_ role: String) -> String { pick("CV for \(role)", "CV untuk \(role)") }
  public func letterFor(_ role: String) -> String { pick("Cover letter for \(role)", "Surat lamaran untuk \(role)") }
  public var builtWith: String { pick("Built with Vita", "Dibuat dengan Vita") }
  public var mainNavigation: String { pick("Main", "Utama") }
  public var evidenceCount: String { pick("experiences", "pengalaman") }
  public var applications: String { pick("Applications", "Lamaran") }
  public var actNow: String { pick("Act now", "Perlu ditindaklanjuti") }
  public var deadlineLabel: String { pick("Deadline", "Batas waktu") }
  public var appliedLabel: String { pick("Applied", "Melamar") }
  public var interviewLabel: String { pick("Interview", "Wawancara") }
  public var contactLabel: String { pick("Contact", "Kontak") }
  public var notesLabel: String { pick("Notes", "Catatan") }
  public var calendar: String { pick("Calendar (.ics)", "Kalender (.ics)") }

  /// A stage of an application, as the tracker's heading says it.
  public func status(_ status: Application.Status) -> String {
    switch status {
    case .saved: pick("Saved", "Disimpan")
    case .applied: pick("Applied", "Sudah melamar")
    case .interview: pick("Interview", "Wawancara")
    case .offer: pick("Offer", "Tawaran")
    case .rejected: pick("Rejected", "Ditolak")
    case .withdrawn: pick("Withdrawn", "Dibatalkan")
    }
  }

  /// Why a posting is on top: its deadline is near (or passed), or a follow-up is due.
  public func attention(_ item: Pipeline.Item) -> String {
    if item.followUpDue, let days = item.daysSinceApplied {
      return pick("follow up: applied \(days) days ago", "tindak lanjuti: melamar \(days) hari lalu")
    }
    guard let days = item.daysToDeadline else { return "" }
    switch days {
    case ..<0: return pick("the deadline has passed", "batas waktu sudah lewat")
    case 0: return pick("the deadline is today", "batas waktu hari ini")
    case 1: return pick("the deadline is tomorrow", "batas waktu besok")
    default: return pick("deadline in \(days) days", "batas waktu \(days) hari lagi")
    }
  }
  public var tailoredCV: String { pick("Tailored CV", "CV khusus") }
  public var matchReport: String { pick("Match report", "Laporan kecocokan") }
  public var interview: String { pick("Interview stories", "Cerita wawancara") }
  public var score: String { pick("Score", "Skor") }
  public var matched: String { pick("Matched", "Cocok") }
  public var missing: String { pick("Missing", "Belum ada") }
  public var mustHave: String { pick("must have", "wajib") }
  public var keyword: String { pick("keyword", "kata kunci") }
  public var requirement: String { pick("Requirement", "Persyaratan") }
  public var evidence: String { pick("Proven by", "Dibuktikan oleh") }
  public var noEvidence: String { pick("nothing on the CV yet", "belum ada di CV") }
  public var mustHaveMissing: String {
    pick("Must-haves no experience proves", "Persyaratan wajib yang belum terbukti")
  }
  public var selected: String { pick("On the CV, in order", "Di CV, berurutan") }
  public var unusedEvidence: String { pick("Evidence left off the CV", "Bukti yang tidak masuk CV") }
  public var letter: String { pick("Cover letter", "Surat lamaran") }
  public var softSkills: String { pick("Soft skills the posting asks for", "Soft skill yang diminta lowongan") }
  public var softSkillsNote: String {
    pick(
      "Not scored and never listed as missing: show them in your stories and your letter.",
      "Tidak dinilai dan tidak dianggap kurang: tunjukkan lewat cerita wawancara dan surat lamaran.")
  }
  public var languagesLabel: String { pick("Languages", "Bahasa") }

  /// What a requirement names, as its row's badge says it.
  public func kindName(_ kind: Requirement.Kind) -> String {
    switch kind {
    case .tool: pick("tool", "alat")
    case .skill: pick("skill", "keahlian")
    case .language: pick("language", "bahasa")
    case .credential: pick("certification", "sertifikasi")
    case .degree: pick("education", "pendidikan")
    case .soft: pick("soft skill", "soft skill")
    case .general: pick("other", "lainnya")
    }
  }
  public var reasonPrivate: String { pick("private", "privat") }
  public var reasonCut: String { pick("cut for length", "dipotong karena panjang") }
  public var none: String { pick("none", "tidak ada") }
  public var situation: String { pick("Situation", "Situasi") }
  public var task: String { pick("Task", "Tugas") }
  public var action: String { pick("Action", "Tindakan") }
  public var result: String { pick("Result", "Hasil") }
  public var noStory: String {
    pick(
      "No STAR story yet: these highlights are where to start one.",
      "Belum ada cerita STAR: mulailah dari pencapaian berikut.")
  }
  public var nothingProves: String {
    pick(
      "Nothing in your record proves this yet: be ready to say how you would learn it.",
      "Belum ada pengalaman yang membuktikan ini: siapkan cara Anda akan mempelajarinya.")
  }

  /// The interview question for a requirement, worded for what it names: "Tell me about a time
  /// you used Zendesk.", "… showed teamwork.", "How do you meet this: …?".
  public func question(_ requirement: Requirement) -> String {
    let term = requirement.term
    switch requirement.kind {
    case .tool:
      return pick("Tell me about a time you used \(term).", "Ceritakan pengalaman Anda menggunakan \(term).")
    case .skill, .degree:
      return pick(
        "Tell me about your experience with \(term).", "Ceritakan pengalaman Anda di bidang \(term).")
    case .soft:
      return pick("Tell me about a time you showed \(term).", "Ceritakan saat Anda menunjukkan \(term).")
    case .language:
      return pick(
        "Tell me about a time you worked in \(term).", "Ceritakan saat Anda bekerja dengan \(term).")
    case .credential:
      return pick(
        "What did you learn on the way to \(term)?", "Apa yang Anda pelajari untuk meraih \(term)?")
    case .general:
      return pick(
        "The posting asks: “\(term)” How do you meet it?", "Lowongan ini meminta: “\(term)” Bagaimana Anda memenuhinya?"
      )
    }
  }

  public var timelineTable: String { pick("The timeline as a table", "Linimasa sebagai tabel") }
  public var columnExperience: String { pick("Experience", "Pengalaman") }
  public var columnKind: String { pick("Kind", "Jenis") }
  public var columnDates: String { pick("Dates", "Tanggal") }
  public var taskDone: String { pick("done", "selesai") }
  public var taskOpen: String { pick("not done yet", "belum selesai") }
  public var legend: String { pick("Colours by kind", "Warna menurut jenis") }
  public var skillsChartTitle: String {
    pick("Skills by the number of experiences that show them", "Keahlian menurut jumlah pengalaman yang menunjukkannya")
  }

  public func timelineDescription(count: Int, from first: Int, to last: Int) -> String {
    let span = first == last ? String(first) : "\(first)–\(last)"
    return pick(
      "\(count) experience\(count == 1 ? "" : "s"), \(span): one bar each from its start to its end, coloured by kind.",
      "\(count) pengalaman, \(span): satu batang per pengalaman dari awal sampai akhir, diwarnai menurut jenisnya.")
  }

  public func skillsChartDescription(count: Int) -> String {
    pick(
      "\(count) skill\(count == 1 ? "" : "s"), one bar each, as long as the number of experiences that show it; "
        + "the list below names them.",
      "\(count) keahlian, satu batang per keahlian sepanjang jumlah pengalaman yang menunjukkannya; "
        + "daftar di bawah menyebutkannya.")
  }
}

/// Dates as people read them: "June 2024 – present", "Juni 2024 – sekarang".
public struct DateStyle: Sendable {
  public let strings: Strings

  public init(_ language: Language) {
    strings = Strings(language)
  }

  /// "June 2024" or "2024": CVs give months, not days.
  public func long(_ date: PartialDate) -> String {
    guard let month = date.month, (1...12).contains(month) else { return String(date.year) }
    return "\(strings.monthNames[month - 1]) \(date.year)"
  }

  /// "06/2024" or "2024": the form ATS parsers read best.
  public func numeric(_ date: PartialDate) -> String {
    guard let month = date.month else { return String(date.year) }
    // What String(format: "%02d/%d") writes, without Foundation's formatter.
    return ((0..<10).contains(month) ? "0" : "") + "\(month)/\(date.year)"
  }

  /// "June 2024 – August 2024"; a single date when start and end are the same month.
  public func range(_ start: PartialDate, _ end: EndDate?, numeric: Bool = false) -> String {
    let format = numeric ? self.numeric : long
    switch end {
    case .none, .present:
      return "\(format(start)) – \(strings.present)"
    case .on(let date):
      if format(date) == format(start) { return format(start) }
      return "\(format(start)) – \(format(date))"
    }
  }
}
