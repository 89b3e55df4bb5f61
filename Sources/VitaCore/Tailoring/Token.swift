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
  let isWord: Bool

  init(surface: String, folded: String, start: Int, end: Int) {
    self.init(surface: surface, folded: folded, start: start, end: end, isWord: Self.isLetters(folded))
  }

  init(surface: String, folded: String, start: Int, end: Int, isWord: Bool) {
    self.surface = surface
    self.folded = folded
    self.start = start
    self.end = end
    self.isWord = isWord
  }

  /// Letters only: ASCII is checked byte by byte, the rest by its Unicode properties.
  static func isLetters(_ text: String) -> Bool {
    var ascii = true
    for byte in text.utf8 {
      if byte >= 128 {
        ascii = false
        break
      }
      if (byte | 0x20) &- 97 >= 26 { return false }
    }
    return ascii || text.unicodeScalars.allSatisfy { $0.properties.isAlphabetic }
  }
}

/// Splits text into tokens without breaking the technical ones plain tokenisers break:
/// `C++`, `C#`, `.NET`, `Node.js`, `CI/CD`, `A/B`, `R&D`. Hyphens split (`e-commerce` is `e commerce`
/// on both sides of a match), a possessive `'s` is dropped, Markdown punctuation is a separator.
enum Tokenizer {
  static func tokens(in text: String) -> [Token] {
    var text = text
    text.makeContiguousUTF8()
    // ASCII, most text, is read in place: a byte is a scalar.
    let ascii = text.utf8.withContiguousStorageIfAvailable { bytes in
      isASCII(bytes) ? tokens(in: ASCIIScalars(bytes: bytes)) : nil
    }
    if let ascii = ascii ?? nil { return ascii }
    return tokens(in: Array(text.unicodeScalars))
  }

  /// An ASCII text's bytes as scalars.
  private struct ASCIIScalars: RandomAccessCollection {
    let bytes: UnsafeBufferPointer<UInt8>
    var startIndex: Int { 0 }
    var endIndex: Int { bytes.count }
    subscript(position: Int) -> Unicode.Scalar { Unicode.Scalar(bytes[position]) }
  }

  private static func tokens<Scalars: RandomAccessCollection<Unicode.Scalar>>(in scalars: Scalars) -> [Token]
  where Scalars.Index == Int {
    var tokens: [Token] = []
    // About one token in seven characters of prose: reserved once rather than grown.
    tokens.reserveCapacity(scalars.count / 7 + 1)
    forEachToken(in: scalars) { range in
      tokens.append(token(scalars, range, surface: string(scalars, range)))
    }
    return tokens
  }

