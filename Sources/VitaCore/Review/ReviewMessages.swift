/// The review's findings, worded from the `review.` keys of the site language's catalogue
/// (data/messages/): what is wrong, how to mend it and, where it helps, an example.
///
/// Examples of highlights are in the highlight's own language (`WordLists`), whatever the
/// catalogue's, so an English highlight on an Indonesian site gets an English rewrite in an
/// Indonesian sentence.
public struct ReviewMessages: Sendable {
  let messages: Messages

  public init(_ language: Language) { messages = Messages(language) }

  /// The messages in the site's language.
  public static func messages(for language: Language) -> ReviewMessages { ReviewMessages(language) }
  public static let english = ReviewMessages(.en)
  public static let indonesian = ReviewMessages(.id)

  /// `example` is a rewrite of the person's own sentence (`Rewrite`), nil where the run has given
  /// every rewrite already.
  public func weakVerb(_ opening: String, _ verbs: [String], _ example: String?) -> String {
    let verbs = verbs.prefix(3).map { "'\($0) …'" }.joined(separator: ", ")
    let shown =
      opening.isEmpty
      ? messages.text("review.weak-verb.no-word") : messages.text("review.weak-verb.opening", ["opening": opening])
    return messages.text("review.weak-verb", ["shown": shown, "verbs": verbs]) + self.example(example)
  }

  public func weakPhrase(_ phrase: String, _ example: String?) -> String {
    messages.text("review.weak-phrase", ["phrase": phrase]) + self.example(example)
  }

  public func noResult(_ example: String?) -> String {
    messages.text("review.no-result") + self.example(example)
  }

  public func longHighlight(_ length: Int, _ limit: Int) -> String {
    messages.text("review.long-highlight", ["length": length, "limit": limit])
  }

  public func noHighlights(_ example: String?) -> String {
    messages.text("review.no-highlights") + self.example(example)
  }

  public func featuredNoStar() -> String { messages.text("review.featured-no-star") }

  public func incompleteStar(_ missing: [String]) -> String {
    messages.text("review.incomplete-star", ["parts": missing.map { "'\($0)'" }.joined(separator: ", ")])
  }

  public func imageNoAlt(_ url: String) -> String { messages.text("review.image-no-alt", ["url": url]) }

  public func htmlImageNoAlt() -> String { messages.text("review.html-image-no-alt") }

  public func linkToMissingExperience(_ url: String, _ slug: String, _ nearMiss: String?) -> String {
    let hint =
      nearMiss.map { messages.text("hint.did-you-mean", ["name": $0]) }
      ?? messages.text("review.link-to-missing.hint")
    return messages.text("review.link-to-missing", ["url": url, "slug": slug]) + hint
  }

  public func linkToPagelessExperience(_ url: String, _ slug: String, _ visibility: Visibility) -> String {
    messages.text("review.link-to-pageless", ["url": url, "slug": slug, "visibility": visibility.rawValue])
  }

  public func jobNoTerms() -> String { messages.text("review.job-no-terms") }

  public func unknownIgnore(_ code: String, _ nearMiss: String?) -> String {
    let hint =
      nearMiss.map { messages.text("review.unknown-ignore.near", ["name": $0]) }
      ?? messages.text("review.unknown-ignore.codes")
    return messages.text("review.unknown-ignore", ["code": code, "hint": hint])
  }

  public func startInFuture(_ start: PartialDate, _ today: PartialDate) -> String {
    messages.text("review.start-in-future", ["start": start, "today": today])
  }

  public func summary(_ summary: ReviewSummary) -> String {
    var values: [String: Any] = [
      "files": count(summary.files, "file"), "errors": count(summary.errors, "error"),
      "warnings": count(summary.warnings, "warning"),
    ]
    guard summary.notes > 0 else { return messages.text("review.summary", values) }
    values["notes"] = count(summary.notes, "draft-note")
    return messages.text("review.summary-with-notes", values)
  }

  public func figures(_ figures: RecordFigures) -> [String] {
    let kinds = figures.experiencesByKind.map { "\($0.count) \($0.kind.rawValue)" }.joined(separator: ", ")
    let total = figures.selfInitiatedCount + figures.mandatoryCount
    return [
      kinds.isEmpty
        ? messages.text("review.figures.experiences", ["total": total])
        : messages.text("review.figures.experiences-by-kind", ["total": total, "kinds": kinds]),
      messages.text(
        "review.figures.self-initiated",
        ["selfInitiated": figures.selfInitiatedCount, "mandatory": figures.mandatoryCount]),
      messages.text(
        "review.figures.hours", ["hours": figures.hoursTotal, "selfInitiated": figures.selfInitiatedHours]),
      messages.text(
        "review.figures.measurable",
        [
          "measurable": figures.highlightsWithMeasurableResult, "total": figures.highlightsTotal,
          "share": figures.measurableResultShare,
        ]),
    ]
  }

  /// "3 files", "1 error": `review.count.<noun>.one` or `.other`.
  private func count(_ number: Int, _ noun: String) -> String {
    messages.text("review.count.\(noun).\(number == 1 ? "one" : "other")", ["count": number])
  }

  /// ` (e.g. '…', with your own figures for [N])`, or nothing.
  private func example(_ example: String?) -> String {
    guard let example else { return "" }
    let key = Rewrite.hasPlaceholder(example) ? "review.example-with-figures" : "review.example"
    return " " + messages.text(key, ["example": example, "placeholder": Rewrite.placeholder])
  }
}
