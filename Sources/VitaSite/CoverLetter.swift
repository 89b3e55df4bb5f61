import Foundation
import VitaCore

/// A cover letter for one posting, as content before any format (`letter.html`, `letter.txt`):
/// the letter Vita drafts from the person's own evidence for the posting's strongest requirements,
/// or the person's own `content/letters/<job-slug>.md` in the same layout.
///
/// Every word of a draft comes from the phrase file of the posting's language (data/letters/), the
/// person's content or the posting: it states no fact, number or skill of its own.
public struct CoverLetter: Sendable {
  /// A paragraph of evidence: one requirement of the posting and what proves it.
  public struct Paragraph: Sendable, Hashable {
    /// Inline Markdown: the phrase's words, the requirement, and the person's own highlight.
    public var markdown: String
    /// The requirement it answers, as the posting spells it.
    public var requirement: String
    /// The experience that proves it.
    public var experience: String
  }

  public var language: Language
  /// Name, location, email and phone, one a line.
  public var sender: [String]
  /// "2 December 2026", or "Bandung, 2 Desember 2026" (tempat dan tanggal); nil with no date.
  public var placeAndDate: String?
  public var recipient: [String]
  /// The subject line's label and text ("Re:", "Perihal:").
  public var subject: (label: String, text: String)
  /// The enclosures: a label (Lampiran:) where the form has one, and the text.
  public var attachments: (label: String?, text: String)?
  public var salutation: String
  /// The data diri of an Indonesian letter: label and value.
  public var introduction: (lead: String, fields: [(label: String, value: String)])?
  public var opening: String
  public var paragraphs: [Paragraph]
  public var closing: String
  public var signoff: String
  public var signature: String
  /// The person's own letter, in Markdown: when set, it is the letter's body, after the subject.
  public var ownText: String?
}

extension CoverLetter {
  /// The phrases of a language: `data/letters/<language>.tsv`.
  struct Phrases {
    let table: [String: String]

    init(_ language: Language) { table = DataFiles.keyed("letters/\(language.rawValue).tsv") }

    /// The phrase `key` with each `{name}` replaced by its value.
    func text(_ key: String, _ values: [String: String] = [:]) -> String {
      var text = table[key] ?? ""
      for (name, value) in values { text = text.replacingOccurrences(of: "{\(name)}", with: value) }
      return text
    }

    func has(_ key: String) -> Bool { table[key] != nil }
  }

  /// Where a posting was seen, from its address: the job board's name (data/letters/sources.tsv).
  static func source(of url: String?) -> String? {
    guard let url, let start = url.range(of: "://")?.upperBound else { return nil }
    let host = url[start...].prefix { $0 != "/" && $0 != ":" && $0 != "?" }.lowercased()
    let boards = DataFiles.keyed("letters/sources.tsv")
    return boards.first { host == $0.key || host.hasSuffix("." + $0.key) }?.value
  }

  /// The letter for `tailoring`: the person's own where `site.letters` has one, else a draft. The
  /// person's private fields are used: letters are written to `applications/` only.
  public static func letter(for tailoring: Tailoring, site: Site, today: PartialDate?) -> CoverLetter {
    let job = tailoring.job
    let language = job.language ?? site.config.language
    let phrases = Phrases(language)
    let person = site.config.person
    let strings = Strings(language)
    let date = today.map { today in
      let day = today.day.map { "\($0) " } ?? ""
      let month = today.month.map { strings.monthName($0) + " " } ?? ""
      return day + month + String(today.year)
    }
    let city = person.location?.split(separator: ",").first.map { String($0).trimmed }
    let company = job.company ?? ""
    var recipient: [String] = []
    if phrases.has("recipient-intro") { recipient.append(phrases.text("recipient-intro")) }
    recipient.append(phrases.text("recipient") + (language == .id && !company.isEmpty ? " " + company : ""))
    if language == .en, !company.isEmpty { recipient.append(company) }
    if phrases.has("recipient-place") { recipient.append(phrases.text("recipient-place")) }

    let seen = source(of: job.url)
    let opening =
      company.isEmpty
      ? phrases.text("opening-no-company", ["title": job.title])
      : phrases.text(
        seen == nil ? "opening" : "opening-seen", ["title": job.title, "company": company, "source": seen ?? ""])

    var introduction: (lead: String, fields: [(label: String, value: String)])?
    if phrases.has("introduction") {
      var fields = [(phrases.text("field-name"), person.name)]
      if let degree = latestDegree(in: site) { fields.append((phrases.text("field-education"), degree)) }
      if let email = person.email { fields.append((phrases.text("field-email"), email)) }
      if let phone = person.phone { fields.append((phrases.text("field-phone"), phone)) }
      introduction = (phrases.text("introduction"), fields)
    }

    return CoverLetter(
      language: language,
      sender: [person.name, person.location, person.email, person.phone].compactMap { $0 },
      placeAndDate: date.map { language == .id ? [city, $0].compactMap { $0 }.joined(separator: ", ") : $0 },
      recipient: recipient,
      subject: (phrases.text("subject-label"), phrases.text("subject", ["title": job.title])),
      attachments: phrases.has("attachments")
        ? (phrases.has("attachments-label") ? phrases.text("attachments-label") : nil, phrases.text("attachments"))
        : nil,
      salutation: phrases.text("salutation"), introduction: introduction, opening: opening,
      paragraphs: evidence(for: tailoring, phrases: phrases), closing: phrases.text("closing"),
      signoff: phrases.text("signoff"), signature: person.name, ownText: site.letters[job.slug])
  }

