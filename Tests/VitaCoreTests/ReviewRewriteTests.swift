import Foundation
import Testing

@testable import VitaCore

/// `vita check`'s examples are the person's own sentences rewritten for the experience's kind, with
/// `[N]` where a figure belongs, and no example is given twice in one run.
@Suite struct ReviewRewriteTests {
  static let today = PartialDate(year: 2026, month: 11, day: 29)

  /// The example inside a finding's message, if any.
  static func example(in message: String) -> String? {
    for opening in ["(e.g. '", "(mis. '"] {
      guard let start = message.range(of: opening) else { continue }
      let rest = message[start.upperBound...]
      guard let end = rest.range(of: "'", options: .backwards) else { continue }
      return String(rest[..<end.lowerBound])
    }
    return nil
  }

  static func numbers(_ text: String) -> [String] {
    text.split(whereSeparator: { !$0.isNumber }).map(String.init)
  }

  static func findings(_ experiences: [Experience], language: Language = .en) -> [Diagnostic] {
    ReviewFixture.findings(experiences, language: language)
  }

  // MARK: Result words

  @Test(arguments: [
    "Streamlined the returns form, halving refund disputes",
    "Doubled newsletter sign-ups with a referral scheme",
    "Reduced printing costs by a third",
    "Built a volunteer rota the trustees now use at every monthly meeting",
    "Designed a booking sheet now used by the whole clinic",
    "Wrote onboarding notes now used at every branch",
    "Cut the onboarding checklist in half",
    "Memangkas sengketa pengembalian dana menjadi separuh",
    "Menggandakan pendaftar buletin menjadi dua kali lipat",
    "Mengurangi biaya cetak sepertiga",
    "Menyusun jadwal relawan yang kini dipakai pengurus di setiap rapat",
    "Merancang formulir yang sekarang digunakan seluruh klinik",
  ])
  func resultWordsCountAsResults(_ highlight: String) {
    let found = Self.findings([ReviewFixture.experience(highlights: [highlight])])
    #expect(!found.contains { $0.code == "no-result" }, "\(found.map(\.message))")
  }

  @Test(arguments: [
    ("Attended weekly meetups and helped out", "helped out"),
    ("Attended the weekly design critiques", "attended"),
    ("Menghadiri rapat mingguan himpunan", "menghadiri"),
  ])
  func attendingAndHelpingOutAreTasks(_ highlight: String, phrase: String) throws {
    let found = Self.findings([ReviewFixture.experience(highlights: [highlight])])
    let weak = try #require(found.first { $0.code == "weak-phrase" }, "\(found.map(\.message))")
    #expect(weak.message.contains("'\(phrase)'"))
  }

  // MARK: Rewrites

  struct Case: Sendable, CustomTestStringConvertible {
    var highlight: String
    var kind: Kind
    var language: Language
    /// The person's words the example keeps.
    var kept: String
    /// Verbs the example may start with: the kind's, or the person's own.
    var openings: [String]
    var testDescription: String { highlight }
  }

  static let cases: [Case] = [
    Case(
      highlight: "Responsible for the weekly sales report", kind: .internship, language: .en,
      kept: "the weekly sales report", openings: ["Delivered", "Built", "Improved", "Streamlined", "Produced"]),
    Case(
      highlight: "Helped with data entry for the finance team.", kind: .job, language: .en,
      kept: "data entry for the finance team", openings: ["Delivered", "Built", "Improved", "Streamlined", "Produced"]),
    Case(
      highlight: "Attended weekly meetups and helped out", kind: .organization, language: .en,
      kept: "weekly meetups", openings: ["Led", "Organised", "Ran", "Coordinated"]),
    Case(
      highlight: "Reading sessions for children in the village", kind: .volunteer, language: .en,
      kept: "reading sessions for children in the village", openings: ["Organised", "Taught", "Ran", "Coordinated"]),
    Case(
      highlight: "Built a churn model in Python", kind: .bootcamp, language: .en,
      kept: "Built a churn model in Python", openings: ["Built"]),
    Case(
      highlight: "Designed a quiz app for the class", kind: .project, language: .en,
      kept: "Designed a quiz app for the class", openings: ["Designed"]),
    Case(
      highlight: "Bertanggung jawab atas laporan penjualan mingguan", kind: .internship, language: .id,
      kept: "laporan penjualan mingguan",
      openings: ["Menyelesaikan", "Membangun", "Meningkatkan", "Menyederhanakan", "Menyusun"]),
    Case(
      highlight: "Membantu mengajar anak-anak membaca", kind: .volunteer, language: .id,
      kept: "Mengajar anak-anak membaca", openings: ["Mengajar"]),
    Case(
      highlight: "Dokumentasi acara himpunan", kind: .organization, language: .id,
      kept: "dokumentasi acara himpunan",
      openings: ["Memimpin", "Menyelenggarakan", "Menjalankan", "Mengoordinasikan"]),
  ]

  @Test(arguments: cases)
  func theExampleRewritesThePersonsSentenceForItsKind(_ rewrite: Case) throws {
    let experience = ReviewFixture.experience(kind: rewrite.kind, highlights: [rewrite.highlight])
    let found = Self.findings([experience], language: rewrite.language)
    let examples = found.compactMap { Self.example(in: $0.message) }
    #expect(!examples.isEmpty, "\(found.map(\.message))")
    for example in examples {
      #expect(example.contains(rewrite.kept), "\(example)")
      #expect(rewrite.openings.contains { example.hasPrefix($0 + " ") }, "\(example)")
      // A figure is the person's own, or a marked place for it: never made up.
      #expect(Self.numbers(example) == Self.numbers(rewrite.highlight), "\(example)")
      if !HighlightRules.hasMeasurableResult(rewrite.highlight) { #expect(example.contains("[N]"), "\(example)") }
      #expect(!example.contains("organic reach") && !example.contains("jangkauan organik"))
    }
  }

  @Test func anExperienceWithoutHighlightsGetsAnExampleFromItsTitleAndOrganisation() throws {
    let experience = Experience(
      slug: "teacher", title: "Volunteer Teacher", kind: .volunteer, organization: "Rumah Belajar",
      start: PartialDate(year: 2024), highlights: [], source: SourceLocation(file: "content/experiences/teacher.md"))
    let finding = try #require(Self.findings([experience]).first { $0.code == "no-highlights" })
    let example = try #require(Self.example(in: finding.message))
    #expect(example.contains("at Rumah Belajar"))
    #expect(example.contains("[what you did]") && example.contains("[N]"))
  }

  // MARK: One run

  @Test func noExampleIsGivenTwiceInOneRun() {
    var experiences: [Experience] = []
    for (index, kind) in Kind.allCases.enumerated() {
      experiences.append(
        ReviewFixture.experience(
          slug: "e\(index)", kind: kind,
          highlights: [
            "Responsible for the weekly report", "Helped with the weekly report", "Worked on the club's social media",
            "Attended weekly meetups and helped out",
          ]))
    }
    let found = Self.findings(experiences)
    let examples = found.compactMap { Self.example(in: $0.message) }
    #expect(examples.count > 30, "\(examples.count)")
    #expect(Set(examples).count == examples.count, "\(examples.sorted())")
    #expect(!examples.contains { $0.contains("organic reach") })
  }
}
