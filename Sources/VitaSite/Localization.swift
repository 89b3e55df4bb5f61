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
  public var selfInitiated: String { pick("self-initiated", "atas inisiatif sendiri") }
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
  public var score: String { pick("GPA", "IPK") }
  public var builtWith: String { pick("Built with Vita", "Dibuat dengan Vita") }
  public var mainNavigation: String { pick("Main", "Utama") }
  public var evidenceCount: String { pick("experiences", "pengalaman") }
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
    return String(format: "%02d/%d", month, date.year)
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
