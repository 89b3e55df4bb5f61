import Foundation

/// The keys one kind of file may hold, from its table under `data/schema/`: each key's type,
/// whether it is required, and what it means. The table drives the loader's decoding (a key added
/// to it is read, checked and warned about when mistyped, with no other change), the unknown-key
/// "did you mean", and the key tables of docs/format.md (`SchemaTests` keeps them equal).
///
/// The tables are data, beside the word lists and the messages, because they are the format's
/// reference a person reads and extends; what a type means (how a `date` is read, what `links`
/// checks) is code, in `ValueType`, since each needs its own parsing and its own messages. A row
/// names one of those types, so a key of a type that exists is one more line of data.
public struct Schema: Sendable {
  /// One row of the table; a class, so that the decoder's walk over the rows of every file
  /// retains one reference per row rather than copying its five texts.
  public final class Key: Sendable {
    /// `person.name`: the key's place, its parents first.
    public let path: String
    public let type: ValueType
    public let required: Requirement
    /// The type as docs/format.md shows it: "list of text".
    public let shownType: String
    public let meaning: String

    /// The key as written in the file: `name`.
    public let name: String
    /// The mapping it belongs to: `person`; nil at the top.
    public let parent: String?

    init(path: String, type: ValueType, required: Requirement, shownType: String, meaning: String) {
      (self.path, self.type, self.required, self.shownType, self.meaning) = (path, type, required, shownType, meaning)
      let dot = path.lastIndex(of: ".")
      name = dot.map { String(path[path.index(after: $0)...]) } ?? path
      parent = dot.map { String(path[..<$0]) }
    }
  }

  /// Whether a key must be given.
  public struct Requirement: Sendable, Hashable {
    public enum Level: Sendable, Hashable {
      /// Optional.
      case never
      /// An error whenever it is missing.
      case always
      /// An error once the file is no draft; in a draft, a note.
      case published
    }
    public var level: Level
    /// The kinds of experience that may leave it out.
    public var exceptKinds: Set<Kind> = []

    public var isRequired: Bool { level != .never }

    /// `-`, `always`, `published`, either of the last two followed by `except` and kinds.
    init?(_ text: String) {
      let words = text.split(separator: " ").map(String.init)
      switch words.first {
      case "-" where words.count == 1: level = .never
      case "always": level = .always
      case "published": level = .published
      default: return nil
      }
      guard words.count > 1 else { return }
      let kinds = words.dropFirst(2).compactMap(Kind.init(rawValue:))
      guard level != .never, words[1] == "except", kinds.count == words.count - 2, !kinds.isEmpty else { return nil }
      exceptKinds = Set(kinds)
    }
  }

  /// How a value is read and checked.
  public enum ValueType: Sendable, Hashable {
    case text, bool, texts, terms
    /// A whole number within the range.
    case int(ClosedRange<Int>)
    /// A mapping whose keys are the rows under it.
    case mapping
    /// A list of mappings whose keys are the rows under it.
    case items
    case links
    case baseURL
    case language
    /// A list of `Person.fieldNames`.
    case personFields
    case aliases
    case hosts
    case paper
    case themeName
    case accent
    case font
    /// One of `Kind`'s names.
    case kind
    /// Read by the loader with the file's name, which it overrides (`SiteLoader.slug`).
    case fileSlug
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    case date
    /// A date, or a word for `present`.
    case endDate
    /// `YYYY-MM-DD`.
    case day
    /// A list of one-line texts.
    case highlights
    case visibility
    /// An http or https address.
    case url
    /// One of `Application.Status`'s names, in any case.
    case status
    /// `YYYY-MM-DD HH:MM`.
    case appointment
    /// Any value, not read: a key of a format Vita reads that Vita has no use for.
    case ignored

    /// The type a table names: `text`, `int 1...500`; nil for a name no type has.
    init?(_ name: String) {
      if name.hasPrefix("int ") {
        let bounds = name.dropFirst(4).components(separatedBy: "...").compactMap { Int($0) }
        guard bounds.count == 2, bounds[0] <= bounds[1] else { return nil }
        self = .int(bounds[0]...bounds[1])
        return
      }
      let named: [String: ValueType] = [
        "text": .text, "bool": .bool, "texts": .texts, "terms": .terms, "mapping": .mapping, "items": .items,
        "links": .links, "base-url": .baseURL, "language": .language, "person-fields": .personFields,
        "aliases": .aliases, "hosts": .hosts, "paper": .paper, "theme-name": .themeName, "accent": .accent,
        "font": .font, "kind": .kind, "file-slug": .fileSlug, "date": .date, "end-date": .endDate, "day": .day,
        "highlights": .highlights, "visibility": .visibility, "url": .url, "status": .status,
        "appointment": .appointment, "ignored": .ignored,
      ]
      guard let type = named[name] else { return nil }
      self = type
    }
  }

  /// The table's name: `vita` for data/schema/vita.tsv.
  public let name: String
  /// In the table's order, which is the order of "did you mean"'s candidates.
  public let keys: [Key]
  /// The rows that do not parse, as `line: text`; empty for a table that is right.
  public let problems: [String]
  /// The rows under each mapping ("" for the top): the decoder asks for them once per mapping read.
  private let children: [String: [Key]]
  private let childNames: [String: [String]]

  /// vita.yml.
  public static let config = Schema(named: "vita")
  /// An experience's front matter.
  public static let experience = Schema(named: "experience")
  /// A job posting's front matter.
  public static let posting = Schema(named: "posting")
  /// A job posting written as JSON, in the JSON Resume job format.
  public static let jsonPosting = Schema(named: "json-posting")

  init(named name: String) {
    self.init(name: name, table: BuiltInData.files["schema/\(name).tsv"] ?? "")
  }

  init(name: String, table: String) {
    self.name = name
    var keys: [Key] = []
    var problems: [String] = []
    for (index, line) in table.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      guard !line.isEmpty, !line.hasPrefix("#") else { continue }
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      guard fields.count == 5, let type = ValueType(fields[1]), let required = Requirement(fields[2]) else {
        problems.append("\(index + 1): \(line)")
        continue
      }
      keys.append(Key(path: fields[0], type: type, required: required, shownType: fields[3], meaning: fields[4]))
    }
    self.keys = keys
    self.problems = problems
    children = Dictionary(grouping: keys) { $0.parent ?? "" }
    childNames = children.mapValues { $0.map(\.name) }
  }

  /// The rows directly under `parent` (the top when nil), in the table's order.
  public func keys(under parent: String?) -> [Key] { children[parent ?? ""] ?? [] }

  /// The names a mapping at `parent` may hold.
  public func names(under parent: String?) -> [String] { childNames[parent ?? ""] ?? [] }

  /// The Markdown table of the keys under `parent`, as docs/format.md shows it.
  public func markdownTable(under parent: String?) -> String {
    var table = "| key | type | meaning |\n|---|---|---|\n"
    for key in keys(under: parent) {
      table += "| `\(key.name)` | \(key.shownType) | " + (key.meaning.isEmpty ? "" : key.meaning + " ") + "|\n"
    }
    return table
  }
}
