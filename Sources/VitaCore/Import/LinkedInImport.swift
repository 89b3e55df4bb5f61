import Foundation
import SwiftCSV

/// LinkedIn's "Get a copy of your data" export turned into a Vita site: vita.yml (the person, their
/// skills and languages) and one experience file per position, education, certification, project,
/// volunteering, honour and course.
///
/// The export is a set of CSV files; each is read by the column names LinkedIn gives them, and any
/// file or column may be missing. Dates come as "Jan 2024", "2024" or "01/2024"; a description
/// written as a bullet list becomes highlights. The home address, the postcode and the birth date in
/// Profile.csv are never read.
public enum LinkedInImport {
  /// The files of an export that Vita reads, as LinkedIn names them.
  public static let fileNames = [
    "Profile.csv", "Email Addresses.csv", "Positions.csv", "Education.csv", "Skills.csv", "Certifications.csv",
    "Projects.csv", "Volunteering.csv", "Honors.csv", "Courses.csv", "Languages.csv",
  ]

  /// The site made of an export's files (file name → text); names not in `fileNames` are ignored.
  public static func site(from files: [String: String]) -> ImportedSite {
    let export = Export(files: files)
    var builder = ImportedExperiences(source: "the LinkedIn export")

    for row in export.rows("Positions.csv", expecting: "Company Name") {
      let title = row["Title"]
      var draft = ExperienceDraft(title: title ?? "", kind: builder.kind(of: title))
      draft.organization = row["Company Name"]
      draft.location = row["Location"]
      draft.start = date(row["Started On"])
      draft.end = date(row["Finished On"])
      (draft.highlights, draft.body) = split(row["Description"])
      builder.add(draft, ongoingWithoutEnd: true)
    }
    for row in export.rows("Education.csv", expecting: "School Name") {
      var draft = ExperienceDraft(title: row["Degree Name"] ?? row["School Name"] ?? "", kind: .education)
      draft.organization = row["School Name"]
      draft.degree = row["Degree Name"]
      draft.start = date(row["Start Date"])
      draft.end = date(row["End Date"])
      let (highlights, notes) = split(row["Notes"])
      let (activities, more) = split(row["Activities"])
      draft.highlights = highlights + activities
      draft.body = notes + (more.isEmpty ? [] : ["Activities and societies: " + more.joined(separator: " ")])
      builder.add(draft, ongoingWithoutEnd: false)
    }
    for row in export.rows("Certifications.csv", expecting: "Authority") {
      var draft = ExperienceDraft(title: row["Name"] ?? "", kind: .certification)
      draft.organization = row["Authority"]
      draft.start = date(row["Started On"])
      draft.end = draft.start
      draft.body = [
        row["License Number"].map { "Credential ID: \($0)" },
        row["Finished On"].map { "Valid until: \(date($0) ?? $0)" },
      ].compactMap { $0 }
      draft.links = builder.links(("Credential", row["Url"]))
      builder.add(draft, ongoingWithoutEnd: false)
    }
    for row in export.rows("Projects.csv", expecting: "Title") {
      var draft = ExperienceDraft(title: row["Title"] ?? "", kind: .project)
      draft.start = date(row["Started On"])
      draft.end = date(row["Finished On"])
      (draft.highlights, draft.body) = split(row["Description"])
      draft.links = builder.links(("Project", row["Url"]))
      builder.add(draft, ongoingWithoutEnd: false)
    }
    for row in export.rows("Volunteering.csv", expecting: "Role") {
      var draft = ExperienceDraft(title: row["Role"] ?? "", kind: .volunteer)
      draft.organization = row["Company Name"]
      draft.start = date(row["Started On"])
      draft.end = date(row["Finished On"])
      (draft.highlights, draft.body) = split(row["Description"])
      if let cause = row["Cause"] { draft.body.append("Cause: \(cause)") }
      builder.add(draft, ongoingWithoutEnd: true)
    }
    for row in export.rows("Honors.csv", expecting: "Issued On") {
      var draft = ExperienceDraft(title: row["Title"] ?? "", kind: .competition)
      draft.start = date(row["Issued On"])
      draft.end = draft.start
      (draft.highlights, draft.body) = split(row["Description"])
      builder.add(draft, ongoingWithoutEnd: false)
    }
    for row in export.rows("Courses.csv", expecting: "Name") {
      var draft = ExperienceDraft(title: row["Name"] ?? "", kind: .course)
      if let number = row["Number"] { draft.body = ["Course number: \(number)"] }
      builder.add(draft, ongoingWithoutEnd: false)
    }

    var notes = builder.notes
    var files = [ImportedFile(path: "vita.yml", text: config(export, notes: &notes))]
    if let summary = export.rows("Profile.csv", expecting: "First Name").first?["Summary"],
      summary.contains("\n")
    {
      files.append(ImportedFile(path: "content/about.md", text: summary + "\n"))
    }
    files += builder.entries.map { ImportedFile(path: "content/experiences/\($0.slug).md", text: $0.text) }
    return ImportedSite(files: files, notes: notes, experiences: builder.entries.count)
  }

