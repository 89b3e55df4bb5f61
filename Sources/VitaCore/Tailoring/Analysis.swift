import Synchronization

/// The keys one token is matched by: its stems in English and in Indonesian (an Indonesian text
/// holds English words and the other way round), and the stem of its translation (`Translations`),
/// up to four, -1 where unused. Two tokens match when they share a key.
struct WordKeys: Sendable, Hashable, Sequence {
  var first: Int32
  var second: Int32 = -1
  var third: Int32 = -1
  var fourth: Int32 = -1

  init(_ keys: [Int32]) {
    first = keys[0]
    if keys.count > 1 { second = keys[1] }
    if keys.count > 2 { third = keys[2] }
    if keys.count > 3 { fourth = keys[3] }
  }

  var all: [Int32] { Array(self) }

  /// The keys in order, without an array: a word's keys are walked for every word of every text.
  func makeIterator() -> Iterator { Iterator(keys: self) }

  struct Iterator: IteratorProtocol {
    fileprivate let keys: WordKeys
    fileprivate var index = 0

    mutating func next() -> Int32? {
      let key: Int32
      switch index {
      case 0: key = keys.first
      case 1: key = keys.second
      case 2: key = keys.third
      case 3: key = keys.fourth
      default: return nil
      }
      index += 1
      return key >= 0 ? key : nil
    }
  }

  func contains(_ key: Int32) -> Bool {
    key >= 0 && (key == first || key == second || key == third || key == fourth)
  }

  func intersects(_ other: WordKeys) -> Bool {
    other.contains(first) || other.contains(second) || other.contains(third) || other.contains(fourth)
  }
}

/// Ordinary words of work that mean the same in English and Indonesian (data/language/translations.tsv):
/// "siswa" is read with the key of "student" as well, so that an English posting finds an Indonesian
/// experience and the other way round. A line's key is the English stem of its first form; only the
/// Indonesian forms are given it, so English text reads as before (no "wrote" for "writing").
struct Translations: Sendable {
  static let builtIn = Translations(TailoringData.builtIn.translations)

  /// Indonesian stem → the English stem of its line's first form.
  private var keys: [String: String] = [:]

  init(_ lines: [(english: [String], indonesian: [String])]) {
    for line in lines {
      let key = EnglishStemmer.stem(line.english[0])
      for form in line.indonesian { keys[IndonesianStemmer.stem(form)] = key }
    }
  }

  /// The English key of an Indonesian word, from its stems.
  func key(indonesian stems: [String]) -> String? { stems.lazy.compactMap { keys[$0] }.first }
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
  /// `gluedBefore[i]`: token i − 1 and token i are one compound, a hyphen or an apostrophe and
  /// nothing else between them (C-MeX, e-commerce, Al-Qur'an).
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
  private var untranslatedCache: [String: WordKeys] = [:]

  init(keyTable: KeyTable) { self.keyTable = keyTable }

