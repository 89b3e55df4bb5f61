import Foundation

/// The tables tailoring reads, parsed once from the data files under `data/` (data/README.md):
/// the built-in vocabulary, the word lists and the words that name a posting's parts.
///
/// A line that does not parse is skipped here; `DataFileTests` fails on it, so that none ships.
struct TailoringData: Sendable {
  /// One line of a vocabulary file: a concept and its spellings, the usual one first.
  struct VocabularyLine: Sendable {
    var kind: Requirement.Kind
    var spellings: [String]
    /// A field of study (kind `field`): a skill for proof and relevance, never on the skills line.
    var isFieldOfStudy = false
    /// Where it is written, for the data tests' messages: `vocabulary/support.tsv:12`.
    var place: String
  }

  var vocabulary: [VocabularyLine] = []
  /// Folded words too common to be a term, in English and Indonesian.
  var stopWords: Set<String> = []
  /// Folded ordinary words: a capitalised one is not a product's name.
  var commonWords: Set<String> = []
  /// Folded ordinary Filipino words ("hindi", not): lower case, one is no language's name.
  var filipinoWords: Set<String> = []
  /// Folded words that, after a language's name, say the language is used ("English proficiency");
  /// after any other word the name is an adjective ("Korean vehicles").
  var languageUseWords: Set<String> = []
  /// Folded names of places: never a product's name.
  var places: Set<String> = []
  /// Folded words a single capital letter after them labels ("Grade C", "vitamin C").
  var letterLabels: Set<String> = []
  /// Folded words and abbreviations that are never a requirement: company forms, job-ad shorthand.
  var notTerms: Set<String> = []
  /// Words every job ad uses about itself ("company", "pengalaman"): relevance does not rank by them.
  var adWords: Set<String> = []
  /// Verbs that say how any work is done, not which (data/posting/work-verbs.txt).
  var workVerbs: Set<String> = []
  /// How ads cite a regulation by number (data/posting/regulations.tsv): the words that open a
  /// citation ("PP", "Permenkes"), the words before its number ("No.", "Nomor") and before its
  /// year ("Tahun").
  var regulationTypes: Set<String> = []
  var numberWords: Set<String> = []
  var yearWords: Set<String> = []
  /// A job board's buttons and links, copied with an ad ("show more", "laporkan lowongan ini"):
  /// folded words joined by a space.
  var boardLines: Set<String> = []
  /// A board's classifications of an ad (data/posting/board-classes.txt): folded words joined by
  /// a space.
  var boardClasses: Set<String> = []
  /// The beginnings of a board's lines that go on with the company's or the job's name ("get
  /// notified about new …"), each with a space at its end.
  var boardLinePrefixes: [String] = []
  /// Heading phrases, as folded words, and the part each names; the longest are tried first.
  var partPhrases: [(part: PostingPart, words: [String])] = []
  /// The same, by their first word.
  var partPhrasesByFirstWord: [String: [(part: PostingPart, words: [String])]] = [:]
  /// Cue phrases, as folded words, by what they say of a line.
  var cues: [PostingCue: [[String]]] = [:]
  /// The one-word phrases of each cue.
  var cueWords: [PostingCue: Set<String>] = [:]
  /// Education levels as postings name them: folded words and the level (1 school … 6 doctorate).
  var degreeSpellings: [(level: Int, words: [String], exact: [String]?)] = []
  /// Classes of an honours degree (1 first … 4 third), each with its folded spellings.
  var degreeClasses: [(rank: Int, spelling: String)] = []
  /// Families of fields of study: the folded words of a field's name, by its first word, the
  /// family, and whether the name is the whole family's ("social sciences", "ilmu sosial").
  var fieldFamilies: [String: [(family: Int, words: [String], namesFamily: Bool)]] = [:]
  /// English words the stemmer keeps whole.
  var englishWholeWords: Set<String> = []
  /// Indonesian words the stemmer keeps whole.
  var indonesianWholeWords: Set<String> = []
  /// British spellings and their American forms (language/spelling-variants.tsv), folded: the
  /// English stemmer reads colour as color, centre as center.
  var americanSpellings: [String: String] = [:]
  /// The person and the work they do (language/agent-nouns.tsv), folded: analyst → analysis.
  var agentNouns: [String: String] = [:]
  /// Words that name a person by the work they do: the cue `person-title` and the agent nouns.
  var personWords: Set<String> = []
  /// Those whose plural names people, not things: all but the cue `title-also-thing` ("leads").
  var pluralPersonWords: Set<String> = []
  /// Words that mean the same in English and Indonesian (language/translations.tsv): each line's
  /// folded English forms and Indonesian forms.
  var translations: [(english: [String], indonesian: [String])] = []
  /// Wholes and the parts that prove them (data/relations/suites.tsv): a spelling of the whole,
  /// and spellings of its parts.
  var suites: [(whole: String, parts: [String])] = []
  /// Spellings of the tools everyone uses (data/posting/everyday-tools.txt): never a gap.
  var everydayTools: [String] = []
  /// Spellings of the targets the work must keep (data/posting/targets.txt): no gap among the duties.
  var targets: [String] = []
  /// Lines that did not parse, with their place: for `DataFileTests`.
  var problems: [String] = []

