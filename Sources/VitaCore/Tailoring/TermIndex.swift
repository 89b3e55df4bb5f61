import Dispatch
import Foundation

/// Where in an experience a term was found; the field decides how much the find counts.
enum Field: Hashable, Sendable {
  case title, organization, skills, body, story
  case highlight(Int)

  init(code: Int32) {
    switch code {
    case 0: self = .title
    case 1: self = .organization
    case 2: self = .skills
    case 3: self = .body
    case 4: self = .story
    default: self = .highlight(Int(code) - 10)
    }
  }

  var code: Int32 {
    switch self {
    case .title: 0
    case .organization: 1
    case .skills: 2
    case .body: 3
    case .story: 4
    case .highlight(let index): Int32(10 + index)
    }
  }

  /// What a find here says about the experience: what the CV shows counts most.
  var weight: Double {
    switch self {
    case .title, .skills, .highlight: 1.0
    case .body, .story: 0.7
    case .organization: 0.5
    }
  }
}

/// A term's place: experience, field, and the token span within the field.
struct Occurrence: Sendable, Hashable {
  var experience: Int32
  var field: Int32
  var start: Int32
  var end: Int32
}

/// What a term looks for: at each position, the keys that may stand there.
/// Keys are `#unit` for a known term, `en:stem` / `id:stem` for a word, `t:token` for a
/// technical token such as `c++`.
typealias TermQuery = [[String]]

/// Every term of every experience, built once: a posting's terms are looked up here instead of
/// rescanning each experience's text. `reflection` is never read.
///
/// Keys are numbered: `keys` gives a key's number, `lists` its occurrences, sorted by experience
/// (the order the index saw them in).
struct TermIndex: Sendable {
  private(set) var keys: [String: Int32] = [:]
  private(set) var lists: [[Occurrence]] = []
  /// The keys indexed, when not all of them are: a key outside is not looked for at all.
  private(set) var coverage: Set<String>?

  /// Every key with its occurrences.
  var postings: [String: [Occurrence]] {
    keys.reduce(into: [:]) { postings, key in postings[key.key] = lists[Int(key.value)] }
  }

  /// Analysing the texts is most of the index's cost and each experience is independent: the site is
  /// cut into slices analysed on every core, then joined in order, so the postings stay sorted by
  /// experience exactly as a single pass would leave them.
  ///
  /// With `keys`, only those keys are indexed (a build knows what its postings look for): the
  /// texts are still read, but the occurrences of every other word, most of them, are not kept.
  init(experiences: [Experience], vocabulary: Vocabulary, keys wanted: Set<String>? = nil, slices: Int? = nil) {
    // Twice as many slices as cores, to even out their lengths: every slice more is one more index
    // to merge, one after the other, at the end.
    let slices = slices ?? min(2 * ProcessInfo.processInfo.activeProcessorCount, 16, experiences.count / 128)
    guard slices > 1 else {
      self.init(experiences: experiences, range: experiences.indices, vocabulary: vocabulary, wanted: wanted)
      return
    }
    var parts = [TermIndex](repeating: TermIndex(), count: slices)
    parts.withUnsafeMutableBufferPointer { buffer in
      nonisolated(unsafe) let buffer = buffer
      DispatchQueue.concurrentPerform(iterations: slices) { slice in
        let range = (experiences.count * slice / slices)..<(experiences.count * (slice + 1) / slices)
        buffer[slice] = TermIndex(experiences: experiences, range: range, vocabulary: vocabulary, wanted: wanted)
      }
    }
    var joined = parts[0]
    parts[0] = TermIndex()
    for number in parts.indices.dropFirst() {
      joined.append(parts[number])
      parts[number] = TermIndex()
    }
    self = joined
  }

  private init() {}

  private init(experiences: [Experience], range: Range<Int>, vocabulary: Vocabulary, wanted: Set<String>?) {
    var builder = Builder(vocabulary: vocabulary, wanted: wanted)
    for number in range {
      let experience = experiences[number]
      let id = Int32(number)
      builder.add(experience.title, field: .title, experience: id)
      if let organization = experience.organization {
        builder.add(organization, field: .organization, experience: id)
      }
      // Skills as separate phrases: a gap keeps a phrase from spanning two of them.
      builder.add(experience.skills.joined(separator: " ; "), field: .skills, experience: id)
      for (index, highlight) in experience.highlights.enumerated() {
        builder.add(highlight.text, field: .highlight(index), experience: id)
      }
      builder.add(experience.body, field: .body, experience: id)
      if let star = experience.star {
        let story = [star.situation, star.task, star.action, star.result].joined(separator: "\n")
        builder.add(story, field: .story, experience: id)
      }
    }
    self = builder.index
    coverage = wanted
  }

