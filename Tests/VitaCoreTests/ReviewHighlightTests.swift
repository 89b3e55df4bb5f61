import Testing
import VitaCore

/// One highlight, the code it is judged by, and whether that code must fire.
struct HighlightCase: CustomTestStringConvertible, Sendable {
  var text: String
  var code: ReviewCode
  var fires: Bool
  var siteLanguage: Language = .en

  var testDescription: String { "\(fires ? "fires" : "quiet"): \(code.rawValue): \(text.prefix(50))" }
}

@Suite struct ReviewHighlightTests {
  static let cases: [HighlightCase] = [
    // weak-verb, English
    .init(text: "Dashboard for the marketing team that cut reporting time by 15%", code: .weakVerb, fires: true),
    .init(text: "The new onboarding flow raised activation by 12%", code: .weakVerb, fires: true),
    .init(text: "48 volunteers trained in 3 weeks", code: .weakVerb, fires: true),
    .init(text: "Developed a dashboard that cut reporting time by 15%", code: .weakVerb, fires: false),
    .init(text: "Led a team of 5 through 3 releases", code: .weakVerb, fires: false),
    .init(text: "**Analysed** 48,000 checkout sessions", code: .weakVerb, fires: false),
    .init(text: "Lead a team of 5 in weekly sprints", code: .weakVerb, fires: false),
    .init(text: "Co-founded a study group of 20 students", code: .weakVerb, fires: false),
    .init(text: "Benchmarked 4 databases on 10 million rows", code: .weakVerb, fires: false),
    .init(text: "Finalist (top 5 of 120 teams) at a national data challenge", code: .weakVerb, fires: false),
    .init(text: "1st place in the campus UX competition", code: .weakVerb, fires: false),
    // weak-verb, Indonesian
    .init(text: "Juara 1 lomba analisis data tingkat provinsi", code: .weakVerb, fires: false),
    .init(text: "Finalis Gemastik 2024 divisi data mining", code: .weakVerb, fires: false),
    .init(text: "Dashboard penjualan yang memangkas waktu laporan sebesar 15%", code: .weakVerb, fires: true),
    .init(text: "Kegiatan mingguan untuk 60 mahasiswa baru", code: .weakVerb, fires: true, siteLanguage: .id),
    .init(text: "Memimpin tim beranggotakan 12 orang untuk 6 workshop", code: .weakVerb, fires: false),
    .init(text: "Mengotomatiskan rekap presensi dari 3 jam menjadi 20 menit", code: .weakVerb, fires: false),
    .init(text: "Menyelenggarakan kelas SQL selama 8 minggu", code: .weakVerb, fires: false),
    .init(text: "Berkolaborasi dengan 4 desainer untuk aplikasi kampus", code: .weakVerb, fires: false),
    // weak-phrase, both languages; a weak opening is reported once, as a weak phrase
    .init(text: "Responsible for the weekly sales report", code: .weakPhrase, fires: true),
    .init(text: "Helped with the migration of 40 tables", code: .weakPhrase, fires: true),
    .init(text: "Helped with the migration of 40 tables", code: .weakVerb, fires: false),
    .init(text: "Built a tool that helped 30 teams ship faster", code: .weakPhrase, fires: false),
    .init(text: "Responsible for the weekly sales report", code: .weakVerb, fires: false),
    .init(text: "Bertanggung jawab atas laporan mingguan tim", code: .weakPhrase, fires: true),
    .init(text: "Bertanggung jawab atas laporan mingguan tim", code: .weakVerb, fires: false),
    .init(text: "Membantu tim pemasaran menyusun laporan", code: .weakPhrase, fires: true),
    .init(text: "Membantu tim pemasaran menyusun laporan", code: .weakVerb, fires: false),
    .init(text: "Membangun sistem yang membantu 200 UMKM mencatat stok", code: .weakPhrase, fires: false),
    // no-result, English
    .init(text: "Developed a dashboard for the marketing team", code: .noResult, fires: true),
    .init(text: "Designed the onboarding screens of a mobile app", code: .noResult, fires: true),
    .init(text: "Developed a dashboard that cut reporting time by 15%", code: .noResult, fires: false),
    .init(text: "Raised Rp 5 juta for a local library", code: .noResult, fires: false),
    .init(text: "Trained three new baristas on the espresso machine", code: .noResult, fires: false),
    .init(text: "Rebuilt the booking form over two weeks", code: .noResult, fires: false),
    .init(text: "Developed a reporting tool adopted by the whole team", code: .noResult, fires: false),
    .init(text: "Won first place at a regional hackathon", code: .noResult, fires: false),
    .init(text: "Built a Python3 script for the [team](https://example.com/2024)", code: .noResult, fires: true),
    // no-result, Indonesian
    .init(text: "Mengembangkan dashboard untuk tim pemasaran", code: .noResult, fires: true),
    .init(text: "Menyusun materi pelatihan untuk relawan", code: .noResult, fires: true),
    .init(text: "Meningkatkan interaksi media sosial sebesar 35%", code: .noResult, fires: false),
    .init(text: "Mengajar kelas Excel selama tiga bulan", code: .noResult, fires: false),
    .init(text: "Menciptakan sistem presensi yang diadopsi oleh seluruh himpunan", code: .noResult, fires: false),
    .init(text: "Meraih juara dua lomba analisis data tingkat nasional", code: .noResult, fires: false),
    .init(text: "Menggalang dana ratusan ribu rupiah untuk perpustakaan desa", code: .noResult, fires: false),
    // long-highlight
    .init(text: "Built " + String(repeating: "a", count: 195), code: .longHighlight, fires: true),
    .init(text: "Built " + String(repeating: "a", count: 194), code: .longHighlight, fires: false),
    .init(text: "Membangun " + String(repeating: "a", count: 191), code: .longHighlight, fires: true),
    // Markdown marks and link targets are not counted.
    .init(
      text: "Built [" + String(repeating: "a", count: 150) + "](https://example.com/"
        + String(repeating: "b", count: 80)
        + ")", code: .longHighlight, fires: false),
  ]

