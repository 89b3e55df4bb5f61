import Synchronization

/// Tailors the person's CV to job postings. Built once per site: `init` indexes every
/// experience's terms, so that each posting is a lookup, not a rescan of every text.
///
/// Experiences are numbers (their place in `site.experiences`) throughout: what orders or
/// describes them is computed once here, so that a posting compares numbers, not experiences.
///
/// A class: its methods' closures capture `self`, and a struct of this many fields was copied (every
/// field retained and released) each time one was made.
public final class Tailor: Sendable {
  public let site: Site
  let vocabulary: Vocabulary
  let index: TermIndex
  /// Per experience, 0.5 (long ago) to 1 (ongoing or the newest), halving its distance to 0.5
  /// every three years before the site's newest date. Relative to the content, not to today, so
  /// that the same content always tailors the same way.
  let recency: [Double]
  /// Per experience, its place among all newest first (`Experience.reverseChronological`).
  let chronology: [Int32]
  /// Per experience, its place among all by slug.
  let slugOrder: [Int32]
  /// Per experience: it may be on a CV.
  let onCV: [Bool]
  /// Per experience: a STAR story with a situation or a result, one to tell.
  let tellsStory: [Bool]
  /// The experiences that may be on a CV, newest first; the education among them.
  let candidatesNewestFirst: [Int]
  let educationNewestFirst: [Int]
  /// Where each experience's highlights start in the list of every experience's highlights, and
  /// (last) that list's length: a posting scores highlights in one flat array.
  let highlightStart: [Int]
  /// The terms of skill names, read once for all postings: every posting's skills line reads the
  /// skills of the experiences it selects, mostly the same ones.
  let skillTerms: SkillTerms
  /// The evidence of each term, found once for all postings: postings share most of their terms.
  let knownEvidence = EvidenceCache()

  /// Each posting prepared in `init`: its requirements and terms, read once.
  let prepared: [JobPosting: Requirements]
  typealias Requirements = (requirements: [Requirement], terms: [Term])

  /// A tailor for any posting, or, with `postings`, for those: then the index keeps only what they
  /// look for (their terms, and the skills a skills line may list in their languages), and their
  /// requirements are read once. Another posting still tailors, on an index made for it alone.
  public init(site: Site, postings: [JobPosting]? = nil) {
    self.site = site
    let experiences = site.experiences
    let vocabulary = Vocabulary(config: site.config, experienceSkills: experiences.flatMap(\.skills))
    self.vocabulary = vocabulary
    let skillTerms = SkillTerms()
    self.skillTerms = skillTerms
    var prepared: [JobPosting: Requirements] = [:]
    var wanted: Set<String>?
    if let postings {
      let read = Parallel.map(postings.count, state: { WordCache() }) { words, number in
        let job = postings[number]
        return Self.requirements(
          of: job, language: job.language ?? site.config.language, vocabulary: vocabulary, words: &words)
      }
      var keys = Set<String>()
      for (job, requirements) in zip(postings, read) {
        prepared[job] = requirements
        for term in requirements.terms { keys.formUnion(term.query.joined()) }
      }
      let extractor = TermExtractor(vocabulary: vocabulary)
      let skills = Set(Self.skillCandidates(site))
      for language in Set(postings.map { $0.language ?? site.config.language }) {
        for skill in skills {
          if let term = skillTerms.term(skill, language: language, extractor: extractor) {
            keys.formUnion(term.query.joined())
          }
        }
      }
      wanted = keys
    }
    self.prepared = prepared
    index = TermIndex(experiences: experiences, vocabulary: vocabulary, keys: wanted)
    let newest =
      experiences.flatMap { [$0.start.monthIndex, $0.end?.date?.monthIndex ?? $0.start.monthIndex] }.max() ?? 0
    recency = experiences.map { experience in
      let end: Int
      switch experience.end {
      case .none, .present: end = newest
      case .on(let date): end = date.monthIndex
      }
      let months = Double(max(0, newest - end))
      return 0.5 + 0.5 * pow2(-months / 36)
    }
    let newestFirst = experiences.indices.sorted {
      Experience.reverseChronological(experiences[$0], experiences[$1])
    }
    var chronology = [Int32](repeating: 0, count: experiences.count)
    for (place, number) in newestFirst.enumerated() { chronology[number] = Int32(place) }
    self.chronology = chronology
    var slugOrder = [Int32](repeating: 0, count: experiences.count)
    for (place, number) in experiences.indices.sorted(by: { experiences[$0].slug < experiences[$1].slug }).enumerated()
    {
      slugOrder[number] = Int32(place)
    }
    self.slugOrder = slugOrder
    let onCV = experiences.map(\.visibility.isOnCV)
    self.onCV = onCV
    tellsStory = experiences.map { $0.star.map { !$0.situation.isEmpty || !$0.result.isEmpty } ?? false }
    candidatesNewestFirst = newestFirst.filter { onCV[$0] }
    educationNewestFirst = candidatesNewestFirst.filter { experiences[$0].kind == .education }
    var highlightStart = [0]
    for experience in experiences { highlightStart.append(highlightStart.last! + experience.highlights.count) }
    self.highlightStart = highlightStart
  }