  /// Appends another index's occurrences after this one's, key by key.
  private mutating func append(_ other: TermIndex) {
    for (key, number) in other.keys {
      if let mine = keys[key] {
        lists[Int(mine)].append(contentsOf: other.lists[Int(number)])
      } else {
        keys[key] = Int32(lists.count)
        lists.append(other.lists[Int(number)])
      }
    }
  }

  /// Builds an index text by text. Each distinct word is stemmed, and its keys numbered, once.
  private struct Builder {
    let vocabulary: Vocabulary
    /// The keys to index; every key when nil.
    let wanted: Set<String>?
    var index = TermIndex()
    var words = WordCache()
    /// Per word number: its keys' numbers in the index, `en:` and `id:` for a plain word, `t:`
    /// and -1 for a technical token; -1 also for a key that is not wanted.
    var wordKeys: [(Int32, Int32)] = []
    /// Per unit of the vocabulary: its key's number in the index, -1 until it is found, -2 when
    /// it is not wanted.
    var unitKeys: [Int32]
    // Buffers reused from text to text: per token, its word, its keys in the vocabulary, its
    // position (tokens on both sides of a skill's ";" are not adjacent) and its scalars' range.
    var numbers: [Int32] = []
    var english: [Int32] = []
    var indonesian: [Int32] = []
    var positions: [Int32] = []
    var ranges: [Range<Int>] = []
    var matches: [Vocabulary.Match] = []

    init(vocabulary: Vocabulary, wanted: Set<String>?) {
      self.vocabulary = vocabulary
      self.wanted = wanted
      unitKeys = Array(repeating: -1, count: vocabulary.units.count)
    }

    /// The number of `key` in the index, -1 when it is not wanted.
    mutating func key(_ key: String) -> Int32 {
      if let number = index.keys[key] { return number }
      if let wanted, !wanted.contains(key) { return -1 }
      let number = Int32(index.lists.count)
      index.keys[key] = number
      index.lists.append([])
      return number
    }

    /// `table[number]` for each of `numbers`, in one pass.
    static func gather(_ table: [Int32], at numbers: [Int32]) -> [Int32] {
      table.withUnsafeBufferPointer { table in
        numbers.withUnsafeBufferPointer { numbers in
          Array(unsafeUninitializedCapacity: numbers.count) { buffer, initialized in
            for index in numbers.indices { buffer[index] = table[Int(numbers[index])] }
            initialized = numbers.count
          }
        }
      }
    }

    /// Notes the word `number` as the next token.
    mutating func append(_ number: Int32) {
      noteKeys(of: number)
      numbers.append(number)
      english.append(words.englishIDs[Int(number)])
      indonesian.append(words.indonesianIDs[Int(number)])
      positions.append(Int32(positions.count))
    }

    /// Numbers the keys of a word met for the first time (words are numbered in the order met).
    @inline(__always)
    mutating func noteKeys(of number: Int32) {
      guard Int(number) == wordKeys.count else { return }
      let word = words.word(number)
      wordKeys.append(
        word.isWord
          ? (key("en:" + word.english), key("id:" + word.indonesian))
          : (key("t:" + word.english), -1))
    }

