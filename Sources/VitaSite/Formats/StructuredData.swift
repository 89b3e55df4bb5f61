import Foundation
import VitaCore

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
    let entries = cv.parts.flatMap(\.entries).map(\.experience).filter { $0.visibility.isOnCV }
    var schools: [String] = []
    for name in entries.filter({ $0.kind == .education }).compactMap(\.organization) where !schools.contains(name) {
      schools.append(name)
    }
    let credentials = entries.filter { $0.kind == .certification }.map { experience in
      Thing(
        type: "EducationalOccupationalCredential", name: experience.title,
        recognizedBy: experience.organization.map { Organization(name: $0) })
    }
    let markdown = Markdown(allowsRawHTML: site.unsafeHTML)
    let person = PersonLD(
      name: cv.person.name, jobTitle: cv.person.headline, description: cv.person.summary.map(markdown.plainText),
      url: site.baseURL.hasPrefix("http") ? site.baseURL : nil,
      sameAs: cv.person.links.map(\.url).filter { $0.hasPrefix("http") }.nilIfEmpty,
      alumniOf: schools.map { Thing(type: "EducationalOrganization", name: $0) }.nilIfEmpty,
      knowsAbout: cv.skills.nilIfEmpty, hasCredential: credentials.nilIfEmpty)
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    guard let data = try? encoder.encode(person) else { return "{}" }
    return scriptSafe(String(decoding: data, as: UTF8.self))
  }

  /// JSON that cannot end its `<script>` element or open a comment: `<`, `>` and `&` become
  /// `\u003c`, `\u003e` and `\u0026`, and the JavaScript line breaks U+2028 and U+2029 are escaped too.
  /// These characters occur only inside strings in JSON, where the escapes mean the same.
  public static func scriptSafe(_ json: String) -> String {
    var result = ""
    result.reserveCapacity(json.utf8.count)
    for scalar in json.unicodeScalars {
      switch scalar {
      case "<": result += "\\u003c"
      case ">": result += "\\u003e"
      case "&": result += "\\u0026"
      case "\u{2028}": result += "\\u2028"
      case "\u{2029}": result += "\\u2029"
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result
  }
}