  /// Characters that join two tokens into one compound when they alone stand between them.
  private static func isGlue(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case "-", "'", "\u{2019}": true
    default: false
    }
  }

  /// Characters that end a phrase when they stand between two tokens.
  private static func isBreak(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case "\n", "\r", ".", ",", ";", ":", "!", "?", "(", ")", "[", "]", "{", "}", "|", "/", "\"", "•", "·", "–", "—",
      "=",
      "+":
      true
    default: false
    }
  }

  /// `translating`: whether an Indonesian word is read with its English translation's key too. The
  /// vocabulary reads its spellings without: "mengetik", an alias of typing, is no reason for
  /// "types" to be.
  mutating func read(_ text: String, translating: Bool = true) -> AnalysedText {
    let tokens = Tokenizer.tokens(in: text)
    var keys: [WordKeys] = []
    keys.reserveCapacity(tokens.count)
    for token in tokens {
      let own = self.keys(of: token.folded, isWord: token.isWord, translating: translating)
      // An abbreviation's plural is read as the abbreviation too: "KIIs", "SOPs", "P&IDs".
      // Not one of two letters: "PRs" are permanent residents, no public relations.
      guard token.surface.utf8.last == UInt8(ascii: "s"), token.surface.utf8.count >= 4,
        Self.isAbbreviation(Substring(token.surface.unicodeScalars.dropLast()))
      else {
        keys.append(own)
        continue
      }
      let singular = self.keys(of: String(token.folded.dropLast()), isWord: token.isWord, translating: translating)
      keys.append(WordKeys(singular.all + own.all.filter { !singular.contains($0) }))
    }
    var breakBefore = [Bool](repeating: false, count: tokens.count)
    var gluedBefore = breakBefore
    if tokens.count > 1 {
      let scalars = Array(text.unicodeScalars)
      for index in 1..<tokens.count {
        let between = scalars[tokens[index - 1].end..<tokens[index].start]
        // A hyphen between spaces is a dash; one joining two words is part of a term (e-commerce).
        breakBefore[index] =
          (between.contains(where: Self.isBreak)
            && !Self.joinsANumber(between, tokens[index - 1], tokens[index]))
          || (between.contains("-") && between.contains(where: { $0 == " " || $0 == "\n" }))
        gluedBefore[index] = between.count == 1 && Self.isGlue(between[between.startIndex])
      }
    }
    return AnalysedText(tokens: tokens, keys: keys, breakBefore: breakBefore, gluedBefore: gluedBefore)
  }

  /// Whether marks between two tokens join a number to what comes before it, as a regulation's
  /// citation does: the dot of "No. 22" after the word for number (data/posting/regulations.tsv),
  /// and the slash between a number and its year ("36/2021").
  static func joinsANumber(_ between: ArraySlice<Unicode.Scalar>, _ before: Token, _ after: Token) -> Bool {
    guard after.folded.allSatisfy(\.isNumber) else { return false }
    let marks = between.filter { $0 != " " }
    guard marks.count == 1 else { return false }
    switch marks.first {
    case ".": return between.first == "." && TailoringData.builtIn.numberWords.contains(before.folded)
    case "/": return between.count == 1 && before.folded.allSatisfy(\.isNumber)
    default: return false
    }
  }

  /// Capitals, with digits or an ampersand between them: "KII", "P&ID".
  static func isAbbreviation(_ text: Substring) -> Bool {
    // ASCII byte by byte: a capital letter, a digit or "&", and one letter at least.
    if text.utf8.allSatisfy({ $0 < 128 }) {
      return text.utf8.count >= 2
        && text.utf8.allSatisfy { $0 &- 65 < 26 || $0 &- 48 < 10 || $0 == UInt8(ascii: "&") }
        && text.utf8.contains { $0 &- 65 < 26 }
    }
    return text.count >= 2 && text.allSatisfy { $0.isUppercase || $0.isNumber || $0 == "&" }
      && text.contains(where: \.isLetter)
  }

  /// The keys of a folded token: a word's stems, or the token itself (C++, node.js, 3.2).
  mutating func keys(of folded: String, isWord: Bool, translating: Bool = true) -> WordKeys {
    if let known = translating ? cache[folded] : untranslatedCache[folded] { return known }
    var stems = [folded]
    if isWord {
      stems = [EnglishStemmer.stem(folded)]
      let indonesian = IndonesianStemmer.stems(of: folded)
      for stem in indonesian where !stems.contains(stem) { stems.append(stem) }
      if translating, let translation = Translations.builtIn.key(indonesian: indonesian),
        !stems.contains(translation)
      {
        stems = Array(stems.prefix(3)) + [translation]
      }
    }
    let keys = WordKeys(stems.prefix(4).map(keyTable.number(of:)))
    // Bounded: a long-running `vita serve` reads ever new words.
    if cache.count + untranslatedCache.count >= 200_000 {
      cache.removeAll(keepingCapacity: true)
      untranslatedCache.removeAll(keepingCapacity: true)
    }
    if translating { cache[folded] = keys } else { untranslatedCache[folded] = keys }
    return keys
  }
}
