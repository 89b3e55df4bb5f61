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
  public var text: String {
    didSet { isPlainMarkdown = Markdown.isPlainLine(text) }
  }
  public var location: SourceLocation
  /// Whether Markdown gives the text back as it is (`Markdown.isPlainLine`), found once: a highlight
  /// is shown a dozen times, on its page, the home page and every CV in every format.
  public private(set) var isPlainMarkdown: Bool

  public init(text: String, location: SourceLocation) {
    self.text = text
    self.location = location
    isPlainMarkdown = Markdown.isPlainLine(text)
  }

  private enum CodingKeys: String, CodingKey {
    case text, location
  }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    self.init(
      text: try container.decode(String.self, forKey: .text),
      location: try container.decode(SourceLocation.self, forKey: .location))
  }
}

/// One experience: a file in `content/experiences/`.
///
/// Its fields live in one shared box, copied only when a copy is changed: an experience is copied
/// into the home page, the CV, every tailored CV and every report, and a copy of its twenty-odd
/// fields cost a reference count each.
public struct Experience: Sendable, Hashable, Codable, Identifiable {
  public var id: String { slug }

  /// The stored fields, encoded and compared as they are.
  struct Fields: Sendable, Hashable, Codable {
    var slug: String
    var title: String
    var kind: Kind
    var organization: String?
    var location: String?
    var start: PartialDate
    var end: EndDate?
    var mandatory: Bool
    var hours: Int?
    var skills: [String]
    var highlights: [Highlight]
    var links: [Link]
    var featured: Bool
    var draft: Bool
    var visibility: Visibility
    var star: Story?
    var reflection: String?
    var degree: String?
    var area: String?
    var score: String?
    var ignoredFindings: [String]
    var body: String
    var source: SourceLocation
    var bodyFirstLine: Int
    var keyLocations: [String: SourceLocation]
  }

  final class Storage: @unchecked Sendable {
    // Changed only through `fields(_:)`, which copies a shared box first.
    var fields: Fields
    init(_ fields: Fields) { self.fields = fields }
  }

  private var storage: Storage

  /// The box, copied first when another experience shares it.
  private mutating func unique() -> Storage {
    if !isKnownUniquelyReferenced(&storage) { storage = Storage(storage.fields) }
    return storage
  }

  public var slug: String {
    get { storage.fields.slug }
    set { unique().fields.slug = newValue }
  }
  public var title: String {
    get { storage.fields.title }
    set { unique().fields.title = newValue }
  }
  public var kind: Kind {
    get { storage.fields.kind }
    set { unique().fields.kind = newValue }
  }
  public var organization: String? {
    get { storage.fields.organization }
    set { unique().fields.organization = newValue }
  }
  public var location: String? {
    get { storage.fields.location }
    set { unique().fields.location = newValue }
  }
  public var start: PartialDate {
    get { storage.fields.start }
    set { unique().fields.start = newValue }
  }
  public var end: EndDate? {
    get { storage.fields.end }
    set { unique().fields.end = newValue }
  }
  public var mandatory: Bool {
    get { storage.fields.mandatory }
    set { unique().fields.mandatory = newValue }
  }
  public var hours: Int? {
    get { storage.fields.hours }
    set { unique().fields.hours = newValue }
  }
  public var skills: [String] {
    get { storage.fields.skills }
    set { unique().fields.skills = newValue }
  }
  public var highlights: [Highlight] {
    get { storage.fields.highlights }
    set { unique().fields.highlights = newValue }
  }
  public var links: [Link] {
    get { storage.fields.links }
    set { unique().fields.links = newValue }
  }
  public var featured: Bool {
    get { storage.fields.featured }
    set { unique().fields.featured = newValue }
  }
  public var draft: Bool {
    get { storage.fields.draft }
    set { unique().fields.draft = newValue }
  }
  public var visibility: Visibility {
    get { storage.fields.visibility }
    set { unique().fields.visibility = newValue }
  }
  public var star: Story? {
    get { storage.fields.star }
    set { unique().fields.star = newValue }
  }
  /// Never written anywhere: kept only so that review can see it exists.
  public var reflection: String? {
    get { storage.fields.reflection }
    set { unique().fields.reflection = newValue }
  }
  public var degree: String? {
    get { storage.fields.degree }
    set { unique().fields.degree = newValue }
  }
  public var area: String? {
    get { storage.fields.area }
    set { unique().fields.area = newValue }
  }
  public var score: String? {
    get { storage.fields.score }
    set { unique().fields.score = newValue }
  }
  /// Review codes silenced for this experience.
  public var ignoredFindings: [String] {
    get { storage.fields.ignoredFindings }
    set { unique().fields.ignoredFindings = newValue }
  }
  /// The Markdown body, for the experience's own page.
  public var body: String {
    get { storage.fields.body }
    set { unique().fields.body = newValue }
  }
  /// The file it came from, relative to the site folder.
  public var source: SourceLocation {
    get { storage.fields.source }
    set { unique().fields.source = newValue }
  }
  /// The line of the file where the body starts, so that findings in the body point at the file's line.
  public var bodyFirstLine: Int {
    get { storage.fields.bodyFirstLine }
    set { unique().fields.bodyFirstLine = newValue }
  }
  /// Where each front-matter key was written, so that findings about a key point at it.
  public var keyLocations: [String: SourceLocation] {
    get { storage.fields.keyLocations }
    set { unique().fields.keyLocations = newValue }
  }

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
    storage = Storage(
      Fields(
        slug: slug, title: title, kind: kind, organization: organization, location: location, start: start, end: end,
        mandatory: mandatory, hours: hours, skills: skills, highlights: highlights, links: links, featured: featured,
        draft: draft, visibility: visibility, star: star, reflection: reflection, degree: degree, area: area,
        score: score, ignoredFindings: ignoredFindings, body: body, source: source, bodyFirstLine: bodyFirstLine,
        keyLocations: keyLocations))
  }

  public init(from decoder: any Decoder) throws {
    storage = Storage(try Fields(from: decoder))
  }

  public func encode(to encoder: any Encoder) throws {
    try storage.fields.encode(to: encoder)
  }

  public static func == (lhs: Experience, rhs: Experience) -> Bool {
    lhs.storage === rhs.storage || lhs.storage.fields == rhs.storage.fields
  }

  public func hash(into hasher: inout Hasher) {
    storage.fields.hash(into: &hasher)
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
