import Foundation
import VitaCore
import VitaEscaping

/// A CV as JSON Resume (schema v1.0.0), for tools and job boards that read it.
///
/// Kinds map to sections: job, internship, freelance and part-time to `work`; volunteer and
/// organization to `volunteer`; education to `education`; competition to `awards`; certification
/// to `certificates`; project, course and bootcamp to `projects` (with `type` course or bootcamp).
/// Only what the CV shows is exported: never a private experience, a reflection, a story or a body.
public enum JSONResumeExport {
  /// The JSON text of `cv`: sorted keys, two-space indent, dates as YYYY, YYYY-MM or YYYY-MM-DD.
  public static func render(_ cv: CVDocument, site: SiteConfig) -> String {
    json(resume(cv, site: site))
  }

  /// `resume` as JSON, written by hand: byte for byte what `JSONEncoder` gives with
  /// `[.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]` (a test holds them equal), in a
  /// fraction of its time on a CV of thousands of entries. Keys are written in sorted order.
  public static func json(_ resume: JSONResume) -> String {
    var writer = PrettyJSON()
    writer.object { writer in
      writer.member("$schema", resume.schema, level: 1)
      writer.member("awards", resume.awards, level: 1) { writer, award, level in
        writer.member("awarder", award.awarder, level: level)
        writer.member("date", award.date, level: level)
        writer.member("summary", award.summary, level: level)
        writer.member("title", award.title, level: level)
      }
      if let basics = resume.basics {
        writer.key("basics", level: 1)
        writer.object(level: 1) { writer in
          writer.member("email", basics.email, level: 2)
          writer.member("image", basics.image, level: 2)
          writer.member("label", basics.label, level: 2)
          if let location = basics.location {
            writer.key("location", level: 2)
            writer.object(level: 2) { writer in
              writer.member("address", location.address, level: 3)
              writer.member("city", location.city, level: 3)
              writer.member("countryCode", location.countryCode, level: 3)
              writer.member("postalCode", location.postalCode, level: 3)
              writer.member("region", location.region, level: 3)
            }
          }
          writer.member("name", basics.name, level: 2)
          writer.member("phone", basics.phone, level: 2)
          writer.member("profiles", basics.profiles, level: 2) { writer, profile, level in
            writer.member("network", profile.network, level: level)
            writer.member("url", profile.url, level: level)
            writer.member("username", profile.username, level: level)
          }
          writer.member("summary", basics.summary, level: 2)
          writer.member("url", basics.url, level: 2)
        }
      }
      writer.member("certificates", resume.certificates, level: 1) { writer, certificate, level in
        writer.member("date", certificate.date, level: level)
        writer.member("highlights", certificate.highlights, level: level)
        writer.member("issuer", certificate.issuer, level: level)
        writer.member("name", certificate.name, level: level)
        writer.member("url", certificate.url, level: level)
      }
      writer.member("education", resume.education, level: 1) { writer, education, level in
        writer.member("area", education.area, level: level)
        writer.member("courses", education.courses, level: level)
        writer.member("endDate", education.endDate, level: level)
        writer.member("highlights", education.highlights, level: level)
        writer.member("institution", education.institution, level: level)
        writer.member("score", education.score, level: level)
        writer.member("startDate", education.startDate, level: level)
        writer.member("studyType", education.studyType, level: level)
        writer.member("url", education.url, level: level)
      }
      writer.member("interests", resume.interests, level: 1) { writer, interest, level in
        writer.member("keywords", interest.keywords, level: level)
        writer.member("name", interest.name, level: level)
      }
      writer.member("languages", resume.languages, level: 1) { writer, language, level in
        writer.member("fluency", language.fluency, level: level)
        writer.member("language", language.language, level: level)
      }
      if let meta = resume.meta {
        writer.key("meta", level: 1)
        writer.object(level: 1) { writer in
          writer.member("canonical", meta.canonical, level: 2)
          writer.member("lastModified", meta.lastModified, level: 2)
          writer.member("version", meta.version, level: 2)
        }
      }
      writer.member("projects", resume.projects, level: 1) { writer, project, level in
        writer.member("description", project.description, level: level)
        writer.member("endDate", project.endDate, level: level)
        writer.member("entity", project.entity, level: level)
        writer.member("highlights", project.highlights, level: level)
        writer.member("keywords", project.keywords, level: level)
        writer.member("name", project.name, level: level)
        writer.member("roles", project.roles, level: level)
        writer.member("startDate", project.startDate, level: level)
        writer.member("type", project.type, level: level)
        writer.member("url", project.url, level: level)
      }
      writer.member("publications", resume.publications, level: 1) { writer, publication, level in
        writer.member("name", publication.name, level: level)
        writer.member("publisher", publication.publisher, level: level)
        writer.member("releaseDate", publication.releaseDate, level: level)
        writer.member("summary", publication.summary, level: level)
        writer.member("url", publication.url, level: level)
      }
      writer.member("references", resume.references, level: 1) { writer, reference, level in
        writer.member("name", reference.name, level: level)
        writer.member("reference", reference.reference, level: level)
      }
      writer.member("skills", resume.skills, level: 1) { writer, skill, level in
        writer.member("keywords", skill.keywords, level: level)
        writer.member("level", skill.level, level: level)
        writer.member("name", skill.name, level: level)
      }
      writer.member("volunteer", resume.volunteer, level: 1) { writer, volunteer, level in
        writer.member("endDate", volunteer.endDate, level: level)
        writer.member("highlights", volunteer.highlights, level: level)
        writer.member("organization", volunteer.organization, level: level)
        writer.member("position", volunteer.position, level: level)
        writer.member("startDate", volunteer.startDate, level: level)
        writer.member("summary", volunteer.summary, level: level)
        writer.member("url", volunteer.url, level: level)
      }
      writer.member("work", resume.work, level: 1) { writer, work, level in
        writer.member("description", work.description, level: level)
        writer.member("endDate", work.endDate, level: level)
        writer.member("highlights", work.highlights, level: level)
        writer.member("location", work.location, level: level)
        writer.member("name", work.name, level: level)
        writer.member("position", work.position, level: level)
        writer.member("startDate", work.startDate, level: level)
        writer.member("summary", work.summary, level: level)
        writer.member("url", work.url, level: level)
      }
    }
    return writer.text + "\n"
  }