  public func tailor(_ job: JobPosting) -> Tailoring {
    let language = job.language ?? site.config.language
    guard
      let (requirements, terms) = prepared[job]
        ?? (index.coverage == nil ? requirements(of: job, language: language) : nil)
    else {
      return Tailor(site: site, postings: [job]).tailor(job)
    }
    let experiences = site.experiences

    // Evidence, relevance of experiences and of their highlights.
    var evidence: [TermEvidence] = []
    var relevance = [Double](repeating: 0, count: experiences.count)
    var highlightScores = [Int](repeating: 0, count: highlightStart[experiences.count])
    for (number, term) in terms.enumerated() {
      let found = knownEvidence.of(term.query) { TermEvidence(index.occurrences(of: term.query)) }
      let weight = requirements[number].weight
      for (place, experience) in found.experiences.enumerated() {
        relevance[experience] += Double(weight) * found.weights[place]
        for position in found.highlightRange(at: place) {
          highlightScores[highlightStart[experience] + found.highlight(position)] += weight
        }
      }
      evidence.append(found)
    }
    for number in relevance.indices { relevance[number] *= recency[number] }

    let selected = select(job: job, requirements: requirements, evidence: evidence, relevance: relevance) {
      highlights(of: $0, scores: highlightScores)
    }
    var position = [Int](repeating: -1, count: experiences.count)
    for (place, number) in selected.enumerated() { position[number] = place }

    let entries = selected.map { number in
      var experience = experiences[number]
      experience.reflection = nil  // never written anywhere
      return TailoredEntry(
        experience: experience, highlights: highlights(of: number, scores: highlightScores),
        relevance: relevance[number],
        matchedTerms: evidence.indices.filter { evidence[$0].contains(number) }.map { requirements[$0].term })
    }

    // The report.
    var rows: [MatchReport.Evidence] = []
    var unused: [MatchReport.UnusedEvidence] = []
    var proven = 0
    var total = 0
    for (number, requirement) in requirements.enumerated() {
      let shown = evidence[number].experiences.filter { position[$0] >= 0 }.sorted { position[$0] < position[$1] }
      rows.append(
        MatchReport.Evidence(
          term: requirement.term, mustHave: requirement.isMustHave, keyword: requirement.isKeyword,
          evidence: shown.map { experiences[$0].slug }))
      total += requirement.weight
      if !shown.isEmpty {
        proven += requirement.weight
        continue
      }
      let offCV = evidence[number].experiences.filter { position[$0] < 0 }
      let bySlug = { [slugOrder] (a: Int, b: Int) in slugOrder[a] < slugOrder[b] }
      let cut = offCV.filter { onCV[$0] }.sorted(by: bySlug).map { experiences[$0].slug }
      let hidden = offCV.filter { !onCV[$0] }.sorted(by: bySlug).map { experiences[$0].slug }
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
        requirements: requirements, evidence: evidence, isSelected: position.map { $0 >= 0 }, relevance: relevance,
        highlightScores: highlightScores))
  }

  // MARK: Requirements

  /// The posting's requirements in order: must-haves, keywords, then terms found in its title
  /// and text in the order they appear; one per term, whatever its spellings.
  func requirements(of job: JobPosting, language: Language) -> Requirements {
    var words = WordCache()
    return Self.requirements(of: job, language: language, vocabulary: vocabulary, words: &words)
  }

  /// `words` is shared by the postings one worker reads (see `TermExtractor.terms(in:language:words:)`).
  static func requirements(of job: JobPosting, language: Language, vocabulary: Vocabulary, words: inout WordCache)
    -> Requirements
  {
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
      extractor.term(text, language: language, words: &words).map { add($0, mustHave: true, keyword: false) }
    }
    for text in job.keywords {
      extractor.term(text, language: language, words: &words).map { add($0, mustHave: false, keyword: true) }
    }
    for term in extractor.terms(in: job.title + "\n\n" + job.body, language: language, words: &words) {
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
  ///
  /// Only the ranks the CV reaches are worked out: the relevant rest comes off a heap, then those
  /// with nothing relevant in the order computed once (newest first).
  func select(
    job: JobPosting, requirements: [Requirement], evidence: [TermEvidence], relevance: [Double],
    shownHighlights: (Int) -> [Highlight]
  ) -> [Int] {
    let experiences = site.experiences
    let chronology = chronology
    let moreRelevant = { (a: Int, b: Int) -> Bool in
      if relevance[a] != relevance[b] { return relevance[a] > relevance[b] }
      return chronology[a] < chronology[b]
    }

    var ranked: [Int] = []
    var isRanked = [Bool](repeating: false, count: experiences.count)
    for (number, requirement) in requirements.enumerated() where requirement.isMustHave {
      let proofs = evidence[number].experiences.filter { onCV[$0] }
      guard !proofs.contains(where: { isRanked[$0] }), let best = proofs.min(by: moreRelevant) else { continue }
      ranked.append(best)
      isRanked[best] = true
    }
    for number in educationNewestFirst where !isRanked[number] {
      ranked.append(number)
      isRanked[number] = true
    }
    var relevant = Heap(
      experiences.indices.filter { onCV[$0] && !isRanked[$0] && relevance[$0] != 0 }, by: moreRelevant)
    var first = ranked.makeIterator()
    var rest = candidatesNewestFirst.lazy.filter { !isRanked[$0] && relevance[$0] == 0 }.makeIterator()
    func next() -> Int? { first.next() ?? relevant.pop() ?? rest.next() }

    var kept: [Int] = []
    if let limit = job.maxEntries ?? site.config.cvMaxEntries {
      while kept.count < limit, let number = next() { kept.append(number) }
    } else {
      var sections = Set<Section>()
      var lines = 0
      while let number = next() {
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
      return chronology[a] < chronology[b]
    }
  }

  /// The highlights a tailored entry shows, most relevant first, in their written order on a tie:
  /// every one that proves a requirement, at least `CVLength.minimumHighlights` and at most
  /// `CVLength.maximumHighlights`, so that the CV keeps to its pages and to the point. `scores`
  /// holds every experience's highlights, from `highlightStart`.
  func highlights(of experience: Int, scores: [Int]) -> [Highlight] {
    let all = site.experiences[experience].highlights
    let start = highlightStart[experience]
    let ranked = all.indices.sorted { a, b in
      let (scoreA, scoreB) = (scores[start + a], scores[start + b])
      return scoreA != scoreB ? scoreA > scoreB : a < b
    }
    let relevant = ranked.filter { scores[start + $0] > 0 }.count
    let shown = min(CVLength.maximumHighlights, max(relevant, CVLength.minimumHighlights))
    return ranked.prefix(shown).map { all[$0] }
  }

  // MARK: Skills line

  /// Every skill a skills line may list: vita.yml's, then every experience's.
  static func skillCandidates(_ site: Site) -> [String] {
    site.config.skills.flatMap(\.keywords) + site.experiences.flatMap(\.skills)
  }

  /// The posting's matched terms as it spells them (what an ATS looks for), then the person's
  /// other skills that an entry on the CV shows: vita.yml's groups in order, then the entries'.
  func skillsLine(matched: [String], terms: [Term], report: MatchReport, selected: [Int], language: Language)
    -> [String]
  {
    var line = matched
    var identities = Set(
      zip(report.requirements, terms).filter { !$0.0.evidence.isEmpty }.map { $0.1.identity })
    let extractor = TermExtractor(vocabulary: vocabulary)
    let candidates =
      site.config.skills.flatMap(\.keywords) + selected.flatMap { site.experiences[$0].skills }
    for skill in candidates {
      guard let term = skillTerms.term(skill, language: language, extractor: extractor),
        !identities.contains(term.identity)
      else { continue }
      let found = knownEvidence.of(term.query) { TermEvidence(index.occurrences(of: term.query)) }
      guard selected.contains(where: found.contains) else { continue }
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
    requirements: [Requirement], evidence: [TermEvidence], isSelected: [Bool], relevance: [Double],
    highlightScores: [Int]
  ) -> [InterviewItem] {
    // Locals, so that the closures below hold arrays and not a copy of the whole tailor.
    let experiences = site.experiences
    let (onCV, tellsStory, chronology, highlightStart) = (onCV, tellsStory, chronology, highlightStart)
    return requirements.enumerated().map { number, requirement in
      let found = evidence[number]
      // Places in `found` of the experiences that prove the requirement.
      let proofs = found.experiences.indices.filter { onCV[found.experiences[$0]] }
      func rank(_ a: Int, _ b: Int, named: Bool) -> Bool {
        let (experienceA, experienceB) = (found.experiences[a], found.experiences[b])
        if isSelected[experienceA] != isSelected[experienceB] { return isSelected[experienceA] }
        if named, found.inStory[a] != found.inStory[b] { return found.inStory[a] }
        if relevance[experienceA] != relevance[experienceB] { return relevance[experienceA] > relevance[experienceB] }
        return chronology[experienceA] < chronology[experienceB]
      }
      var tellers = Smallest<Int>(3)
      for place in proofs where tellsStory[found.experiences[place]] {
        tellers.add(place) { rank($0, $1, named: true) }
      }
      let stories = tellers.elements.compactMap { place in
        let experience = experiences[found.experiences[place]]
        return experience.star.map { InterviewStory(slug: experience.slug, title: experience.title, story: $0) }
      }
      var highlights: [InterviewHighlight] = []
      if stories.isEmpty {
        var named = Smallest<(place: Int, index: Int)>(3)
        for place in proofs {
          let start = highlightStart[found.experiences[place]]
          for position in found.highlightRange(at: place) {
            named.add((place, found.highlight(position))) { a, b in
              if a.place == b.place {
                let (scoreA, scoreB) = (highlightScores[start + a.index], highlightScores[start + b.index])
                return scoreA != scoreB ? scoreA > scoreB : a.index < b.index
              }
              return rank(a.place, b.place, named: false)
            }
          }
        }
        var shown = named.elements
        if shown.isEmpty {
          // No highlight names the term: the proving experiences' most relevant highlights.
          var ranked = Smallest<Int>(3)
          for place in proofs {
            let experience = found.experiences[place]
            guard highlightStart[experience + 1] > highlightStart[experience] else { continue }
            ranked.add(place) { rank($0, $1, named: false) }
          }
          shown = ranked.elements.compactMap { place in
            let experience = found.experiences[place]
            return self.highlights(of: experience, scores: highlightScores).first.flatMap { first in
              experiences[experience].highlights.firstIndex(of: first).map { (place: place, index: $0) }
            }
          }
        }
        highlights = shown.map {
          let experience = experiences[found.experiences[$0.place]]
          return InterviewHighlight(
            slug: experience.slug, title: experience.title, highlight: experience.highlights[$0.index])
        }
      }
      return InterviewItem(requirement: requirement, stories: stories, highlights: highlights)
    }
  }
}

/// Where one term is found: the experiences, ascending, and for each what the finds say.
struct TermEvidence: Sendable {
  private(set) var experiences: [Int] = []
  /// Per experience: the weight of the field that counts most (`Field.weight`).
  private(set) var weights: [Double] = []
  /// Per experience: found in its STAR story.
  private(set) var inStory: [Bool] = []
  /// Per experience: the highlights that name the term, ascending, at
  /// `highlightList[highlightBounds[place]..<highlightBounds[place + 1]]`.
  private var highlightBounds: [Int] = [0]
  private var highlightList: [Int] = []

  init(_ occurrences: [Occurrence]) {
    var occurrences = occurrences
    if zip(occurrences, occurrences.dropFirst()).contains(where: { $0.experience > $1.experience }) {
      occurrences.sort { ($0.experience, $0.field) < ($1.experience, $1.field) }
    }
    var start = 0
    while start < occurrences.count {
      let experience = occurrences[start].experience
      let firstHighlight = highlightList.count
      var weight = 0.0
      var story = false
      var previous: Int32 = -1
      var ascending = true
      var end = start
      while end < occurrences.count, occurrences[end].experience == experience {
        let code = occurrences[end].field
        end += 1
        guard code != previous else { continue }
        previous = code
        let field = Field(code: code)
        weight = max(weight, field.weight)
        if case .story = field { story = true }
        // Fields come in ascending order: while the kept highlights ascend, one after the last is new.
        // The search is only for any other order (searching every time was quadratic in an
        // experience's highlights).
        if case .highlight(let index) = field {
          let last = highlightList.count > firstHighlight ? highlightList[highlightList.count - 1] : -1
          if ascending, last < index {
            highlightList.append(index)
          } else if !highlightList[firstHighlight...].contains(index) {
            if last > index { ascending = false }
            highlightList.append(index)
          }
        }
      }
      experiences.append(Int(experience))
      weights.append(weight)
      inStory.append(story)
      highlightBounds.append(highlightList.count)
      start = end
    }
  }

  /// Where the highlights of the experience at `place` are, for `highlight(_:)`: a range and not a
  /// slice, which retains and releases the list's storage, once per experience of every term of
  /// every posting.
  func highlightRange(at place: Int) -> Range<Int> { highlightBounds[place]..<highlightBounds[place + 1] }

  func highlight(_ position: Int) -> Int { highlightList[position] }

  func contains(_ experience: Int) -> Bool {
    var low = 0
    var high = experiences.count
    while low < high {
      let middle = (low + high) / 2
      if experiences[middle] < experience { low = middle + 1 } else { high = middle }
    }
    return low < experiences.count && experiences[low] == experience
  }
}

/// The first `count` elements added, in the order `less` (strict and total), in that order: what
/// `sorted(by: less).prefix(count)` gives, without sorting them all.
struct Smallest<Element> {
  let count: Int
  private(set) var elements: [Element] = []

  init(_ count: Int) { self.count = count }

  mutating func add(_ element: Element, by less: (Element, Element) -> Bool) {
    if elements.count == count {
      guard let last = elements.last, less(element, last) else { return }
      elements.removeLast()
    }
    var index = elements.count
    while index > 0, less(element, elements[index - 1]) { index -= 1 }
    elements.insert(element, at: index)
  }
}

/// A binary heap: `pop` gives the elements in the order `less` (strict and total), each once.
struct Heap<Element> {
  private var elements: [Element]
  private let less: (Element, Element) -> Bool

  init(_ elements: [Element], by less: @escaping (Element, Element) -> Bool) {
    self.elements = elements
    self.less = less
    for index in stride(from: elements.count / 2 - 1, through: 0, by: -1) { siftDown(index) }
  }

  var isEmpty: Bool { elements.isEmpty }

  mutating func pop() -> Element? {
    guard !elements.isEmpty else { return nil }
    elements.swapAt(0, elements.count - 1)
    let top = elements.removeLast()
    siftDown(0)
    return top
  }

  private mutating func siftDown(_ start: Int) {
    var parent = start
    while true {
      var best = parent
      let (left, right) = (2 * parent + 1, 2 * parent + 2)
      if left < elements.count, less(elements[left], elements[best]) { best = left }
      if right < elements.count, less(elements[right], elements[best]) { best = right }
      if best == parent { return }
      elements.swapAt(parent, best)
      parent = best
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

/// The evidence of terms by their query, shared by the postings tailored at once.
final class EvidenceCache: Sendable {
  private let known = Mutex<[TermQuery: TermEvidence]>([:])

  /// The evidence of `query`, from `find` the first time.
  func of(_ query: TermQuery, find: () -> TermEvidence) -> TermEvidence {
    if let evidence = known.withLock({ $0[query] }) { return evidence }
    let evidence = find()
    known.withLock { $0[query] = evidence }
    return evidence
  }
}

/// Skill names read as terms, shared by the postings tailored at once.
final class SkillTerms: Sendable {
  private let terms = Mutex<[Language: [String: Term?]]>([:])

  func term(_ skill: String, language: Language, extractor: TermExtractor) -> Term? {
    if let known = terms.withLock({ $0[language]?[skill] }) { return known }
    let term = extractor.term(skill, language: language)
    terms.withLock { $0[language, default: [:]][skill] = .some(term) }
    return term
  }
}
