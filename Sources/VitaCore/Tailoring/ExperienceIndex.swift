import Foundation

/// Every experience's text, indexed once per build: relevance is BM25F over it, and evidence is
/// looked up in it. Units are a word's stems (≥ 0) and the vocabulary's concepts (−1 − concept).
/// `reflection` is never read.
struct ExperienceIndex: Sendable {
  /// The parts of an experience that are read, and how much a word there counts: what a CV
  /// shows (title, skills, highlights) counts most, the organisation's name least.
  enum Field: Int, Sendable, CaseIterable {
    case title, organization, skills, highlight, body, story

    var weight: Double {
      switch self {
      case .title, .skills: 1.5
      case .highlight: 1.25
      case .body, .story: 1
      case .organization: 0.5
      }
    }

    /// A term found here proves the experience has it; the organisation's name proves nothing
    /// (an employer called Zendesk Indonesia is no Zendesk skill), except the issuer of a course,
    /// a bootcamp or a certification, which names the certificate: a course held by "BBIB
    /// Singosari" proves "sertifikat pelatihan inseminator (BBIB Singosari)". A name the posting
    /// wrote is proven by the employer's that holds it (`read`): a place of work it asks for.
    func proves(in kind: Kind) -> Bool { self != .organization || ExperienceIndex.namesItsIssuer(kind) }
  }

  /// How much a word counts in an experience of a kind: what was learnt (a degree, a course, a
  /// bootcamp, a certification) names everything its syllabus covered, what was done shows it used,
  /// so a recruiter reads the same words in practice first.
  static func weight(of kind: Kind) -> Double {
    switch kind {
    case .education, .course, .bootcamp, .certification: 0.8
    default: 1
    }
  }

  /// Whether the clause a credential stands in, with its remark in brackets, says it is not held
  /// yet (cue `pending`): "sambil menunggu STR terbit", "CPIM Part 1 (in progress)". Such an entry
  /// does not prove it. Up to `pendingReach` words either side are read, so that a long clause
  /// of names is read once, not once a name.
  static func isPending(_ match: Vocabulary.Match, in text: AnalysedText, scalars: [Unicode.Scalar]) -> Bool {
    func endsClause(_ index: Int) -> Bool {
      text.breakBefore[index]
        && !Tokenizer.between(text.tokens[index - 1], text.tokens[index], in: scalars).allSatisfy { "() ".contains($0) }
    }
    var start = match.start
    while start > 0, match.start - start < pendingReach, !endsClause(start) { start -= 1 }
    var end = match.end
    while end < text.count, end - match.end < pendingReach, !endsClause(end) { end += 1 }
    let words = text.tokens[start..<end].map(\.folded)
    return pendingCues.contains { PostingReader.contains(words, $0) }
  }
  static let pendingReach = 8
  /// The phrases of the cue `pending`, read once.
  static let pendingCues = TailoringData.builtIn.cues[.pending] ?? []

  /// Whether an entry of this kind is a certificate of its organisation, the issuer.
  static func namesItsIssuer(_ kind: Kind) -> Bool { [.course, .bootcamp, .certification].contains(kind) }

  /// BM25's term-frequency saturation and length normalisation (the usual values).
  static let k1 = 1.2
  static let b = 0.75

  struct Document: Sendable {
    /// Tokens in all fields.
    var length: Double
    /// Every unit in a field that proves, sorted.
    var proof: [Int32]
    /// The units of `proof` that only the employer's name holds, sorted: the place of work, which
    /// proves no credential ("a certificate recognised by SEDA" is not a job at SEDA).
    var workplace: [Int32] = []
    /// Each highlight's units, sorted.
    var highlights: [[Int32]]
    /// The title field's units, sorted: what the experience was ("Warehouse Volunteer").
    var title: [Int32]
    /// For an education entry whose `score` is a grade point average: its value on a scale of 4.
    var gradePoint: Double?

    /// Whether the title holds every one of `words`, each given as its keys, in any order.
    func titleHolds(all words: [[Int32]]) -> Bool {
      words.allSatisfy { keys in keys.contains(where: title.containsSorted) }
    }
  }

  private(set) var documents: [Document] = []
  /// Unit → the documents holding it, ascending, with its field-weighted frequency there.
  private(set) var postings: [Int32: [(document: Int32, frequency: Double)]] = [:]
  private(set) var averageLength: Double = 1

