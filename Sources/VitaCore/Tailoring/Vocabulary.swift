import Synchronization

/// The terms tailoring knows, with their aliases: the built-in skills, the skills and `aliases`
/// of vita.yml and the skills of every experience. Each known term has one canonical unit, so
/// that "JS", "JavaScript" and "ECMAScript" are one term, and so are "analisis data" and
/// "data analysis".
struct Vocabulary: Sendable {
  /// A spelling of a known term, as the keys its tokens stem to.
  struct Entry: Sendable {
    var keys: [String]
    /// The canonical unit: `#` and the smallest English key of its group.
    var unit: String
    /// Set for names that are short or common words: matched in running text only as spelled.
    var exactSpelling: String?
    /// `keys` as numbers of `keyNumbers`, and `unit` as a number of `units`.
    var keyIDs: [Int32] = []
    var unitID: Int32 = 0
  }

  /// A known term found in a text, over the tokens `start..<end`.
  struct Match: Sendable, Hashable {
    var unit: String
    var start: Int
    var end: Int
    var exact: Bool
    /// `unit` as a number of `units`.
    var unitID: Int32 = 0
  }

  /// An entry as integers only, so that matching retains nothing: its keys are
  /// `entryKeys[keysStart..<keysStart + keysCount]`, its exact spelling `exactSpellings[spelling]`
  /// (-1 for none).
  private struct EntryCode: Sendable {
    var keysStart: Int32
    var keysCount: Int32
    var unitID: Int32
    var spelling: Int32
  }

  /// First key → the entries starting with it, longest first, as a range of `entries`; English and
  /// Indonesian stems. Indexed by the number of the first key in `keyNumbers`, so that matching
  /// compares numbers.
  private var english: [Range<Int32>] = []
  private var indonesian: [Range<Int32>] = []
  private var entries: [EntryCode] = []
  private var entryKeys: [Int32] = []
  private var exactSpellings: [String] = []
  /// Every key of every entry, English or Indonesian, numbered: a token whose key is not here
  /// starts no known term and continues none.
  private var keyNumbers: [String: Int32] = [:]
  /// The canonical units, numbered.
  private(set) var units: [String] = []
  /// Unit → the name to show: the person's spelling first, else the built-in one.
  private(set) var names: [String: String] = [:]

  /// The number of a key, -1 when no known term has it.
  func number(ofKey key: String) -> Int32 { keyNumbers[key] ?? -1 }

