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
    let what = language.say("[what you did]", "[apa yang Anda kerjakan]")
    let place =
      organization.map { language.say(" at \($0)", " di \($0)") } ?? language.say(" as \(title)", " sebagai \(title)")
    return rows.map { "\($0.verb) \(what)\(place)\($0.result)" }
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
    var removed = false
    let folded = { (word: String) in HighlightRules.words(word).first ?? "" }
    for language in Language.allCases {
      let lists = WordLists.words(for: language)
      for phrase in lists.weakPhrases {
        let needle = phrase.split(separator: " ").map(String.init)
        var index = 0
        while index + needle.count <= words.count {
          if (0..<needle.count).allSatisfy({ folded(words[index + $0]) == needle[$0] }) {
            words.removeSubrange(index..<(index + needle.count))
            removed = true
          } else {
            index += 1
          }
        }
      }
    }
    let joiners: Set<String> = ["and", "dan", "with", "to", "in", "on", "dengan", "untuk", "dalam", "atas"]
    while let first = words.first {
      let word = folded(first)
      let weak = Language.allCases.contains { WordLists.words(for: $0).weakOpenings.contains(word) }
      guard weak || (removed && joiners.contains(word)) else { break }
      words.removeFirst()
      removed = true
    }
    while let last = words.last, joiners.contains(folded(last)) { words.removeLast() }
    return (sentence(words.joined(separator: " ")), removed)
  }

  /// `Data entry` → `data entry`; a name or an acronym (`SQL`, `Tableau`) where it stands is kept.
  static func lowercasedOpening(_ text: String) -> String {
    guard let first = text.split(separator: " ").first, first.count > 1,
      first.dropFirst().allSatisfy({ !$0.isUppercase }),
      WordLists.english.stopWords.contains(first.lowercased())
        || WordLists.indonesian.stopWords.contains(first.lowercased())
        || TailoringData.builtIn.commonWords.contains(first.lowercased())
    else { return text }
    return text.prefix(1).lowercased() + text.dropFirst()
  }
}
