@testable import VitaCore

/// Experiences and sites built in memory for tailoring tests.
enum Fixture {
  static func experience(
    _ slug: String, kind: Kind = .project, title: String? = nil, organization: String? = "Org",
    start: PartialDate = PartialDate(year: 2024, month: 1), end: EndDate? = .on(PartialDate(year: 2024, month: 6)),
    skills: [String] = [], highlights: [String] = [], body: String = "", visibility: Visibility = .public,
    star: Story? = nil, reflection: String? = nil
  ) -> Experience {
    Experience(
      slug: slug, title: title ?? slug, kind: kind, organization: organization, start: start, end: end,
      skills: skills, highlights: highlights.map { Highlight(text: $0, location: SourceLocation(file: "x")) },
      visibility: visibility, star: star, reflection: reflection, body: body)
  }

  static func site(
    _ experiences: [Experience], aliases: [String: [String]] = [:], skills: [SkillGroup] = [],
    maxEntries: Int? = nil, language: Language = .en
  ) -> Site {
    let config = SiteConfig(
      title: "Test", language: language, person: Person(name: "Test Person"), skills: skills, aliases: aliases,
      cvMaxEntries: maxEntries)
    return Site(config: config, experiences: experiences, jobs: [])
  }

  static func job(
    keywords: [String] = [], mustHave: [String] = [], body: String = "", maxEntries: Int? = nil,
    language: Language? = nil
  ) -> JobPosting {
    JobPosting(
      slug: "test-job", title: "Test Job", company: "Test Co", language: language, keywords: keywords,
      mustHave: mustHave, maxEntries: maxEntries, body: body)
  }

  static func month(_ year: Int, _ month: Int) -> PartialDate { PartialDate(year: year, month: month) }

  /// The report of a person whose one entry, a course, proves nothing a posting asks: every
  /// requirement it names is a gap.
  static func reportWithoutEvidence(for job: JobPosting) -> MatchReport {
    Tailor(site: site([experience("course", kind: .course)])).tailor(job).report
  }
}

extension Tailoring {
  /// The report's evidence slugs of a requirement, by its spelling.
  func evidence(_ term: String) -> [String]? {
    report.requirements.first { $0.term == term }?.evidence ?? report.softSkills.first { $0.term == term }?.evidence
  }
}
