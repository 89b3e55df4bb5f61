import Testing

@testable import VitaCore

/// `cv: {pages: 1}`'s cuts: highlights first (least relevant first, one kept per entry), then the
/// least relevant entries, never the five most relevant nor the highest degree.
@Suite struct OnePageTests {
  static func tailoring() -> Tailoring { tailored().tailoring }

  static func tailored() -> (tailor: Tailor, tailoring: Tailoring) {
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
    let tailor = Tailor(site: Fixture.site(experiences))
    return (tailor, tailor.tailor(Fixture.job(keywords: ["SQL", "Python"], body: "We need SQL and Python.")))
  }

  @Test func highlightsGoFirstThenTheLeastRelevantEntries() throws {
    let (tailor, tailoring) = Self.tailored()
    let onePage = OnePage(tailoring, tailor: tailor)
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

  /// The best proof of a must-have stays, however little else it shows, as the two-page
  /// selection keeps it.
  @Test func theBestProofOfAMustHaveIsNeverCut() {
    // Six entries each prove three keywords no other entry does: each is more relevant than the
    // one entry that proves the must-have alone.
    let tools = [
      "SQL", "Python", "Tableau", "Power BI", "BigQuery", "Snowflake", "dbt", "Airflow", "Spark", "Kafka", "Docker",
      "Kubernetes", "Terraform", "Jenkins", "Figma", "Canva", "Jira", "Trello",
    ]
    var experiences = (0..<6).map { number in
      let own = Array(tools[(number * 3)..<(number * 3 + 3)])
      return Fixture.experience(
        "project-\(number)", skills: own, highlights: ["Built a pipeline with \(own.joined(separator: ", "))"])
    }
    experiences.append(Fixture.experience("sheets", skills: ["Excel"], highlights: ["Kept the team's budget"]))
    let tailor = Tailor(site: Fixture.site(experiences))
    let tailoring = tailor.tailor(Fixture.job(keywords: tools, mustHave: ["Excel"], body: "Data engineering."))
    let byRelevance = tailoring.entries.sorted { $0.relevance > $1.relevance }.map(\.experience.slug)
    #expect(!byRelevance.prefix(OnePage.keptEntries).contains("sheets"), "\(byRelevance)")
    let onePage = OnePage(tailoring, tailor: tailor)
    #expect(!onePage.cuts.contains(.entry("sheets")), "\(onePage.cuts)")
    #expect(onePage.trimmed(by: onePage.cuts.count).report.mustHaveMissing.isEmpty)
  }

  @Test func everyCutLeavesTheProtectedEntriesWithOneHighlightEach() {
    let (tailor, tailoring) = Self.tailored()
    let onePage = OnePage(tailoring, tailor: tailor)
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

  @Test func aTrimmedCVsReportNamesOnlyWhatItsEntriesStillProve() throws {
    // Six projects prove SQL, Python, Excel and Tableau; one design entry alone proves Figma and is
    // less relevant than all six, so the last cuts take it off; a dozen unrelated jobs come below.
    var experiences = (0..<6).map { number in
      Fixture.experience(
        "project-\(number)", start: Fixture.month(2018 + number, 1), skills: ["SQL", "Python", "Excel", "Tableau"],
        highlights: (0..<3).map { "Built dashboard \(number)-\($0) with SQL, Python, Excel and Tableau" })
    }
    experiences.append(
      Fixture.experience(
        "design", start: Fixture.month(2017, 1), skills: ["Figma"], highlights: ["Drew the app's screens in Figma"]))
    experiences += (0..<12).map { number in
      Fixture.experience(
        "barista-\(number)", kind: .job, start: Fixture.month(2010 + number % 6, 1 + number),
        highlights: ["Served coffee to \(number + 40) guests a morning"])
    }
    let tailor = Tailor(site: Fixture.site(experiences))
    let tailoring = tailor.tailor(
      Fixture.job(
        keywords: ["SQL", "Python", "Excel", "Tableau", "Figma"],
        body: "We need SQL, Python, Excel and Tableau; Figma is a plus."))
    try #require(tailoring.report.selected.contains("design") && tailoring.report.matched.contains("Figma"))
    #expect(tailor.retailored(tailoring).report == tailoring.report, "made anew from the same entries, the same")

    let onePage = OnePage(tailoring, tailor: tailor)
    let trimmed = onePage.trimmed(by: onePage.cuts.count)
    try #require(!trimmed.report.selected.contains("design"), "the design entry is cut")
    let report = trimmed.report
    #expect(!report.matched.contains("Figma"))
    #expect(!report.missing.contains("Figma"), "the record still holds it: evidence left unused")
    #expect(report.score < tailoring.report.score)
    #expect(report.unusedEvidence.contains { $0.term == "Figma" && $0.experiences == ["design"] && $0.reason == .cut })
    #expect(!trimmed.skills.contains("Figma"), "the skills line claims nothing the CV no longer shows")
    // Every row's evidence is on the trimmed CV, and the score is the proven rows' share of the weight.
    let selected = Set(report.selected)
    #expect(report.requirements.allSatisfy { Set($0.evidence).isSubset(of: selected) })
    #expect(report.softSkills.allSatisfy { Set($0.evidence).isSubset(of: selected) })
    let proven = report.requirements.filter { !$0.evidence.isEmpty || !$0.languages.isEmpty }
    let share = 100 * proven.map(\.weight).reduce(0, +) / report.requirements.map(\.weight).reduce(0, +)
    #expect(report.score == Int(share.rounded()))
  }
}
