/// Tailors the person's CV to job postings. Built once per site: `init` indexes every
/// experience's terms, so that each posting is a lookup, not a rescan of every text.
public struct Tailor: Sendable {
  public let site: Site
  let vocabulary: Vocabulary
  let index: TermIndex
  /// Per experience, 0.5 (long ago) to 1 (ongoing or the newest), halving its distance to 0.5
  /// every three years before the site's newest date. Relative to the content, not to today, so
  /// that the same content always tailors the same way.
  let recency: [Double]

  public init(site: Site) {
    self.site = site
    vocabulary = Vocabulary(config: site.config, experienceSkills: site.experiences.flatMap(\.skills))
    index = TermIndex(experiences: site.experiences, vocabulary: vocabulary)
    let newest =
      site.experiences.flatMap { [$0.start.monthIndex, $0.end?.date?.monthIndex ?? $0.start.monthIndex] }.max() ?? 0
    recency = site.experiences.map { experience in
      let end: Int
      switch experience.end {
      case .none, .present: end = newest
      case .on(let date): end = date.monthIndex
      }
      let months = Double(max(0, newest - end))
      return 0.5 + 0.5 * pow2(-months / 36)
    }
  }

  public func tailor(_ job: JobPosting) -> Tailoring {
    let language = job.language ?? site.config.language
    let (requirements, terms) = self.requirements(of: job, language: language)
    let experiences = site.experiences

    // Evidence, relevance of experiences and of their highlights.
    var evidence = [[Int]](repeating: [], count: requirements.count)
    var fieldsByRequirement = [[Int: Set<Field>]](repeating: [:], count: requirements.count)
    var relevance = [Double](repeating: 0, count: experiences.count)
    var matchedRequirements = [[Int]](repeating: [], count: experiences.count)
    var highlightScores: [Int: [Int: Int]] = [:]
    for (number, term) in terms.enumerated() {
      var fields: [Int: Set<Field>] = [:]
      for occurrence in index.occurrences(of: term.query) {
        fields[Int(occurrence.experience), default: []].insert(Field(code: occurrence.field))
      }
      fieldsByRequirement[number] = fields
      evidence[number] = fields.keys.sorted()
      let weight = Double(requirements[number].weight)
      for (experience, found) in fields {
        relevance[experience] += weight * (found.map(\.weight).max() ?? 0)
        matchedRequirements[experience].append(number)
        for case .highlight(let highlight) in found {
          highlightScores[experience, default: [:]][highlight, default: 0] += requirements[number].weight
        }
      }
    }
    for number in relevance.indices { relevance[number] *= recency[number] }
    for number in matchedRequirements.indices { matchedRequirements[number].sort() }

    let selected = select(job: job, requirements: requirements, evidence: evidence, relevance: relevance) {
      highlights(of: $0, scores: highlightScores[$0] ?? [:])
    }
    let selectedSet = Set(selected)

    let entries = selected.map { number in
      var experience = experiences[number]
      experience.reflection = nil  // never written anywhere
      return TailoredEntry(
        experience: experience, highlights: highlights(of: number, scores: highlightScores[number] ?? [:]),
        relevance: relevance[number], matchedTerms: matchedRequirements[number].map { requirements[$0].term })
    }
    let position = Dictionary(uniqueKeysWithValues: selected.enumerated().map { ($0.element, $0.offset) })

    // The report.
    var rows: [MatchReport.Evidence] = []
    var unused: [MatchReport.UnusedEvidence] = []
    var proven = 0
    var total = 0
    for (number, requirement) in requirements.enumerated() {
      let onCV = evidence[number].filter(selectedSet.contains).sorted { position[$0]! < position[$1]! }
      rows.append(
        MatchReport.Evidence(
          term: requirement.term, mustHave: requirement.isMustHave, keyword: requirement.isKeyword,
          evidence: onCV.map { experiences[$0].slug }))
      total += requirement.weight
      if !onCV.isEmpty {
        proven += requirement.weight
        continue
      }
      let offCV = evidence[number].filter { !selectedSet.contains($0) }
      let cut = offCV.filter { experiences[$0].visibility.isOnCV }.map { experiences[$0].slug }.sorted()
      let hidden = offCV.filter { !experiences[$0].visibility.isOnCV }.map { experiences[$0].slug }.sorted()
      if !cut.isEmpty { unused.append(.init(term: requirement.term, experiences: cut, reason: .cut)) }
      if !hidden.isEmpty { unused.append(.init(term: requirement.term, experiences: hidden, reason: .private)) }
    }
    let matched = rows.filter { !$0.evidence.isEmpty }.map(\.term)
    let report = MatchReport(
      job: job.slug, title: job.title, company: job.company,
      score: total == 0 ? 0 : (100 * proven + total / 2) / total,
      matched: matched, missing: rows.filter { $0.evidence.isEmpty }.map(\.term),
      mustHaveMissing: rows.filter { $0.mustHave && $0.evidence.isEmpty }.map(\.term),
      selected: entries.map(\.experience.slug), requirements: rows, unusedEvidence: unused)

    return Tailoring(
      job: job, report: report, entries: entries,
      skills: skillsLine(matched: matched, terms: terms, report: report, selected: selected, language: language),
      interview: interview(
        requirements: requirements, fields: fieldsByRequirement, selected: selectedSet, relevance: relevance,
        highlightScores: highlightScores))
  }

