/// The stable codes of `vita check`'s review findings, as printed in `[code]` and accepted by
/// `review: {ignore: [code]}` in an experience's front matter.
///
/// The loader's own codes (`unknown-key`, `end-before-start`, `date`, …) are not listed here.
public enum ReviewCode: String, Sendable, CaseIterable, Codable, Hashable {
  case weakVerb = "weak-verb"
  case noResult = "no-result"
  case weakPhrase = "weak-phrase"
  case longHighlight = "long-highlight"
  case noHighlights = "no-highlights"
  case featuredNoStar = "featured-no-star"
  case incompleteStar = "incomplete-star"
  case imageNoAlt = "image-no-alt"
  case brokenInternalLink = "broken-internal-link"
  case jobNoTerms = "job-no-terms"
  case unknownIgnore = "unknown-ignore"
  case startInFuture = "start-in-future"

  /// One line for the format reference.
  public var summary: String {
    switch self {
    case .weakVerb: "a highlight does not start with an action verb (Led, Developed; Memimpin, Mengembangkan)"
    case .noResult: "a highlight names no measurable result (number, %, amount, duration) and no named outcome"
    case .weakPhrase: "a highlight uses a task phrase such as 'responsible for' or 'bertanggung jawab atas'"
    case .longHighlight: "a highlight is longer than \(HighlightRules.maximumLength) characters, two printed lines"
    case .noHighlights: "an experience has no highlights"
    case .featuredNoStar: "a featured experience has no STAR interview story"
    case .incompleteStar: "a STAR story leaves situation, task, action or result empty"
    case .imageNoAlt: "an image in a body has no alt text"
    case .brokenInternalLink: "a link in a body points to an experience that does not exist or has no page"
    case .jobNoTerms: "a job posting has no keywords, no must_have and almost no text to find terms in"
    case .unknownIgnore: "review.ignore names a code that does not exist"
    case .startInFuture: "an experience starts after today (an error)"
    }
  }

  /// Every review finding is a warning but a start in the future, which is an impossible date.
  public var severity: Diagnostic.Severity {
    self == .startInFuture ? .error : .warning
  }
}