  /// The tables of the data files compiled into Vita.
  static let builtIn = TailoringData(files: BuiltInData.files)

  init(files: [String: String]) {
    for name in files.keys.sorted() {
      guard let text = files[name] else { continue }
      if name.hasPrefix("vocabulary/") && name.hasSuffix(".tsv") {
        readVocabulary(text, file: name)
      }
    }
    let words = { (name: String) in Self.wordList(files[name] ?? "") }
    stopWords = StopWords.english.union(StopWords.indonesian)
    filipinoWords = Set(words("language/common-tl.txt"))
    languageUseWords = Set(words("language/language-use-words.txt"))
    commonWords = words("language/common-en.txt").union(words("language/common-id.txt")).union(filipinoWords)
    places = words("language/places.txt").union(words("language/places-geonames.txt"))
      .union(words("language/places-indonesia.txt"))
    notTerms = Set(words("posting/not-terms.txt"))
    letterLabels = Set(words("language/letter-labels.txt"))
    adWords = Set(words("posting/ad-words.txt"))
    workVerbs = Set(words("posting/work-verbs.txt"))
    let board = words("posting/board-lines.txt")
    boardLines = board.filter { !$0.hasSuffix(" …") }
    boardLinePrefixes = board.filter { $0.hasSuffix(" …") }.map { String($0.dropLast()) }.sorted()
    boardClasses = Set(
      Self.rows(files["posting/board-classes.txt"] ?? "").map { Self.foldedWords($0.fields[0]).joined(separator: " ") })
    englishWholeWords = words("language/english-whole-words.txt")
    indonesianWholeWords = words("language/indonesian-whole-words.txt")
    for (number, fields) in Self.rows(files["language/spelling-variants.tsv"] ?? "") {
      let words = fields.map(Tokenizer.fold)
      guard words.count == 2, words.allSatisfy({ !$0.isEmpty && Stemmer.isPlainWord($0) }) else {
        problems.append(
          "language/spelling-variants.tsv:\(number): expected a British spelling, a tab, and the American")
        continue
      }
      americanSpellings[words[0]] = words[1]
    }
    for (number, fields) in Self.rows(files["posting/parts.tsv"] ?? "") {
      guard fields.count == 2, let part = PostingPart(rawValue: fields[0]) else {
        problems.append("posting/parts.tsv:\(number): expected a part and its phrases")
        continue
      }
      for phrase in Self.spellings(fields[1]) { partPhrases.append((part, Self.foldedWords(phrase))) }
    }
    partPhrases.sort { $0.words.count > $1.words.count }
    for phrase in partPhrases where !phrase.words.isEmpty {
      partPhrasesByFirstWord[phrase.words[0], default: []].append(phrase)
    }
    for (number, fields) in Self.rows(files["posting/regulations.tsv"] ?? "") {
      let words = fields.count == 2 ? Set(Self.spellings(fields[1]).map(Tokenizer.fold)) : []
      switch fields.first {
      case "type" where !words.isEmpty: regulationTypes = words
      case "number" where !words.isEmpty: numberWords = words
      case "year" where !words.isEmpty: yearWords = words
      default: problems.append("posting/regulations.tsv:\(number): expected type, number or year, a tab, and words")
      }
    }
    for (number, fields) in Self.rows(files["posting/cues.tsv"] ?? "") {
      guard fields.count == 2, let cue = PostingCue(rawValue: fields[0]) else {
        problems.append("posting/cues.tsv:\(number): expected a cue and its phrases")
        continue
      }
      cues[cue, default: []] += Self.spellings(fields[1]).map(Self.foldedWords)
    }
    for (number, fields) in Self.rows(files["language/agent-nouns.tsv"] ?? "") {
      let words = fields.map(Tokenizer.fold)
      guard words.count == 2, words.allSatisfy({ !$0.isEmpty && Stemmer.isPlainWord($0) }) else {
        problems.append("language/agent-nouns.tsv:\(number): expected a person's word, a tab, and the activity's")
        continue
      }
      agentNouns[words[0]] = words[1]
    }
    for (cue, phrases) in cues { cueWords[cue] = Set(phrases.compactMap { $0.count == 1 ? $0[0] : nil }) }
    personWords = (cueWords[.personTitle] ?? []).union(agentNouns.keys)
    pluralPersonWords = personWords.subtracting(cueWords[.titleAlsoThing] ?? [])
    for (number, fields) in Self.rows(files["language/translations.tsv"] ?? "") {
      let forms = fields.map { Self.spellings($0).map(Tokenizer.fold) }
      guard forms.count == 2, !forms[0].isEmpty, !forms[1].isEmpty,
        forms.joined().allSatisfy({ !$0.isEmpty && Stemmer.isPlainWord($0) })
      else {
        problems.append("language/translations.tsv:\(number): expected English words, a tab, and Indonesian words")
        continue
      }
      translations.append((forms[0], forms[1]))
    }
    everydayTools = Self.rows(files["posting/everyday-tools.txt"] ?? "").map { $0.fields.joined(separator: " ") }
    targets = Self.rows(files["posting/targets.txt"] ?? "").map { $0.fields.joined(separator: " ") }
    for (number, fields) in Self.rows(files["relations/suites.tsv"] ?? "") {
      guard fields.count == 2, !fields[0].isEmpty, !Self.spellings(fields[1]).isEmpty else {
        problems.append("relations/suites.tsv:\(number): expected a whole and its parts")
        continue
      }
      suites.append((fields[0], Self.spellings(fields[1])))
    }
    for (number, fields) in Self.rows(files["posting/degrees.tsv"] ?? "") {
      guard fields.count == 2, let level = Int(fields[0]) else {
        problems.append("posting/degrees.tsv:\(number): expected a level and its spellings")
        continue
      }
      for spelling in Self.spellings(fields[1]) {
        // S1, D3, S-1: a letter and a digit are a level only as written.
        let exact =
          spelling.count <= 3 && spelling.contains(where: \.isNumber)
          ? Tokenizer.tokens(in: spelling).map(\.surface) : nil
        degreeSpellings.append((level, Self.foldedWords(spelling), exact))
      }
    }
    degreeSpellings.sort { $0.words.count > $1.words.count }
    for (family, row) in Self.rows(files["relations/field-families.tsv"] ?? "").enumerated() {
      let names = row.fields.count == 2 ? Self.spellings(row.fields[1]) : []
      guard !names.isEmpty else {
        problems.append("relations/field-families.tsv:\(row.number): expected a family and its fields' words")
        continue
      }
      for name in names {
        let words = Self.foldedWords(name.hasPrefix("*") ? String(name.dropFirst()) : name)
        guard !words.isEmpty else { continue }
        fieldFamilies[words[0], default: []].append((family, words, name.hasPrefix("*")))
      }
    }
    for (number, fields) in Self.rows(files["posting/degree-classes.tsv"] ?? "") {
      guard fields.count == 2, let rank = Int(fields[0]) else {
        problems.append("posting/degree-classes.tsv:\(number): expected a rank and its spellings")
        continue
      }
      degreeClasses += Self.spellings(fields[1]).map { (rank, Tokenizer.fold($0)) }
    }
    degreeClasses.sort { $0.spelling.count > $1.spelling.count }
  }

