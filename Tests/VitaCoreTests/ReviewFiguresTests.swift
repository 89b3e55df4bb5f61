import Foundation
import Testing
import VitaCore

@Suite struct ReviewFiguresTests {
  typealias F = ReviewFixture

  static let record = [
    F.experience(
      slug: "intern", kind: .internship, mandatory: true, hours: 480,
      highlights: ["Built a dashboard that cut reporting time by 15%", "Presented findings to the product team"]),
    F.experience(
      slug: "app", kind: .project, hours: 120,
      highlights: ["Built a budget app used by 40 families", "Menulis dokumentasi untuk pengguna baru"]),
    F.experience(slug: "game", kind: .project, highlights: ["Designed a board game for family evenings"]),
    F.experience(slug: "club", kind: .organization, hours: 200, highlights: []),
  ]

  @Test func figuresOfASmallRecord() {
    let figures = Review(site: F.site(Self.record), today: F.today).figures()
    #expect(
      figures.experiencesByKind == [
        .init(kind: .project, count: 2), .init(kind: .internship, count: 1), .init(kind: .organization, count: 1),
      ])
    #expect(figures.selfInitiatedCount == 3)
    #expect(figures.mandatoryCount == 1)
    #expect(figures.hoursTotal == 800)
    #expect(figures.selfInitiatedHours == 320)
    #expect(figures.highlightsTotal == 5)
    #expect(figures.highlightsWithMeasurableResult == 2)
    #expect(figures.measurableResultShare == 40)
  }

  @Test func anEmptyRecordHasNoShare() {
    let figures = Review(site: F.site([]), today: F.today).figures()
    #expect(figures.experiencesByKind.isEmpty)
    #expect(figures.highlightsTotal == 0)
    #expect(figures.measurableResultShare == 0)
  }

  @Test func figuresEncodeForJSON() throws {
    let figures = Review(site: F.site(Self.record), today: F.today).figures()
    let data = try JSONEncoder().encode(figures)
    #expect(try JSONDecoder().decode(RecordFigures.self, from: data) == figures)
    let text = String(decoding: data, as: UTF8.self)
    #expect(text.contains("\"measurableResultShare\":40"))
  }

  @Test func summaryAndFigureLines() {
    let diagnostics = [
      Diagnostic(file: "a.md", severity: .error, code: "date", message: "bad"),
      Diagnostic(file: "a.md", severity: .warning, code: "no-result", message: "weak"),
      Diagnostic(file: "b.md", severity: .warning, code: "weak-verb", message: "weak"),
    ]
    let summary = ReviewSummary(files: 5, diagnostics: diagnostics)
    #expect(summary == ReviewSummary(files: 5, errors: 1, warnings: 2))
    #expect(ReviewMessages.english.summary(summary) == "5 files checked: 1 error, 2 warnings")
    let lines = ReviewMessages.english.figures(Review(site: F.site(Self.record), today: F.today).figures())
    #expect(lines.first == "experiences: 4 (2 project, 1 internship, 1 organization)")
    #expect(lines.last == "highlights with a measurable result: 2 of 5 (40%)")
  }
}
