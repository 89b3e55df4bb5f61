/// What `cv: {pages: 1}` may take off a tailored CV to fit it on one printed page, in order: first
/// highlights, least relevant first and at least one kept per entry, then the least relevant
/// entries, never one of the five most relevant, the highest degree nor the best proof of a
/// must-have. Whether a CV fits is
/// measured by printing it (VitaSite's `CVFitter`), which tries `trimmed(by:)` with more and more
/// of `cuts` until one page holds it. A trimmed CV's report, skills line and interview are made
/// anew by the tailor from the entries left, so that none names what only a cut entry proved.
public struct OnePage: Sendable {
  /// One thing to take off: the last highlight of an entry, or a whole entry (by slug).
  public enum Cut: Sendable, Hashable {
    case highlight(String)
    case entry(String)
  }

  public let tailoring: Tailoring
  /// The tailor that made `tailoring`.
  public let tailor: Tailor
  /// Every cut, in the order they are made.
  public let cuts: [Cut]
  /// The posting's reading, made once for every trim.
  let reading: Tailor.Reading?

  /// How many of the most relevant entries are never cut (the same as the two-page budget keeps).
  public static let keptEntries = Tailor.leadingEntries

  public init(_ tailoring: Tailoring, tailor: Tailor) {
    self.tailoring = tailoring
    self.tailor = tailor
    reading = tailor.reading(of: tailoring.job)
    // Least relevant first; a tie keeps the CV's order.
    let byRelevance = tailoring.entries.indices.sorted {
      tailoring.entries[$0].relevance != tailoring.entries[$1].relevance
        ? tailoring.entries[$0].relevance > tailoring.entries[$1].relevance : $0 < $1
    }
    let leastFirst = byRelevance.reversed().map { tailoring.entries[$0] }
    var cuts: [Cut] = []
    // Highlights in rounds: each round takes the last (least relevant) highlight of every entry
    // that has more than one, the least relevant entry first.
    var left = Dictionary(uniqueKeysWithValues: tailoring.entries.map { ($0.experience.slug, $0.highlights.count) })
    var cutThisRound = true
    while cutThisRound {
      cutThisRound = false
      for entry in leastFirst where left[entry.experience.slug, default: 0] > 1 {
        left[entry.experience.slug, default: 0] -= 1
        cuts.append(.highlight(entry.experience.slug))
        cutThisRound = true
      }
    }
    // Never cut: the five most relevant entries, the highest degree, and the best proof on the CV
    // of each must-have, as the two-page selection keeps them.
    let protected = Set(byRelevance.prefix(Self.keptEntries).map { tailoring.entries[$0].experience.slug })
      .union(Self.highestDegree(in: tailoring.entries).map { [$0] } ?? [])
      .union(tailoring.report.requirements.filter(\.mustHave).compactMap(\.evidence.first))
    for entry in leastFirst where !protected.contains(entry.experience.slug) {
      cuts.append(.entry(entry.experience.slug))
    }
    self.cuts = cuts
  }

  /// The education entry with a degree that ended (or will end) last: the highest degree on the CV.
  static func highestDegree(in entries: [TailoredEntry]) -> String? {
    entries.filter { $0.experience.kind == .education }.max { first, second in
      (first.experience.degree != nil ? 1 : 0, first.experience.start) < (
        second.experience.degree != nil ? 1 : 0, second.experience.start
      )
    }?.experience.slug
  }

  /// The tailoring with the first `count` cuts made: the relevant section's length, the report
  /// (its score, matched and missing terms, evidence and `selected`), the skills line and the
  /// interview follow.
  public func trimmed(by count: Int) -> Tailoring {
    guard count > 0 else { return tailoring }
    var removedHighlights: [String: Int] = [:]
    var removedEntries: Set<String> = []
    for cut in cuts.prefix(count) {
      switch cut {
      case .highlight(let slug): removedHighlights[slug, default: 0] += 1
      case .entry(let slug): removedEntries.insert(slug)
      }
    }
    var trimmed = tailoring
    trimmed.entries = []
    trimmed.relevantCount = 0
    for (index, entry) in tailoring.entries.enumerated() where !removedEntries.contains(entry.experience.slug) {
      var kept = entry
      kept.highlights.removeLast(min(removedHighlights[entry.experience.slug, default: 0], kept.highlights.count))
      trimmed.entries.append(kept)
      if index < tailoring.relevantCount { trimmed.relevantCount += 1 }
    }
    return tailor.retailored(trimmed, reading: reading)
  }
}
