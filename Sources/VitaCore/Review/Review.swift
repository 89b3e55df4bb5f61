/// The review behind `vita check`: advice on how well the content makes its case, beyond the
/// schema the loader enforces. A pure function of the site and the day it runs.
public struct Review: Sendable {
  public let site: Site
  public let today: PartialDate
  /// The table the findings are worded from.
  public var messages: ReviewMessages
  /// Each slug's visibility (the first experience with it wins), for checking links: built once, not per body.
  private let visibilities: [String: Visibility]
  /// The slugs, sorted, for "did you mean" on a broken link.
  private let slugs: [String]

  public init(site: Site, today: PartialDate) {
    self.site = site
    self.today = today
    self.messages = ReviewMessages.messages(for: site.config.language)
    visibilities = Dictionary(
      site.experiences.map { ($0.slug, $0.visibility) }, uniquingKeysWith: { first, _ in first })
    slugs = visibilities.keys.sorted()
  }

  /// Every finding, sorted by file and position; codes an experience ignores are left out.
  ///
  /// All are warnings except `start-in-future`, an error the loader also reports when it knows today;
  /// a draft's warnings are notes.
  public func findings() -> [Diagnostic] {
    // Each experience is reviewed on its own, so they are reviewed on every core.
    let perExperience = Parallel.map(site.experiences.count) { index in
      let experience = site.experiences[index]
      let ignored = Set(experience.ignoredFindings)
      let found = review(experience, variant: index).filter {
        $0.diagnostic.severity == .error || !ignored.contains($0.diagnostic.code)
      }
      // A draft is work in progress: its advice is a note, which no check fails on.
      guard experience.draft else { return found }
      return found.map { finding in
        var finding = finding
        if finding.diagnostic.severity == .warning { finding.diagnostic.severity = .note }
        return finding
      }
    }
    // Then, in the order they are printed, each finding's example: the first of its rewrites that
    // the run has not given yet, so that no example is given twice; the messages are worded around
    // them on every core.
    let findings = perExperience.joined().sorted { $0.diagnostic < $1.diagnostic }
    var given = Set<String>()
    let examples = findings.map { finding in finding.examples.first { given.insert($0).inserted } }
    var found = Parallel.map(findings.count) { index in
      var diagnostic = findings[index].diagnostic
      if let worded = findings[index].worded { diagnostic.message = worded(examples[index]) }
      return diagnostic
    }
    if let about = site.about {
      found += references(in: about, file: "content/about.md", firstLine: 1, page: .home)
    }
    return found.sorted()
  }

  /// A finding, and for advice with an example its rewrites and its message around one of them.
  private struct Finding: Sendable {
    var diagnostic: Diagnostic
    var examples: [String] = []
    var worded: (@Sendable (String?) -> String)?

    init(_ diagnostic: Diagnostic) { self.diagnostic = diagnostic }

    init(_ diagnostic: Diagnostic, examples: [String], worded: @escaping @Sendable (String?) -> String) {
      self.diagnostic = diagnostic
      self.examples = examples
      self.worded = worded
    }
  }

  /// The figures of the whole record.
  public func figures() -> RecordFigures {
    RecordFigures(experiences: site.experiences)
  }

  // MARK: One experience

  private func review(_ experience: Experience, variant: Int) -> [Finding] {
    var found: [Diagnostic] = []
    var advice: [Finding] = []
    let file = SourceLocation(file: experience.source.file)
    func at(_ key: String) -> SourceLocation { experience.keyLocations[key] ?? file }

    if experience.start.isAfter(today) {
      found.append(diagnostic(.startInFuture, messages.startInFuture(experience.start, today), at: at("start")))
    }
    for code in experience.ignoredFindings where ReviewCode(rawValue: code) == nil {
      let nearMiss = NearMiss.closest(to: code, among: ReviewCode.allCases.map(\.rawValue))
      found.append(diagnostic(.unknownIgnore, messages.unknownIgnore(code, nearMiss), at: at("review")))
    }

    let language = self.language(of: experience)
    if experience.highlights.isEmpty {
      let noHighlights = messages.noHighlights
      advice.append(
        Finding(
          diagnostic(.noHighlights, "", at: at("highlights")),
          examples: Rewrite.candidates(
            title: experience.title, organization: experience.organization, kind: experience.kind,
            language: language, variant: variant),
          worded: { noHighlights($0) }))
    }
    for (index, highlight) in experience.highlights.enumerated() {
      advice += review(highlight, kind: experience.kind, fallback: language, variant: variant + index)
    }

    if experience.featured, experience.star == nil {
      found.append(diagnostic(.featuredNoStar, messages.featuredNoStar(), at: at("featured")))
    }
    if let star = experience.star, !star.isComplete {
      let parts = [
        ("situation", star.situation), ("task", star.task), ("action", star.action), ("result", star.result),
      ]
      let missing = parts.filter { $0.1.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }.map(\.0)
      found.append(diagnostic(.incompleteStar, messages.incompleteStar(missing), at: at("star")))
    }

    found += references(
      in: experience.body, file: experience.source.file, firstLine: experience.bodyFirstLine, page: .experience)
    return found.map(Finding.init) + advice
  }

