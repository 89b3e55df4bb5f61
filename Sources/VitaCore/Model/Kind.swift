/// What sort of experience an entry is; it decides the CV section.
public enum Kind: String, Sendable, CaseIterable, Codable, Hashable {
  case job, internship, freelance, partTime = "part-time"
  case project, volunteer, organization, competition
  case course, bootcamp, certification, education

  /// The CV section an experience of this kind belongs to.
  public var section: Section {
    switch self {
    case .job, .internship, .freelance, .partTime: .work
    case .project: .projects
    case .volunteer: .volunteer
    case .organization: .leadership
    case .competition: .awards
    case .course, .bootcamp: .development
    case .certification: .certifications
    case .education: .education
    }
  }

  /// The kind with its English article, for a sentence: "an internship", "a job".
  public var withArticle: String {
    ("aeiou".contains(rawValue.first ?? "x") ? "an " : "a ") + rawValue
  }

  /// Whether the `organization` field may be left out.
  public var organizationIsOptional: Bool {
    self == .project || self == .course
  }
}

/// A section of a CV, in the order a CV shows them.
public enum Section: String, Sendable, CaseIterable, Codable, Hashable, Comparable {
  case work, projects, volunteer, leadership, awards, development, certifications, education

  public static func < (lhs: Section, rhs: Section) -> Bool {
    allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
  }
}

/// Where an experience may be shown.
public enum Visibility: String, Sendable, CaseIterable, Codable, Hashable {
  /// On the site and on every CV.
  case `public`
  /// On CVs only: no page, not listed on the home page.
  case cvOnly = "cv-only"
  /// Nowhere but as a slug in a match report.
  case `private`

  public var isOnSite: Bool { self == .public }
  public var isOnCV: Bool { self != .private }
}
