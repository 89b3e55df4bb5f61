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
  /// One row of the table.
  public struct Key: Sendable, Hashable {
    /// `person.name`: the key's place, its parents first.
    public var path: String
    public var type: ValueType
    public var required: Bool
    /// The type as docs/format.md shows it: "list of text".
    public var shownType: String
    public var meaning: String

    /// The key as written in the file: `name`.
    public var name: String { path.split(separator: ".").last.map(String.init) ?? path }
    /// The mapping it belongs to: `person`; nil at the top.
    public var parent: String? {
      path.lastIndex(of: ".").map { String(path[..<$0]) }
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
        "font": .font,
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

  /// vita.yml.
  public static let config = Schema(named: "vita")

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
      guard fields.count == 5, let type = ValueType(fields[1]), ["-", "always"].contains(fields[2]) else {
        problems.append("\(index + 1): \(line)")
        continue
      }
      keys.append(
        Key(path: fields[0], type: type, required: fields[2] == "always", shownType: fields[3], meaning: fields[4]))
    }
    self.keys = keys
    self.problems = problems
  }

  /// The rows directly under `parent` (the top when nil), in the table's order.
  public func keys(under parent: String?) -> [Key] { keys.filter { $0.parent == parent } }

  /// The names a mapping at `parent` may hold.
  public func names(under parent: String?) -> [String] { keys(under: parent).map(\.name) }

  /// The Markdown table of the keys under `parent`, as docs/format.md shows it.
  public func markdownTable(under parent: String?) -> String {
    var table = "| key | type | meaning |\n|---|---|---|\n"
    for key in keys(under: parent) {
      table += "| `\(key.name)` | \(key.shownType) | " + (key.meaning.isEmpty ? "" : key.meaning + " ") + "|\n"
    }
    return table
  }
}
