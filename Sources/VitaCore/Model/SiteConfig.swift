/// The languages Vita writes: headings, dates and the review's word lists.
public enum Language: String, Sendable, CaseIterable, Codable, Hashable {
  case en
  case id
}

/// The person the site is about, from `vita.yml`.
public struct Person: Sendable, Hashable, Codable {
  public var name: String
  public var headline: String?
  public var location: String?
  public var email: String?
  public var phone: String?
  public var photo: String?
  public var links: [Link]
  public var summary: String?
  /// Fields shown in `applications/` only, never in `public/`.
  public var privateFields: Set<String>

  public init(
    name: String, headline: String? = nil, location: String? = nil, email: String? = nil,
    phone: String? = nil, photo: String? = nil, links: [Link] = [], summary: String? = nil,
    privateFields: Set<String> = []
  ) {
    self.name = name
    self.headline = headline
    self.location = location
    self.email = email
    self.phone = phone
    self.photo = photo
    self.links = links
    self.summary = summary
    self.privateFields = privateFields
  }

  /// The fields that may be shown in `public/`: private ones removed.
  public var publicView: Person {
    var person = self
    if privateFields.contains("headline") { person.headline = nil }
    if privateFields.contains("location") { person.location = nil }
    if privateFields.contains("email") { person.email = nil }
    if privateFields.contains("phone") { person.phone = nil }
    if privateFields.contains("photo") { person.photo = nil }
    if privateFields.contains("links") { person.links = [] }
    if privateFields.contains("summary") { person.summary = nil }
    return person
  }

  /// The fields that `person.private` may name.
  public static let fieldNames = ["headline", "location", "email", "phone", "photo", "links", "summary"]
}

/// A named group of skills.
public struct SkillGroup: Sendable, Hashable, Codable {
  public var name: String
  public var keywords: [String]

  public init(name: String, keywords: [String]) {
    self.name = name
    self.keywords = keywords
  }
}

/// A spoken language and how well the person speaks it.
public struct SpokenLanguage: Sendable, Hashable, Codable {
  public var language: String
  public var fluency: String?

  public init(language: String, fluency: String? = nil) {
    self.language = language
    self.fluency = fluency
  }
}

/// Paper sizes for printed CVs.
public enum Paper: String, Sendable, Codable, Hashable {
  case a4
  case letter
}

/// The look of the site: `theme:` in `vita.yml`.
public struct ThemeSettings: Sendable, Hashable, Codable {
  /// Which bundled theme: `default`, or `classic` (single column).
  public var name: String
  /// A CSS colour `#rgb` or `#rrggbb`, or nil for the theme's own.
  public var accent: String?
  /// The typeface family for body text.
  public var font: Font

  /// The typefaces a theme can switch between; both are system fonts.
  public enum Font: String, Sendable, Hashable, Codable, CaseIterable {
    case sans, serif
  }

  /// The bundled themes `theme.name` may choose.
  public static let names = ["default", "classic"]

  public init(name: String = "default", accent: String? = nil, font: Font = .sans) {
    self.name = name
    self.accent = accent
    self.font = font
  }

  /// Whether `text` is a colour the accent accepts: `#rgb` or `#rrggbb`.
  public static func isAccent(_ text: String) -> Bool {
    guard text.hasPrefix("#") else { return false }
    let digits = text.dropFirst()
    return (digits.count == 3 || digits.count == 6) && digits.allSatisfy { $0.isASCII && $0.isHexDigit }
  }
}

/// The site and the person: `vita.yml`.
public struct SiteConfig: Sendable, Hashable, Codable {
  public var title: String
  /// Absolute, ending in a slash.
  public var baseURL: String
  public var language: Language
  public var person: Person
  public var goals: [String]
  public var skills: [SkillGroup]
  public var languages: [SpokenLanguage]
  /// Canonical term → its synonyms, added to the built-in ones.
  public var aliases: [String: [String]]
  /// Raw HTML in Markdown is passed through only when the site opts in.
  public var unsafeHTML: Bool
  /// The hosts whose pages an `<iframe>` in raw HTML may show (`markdown: {iframe_hosts: [...]}`).
  public var iframeHosts: [String]
  public var cvMaxEntries: Int?
  public var paper: Paper
  /// `cv: {pages: 1}`: every tailored CV is trimmed to fit one printed page (two by default).
  public var cvPages: Int?
  public var theme: ThemeSettings

  public init(
    title: String, baseURL: String = "/", language: Language = .en, person: Person,
    goals: [String] = [], skills: [SkillGroup] = [], languages: [SpokenLanguage] = [],
    aliases: [String: [String]] = [:], unsafeHTML: Bool = false, iframeHosts: [String] = [],
    cvMaxEntries: Int? = nil, paper: Paper = .a4, theme: ThemeSettings = ThemeSettings(),
    cvPages: Int? = nil
  ) {
    self.iframeHosts = iframeHosts
    self.title = title
    self.baseURL = baseURL
    self.language = language
    self.person = person
    self.goals = goals
    self.skills = skills
    self.languages = languages
    self.aliases = aliases
    self.unsafeHTML = unsafeHTML
    self.cvMaxEntries = cvMaxEntries
    self.paper = paper
    self.cvPages = cvPages
    self.theme = theme
  }
}

/// Everything a build reads: the configuration and the content, decoded once.
public struct Site: Sendable, Hashable {
  public var config: SiteConfig
  /// `content/about.md`, as Markdown.
  public var about: String?
  /// Every experience that is not a draft (drafts too with `--drafts`), in file-name order.
  public var experiences: [Experience]
  public var jobs: [JobPosting]
  /// The person's own cover letters, `content/letters/<job-slug>.md`, as Markdown by posting slug:
  /// each replaces the letter Vita drafts for that posting.
  public var letters: [String: String]

  public init(
    config: SiteConfig, about: String? = nil, experiences: [Experience], jobs: [JobPosting],
    letters: [String: String] = [:]
  ) {
    self.config = config
    self.about = about
    self.experiences = experiences
    self.jobs = jobs
    self.letters = letters
  }
}

extension SiteConfig {
  /// An absolute http(s) address with no space or control character, or `/` for a site not yet placed.
  public static func isValidBaseURL(_ url: String) -> Bool {
    guard url == "/" || url.hasPrefix("http://") || url.hasPrefix("https://") else { return false }
    return !url.unicodeScalars.contains { $0.properties.isWhitespace || $0.value < 0x20 || $0.value == 0x7F }
  }
}
