import Testing

@testable import VitaCore

/// The slips a new user makes in front matter, each told at its place with its fix, in English and
/// in Indonesian.
@Suite struct BeginnerSlipTests {
  struct Slip: Sendable, CustomTestStringConvertible {
    var name: String
    var file: String
    var text: String
    var line: Int
    var column: Int
    var severity: Diagnostic.Severity
    var code: String
    /// Words of the message that name the fix, in English and in Indonesian.
    var english: [String]
    var indonesian: [String]
    var testDescription: String { name }
  }

  static let slips: [Slip] = [
    Slip(
      name: "a tab in front of a list item", file: "content/experiences/tab.md",
      text: "---\ntitle: Analyst\nkind: project\nstart: 2024-01\nskills:\n\t- SQL\n---\nBody.\n",
      line: 6, column: 1, severity: .error, code: "yaml-syntax",
      english: ["a tab", "spaces only", "replace the tab with spaces"],
      indonesian: ["ada tab", "hanya memakai spasi", "ganti tab itu dengan spasi"]),
    Slip(
      name: "a tab after the spaces of a nested key", file: "content/experiences/tab2.md",
      text: "---\ntitle: Analyst\nkind: project\nstart: 2024-01\nstar:\n  situation: x\n \ttask: y\n---\nBody.\n",
      line: 7, column: 2, severity: .error, code: "yaml-syntax",
      english: ["replace the tab with spaces"], indonesian: ["ganti tab itu dengan spasi"]),
    Slip(
      name: "an unclosed bracket", file: "content/experiences/bracket.md",
      text: "---\ntitle: Analyst\nkind: project\nstart: 2024-01\nskills: [SQL, Excel\nhighlights: []\n---\nBody.\n",
      line: 5, column: 9, severity: .error, code: "yaml-syntax",
      english: ["the [ opened here is never closed", "end the list with ]"],
      indonesian: ["[ yang dibuka di sini tidak pernah ditutup", "akhiri daftarnya dengan ]"]),
    Slip(
      name: "an unclosed double quote", file: "content/experiences/quote.md",
      text: "---\ntitle: \"Data Analyst\nkind: project\nstart: 2024-01\n---\nBody.\n",
      line: 2, column: 8, severity: .error, code: "yaml-syntax",
      english: ["the quote \" opened here is never closed", "end the text with \""],
      indonesian: ["tanda kutip \" yang dibuka di sini tidak pernah ditutup", "akhiri teksnya dengan \""]),
    Slip(
      name: "an unclosed single quote", file: "content/experiences/quote1.md",
      text: "---\ntitle: Analyst\nkind: project\nstart: 2024-01\nlocation: 'Bandung\n---\nBody.\n",
      line: 5, column: 11, severity: .error, code: "yaml-syntax",
      english: ["the quote ' opened here is never closed"], indonesian: ["tanda kutip ' yang dibuka"]),
    Slip(
      name: "skills as a comma list", file: "content/experiences/comma.md",
      text: "---\ntitle: Analyst\nkind: project\nstart: 2024-01\nskills: SQL, Excel\n---\nBody.\n",
      line: 5, column: 9, severity: .warning, code: "comma-list",
      english: ["a list needs brackets", "`skills: [SQL, Excel]`", "2 items"],
      indonesian: ["daftar perlu kurung siku", "`skills: [SQL, Excel]`", "2 butir"]),
    Slip(
      name: "must_have as a comma list", file: "content/jobs/comma.md",
      text: "---\ntitle: Analyst\nmust_have: SQL, Python, Tableau\n---\nWe need SQL and dashboards for the team.\n",
      line: 3, column: 12, severity: .warning, code: "comma-list",
      english: ["`must_have: [SQL, Python, Tableau]`", "3 items"],
      indonesian: ["`must_have: [SQL, Python, Tableau]`", "3 butir"]),
    Slip(
      name: "keywords as a comma list", file: "content/jobs/keywords.md",
      text: "---\ntitle: Analyst\nkeywords: SQL, dashboards\n---\nWe need SQL and dashboards for the team.\n",
      line: 3, column: 11, severity: .warning, code: "comma-list",
      english: ["`keywords: [SQL, dashboards]`"], indonesian: ["`keywords: [SQL, dashboards]`"]),
    Slip(
      name: "an end that is no date", file: "content/experiences/end.md",
      text: "---\ntitle: Analyst\nkind: project\nstart: 2024-01\nend: soon\n---\nBody.\n",
      line: 5, column: 6, severity: .error, code: "date",
      english: ["YYYY-MM-DD, or present while it goes on, not 'soon'"],
      indonesian: ["atau present selama masih berjalan, bukan 'soon'"]),
    Slip(
      name: "an empty posting", file: "content/jobs/empty.md", text: "\n", line: 1, column: 1,
      severity: .warning, code: "empty-posting",
      english: ["is empty, so it is left out", "paste the posting's text"],
      indonesian: ["kosong, jadi dilewati", "tempel teks lowongannya"]),
    Slip(
      name: "a posting with no terms", file: "content/jobs/bare.md", text: "---\ntitle: Analyst\n---\nApply now!\n",
      line: 1, column: 1, severity: .warning, code: "job-no-terms",
      english: ["no terms could be found", "add `keywords: [SQL, dashboards]`"],
      indonesian: ["tidak ada istilah", "tambahkan `keywords: [SQL, dashboards]`"]),
  ]

