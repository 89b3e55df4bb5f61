/// The terms tailoring knows: the built-in vocabulary (data/vocabulary/), the person's skills and
/// `aliases`, and the names that postings use (Zendesk, Gainsight, CoreTax), each a concept with
/// all its spellings, so that "JS" and "JavaScript", or "analisis data" and "data analysis", are
/// one term.
struct Vocabulary: Sendable {
  /// Where a concept comes from: it decides whose spelling is shown.
  enum Origin: Sendable { case builtIn, person, posting }

  struct Concept: Sendable {
    var display: String
    var kind: Requirement.Kind
    var origin: Origin
    /// A field of study ("Ilmu Komunikasi"): proven like a skill, but no skill to list on a CV.
    var isFieldOfStudy = false
  }

  /// A concept found in a text, over the tokens `start..<end`.
  struct Match: Sendable, Hashable {
    var concept: Int32
    var start: Int
    var end: Int
  }

  private struct Spelling: Sendable {
    var keys: [WordKeys]
    /// The keys of its words that are not stop words.
    var contentKeys: [WordKeys]
    /// Set for names that are short or common words (`=Go` in the data): matched only as written.
    var exact: [String]?
    /// `exact` folded, for a person's skills, which match a name in any case.
    var exactFolded: [String]?
    var concept: Int32
  }

  private(set) var concepts: [Concept] = []
  /// Concepts this copy never matches: the names other postings use, for reading one posting.
  var foreign: Set<Int32> = []
  private var spellings: [Spelling] = []
  /// The spellings as a trie of their words' keys: the root's children by a key of the first
  /// word, theirs by a key of the second, and so on; `candidates` walks it along a text. A list by
  /// the first word alone made every match try every spelling that starts with the same word:
  /// 20,000 skills "data s1" … "data s20000" took 12 s to tailor, 40,000 took 39 s, and 10,000
  /// "data analysis s1" … 73 s.
  private var trie: [TrieNode] = [TrieNode()]
  /// The root's children as a table by key (−1 where none): keys are numbered densely, and every
  /// word of every text starts a walk here.
  private var roots: [Int32] = []

  /// A node of the trie: the next word's keys, and the spellings that end here.
  private struct TrieNode: Sendable {
    var children: [Int32: Int32] = [:]
    /// Spellings whose words lead here; those cut short (below) still have words to check.
    var spellings: [Int32] = []
  }

  /// A spelling goes under every combination of its words' keys (up to three a word), as long as
  /// there are no more than this many; it is then kept at the nodes reached, and `spells` checks
  /// its other words.
  private static let trieBranches = 27

  /// The keys of a spelling, written out → its concept: one spelling, one concept.
  private var bySignature: [String: Int32] = [:]
  /// Concepts merged into another by an alias that joins them: followed to the concept that stays.
  private var mergedInto: [Int32: Int32] = [:]
  /// The concept of a grade point average ("GPA", "IPK"), which an education entry's score proves
  /// up to the minimum a posting names.
  private(set) var gradePointAverage: Int32?

  /// The built-in vocabulary (data/vocabulary/), read once per process with the shared key table.
  static let builtIn: Vocabulary = {
    var vocabulary = Vocabulary()
    var reader = TextReader(keyTable: .shared)
    for line in TailoringData.builtIn.vocabulary {
      let concept = vocabulary.add(line.spellings, kind: line.kind, origin: .builtIn, reader: &reader)
      if line.isFieldOfStudy, let concept { vocabulary.concepts[Int(concept)].isFieldOfStudy = true }
    }
    vocabulary.gradePointAverage = vocabulary.concept(spelledBy: reader.read("GPA"))
    return vocabulary
  }()

  private init() {}

  /// The built-in vocabulary and the person's own terms; `reader` reads with the shared key table.
  init(site: Site, reader: inout TextReader) {
    self = .builtIn
    let config = site.config
    for canonical in config.aliases.keys.sorted() {
      add([canonical] + (config.aliases[canonical] ?? []), kind: .skill, origin: .person, reader: &reader)
    }
    var added = Set<String>()
    for skill in config.skills.flatMap(\.keywords) + site.experiences.flatMap(\.skills)
    where added.insert(skill).inserted {
      add([skill], kind: .skill, origin: .person, reader: &reader)
    }
  }

