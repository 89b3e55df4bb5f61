/// A term of a posting: as the posting spells it, and what it looks for in experiences.
struct Term: Sendable, Hashable {
  /// The posting's own spelling, for the report and the CV's skills line.
  let display: String
  let query: TermQuery
  /// Two spellings with the same identity are one term: "JS" and "JavaScript", "A/B tests" and
  /// "A/B testing". Made once: every skills line compares the identities of dozens of skills.
  let identity: String

  init(display: String, query: TermQuery) {
    self.display = display
    self.query = query
    identity = query.map { $0.sorted().joined(separator: "|") }.joined(separator: " ")
  }
}

/// Finds a posting's terms: its explicit keywords as written, and the known skills and
/// technical tokens in its text, without stop words.
struct TermExtractor: Sendable {
  var vocabulary: Vocabulary

  /// A keyword or must-have as the person wrote it; nil when it has no word at all.
  func term(_ text: String, language: Language) -> Term? {
    var words = WordCache()
    return term(text, language: language, words: &words)
  }

  /// The same, with the words (their stems and keys) of `words`, which texts read one after the
  /// other share: a posting's keywords and text, and the postings a worker reads, repeat most words.
  func term(_ text: String, language: Language, words: inout WordCache) -> Term? {
    let analysed = AnalysedText(text, vocabulary: vocabulary, words: &words)
    guard !analysed.tokens.isEmpty else { return nil }
    let matches = vocabulary.matches(in: analysed, all: false, respectingCase: false)
    var query: TermQuery = []
    var position = 0
    var next = matches.makeIterator()
    var match = next.next()
    while position < analysed.tokens.count {
      if let known = match, known.start == position {
        query.append([known.unit])
        position = known.end
        match = next.next()
        continue
      }
      if let known = match, known.start < position {
        match = next.next()
        continue
      }
      query.append(Self.wordKeys(analysed, at: position, language: language))
      position += 1
    }
    let display = text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    return Term(display: display, query: query)
  }

  /// The known skills and technical tokens of a posting's text, in the order they first appear.
  func terms(in text: String, language: Language) -> [Term] {
    var words = WordCache()
    return terms(in: text, language: language, words: &words)
  }

  func terms(in text: String, language: Language, words: inout WordCache) -> [Term] {
    let analysed = AnalysedText(text, vocabulary: vocabulary, words: &words)
    let scalars = Array(text.unicodeScalars)
    var found: [(position: Int, term: Term)] = []
    var covered = Set<Int>()
    for match in vocabulary.matches(in: analysed, all: false, respectingCase: true) {
      covered.formUnion(match.start..<match.end)
      if match.end - match.start == 1, !match.exact, StopWords.isStopWord(analysed.tokens[match.start].folded) {
        continue
      }
      let display = Tokenizer.span(analysed.tokens[match.start..<match.end], in: scalars)
      found.append((match.start, Term(display: display, query: [[match.unit]])))
    }
    for (position, token) in analysed.tokens.enumerated() where !covered.contains(position) {
      if Self.looksTechnical(token) {
        found.append((position, Term(display: token.surface, query: [["t:" + token.folded]])))
      }
    }
    // Known terms and technical tokens come from two passes: back into text order.
    return found.sorted { $0.position < $1.position }.map(\.term)
  }

  /// The keys a plain word may match: in an Indonesian posting, English loanwords are common,
  /// so a word may match by either language's stem.
  static func wordKeys(_ text: AnalysedText, at position: Int, language: Language) -> [String] {
    let token = text.tokens[position]
    guard token.isWord else { return ["t:" + token.folded] }
    switch language {
    case .en: return ["en:" + text.english[position]]
    case .id: return ["id:" + text.indonesian[position], "en:" + text.english[position]]
    }
  }

  /// A token no plain tokeniser keeps whole, and not a number: C++, F#, .NET, Vue.js, CI/CD.
  static func looksTechnical(_ token: Token) -> Bool {
    // Letters only, most tokens: no plus, hash, dot, slash or ampersand.
    guard !token.isWord else { return false }
    let text = token.folded
    guard text.contains(where: \.isLetter) else { return false }
    if text.hasSuffix("++") || text.hasSuffix("#") || text.hasPrefix(".") || text.hasSuffix(".js") { return true }
    if text.contains("/") || text.contains("&") {
      return token.surface == token.surface.uppercased()
    }
    return false
  }
}
