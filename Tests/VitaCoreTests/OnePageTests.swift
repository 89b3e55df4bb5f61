import Testing

@testable import VitaCore

/// `cv: {pages: 1}`'s cuts: highlights first (least relevant first, one kept per entry), then the
/// least relevant entries, never the five most relevant nor the highest degree.
@Suite struct OnePageTests {
  static func tailoring() -> Tailoring {
    var experiences = (0..<8).map { number in
      Fixture.experience(
        "project-\(number)", start: Fixture.month(2020 + number % 5, 1 + number),
        skills: number < 4 ? ["SQL", "Python"] : ["Figma"],
        highlights: (0..<3).map { "Built report \(number)-\($0) with \(number < 4 ? "SQL" : "Figma")" })
    }
    experiences.append(
      Experience(
        slug: "degree", title: "Bachelor of Arts", kind: .education, organization: "Universitas",
        start: Fixture.month(2019, 8), end: .on(Fixture.month(2023, 7)),
        highlights: [Highlight(text: "Graduated", location: SourceLocation(file: "x"))], degree: "Bachelor of Arts"))
    let site = Fixture.site(experiences)
    return Tailor(site: site).tailor(Fixture.job(keywords: ["SQL", "Python"], body: "We need SQL and Python."))
  }

  @Test func highlightsGoFirstThenTheLeastRelevantEntries() throws {
    let tailoring = Self.tailoring()
    let onePage = OnePage(tailoring)
    let highlightCuts = tailoring.entries.reduce(0) { $0 + max(0, $1.highlights.count - 1) }
    #expect(highlightCuts > 0)
    let firstEntryCut = try #require(onePage.cuts.firstIndex { if case .entry = $0 { true } else { false } })
    #expect(firstEntryCut == highlightCuts, "every highlight cut comes before any entry")
    // The first highlight taken is from a least relevant entry that has more than one.
    let lowest = try #require(tailoring.entries.filter { $0.highlights.count > 1 }.map(\.relevance).min())
    guard case .highlight(let first) = onePage.cuts.first else {
      Issue.record("the first cut is not a highlight")
      return
    }
    #expect(tailoring.entries.first { $0.experience.slug == first }?.relevance == lowest)

    let mostRelevant = Set(
      tailoring.entries.sorted { $0.relevance > $1.relevance }.prefix(OnePage.keptEntries).map(\.experience.slug))
    let cutEntries = onePage.cuts.compactMap { cut -> String? in if case .entry(let slug) = cut { slug } else { nil } }
    #expect(mostRelevant.isDisjoint(with: cutEntries))
    #expect(!cutEntries.contains("degree"), "the highest degree is never cut")
    #expect(cutEntries.count == tailoring.entries.count - mostRelevant.union(["degree"]).count)
  }

  @Test func everyCutLeavesTheProtectedEntriesWithOneHighlightEach() {
    let tailoring = Self.tailoring()
    let onePage = OnePage(tailoring)
    let smallest = onePage.trimmed(by: onePage.cuts.count)
    #expect(
      smallest.entries.count == OnePage.keptEntries
        + (smallest.entries.contains { $0.experience.slug == "degree" } ? 1 : 0))
    #expect(smallest.entries.contains { $0.experience.slug == "degree" })
    #expect(smallest.entries.allSatisfy { $0.highlights.count == 1 })
    // The report and the CV name the same entries, in the CV's order.
    #expect(smallest.report.selected == smallest.entries.map(\.experience.slug))
    #expect(smallest.relevantCount <= smallest.entries.count)
    // No cut is no change; each highlight cut takes one highlight.
    #expect(onePage.trimmed(by: 0).entries == tailoring.entries)
    let one = onePage.trimmed(by: 1)
    #expect(
      one.entries.reduce(0) { $0 + $1.highlights.count } == tailoring.entries.reduce(0) { $0 + $1.highlights.count } - 1
    )
  }
}
