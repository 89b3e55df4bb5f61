import Foundation

/// A word or a technical token of a text, as written and as folded for matching.
struct Token: Sendable, Hashable {
  /// As written: `C++`, `Node.js`, `Analysed`.
  var surface: String
  /// Lower-cased, diacritics removed: `c++`, `node.js`, `analysed`.
  var folded: String
  /// Scalar offsets of the token in its text, for showing a span as the text spells it.
  var start: Int
  var end: Int

  /// True when the token is letters only, so that a stemmer may cut it.
  var isWord: Bool { folded.unicodeScalars.allSatisfy { $0.properties.isAlphabetic } }
}

/// Splits text into tokens without breaking the technical ones plain tokenisers break:
/// `C++`, `C#`, `.NET`, `Node.js`, `CI/CD`, `A/B`, `R&D`. Hyphens split (`e-commerce` is `e commerce`
/// on both sides of a match), a possessive `'s` is dropped, Markdown punctuation is a separator.
enum Tokenizer {
  static func tokens(in text: String) -> [Token] {
    let scalars = Array(text.unicodeScalars)
    var tokens: [Token] = []
    var index = 0
    let count = scalars.count

    func isAlnum(_ i: Int) -> Bool {
      i >= 0 && i < count && isAlphanumeric(scalars[i])
    }

    while index < count {
      // A leading dot joins letters after it when it starts a word: `.NET`.
      let startsWithDot =
        scalars[index] == "." && isAlnum(index + 1) && scalars[index + 1].properties.isAlphabetic
        && (index == 0 || isBoundary(scalars[index - 1]))
      guard isAlphanumeric(scalars[index]) || startsWithDot else {
        index += 1
        continue
      }
      let start = index
      index += 1
      while index < count {
        let scalar = scalars[index]
        if isAlphanumeric(scalar) {
          index += 1
        } else if scalar == "." && isAlnum(index + 1) && isAlnum(index - 1) {
          index += 1  // node.js, asp.net, 3.2
        } else if (scalar == "/" || scalar == "&") && isAlnum(index + 1) && isAlnum(index - 1)
          && shortRun(scalars, before: index) && shortRun(scalars, after: index)
        {
          index += 1  // CI/CD, A/B, UI/UX, R&D (but and/or is checked below)
        } else if scalar == "+" && (isAlnum(index - 1) || scalars[index - 1] == "+") && !isAlnum(index + 1) {
          index += 1  // C++, g++: pluses right after a word, never the start of `+62`
        } else if scalar == "#" && (index + 1 >= count || !isAlphanumeric(scalars[index + 1])) {
          index += 1  // C#, F#
          break
        } else {
          break
        }
      }
      var end = index
      var surface = String(String.UnicodeScalarView(scalars[start..<end]))
      // and/or is two stop words, not a technical token.
      if surface.contains("/") {
        let parts = surface.lowercased().split(separator: "/").map(String.init)
        if parts.count == 2, StopWords.isStopWord(parts[0]) && StopWords.isStopWord(parts[1]) {
          end = start + parts[0].unicodeScalars.count
          index = end
          surface = String(String.UnicodeScalarView(scalars[start..<end]))
        }
      }
      // Drop a possessive: Indonesia's → Indonesia.
      if index + 1 < count, scalars[index] == "'" || scalars[index] == "\u{2019}",
        scalars[index + 1] == "s" || scalars[index + 1] == "S",
        index + 2 >= count || !isAlphanumeric(scalars[index + 2])
      {
        index += 2
      }
      tokens.append(Token(surface: surface, folded: fold(surface), start: start, end: end))
    }
    return tokens
  }

  private static func isAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
    scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
  }

  private static func isBoundary(_ scalar: Unicode.Scalar) -> Bool {
    scalar.properties.isWhitespace || "([{\"'*_`,;:".unicodeScalars.contains(scalar)
  }

  /// A run of at most three letters or digits ends right before `index`.
  private static func shortRun(_ scalars: [Unicode.Scalar], before index: Int) -> Bool {
    var length = 0
    var i = index - 1
    while i >= 0, isAlphanumeric(scalars[i]) {
      length += 1
      i -= 1
    }
    return length <= 3
  }

  private static func shortRun(_ scalars: [Unicode.Scalar], after index: Int) -> Bool {
    var length = 0
    var i = index + 1
    while i < scalars.count, isAlphanumeric(scalars[i]) {
      length += 1
      i += 1
    }
    return length <= 3
  }

  /// Case and diacritics folded: `Analysé` → `analyse`. ASCII takes the fast path.
  static func fold(_ text: String) -> String {
    if text.utf8.allSatisfy({ $0 < 128 }) { return text.lowercased() }
    return text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).lowercased()
  }

  /// The text between two tokens as written, on one line; tokens joined by spaces where the
  /// text between them is Markdown.
  static func span(_ tokens: ArraySlice<Token>, in scalars: [Unicode.Scalar]) -> String {
    guard let first = tokens.first, let last = tokens.last else { return "" }
    let raw = String(String.UnicodeScalarView(scalars[first.start..<last.end]))
    if raw.contains(where: { "*_`[]()<>|".contains($0) }) {
      return tokens.map(\.surface).joined(separator: " ")
    }
    return raw.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
  }
}