  /// The families of the fields of study that folded words name: "S1 Manajemen" is in business.
  /// `namedWhole`: the families they name as a whole instead ("a degree in social sciences"), by
  /// the names marked `*`.
  func fieldFamilies(of words: [String], namedWhole: Bool = false) -> Set<Int> {
    var families = Set<Int>()
    for (start, word) in words.enumerated() {
      for entry in fieldFamilies[word] ?? []
      where entry.namesFamily == namedWhole && start + entry.words.count <= words.count
        && words[start..<(start + entry.words.count)].elementsEqual(entry.words)
      {
        families.insert(entry.family)
      }
    }
    return families
  }

  /// The lowest class of honours degree a text names, and where, in scalars: "2:1 or above" gives
  /// 2, "a First or 2:1" 2, a score "2:2" 3. Nil when it names none.
  func degreeClass(in scalars: [Unicode.Scalar]) -> (rank: Int, range: Range<Int>)? {
    // ASCII letters folded; spellings that overlap ("first-class", "first") are of one class, so
    // the first whole-word find of each class is enough.
    let folded = scalars.map { $0.value &- 65 < 26 ? $0.value | 0x20 : $0.value }
    func isWordCharacter(_ offset: Int) -> Bool {
      folded.indices.contains(offset) && (scalars[offset].properties.isAlphabetic || folded[offset] &- 48 < 10)
    }
    var found: (rank: Int, range: Range<Int>)?
    for (rank, spelling) in degreeClasses where found.map({ $0.rank < rank }) ?? true {
      let wanted = spelling.unicodeScalars.map(\.value)
      guard let first = wanted.first, wanted.count <= folded.count else { continue }
      for start in 0...(folded.count - wanted.count) where folded[start] == first {
        let end = start + wanted.count
        guard folded[start..<end].elementsEqual(wanted), !isWordCharacter(start - 1), !isWordCharacter(end) else {
          continue
        }
        found = (rank, start..<end)
        break
      }
    }
    return found
  }