  // MARK: Requirements

  /// The posting's requirements in order: must-haves, keywords, then terms found in its title
  /// and text in the order they appear; one per term, whatever its spellings.
  func requirements(of job: JobPosting, language: Language) -> ([Requirement], [Term]) {
    let extractor = TermExtractor(vocabulary: vocabulary)
    var requirements: [Requirement] = []
    var terms: [Term] = []
    var byIdentity: [String: Int] = [:]
    func add(_ term: Term, mustHave: Bool, keyword: Bool) {
      if let existing = byIdentity[term.identity] {
        requirements[existing].isMustHave = requirements[existing].isMustHave || mustHave
        requirements[existing].isKeyword = requirements[existing].isKeyword || keyword
        return
      }
      byIdentity[term.identity] = requirements.count
      requirements.append(Requirement(term: term.display, isMustHave: mustHave, isKeyword: keyword))
      terms.append(term)
    }
    for text in job.mustHave {
      extractor.term(text, language: language).map { add($0, mustHave: true, keyword: false) }
    }
    for text in job.keywords {
      extractor.term(text, language: language).map { add($0, mustHave: false, keyword: true) }
    }
    for term in extractor.terms(in: job.title + "\n\n" + job.body, language: language) {
      add(term, mustHave: false, keyword: false)
    }
    return (requirements, terms)
  }

  // MARK: Selection

