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
  }

  /// A known term found in a text, over the tokens `start..<end`.
  struct Match: Sendable, Hashable {
    var unit: String
    var start: Int
    var end: Int
    var exact: Bool
  }

  /// First key → entries starting with it, longest first; English and Indonesian stems.
  private var english: [String: [Entry]] = [:]
  private var indonesian: [String: [Entry]] = [:]
  /// Unit → the name to show: the person's spelling first, else the built-in one.
  private(set) var names: [String: String] = [:]

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
    for group in groups {
      var groupNodes: [String] = []
      for text in group {
        let tokens = Tokenizer.tokens(in: text)
        guard !tokens.isEmpty else { continue }
        let en = tokens.map { Self.key($0, .en) }
        let id = tokens.map { Self.key($0, .id) }
        let node = en.joined(separator: " ")
        if parent[node] == nil { parent[node] = node }
        groupNodes.append(node)
        spellings.append((text, node, en, id, tokens))
      }
      for node in groupNodes.dropFirst() { union(groupNodes[0], node) }
    }

    var seen: Set<String> = []
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
  }

  /// The matching key of a token in a language: its stem for a plain word, else the folded token.
  static func key(_ token: Token, _ language: Language) -> String {
    token.isWord ? Stemmer.stem(token.folded, language: language) : token.folded
  }

  /// Known terms in `text`. With `all`, every term at every position (for the index, so that
  /// "stakeholder communication" also yields "communication"); else the longest at each position,
  /// left to right (for a posting's terms). With `respectingCase`, short or common-word names
  /// match only as spelled (the verb "go" is not the language Go).
  func matches(in text: AnalysedText, all: Bool, respectingCase: Bool) -> [Match] {
    var found: [Match] = []
    var position = 0
    let count = text.tokens.count
    while position < count {
      var best: Match?
      for (table, keys) in [(english, text.english), (indonesian, text.indonesian)] {
        for entry in table[keys[position]] ?? [] {
          let end = position + entry.keys.count
          guard end <= count, keys[position..<end].elementsEqual(entry.keys) else { continue }
          let exact = entry.exactSpelling.map { text.tokens[position].surface == $0 } ?? false
          if respectingCase, entry.exactSpelling != nil, !exact { continue }
          let match = Match(unit: entry.unit, start: position, end: end, exact: exact)
          if all {
            found.append(match)
          } else if best.map({ $0.end < end }) ?? true {
            best = match
          }
        }
      }
      if let best {
        found.append(best)
        position = best.end
      } else {
        position += 1
      }
    }
    if all {
      var unique: Set<Match> = []
      found = found.filter { unique.insert(Match(unit: $0.unit, start: $0.start, end: $0.end, exact: false)).inserted }
    }
    return found
  }
}

/// A text split into tokens, with each token's English and Indonesian key.
struct AnalysedText: Sendable {
  var tokens: [Token]
  var english: [String]
  var indonesian: [String]

  init(_ text: String, stems: inout StemCache) {
    tokens = Tokenizer.tokens(in: text)
    english = tokens.map { stems.key($0, .en) }
    indonesian = tokens.map { stems.key($0, .id) }
  }
}

/// Stems already computed: an experience collection repeats its words.
struct StemCache {
  private var english: [String: String] = [:]
  private var indonesian: [String: String] = [:]

  mutating func key(_ token: Token, _ language: Language) -> String {
    guard token.isWord else { return token.folded }
    switch language {
    case .en:
      if let stem = english[token.folded] { return stem }
      let stem = EnglishStemmer.stem(token.folded)
      english[token.folded] = stem
      return stem
    case .id:
      if let stem = indonesian[token.folded] { return stem }
      let stem = IndonesianStemmer.stem(token.folded)
      indonesian[token.folded] = stem
      return stem
    }
  }
}
