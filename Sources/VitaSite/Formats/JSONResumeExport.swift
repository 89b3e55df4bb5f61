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

  /// `resume` as JSON: sorted keys, two-space indent, as `JSONEncoder` writes it (a test holds
  /// them equal), in a fraction of its time on a CV of thousands of entries.
  public static func json(_ resume: JSONResume) -> String {
    // The synthesized encoding of texts and lists, into containers that never throw: no error to give.
    ((try? SortedJSONEncoder.text(of: resume)) ?? "{}") + "\n"
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
      /// `item` with the dates, the address and the highlights every entry with a span has.
      func spanning<Item: SpanningEntry>(_ item: Item) -> Item {
        var item = item
        (item.url, item.startDate, item.endDate, item.highlights) = (url, start, end, highlights.nilIfEmpty)
        return item
      }
      switch experience.kind {
      case .job, .internship, .freelance, .partTime:
        var item = JSONResume.Work()
        (item.name, item.position, item.location) = (experience.organization, experience.title, experience.location)
        work.append(spanning(item))
      case .volunteer, .organization:
        var item = JSONResume.Volunteer()
        (item.organization, item.position) = (experience.organization, experience.title)
        volunteer.append(spanning(item))
      case .education:
        var item = JSONResume.Education()
        (item.institution, item.studyType) = (experience.organization, experience.degree)
        (item.area, item.score) = (experience.area ?? experience.title, experience.score)
        education.append(spanning(item))
      case .competition:
        var item = JSONResume.Award()
        (item.title, item.awarder, item.date) = (experience.title, experience.organization, end ?? start)
        item.summary = highlights.nilIfEmpty?.joined(separator: "\n")
        awards.append(item)
      case .certification:
        var item = JSONResume.Certificate()
        (item.name, item.issuer, item.date) = (experience.title, experience.organization, end ?? start)
        (item.url, item.highlights) = (url, highlights.nilIfEmpty)
        certificates.append(item)
      case .project, .course, .bootcamp:
        var item = JSONResume.Project()
        (item.name, item.entity) = (experience.title, experience.organization)
        item.type = experience.kind == .project ? nil : experience.kind.rawValue
        item.keywords = experience.skills.nilIfEmpty
        projects.append(spanning(item))
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

/// A JSON Resume entry that runs from a start to an end: a job, a volunteer role, an education, a
/// project.
protocol SpanningEntry {
  var url: String? { get set }
  var startDate: String? { get set }
  var endDate: String? { get set }
  var highlights: [String]? { get set }
}

extension JSONResume.Work: SpanningEntry {}
extension JSONResume.Volunteer: SpanningEntry {}
extension JSONResume.Education: SpanningEntry {}
extension JSONResume.Project: SpanningEntry {}

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