  init(config: SiteConfig, experienceSkills: [String]) {
    // Groups of spellings, in the order of who spells best: the person, then the built-in list.
    var groups: [[String]] = []
    for group in config.skills { groups += group.keywords.map { [$0] } }
    groups += experienceSkills.map { [$0] }
    for canonical in config.aliases.keys.sorted() { groups.append([canonical] + (config.aliases[canonical] ?? [])) }
    groups += KnownSkills.lines.map { $0.split(separator: "|").map(String.init) }

    var parent: [String: String] = [:]
    func find(_ node: String) -> String {
      var node = node
      while let next = parent[node], next != node { node = next }
      return node
    }
    func union(_ a: String, _ b: String) {
      let (rootA, rootB) = (find(a), find(b))
      guard rootA != rootB else { return }
      if rootA < rootB { parent[rootB] = rootA } else { parent[rootA] = rootB }
    }

    var spellings: [(text: String, node: String, en: [String], id: [String], tokens: [Token])] = []
    // A spelling alone in its group that was already seen alone changes nothing: every
    // experience repeats skills, and each is analysed once.
    var alone: Set<String> = []
    for group in groups {
      if group.count == 1, !alone.insert(group[0]).inserted { continue }
      var groupNodes: [String] = []
      for text in group {
        let tokens = Tokenizer.tokens(in: text)
        guard !tokens.isEmpty else { continue }
        // Stems from the cache that word caches share: the index then finds these words stemmed.
        let stems = tokens.map { $0.isWord ? WordCache.stems(of: $0.folded) : ($0.folded, $0.folded) }
        let en = stems.map(\.0)
        let id = stems.map(\.1)
        let node = en.joined(separator: " ")
        if parent[node] == nil { parent[node] = node }
        groupNodes.append(node)
        spellings.append((text, node, en, id, tokens))
      }
      for node in groupNodes.dropFirst() { union(groupNodes[0], node) }
    }

    var seen: Set<String> = []
    var english: [String: [Entry]] = [:]
    var indonesian: [String: [Entry]] = [:]
    for spelling in spellings {
      let unit = "#" + find(spelling.node)
      if names[unit] == nil { names[unit] = spelling.text }
      var exact: String?
      if spelling.tokens.count == 1 {
        let token = spelling.tokens[0]
        if token.folded.count <= 2 || KnownSkills.caseSensitive.contains(token.surface)
          || StopWords.isStopWord(token.folded)
        {
          exact = token.surface
        }
      }
      for (keys, isEnglish) in [(spelling.en, true), (spelling.id, false)] {
        let signature = (isEnglish ? "en " : "id ") + keys.joined(separator: " ") + "|" + (exact ?? "")
        guard seen.insert(signature).inserted else { continue }
        let entry = Entry(keys: keys, unit: unit, exactSpelling: exact)
        if isEnglish {
          english[keys[0], default: []].append(entry)
        } else {
          indonesian[keys[0], default: []].append(entry)
        }
      }
    }
    for key in english.keys { english[key]?.sort { $0.keys.count > $1.keys.count } }
    for key in indonesian.keys { indonesian[key]?.sort { $0.keys.count > $1.keys.count } }

    // Keys and units as numbers.
    var unitNumbers: [String: Int32] = [:]
    func numbered(_ table: [String: [Entry]]) -> [(Int32, [Entry])] {
      table.keys.sorted().map { first in
        let entries = table[first]!.map { entry in
          var entry = entry
          entry.keyIDs = entry.keys.map { key in
            if let number = keyNumbers[key] { return number }
            keyNumbers[key] = Int32(keyNumbers.count)
            return Int32(keyNumbers.count - 1)
          }
          if let number = unitNumbers[entry.unit] {
            entry.unitID = number
          } else {
            entry.unitID = Int32(units.count)
            unitNumbers[entry.unit] = entry.unitID
            units.append(entry.unit)
          }
          return entry
        }
        return (entries[0].keyIDs[0], entries)
      }
    }
    let numberedEnglish = numbered(english)
    let numberedIndonesian = numbered(indonesian)
    self.english = Array(repeating: 0..<0, count: keyNumbers.count)
    self.indonesian = Array(repeating: 0..<0, count: keyNumbers.count)
    func code(_ list: [Entry]) -> Range<Int32> {
      let start = Int32(entries.count)
      for entry in list {
        var spelling: Int32 = -1
        if let exact = entry.exactSpelling {
          spelling = Int32(exactSpellings.count)
          exactSpellings.append(exact)
        }
        entries.append(
          EntryCode(
            keysStart: Int32(entryKeys.count), keysCount: Int32(entry.keyIDs.count), unitID: entry.unitID,
            spelling: spelling))
        entryKeys += entry.keyIDs
      }
      return start..<Int32(entries.count)
    }
    for (first, list) in numberedEnglish { self.english[Int(first)] = code(list) }
    for (first, list) in numberedIndonesian { self.indonesian[Int(first)] = code(list) }
  }

  /// Known terms in `text`. With `all`, every term at every position (for the index, so that
  /// "stakeholder communication" also yields "communication"); else the longest at each position,
  /// left to right (for a posting's terms). With `respectingCase`, short or common-word names
  /// match only as spelled (the verb "go" is not the language Go).
  func matches(in text: AnalysedText, all: Bool, respectingCase: Bool) -> [Match] {
    var found: [Match] = []
    matches(
      tokens: text.tokens, english: text.englishIDs, indonesian: text.indonesianIDs, all: all,
      respectingCase: respectingCase, into: &found)
    return found
  }

  /// `matches(in:all:respectingCase:)` over tokens and the numbers of their keys (-1 for a key
  /// that no known term has), appended to `found`.
  func matches(
    tokens: [Token], english englishKeys: [Int32], indonesian indonesianKeys: [Int32], all: Bool,
    respectingCase: Bool, into found: inout [Match]
  ) {
    matches(
      english: englishKeys, indonesian: indonesianKeys, all: all, respectingCase: respectingCase,
      isSpelled: { tokens[$0].surface == $1 }, into: &found)
  }

