import Synchronization

/// The keys one token is matched by: its stems in English and in Indonesian (an Indonesian text
/// holds English words and the other way round), up to three, -1 where unused. Two tokens match
/// when they share a key.
struct WordKeys: Sendable, Hashable {
  var first: Int32
  var second: Int32 = -1
  var third: Int32 = -1

  init(_ keys: [Int32]) {
    first = keys[0]
    if keys.count > 1 { second = keys[1] }
    if keys.count > 2 { third = keys[2] }
  }

  var all: [Int32] { [first, second, third].filter { $0 >= 0 } }

  func contains(_ key: Int32) -> Bool { key >= 0 && (key == first || key == second || key == third) }

  func intersects(_ other: WordKeys) -> Bool {
    other.contains(first) || other.contains(second) || other.contains(third)
  }
}

/// Numbers for stems, so that keys compare as integers: one table for the process, which the
/// built-in vocabulary and every tailor share.
final class KeyTable: Sendable {
  static let shared = KeyTable()

  private let numbers = Mutex<[String: Int32]>([:])

  func number(of key: String) -> Int32 {
    numbers.withLock { numbers in
      if let number = numbers[key] { return number }
      let number = Int32(numbers.count)
      numbers[key] = number
      return number
    }
  }

  /// The number of a key already seen, nil for any other.
  func existingNumber(of key: String) -> Int32? { numbers.withLock { $0[key] } }
}

/// A text read for matching: its tokens, each token's keys, and where a phrase may not go on.
struct AnalysedText: Sendable {
  var tokens: [Token]
  var keys: [WordKeys]
  /// `breakBefore[i]`: a line break or punctuation stands between token i − 1 and token i, so that
  /// no term runs across them ("…blog content" / "- Create copy" is not "content creation").
  var breakBefore: [Bool]
  /// `gluedBefore[i]`: token i − 1 and token i are one compound, a hyphen and nothing else between
  /// them (C-MeX, e-commerce).
  var gluedBefore: [Bool]

  var count: Int { tokens.count }

  /// Whether tokens `start..<end` are glued to a token outside them: part of a longer compound.
  func isInCompound(_ start: Int, _ end: Int) -> Bool {
    gluedBefore[start] || (end < count && gluedBefore[end])
  }

  /// Whether tokens `start..<end` hold no break.
  func isPhrase(_ start: Int, _ end: Int) -> Bool {
    guard end - start > 1 else { return true }
    return !breakBefore[(start + 1)..<end].contains(true)
  }
}

/// Reads texts into `AnalysedText`, stemming each distinct word once. One per worker: its cache
/// is its own, the key table is shared.
struct TextReader {
  let keyTable: KeyTable
  private var cache: [String: WordKeys] = [:]

  init(keyTable: KeyTable) { self.keyTable = keyTable }

  /// Characters that end a phrase when they stand between two tokens.
  private static let breaks: Set<Unicode.Scalar> = [
    "\n", "\r", ".", ",", ";", ":", "!", "?", "(", ")", "[", "]", "{", "}", "|", "/", "\"", "•", "·", "–", "—",
  ]

  mutating func read(_ text: String) -> AnalysedText {
    let tokens = Tokenizer.tokens(in: text)
    var keys: [WordKeys] = []
    keys.reserveCapacity(tokens.count)
    for token in tokens { keys.append(self.keys(of: token.folded, isWord: token.isWord)) }
    var breakBefore = [Bool](repeating: false, count: tokens.count)
    var gluedBefore = breakBefore
    if tokens.count > 1 {
      let scalars = Array(text.unicodeScalars)
      for index in 1..<tokens.count {
        let between = scalars[tokens[index - 1].end..<tokens[index].start]
        // A hyphen between spaces is a dash; one joining two words is part of a term (e-commerce).
        breakBefore[index] =
          between.contains(where: Self.breaks.contains)
          || (between.contains("-") && between.contains(where: { $0 == " " || $0 == "\n" }))
        gluedBefore[index] = between.count == 1 && between.first == "-"
      }
    }
    return AnalysedText(tokens: tokens, keys: keys, breakBefore: breakBefore, gluedBefore: gluedBefore)
  }

  /// The keys of a folded token: a word's stems, or the token itself (C++, node.js, 3.2).
  mutating func keys(of folded: String, isWord: Bool) -> WordKeys {
    if let known = cache[folded] { return known }
    var stems = [folded]
    if isWord {
      stems = [EnglishStemmer.stem(folded)]
      for stem in IndonesianStemmer.stems(of: folded) where !stems.contains(stem) { stems.append(stem) }
    }
    let keys = WordKeys(stems.prefix(3).map(keyTable.number(of:)))
    // Bounded: a long-running `vita serve` reads ever new words.
    if cache.count >= 200_000 { cache.removeAll(keepingCapacity: true) }
    cache[folded] = keys
    return keys
  }
}
