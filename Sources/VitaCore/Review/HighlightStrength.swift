/// How strongly a highlight reads as a result: the one measure the product picks highlights by
/// where no posting decides (the tailored CV when none is relevant, the home page's cards, the
/// review's ordering).
public enum HighlightStrength {
  /// A measured result counts most, then an action verb first, then an outcome named in words;
  /// a weak phrase ("responsible for", "helped with") counts against.
  public static func score(_ markdown: String) -> Int {
    let text = HighlightRules.plainText(markdown)
    let words = HighlightRules.words(text)
    var score = 0
    if HighlightRules.hasMeasurableResult(text: text, words: words) { score += 3 }
    if let first = words.first, Language.allCases.contains(where: { HighlightRules.isActionVerb(first, in: $0) }) {
      score += 2
    }
    if HighlightRules.hasNamedOutcome(words: words) { score += 1 }
    if HighlightRules.weakPhrase(in: words) != nil { score -= 3 }
    return score
  }

  /// The places of `highlights`, strongest first, in written order among equals.
  public static func strongestFirst(_ highlights: [Highlight]) -> [Int] {
    guard highlights.count > 1 else { return Array(highlights.indices) }
    let scores = highlights.map { score($0.text) }
    return highlights.indices.sorted { scores[$0] != scores[$1] ? scores[$0] > scores[$1] : $0 < $1 }
  }
}
