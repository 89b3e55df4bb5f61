/// The word lists the review judges highlights by, per language. All entries are lower-case.
///
/// They live in data/review/words.tsv, beside the other word lists, where a person reads and extends
/// them: a highlight is English or Indonesian by `stopWords`; it starts well when its first word is in
/// `actionVerbs` or `outcomeOpenings` (either language, since people mix them; English present tenses
/// and other `-ed` words, and Indonesian `mem-`/`men-`/`meng-`/`meny-` words count too); it has a measurable result when it holds
/// a number, `%`, an amount (`Rp`, `$`, `€`), a word in `numberWords` or `durationWords`; it has a
/// named outcome when it holds a phrase in `outcomePhrases`.
public struct WordLists: Sendable {
  public var stopWords: Set<String>
  public var actionVerbs: Set<String>
  /// Weak openings: a highlight starting with one of these reads as a task, not a result.
  public var weakOpenings: [String]
  /// Weak phrases anywhere in a highlight.
  public var weakPhrases: [String]
  public var numberWords: Set<String>
  public var durationWords: Set<String>
  public var outcomePhrases: [String]
  /// Result-first openings that are not verbs but are as good: `Finalist …`, `Juara 1 …`.
  public var outcomeOpenings: Set<String>
  /// Example verbs for messages.
  public var exampleVerbs: [String]

  public static func words(for language: Language) -> WordLists {
    switch language {
    case .en: english
    case .id: indonesian
    }
  }

  public static let english = WordLists(language: .en)
  public static let indonesian = WordLists(language: .id)

  /// The lists of `language` in data/review/words.tsv: `language<TAB>list<TAB>a, b, c` rows, a
  /// list's rows read in order.
  init(language: Language, table: String = BuiltInData.files["review/words.tsv"] ?? "") {
    var lists: [String: [String]] = [:]
    for (_, fields) in TailoringData.rows(table) where fields.count == 3 && fields[0] == language.rawValue {
      lists[fields[1], default: []] += fields[2].components(separatedBy: ", ")
    }
    stopWords = Set(lists["stop-words"] ?? [])
    actionVerbs = Set(lists["action-verbs"] ?? [])
    weakOpenings = lists["weak-openings"] ?? []
    weakPhrases = lists["weak-phrases"] ?? []
    numberWords = Set(lists["number-words"] ?? [])
    durationWords = Set(lists["duration-words"] ?? [])
    outcomePhrases = lists["outcome-phrases"] ?? []
    outcomeOpenings = Set(lists["outcome-openings"] ?? [])
    exampleVerbs = lists["example-verbs"] ?? []
  }
}