  /// The concept a term stands for, after merges.
  func concept(_ number: Int32) -> Int32 {
    var number = number
    while let next = mergedInto[number] { number = next }
    return number
  }

  func kind(of concept: Int32) -> Requirement.Kind { concepts[Int(self.concept(concept))].kind }

  func isFieldOfStudy(_ concept: Int32) -> Bool { concepts[Int(self.concept(concept))].isFieldOfStudy }

  func display(of concept: Int32) -> String { concepts[Int(self.concept(concept))].display }

  func origin(of concept: Int32) -> Origin { concepts[Int(self.concept(concept))].origin }

  /// Whether a concept has a spelling of several words: an abbreviation a posting defines has the
  /// words it stands for, "Inspection Test Plan (ITP)".
  func isSpelledOut(_ concept: Int32) -> Bool {
    let concept = self.concept(concept)
    return spellings.contains { self.concept($0.concept) == concept && $0.keys.count > 1 }
  }

  /// Whether a spelling of several words of the concept shares a word with `words`: "TV
  /// commercials" with "television commercial"; "Provincial Health Office" with no spelling of
  /// provisional handover (PHO).
  func sharesAWord(_ concept: Int32, with words: [WordKeys]) -> Bool {
    let concept = self.concept(concept)
    return spellings.contains { spelling in
      spelling.keys.count > 1 && self.concept(spelling.concept) == concept
        && spelling.contentKeys.contains { key in words.contains { $0.intersects(key) } }
    }
  }

  /// Adds a concept with its spellings, or the spellings to the concept one of them already has;
  /// a built-in kind is kept over a person's. Returns the concept.
  @discardableResult
  mutating func add(_ group: [String], kind: Requirement.Kind, origin: Origin, reader: inout TextReader) -> Int32? {
    var parsed: [(signature: String, spelling: Spelling)] = []
    for written in group {
      let exactlyAsWritten = written.hasPrefix("=")
      let text = exactlyAsWritten ? String(written.dropFirst()) : written
      let analysed = reader.read(text, translating: false)
      guard analysed.count > 0 else { continue }
      let single = analysed.tokens.count == 1 ? analysed.tokens[0] : nil
      let keys = analysed.keys.map { String($0.first) }.joined(separator: " ")
      // A person's or a posting's name that is also an ordinary word ("Less", "Swift") matches only
      // as written, as the built-in spelling of it does.
      let capitalisedWord = single.map {
        $0.surface.first?.isUppercase == true && Self.ordinaryWords.contains($0.folded)
      }
      let exact: Bool
      if exactlyAsWritten || bySignature[keys + "=" + text] != nil {
        exact = true
      } else if bySignature[keys] != nil {
        exact = false
      } else {
        // An abbreviation that is also an everyday word matches only in capitals: TOPIK, the
        // Korean test, is no "topik" (topic); SOP no "sop" (soup). So does one written as a
        // plural: the stem of "NICs" is that of "nice".
        exact =
          single.map {
            $0.folded.count <= 2 || StopWords.isStopWord($0.folded)
              || (origin != .builtIn && (capitalisedWord == true || Self.isAcronym($0.surface)))
              || (Self.isAcronym($0.surface) && Self.ordinaryWords.contains($0.folded))
              || Self.isAbbreviationPlural($0.surface)
          } ?? false
      }
      let signature = keys + (exact ? "=" + text : "")
      let contentKeys = analysed.keys.indices.filter { !StopWords.isStopWord(analysed.tokens[$0].folded) }
        .map { analysed.keys[$0] }
      // An abbreviation's plural is kept as the abbreviation, which matches both: "ECG", "ECGs".
      let asWritten = analysed.tokens.map {
        Self.isAbbreviationPlural($0.surface) ? String($0.surface.dropLast()) : $0.surface
      }
      let spelling = Spelling(
        keys: analysed.keys, contentKeys: contentKeys, exact: exact ? asWritten : nil,
        exactFolded: exact ? asWritten.map(Tokenizer.fold) : nil, concept: -1)
      parsed.append((signature, spelling))
    }
    guard !parsed.isEmpty else { return nil }
    let known = parsed.compactMap { bySignature[$0.signature] }.map(concept)
    let target: Int32
    if let first = known.first {
      target = first
      for other in known where other != target {
        mergedInto[other] = target
      }
    } else {
      target = Int32(concepts.count)
      concepts.append(
        Concept(display: group[0].hasPrefix("=") ? String(group[0].dropFirst()) : group[0], kind: kind, origin: origin))
    }
    for (signature, spelling) in parsed where bySignature[signature] == nil {
      var spelling = spelling
      spelling.concept = target
      bySignature[signature] = target
      let number = Int32(spellings.count)
      spellings.append(spelling)
      var level: [Int32] = [0]
      for word in spelling.keys {
        let keys = word.all
        guard level.count * keys.count <= Self.trieBranches else { break }
        var next: [Int32] = []
        for node in level {
          for key in keys {
            if node == 0 {
              next.append(root(key))
            } else if let child = trie[Int(node)].children[key] {
              next.append(child)
            } else {
              let child = Int32(trie.count)
              trie.append(TrieNode())
              trie[Int(node)].children[key] = child
              next.append(child)
            }
          }
        }
        level = next
      }
      for node in level { trie[Int(node)].spellings.append(number) }
    }
    return target
  }

