/// The review's words, in one table so that another language can be added beside English.
///
/// Each message says what is wrong, how to mend it and, where it helps, gives an example.
/// Examples of highlights are in the highlight's own language (`WordLists`), whatever the table's.
public struct ReviewMessages: Sendable {
  /// `example` is a rewrite of the person's own sentence (`Rewrite`), nil where the run has given
  /// every rewrite already.
  public var weakVerb: @Sendable (_ opening: String, _ verbs: [String], _ example: String?) -> String
  public var weakPhrase: @Sendable (_ phrase: String, _ example: String?) -> String
  public var noResult: @Sendable (_ example: String?) -> String
  public var longHighlight: @Sendable (_ length: Int, _ limit: Int) -> String
  public var noHighlights: @Sendable (_ example: String?) -> String
  public var featuredNoStar: @Sendable () -> String
  public var incompleteStar: @Sendable (_ missing: [String]) -> String
  public var imageNoAlt: @Sendable (_ url: String) -> String
  public var htmlImageNoAlt: @Sendable () -> String
  public var linkToMissingExperience: @Sendable (_ url: String, _ slug: String, _ nearMiss: String?) -> String
  public var linkToPagelessExperience: @Sendable (_ url: String, _ slug: String, _ visibility: Visibility) -> String
  public var jobNoTerms: @Sendable () -> String
  public var unknownIgnore: @Sendable (_ code: String, _ nearMiss: String?) -> String
  public var startInFuture: @Sendable (_ start: PartialDate, _ today: PartialDate) -> String
  public var summary: @Sendable (_ summary: ReviewSummary) -> String
  public var figures: @Sendable (_ figures: RecordFigures) -> [String]

  /// The table for the site's language. The examples inside each message follow the language of
  /// the highlight itself (`WordLists`), so an English highlight on an Indonesian site gets an
  /// English rewrite in an Indonesian sentence.
  public static func messages(for language: Language) -> ReviewMessages {
    switch language {
    case .en: english
    case .id: indonesian
    }
  }

  public static let indonesian = ReviewMessages(
    weakVerb: { opening, verbs, example in
      let verbs = verbs.prefix(3).map { "'\($0) …'" }.joined(separator: ", ")
      let shown =
        opening.isEmpty ? "pencapaian ini tidak diawali sebuah kata" : "pencapaian diawali '\(opening)'"
      return "\(shown), bukan kata kerja aktif; awali dengan apa yang Anda lakukan: \(verbs)"
        + indonesianExample(example)
    },
    weakPhrase: { phrase, example in
      "'\(phrase)' menyebut tugas, bukan hasil; tulis apa yang Anda lakukan dan apa hasilnya"
        + indonesianExample(example)
    },
    noResult: { example in
      "pencapaian ini tidak punya hasil terukur (angka, %, jumlah atau durasi) maupun hasil yang disebut; "
        + "tambahkan apa yang berubah, atau sebut hasilnya (diadopsi, diluncurkan, juara)" + indonesianExample(example)
    },
    longHighlight: { length, limit in
      "pencapaian ini \(length) karakter, lebih dari dua baris di CV (\(limit)); sisakan tindakan dan hasilnya, "
        + "pindahkan detailnya ke isi halaman"
    },
    noHighlights: { example in
      "pengalaman ini belum punya pencapaian; tambahkan satu sampai tiga hasil di `highlights:`"
        + indonesianExample(example)
    },
    featuredNoStar: {
      "pengalaman unggulan ini belum punya cerita STAR; tambahkan `star:` dengan situation, task, action dan "
        + "result agar interview.html bisa menceritakannya"
    },
    incompleteStar: { missing in
      let parts = missing.map { "'\($0)'" }.joined(separator: ", ")
      return "cerita STAR ini membiarkan \(parts) kosong; cerita wawancara butuh keempat bagiannya"
    },
    imageNoAlt: { url in
      "gambar '\(url)' tidak punya teks alt; jelaskan isinya untuk pembaca layar dan mesin pencari: "
        + "![Dasbor penjualan mingguan per wilayah](\(url))"
    },
    htmlImageNoAlt: {
      "<img> tidak punya teks alt; tambahkan alt=\"apa yang ditunjukkan gambar\""
    },
    linkToMissingExperience: { url, slug, nearMiss in
      let hint = nearMiss.map { "; maksud Anda '\($0)'?" } ?? "; periksa slug-nya atau hapus tautannya"
      return "tautan '\(url)' menuju pengalaman '\(slug)', yang tidak ada\(hint)"
    },
    linkToPagelessExperience: { url, slug, visibility in
      "tautan '\(url)' menuju '\(slug)', yang \(visibility.rawValue) dan tidak punya halaman; "
        + "jadikan public atau hapus tautannya"
    },
    jobNoTerms: {
      "tidak ada istilah yang bisa diambil dari lowongan ini: tidak ada `keywords`, tidak ada `must_have` dan "
        + "hampir tanpa teks; tempel teks lowongan di bawah front matter, atau tambahkan `keywords: [SQL, dashboards]`"
    },
    unknownIgnore: { code, nearMiss in
      let hint = nearMiss.map { "maksud Anda '\($0)'?" } ?? "lihat `vita check --help` untuk daftar kodenya"
      return "review.ignore menyebut '\(code)', yang bukan kode tinjauan; \(hint)"
    },
    startInFuture: { start, today in
      "'start' (\(start)) setelah hari ini (\(today)); tulis tanggal mulainya, atau jadikan draf sampai saat itu"
    },
    summary: { summary in
      "\(summary.files) berkas diperiksa: \(summary.errors) galat, \(summary.warnings) peringatan"
        + (summary.notes == 0 ? "" : ", \(summary.notes) catatan draf")
    },
    figures: { figures in
      let kinds = figures.experiencesByKind.map { "\($0.count) \($0.kind.rawValue)" }.joined(separator: ", ")
      let total = figures.selfInitiatedCount + figures.mandatoryCount
      return [
        "pengalaman: \(total)" + (kinds.isEmpty ? "" : " (\(kinds))"),
        "atas inisiatif sendiri: \(figures.selfInitiatedCount), wajib: \(figures.mandatoryCount)",
        "jam yang diinvestasikan: \(figures.hoursTotal), atas inisiatif sendiri: \(figures.selfInitiatedHours)",
        "pencapaian dengan hasil terukur: \(figures.highlightsWithMeasurableResult) dari "
          + "\(figures.highlightsTotal) (\(figures.measurableResultShare)%)",
      ]
    }
  )