  /// The experiences on the CV, in CV order.
  ///
  /// Private experiences are never candidates. The others are ranked: first, for each must-have,
  /// the most relevant entry proving it (unless one already ranked does); then education (a CV
  /// without it looks broken); then the rest, most relevant first, newer first on a tie, so that
  /// entries with nothing relevant come last. `max_entries` (the job's, else vita.yml's) keeps
  /// the first N; otherwise entries are kept in rank order while the CV fits two A4 pages
  /// (`CVLength`), and the first that does not fit ends the CV.
  func select(
    job: JobPosting, requirements: [Requirement], evidence: [[Int]], relevance: [Double],
    shownHighlights: (Int) -> [Highlight]
  ) -> [Int] {
    let experiences = site.experiences
    let candidates = experiences.indices.filter { experiences[$0].visibility.isOnCV }
    let candidateSet = Set(candidates)
    func moreRelevant(_ a: Int, _ b: Int) -> Bool {
      if relevance[a] != relevance[b] { return relevance[a] > relevance[b] }
      return Experience.reverseChronological(experiences[a], experiences[b])
    }

    var ranked: [Int] = []
    var rankedSet = Set<Int>()
    for (number, requirement) in requirements.enumerated() where requirement.isMustHave {
      let proofs = evidence[number].filter(candidateSet.contains)
      guard !proofs.contains(where: rankedSet.contains), let best = proofs.min(by: moreRelevant) else { continue }
      ranked.append(best)
      rankedSet.insert(best)
    }
    let education = candidates.filter { experiences[$0].kind == .education && !rankedSet.contains($0) }
      .sorted { Experience.reverseChronological(experiences[$0], experiences[$1]) }
    ranked += education
    rankedSet.formUnion(education)
    ranked += candidates.filter { !rankedSet.contains($0) }.sorted(by: moreRelevant)

    var kept: [Int]
    if let limit = job.maxEntries ?? site.config.cvMaxEntries {
      kept = Array(ranked.prefix(max(0, limit)))
    } else {
      kept = []
      var sections = Set<Section>()
      var lines = 0
      for number in ranked {
        let section = experiences[number].kind.section
        let more =
          CVLength.lines(of: experiences[number], highlights: shownHighlights(number))
          + (sections.contains(section) ? 0 : CVLength.sectionHeading)
        if lines + more > CVLength.twoA4Pages && !kept.isEmpty { break }
        kept.append(number)
        sections.insert(section)
        lines += more
      }
    }
    return kept.sorted { a, b in
      let (sectionA, sectionB) = (experiences[a].kind.section, experiences[b].kind.section)
      if sectionA != sectionB { return sectionA < sectionB }
      return Experience.reverseChronological(experiences[a], experiences[b])
    }
  }

  /// The highlights a tailored entry shows, most relevant first, in their written order on a tie:
  /// every one that proves a requirement, at least `CVLength.minimumHighlights` and at most
  /// `CVLength.maximumHighlights`, so that the CV keeps to its pages and to the point.
  func highlights(of experience: Int, scores: [Int: Int]) -> [Highlight] {
    let ranked = site.experiences[experience].highlights.enumerated()
      .sorted { a, b in
        let (scoreA, scoreB) = (scores[a.offset] ?? 0, scores[b.offset] ?? 0)
        return scoreA != scoreB ? scoreA > scoreB : a.offset < b.offset
      }
    let relevant = ranked.filter { (scores[$0.offset] ?? 0) > 0 }.count
    let shown = min(CVLength.maximumHighlights, max(relevant, CVLength.minimumHighlights))
    return ranked.prefix(shown).map(\.element)
  }

  // MARK: Skills line

  /// The posting's matched terms as it spells them (what an ATS looks for), then the person's
  /// other skills that an entry on the CV shows: vita.yml's groups in order, then the entries'.
  func skillsLine(matched: [String], terms: [Term], report: MatchReport, selected: [Int], language: Language)
    -> [String]
  {
    var line = matched
    var identities = Set(
      zip(report.requirements, terms).filter { !$0.0.evidence.isEmpty }.map { $0.1.identity })
    let selectedSet = Set(selected.map(Int32.init))
    let extractor = TermExtractor(vocabulary: vocabulary)
    let candidates =
      site.config.skills.flatMap(\.keywords) + selected.flatMap { site.experiences[$0].skills }
    for skill in candidates {
      guard let term = extractor.term(skill, language: language), !identities.contains(term.identity) else { continue }
      guard index.occurrences(of: term.query).contains(where: { selectedSet.contains($0.experience) }) else { continue }
      identities.insert(term.identity)
      line.append(term.display)
    }
    return line
  }

  // MARK: Interview