  /// True when every byte is ASCII, so that a byte is a scalar.
  static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    // Eight bytes at a time: a byte of 128 or more sets its top bit.
    var index = 0
    let count = bytes.count
    if let base = bytes.baseAddress {
      let raw = UnsafeRawPointer(base)
      while index + 8 <= count {
        if raw.loadUnaligned(fromByteOffset: index, as: UInt64.self) & 0x8080_8080_8080_8080 != 0 { return false }
        index += 8
      }
    }
    while index < count {
      if bytes[index] >= 128 { return false }
      index += 1
    }
    return true
  }

  /// The scalar range of each token, in order.
  private static func forEachToken<Scalars: RandomAccessCollection<Unicode.Scalar>>(
    in scalars: Scalars, _ body: (Range<Int>) -> Void
  ) where Scalars.Index == Int {
    let count = scalars.count
    var index = 0

    func isAlnum(_ i: Int) -> Bool {
      i >= 0 && i < count && isAlphanumeric(scalars[i])
    }

    while index < count {
      // A leading dot joins letters after it when it starts a word: `.NET`.
      let startsWithDot =
        scalars[index] == "." && isAlnum(index + 1) && isAlphabetic(scalars[index + 1])
        && (index == 0 || isBoundary(scalars[index - 1]))
      guard isAlphanumeric(scalars[index]) || startsWithDot else {
        index += 1
        continue
      }
      let start = index
      index += 1
      var slash = false
      while index < count {
        let scalar = scalars[index]
        if isAlphanumeric(scalar) {
          index += 1
        } else if scalar == "." && isAlnum(index + 1) && isAlnum(index - 1) {
          index += 1  // node.js, asp.net, 3.2
        } else if (scalar == "/" || scalar == "&") && isAlnum(index + 1) && isAlnum(index - 1)
          && shortRun(scalars, before: index) && shortRun(scalars, after: index)
        {
          if scalar == "/" { slash = true }
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
      // and/or is two stop words, not a technical token.
      if slash, let first = firstOfStopWordPair(string(scalars, start..<end)) {
        end = start + first
        index = end
      }
      // Drop a possessive: Indonesia's → Indonesia.
      if index + 1 < count, scalars[index] == "'" || scalars[index] == "\u{2019}",
        scalars[index + 1] == "s" || scalars[index + 1] == "S",
        index + 2 >= count || !isAlphanumeric(scalars[index + 2])
      {
        index += 2
      }
      body(start..<end)
    }
  }

  /// For two stop words joined by a slash (`and/or`), the length of the first in scalars: the token is
  /// cut there. Nil for a technical token (`CI/CD`).
  private static func firstOfStopWordPair(_ token: String) -> Int? {
    let parts = token.lowercased().split(separator: "/").map(String.init)
    guard parts.count == 2, StopWords.isStopWord(parts[0]) && StopWords.isStopWord(parts[1]) else { return nil }
    return parts[0].unicodeScalars.count
  }

  /// A letter or a digit; ASCII without a lookup of Unicode properties, which is most of the time.
  @inline(__always) static func isAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    if value < 128 { return (value | 0x20) &- 97 < 26 || value &- 48 < 10 }
    return scalar.properties.isAlphabetic
  }

  @inline(__always) static func isAlphabetic(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    if value < 128 { return (value | 0x20) &- 97 < 26 }
    return scalar.properties.isAlphabetic
  }

  private static func isBoundary(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    if value < 128, value == 32 || value &- 9 < 5 { return true }
    return scalar.properties.isWhitespace || "([{\"'*_`,;:".unicodeScalars.contains(scalar)
  }

  /// The token of the scalars `range`, spelled `surface`. ASCII is folded byte by byte.
  private static func token<Scalars: RandomAccessCollection<Unicode.Scalar>>(
    _ scalars: Scalars, _ range: Range<Int>, surface: String
  ) -> Token where Scalars.Index == Int {
    var letters = true
    for index in range {
      let value = scalars[index].value
      guard value < 128 else {
        return Token(surface: surface, folded: fold(surface), start: range.lowerBound, end: range.upperBound)
      }
      if (value | 0x20) &- 97 >= 26 { letters = false }
    }
    let folded = String(unsafeUninitializedCapacity: range.count) { buffer in
      for (offset, index) in range.enumerated() {
        let byte = UInt8(truncatingIfNeeded: scalars[index].value)
        buffer[offset] = byte &- 65 < 26 ? byte | 0x20 : byte
      }
      return range.count
    }
    return Token(surface: surface, folded: folded, start: range.lowerBound, end: range.upperBound, isWord: letters)
  }

  /// The scalars `range` as a string; ASCII is copied byte by byte.
  private static func string<Scalars: RandomAccessCollection<Unicode.Scalar>>(_ scalars: Scalars, _ range: Range<Int>)
    -> String
  where Scalars.Index == Int {
    if scalars[range].allSatisfy({ $0.value < 128 }) {
      return String(unsafeUninitializedCapacity: range.count) { buffer in
        for (offset, index) in range.enumerated() { buffer[offset] = UInt8(truncatingIfNeeded: scalars[index].value) }
        return range.count
      }
    }
    var view = String.UnicodeScalarView()
    view.append(contentsOf: scalars[range])
    return String(view)
  }

  /// A run of at most three letters or digits ends right before `index`.
  private static func shortRun<Scalars: RandomAccessCollection<Unicode.Scalar>>(_ scalars: Scalars, before index: Int)
    -> Bool
  where Scalars.Index == Int {
    var length = 0
    var i = index - 1
    while i >= 0, isAlphanumeric(scalars[i]) {
      length += 1
      i -= 1
    }
    return length <= 3
  }

  private static func shortRun<Scalars: RandomAccessCollection<Unicode.Scalar>>(_ scalars: Scalars, after index: Int)
    -> Bool
  where Scalars.Index == Int {
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

  /// The text between two tokens as written (from the text's start when `first` is nil): the
  /// spaces, marks and any words between them.
  static func between(_ first: Token?, _ second: Token, in scalars: [Unicode.Scalar]) -> String {
    String(String.UnicodeScalarView(scalars[(first?.end ?? 0)..<second.start]))
  }

  /// The text between two tokens as written, on one line; tokens joined by spaces where the
  /// text between them is Markdown.
  static func span(_ tokens: ArraySlice<Token>, in scalars: [Unicode.Scalar]) -> String {
    guard let first = tokens.first, let last = tokens.last else { return "" }
    // An initialism written with dots keeps its last one: "GlobalG.A.P.", not "GlobalG.A.P".
    let surface = Array(last.surface.unicodeScalars)
    let dot =
      surface.count >= 3 && surface[surface.count - 2] == "." && last.end < scalars.count && scalars[last.end] == "."
      ? "." : ""
    // One token is its own spelling: it holds no space and no Markdown.
    if tokens.count == 1 { return first.surface + dot }
    let raw = scalars[first.start..<last.end]
    if raw.contains(where: { "*_`[]()<>|".unicodeScalars.contains($0) }) {
      return tokens.map(\.surface).joined(separator: " ") + dot
    }
    // Each run of white space (a line break too) as one space.
    var view = String.UnicodeScalarView()
    var space = false
    for scalar in raw {
      if scalar.properties.isWhitespace {
        space = true
        continue
      }
      if space { view.append(" ") }
      space = false
      view.append(scalar)
    }
    return String(view) + dot
  }
}
