/// The words Vita shows a person in one language: the loader's and the review's messages and the
/// site's headings and labels, from `data/messages/<language>.tsv`.
///
/// A catalogue is a table of `key<TAB>text` lines; `{name}` in a text marks a value given where the
/// message is used (`messages.text("yaml.key-twice", ["keys": keys])`). Every language's file has
/// the same keys with the same placeholders (`MessagesTests`), so another language is one more file.
public struct Messages: Sendable {
  public let language: Language
  private let table: [String: String]

  /// The catalogue of `language`, read once per process.
  public init(_ language: Language) {
    self =
      switch language {
      case .en: Self.english
      case .id: Self.indonesian
      }
  }

  private init(reading language: Language) {
    self.language = language
    table = Self.parse(BuiltInData.files["messages/\(language.rawValue).tsv"] ?? "")
  }

  private static let english = Messages(reading: .en)
  private static let indonesian = Messages(reading: .id)

  /// The text of `key` with each `{name}` replaced by `values[name]`, written as string
  /// interpolation writes it. A placeholder without a value stays as it is.
  public func text(_ key: String, _ values: [String: Any] = [:]) -> String {
    // A key the catalogue lacks shows itself (`MessagesTests` finds every one the code names).
    guard let text = table[key] else { return key }
    guard !values.isEmpty else { return text }
    var result = ""
    for part in Self.parts(of: text) {
      switch part {
      case .literal(let literal): result += literal
      case .placeholder(let name):
        if let value = values[name] { result += String(describing: value) } else { result += "{\(name)}" }
      }
    }
    return result
  }

  /// Whether the catalogue has `key`.
  public func has(_ key: String) -> Bool { table[key] != nil }

  /// The keys of the catalogue, for the tests that keep the languages' files in step.
  public var keys: Set<String> { Set(table.keys) }

  /// The raw text of `key`, placeholders unreplaced.
  public func template(_ key: String) -> String? { table[key] }

  /// A piece of a message's text.
  public enum Part: Equatable, Sendable {
    case literal(String)
    case placeholder(String)
  }

  /// `text` cut into literal runs and `{name}` placeholders; a name is a letter then letters,
  /// digits or underscores. Any other brace is literal text.
  public static func parts(of text: String) -> [Part] {
    var parts: [Part] = []
    var literal = ""
    var rest = Substring(text)
    while let open = rest.firstIndex(of: "{") {
      literal += rest[..<open]
      let afterOpen = rest.index(after: open)
      let name = rest[afterOpen...].prefix { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }
      let close = name.endIndex
      if let first = name.first, first.isLetter, close < rest.endIndex, rest[close] == "}" {
        if !literal.isEmpty { parts.append(.literal(literal)) }
        literal = ""
        parts.append(.placeholder(String(name)))
        rest = rest[rest.index(after: close)...]
      } else {
        literal += "{"
        rest = rest[afterOpen...]
      }
    }
    literal += rest
    if !literal.isEmpty { parts.append(.literal(literal)) }
    return parts
  }

  /// The placeholders' names in `text`.
  public static func placeholders(in text: String) -> Set<String> {
    Set(parts(of: text).compactMap { if case .placeholder(let name) = $0 { name } else { nil } })
  }

  /// `key<TAB>text` lines (LF or CRLF); `#` comments and blank lines left out. The text is kept
  /// exactly as written after the first tab.
  static func parse(_ file: String) -> [String: String] {
    var table: [String: String] = [:]
    // "\r\n" is one Character: a split on "\n" alone would not end a Windows line.
    for line in file.split(whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
      guard !line.hasPrefix("#"), let tab = line.firstIndex(of: "\t") else { continue }
      table[String(line[..<tab])] = String(line[line.index(after: tab)...])
    }
    return table
  }
}

extension Language {
  /// The catalogue of this language's words.
  public var messages: Messages { Messages(self) }
}

extension Messages {
  /// "a or b or c", as `list.or` joins two.
  public func either(_ items: [String]) -> String {
    guard var joined = items.first else { return "" }
    for item in items.dropFirst() { joined = text("list.or", ["first": joined, "second": item]) }
    return joined
  }
}