  private func review(_ highlight: Highlight, kind: Kind, fallback: Language, variant: Int) -> [Finding] {
    var found: [Finding] = []
    let plain = HighlightRules.plainText(highlight.text)
    let words = HighlightRules.words(plain)
    let language = HighlightRules.language(of: words) ?? fallback
    let lists = WordLists.words(for: language)
    let here = highlight.location
    // Made only for a highlight with advice: most highlights have none.
    var rewrites: [String]?
    func examples(_ made: inout [String]?) -> [String] {
      if made == nil { made = Rewrite.candidates(of: plain, kind: kind, language: language, variant: variant) }
      return made ?? []
    }

    if let phrase = HighlightRules.weakPhrase(in: words) {
      // Each finding keeps only its own message: the table's closures are shared by every core.
      let weakPhrase = messages.weakPhrase
      found.append(
        Finding(
          diagnostic(.weakPhrase, "", at: here), examples: examples(&rewrites),
          worded: { weakPhrase(phrase, $0) }))
    }
    // A weak opening is already a weak phrase: one finding is enough.
    let opening = words.first ?? ""
    let weakOpening = Language.allCases.contains { language in
      let lists = WordLists.words(for: language)
      return lists.weakOpenings.contains(opening)
        || lists.weakPhrases.contains { words.starts(with: $0.split(separator: " ").map(String.init)) }
    }
    let startsWithVerb = Language.allCases.contains { HighlightRules.isActionVerb(opening, in: $0) }
    if !weakOpening, !startsWithVerb {
      let shown = plain.split(separator: " ").first.map(String.init) ?? ""
      let (weakVerb, verbs) = (messages.weakVerb, lists.exampleVerbs)
      found.append(
        Finding(
          diagnostic(.weakVerb, "", at: here), examples: examples(&rewrites),
          worded: { weakVerb(shown, verbs, $0) }))
    }
    if !HighlightRules.hasMeasurableResult(plain), !HighlightRules.hasNamedOutcome(plain) {
      let noResult = messages.noResult
      found.append(
        Finding(
          diagnostic(.noResult, "", at: here), examples: examples(&rewrites), worded: { noResult($0) }))
    }
    if plain.count > HighlightRules.maximumLength {
      found.append(
        Finding(
          diagnostic(.longHighlight, messages.longHighlight(plain.count, HighlightRules.maximumLength), at: here)))
    }
    return found
  }

  /// The experience's language: its highlights, title and body by stop words, else the site's.
  private func language(of experience: Experience) -> Language {
    let text = ([experience.title] + experience.highlights.map(\.text) + [experience.body]).joined(separator: " ")
    return HighlightRules.language(of: HighlightRules.words(HighlightRules.plainText(text))) ?? site.config.language
  }

  // MARK: Bodies

  private func references(in body: String, file: String, firstLine: Int, page: InternalLink.Page) -> [Diagnostic] {
    var found: [Diagnostic] = []
    for reference in MarkdownReferences.scan(body) {
      let here = SourceLocation(file: file, line: firstLine + reference.line - 1, column: reference.column)
      switch reference.form {
      case .image(let alt) where alt.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty:
        found.append(diagnostic(.imageNoAlt, messages.imageNoAlt(reference.url), at: here))
      case .htmlImageWithoutAlt:
        found.append(diagnostic(.imageNoAlt, messages.htmlImageNoAlt(), at: here))
      case .link:
        guard let slug = InternalLink.slug(of: reference.url, baseURL: site.config.baseURL, on: page) else {
          continue
        }
        if let visibility = visibilities[slug] {
          if !visibility.isOnSite {
            found.append(
              diagnostic(
                .brokenInternalLink, messages.linkToPagelessExperience(reference.url, slug, visibility),
                at: here))
          }
        } else {
          let nearMiss = NearMiss.closest(to: slug, among: slugs)
          found.append(
            diagnostic(.brokenInternalLink, messages.linkToMissingExperience(reference.url, slug, nearMiss), at: here))
        }
      case .image:
        continue
      }
    }
    return found
  }

  private func diagnostic(_ code: ReviewCode, _ message: String, at location: SourceLocation) -> Diagnostic {
    Diagnostic(
      file: location.file, line: location.line, column: location.column, severity: code.severity,
      code: code.rawValue, message: message)
  }
}

extension JobPosting {
  /// Whether the posting gives terms to tailor to: `keywords`, `must_have` or at least three words
  /// that are not stop words. The loader warns about one that does not (`job-no-terms`), so that
  /// `vita build` says so as well as `vita check`.
  public var hasTerms: Bool {
    if !keywords.isEmpty || !mustHave.isEmpty { return true }
    let stopWords = WordLists.english.stopWords.union(WordLists.indonesian.stopWords)
    let words = HighlightRules.words(HighlightRules.plainText(body)).filter {
      !stopWords.contains($0) && $0.contains(where: \.isLetter)
    }
    return words.count >= 3
  }
}