  /// Known terms in `text`. With `all`, every term at every position (an experience's "stakeholder
  /// communication" also shows "communication"); else the longest at each position, left to right
  /// (a posting's terms). `ignoringCase` matches names that are common words in any case: a
  /// person's own skills list spells a skill, never a verb.
  func matches(in text: AnalysedText, all: Bool, ignoringCase: Bool = false) -> [Match] {
    var found: [Match] = []
    var position = 0
    while position < text.count {
      var best: Match?
      let firstOfPosition = found.count
      // Names that are also words, found only because case is ignored ("jurnal" of "jurnal umum"
      // is no Jurnal): kept only where no longer term starts.
      var caseless: [Match] = []
      for key in text.keys[position] {
        for number in candidates(startingWith: key, at: position, in: text) {
          let spelling = spellings[Int(number)]
          let end = position + spelling.keys.count
          guard spells(spelling, at: position, in: text, ignoringCase: ignoringCase),
            all || spelling.keys.count > 1 || found.last?.end == position || !isNamedByPrefix(position, in: text)
          else { continue }
          let match = Match(concept: concept(spelling.concept), start: position, end: end)
          if !foreign.isEmpty, foreign.contains(match.concept) { continue }
          if all {
            if ignoringCase, spelling.exact != nil, !spells(spelling, at: position, in: text, ignoringCase: false) {
              caseless.append(match)
            } else if !found[firstOfPosition...].contains(match) {
              found.append(match)
            }
          } else if best.map({ $0.end < end }) ?? true {
            best = match
          }
        }
      }
      let longest = found[firstOfPosition...].map(\.end).max() ?? position
      for match in caseless where match.end >= longest && !found[firstOfPosition...].contains(match) {
        found.append(match)
      }
      if var best {
        // Two spellings of one term that overlap are one find: "iklan Shopee Ads" is Shopee Ads
        // written both ways, not a term and a stray word.
        while let longer = longestMatch(at: best.start + 1..<best.end, of: best.concept, in: text, ignoringCase),
          longer > best.end
        {
          best.end = longer
        }
        found.append(best)
        position = best.end
      } else {
        position += 1
      }
    }
    return found
  }

  /// The root's child for `key`, made if there is none.
  private mutating func root(_ key: Int32) -> Int32 {
    if Int(key) >= roots.count { roots += [Int32](repeating: -1, count: Int(key) + 1 - roots.count) }
    if roots[Int(key)] < 0 {
      roots[Int(key)] = Int32(trie.count)
      trie.append(TrieNode())
    }
    return roots[Int(key)]
  }

  /// The spellings whose first word has `key` and whose words may be those of `text` from
  /// `position`, as the trie says, longest first, then in the order they were added (as the
  /// matcher tries them): any other spelling cannot be there.
  private func candidates(startingWith key: Int32, at position: Int, in text: AnalysedText) -> [Int32] {
    guard key < roots.count, case let first = roots[Int(key)], first >= 0 else { return [] }
    var found = trie[Int(first)].spellings
    guard !trie[Int(first)].children.isEmpty else { return found.count > 1 ? ordered(found) : found }
    var level = [first]
    var place = position + 1
    while place < text.count, !level.isEmpty {
      var next: [Int32] = []
      for node in level {
        let children = trie[Int(node)].children
        guard !children.isEmpty else { continue }
        for key in text.keys[place] {
          guard let child = children[key] else { continue }
          next.append(child)
          found += trie[Int(child)].spellings
        }
      }
      level = next
      place += 1
    }
    return found.count > 1 ? ordered(found) : found
  }

