import Foundation

/// The example rewrites `vita check` offers with a weak highlight: the person's own sentence, led by
/// an action verb where it had none and ended by a result where it named none, each fitting the
/// experience's kind, with `[N]` where their own figure belongs (data/review/rewrites.tsv). No
/// figure is ever made up.
public enum Rewrite {
  /// A verb to lead with and a result clause to end with.
  struct Template: Sendable {
    var verb: String
    var result: String
  }

  /// The templates by language and CV section, in the order written.
  static let templates: [Language: [Section: [Template]]] = {
    var table: [Language: [Section: [Template]]] = [:]
    for (_, fields) in TailoringData.rows(BuiltInData.files["review/rewrites.tsv"] ?? "") {
      guard fields.count == 4, let language = Language(rawValue: fields[0]), let section = Section(rawValue: fields[1])
      else { continue }
      table[language, default: [:]][section, default: []].append(Template(verb: fields[2], result: fields[3]))
    }
    return table
  }()

  /// The placeholder for a figure only the person knows.
  public static let placeholder = "[N]"

  /// Whether `example` holds the placeholder; its bytes scanned, without Foundation's search.
  static func hasPlaceholder(_ example: String) -> Bool {
    let bytes = Array(example.utf8)
    guard bytes.count >= 3 else { return false }
    return (0...(bytes.count - 3)).contains {
      bytes[$0] == UInt8(ascii: "[") && bytes[$0 + 1] == UInt8(ascii: "N") && bytes[$0 + 2] == UInt8(ascii: "]")
    }
  }

  /// Rewrites of `highlight` (plain text), for an experience of `kind`, in `language`: without its
  /// weak phrases, led by a verb where it has none, ended by a result where it names none. The
  /// first template is the `variant`-th of the kind's, so that neighbours differ.
  public static func candidates(of highlight: String, kind: Kind, language: Language, variant: Int = 0) -> [String] {
    let rows = rotated(templates[language]?[kind.section] ?? [], by: variant)
    var (core, removed) = withoutWeakWords(sentence(highlight))
    guard !core.isEmpty else { return [] }
    let opening = HighlightRules.words(core).first ?? ""
    let needsVerb = !Language.allCases.contains { HighlightRules.isActionVerb(opening, in: $0) }
    // "Membantu mengajar …" → "Mengajar …": what was left starts the sentence.
    if removed, !needsVerb { core = core.prefix(1).uppercased() + core.dropFirst() }
    let needsResult = !HighlightRules.hasMeasurableResult(core) && !HighlightRules.hasNamedOutcome(core)
    var seen = Set<String>()
    return rows.compactMap { template in
      var text = core
      if needsVerb { text = template.verb + " " + lowercasedOpening(text) }
      if needsResult { text += template.result }
      return seen.insert(text).inserted ? text : nil
    }
  }

  /// Highlights for an experience that has none, from its title and organisation.
  public static func candidates(
    title: String, organization: String?, kind: Kind, language: Language, variant: Int = 0
  ) -> [String] {
    let rows = rotated(templates[language]?[kind.section] ?? [], by: variant)
    let what =
      organization.map { language.messages.text("review.what-you-did-at", ["organization": $0]) }
      ?? language.messages.text("review.what-you-did-as", ["title": title])
    return rows.map { "\($0.verb) \(what)\($0.result)" }
  }

  private static func rotated(_ rows: [Template], by offset: Int) -> [Template] {
    guard !rows.isEmpty else { return [] }
    let start = ((offset % rows.count) + rows.count) % rows.count
    return Array(rows[start...] + rows[..<start])
  }

  /// The sentence without its closing full stop and the spaces around it.
  static func sentence(_ text: String) -> String {
    var text = Substring(text).trimmingCharacters(in: .whitespaces)
    while let last = text.last, ".;,".contains(last) { text.removeLast() }
    return text
  }

  /// The sentence without its weak phrases ("responsible for", "helped out") and weak opening
  /// ("Helped", "Attended"), and whether any was there.
  static func withoutWeakWords(_ text: String) -> (String, Bool) {
    var words = text.split(separator: " ").map(String.init)
    // Each word as the word lists spell it ("Helped," → "helped"), once.
    var folded = words.map { HighlightRules.words($0).first ?? "" }
    var removed = false
    for phrase in weakPhrases {
      var index = 0
      while index + phrase.count <= folded.count {
        if folded[index..<(index + phrase.count)].elementsEqual(phrase) {
          words.removeSubrange(index..<(index + phrase.count))
          folded.removeSubrange(index..<(index + phrase.count))
          removed = true
        } else {
          index += 1
        }
      }
    }
    let joiners: Set<String> = ["and", "dan", "with", "to", "in", "on", "dengan", "untuk", "dalam", "atas"]
    while let first = folded.first, weakOpenings.contains(first) || (removed && joiners.contains(first)) {
      words.removeFirst()
      folded.removeFirst()
      removed = true
    }
    while let last = folded.last, joiners.contains(last) {
      words.removeLast()
      folded.removeLast()
    }
    return (sentence(words.joined(separator: " ")), removed)
  }

  /// Both languages' weak phrases, as words, and weak openings.
  private static let weakPhrases: [[String]] = Language.allCases.flatMap { language in
    WordLists.words(for: language).weakPhrases.map { $0.split(separator: " ").map(String.init) }
  }
  private static let weakOpenings = Set(Language.allCases.flatMap { WordLists.words(for: $0).weakOpenings })

  /// Ordinary words in English and Indonesian, to tell `Data entry` from `Tableau dashboards`.
  private static let commonWords = TailoringData.wordList(BuiltInData.files["language/common-en.txt"] ?? "")
    .union(TailoringData.wordList(BuiltInData.files["language/common-id.txt"] ?? ""))

  /// `Data entry` → `data entry`; a name or an acronym (`SQL`, `Tableau`) where it stands is kept.
  static func lowercasedOpening(_ text: String) -> String {
    guard let first = text.split(separator: " ").first, first.count > 1,
      first.dropFirst().allSatisfy({ !$0.isUppercase }),
      WordLists.english.stopWords.contains(first.lowercased())
        || WordLists.indonesian.stopWords.contains(first.lowercased())
        || commonWords.contains(first.lowercased())
    else { return text }
    return text.prefix(1).lowercased() + text.dropFirst()
  }
}