  init(experiences: [Experience], vocabulary: Vocabulary, keyTable: KeyTable) {
    let read = Parallel.map(experiences.count, state: { TextReader(keyTable: keyTable) }) { reader, number in
      Self.read(experiences[number], vocabulary: vocabulary, reader: &reader)
    }
    var total = 0.0
    for (number, (document, frequencies)) in read.enumerated() {
      documents.append(document)
      total += document.length
      for (unit, frequency) in frequencies {
        postings[unit, default: []].append((Int32(number), frequency))
      }
    }
    averageLength = experiences.isEmpty ? 1 : max(1, total / Double(experiences.count))
  }

  /// One experience's document and the field-weighted frequency of each of its units.
  private static func read(_ experience: Experience, vocabulary: Vocabulary, reader: inout TextReader)
    -> (Document, [Int32: Double])
  {
    var frequencies: [Int32: Double] = [:]
    var proof = Set<Int32>()
    var workplace = Set<Int32>()
    var length = 0.0
    var highlights: [[Int32]] = []
    let factor = Self.weight(of: experience.kind)
    func add(_ text: String, _ field: Field, ignoringCase: Bool = false) -> Set<Int32> {
      var analysed = reader.read(text)
      if field == .title { Self.addActivities(to: &analysed, reader: &reader) }
      var units = Set<Int32>()
      for keys in analysed.keys {
        for key in keys {
          frequencies[key, default: 0] += field.weight * factor
          units.insert(key)
        }
      }
      if field.proves(in: experience.kind) {
        let matches = vocabulary.matches(in: analysed, all: true, ignoringCase: ignoringCase)
        lazy var scalars = Array(text.unicodeScalars)
        for match in matches
        where !isWordOfALongerName(match, among: matches, in: analysed, vocabulary: vocabulary)
          && !(vocabulary.kind(of: match.concept) == .credential
            && Self.isPending(match, in: analysed, scalars: scalars))
        {
          frequencies[-1 - match.concept, default: 0] += field.weight * factor
          units.insert(-1 - match.concept)
        }
        proof.formUnion(units)
      } else if field == .organization {
        // A place of work a posting names ("pengalaman di Kantor Pertanahan") is proven by working
        // there: a name the posting wrote, held by the organisation's.
        for match in vocabulary.matches(in: analysed, all: true) where vocabulary.origin(of: match.concept) == .posting
        {
          frequencies[-1 - match.concept, default: 0] += field.weight * factor
          workplace.insert(-1 - match.concept)
        }
      }
      length += Double(analysed.count)
      return units
    }
    let titleUnits = add(title(of: experience), .title).sorted()
    if let organization = experience.organization { _ = add(organization, .organization) }
    for skill in experience.skills { _ = add(skill, .skills, ignoringCase: true) }
    for highlight in experience.highlights {
      highlights.append(add(HighlightRules.plainText(highlight.text), .highlight).sorted())
    }
    _ = add(HighlightRules.plainText(experience.body), .body)
    if let story = story(of: experience) { _ = add(story, .story) }
    // A grade point average proves the GPA a posting asks for ("IPK min. 3,00"), up to the
    // minimum it names; it is no reason to rank the entry higher: every degree has one. It is
    // listed with no weight, so that `documents(proving:)` finds it. A score is one when it reads
    // as one ("3,61/4,00") or names it ("IPK 3,61", "CGPA 3.8": a spelling of the vocabulary's).
    var gradePoint: Double?
    if let score = experience.score, let average = vocabulary.gradePointAverage.map(vocabulary.concept) {
      let named = vocabulary.matches(in: reader.read(score), all: true, ignoringCase: true).contains {
        vocabulary.concept($0.concept) == average
      }
      if EducationScore(score) == .gradePointAverage || named, let value = EducationScore.gradePoint(score) {
        gradePoint = value
        proof.insert(-1 - average)
        frequencies[-1 - average, default: 0] += 0
      }
    }
    let document = Document(
      length: length, proof: proof.union(workplace).sorted(), workplace: workplace.subtracting(proof).sorted(),
      highlights: highlights, title: titleUnits, gradePoint: gradePoint)
    return (document, frequencies)
  }

  /// Whether a find is an abbreviation the posting defined, standing inside a longer name the
  /// vocabulary knows: the "ITP" of "TOEFL ITP" is the test's, no "Inspection Test Plan (ITP)".
  static func isWordOfALongerName(
    _ match: Vocabulary.Match, among matches: [Vocabulary.Match], in text: AnalysedText, vocabulary: Vocabulary
  ) -> Bool {
    guard match.end - match.start == 1, vocabulary.origin(of: match.concept) == .posting,
      Vocabulary.isAcronym(text.tokens[match.start].surface),
      matches.contains(where: { other in
        other.concept != match.concept && other.end - other.start > 1 && other.start <= match.start
          && other.end >= match.end
      })
    else { return false }
    return vocabulary.isSpelledOut(match.concept)
  }