    mutating func add(_ text: String, field: Field, experience: Int32) {
      numbers.removeAll(keepingCapacity: true)
      english.removeAll(keepingCapacity: true)
      indonesian.removeAll(keepingCapacity: true)
      positions.removeAll(keepingCapacity: true)
      ranges.removeAll(keepingCapacity: true)
      matches.removeAll(keepingCapacity: true)
      // A local copy: passed from `self`, which the loop changes, it would be retained per token.
      let vocabulary = vocabulary
      var text = text
      text.makeContiguousUTF8()
      // ASCII, most text, is read in place and no token is made a string.
      let read = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
        guard Tokenizer.isASCII(bytes) else { return false }
        // The ranges first, then their words: the tokeniser's closure touches one local array.
        var found = ranges
        ranges = []
        Tokenizer.forEachToken(inASCII: bytes) { found.append($0) }
        // Each token's word, then the per-token tables in one pass each (appending to four tables
        // token by token cost 150 instructions a token).
        for range in found {
          let number = words.number(ofASCII: bytes, range, vocabulary: vocabulary)
          noteKeys(of: number)
          numbers.append(number)
        }
        english = Self.gather(words.englishIDs, at: numbers)
        indonesian = Self.gather(words.indonesianIDs, at: numbers)
        positions = Array(0..<Int32(numbers.count))
        ranges = found
        if field == .skills { separateSkills { bytes[$0] == UInt8(ascii: ";") } }
        vocabulary.matches(
          english: english, indonesian: indonesian, all: true, respectingCase: true,
          isSpelled: { position, spelling in
            var spelling = spelling
            return spelling.withUTF8 { $0.elementsEqual(bytes[ranges[position]]) }
          }, into: &matches)
        return true
      }
      if read != true {
        let tokens = Tokenizer.tokens(in: text)
        for token in tokens {
          append(words.number(of: token, vocabulary: vocabulary))
          ranges.append(token.start..<token.end)
        }
        if field == .skills {
          let scalars = Array(text.unicodeScalars)
          separateSkills { scalars[$0] == ";" }
        }
        vocabulary.matches(
          tokens: tokens, english: english, indonesian: indonesian, all: true, respectingCase: true, into: &matches)
      }
      let code = field.code
      for (index, number) in numbers.enumerated() {
        let (first, second) = wordKeys[Int(number)]
        guard first >= 0 || second >= 0 else { continue }
        let at = Occurrence(experience: experience, field: code, start: positions[index], end: positions[index] + 1)
        if first >= 0 { self.index.lists[Int(first)].append(at) }
        if second >= 0 { self.index.lists[Int(second)].append(at) }
      }
      for match in matches {
        var unitKey = unitKeys[Int(match.unitID)]
        if unitKey == -1 {
          unitKey = key(match.unit)
          unitKeys[Int(match.unitID)] = unitKey < 0 ? -2 : unitKey
        }
        guard unitKey >= 0 else { continue }
        let at = Occurrence(
          experience: experience, field: code, start: positions[match.start], end: positions[match.end - 1] + 1)
        self.index.lists[Int(unitKey)].append(at)
      }
    }

    /// Moves the tokens after each skill's ";" one position further, so that no phrase spans two
    /// skills; `isSemicolon(offset)` reads the text's scalar at `offset`.
    mutating func separateSkills(_ isSemicolon: (Int) -> Bool) {
      var gap: Int32 = 0
      for index in ranges.indices.dropFirst() {
        if (ranges[index - 1].upperBound..<ranges[index].lowerBound).contains(where: isSemicolon) { gap += 1 }
        positions[index] = Int32(index) + gap
      }
    }
  }

  /// Every span that matches the whole query, in index order.
  func occurrences(of query: TermQuery) -> [Occurrence] {
    occurrences(of: query) { list($0) }
  }

  private func occurrences(of query: TermQuery, lookup: ([String]) -> [Occurrence]) -> [Occurrence] {
    guard let first = query.first else { return [] }
    var current = lookup(first)
    struct Place: Hashable {
      var experience: Int32
      var field: Int32
      var start: Int32
    }
    for alternatives in query.dropFirst() {
      guard !current.isEmpty else { return [] }
      var ends: [Place: [Int32]] = [:]
      for next in lookup(alternatives) {
        ends[Place(experience: next.experience, field: next.field, start: next.start), default: []].append(next.end)
      }
      current = current.flatMap { span in
        (ends[Place(experience: span.experience, field: span.field, start: span.end)] ?? []).map {
          Occurrence(experience: span.experience, field: span.field, start: span.start, end: $0)
        }
      }
    }
    return current
  }

  /// The occurrences of any of these keys, key after key, without repeats.
  private func list(_ alternatives: [String]) -> [Occurrence] {
    if alternatives.count == 1 { return keys[alternatives[0]].map { lists[Int($0)] } ?? [] }
    var seen: Set<Occurrence> = []
    return alternatives.flatMap { key in keys[key].map { lists[Int($0)] } ?? [] }.filter { seen.insert($0).inserted }
  }
}
