import Dispatch

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
struct TermIndex: Sendable {
  private(set) var postings: [String: [Occurrence]] = [:]

  /// Analysing the texts is most of the index's cost and each experience is independent: the site is
  /// cut into slices analysed on every core, then joined in order, so the postings stay sorted by
  /// experience exactly as a single pass would leave them.
  init(experiences: [Experience], vocabulary: Vocabulary, slices: Int? = nil) {
    let slices = slices ?? min(16, experiences.count / 128)
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
    var joined = parts[0].postings
    for part in parts.dropFirst() {
      for (unit, occurrences) in part.postings {
        joined[unit, default: []].append(contentsOf: occurrences)
      }
    }
    self.init(postings: joined)
  }

  private init(postings: [String: [Occurrence]]) {
    self.postings = postings
  }

  private init() {}

  private init(experiences: [Experience], range: Range<Int>, vocabulary: Vocabulary) {
    var stems = StemCache()
    for number in range {
      let experience = experiences[number]
      let id = Int32(number)
      add(experience.title, field: .title, experience: id, vocabulary: vocabulary, stems: &stems)
      if let organization = experience.organization {
        add(organization, field: .organization, experience: id, vocabulary: vocabulary, stems: &stems)
      }
      // Skills as separate phrases: a gap keeps a phrase from spanning two of them.
      add(
        experience.skills.joined(separator: " ; "), field: .skills, experience: id, vocabulary: vocabulary,
        stems: &stems)
      for (index, highlight) in experience.highlights.enumerated() {
        add(highlight.text, field: .highlight(index), experience: id, vocabulary: vocabulary, stems: &stems)
      }
      add(experience.body, field: .body, experience: id, vocabulary: vocabulary, stems: &stems)
      if let star = experience.star {
        let story = [star.situation, star.task, star.action, star.result].joined(separator: "\n")
        add(story, field: .story, experience: id, vocabulary: vocabulary, stems: &stems)
      }
    }
  }

  private mutating func add(
    _ text: String, field: Field, experience: Int32, vocabulary: Vocabulary, stems: inout StemCache
  ) {
    let analysed = AnalysedText(text, stems: &stems)
    var positions = analysed.tokens.indices.map { $0 }
    // Tokens that sat on both sides of a ";" must not look adjacent.
    if field == .skills {
      var gap = 0
      var previousEnd = -1
      let scalars = Array(text.unicodeScalars)
      for (index, token) in analysed.tokens.enumerated() {
        if previousEnd >= 0, scalars[previousEnd..<token.start].contains(";") { gap += 1 }
        positions[index] = index + gap
        previousEnd = token.end
      }
    }
    let code = field.code
    for (index, token) in analysed.tokens.enumerated() {
      let at = Occurrence(
        experience: experience, field: code, start: Int32(positions[index]), end: Int32(positions[index] + 1))
      if token.isWord {
        postings["en:" + analysed.english[index], default: []].append(at)
        postings["id:" + analysed.indonesian[index], default: []].append(at)
      } else {
        postings["t:" + token.folded, default: []].append(at)
      }
    }
    for match in vocabulary.matches(in: analysed, all: true, respectingCase: true) {
      let at = Occurrence(
        experience: experience, field: code, start: Int32(positions[match.start]),
        end: Int32(positions[match.end - 1] + 1))
      postings[match.unit, default: []].append(at)
    }
  }

  /// Every span that matches the whole query, in index order.
  func occurrences(of query: TermQuery) -> [Occurrence] {
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

  private func lookup(_ alternatives: [String]) -> [Occurrence] {
    if alternatives.count == 1 { return postings[alternatives[0]] ?? [] }
    var seen: Set<Occurrence> = []
    return alternatives.flatMap { postings[$0] ?? [] }.filter { seen.insert($0).inserted }
  }
}