  // MARK: vita.yml

  static func config(_ export: Export, notes: inout [String]) -> String {
    // Address, Zip Code and Birth Date are never read: only these columns are.
    let profile = export.rows("Profile.csv", expecting: "First Name").first ?? Row()
    let name = [profile["First Name"], profile["Last Name"]].compactMap { $0 }.joined(separator: " ").nonEmpty
    var lines = [
      "# Imported from a LinkedIn data export by `vita import linkedin`; docs/outputs.md gives the mapping.",
      "# The export's home address and birth date are never imported.",
    ]
    if name == nil {
      lines.append(YAMLText.comment("the export has no name (Profile.csv): write yours below"))
      notes.append("vita.yml: the export gives no name (Profile.csv); write yours as `person.name`")
    }
    let shownName = name ?? "Your Name"
    lines += [
      "title: " + YAMLText.scalar(shownName), "language: en", "person:", "  name: " + YAMLText.scalar(shownName),
    ]
    if let headline = profile["Headline"] { lines.append("  headline: " + YAMLText.scalar(headline)) }
    if let location = profile["Geo Location"] { lines.append("  location: " + YAMLText.scalar(location)) }
    let emails = export.rows("Email Addresses.csv", expecting: "Email Address")
    let primary = emails.first { $0["Primary"]?.lowercased() == "yes" } ?? emails.first
    if let email = primary?["Email Address"] { lines.append("  email: " + YAMLText.scalar(email)) }
    let links = websites(profile["Websites"])
    if !links.isEmpty {
      lines.append("  links:")
      lines += links.map { "    - {label: \(YAMLText.quoted($0.label)), url: \(YAMLText.quoted($0.url))}" }
    }
    if let summary = profile["Summary"] {
      let paragraphs = summary.components(separatedBy: "\n").map { (line: String) in
        line.trimmingCharacters(in: .whitespaces)
      }
      if let first = paragraphs.first(where: { !$0.isEmpty }) { lines.append("  summary: " + YAMLText.scalar(first)) }
    }
    let skills = export.rows("Skills.csv", expecting: "Name").compactMap { $0["Name"] }
    if !skills.isEmpty {
      lines += ["skills:", "  - name: Skills", "    keywords: " + YAMLText.flowList(skills)]
    }
    let languages = export.rows("Languages.csv", expecting: "Proficiency").filter { $0["Name"] != nil }
    if !languages.isEmpty {
      lines.append("languages:")
      for language in languages {
        var entry = "  - {language: \(YAMLText.quoted(language["Name"] ?? ""))"
        if let fluency = language["Proficiency"] { entry += ", fluency: \(YAMLText.quoted(fluency))" }
        lines.append(entry + "}")
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// Profile.csv's Websites: `[PORTFOLIO:https://a.example,COMPANY:https://b.example]` in current
  /// exports, plain addresses in older ones.
  static func websites(_ text: String?) -> [Link] {
    guard let text else { return [] }
    let inner = text.trimmingCharacters(in: CharacterSet(charactersIn: "[] "))
    return inner.split(separator: ",").compactMap { item in
      let item = item.trimmingCharacters(in: .whitespaces)
      guard let scheme = item.range(of: "http", options: .caseInsensitive) else { return nil }
      let url = String(item[scheme.lowerBound...])
      let label = item[..<scheme.lowerBound].trimmingCharacters(in: CharacterSet(charactersIn: ": "))
      guard LinkPolicy.isAllowed(url) else { return nil }
      let named = label.isEmpty ? (URL(string: url)?.host ?? "Website") : label.capitalized
      return Link(label: named, url: url)
    }
  }

  // MARK: Cells

  /// A date as Vita writes it (YYYY, YYYY-MM or YYYY-MM-DD) from the forms exports use: "Jan 2024",
  /// "January 2024", "2024", "01/2024", "1/15/2024", "Oct 2, 2022", "2024-01"; nil for an empty cell,
  /// the cell itself when it is none of them (kept, so that nothing is lost).
  public static func date(_ text: String?) -> String? {
    guard let text = text?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return nil }
    if let date = PartialDate(parsing: text) { return "\(date)" }
    let parts = text.split(whereSeparator: { $0 == " " || $0 == "/" || $0 == "," || $0 == "." }).map(String.init)
    func year(_ part: String) -> Int? { part.count == 4 ? Int(part) : nil }
    func written(_ year: Int, _ month: Int?, _ day: Int? = nil) -> String? {
      let text =
        String(format: "%04d", year) + (month.map { String(format: "-%02d", $0) } ?? "")
        + (day.map { String(format: "-%02d", $0) } ?? "")
      return PartialDate(parsing: text).map { "\($0)" }
    }
    switch parts.count {
    case 2:
      if let month = month(parts[0]) ?? Int(parts[0]), let year = year(parts[1]) { return written(year, month) ?? text }
    case 3:
      if let year = year(parts[2]) {
        if let month = month(parts[0]), let day = Int(parts[1]) { return written(year, month, day) ?? text }
        if let day = Int(parts[0]), let month = month(parts[1]) { return written(year, month, day) ?? text }
        if let month = Int(parts[0]), let day = Int(parts[1]) { return written(year, month, day) ?? text }
      }
    default: break
    }
    return text
  }

  private static let months = [
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
  ]

  /// 1 to 12 for an English month's name or its abbreviation ("Sept" too).
  static func month(_ word: String) -> Int? {
    let lowered = word.lowercased()
    guard lowered.count >= 3, lowered.allSatisfy(\.isLetter) else { return nil }
    return months.firstIndex { lowered.hasPrefix($0) }.map { $0 + 1 }
  }

  /// A description as highlights (its bullet lines, one each) and body paragraphs (every other line).
  public static func split(_ text: String?) -> (highlights: [String], body: [String]) {
    guard let text else { return ([], []) }
    var highlights: [String] = []
    var body: [String] = []
    var paragraph: [String] = []
    func endParagraph() {
      if !paragraph.isEmpty { body.append(paragraph.joined(separator: "\n")) }
      paragraph = []
    }
    for rawLine in text.replacingOccurrences(of: "\r\n", with: "\n").split(
      separator: "\n", omittingEmptySubsequences: false)
    {
      let line = rawLine.trimmingCharacters(in: .whitespaces)
      // "• Built … • Led …": bullets LinkedIn kept on one line.
      let inline = line.split(separator: "•").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
      if line.hasPrefix("•") || inline.count > 1 && line.contains(" • ") {
        endParagraph()
        highlights += inline.compactMap { bullet($0) ?? $0 }
      } else if let item = bullet(line) {
        endParagraph()
        highlights.append(item)
      } else if line.isEmpty {
        endParagraph()
      } else {
        paragraph.append(line)
      }
    }
    endParagraph()
    return (highlights, body)
  }

  /// The text of a bullet line ("- x", "* x", "• x", "– x", "1. x", "2) x"), nil for any other line.
  static func bullet(_ line: String) -> String? {
    for marker in ["- ", "* ", "• ", "– ", "— ", "· ", "▪ ", "● ", "◦ ", "➢ ", "✓ ", "•"] where line.hasPrefix(marker) {
      let rest = line.dropFirst(marker.count).trimmingCharacters(in: .whitespaces)
      return rest.isEmpty ? nil : rest
    }
    let digits = line.prefix { $0.isNumber }
    if !digits.isEmpty, digits.count <= 2 {
      let rest = line.dropFirst(digits.count)
      if rest.hasPrefix(". ") || rest.hasPrefix(") ") {
        let text = rest.dropFirst(2).trimmingCharacters(in: .whitespaces)
        return text.isEmpty ? nil : text
      }
    }
    return nil
  }

  // MARK: The export's files

  /// An export's CSV files, each read once, by its name.
  struct Export {
    var files: [String: String]

    init(files: [String: String]) {
      // Names as LinkedIn writes them, whatever their case or folder in the archive.
      var byName: [String: String] = [:]
      for (path, text) in files {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        if let known = LinkedInImport.fileNames.first(where: { $0.lowercased() == name.lowercased() }) {
          byName[known] = text
        }
      }
      self.files = byName
    }

    /// The rows of `name`, each a mapping from a column's name to its non-empty cell; the header is
    /// the first line naming `column` (older exports put notes above it). A missing or unreadable
    /// file has no rows.
    func rows(_ name: String, expecting column: String) -> [Row] {
      guard var text = files[name] else { return [] }
      if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
      text = text.replacingOccurrences(of: "\r\n", with: "\n")
      let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
      if let header = lines.firstIndex(where: { $0.localizedCaseInsensitiveContains(column) }), header > 0 {
        text = lines[header...].joined(separator: "\n")
      }
      guard let csv = try? CSV<Named>(string: text, delimiter: .comma, loadColumns: false) else { return [] }
      return csv.rows.map { Row($0) }.filter { !$0.cells.isEmpty }
    }
  }

  /// One row of a CSV file: its cells by column name, compared without case or surrounding spaces.
  struct Row {
    var cells: [String: String] = [:]

    init(_ row: [String: String] = [:]) {
      for (column, value) in row {
        let cell = value.trimmingCharacters(in: .whitespacesAndNewlines)
        if !cell.isEmpty { cells[Self.key(column)] = cell }
      }
    }

    subscript(column: String) -> String? { cells[Self.key(column)] }

    private static func key(_ column: String) -> String {
      column.trimmingCharacters(in: .whitespaces).lowercased()
    }
  }
}