  /// The résumé as a value.
  public static func resume(_ cv: CVDocument, site: SiteConfig) -> JSONResume {
    let markdown = Markdown(allowsRawHTML: site.unsafeHTML)
    var resume = JSONResume()
    resume.schema = JSONResume.schemaURL
    resume.basics = basics(cv.person, site: site, markdown: markdown)

    var work: [JSONResume.Work] = []
    var volunteer: [JSONResume.Volunteer] = []
    var education: [JSONResume.Education] = []
    var awards: [JSONResume.Award] = []
    var certificates: [JSONResume.Certificate] = []
    var projects: [JSONResume.Project] = []
    func add(_ experience: Experience, highlights: [String]) {
      let start = experience.start.description
      let end = experience.end?.date?.description
      let url = self.url(of: experience, site: site)
      switch experience.kind {
      case .job, .internship, .freelance, .partTime:
        var item = JSONResume.Work()
        item.name = experience.organization
        item.position = experience.title
        item.location = experience.location
        item.url = url
        item.startDate = start
        item.endDate = end
        item.highlights = highlights.nilIfEmpty
        work.append(item)
      case .volunteer, .organization:
        var item = JSONResume.Volunteer()
        item.organization = experience.organization
        item.position = experience.title
        item.url = url
        item.startDate = start
        item.endDate = end
        item.highlights = highlights.nilIfEmpty
        volunteer.append(item)
      case .education:
        var item = JSONResume.Education()
        item.institution = experience.organization
        item.studyType = experience.degree
        item.area = experience.area ?? experience.title
        item.score = experience.score
        item.url = url
        item.startDate = start
        item.endDate = end
        item.highlights = highlights.nilIfEmpty
        education.append(item)
      case .competition:
        var item = JSONResume.Award()
        item.title = experience.title
        item.awarder = experience.organization
        item.date = end ?? start
        item.summary = highlights.nilIfEmpty?.joined(separator: "\n")
        awards.append(item)
      case .certification:
        var item = JSONResume.Certificate()
        item.name = experience.title
        item.issuer = experience.organization
        item.date = end ?? start
        item.url = url
        item.highlights = highlights.nilIfEmpty
        certificates.append(item)
      case .project, .course, .bootcamp:
        var item = JSONResume.Project()
        item.name = experience.title
        item.entity = experience.organization
        item.type = experience.kind == .project ? nil : experience.kind.rawValue
        item.url = url
        item.startDate = start
        item.endDate = end
        item.highlights = highlights.nilIfEmpty
        item.keywords = experience.skills.nilIfEmpty
        projects.append(item)
      }
    }
    for entry in cv.parts.flatMap(\.entries) where entry.experience.visibility.isOnCV {
      add(entry.experience, highlights: entry.highlights.map { markdown.plainText($0) })
    }
    resume.work = work.nilIfEmpty
    resume.volunteer = volunteer.nilIfEmpty
    resume.education = education.nilIfEmpty
    resume.awards = awards.nilIfEmpty
    resume.certificates = certificates.nilIfEmpty
    resume.projects = projects.nilIfEmpty
    resume.skills = skills(cv, strings: Strings(site.language)).nilIfEmpty
    resume.languages = cv.languages.map { JSONResume.Language(language: $0.language, fluency: $0.fluency) }.nilIfEmpty
    return resume
  }