  /// Spellings once each, longest first, then in the order they were added.
  private func ordered(_ found: [Int32]) -> [Int32] {
    Set(found).sorted { a, b in
      let (lengthA, lengthB) = (spellings[Int(a)].keys.count, spellings[Int(b)].keys.count)
      return lengthA != lengthB ? lengthA > lengthB : a < b
    }
  }

  /// Each concept's spellings of two content words or more, as their words' keys: a phrase an
  /// experience may say in other order or form ("prepared 40 samples" for "sample preparation").
  /// Not a built-in product's or language's: a name is said as named ("Cloud Infrastructure and
  /// Services" is no Service Cloud). A posting's own abbreviation spelled out is ordinary words
  /// ("Testing & Commissioning (T&C)"), said in any order.
  func phrases() -> [Int32: [[WordKeys]]] {
    var phrases: [Int32: [[WordKeys]]] = [:]
    for spelling in spellings where spelling.contentKeys.count >= 2 && spelling.exact == nil {
      let number = concept(spelling.concept)
      let named = concepts[Int(number)]
      if named.origin == .builtIn, [.tool, .language].contains(named.kind) { continue }
      phrases[number, default: []].append(spelling.contentKeys)
    }
    return phrases
  }

  /// Whether the tokens of `text` from `start` are `spelling`: each token shares a key with the
  /// spelling's word there, no break between them, and the letters as written where it says so.
  private func spells(_ spelling: Spelling, at start: Int, in text: AnalysedText, ignoringCase: Bool) -> Bool {
    let end = start + spelling.keys.count
    guard end <= text.count, text.isPhrase(start, end),
      (0..<spelling.keys.count).allSatisfy({ spelling.keys[$0].intersects(text.keys[start + $0]) })
    else { return false }
    // One letter glued into a compound is a piece of it: the C of C-MeX is no language. So are two
    // glued to a name's piece: the Go of "Go-KUPS" (a programme's name), not the AI of "AI-based".
    if end - start == 1, text.tokens[start].folded.count == 1,
      text.isInCompound(start, end) || isLabel(at: start, in: text)
    {
      return false
    }
    if end - start == 1, text.tokens[start].folded.count == 2, isGluedToAName(start, in: text) { return false }
    if isInsidePlaceName(start, end, in: text) { return false }
    if end - start == 1, kind(of: spelling.concept) == .language,
      opensProperName(at: start, in: text) || isFilipinoWord(text.tokens[start])
        || qualifiesAThing(at: start, in: text)
    {
      return false
    }
    guard let exact = spelling.exact else { return true }
    if end - start == 1, !ignoringCase, opensItsLineAsAWord(start, in: text) { return false }
    // In any case, but never another form of the word: the "window" of "window functions" is no
    // Windows.
    if ignoringCase, let folded = spelling.exactFolded {
      return (0..<folded.count).allSatisfy { offset in
        let token = text.tokens[start + offset].folded
        return token == folded[offset] || (token == folded[offset] + "s" && Self.isAcronym(exact[offset]))
      }
    }
    // An abbreviation's plural is the abbreviation: "FGDs" are FGDs.
    return (0..<exact.count).allSatisfy { offset in
      let surface = text.tokens[start + offset].surface
      return surface == exact[offset]
        || (Self.isAbbreviationPlural(surface) && surface.dropLast() == exact[offset])
    }
  }

  /// Whether the name at `position` is an everyday word that opens its line, capitalised only for
  /// that, and a small word other than a list's "and" or "or" follows: "Go on board fishing
  /// vessels" is no Go, while "Go or Rust" still names it.
  private func opensItsLineAsAWord(_ position: Int, in text: AnalysedText) -> Bool {
    guard position == 0, text.count > 1, !text.breakBefore[1], !Self.isAcronym(text.tokens[0].surface),
      Self.ordinaryWords.contains(text.tokens[0].folded)
    else { return false }
    let next = text.tokens[1]
    return next.surface.first?.isLowercase == true && StopWords.isStopWord(next.folded)
      && !Self.seriesWords.contains(next.folded)
  }

