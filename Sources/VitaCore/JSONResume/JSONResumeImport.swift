import Foundation

/// One file of an imported site, by path relative to the site folder.
public struct ImportedFile: Sendable, Hashable {
  public var path: String
  public var text: String

  public init(path: String, text: String) {
    self.path = path
    self.text = text
  }
}

/// A JSON Resume turned into a Vita site folder: the files to write and what the person should check.
public struct ImportedSite: Sendable {
  /// vita.yml, content/about.md when needed, then one file per entry, in the résumé's order.
  public var files: [ImportedFile]
  /// Things the import could not decide: missing dates or organisations, private fields.
  public var notes: [String]
  /// How many experience files there are.
  public var experiences: Int
}

/// Reads a JSON Resume (schema v1.0.0) into Vita's content, losing nothing the schema holds:
/// what has no Vita field goes into the experience's body, vita.yml comments or content/about.md.
///
/// work → job (internship, freelance or part-time when the position says so); volunteer →
/// volunteer; education → education; awards → competition; certificates → certification;
/// publications → project; projects → project (course or bootcamp when `type` says so).
public enum JSONResumeImport {
  /// Why a file could not be read as a JSON Resume.
  public struct Failure: Error, Sendable, CustomStringConvertible {
    public var description: String
  }

  /// Decodes a JSON Resume; numbers where the schema wants text (`"score": 4.0`) are read as text.
  public static func decode(_ data: Data) throws(Failure) -> JSONResume {
    let object: Any
    do {
      object = try JSONSerialization.jsonObject(with: data)
    } catch {
      throw Failure(description: "this is not valid JSON: \(error.localizedDescription)")
    }
    guard object is [String: Any] else { throw Failure(description: "a JSON Resume must be a JSON object") }
    do {
      let normalized = try JSONSerialization.data(withJSONObject: numbersAsText(object))
      return try JSONDecoder().decode(JSONResume.self, from: normalized)
    } catch let error as DecodingError {
      throw Failure(description: describe(error))
    } catch {
      throw Failure(description: "\(error)")
    }
  }

  private static func numbersAsText(_ value: Any) -> Any {
    switch value {
    case let dictionary as [String: Any]: dictionary.mapValues(numbersAsText)
    case let array as [Any]: array.map(numbersAsText)
    case let number as NSNumber where !(value is Bool): number.stringValue
    default: value
    }
  }