  static func basics(_ person: Person, site: SiteConfig, markdown: Markdown) -> JSONResume.Basics {
    var basics = JSONResume.Basics()
    basics.name = person.name
    basics.label = person.headline
    basics.email = person.email
    basics.phone = person.phone
    basics.summary = person.summary.map(markdown.plainText)
    if site.baseURL.hasPrefix("http") { basics.url = site.baseURL }
    if let photo = person.photo {
      // A private photo is not published: the tailored resume.json points at its copy beside the CVs.
      if let file = person.privatePhotoFile {
        basics.image = "../" + Person.privatePhotoFolder + file
      } else {
        basics.image = absolute(person.photoFile ?? photo, site: site)
      }
    }
    basics.location = person.location.map(location)
    basics.profiles =
      person.links.map { link in
        JSONResume.Profile(network: link.label, username: username(in: link.url), url: absolute(link.url, site: site))
      }
      .nilIfEmpty
    return basics
  }

  /// "Bandung, Indonesia" → city Bandung, countryCode ID; a middle part is the region.
  static func location(_ text: String) -> JSONResume.Location {
    var parts = text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    var location = JSONResume.Location()
    guard !parts.isEmpty else { return location }
    location.city = parts.removeFirst()
    if let last = parts.last, let code = countryCode(last) {
      location.countryCode = code
      parts.removeLast()
    }
    if !parts.isEmpty { location.region = parts.joined(separator: ", ") }
    return location
  }

  /// ISO 3166-1 alpha-2 codes of the countries Vita's users name most, in English and Indonesian.
  static let countryCodes: [String: String] = [
    "indonesia": "ID", "malaysia": "MY", "singapore": "SG", "singapura": "SG", "philippines": "PH", "filipina": "PH",
    "thailand": "TH", "vietnam": "VN", "viet nam": "VN", "brunei": "BN", "australia": "AU", "japan": "JP",
    "jepang": "JP", "south korea": "KR", "korea selatan": "KR", "china": "CN", "tiongkok": "CN", "india": "IN",
    "united states": "US", "usa": "US", "amerika serikat": "US", "united kingdom": "GB", "uk": "GB",
    "inggris": "GB", "germany": "DE", "jerman": "DE", "netherlands": "NL", "belanda": "NL", "france": "FR",
    "prancis": "FR", "canada": "CA", "kanada": "CA", "new zealand": "NZ", "selandia baru": "NZ",
  ]

