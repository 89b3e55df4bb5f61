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
    let json = String(decoding: data, as: UTF8.self)
    // JSON leaves DEL, the C1 controls and U+FFFE/U+FFFF as they are, which YAML does not allow
    // in a file (found by `make fuzz`: a title with DEL gave a posting that did not load).
    guard json.unicodeScalars.contains(where: isUnprintable) else { return json }
    var escaped = ""
    for scalar in json.unicodeScalars {
      if isUnprintable(scalar) {
        escaped +=
          "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count)
          + String(scalar.value, radix: 16, uppercase: true)
      } else {
        escaped.unicodeScalars.append(scalar)
      }
    }
    return escaped
  }

  /// A scalar YAML's printable set leaves out, and JSON does not escape.
  private static func isUnprintable(_ scalar: Unicode.Scalar) -> Bool {
    (0x7F...0x9F).contains(scalar.value) && scalar.value != 0x85 || scalar.value == 0xFFFE || scalar.value == 0xFFFF
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