  private static func describe(_ error: DecodingError) -> String {
    func path(_ context: DecodingError.Context) -> String {
      context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? "." + $0.stringValue }.joined()
        .trimmingCharacters(in: CharacterSet(charactersIn: "."))
    }
    switch error {
    case .typeMismatch(let type, let context), .valueNotFound(let type, let context):
      return "\(path(context)): expected \(type == String.self ? "text" : "\(type)") here"
    case .dataCorrupted(let context): return "\(path(context)): \(context.debugDescription)"
    case .keyNotFound(let key, let context): return "\(path(context)): '\(key.stringValue)' is missing"
    @unknown default: return "\(error)"
    }
  }

  /// The files of a site holding everything in `resume`.
  public static func site(from resume: JSONResume) -> ImportedSite {
    var builder = ImportedExperiences(source: "the JSON Resume")
    for item in resume.work ?? [] { builder.add(work: item) }
    for item in resume.volunteer ?? [] { builder.add(volunteer: item) }
    for item in resume.education ?? [] { builder.add(education: item) }
    for item in resume.awards ?? [] { builder.add(award: item) }
    for item in resume.certificates ?? [] { builder.add(certificate: item) }
    for item in resume.publications ?? [] { builder.add(publication: item) }
    for item in resume.projects ?? [] { builder.add(project: item) }

    var files = [ImportedFile(path: "vita.yml", text: config(resume, notes: &builder.notes))]
    if let about = about(resume) { files.append(ImportedFile(path: "content/about.md", text: about)) }
    files += builder.entries.map { ImportedFile(path: "content/experiences/\($0.slug).md", text: $0.text) }
    return ImportedSite(files: files, notes: builder.notes, experiences: builder.entries.count)
  }

  // MARK: vita.yml and about.md

  static func config(_ resume: JSONResume, notes: inout [String]) -> String {
    let basics = resume.basics ?? JSONResume.Basics()
    let name = basics.name.nonEmpty ?? "Your Name"
    if basics.name.nonEmpty == nil { notes.append("vita.yml: the résumé has no basics.name; write your name") }
    var lines = [
      "# Imported from a JSON Resume by `vita import jsonresume`; docs/outputs.md gives the mapping.",
      "title: " + YAMLText.scalar(name),
    ]
    if let url = basics.url.nonEmpty, url.hasPrefix("http://") || url.hasPrefix("https://") {
      lines.append("base_url: " + YAMLText.quoted(url.hasSuffix("/") ? url : url + "/"))
    }
    lines += ["language: en", "person:", "  name: " + YAMLText.scalar(name)]
    if let label = basics.label.nonEmpty { lines.append("  headline: " + YAMLText.scalar(label)) }
    let location = basics.location
    let place = [location?.city, location?.region, location?.countryCode].compactMap(\.nonEmpty)
    if !place.isEmpty { lines.append("  location: " + YAMLText.scalar(place.joined(separator: ", "))) }
    if let email = basics.email.nonEmpty { lines.append("  email: " + YAMLText.scalar(email)) }
    if let phone = basics.phone.nonEmpty { lines.append("  phone: " + YAMLText.quoted(phone)) }
    if let image = basics.image.nonEmpty { lines.append("  photo: " + YAMLText.scalar(image)) }
    var links: [String] = []
    for profile in basics.profiles ?? [] {
      let network = profile.network.nonEmpty ?? "Profile"
      guard let url = profile.url.nonEmpty else {
        lines.append("  " + YAMLText.comment("profile with no url: \(network) \(profile.username ?? "")"))
        continue
      }
      var label = network
      if let username = profile.username.nonEmpty, !url.contains(username) { label += " (\(username))" }
      links.append("    - {label: \(YAMLText.quoted(label)), url: \(YAMLText.quoted(url))}")
    }
    if !links.isEmpty { lines += ["  links:"] + links }
    if let summary = basics.summary.nonEmpty { lines.append("  summary: " + YAMLText.scalar(summary)) }
    if let address = location?.address.nonEmpty {
      lines.append("  " + YAMLText.comment("address (kept here, never published): \(address)"))
    }
    if let postalCode = location?.postalCode.nonEmpty {
      lines.append("  " + YAMLText.comment("postalCode (kept here, never published): \(postalCode)"))
    }
    if basics.phone.nonEmpty != nil {
      lines.append("  private: [phone]")
      notes.append(
        "vita.yml: the phone number is private (applications/ only); remove `private: [phone]` to publish it")
    }

    let groups = resume.skills ?? []
    if !groups.isEmpty {
      lines.append("skills:")
      for group in groups {
        lines.append("  - name: " + YAMLText.scalar(group.name.nonEmpty ?? "Skills"))
        lines.append("    keywords: " + YAMLText.flowList(group.keywords ?? []))
        if let level = group.level.nonEmpty { lines.append("    " + YAMLText.comment("level: \(level)")) }
      }
    }
    let languages = (resume.languages ?? []).filter { $0.language.nonEmpty != nil }
    if !languages.isEmpty {
      lines.append("languages:")
      for language in languages {
        var entry = "  - {language: \(YAMLText.quoted(language.language ?? ""))"
        if let fluency = language.fluency.nonEmpty { entry += ", fluency: \(YAMLText.quoted(fluency))" }
        lines.append(entry + "}")
      }
    }
    if let meta = resume.meta {
      let parts = [("canonical", meta.canonical), ("version", meta.version), ("lastModified", meta.lastModified)]
        .compactMap { key, value in value.nonEmpty.map { "\(key) \($0)" } }
      if !parts.isEmpty { lines.append(YAMLText.comment("JSON Resume meta: " + parts.joined(separator: ", "))) }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// Interests and references, which Vita has no field for, as Markdown for the home page.
  static func about(_ resume: JSONResume) -> String? {
    var sections: [String] = []
    let interests = resume.interests ?? []
    if !interests.isEmpty {
      let items = interests.map { interest -> String in
        let keywords = (interest.keywords ?? []).joined(separator: ", ")
        let name = interest.name.nonEmpty ?? ""
        return "- "
          + [name.isEmpty ? nil : "**\(name)**", keywords.isEmpty ? nil : keywords].compactMap { $0 }
          .joined(separator: ": ")
      }
      sections.append("## Interests\n\n" + items.joined(separator: "\n"))
    }
    let references = resume.references ?? []
    if !references.isEmpty {
      let quotes = references.map { reference -> String in
        let words = (reference.reference ?? "").split(whereSeparator: \.isNewline).map { "> " + $0 }
        let name = reference.name.nonEmpty.map { ">\n> — \($0)" } ?? ""
        return words.joined(separator: "\n") + (name.isEmpty ? "" : "\n" + name)
      }
      sections.append("## References\n\n" + quotes.joined(separator: "\n\n"))
    }
    return sections.isEmpty ? nil : sections.joined(separator: "\n\n") + "\n"
  }
}

// MARK: Experiences

extension ImportedExperiences {
  mutating func add(work: JSONResume.Work) {
    var draft = ExperienceDraft(
      title: work.position.nonEmpty ?? work.name.nonEmpty ?? "", kind: kind(of: work.position))
    draft.organization = work.name.nonEmpty
    draft.location = work.location.nonEmpty
    draft.start = work.startDate
    draft.end = work.endDate
    draft.highlights = work.highlights ?? []
    draft.body = [
      work.summary, work.description.nonEmpty.map { "About \(work.name.nonEmpty ?? "the employer"): \($0)" },
    ]
    .compactMap(\.nonEmpty)
    draft.links = links(("Website", work.url))
    add(draft, ongoingWithoutEnd: true)
  }

  mutating func add(volunteer: JSONResume.Volunteer) {
    var draft = ExperienceDraft(
      title: volunteer.position.nonEmpty ?? volunteer.organization.nonEmpty ?? "", kind: .volunteer)
    draft.organization = volunteer.organization.nonEmpty
    draft.start = volunteer.startDate
    draft.end = volunteer.endDate
    draft.highlights = volunteer.highlights ?? []
    draft.body = [volunteer.summary].compactMap(\.nonEmpty)
    draft.links = links(("Website", volunteer.url))
    add(draft, ongoingWithoutEnd: true)
  }

  mutating func add(education: JSONResume.Education) {
    let parts = [education.studyType.nonEmpty, education.area.nonEmpty].compactMap { $0 }
    var draft = ExperienceDraft(
      title: parts.isEmpty ? education.institution.nonEmpty ?? "Education" : parts.joined(separator: " in "),
      kind: .education)
    draft.organization = education.institution.nonEmpty
    draft.start = education.startDate
    draft.end = education.endDate
    draft.degree = education.studyType.nonEmpty
    draft.area = education.area.nonEmpty
    draft.score = education.score.nonEmpty
    draft.highlights = education.highlights ?? []
    let courses = (education.courses ?? []).filter { !$0.isEmpty }
    if !courses.isEmpty { draft.body.append("Courses:\n\n" + courses.map { "- " + $0 }.joined(separator: "\n")) }
    draft.links = links(("Website", education.url))
    add(draft, ongoingWithoutEnd: true)
  }

  mutating func add(award: JSONResume.Award) {
    add(
      once: award.date,
      ExperienceDraft(
        title: award.title.nonEmpty ?? "", kind: .competition, organization: award.awarder.nonEmpty,
        highlights: lines(award.summary)))
  }

  mutating func add(certificate: JSONResume.Certificate) {
    add(
      once: certificate.date,
      ExperienceDraft(
        title: certificate.name.nonEmpty ?? "", kind: .certification, organization: certificate.issuer.nonEmpty,
        highlights: certificate.highlights ?? [], links: links(("Certificate", certificate.url))))
  }

  mutating func add(publication: JSONResume.Publication) {
    add(
      once: publication.releaseDate,
      ExperienceDraft(
        title: publication.name.nonEmpty ?? "", kind: .project, organization: publication.publisher.nonEmpty,
        highlights: lines(publication.summary),
        links: links(("Publication", publication.url)),
        body: ["A publication" + (publication.publisher.nonEmpty.map { ", published by \($0)." } ?? ".")]))
  }

  /// An entry of one date (an award, a certificate, a publication): it starts and ends that day.
  private mutating func add(once date: String?, _ draft: ExperienceDraft) {
    var draft = draft
    draft.start = date
    draft.end = date
    add(draft, ongoingWithoutEnd: false)
  }

  mutating func add(project: JSONResume.Project) {
    let type = project.type.nonEmpty?.lowercased()
    let kind: Kind = type == "course" ? .course : type == "bootcamp" ? .bootcamp : .project
    var draft = ExperienceDraft(title: project.name.nonEmpty ?? "", kind: kind)
    draft.organization = project.entity.nonEmpty
    draft.start = project.startDate
    draft.end = project.endDate
    draft.highlights = project.highlights ?? []
    draft.skills = project.keywords ?? []
    draft.body = [project.description].compactMap(\.nonEmpty)
    if let roles = project.roles?.filter({ !$0.isEmpty }), !roles.isEmpty {
      draft.body.append("Roles: " + roles.joined(separator: ", "))
    }
    if let type = project.type.nonEmpty, kind == .project { draft.body.append("Type: \(type)") }
    draft.links = links(("Project", project.url))
    add(draft, ongoingWithoutEnd: true)
  }
}

extension Optional where Wrapped == String {
  /// The text, or nil when it is missing or only spaces.
  var nonEmpty: String? {
    guard let self, !self.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { return nil }
    return self
  }
}

extension String {
  var nonEmpty: String? { Optional(self).nonEmpty }
}