  static func countryCode(_ name: String) -> String? {
    if name.count == 2, name.allSatisfy({ $0.isASCII && $0.isUppercase }) { return name }
    return countryCodes[name.lowercased()]
  }

  /// The last part of a profile's path: `rina` in https://github.com/rina.
  static func username(in url: String) -> String? {
    guard let parsed = URL(string: url), parsed.host != nil else { return nil }
    return parsed.path.split(separator: "/").last.map(String.init)
  }

  /// The experience's first link, else its page on the site when it has one.
  static func url(of experience: Experience, site: SiteConfig) -> String? {
    if let link = experience.links.first { return absolute(link.url, site: site) }
    guard experience.visibility.isOnSite, site.baseURL.hasPrefix("http") else { return nil }
    return site.baseURL + "experiences/\(experience.slug)/"
  }

  /// A link relative to the site made absolute, since the schema wants URIs.
  static func absolute(_ url: String, site: SiteConfig) -> String {
    // The bytes, not `contains(":")`, which Foundation answers through NSString, at one call per
    // experience of every CV.
    if url.utf8.contains(UInt8(ascii: ":")) { return url }
    guard site.baseURL.hasPrefix("http") else { return url }
    return site.baseURL + (url.hasPrefix("/") ? String(url.dropFirst()) : url)
  }

  /// The groups of vita.yml, then every other skill of the CV under "Other".
  static func skills(_ cv: CVDocument, strings: Strings) -> [JSONResume.Skill] {
    var grouped = Set<String>()
    var skills: [JSONResume.Skill] = []
    for group in cv.skillGroups {
      grouped.formUnion(group.keywords.map { $0.lowercased() })
      skills.append(JSONResume.Skill(name: group.name, keywords: group.keywords.nilIfEmpty))
    }
    let others = cv.skills.filter { !grouped.contains($0.lowercased()) }
    if !others.isEmpty { skills.append(JSONResume.Skill(name: strings.otherSkills, keywords: others)) }
    return skills
  }
}

extension PrettyJSON {
  /// `"key" : "value"`, or nothing when `value` is nil (as `encodeIfPresent` leaves it out).
  mutating func member(_ key: String, _ value: String?, level: Int) {
    guard let value else { return }
    self.key(key, level: level)
    string(value)
  }

  /// `"key" : [ "value", … ]`, or nothing when `values` is nil.
  mutating func member(_ key: String, _ values: [String]?, level: Int) {
    guard let values else { return }
    self.key(key, level: level)
    strings(values, level: level)
  }

  /// `"key" : [ { … }, … ]`, each object's members written by `members` at the level given to it;
  /// nothing when `values` is nil.
  mutating func member<Element>(
    _ key: String, _ values: [Element]?, level: Int, _ members: (inout PrettyJSON, Element, Int) -> Void
  ) {
    guard let values else { return }
    self.key(key, level: level)
    array(values, level: level) { writer, element in
      writer.object(level: level + 1) { writer in members(&writer, element, level + 2) }
    }
  }
}

extension Array {
  /// Nil for an empty array, so that the JSON leaves the key out.
  var nilIfEmpty: [Element]? { isEmpty ? nil : self }
}

extension Person {
  /// Where a private photo goes in `applications/`: beside the theme's assets, out of every posting's folder.
  static let privatePhotoFolder = "assets/"

  /// The photo's path in the site as published, when it is a file of `static/` rather than an
  /// address: `static/me.jpg` and `me.jpg` are both `me.jpg`.
  var photoFile: String? {
    guard let photo, !photo.utf8.contains(UInt8(ascii: ":")) else { return nil }
    var path = Substring(photo.hasPrefix("static/") ? String(photo.dropFirst("static/".count)) : photo)
    while path.hasPrefix("/") { path = path.dropFirst() }
    return path.isEmpty ? nil : String(path)
  }

  /// The photo's file when `private` names the photo: kept out of `public/`, copied to `applications/`.
  var privatePhotoFile: String? { privateFields.contains("photo") ? photoFile : nil }
}
