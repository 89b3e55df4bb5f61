import Testing
import VitaCore

/// One experience, the code it is judged by, and whether that code must fire (and where).
struct ExperienceCase: CustomTestStringConvertible, Sendable {
  var name: String
  var experience: Experience
  var code: ReviewCode
  var fires: Bool
  var line: Int = 1

  var testDescription: String { "\(fires ? "fires" : "quiet"): \(code.rawValue): \(name)" }
}

@Suite struct ReviewExperienceTests {
  typealias F = ReviewFixture

  static let cases: [ExperienceCase] = [
    .init(name: "no highlights", experience: F.experience(highlights: []), code: .noHighlights, fires: true),
    .init(
      name: "tanpa highlight, Indonesian site", experience: F.experience(highlights: []), code: .noHighlights,
      fires: true),
    .init(name: "one highlight", experience: F.experience(), code: .noHighlights, fires: false),
    .init(
      name: "featured without star", experience: F.experience(featured: true), code: .featuredNoStar, fires: true,
      line: 9),
    .init(
      name: "featured with a story", experience: F.experience(featured: true, star: F.completeStory),
      code: .featuredNoStar, fires: false),
    .init(name: "not featured, no story", experience: F.experience(), code: .featuredNoStar, fires: false),
    .init(
      name: "story without result",
      experience: F.experience(star: Story(situation: "A", task: "B", action: "C", result: " ")),
      code: .incompleteStar, fires: true, line: 10),
    .init(
      name: "featured with a half story",
      experience: F.experience(featured: true, star: Story(situation: "Ada masalah.", task: "Memperbaiki.")),
      code: .incompleteStar, fires: true, line: 10),
    .init(
      name: "featured with a half story is not also storyless",
      experience: F.experience(featured: true, star: Story(situation: "A")), code: .featuredNoStar, fires: false),
    .init(
      name: "complete story", experience: F.experience(star: F.completeStory), code: .incompleteStar, fires: false),
    .init(
      name: "start next month", experience: F.experience(start: PartialDate(year: 2026, month: 12)),
      code: .startInFuture, fires: true, line: 3),
    .init(
      name: "start this month", experience: F.experience(start: PartialDate(year: 2026, month: 11)),
      code: .startInFuture, fires: false),
    .init(
      name: "start this year", experience: F.experience(start: PartialDate(year: 2026)), code: .startInFuture,
      fires: false),
    .init(
      name: "start tomorrow", experience: F.experience(start: PartialDate(year: 2026, month: 11, day: 30)),
      code: .startInFuture, fires: true, line: 3),
    .init(
      name: "ignore a misspelt code", experience: F.experience(ignoring: ["no-resutl"]), code: .unknownIgnore,
      fires: true, line: 11),
    .init(
      name: "ignore a real code", experience: F.experience(ignoring: ["no-result"]), code: .unknownIgnore,
      fires: false),
  ]

  @Test(arguments: cases)
  func experience(_ example: ExperienceCase) {
    let language: Language = example.name.contains("Indonesian") ? .id : .en
    let found = F.findings([example.experience], language: language).filter { $0.code == example.code.rawValue }
    #expect(found.count == (example.fires ? 1 : 0), "\(found.map(\.formatted))")
    if let diagnostic = found.first {
      #expect(diagnostic.file == F.file)
      #expect(diagnostic.line == example.line)
      #expect(diagnostic.severity == example.code.severity)
    }
  }

  @Test func incompleteStoryNamesTheEmptyParts() {
    let found = F.findings([F.experience(star: Story(situation: "A", action: "C"))])
    let message = found.first { $0.code == "incomplete-star" }?.message ?? ""
    #expect(message.contains("'task', 'result'"))
    #expect(!message.contains("'situation'"))
  }

  @Test func unknownIgnoreSuggestsTheNearestCode() {
    let found = F.findings([F.experience(ignoring: ["weak-verbs"])])
    #expect(found.first { $0.code == "unknown-ignore" }?.message.contains("did you mean 'weak-verb'?") == true)
  }

  @Test func ignoreSilencesOnlyThatExperiencesCodes() {
    let weak = ["Responsible for the weekly report"]
    let silenced = F.experience(slug: "silenced", highlights: weak, ignoring: ["weak-phrase", "no-result"])
    let loud = F.experience(slug: "loud", highlights: weak)
    let found = F.findings([silenced, loud])
    #expect(!found.contains { $0.file.hasSuffix("silenced.md") })
    #expect(found.filter { $0.file.hasSuffix("loud.md") }.map(\.code).sorted() == ["no-result", "weak-phrase"])
  }

  @Test func ignoreDoesNotSilenceErrors() {
    let future = F.experience(start: PartialDate(year: 2027), ignoring: ["start-in-future"])
    #expect(F.findings([future]).map(\.code) == ["start-in-future"])
  }

  @Test func findingsAreSorted() {
    let found = F.findings([
      F.experience(slug: "b", highlights: ["Dashboard", "Responsible for reports"], featured: true),
      F.experience(slug: "a", highlights: []),
    ])
    #expect(found == found.sorted())
    #expect(found.first?.file == "content/experiences/a.md")
  }

  @Test func everyCodeIsDocumentedAndStable() {
    let codes = ReviewCode.allCases.map(\.rawValue)
    #expect(Set(codes).count == codes.count)
    for code in ReviewCode.allCases {
      #expect(!code.summary.isEmpty)
      #expect(code.rawValue.allSatisfy { $0.isLowercase || $0 == "-" })
    }
    #expect(
      codes.starts(with: [
        "weak-verb", "no-result", "weak-phrase", "long-highlight", "no-highlights", "featured-no-star",
        "incomplete-star", "image-no-alt", "broken-internal-link", "job-no-terms",
      ]))
  }
}
