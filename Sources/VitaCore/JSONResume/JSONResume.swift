/// A résumé in the JSON Resume format (jsonresume.org, schema v1.0.0): what Vita exports and imports.
///
/// Every field is optional, as in the schema; nil fields and empty sections are left out of the JSON.
/// `highlights` on education and certificates is Vita's addition (the schema allows extra properties).
public struct JSONResume: Codable, Sendable, Equatable {
  public var schema: String?
  public var basics: Basics?
  public var work: [Work]?
  public var volunteer: [Volunteer]?
  public var education: [Education]?
  public var awards: [Award]?
  public var certificates: [Certificate]?
  public var publications: [Publication]?
  public var skills: [Skill]?
  public var languages: [Language]?
  public var interests: [Interest]?
  public var references: [Reference]?
  public var projects: [Project]?
  public var meta: Meta?

  enum CodingKeys: String, CodingKey {
    case schema = "$schema"
    case basics, work, volunteer, education, awards, certificates, publications, skills, languages, interests
    case references, projects, meta
  }

  /// The schema this format follows.
  public static let schemaURL = "https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json"

  public init() {}

  /// The person.
  public struct Basics: Codable, Sendable, Equatable {
    public var name, label, image, email, phone, url, summary: String?
    public var location: Location?
    public var profiles: [Profile]?

    public init() {}
  }

  /// Where the person lives.
  public struct Location: Codable, Sendable, Equatable {
    public var address, postalCode, city, countryCode, region: String?

    public init() {}
  }

  /// An account on a social network.
  public struct Profile: Codable, Sendable, Equatable {
    public var network, username, url: String?

    public init(network: String? = nil, username: String? = nil, url: String? = nil) {
      self.network = network
      self.username = username
      self.url = url
    }
  }

  /// A job.
  public struct Work: Codable, Sendable, Equatable {
    public var name, location, description, position, url, startDate, endDate, summary: String?
    public var highlights: [String]?

    public init() {}
  }

  /// Unpaid work for an organisation.
  public struct Volunteer: Codable, Sendable, Equatable {
    public var organization, position, url, startDate, endDate, summary: String?
    public var highlights: [String]?

    public init() {}
  }

  /// A course of study at an institution.
  public struct Education: Codable, Sendable, Equatable {
    public var institution, url, area, studyType, startDate, endDate, score: String?
    public var courses: [String]?
    public var highlights: [String]?

    public init() {}
  }

  /// An award, prize or competition result.
  public struct Award: Codable, Sendable, Equatable {
    public var title, date, awarder, summary: String?

    public init() {}
  }

  /// A certificate.
  public struct Certificate: Codable, Sendable, Equatable {
    public var name, date, url, issuer: String?
    public var highlights: [String]?

    public init() {}
  }

  /// A publication.
  public struct Publication: Codable, Sendable, Equatable {
    public var name, publisher, releaseDate, url, summary: String?

    public init() {}
  }

  /// A named group of skills.
  public struct Skill: Codable, Sendable, Equatable {
    public var name, level: String?
    public var keywords: [String]?

    public init(name: String? = nil, level: String? = nil, keywords: [String]? = nil) {
      self.name = name
      self.level = level
      self.keywords = keywords
    }
  }

  /// A spoken language.
  public struct Language: Codable, Sendable, Equatable {
    public var language, fluency: String?

    public init(language: String? = nil, fluency: String? = nil) {
      self.language = language
      self.fluency = fluency
    }
  }

  /// An interest outside work.
  public struct Interest: Codable, Sendable, Equatable {
    public var name: String?
    public var keywords: [String]?

    public init() {}
  }

  /// A reference's words about the person.
  public struct Reference: Codable, Sendable, Equatable {
    public var name, reference: String?

    public init() {}
  }

  /// A project, course or bootcamp (Vita writes `type` for the last two).
  public struct Project: Codable, Sendable, Equatable {
    public var name, description, startDate, endDate, url, entity, type: String?
    public var highlights, keywords, roles: [String]?

    public init() {}
  }

  /// Where the résumé came from.
  public struct Meta: Codable, Sendable, Equatable {
    public var canonical, version, lastModified: String?

    public init() {}
  }
}
