import Foundation
import VitaCore
import VitaEscaping

/// The home page's schema.org `Person` as JSON-LD, for search engines; only what the public CV shows.
public enum StructuredData {
  struct Thing: Encodable {
    var type: String
    var name: String
    var recognizedBy: Organization?

    enum CodingKeys: String, CodingKey {
      case type = "@type"
      case name, recognizedBy
    }

  }

  struct Organization: Encodable {
    var type = "Organization"
    var name: String

    enum CodingKeys: String, CodingKey {
      case type = "@type"
      case name
    }
  }

  struct PersonLD: Encodable {
    var context = "https://schema.org"
    var type = "Person"
    var name: String
    var jobTitle: String?
    var description: String?
    var url: String?
    var sameAs: [String]?
    var alumniOf: [Thing]?
    var knowsAbout: [String]?
    var hasCredential: [Thing]?

    enum CodingKeys: String, CodingKey {
      case context = "@context"
      case type = "@type"
      case name, jobTitle, description, url, sameAs, alumniOf, knowsAbout, hasCredential
    }
  }

  /// The JSON of `cv`'s person, safe to place inside `<script type="application/ld+json">`.
  public static func person(_ cv: CVDocument, site: SiteConfig) -> String {
    PrettyJSON.scriptSafe(json(personLD(cv, site: site)))
  }

  /// The person as a value.
  static func personLD(_ cv: CVDocument, site: SiteConfig) -> PersonLD {
    var schools: [String] = []
    var seenSchools = Set<String>()
    var credentials: [Thing] = []
    for entry in cv.parts.flatMap(\.entries) where entry.experience.visibility.isOnCV {
      switch entry.experience.kind {
      case .education:
        if let name = entry.experience.organization, seenSchools.insert(name).inserted { schools.append(name) }
      case .certification:
        credentials.append(
          Thing(
            type: "EducationalOccupationalCredential", name: entry.experience.title,
            recognizedBy: entry.experience.organization.map { Organization(name: $0) }))
      default: break
      }
    }
    let markdown = Markdown(allowsRawHTML: site.unsafeHTML)
    return PersonLD(
      name: cv.person.name, jobTitle: cv.person.headline, description: cv.person.summary.map(markdown.plainText),
      url: site.baseURL.hasPrefix("http") ? site.baseURL : nil,
      sameAs: cv.person.links.map(\.url).filter { $0.hasPrefix("http") }.nilIfEmpty,
      alumniOf: schools.map { Thing(type: "EducationalOrganization", name: $0) }.nilIfEmpty,
      knowsAbout: cv.skills.nilIfEmpty, hasCredential: credentials.nilIfEmpty)
  }

  /// `person` as JSON, as `JSONEncoder` writes it with sorted keys (a test holds them equal).
  static func json(_ person: PersonLD) -> String {
    // The synthesized encoding of texts and lists, into containers that never throw: no error to give.
    (try? SortedJSONEncoder.text(of: person)) ?? "{}"
  }
}