  func findings(_ slip: Slip, language: Language) -> (LoadResult, [Diagnostic]) {
    let config = "title: T\nbase_url: https://t.example/\nlanguage: \(language.rawValue)\nperson:\n  name: Rina\n"
    let loaded = SiteLoader(files: memorySite(config: config, [slip.file: slip.text])).load(from: "/site")
    return (loaded, loaded.diagnostics.filter { $0.file == slip.file })
  }

  @Test(arguments: slips)
  func eachSlipIsToldAtItsPlaceWithItsFixInBothLanguages(_ slip: Slip) throws {
    for language in Language.allCases {
      let (loaded, found) = findings(slip, language: language)
      #expect(found.count == 1, "\(language): \(found.map(\.formatted))")
      let finding = try #require(found.first)
      #expect(finding.line == slip.line && finding.column == slip.column, "\(language): \(finding.formatted)")
      #expect(finding.severity == slip.severity)
      #expect(finding.code == slip.code)
      for words in language == .en ? slip.english : slip.indonesian {
        #expect(finding.message.contains(words), "\(language): \(finding.message)")
      }
      // A warning leaves the rest of the site to build.
      #expect((loaded.site != nil) == (slip.severity == .warning))
    }
  }

  @Test func aCommaListIsReadAsTheListItsWriterMeantButAHighlightIsNeverSplit() throws {
    let text =
      "---\ntitle: A\nkind: project\nstart: 2024-01\nskills: SQL, Excel ,  Power BI\n"
      + "highlights:\n  - Cut costs by 10%, saving Rp 5 million, in 3 months\n---\nBody.\n"
    let site = try #require(SiteLoader(files: memorySite(["content/experiences/a.md": text])).load(from: "/site").site)
    let experience = try #require(site.experiences.first)
    #expect(experience.skills == ["SQL", "Excel", "Power BI"])
    #expect(experience.highlights.map(\.text) == ["Cut costs by 10%, saving Rp 5 million, in 3 months"])
    // Quoted, the commas are meant.
    let quoted = text.replacingOccurrences(of: "skills: SQL, Excel ,  Power BI", with: "skills: \"SQL, Excel\"")
    let loaded = SiteLoader(files: memorySite(["content/experiences/a.md": quoted])).load(from: "/site")
    #expect(loaded.site?.experiences.first?.skills == ["SQL, Excel"])
    #expect(loaded.diagnostics.isEmpty)
  }

  @Test(arguments: [
    "present", "Present", "current", "Currently", "now", "ongoing", "sekarang", "Saat ini", "saat  ini", "hingga kini",
    "Sampai sekarang",
  ])
  func anEndWordThatMeansPresentIsPresent(_ word: String) throws {
    let text = "---\ntitle: A\nkind: project\nstart: 2024-01\nend: \(word)\n---\nBody.\n"
    let loaded = SiteLoader(files: memorySite(["content/experiences/a.md": text])).load(from: "/site")
    #expect(loaded.diagnostics.isEmpty, "\(loaded.diagnostics.map(\.formatted))")
    #expect(loaded.site?.experiences.first?.end == .present)
  }
}
