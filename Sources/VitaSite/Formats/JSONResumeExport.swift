import Foundation
import VitaCore

/// A CV as JSON Resume (schema v1.0.0), for tools and job boards that read it.
///
/// Kinds map to sections: job, internship, freelance and part-time to `work`; volunteer and
/// organization to `volunteer`; education to `education`; competition to `awards`; certification
/// to `certificates`; project, course and bootcamp to `projects` (with `type` course or bootcamp).
/// Only what the CV shows is exported: never a private experience, a reflection, a story or a body.
public enum JSONResumeExport {
  /// The JSON text of `cv`: sorted keys, two-space indent, dates as YYYY, YYYY-MM or YYYY-MM-DD.
  public static func render(_ cv: CVDocument, site: SiteConfig) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    guard let data = try? encoder.encode(resume(cv, site: site)) else { return "{}\n" }
    return String(decoding: data, as: UTF8.self) + "\n"
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
    for entry in cv.parts.flatMap(\.entries) where entry.experience.visibility.isOnCV {
      let experience = entry.experience
      let highlights = entry.highlights.map { markdown.plainText($0.text) }
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
      basics.image = absolute(photo.hasPrefix("static/") ? String(photo.dropFirst("static/".count)) : photo, site: site)
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
    if url.contains(":") { return url }
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

extension Array {
  /// Nil for an empty array, so that the JSON leaves the key out.
  var nilIfEmpty: [Element]? { isEmpty ? nil : self }
}
