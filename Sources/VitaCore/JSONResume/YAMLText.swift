import Foundation

/// YAML written by hand for files a person will edit: plain scalars where they read the same,
/// JSON-style double quotes (valid YAML) everywhere else.
enum YAMLText {
  private static let plainCharacters = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: " ._/+()'&-"))
  private static let reserved: Set<String> = ["true", "false", "yes", "no", "on", "off", "null", "y", "n", "~"]

  /// `text` as a scalar, quoted when a YAML parser could read it as something else.
  static func scalar(_ text: String) -> String {
    let isPlain =
      !text.isEmpty && text.first?.isLetter == true && text.last != " "
      && text.unicodeScalars.allSatisfy { plainCharacters.contains($0) }
      && !reserved.contains(text.lowercased())
    return isPlain ? text : quoted(text)
  }

  static func quoted(_ text: String) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.withoutEscapingSlashes]
    guard let data = try? encoder.encode(text) else { return "\"\"" }
    return String(decoding: data, as: UTF8.self)
  }

  /// `[a, b, c]`.
  static func flowList(_ items: [String]) -> String {
    "[" + items.map(scalar).joined(separator: ", ") + "]"
  }

  /// One line of a comment: line breaks would end it.
  static func comment(_ text: String) -> String {
    "# " + text.split(whereSeparator: \.isNewline).joined(separator: " / ")
  }
}
