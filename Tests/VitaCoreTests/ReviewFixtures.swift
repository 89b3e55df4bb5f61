import VitaCore

/// Small in-memory sites for the review's tests.
enum ReviewFixture {
  static let today = PartialDate(year: 2026, month: 11, day: 29)
  static let file = "content/experiences/sample.md"

  static func experience(
    slug: String = "sample", kind: Kind = .project, start: PartialDate = PartialDate(year: 2025, month: 3),
    mandatory: Bool = false, hours: Int? = nil, highlights: [String] = ["Built a budget app used by 40 families"],
    featured: Bool = false, visibility: Visibility = .public, star: Story? = nil, ignoring: [String] = [],
    body: String = "", bodyFirstLine: Int = 12
  ) -> Experience {
    let file = "content/experiences/\(slug).md"
    return Experience(
      slug: slug, title: "Sample", kind: kind, start: start, mandatory: mandatory, hours: hours,
      highlights: highlights.enumerated().map { index, text in
        Highlight(text: text, location: SourceLocation(file: file, line: 5 + index, column: 5))
      },
      featured: featured, visibility: visibility, star: star, ignoredFindings: ignoring, body: body,
      source: SourceLocation(file: file), bodyFirstLine: bodyFirstLine,
      keyLocations: [
        "featured": SourceLocation(file: file, line: 9, column: 1),
        "star": SourceLocation(file: file, line: 10, column: 1),
        "review": SourceLocation(file: file, line: 11, column: 1),
        "start": SourceLocation(file: file, line: 3, column: 8),
      ])
  }

  static func site(
    _ experiences: [Experience], language: Language = .en, about: String? = nil, jobs: [JobPosting] = []
  ) -> Site {
    Site(
      config: SiteConfig(
        title: "Rina", baseURL: "https://rina.example.com/", language: language, person: Person(name: "Rina")),
      about: about, experiences: experiences, jobs: jobs)
  }

  static func findings(_ experiences: [Experience], language: Language = .en) -> [Diagnostic] {
    Review(site: site(experiences, language: language), today: today).findings()
  }

  static let completeStory = Story(
    situation: "Reports disagreed.", task: "Give one weekly view.", action: "Wrote SQL views.",
    result: "Reporting time fell by 15%.")
}