  /// Whether the name at `position` is glued after letters in capitals that no term before it
  /// takes: a posting's "SD-WAN", "NB-IoT" and "LCAT-VAWC" are names of their own, which WAN, IoT
  /// or VAWC do not prove. An entry's "UN-REDD" still says REDD: every match is read there.
  private func isNamedByPrefix(_ position: Int, in text: AnalysedText) -> Bool {
    guard position > 0, text.gluedBefore[position] else { return false }
    let prefix = text.tokens[position - 1].surface
    return Self.isNameShaped(text.tokens[position].surface) && Self.isAcronym(prefix) && prefix.allSatisfy(\.isLetter)
      && (position < 2 || !text.gluedBefore[position - 1])
  }

  /// Whether the word at `position` is glued into a compound beside a name's piece: letters in
  /// capitals (three or more) or a word with a capital inside ("KUPS" of "Go-KUPS", "MeX").
  private func isGluedToAName(_ position: Int, in text: AnalysedText) -> Bool {
    (text.gluedBefore[position] && Self.isNameShaped(text.tokens[position - 1].surface))
      || (position + 1 < text.count && text.gluedBefore[position + 1]
        && Self.isNameShaped(text.tokens[position + 1].surface))
  }

  /// Whether the letter at `position` labels something rather than naming a language: a grade or a
  /// class after its word ("Grade C", "letter C", "vitamin C", data/language/letter-labels.txt), a
  /// unit after a number ("60 °C"), or one of a series of letters ("Grade A/B, C and D").
  private func isLabel(at position: Int, in text: AnalysedText) -> Bool {
    func isLetters(_ index: Int) -> Bool {
      guard index >= 0, index < text.count else { return false }
      let surface = text.tokens[index].surface
      return surface.count <= 3
        && surface.split(separator: "/").allSatisfy { $0.count == 1 && $0.first?.isUppercase == true }
    }
    if position > 0 {
      let before = text.tokens[position - 1].folded
      if !text.breakBefore[position], Self.letterLabels.contains(before) { return true }
      if before.allSatisfy(\.isNumber) { return true }
      if text.breakBefore[position]
        ? isLetters(position - 1) : Self.seriesWords.contains(before) && isLetters(position - 2)
      {
        return true
      }
    }
    if position + 1 < text.count {
      let after = text.tokens[position + 1].folded
      if text.breakBefore[position + 1]
        ? isLetters(position + 1) : Self.seriesWords.contains(after) && isLetters(position + 2)
      {
        return true
      }
    }
    return false
  }

  static let letterLabels = TailoringData.builtIn.letterLabels
  /// Words between the letters of a series: "A, B, C and D" (cue `joins`).
  static let seriesWords = TailoringData.builtIn.cueWords[.joins] ?? []

  /// Whether the capitalised word at `position` opens a proper name with the two after it: the
  /// Chinese of "Chinese New Year" or the Dutch of "Dutch East Indies" names a people's festival or
  /// a country's thing, not a language.
  private func opensProperName(at position: Int, in text: AnalysedText) -> Bool {
    guard position + 2 < text.count else { return false }
    return (position...(position + 2)).allSatisfy { index in
      (index == position || !text.breakBefore[index]) && text.tokens[index].surface.first?.isUppercase == true
        && !Self.isAcronym(text.tokens[index].surface)
    }
  }

  /// Whether the language's name at `position`, alone or in a series of capitalised names ("Japanese
  /// and Korean"), qualifies the word after it, which says nothing of a language: "Korean
  /// vehicles" or "Indonesian forest policy" asks for no Korean or Indonesian, while "English
  /// proficiency" and "Inggris lisan" do (data/language/language-use-words.txt).
  private func qualifiesAThing(at position: Int, in text: AnalysedText) -> Bool {
    var next = position + 1
    while next + 1 < text.count, !text.breakBefore[next], !text.breakBefore[next + 1],
      Self.seriesWords.contains(text.tokens[next].folded), text.tokens[next + 1].surface.first?.isUppercase == true
    {
      next += 2
    }
    guard next < text.count, !text.breakBefore[next], !text.gluedBefore[next] else { return false }
    let word = text.tokens[next]
    return word.surface.first?.isLowercase == true && !StopWords.isStopWord(word.folded)
      && !Self.languageUseWords.contains(word.folded) && !Self.askingWords.contains(word.folded)
  }
  static let languageUseWords = TailoringData.builtIn.languageUseWords
  /// The first words of the cues that ask or prefer ("English required", "Mandarin preferred").
  static let askingWords = Set(
    [PostingCue.must, .nice].flatMap { TailoringData.builtIn.cues[$0] ?? [] }.compactMap(\.first))

