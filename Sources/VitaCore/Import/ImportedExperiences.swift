import Foundation

/// One experience file being written by an import: what the source gave, each field nil where it
/// gave nothing.
struct ExperienceDraft {
  /// Empty where the source names none: the file is then a draft.
  var title: String
  var kind: Kind
  var organization: String?
  var location: String?
  var start: String?
  var end: String?
  var degree: String?
  var area: String?
  var score: String?
  var skills: [String] = []
  var highlights: [String] = []
  var links: [Link] = []
  var body: [String] = []
}

/// The experience files of an import, each with a slug of its own. An entry that lacks a field
/// Vita requires (its title, the organisation its kind needs, a start date) is written as a draft
/// (`draft: true`) with the field left empty, never with a made-up value: it builds and checks
/// cleanly, and `vita check` names what is missing.
struct ImportedExperiences {
  /// How the source is named in notes: "the JSON Resume", "the LinkedIn export".
  let source: String
  var entries: [(slug: String, text: String)] = []
  var notes: [String] = []
  private var slugs = Set<String>()

  init(source: String) {
    self.source = source
  }

  /// Job, or the kind a position names: "Data Intern" is an internship.
  func kind(of position: String?) -> Kind {
    let text = (position ?? "").lowercased()
    let words = Set(text.split { !$0.isLetter }.map(String.init))
    if !words.isDisjoint(with: ["intern", "internship", "magang", "trainee"]) { return .internship }
    if !words.isDisjoint(with: ["freelance", "freelancer"]) { return .freelance }
    if text.contains("part-time") || text.contains("part time") || text.contains("paruh waktu") { return .partTime }
    if !words.isDisjoint(with: ["volunteer", "relawan", "sukarelawan"]) { return .volunteer }
    return .job
  }

  func lines(_ text: String?) -> [String] {
    (text ?? "").split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
      .filter { !$0.isEmpty }
  }

  func links(_ pairs: (String, String?)...) -> [Link] {
    pairs.compactMap { label, url in url.nonEmpty.map { Link(label: label, url: $0) } }
  }

  mutating func uniqueSlug(for draft: ExperienceDraft) -> String {
    let organization = draft.organization.map { Slug.make(from: $0) }.nonEmpty
    let base = Slug.make(from: draft.title).nonEmpty ?? organization ?? draft.kind.rawValue
    var candidates = [base]
    if let organization, organization != base {
      candidates.append(String((base + "-" + organization).prefix(90)).trimmingCharacters(in: ["-"]))
    }
    for candidate in candidates where slugs.insert(candidate).inserted { return candidate }
    var counter = 2
    while !slugs.insert("\(base)-\(counter)").inserted { counter += 1 }
    return "\(base)-\(counter)"
  }

  mutating func add(_ draft: ExperienceDraft, ongoingWithoutEnd: Bool) {
    let slug = uniqueSlug(for: draft)
    let file = "content/experiences/\(slug).md"
    let start = date(draft.start)
    let lacksOrganization = draft.organization == nil && !draft.kind.organizationIsOptional
    var missing: [String] = []
    if draft.title.nonEmpty == nil { missing.append("title") }
    if lacksOrganization { missing.append("organization") }
    if start == nil { missing.append("start") }

    var lines = ["---"]
    if !missing.isEmpty {
      lines += [
        YAMLText.comment("A draft: \(source) gives no \(missing.joined(separator: ", ")). Fill in the empty fields,"),
        YAMLText.comment("then delete the `draft: true` line to publish it."),
        "draft: true",
      ]
      notes.append(
        "\(file): a draft until you write its \(missing.joined(separator: ", ")), which \(source) does not give")
    }
    lines.append(draft.title.nonEmpty.map { "title: " + YAMLText.scalar($0) } ?? "title:")
    lines.append("kind: " + draft.kind.rawValue)
    if let organization = draft.organization {
      lines.append("organization: " + YAMLText.scalar(organization))
    } else if lacksOrganization {
      lines.append("organization:")
    }
    if let location = draft.location { lines.append("location: " + YAMLText.scalar(location)) }
    var body = draft.body
    if let start {
      lines.append("start: \(start)")
    } else {
      lines.append("start:")
      if let written = draft.start.nonEmpty { body.append("Start date as written: \(written)") }
    }
    if let end = date(draft.end) {
      lines.append("end: \(end)")
    } else if let written = draft.end.nonEmpty, !EndDate.meansPresent(written) {
      body.append("End date as written: \(written)")
      notes.append("\(file): the end date '\(written)' is not YYYY, YYYY-MM or YYYY-MM-DD; write it as `end:`")
    } else if ongoingWithoutEnd || draft.end.nonEmpty != nil, start != nil {
      lines.append("end: present")
    }
    if let degree = draft.degree { lines.append("degree: " + YAMLText.scalar(degree)) }
    if let area = draft.area { lines.append("area: " + YAMLText.scalar(area)) }
    if let score = draft.score { lines.append("score: " + YAMLText.quoted(score)) }
    let skills = draft.skills.filter { !$0.isEmpty }
    if !skills.isEmpty { lines.append("skills: " + YAMLText.flowList(skills)) }
    let highlights = draft.highlights.flatMap { self.lines($0) }
    if !highlights.isEmpty {
      lines.append("highlights:")
      lines += highlights.map { "  - " + YAMLText.scalar($0) }
    }
    if !draft.links.isEmpty {
      lines.append("links:")
      lines += draft.links.map { "  - {label: \(YAMLText.quoted($0.label)), url: \(YAMLText.quoted($0.url))}" }
    }
    lines.append("---")
    let text = lines.joined(separator: "\n") + "\n" + body.joined(separator: "\n\n") + (body.isEmpty ? "" : "\n")
    entries.append((slug, text))
  }

  /// A date Vita reads, from the ISO forms or a longer ISO timestamp.
  func date(_ text: String?) -> PartialDate? {
    guard let text = text?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return nil }
    for length in [text.count, 10, 7, 4] where length <= text.count {
      if let date = PartialDate(parsing: String(text.prefix(length))) { return date }
    }
    return nil
  }
}
