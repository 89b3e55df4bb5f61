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

  /// Every key with its occurrences.
  var postings: [String: [Occurrence]] {
    keys.reduce(into: [:]) { postings, key in postings[key.key] = lists[Int(key.value)] }
  }

  /// Analysing the texts is most of the index's cost and each experience is independent: the site is
  /// cut into slices analysed on every core, then joined in order, so the postings stay sorted by
  /// experience exactly as a single pass would leave them.
  init(experiences: [Experience], vocabulary: Vocabulary, slices: Int? = nil) {
    // Twice as many slices as cores, to even out their lengths: every slice more is one more index
    // to merge, one after the other, at the end.
    let slices = slices ?? min(2 * ProcessInfo.processInfo.activeProcessorCount, 16, experiences.count / 128)
    guard slices > 1 else {
      self.init(experiences: experiences, range: experiences.indices, vocabulary: vocabulary)
      return
    }
    var parts = [TermIndex](repeating: TermIndex(), count: slices)
    parts.withUnsafeMutableBufferPointer { buffer in
      nonisolated(unsafe) let buffer = buffer
      DispatchQueue.concurrentPerform(iterations: slices) { slice in
        let range = (experiences.count * slice / slices)..<(experiences.count * (slice + 1) / slices)
        buffer[slice] = TermIndex(experiences: experiences, range: range, vocabulary: vocabulary)
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

  private init(experiences: [Experience], range: Range<Int>, vocabulary: Vocabulary) {
    var builder = Builder(vocabulary: vocabulary)
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
    var index = TermIndex()
    var words = WordCache()
    /// Per word number: its keys' numbers in the index, `en:` and `id:` for a plain word, `t:`
    /// and -1 for a technical token.
    var wordKeys: [(Int32, Int32)] = []
    /// Per unit of the vocabulary: its key's number in the index, -1 until it is found.
    var unitKeys: [Int32]
    // Buffers reused from text to text.
    var numbers: [Int32] = []
    var english: [Int32] = []
    var indonesian: [Int32] = []
    var positions: [Int32] = []
    var matches: [Vocabulary.Match] = []

    init(vocabulary: Vocabulary) {
      self.vocabulary = vocabulary
      unitKeys = Array(repeating: -1, count: vocabulary.units.count)
    }

    mutating func key(_ key: String) -> Int32 {
      if let number = index.keys[key] { return number }
      let number = Int32(index.lists.count)
      index.keys[key] = number
      index.lists.append([])
      return number
    }

    mutating func add(_ text: String, field: Field, experience: Int32) {
      let tokens = Tokenizer.tokens(in: text)
      numbers.removeAll(keepingCapacity: true)
      english.removeAll(keepingCapacity: true)
      indonesian.removeAll(keepingCapacity: true)
      positions.removeAll(keepingCapacity: true)
      for token in tokens {
        let number = words.number(of: token, vocabulary: vocabulary)
        let word = words.word(number)
        if Int(number) == wordKeys.count {
          wordKeys.append(
            word.isWord ? (key("en:" + word.english), key("id:" + word.indonesian)) : (key("t:" + token.folded), -1))
        }
        numbers.append(number)
        english.append(word.englishID)
        indonesian.append(word.indonesianID)
        positions.append(Int32(positions.count))
      }
      // Tokens that sat on both sides of a ";" must not look adjacent.
      if field == .skills {
        var gap: Int32 = 0
        var previousEnd = -1
        let scalars = Array(text.unicodeScalars)
        for (index, token) in tokens.enumerated() {
          if previousEnd >= 0, scalars[previousEnd..<token.start].contains(";") { gap += 1 }
          positions[index] = Int32(index) + gap
          previousEnd = token.end
        }
      }
      let code = field.code
      for (index, number) in numbers.enumerated() {
        let at = Occurrence(experience: experience, field: code, start: positions[index], end: positions[index] + 1)
        let (first, second) = wordKeys[Int(number)]
        self.index.lists[Int(first)].append(at)
        if second >= 0 { self.index.lists[Int(second)].append(at) }
      }
      matches.removeAll(keepingCapacity: true)
      vocabulary.matches(
        tokens: tokens, english: english, indonesian: indonesian, all: true, respectingCase: true, into: &matches)
      for match in matches {
        var unitKey = unitKeys[Int(match.unitID)]
        if unitKey < 0 {
          unitKey = key(match.unit)
          unitKeys[Int(match.unitID)] = unitKey
        }
        let at = Occurrence(
          experience: experience, field: code, start: positions[match.start], end: positions[match.end - 1] + 1)
        self.index.lists[Int(unitKey)].append(at)
      }
    }
  }

  /// Every span that matches the whole query, in index order.
  func occurrences(of query: TermQuery) -> [Occurrence] {
    occurrences(of: query) { list($0) }
  }

  /// The spans that match the whole query in these experiences (sorted ascending).
  func occurrences(of query: TermQuery, within experiences: [Int32]) -> [Occurrence] {
    occurrences(of: query) { alternatives in
      var found: [Occurrence] = []
      for key in alternatives {
        guard let number = keys[key] else { continue }
        let all = lists[Int(number)]
        for experience in experiences {
          var low = 0
          var high = all.count
          while low < high {
            let middle = (low + high) / 2
            if all[middle].experience < experience { low = middle + 1 } else { high = middle }
          }
          while low < all.count, all[low].experience == experience {
            found.append(all[low])
            low += 1
          }
        }
      }
      guard alternatives.count > 1 else { return found }
      var seen: Set<Occurrence> = []
      return found.filter { seen.insert($0).inserted }
    }
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