  public static let english = ReviewMessages(
    weakVerb: { opening, verbs, example in
      let verbs = verbs.prefix(3).map { "'\($0) …'" }.joined(separator: ", ")
      let shown = opening.isEmpty ? "the highlight does not start with a word" : "highlight starts with '\(opening)'"
      return "\(shown), not an action verb; start with what you did: \(verbs)" + englishExample(example)
    },
    weakPhrase: { phrase, example in
      "'\(phrase)' describes a duty, not what you achieved; say what you did and what came of it"
        + englishExample(example)
    },
    noResult: { example in
      "highlight has no measurable result (a number, %, amount or duration) and no named outcome; "
        + "add what changed, or name the result (adopted by, launched, won)" + englishExample(example)
    },
    longHighlight: { length, limit in
      "highlight is \(length) characters, more than two lines on a CV (\(limit)); keep the action and the result "
        + "and move the detail to the body"
    },
    noHighlights: { example in
      "experience has no highlights; add one to three results under `highlights:`" + englishExample(example)
    },
    featuredNoStar: {
      "featured experience has no STAR story; add `star:` with situation, task, action and result "
        + "so that interview.html can tell it"
    },
    incompleteStar: { missing in
      let parts = missing.map { "'\($0)'" }.joined(separator: ", ")
      return "STAR story leaves \(parts) empty; an interview story needs all four parts"
    },
    imageNoAlt: { url in
      "image '\(url)' has no alt text; describe it for screen readers and search: "
        + "![Dashboard of weekly sales by region](\(url))"
    },
    htmlImageNoAlt: {
      "<img> has no alt text; add alt=\"what the image shows\""
    },
    linkToMissingExperience: { url, slug, nearMiss in
      let hint = nearMiss.map { "; did you mean '\($0)'?" } ?? "; check the slug or remove the link"
      return "link '\(url)' points to the experience '\(slug)', which does not exist\(hint)"
    },
    linkToPagelessExperience: { url, slug, visibility in
      "link '\(url)' points to '\(slug)', which is \(visibility.rawValue) and has no page; "
        + "make it public or remove the link"
    },
    jobNoTerms: {
      "no terms could be found in this posting: it has no `keywords`, no `must_have` and almost no text; "
        + "paste the posting's text below the front matter, or add `keywords: [SQL, dashboards]`"
    },
    unknownIgnore: { code, nearMiss in
      let hint = nearMiss.map { "did you mean '\($0)'?" } ?? "see `vita check --help` for the codes"
      return "review.ignore names '\(code)', which is not a review code; \(hint)"
    },
    startInFuture: { start, today in
      "'start' (\(start)) is after today (\(today)); write the date it began, or keep the file as a draft until then"
    },
    summary: { summary in
      func count(_ number: Int, _ noun: String) -> String { "\(number) \(noun)\(number == 1 ? "" : "s")" }
      return "\(count(summary.files, "file")) checked: \(count(summary.errors, "error")), "
        + "\(count(summary.warnings, "warning"))"
        + (summary.notes == 0 ? "" : ", \(count(summary.notes, "draft note"))")
    },
    figures: { figures in
      let kinds = figures.experiencesByKind.map { "\($0.count) \($0.kind.rawValue)" }.joined(separator: ", ")
      let total = figures.selfInitiatedCount + figures.mandatoryCount
      return [
        "experiences: \(total)" + (kinds.isEmpty ? "" : " (\(kinds))"),
        "self-initiated: \(figures.selfInitiatedCount), mandatory: \(figures.mandatoryCount)",
        "hours invested: \(figures.hoursTotal), of which self-initiated: \(figures.selfInitiatedHours)",
        "highlights with a measurable result: \(figures.highlightsWithMeasurableResult) of "
          + "\(figures.highlightsTotal) (\(figures.measurableResultShare)%)",
      ]
    }
  )

  /// ` (e.g. '…', with your own figures for [N])`, or nothing.
  static func englishExample(_ example: String?) -> String {
    guard let example else { return "" }
    let figures = Rewrite.hasPlaceholder(example) ? ", with your own figures for \(Rewrite.placeholder)" : ""
    return " (e.g. '\(example)'\(figures))"
  }

  static func indonesianExample(_ example: String?) -> String {
    guard let example else { return "" }
    let figures =
      example.contains(Rewrite.placeholder) ? ", dengan angka Anda sendiri untuk \(Rewrite.placeholder)" : ""
    return " (mis. '\(example)'\(figures))"
  }
}
