import Foundation

/// How the review reads one highlight: its plain text, its language, its opening and its result.
public enum HighlightRules {
  /// Two printed lines of a CV at its body size.
  public static let maximumLength = 200

  /// The highlight's text without Markdown marks or link targets: what a reader sees.
  public static func plainText(_ markdown: String) -> String {
    var text = withoutLinkTargets(markdown)
    if let ascii = asciiPlainText(text) { return ascii }
    text.removeAll { "*_`[]~".contains($0) }
    return trimmingWhitespace(text)
  }

  /// `plainText` of ASCII text (most text) on bytes: each byte is a character there, so dropping
  /// the marks' bytes and trimming the ends gives what the general path gives. Nil for other text.
  private static func asciiPlainText(_ text: String) -> String? {
    var text = text
    return text.withUTF8 { bytes -> String? in
      guard Tokenizer.isASCII(bytes) else { return nil }
      var kept: [UInt8] = []
      kept.reserveCapacity(bytes.count)
      for byte in bytes {
        switch byte {
        case UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "`"), UInt8(ascii: "["), UInt8(ascii: "]"),
          UInt8(ascii: "~"):
          continue
        default: kept.append(byte)
        }
      }
      // Foundation's white space among ASCII: the space and U+0009 to U+000D.
      func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || (0x09...0x0D).contains(byte) }
      guard let first = kept.firstIndex(where: { !isSpace($0) }), let last = kept.lastIndex(where: { !isSpace($0) })
      else { return "" }
      return String(decoding: kept[first...last], as: UTF8.self)
    }
  }

  /// What `trimmingCharacters(in: .whitespacesAndNewlines)` gives, without bridging to NSString.
  static func trimmingWhitespace(_ text: String) -> String {
    let scalars = text.unicodeScalars
    guard let first = scalars.firstIndex(where: { !isWhitespaceOrNewline($0) }),
      let last = scalars.lastIndex(where: { !isWhitespaceOrNewline($0) })
    else { return "" }
    return String(scalars[first...last])
  }

  /// Membership in Foundation's `whitespacesAndNewlines`: space separators, line and paragraph
  /// separators, the controls U+0009 to U+000D and U+0085, and the zero-width space U+200B.
  static func isWhitespaceOrNewline(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.value < 0x80 { return scalar == " " || (0x09...0x0D).contains(scalar.value) }
    if scalar.value == 0x85 || scalar.value == 0x200B { return true }
    switch scalar.properties.generalCategory {
    case .spaceSeparator, .lineSeparator, .paragraphSeparator: return true
    default: return false
    }
  }

  /// Lower-case words: letters and digits, keeping inner hyphens and apostrophes (`co-founded`).
  public static func words(_ text: String) -> [String] {
    asciiWords(text) ?? generalWords(text)
  }

  static func generalWords(_ text: String) -> [String] {
    text.lowercased()
      .split { !($0.isLetter || $0.isNumber || $0 == "-" || $0 == "'" || $0 == "’") }
      .map(trimmingApostrophesAndHyphens)
      .filter { !$0.isEmpty }
  }

  /// `words` of ASCII text on bytes, where a letter is a-z once lower-cased and a number 0-9 (with
  /// CR LF the one character of two bytes, and a separator either way). Nil for other text.
  private static func asciiWords(_ text: String) -> [String]? {
    var text = text
    return text.withUTF8 { bytes -> [String]? in
      guard Tokenizer.isASCII(bytes) else { return nil }
      var words: [String] = []
      var start = -1
      func flush(_ end: Int) {
        guard start >= 0 else { return }
        var first = start
        var last = end - 1
        func trimmed(_ byte: UInt8) -> Bool { byte == UInt8(ascii: "-") || byte == UInt8(ascii: "'") }
        while first <= last, trimmed(bytes[first]) { first += 1 }
        while last >= first, trimmed(bytes[last]) { last -= 1 }
        if first <= last {
          words.append(
            String(unsafeUninitializedCapacity: last - first + 1) { buffer in
              for index in first...last {
                let byte = bytes[index]
                buffer[index - first] = (0x41...0x5A).contains(byte) ? byte | 0x20 : byte
              }
              return last - first + 1
            })
        }
        start = -1
      }
      for index in 0..<bytes.count {
        let byte = bytes[index]
        let inWord =
          (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) || (0x30...0x39).contains(byte)
          || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "'")
        if inWord {
          if start < 0 { start = index }
        } else {
          flush(index)
        }
      }
      flush(bytes.count)
      return words
    }
  }

  /// `](target)` removed wherever a `)` closes it, as the pattern `\]\([^)]*\)` would; a scan, not a
  /// regular expression, since the review reads every highlight of every experience.
  static func withoutLinkTargets(_ markdown: String) -> String {
    guard markdown.utf8.contains(UInt8(ascii: "]")) else { return markdown }
    let scalars = Array(markdown.unicodeScalars)
    var result = String.UnicodeScalarView()
    var index = 0
    while index < scalars.count {
      if scalars[index] == "]", index + 1 < scalars.count, scalars[index + 1] == "(",
        let close = scalars[(index + 2)...].firstIndex(of: ")")
      {
        index = close + 1
        continue
      }
      result.append(scalars[index])
      index += 1
    }
    return String(result)
  }

  /// The word without hyphens and apostrophes at either end, scalar by scalar.
  private static func trimmingApostrophesAndHyphens(_ word: Substring) -> String {
    let scalars = word.unicodeScalars
    func trimmed(_ scalar: Unicode.Scalar) -> Bool { scalar == "-" || scalar == "'" || scalar == "’" }
    guard let first = scalars.firstIndex(where: { !trimmed($0) }),
      let last = scalars.lastIndex(where: { !trimmed($0) })
    else { return "" }
    return String(scalars[first...last])
  }

  /// English or Indonesian by counting each language's stop words and opening verb; nil on a tie.
  public static func language(of words: [String]) -> Language? {
    let english = WordLists.english
    let indonesian = WordLists.indonesian
    // A letter alone says no language: the "A" of "Nilai A" is a grade, not the English article.
    let counted = words.filter { $0.count > 1 }
    var en = counted.filter { english.stopWords.contains($0) }.count
    var id = counted.filter { indonesian.stopWords.contains($0) }.count
    if let first = words.first {
      if isActionVerb(first, in: .en) || english.weakOpenings.contains(first) { en += 1 }
      if isActionVerb(first, in: .id) || indonesian.weakOpenings.contains(first) { id += 1 }
    }
    if en == id { return nil }
    return en > id ? .en : .id
  }

  // MARK: Action verbs

  /// Whether `word` (lower-case) opens a highlight with an action verb of `language`.
  public static func isActionVerb(_ word: String, in language: Language) -> Bool {
    let lists = WordLists.words(for: language)
    if lists.weakOpenings.contains(word) { return false }
    if lists.actionVerbs.contains(word) || lists.outcomeOpenings.contains(word) { return true }
    if isOrdinal(word) { return true }
    switch language {
    case .en:
      return englishVerbForms(of: word).contains { lists.actionVerbs.contains($0) } || looksLikeEnglishPastTense(word)
    case .id: return looksLikeIndonesianMeVerb(word)
    }
  }

  private static let englishIrregular: [String: String] = [
    "lead": "led", "build": "built", "run": "ran", "teach": "taught", "grow": "grew", "write": "wrote",
    "win": "won", "drive": "drove", "sell": "sold", "speak": "spoke", "oversee": "oversaw", "begin": "began",
    "bring": "brought", "make": "made", "rebuild": "rebuilt", "troubleshoot": "troubleshot", "speed": "sped",
  ]

  /// Past-tense forms a present-tense or third-person opening could stand for: `develops` → `developed`.
  private static func englishVerbForms(of word: String) -> [String] {
    var bases = [word]
    if word.hasSuffix("ies") { bases.append(String(word.dropLast(3)) + "y") }
    if word.hasSuffix("es") { bases.append(String(word.dropLast(2))) }
    if word.hasSuffix("s") { bases.append(String(word.dropLast())) }
    var forms: [String] = []
    for base in bases {
      if let irregular = englishIrregular[base] { forms.append(irregular) }
      forms += [base + "ed", base + "d"]
      if base.hasSuffix("y") { forms.append(String(base.dropLast()) + "ied") }
      if let last = base.last { forms.append(base + String(last) + "ed") }
    }
    return forms
  }

  private static let englishNonVerbs: Set<String> = [
    "based", "hundred", "indeed", "limited", "related", "skilled", "experienced", "dedicated", "detailed",
    "interested", "required", "expected", "red", "united", "talented", "varied", "need", "seed", "feed",
  ]

  /// Most English past tenses are verbs (`Co-authored`, `Benchmarked`); a few common adjectives are not.
  private static func looksLikeEnglishPastTense(_ word: String) -> Bool {
    word.count >= 5 && word.hasSuffix("ed") && !word.hasSuffix("eed") && !englishNonVerbs.contains(word)
      && !WordLists.english.weakOpenings.contains(word)
  }

  private static let indonesianNonVerbs: Set<String> = [
    "melalui", "mengenai", "menurut", "menuju", "menengah", "menyeluruh", "mendatang", "menjelang", "mentor",
    "mentoring", "member", "membership", "memori", "mental", "mention", "memorandum",
  ]

  /// Indonesian active verbs carry the me- prefix as mem-, men-, meng- or meny-: `Menyusun`, `Mengotomatiskan`.
  private static func looksLikeIndonesianMeVerb(_ word: String) -> Bool {
    word.count >= 7 && ["mem", "men", "meng", "meny"].contains { word.hasPrefix($0) }
      && !indonesianNonVerbs.contains(word) && !WordLists.indonesian.weakOpenings.contains(word)
  }

  // MARK: Results

  /// A number, percentage, amount or duration, in either language.
  public static func hasMeasurableResult(_ markdown: String) -> Bool {
    let text = plainText(markdown)
    return hasMeasurableResult(text: text, words: words(text))
  }

  /// `hasMeasurableResult` of a highlight's plain text and its words.
  static func hasMeasurableResult(text: String, words: [String]) -> Bool {
    if text.utf8.contains(UInt8(ascii: "%")) { return true }
    if hasNumber(text) || hasAmountOfMoney(text) { return true }
    return words.contains { word in
      Language.allCases.contains { language in
        let lists = WordLists.words(for: language)
        return lists.numberWords.contains(word) || lists.durationWords.contains(word)
      }
    }
  }

  /// A qualitative result named in words: adopted, launched, won, juara, diadopsi, ….
  public static func hasNamedOutcome(_ markdown: String) -> Bool {
    hasNamedOutcome(words: words(plainText(markdown)))
  }

  /// `hasNamedOutcome` of a highlight's words: each word looks up the phrases it may start.
  static func hasNamedOutcome(words: [String]) -> Bool {
    words.indices.contains { start in
      (outcomesByFirstWord[words[start]] ?? []).contains { phrase in
        start + phrase.count <= words.count && (1..<phrase.count).allSatisfy { words[start + $0] == phrase[$0] }
      }
    }
  }

  /// Both languages' outcome phrases, split into words, by their first word.
  private static let outcomesByFirstWord: [String: [[String]]] = {
    var table: [String: [[String]]] = [:]
    for language in Language.allCases {
      for phrase in WordLists.words(for: language).outcomePhrases {
        let words = phrase.split(separator: " ").map(String.init)
        if let first = words.first { table[first, default: []].append(words) }
      }
    }
    return table
  }()

  /// The first weak phrase in the highlight, or its weak opening word.
  public static func weakPhrase(in words: [String]) -> String? {
    // The first phrase in the lists' order that `words` holds: each word looks up the phrases it
    // may start.
    var found: (order: Int, phrase: String)?
    for start in words.indices {
      for entry in weakPhrasesByFirstWord[words[start]] ?? []
      where entry.order < found?.order ?? .max && start + entry.words.count <= words.count
        && (1..<entry.words.count).allSatisfy({ words[start + $0] == entry.words[$0] })
      {
        found = (entry.order, entry.phrase)
      }
    }
    if let found { return found.phrase }
    if let first = words.first,
      Language.allCases.contains(where: { WordLists.words(for: $0).weakOpenings.contains(first) })
    {
      return first
    }
    return nil
  }

  /// Both languages' weak phrases, split into words, by their first word, each with its place in
  /// the lists (English first).
  private static let weakPhrasesByFirstWord: [String: [(order: Int, phrase: String, words: [String])]] = {
    var table: [String: [(order: Int, phrase: String, words: [String])]] = [:]
    let phrases = Language.allCases.flatMap { WordLists.words(for: $0).weakPhrases }
    for (order, phrase) in phrases.enumerated() {
      let words = phrase.split(separator: " ").map(String.init)
      if let first = words.first { table[first, default: []].append((order, phrase, words)) }
    }
    return table
  }()

  // MARK: Patterns, as scans
  //
  // The review reads every highlight of every experience, and Foundation compiles a regular
  // expression behind a lock on every call: at 10,000 experiences `vita check` used one core of two.
  // Each scan gives what its pattern gives (ICU's `\d` is a decimal digit of any script, `\s` white
  // space, `\b` the edge of a word); `HighlightPatternTests` checks them against the patterns.

  /// `^\d+(st|nd|rd|th)$`: an ordinal in digits (1st, 22nd), a ranking that opens a result.
  static func isOrdinal(_ word: String) -> Bool {
    var scalars = Array(word.unicodeScalars)
    // `$` also matches before a line break that ends the text.
    if scalars.last.map(isLineTerminator) == true {
      let last = scalars.removeLast()
      if last == "\n", scalars.last == "\r" { scalars.removeLast() }
    }
    guard scalars.count >= 3 else { return false }
    let suffix = String(String.UnicodeScalarView(scalars[(scalars.count - 2)...]))
    guard suffix == "st" || suffix == "nd" || suffix == "rd" || suffix == "th" else { return false }
    return scalars[..<(scalars.count - 2)].allSatisfy(isDecimalDigit)
  }

  /// `(?<![A-Za-z])\d`: a digit that does not end a code such as `B2` or `H2O`.
  static func hasNumber(_ text: String) -> Bool {
    var previous: Unicode.Scalar?
    for scalar in text.unicodeScalars {
      if isDecimalDigit(scalar), !(previous.map(isASCIILetter) ?? false) { return true }
      previous = scalar
    }
    return false
  }

  /// `(?:\bRp|\$|€|£|\bUSD|\bIDR)\s?\d`: an amount of money, `Rp 5.000.000`, `$300`, `USD 40`.
  static func hasAmountOfMoney(_ text: String) -> Bool {
    let scalars = Array(text.unicodeScalars)
    func digit(at index: Int) -> Bool { index < scalars.count && isDecimalDigit(scalars[index]) }
    func amount(after index: Int) -> Bool {
      digit(at: index) || (index < scalars.count && scalars[index].properties.isWhitespace && digit(at: index + 1))
    }
    func word(_ letters: String, at index: Int) -> Bool {
      let letters = Array(letters.unicodeScalars)
      guard index + letters.count <= scalars.count, Array(scalars[index..<(index + letters.count)]) == letters
      else { return false }
      // ICU looks back past marks and format characters (a joiner) to the character that decides.
      var before = index - 1
      while before >= 0,
        scalars[before].properties.isGraphemeExtend || scalars[before].properties.generalCategory == .format
      {
        before -= 1
      }
      return before < 0 || !isWordCharacter(scalars[before])
    }
    for index in scalars.indices {
      switch scalars[index] {
      case "$", "€", "£": if amount(after: index + 1) { return true }
      case "R": if word("Rp", at: index), amount(after: index + 2) { return true }
      case "U": if word("USD", at: index), amount(after: index + 3) { return true }
      case "I": if word("IDR", at: index), amount(after: index + 3) { return true }
      default: break
      }
    }
    return false
  }

  /// ICU's `\d`: a decimal digit of any script.
  static func isDecimalDigit(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value < 128 ? scalar.value &- 48 < 10 : scalar.properties.generalCategory == .decimalNumber
  }

  private static func isLineTerminator(_ scalar: Unicode.Scalar) -> Bool {
    ["\n", "\r", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}"].contains(scalar)
  }

  private static func isASCIILetter(_ scalar: Unicode.Scalar) -> Bool {
    ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
  }

  /// What ICU's `\b` counts as part of a word: letters, marks, digits, connectors and the joiners.
  static func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
    let properties = scalar.properties
    if properties.isAlphabetic || scalar == "\u{200C}" || scalar == "\u{200D}" { return true }
    switch properties.generalCategory {
    case .decimalNumber, .connectorPunctuation, .nonspacingMark, .spacingMark, .enclosingMark: return true
    default: return false
    }
  }
}
