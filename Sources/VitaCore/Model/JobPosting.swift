/// A job a person targets: a file in `content/jobs/`. Never published as it is.
public struct JobPosting: Sendable, Hashable, Codable, Identifiable {
  public var id: String { slug }
  public var slug: String
  public var title: String
  public var company: String?
  public var url: String?
  public var language: Language?
  /// Where the job is: `Jakarta, Indonesia`, `Remote`.
  public var location: String?
  /// Terms the person or the posting names explicitly.
  public var keywords: [String]
  /// Terms weighted highest; a missing one is flagged.
  public var mustHave: [String]
  /// Also write the tailored CV to `public/cv/<slug>/`.
  public var publish: Bool
  /// Overrides the CV's length budget for this posting.
  public var maxEntries: Int?
  /// `cv: {pages: 1}`: the tailored CV is trimmed to fit one printed page; nil takes the site's.
  public var pages: Int?
  /// Where the application stands: status, dates, contact and private notes.
  public var application: Application
  /// The posting's text.
  public var body: String
  public var source: SourceLocation

  public init(
    slug: String, title: String, company: String? = nil, url: String? = nil,
    language: Language? = nil, location: String? = nil, keywords: [String] = [], mustHave: [String] = [],
    publish: Bool = false, maxEntries: Int? = nil, application: Application = Application(), body: String = "",
    source: SourceLocation = SourceLocation(file: "")
  ) {
    self.application = application
    self.slug = slug
    self.title = title
    self.company = company
    self.url = url
    self.language = language
    self.location = location
    self.keywords = keywords
    self.mustHave = mustHave
    self.publish = publish
    self.maxEntries = maxEntries
    self.body = body
    self.source = source
  }
}
