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
    scriptSafe(json(personLD(cv, site: site)))
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

  /// JSON that cannot end its `<script>` element or open a comment: `<`, `>` and `&` become
  /// `\u003c`, `\u003e` and `\u0026`, and the JavaScript line breaks U+2028 and U+2029 are escaped too.
  /// These characters occur only inside strings in JSON, where the escapes mean the same.
  public static func scriptSafe(_ json: String) -> String {
    // Byte by byte: the three are ASCII, and U+2028 and U+2029 are E2 80 A8 and E2 80 A9 in UTF-8.
    var json = json
    return json.withUTF8 { bytes in
      func escape(at index: Int) -> StaticString? {
        switch bytes[index] {
        case UInt8(ascii: "<"): "\\u003c"
        case UInt8(ascii: ">"): "\\u003e"
        case UInt8(ascii: "&"): "\\u0026"
        case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x80 && bytes[index + 2] == 0xA8: "\\u2028"
        case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x80 && bytes[index + 2] == 0xA9: "\\u2029"
        default: nil
        }
      }
      var result: [UInt8] = []
      result.reserveCapacity(bytes.count + 64)
      var index = 0
      while index < bytes.count {
        if let escaped = escape(at: index) {
          result.append(contentsOf: UnsafeBufferPointer(start: escaped.utf8Start, count: escaped.utf8CodeUnitCount))
          index += bytes[index] == 0xE2 ? 3 : 1
        } else {
          result.append(bytes[index])
          index += 1
        }
      }
      return String(decoding: result, as: UTF8.self)
    }
  }
}
