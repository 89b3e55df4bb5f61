/// A link shown with an experience or the person.
public struct Link: Sendable, Hashable, Codable {
  public var label: String
  public var url: String

  public init(label: String, url: String) {
    self.label = label
    self.url = url
  }
}

/// An interview story: Situation, Task, Action, Result.
public struct Story: Sendable, Hashable, Codable {
  public var situation: String
  public var task: String
  public var action: String
  public var result: String

  public init(situation: String = "", task: String = "", action: String = "", result: String = "") {
    self.situation = situation
    self.task = task
    self.action = action
    self.result = result
  }

  /// True when every part of the story is written.
  public var isComplete: Bool {
    ![situation, task, action, result].contains { $0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
  }
}

/// One result line of an experience, as written (inline Markdown).
public struct Highlight: Sendable, Hashable, Codable {
  public var text: String
  public var location: SourceLocation

  public init(text: String, location: SourceLocation) {
    self.text = text
    self.location = location
  }
}

/// One experience: a file in `content/experiences/`.
public struct Experience: Sendable, Hashable, Codable, Identifiable {
  public var id: String { slug }
  public var slug: String
  public var title: String
  public var kind: Kind
  public var organization: String?
  public var location: String?
  public var start: PartialDate
  public var end: EndDate?
  public var mandatory: Bool
  public var hours: Int?
  public var skills: [String]
  public var highlights: [Highlight]
  public var links: [Link]
  public var featured: Bool
  public var draft: Bool
  public var visibility: Visibility
  public var star: Story?
  /// Never written anywhere: kept only so that review can see it exists.
  public var reflection: String?
  public var degree: String?
  public var area: String?
  public var score: String?
  /// Review codes silenced for this experience.
  public var ignoredFindings: [String]
  /// The Markdown body, for the experience's own page.
  public var body: String
  /// The file it came from, relative to the site folder.
  public var source: SourceLocation
  /// The line of the file where the body starts, so that findings in the body point at the file's line.
  public var bodyFirstLine: Int
  /// Where each front-matter key was written, so that findings about a key point at it.
  public var keyLocations: [String: SourceLocation]

  public init(
    slug: String, title: String, kind: Kind, organization: String? = nil, location: String? = nil,
    start: PartialDate, end: EndDate? = nil, mandatory: Bool = false, hours: Int? = nil,
    skills: [String] = [], highlights: [Highlight] = [], links: [Link] = [], featured: Bool = false,
    draft: Bool = false, visibility: Visibility = .public, star: Story? = nil,
    reflection: String? = nil, degree: String? = nil, area: String? = nil, score: String? = nil,
    ignoredFindings: [String] = [], body: String = "",
    source: SourceLocation = SourceLocation(file: ""), bodyFirstLine: Int = 1,
    keyLocations: [String: SourceLocation] = [:]
  ) {
    self.slug = slug
    self.title = title
    self.kind = kind
    self.organization = organization
    self.location = location
    self.start = start
    self.end = end
    self.mandatory = mandatory
    self.hours = hours
    self.skills = skills
    self.highlights = highlights
    self.links = links
    self.featured = featured
    self.draft = draft
    self.visibility = visibility
    self.star = star
    self.reflection = reflection
    self.degree = degree
    self.area = area
    self.score = score
    self.ignoredFindings = ignoredFindings
    self.body = body
    self.source = source
    self.bodyFirstLine = bodyFirstLine
    self.keyLocations = keyLocations
  }

  /// The date that orders experiences newest first: the end, or far future while it goes on.
  public var sortDate: PartialDate {
    switch end {
    case .none, .present: PartialDate(year: 9999)
    case .on(let date): date
    }
  }

  /// Newest first: ongoing before ended, later end first, later start first, then by slug.
  public static func reverseChronological(_ lhs: Experience, _ rhs: Experience) -> Bool {
    if lhs.sortDate != rhs.sortDate { return lhs.sortDate > rhs.sortDate }
    if lhs.start != rhs.start { return lhs.start > rhs.start }
    return lhs.slug < rhs.slug
  }
}