  /// `matches(tokens:english:indonesian:all:respectingCase:into:)` with the tokens' spellings
  /// behind `isSpelled(position, spelling)`: true when the token at `position` is written `spelling`.
  func matches(
    english englishKeys: [Int32], indonesian indonesianKeys: [Int32], all: Bool, respectingCase: Bool,
    isSpelled: (Int, String) -> Bool, into found: inout [Match]
  ) {
    let count = englishKeys.count
    entries.withUnsafeBufferPointer { entries in
      entryKeys.withUnsafeBufferPointer { entryKeys in
        englishKeys.withUnsafeBufferPointer { englishKeys in
          indonesianKeys.withUnsafeBufferPointer { indonesianKeys in
            var position = 0
            while position < count {
              // Most words start no known term in either language.
              if englishKeys[position] < 0 && indonesianKeys[position] < 0 {
                position += 1
                continue
              }
              var best: (entry: EntryCode, end: Int, exact: Bool)?
              let firstOfPosition = found.count
              for isEnglish in [true, false] {
                let keys = isEnglish ? englishKeys : indonesianKeys
                let key = keys[position]
                guard key >= 0 else { continue }
                for number in isEnglish ? english[Int(key)] : indonesian[Int(key)] {
                  let entry = entries[Int(number)]
                  let end = position + Int(entry.keysCount)
                  guard end <= count,
                    (0..<Int(entry.keysCount)).allSatisfy({
                      keys[position + $0] == entryKeys[Int(entry.keysStart) + $0]
                    })
                  else { continue }
                  let exact = entry.spelling >= 0 && isSpelled(position, exactSpellings[Int(entry.spelling)])
                  if respectingCase, entry.spelling >= 0, !exact { continue }
                  if all {
                    // One match per unit and span: the first found.
                    guard
                      !(firstOfPosition..<found.count).contains(where: {
                        found[$0].unitID == entry.unitID && found[$0].end == end
                      })
                    else { continue }
                    found.append(
                      Match(
                        unit: units[Int(entry.unitID)], start: position, end: end, exact: exact, unitID: entry.unitID))
                  } else if best.map({ $0.end < end }) ?? true {
                    best = (entry, end, exact)
                  }
                }
              }
              if let best {
                found.append(
                  Match(
                    unit: units[Int(best.entry.unitID)], start: position, end: best.end, exact: best.exact,
                    unitID: best.entry.unitID))
                position = best.end
              } else {
                position += 1
              }
            }
          }
        }
      }
    }
  }
}

/// A text split into tokens, with each token's English and Indonesian key.
struct AnalysedText: Sendable {
  var tokens: [Token]
  var english: [String]
  var indonesian: [String]
  /// The keys as numbers of the vocabulary's keys, -1 where no known term has the key.
  var englishIDs: [Int32]
  var indonesianIDs: [Int32]

  init(_ text: String, vocabulary: Vocabulary, words: inout WordCache) {
    tokens = Tokenizer.tokens(in: text)
    english = []
    indonesian = []
    englishIDs = []
    indonesianIDs = []
    for token in tokens {
      let number = words.number(of: token, vocabulary: vocabulary)
      let word = words.word(number)
      english.append(word.english)
      indonesian.append(word.indonesian)
      englishIDs.append(words.englishIDs[Int(number)])
      indonesianIDs.append(words.indonesianIDs[Int(number)])
    }
  }
}

/// Every distinct folded token seen, numbered, with its keys: an experience collection repeats
/// its words, so each is stemmed and looked up in the vocabulary once.
struct WordCache {
  struct Word {
    /// The matching keys: stems of a plain word, else the folded token in both.
    var english: String
    var indonesian: String
    var isWord: Bool
  }

  private(set) var words: [Word] = []
  /// Per word, its keys' numbers in the vocabulary, -1 when no known term has them: apart from
  /// `words`, so that a token's are read without copying its word's strings.
  private(set) var englishIDs: [Int32] = []
  private(set) var indonesianIDs: [Int32] = []
  /// The folded spellings of the words, one after the other: word `n` ends at `spellingEnds[n]`.
  private var spellings: [UInt8] = []
  private var spellingEnds: [Int] = []
  /// An open-addressed table of word numbers (-1 for an empty slot), found by a hash of the spelling's
  /// bytes: a text of ten thousand experiences has millions of tokens and a few thousand distinct
  /// words, and Swift's seeded string hashing was a tenth of the whole tailoring.
  /// Made on the first word: many caches read one short text.
  private var slots: [Int32] = []
  /// Spellings of at most eight bytes, most tokens, as written, by their bytes read as one integer
  /// (zero past the end; 0 marks an empty slot): their number is found with one multiplication and
  /// one comparison instead of a hash and a comparison byte by byte. A spelling met for the first
  /// time takes the general path, which folds its case. Open-addressed, at most half full.
  private var shortKeys: [UInt64] = []
  private var shortNumbers: [Int32] = []
  private var shortCount = 0

