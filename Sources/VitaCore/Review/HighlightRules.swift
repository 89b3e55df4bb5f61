import Foundation

/// How the review reads one highlight: its plain text, its language, its opening and its result.
public enum HighlightRules {
  /// Two printed lines of a CV at its body size.
  public static let maximumLength = 200

  /// The highlight's text without Markdown marks or link targets: what a reader sees.
  public static func plainText(_ markdown: String) -> String {
    var text = withoutLinkTargets(markdown)
    text.removeAll { "*_`[]~".contains($0) }
    return trimmingWhitespace(text)
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
    text.lowercased()
      .split { !($0.isLetter || $0.isNumber || $0 == "-" || $0 == "'" || $0 == "’") }
      .map(trimmingApostrophesAndHyphens)
      .filter { !$0.isEmpty }
  }

  /// `](target)` removed wherever a `)` closes it, as the pattern `\]\([^)]*\)` would; a scan, not a
  /// regular expression, since the review reads every highlight of every experience.
  static func withoutLinkTargets(_ markdown: String) -> String {
    let scalars = Array(markdown.unicodeScalars)
    guard scalars.contains("]") else { return markdown }
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
    var en = words.filter { english.stopWords.contains($0) }.count
    var id = words.filter { indonesian.stopWords.contains($0) }.count
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
    if word.range(of: #"^\d+(st|nd|rd|th)$"#, options: .regularExpression) != nil { return true }
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
    if text.contains("%") { return true }
    if text.range(of: #"(?<![A-Za-z])\d"#, options: .regularExpression) != nil { return true }
    if text.range(of: #"(?:\bRp|\$|€|£|\bUSD|\bIDR)\s?\d"#, options: .regularExpression) != nil { return true }
    let words = words(text)
    return words.contains { word in
      Language.allCases.contains { language in
        let lists = WordLists.words(for: language)
        return lists.numberWords.contains(word) || lists.durationWords.contains(word)
      }
    }
  }

  /// A qualitative result named in words: adopted, launched, won, juara, diadopsi, ….
  public static func hasNamedOutcome(_ markdown: String) -> Bool {
    let words = words(plainText(markdown))
    return Language.allCases.contains { language in
      WordLists.words(for: language).outcomePhrases.contains { contains(words, phrase: $0) }
    }
  }

  /// The first weak phrase in the highlight, or its weak opening word.
  public static func weakPhrase(in words: [String]) -> String? {
    for language in Language.allCases {
      let lists = WordLists.words(for: language)
      if let phrase = lists.weakPhrases.first(where: { contains(words, phrase: $0) }) { return phrase }
    }
    if let first = words.first,
      Language.allCases.contains(where: { WordLists.words(for: $0).weakOpenings.contains(first) })
    {
      return first
    }
    return nil
  }

  /// Whether `words` holds the phrase's words in a row.
  static func contains(_ words: [String], phrase: String) -> Bool {
    let needle = phrase.split(separator: " ").map(String.init)
    guard !needle.isEmpty, words.count >= needle.count else { return false }
    for start in 0...(words.count - needle.count) where words[start] == needle[0] {
      if Array(words[start..<(start + needle.count)]) == needle { return true }
    }
    return false
  }
}