  /// The letter's evidence: for the posting's strongest requirements that an entry of the CV proves,
  /// one paragraph each, from a different experience each, two or three in all. Must-haves come
  /// first, then what this posting asks for that the others do not, then the weightiest; each
  /// paragraph gives the highlight that names the requirement, else the experience's STAR result,
  /// else its strongest highlight.
  static func evidence(for tailoring: Tailoring, phrases: Phrases) -> [Paragraph] {
    let rows = Array(zip(tailoring.requirements, zip(tailoring.report.requirements, tailoring.askedElsewhere)))
    let named: Set<Requirement.Kind> = [.tool, .skill, .credential, .language]
    let order = rows.indices.filter { named.contains(rows[$0].0.kind) && !rows[$0].1.0.evidence.isEmpty }
      .sorted { a, b in
        let (first, second) = (rows[a], rows[b])
        if first.0.isMustHave != second.0.isMustHave { return first.0.isMustHave }
        if first.1.1 != second.1.1 { return first.1.1 < second.1.1 }
        if first.0.weight != second.0.weight { return first.0.weight > second.0.weight }
        return a < b
      }
    let entries = Dictionary(
      tailoring.entries.map { ($0.experience.slug, $0.experience) }, uniquingKeysWith: { first, _ in first })
    var used = Set<String>()
    var paragraphs: [Paragraph] = []
    for index in order where paragraphs.count < 3 {
      let (requirement, (row, _)) = rows[index]
      // The experience whose own highlight names the requirement, else the first that proves it.
      let named = { (slug: String) in row.highlights.filter { $0.experience == slug }.map(\.text) }
      let unused = row.evidence.filter { !used.contains($0) && entries[$0] != nil }
      guard let slug = unused.first(where: { !named($0).isEmpty }) ?? unused.first, let experience = entries[slug]
      else {
        continue
      }
      let story = experience.star.map(\.result).flatMap { $0.trimmed.isEmpty ? nil : $0.trimmed }
      let highlight =
        named(slug).max { HighlightStrength.score($0) < HighlightStrength.score($1) }
        ?? (story == nil
          ? HighlightStrength.strongestFirst(experience.highlights).first.map { experience.highlights[$0].text } : nil)
      let place = phrases.text(
        phrase(for: experience), ["role": experience.title, "organization": experience.organization ?? ""])
      let body: String
      if let highlight {
        body = phrases.text("did", ["where": place, "result": asClause(highlight)])
      } else if let story {
        body = phrases.text("story", ["where": place, "result": sentence(story)])
      } else {
        continue
      }
      used.insert(slug)
      let lead = phrases.text("lead-\(paragraphs.count + 1)", ["requirement": requirement.term])
      paragraphs.append(Paragraph(markdown: lead + " " + body, requirement: requirement.term, experience: slug))
    }
    return paragraphs
  }

  /// How a paragraph names an experience: as a role at an organisation, in a course or project,
  /// at a competition.
  static func phrase(for experience: Experience) -> String {
    switch experience.kind {
    case _ where experience.organization == nil: "where-project"
    case .course, .bootcamp, .certification, .education: "where-course"
    case .competition: "where-event"
    default: "where-role"
    }
  }

  /// A highlight as the end of "I …" / "saya …": its first word in lower case, unless it is a name
  /// or an abbreviation (SQL, Tableau), and a full stop at the end.
  static func asClause(_ highlight: String) -> String {
    let text = highlight.trimmed
    guard let first = text.split(separator: " ").first else { return text }
    let isName = first.dropFirst().contains(where: \.isUppercase) || first.count == 1
    let clause = isName ? text : text.prefix(1).lowercased() + text.dropFirst()
    return sentence(clause)
  }

  /// The text with a full stop at its end, unless it ends a sentence already.
  static func sentence(_ text: String) -> String {
    let text = text.trimmed
    guard let last = text.last else { return text }
    return ".!?".contains(last) ? text : text + "."
  }

  /// The person's latest degree, as "S1 Sistem Informasi, Universitas …": the newest education
  /// that names a degree, else the newest education.
  static func latestDegree(in site: Site) -> String? {
    let education = site.experiences.filter { $0.kind == .education && $0.visibility.isOnCV }
    let degrees = education.filter { $0.degree != nil }
    guard let newest = (degrees.isEmpty ? education : degrees).min(by: Experience.reverseChronological) else {
      return nil
    }
    let degree = [newest.degree.map { [$0, newest.area].compactMap { $0 }.joined(separator: " ") } ?? newest.title]
    return (degree + [newest.organization].compactMap { $0 }).joined(separator: ", ")
  }
}

extension String {
  /// Without the white space around it.
  fileprivate var trimmed: String {
    let scalars = unicodeScalars
    guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
      let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
    else { return "" }
    return String(scalars[first...last])
  }
}