  /// A title's person is matched by their work too (data/language/agent-nouns.tsv): "Data
  /// Analyst" proves data analysis.
  static func addActivities(to text: inout AnalysedText, reader: inout TextReader) {
    let agents = TailoringData.builtIn.agentNouns
    for (position, token) in text.tokens.enumerated() {
      guard let activity = agents[token.folded] else { continue }
      let keys = text.keys[position].all + reader.keys(of: activity, isWord: true).all
      var unique: [Int32] = []
      for key in keys where !unique.contains(key) { unique.append(key) }
      text.keys[position] = WordKeys(Array(unique.prefix(4)))
    }
  }

  /// The title field: the title, and for education the degree and area.
  static func title(of experience: Experience) -> String {
    [experience.title, experience.degree, experience.area].compactMap { $0 }.joined(separator: "\n")
  }

  static func story(of experience: Experience) -> String? {
    experience.star.map { [$0.situation, $0.task, $0.action, $0.result].joined(separator: "\n") }
  }

  /// The texts of the fields that prove, one by one: all but the organisation, unless it issued
  /// the certificate.
  static func provingTexts(of experience: Experience) -> [String] {
    let issuer = namesItsIssuer(experience.kind) ? [experience.organization].compactMap { $0 } : []
    return [title(of: experience)] + issuer + experience.skills
      + experience.highlights.map { HighlightRules.plainText($0.text) }
      + [HighlightRules.plainText(experience.body)] + [story(of: experience)].compactMap { $0 }
  }

  /// How rare a unit is among the experiences: Lucene's BM25 idf, never negative.
  func idf(_ unit: Int32) -> Double {
    let count = Double(documents.count)
    let frequency = Double(postings[unit]?.count ?? 0)
    return log(1 + (count - frequency + 0.5) / (frequency + 0.5))
  }

  /// What one find of a unit adds, for a field-weighted frequency in a document.
  func saturated(_ frequency: Double, in document: Int) -> Double {
    let norm = Self.k1 * (1 - Self.b + Self.b * documents[document].length / averageLength)
    return frequency * (Self.k1 + 1) / (frequency + norm)
  }

  /// BM25F of every document for `query`: for each term, the best of its units, times its weight.
  func scores(for query: [QueryTerm]) -> [Double] {
    var scores = [Double](repeating: 0, count: documents.count)
    for term in query {
      if term.units.count == 1 {
        let unit = term.units[0]
        let idf = idf(unit)
        for (document, frequency) in postings[unit] ?? [] {
          scores[Int(document)] += term.weight * idf * saturated(frequency, in: Int(document))
        }
        continue
      }
      var best: [Int32: Double] = [:]
      for unit in term.units {
        let idf = idf(unit)
        for (document, frequency) in postings[unit] ?? [] {
          best[document] = max(best[document] ?? 0, idf * saturated(frequency, in: Int(document)))
        }
      }
      for (document, value) in best { scores[Int(document)] += term.weight * value }
    }
    return scores
  }

  /// What each query term adds to one document's score, largest first: `--explain`.
  func contributions(of document: Int, for query: [QueryTerm]) -> [(term: QueryTerm, value: Double)] {
    query.compactMap { term -> (QueryTerm, Double)? in
      let value =
        term.units.map { unit -> Double in
          guard let found = postings[unit]?.first(where: { $0.document == Int32(document) }) else { return 0 }
          return idf(unit) * saturated(found.frequency, in: document)
        }.max() ?? 0
      return value > 0 ? (term, term.weight * value) : nil
    }.sorted { $0.1 > $1.1 }
  }

  /// The documents a unit proves, ascending.
  func documents(proving unit: Int32) -> [Int] {
    (postings[unit] ?? []).map { Int($0.document) }.filter { documents[$0].proof.containsSorted(unit) }
  }

  /// Whether a document proves a unit.
  func proves(_ document: Int, _ unit: Int32) -> Bool { documents[document].proof.containsSorted(unit) }

  /// Whether a document proves a unit only by its employer's name.
  func provesOnlyAsWorkplace(_ document: Int, _ unit: Int32) -> Bool {
    documents[document].workplace.containsSorted(unit)
  }
}

extension Array where Element == Int32 {
  /// Binary search in an ascending array.
  func containsSorted(_ value: Int32) -> Bool {
    var low = 0
    var high = count
    while low < high {
      let middle = (low + high) / 2
      if self[middle] < value { low = middle + 1 } else { high = middle }
    }
    return low < count && self[low] == value
  }
}