  private mutating func readVocabulary(_ text: String, file: String) {
    for (number, fields) in Self.rows(text) {
      guard fields.count == 2, let kind = Requirement.Kind(vocabularyKind: fields[0]) else {
        problems.append(
          "\(file):\(number): expected a kind (tool, skill, field, soft, language, credential) and spellings")
        continue
      }
      let spellings = Self.spellings(fields[1])
      guard !spellings.isEmpty else {
        problems.append("\(file):\(number): no spelling")
        continue
      }
      vocabulary.append(
        VocabularyLine(
          kind: kind, spellings: spellings, isFieldOfStudy: fields[0] == "field", place: "\(file):\(number)"))
    }
  }

  /// The lines of a table that are not blank or comments, with their numbers, split at tabs.
  static func rows(_ text: String) -> [(number: Int, fields: [String])] {
    var rows: [(Int, [String])] = []
    for (index, line) in lines(text).enumerated() {
      let trimmed = trimmed(line)
      if trimmed.isEmpty || trimmed.first == UInt8(ascii: "#") { continue }
      rows.append((index + 1, line.split(separator: UInt8(ascii: "\t")).map { string(Self.trimmed($0)) }))
    }
    return rows
  }

  /// `a|b|c` as its non-empty parts.
  static func spellings(_ field: String) -> [String] {
    field.utf8.split(separator: UInt8(ascii: "|")).map { string(trimmed($0[...])) }.filter { !$0.isEmpty }
  }

  /// A list of one word (or name) a line, folded; comments and blank lines left out.
  static func wordList(_ text: String) -> Set<String> {
    var words = Set<String>()
    for line in lines(text) {
      let word = trimmed(line.prefix { $0 != UInt8(ascii: "\t") })
      if !word.isEmpty, word.first != UInt8(ascii: "#") { words.insert(Tokenizer.fold(string(word))) }
    }
    return words
  }

  /// A text's lines, as UTF-8. Every mark the tables use is ASCII, which is never part of another
  /// character's bytes, so the tables are split byte by byte (docs/performance.md).
  private static func lines(_ text: String) -> [Substring.UTF8View] {
    text[...].utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
  }

  /// A line without the spaces, tabs and carriage return around it.
  static func trimmed(_ line: Substring.UTF8View) -> Substring.UTF8View {
    let isSpace = { (byte: UInt8) in byte == 32 || byte == 9 || byte == 13 }
    guard let first = line.firstIndex(where: { !isSpace($0) }), let last = line.lastIndex(where: { !isSpace($0) })
    else { return line[line.startIndex..<line.startIndex] }
    return line[first...last]
  }

  private static func string(_ bytes: Substring.UTF8View) -> String { String(Substring(bytes)) }

  /// The folded tokens of a phrase.
  static func foldedWords(_ phrase: String) -> [String] {
    Tokenizer.tokens(in: phrase).map(\.folded)
  }
}

extension Requirement.Kind {
  /// The kinds a vocabulary file may give.
  init?(vocabularyKind: String) {
    switch vocabularyKind {
    case "tool": self = .tool
    case "skill", "field": self = .skill
    case "soft": self = .soft
    case "language": self = .language
    case "credential": self = .credential
    default: return nil
    }
  }
}