  /// Whether a language's name is a Filipino word written in lower case, as a Taglish ad writes
  /// "hindi" (not): "Hindi" in capitals is still the language.
  private func isFilipinoWord(_ token: Token) -> Bool {
    token.surface.first?.isLowercase == true && Self.filipinoWords.contains(token.folded)
  }
  static let filipinoWords = TailoringData.builtIn.filipinoWords

  /// Whether tokens `start..<end` are part of a longer place's name (data/language/places.txt):
  /// the Java of "East Java" is an island, not a language.
  private func isInsidePlaceName(_ start: Int, _ end: Int, in text: AnalysedText) -> Bool {
    guard Self.placeWords.contains(text.tokens[start].folded) else { return false }
    let before = start > 0 && Self.placeWords.contains(text.tokens[start - 1].folded)
    let after = end < text.count && Self.placeWords.contains(text.tokens[end].folded)
    guard before || after else { return false }
    for length in (end - start + 1)...(end - start + Self.longestPlaceName) {
      for first in max(0, end - length)...start
      where first + length <= text.count && text.isPhrase(first, first + length) {
        let words = text.tokens[first..<(first + length)].map(\.folded).joined(separator: " ")
        if Self.placeNames.contains(words) { return true }
      }
    }
    return false
  }

  /// Folded names of places, and the most words one has beyond a term inside it.
  static let placeNames = TailoringData.builtIn.places
  static let placeWords = Set(
    placeNames.filter { $0.contains(" ") }.flatMap { $0.split(separator: " ").map(String.init) })
  static let longestPlaceName = 2

  /// The furthest end of a spelling of `concept` that starts at one of `starts`.
  private func longestMatch(at starts: Range<Int>, of concept: Int32, in text: AnalysedText, _ ignoringCase: Bool)
    -> Int?
  {
    var furthest: Int?
    for start in starts {
      for key in text.keys[start] {
        for number in candidates(startingWith: key, at: start, in: text)
        where self.concept(spellings[Int(number)].concept) == concept {
          let spelling = spellings[Int(number)]
          guard spells(spelling, at: start, in: text, ignoringCase: ignoringCase) else { continue }
          furthest = max(furthest ?? 0, start + spelling.keys.count)
        }
      }
    }
    return furthest
  }

  /// The concept that `text` as a whole spells, if any.
  func concept(spelledBy text: AnalysedText) -> Int32? {
    matches(in: text, all: false, ignoringCase: true).first { $0.start == 0 && $0.end == text.count }?.concept
  }

  /// The ordinary words of both languages (data/language/common-*.txt).
  static let ordinaryWords = TailoringData.builtIn.commonWords

  /// An abbreviation with the "s" of a plural: SOPs, NICs.
  static func isAbbreviationPlural(_ surface: String) -> Bool {
    surface.count >= 4 && surface.hasSuffix("s") && isAcronym(String(surface.dropLast()))
  }

  /// Whether a word is shaped as a name: three capitals or more ("WAN"), or a capital inside a
  /// word in lower case ("IoT", "MeX").
  static func isNameShaped(_ surface: String) -> Bool {
    (isAcronym(surface) && surface.count >= 3)
      || (surface.unicodeScalars.dropFirst().contains { $0.properties.isUppercase }
        && surface.unicodeScalars.contains { $0.properties.isLowercase })
  }

  /// Letters in capitals (and digits), two to eight: SLA, HACCP, B2B.
  static func isAcronym(_ surface: String) -> Bool {
    let letters = surface.unicodeScalars.filter { $0.properties.isAlphabetic }
    return (2...8).contains(surface.count) && letters.count >= 2
      && surface.unicodeScalars.allSatisfy { $0.properties.isUppercase || ("0"..."9").contains($0) }
  }
}