  /// For each requirement, up to three STAR stories from experiences that prove it (those on the
  /// CV first, then stories that name the term, then the most relevant); where there is none, up
  /// to three highlights that prove it. Private experiences are never used.
  func interview(
    requirements: [Requirement], fields: [[Int: Set<Field>]], selected: Set<Int>, relevance: [Double],
    highlightScores: [Int: [Int: Int]]
  ) -> [InterviewItem] {
    let experiences = site.experiences
    return requirements.enumerated().map { number, requirement in
      let proofs = fields[number].filter { experiences[$0.key].visibility.isOnCV }
      func rank(_ a: Int, _ b: Int, _ named: (Int) -> Bool) -> Bool {
        if selected.contains(a) != selected.contains(b) { return selected.contains(a) }
        if named(a) != named(b) { return named(a) }
        if relevance[a] != relevance[b] { return relevance[a] > relevance[b] }
        return Experience.reverseChronological(experiences[a], experiences[b])
      }
      let storyNames = { (experience: Int) in proofs[experience]?.contains(.story) ?? false }
      let stories = proofs.keys
        .filter { experiences[$0].star.map { !$0.situation.isEmpty || !$0.result.isEmpty } ?? false }
        .sorted { rank($0, $1, storyNames) }
        .prefix(3)
        .compactMap { experience in
          experiences[experience].star.map {
            InterviewStory(slug: experiences[experience].slug, title: experiences[experience].title, story: $0)
          }
        }
      var highlights: [InterviewHighlight] = []
      if stories.isEmpty {
        var found: [(experience: Int, index: Int)] = []
        for (experience, where_) in proofs {
          for case .highlight(let index) in where_ { found.append((experience, index)) }
        }
        found.sort { a, b in
          if a.experience == b.experience {
            let scores = highlightScores[a.experience] ?? [:]
            let (scoreA, scoreB) = (scores[a.index] ?? 0, scores[b.index] ?? 0)
            return scoreA != scoreB ? scoreA > scoreB : a.index < b.index
          }
          return rank(a.experience, b.experience) { _ in false }
        }
        if found.isEmpty {
          // No highlight names the term: the proving experiences' most relevant highlights.
          let ranked = proofs.keys.sorted { rank($0, $1) { _ in false } }
          found = ranked.compactMap { experience in
            self.highlights(of: experience, scores: highlightScores[experience] ?? [:]).first.flatMap { first in
              experiences[experience].highlights.firstIndex(of: first).map { (experience, $0) }
            }
          }
        }
        highlights = found.prefix(3).map {
          InterviewHighlight(
            slug: experiences[$0.experience].slug, title: experiences[$0.experience].title,
            highlight: experiences[$0.experience].highlights[$0.index])
        }
      }
      return InterviewItem(requirement: requirement, stories: Array(stories), highlights: highlights)
    }
  }
}

/// A CV tailored to one posting, with its report and interview preparation.
public struct Tailoring: Sendable {
  public var job: JobPosting
  public var report: MatchReport
  /// The experiences on the CV, in CV order: by section, then newest first.
  public var entries: [TailoredEntry]
  /// The skills line: matched terms as the posting spells them, then the person's other skills
  /// that the CV shows.
  public var skills: [String]
  /// One item per requirement, in the report's order.
  public var interview: [InterviewItem]
}

/// An experience on a tailored CV. Its `reflection` is always nil.
public struct TailoredEntry: Sendable, Hashable {
  public var experience: Experience
  /// Every highlight, the most relevant first.
  public var highlights: [Highlight]
  /// Weighted by must-have 3, keyword 2, found term 1, by where the term was found, and by recency.
  public var relevance: Double
  /// The requirements it proves, as the posting spells them.
  public var matchedTerms: [String]
}

/// 2^x without Foundation's pow, for a recency weight.
private func pow2(_ x: Double) -> Double {
  var result = 1.0
  var exponent = x
  while exponent <= -1 {
    result /= 2
    exponent += 1
  }
  // Linear between whole powers: close enough for a weight, and the same on every platform.
  return result * (1 + exponent / 2)
}