  var count: Int { words.count }

  func word(_ number: Int32) -> Word { words[Int(number)] }

  /// The English and Indonesian stems of words seen by any cache in the process: the index of every
  /// experience is built in slices, and each posting reads its own text, mostly the same words.
  private static let stemCache = Mutex<[String: (english: String, indonesian: String)]>([:])

  static func stems(of word: String) -> (String, String) {
    if let known = stemCache.withLock({ $0[word] }) { return known }
    let stems = (english: EnglishStemmer.stem(word), indonesian: IndonesianStemmer.stem(word))
    stemCache.withLock { cache in
      // Bounded, like the Markdown line cache: a long-running `vita serve` reads ever new words.
      if cache.count >= 200_000 { cache.removeAll(keepingCapacity: true) }
      cache[word] = stems
    }
    return stems
  }

  /// An ASCII letter in lower case; every other byte as it is.
  @inline(__always) private static func lower(_ byte: UInt8) -> UInt8 { byte &- 65 < 26 ? byte | 0x20 : byte }

  /// FNV-1a over the bytes `range`, lower-cased.
  @inline(__always) private static func hash(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for index in range { hash = (hash ^ UInt64(lower(bytes[index]))) &* 0x100_0000_01b3 }
    return hash
  }

  /// The slot of the spelling `bytes[range]` lower-cased: the one holding its number, or the empty
  /// one where it belongs.
  @inline(__always)
  private func slot(of bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, hash: UInt64) -> Int {
    guard !slots.isEmpty else { return 0 }
    return slots.withUnsafeBufferPointer { slots in
      spellings.withUnsafeBufferPointer { spellings in
        spellingEnds.withUnsafeBufferPointer { ends in
          let mask = slots.count - 1
          var slot = Int(truncatingIfNeeded: hash) & mask
          while slots[slot] >= 0 {
            let number = Int(slots[slot])
            let start = number == 0 ? 0 : ends[number - 1]
            if ends[number] - start == range.count {
              var offset = 0
              while offset < range.count, spellings[start + offset] == Self.lower(bytes[range.lowerBound + offset]) {
                offset += 1
              }
              if offset == range.count { return slot }
            }
            slot = (slot + 1) & mask
          }
          return slot
        }
      }
    }
  }

  private mutating func grow() {
    slots = [Int32](repeating: -1, count: max(64, slots.count * 2))
    spellings.withUnsafeBufferPointer { bytes in
      var start = 0
      for number in spellingEnds.indices {
        let range = start..<spellingEnds[number]
        slots[slot(of: bytes, range, hash: Self.hash(bytes, range))] = Int32(number)
        start = range.upperBound
      }
    }
  }

  /// The number of the token's folded spelling, a new one the first time it is seen.
  mutating func number(of token: Token, vocabulary: Vocabulary) -> Int32 {
    var folded = token.folded
    return folded.withUTF8 { bytes in
      number(of: bytes, bytes.indices, vocabulary: vocabulary) { _ in (token.folded, token.isWord) }
    }
  }

  /// The number of the ASCII token `bytes[range]` lower-cased (its folded spelling), a new one the
  /// first time it is seen. A string is made only for a new word.
  ///
  /// Inlined where tokens are read, so that the vocabulary (a struct of tables) is passed on only
  /// for a spelling not seen before, not copied for every token.
  @inline(__always)
  mutating func number(ofASCII bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, vocabulary: Vocabulary)
    -> Int32
  {
    guard range.count <= 8, let key = Self.shortKey(bytes, range) else {
      return longNumber(ofASCII: bytes, range, vocabulary: vocabulary)
    }
    let slot = shortSlot(of: key)
    if slot < shortKeys.count, shortKeys[slot] == key { return shortNumbers[slot] }
    return addShort(key, slot: slot, bytes, range, vocabulary: vocabulary)
  }

  @inline(never)
  private mutating func longNumber(
    ofASCII bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, vocabulary: Vocabulary
  ) -> Int32 {
    number(of: bytes, range, vocabulary: vocabulary) { folded in
      (folded, folded.utf8.allSatisfy { $0 &- 97 < 26 })
    }
  }