  @Test(arguments: cases)
  func highlight(_ example: HighlightCase) {
    let experience = ReviewFixture.experience(highlights: [example.text])
    let found = ReviewFixture.findings([experience], language: example.siteLanguage)
      .filter { $0.code == example.code.rawValue }
    #expect(found.count == (example.fires ? 1 : 0), "\(found.map(\.formatted))")
    for diagnostic in found {
      #expect(diagnostic.severity == .warning)
      #expect((diagnostic.file, diagnostic.line, diagnostic.column) == (ReviewFixture.file, 5, 5))
    }
  }

  @Test(
    arguments: [
      ("Memimpin tim beranggotakan 12 orang untuk menyelenggarakan 6 workshop", Language.id),
      ("Led a team of 12 to run 6 workshops for the students", .en),
      ("Meningkatkan interaksi media sosial sebesar 35% dalam 4 bulan", .id),
      ("Analysed an A/B test on 48,000 checkout sessions", .en),
      ("Dashboard", nil),
      // A grade's letter is no English article: the site's language decides.
      ("Nilai A", nil),
    ] as [(String, Language?)])
  func language(of text: String, is expected: Language?) {
    #expect(HighlightRules.language(of: HighlightRules.words(text)) == expected)
  }

  @Test func messagesSayWhatToDoInTheHighlightsLanguage() {
    let english = ReviewFixture.findings([ReviewFixture.experience(highlights: ["Dashboard for the team"])])
    let weakVerb = english.first { $0.code == "weak-verb" }
    #expect(weakVerb?.message.contains("starts with 'Dashboard'") == true)
    #expect(weakVerb?.message.contains("'Developed …'") == true)

    let indonesian = ReviewFixture.findings(
      [ReviewFixture.experience(highlights: ["Dashboard untuk tim pemasaran dari data penjualan"])])
    let rewrite = indonesian.first { $0.code == "no-result" }
    #expect(rewrite?.message.contains("dashboard untuk tim pemasaran dari data penjualan, ") == true)
    #expect(indonesian.first { $0.code == "weak-verb" }?.message.contains("'Mengembangkan …'") == true)
  }

  @Test func aGoodHighlightHasNoFindings() {
    let experience = ReviewFixture.experience(highlights: [
      "Built a Tableau dashboard that cut weekly reporting time by 15%",
      "Mengembangkan sistem presensi yang memangkas waktu rekap dari 3 jam menjadi 20 menit",
    ])
    #expect(ReviewFixture.findings([experience]).isEmpty)
  }
}
