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

    /// The members of the thing's object, at `level`.
    func write(to writer: inout PrettyJSON, level: Int) {
      writer.member("@type", type, level: level)
      writer.member("name", name, level: level)
      if let recognizedBy {
        writer.key("recognizedBy", level: level)
        writer.object(level: level) { writer in
          writer.member("@type", recognizedBy.type, level: level + 1)
          writer.member("name", recognizedBy.name, level: level + 1)
        }
      }
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

  /// `person` as JSON, written by hand: byte for byte what `JSONEncoder` gives with
  /// `[.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]` (a test holds them equal).
  static func json(_ person: PersonLD) -> String {
    var writer = PrettyJSON()
    writer.object { writer in
      writer.member("@context", person.context, level: 1)
      writer.member("@type", person.type, level: 1)
      writer.member("alumniOf", person.alumniOf, level: 1) { writer, thing, level in
        thing.write(to: &writer, level: level)
      }
      writer.member("description", person.description, level: 1)
      writer.member("hasCredential", person.hasCredential, level: 1) { writer, thing, level in
        thing.write(to: &writer, level: level)
      }
      writer.member("jobTitle", person.jobTitle, level: 1)
      writer.member("knowsAbout", person.knowsAbout, level: 1)
      writer.member("name", person.name, level: 1)
      writer.member("sameAs", person.sameAs, level: 1)
      writer.member("url", person.url, level: 1)
    }
    return writer.text
  }
}