  /// The number of a short spelling not in the short table yet, which then holds it at `slot`.
  @inline(never)
  private mutating func addShort(
    _ key: UInt64, slot: Int, _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, vocabulary: Vocabulary
  ) -> Int32 {
    var slot = slot
    let number = longNumber(ofASCII: bytes, range, vocabulary: vocabulary)
    if (shortCount + 1) * 2 > shortKeys.count {
      growShort()
      slot = shortSlot(of: key)
    }
    shortKeys[slot] = key
    shortNumbers[slot] = number
    shortCount += 1
    return number
  }

  /// The bytes `range` (at most eight) as one little-endian integer; nil when one is 0.
  @inline(__always)
  private static func shortKey(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> UInt64? {
    let count = range.count
    guard count > 0, let base = bytes.baseAddress else { return nil }
    let mask: UInt64 = count == 8 ? ~0 : (1 << (8 * UInt64(count))) &- 1
    var key: UInt64
    if bytes.count - range.lowerBound >= 8 {
      key = UnsafeRawPointer(base + range.lowerBound).loadUnaligned(as: UInt64.self) & mask
    } else {
      key = 0
      for offset in 0..<count { key |= UInt64(base[range.lowerBound + offset]) << (8 * UInt64(offset)) }
    }
    // A byte of 0 would be read as the end: such a token takes the general path. (The bytes past the
    // end are set first, then any zero byte left sets its top bit in the classic test below.)
    let filled = key | ~mask
    if (filled &- 0x0101_0101_0101_0101) & ~filled & 0x8080_8080_8080_8080 != 0 { return nil }
    return key
  }

  /// The slot of `key` in the short table: the one holding it, or the empty one where it belongs.
  @inline(__always)
  private func shortSlot(of key: UInt64) -> Int {
    guard !shortKeys.isEmpty else { return 0 }
    return shortKeys.withUnsafeBufferPointer { keys in
      let mask = keys.count - 1
      var slot = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
      while keys[slot] != 0, keys[slot] != key { slot = (slot + 1) & mask }
      return slot
    }
  }

  private mutating func growShort() {
    let (keys, numbers) = (shortKeys, shortNumbers)
    shortKeys = [UInt64](repeating: 0, count: max(256, keys.count * 2))
    shortNumbers = [Int32](repeating: -1, count: shortKeys.count)
    for index in keys.indices where keys[index] != 0 {
      let slot = shortSlot(of: keys[index])
      shortKeys[slot] = keys[index]
      shortNumbers[slot] = numbers[index]
    }
  }

  /// The number of the spelling `bytes[range]` lower-cased; `describe` gives a new word's folded
  /// spelling (from the one made here) and whether it is letters only.
  @inline(__always)
  private mutating func number(
    of bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, vocabulary: Vocabulary,
    describe: (String) -> (folded: String, isWord: Bool)
  ) -> Int32 {
    let hash = Self.hash(bytes, range)
    let slot = slot(of: bytes, range, hash: hash)
    if slot < slots.count, slots[slot] >= 0 { return slots[slot] }
    return add(bytes, range, hash: hash, slot: slot, vocabulary: vocabulary, describe: describe)
  }

  /// Adds the spelling `bytes[range]` lower-cased, which belongs at `slot`, as a new word.
  private mutating func add(
    _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, hash: UInt64, slot: Int, vocabulary: Vocabulary,
    describe: (String) -> (folded: String, isWord: Bool)
  ) -> Int32 {
    var slot = slot
    let lowered = String(unsafeUninitializedCapacity: range.count) { buffer in
      for offset in 0..<range.count { buffer[offset] = Self.lower(bytes[range.lowerBound + offset]) }
      return range.count
    }
    let (folded, isWord) = describe(lowered)
    let (english, indonesian) = isWord ? Self.stems(of: folded) : (folded, folded)
    let number = Int32(words.count)
    // At most half full: grown before the new word goes in, which then finds its empty slot anew.
    if (spellingEnds.count + 1) * 2 > slots.count {
      grow()
      slot = self.slot(of: bytes, range, hash: hash)
    }
    spellings.append(contentsOf: lowered.utf8)
    spellingEnds.append(spellings.count)
    slots[slot] = number
    words.append(Word(english: english, indonesian: indonesian, isWord: isWord))
    englishIDs.append(vocabulary.number(ofKey: english))
    indonesianIDs.append(vocabulary.number(ofKey: indonesian))
    return number
  }
}
