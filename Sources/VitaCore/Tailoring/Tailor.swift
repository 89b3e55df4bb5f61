import Synchronization

/// Tailors the person's CV to job postings (docs/tailoring.md).
///
/// Built once per site: it learns the names the postings use, reads each posting, and indexes every
/// experience, so that each posting is then a ranking over the index. Tailoring a posting is:
/// relevance (BM25F of each experience against what the posting asks for), the CV (the most
/// relevant entries first, cut to two pages from the least relevant), and the report (which
/// requirement each entry proves, the score, what is missing, the interview questions).
public final class Tailor: Sendable {
  public let site: Site
  let vocabulary: Vocabulary
  let index: ExperienceIndex
  let data: TailoringData
  /// Each posting, read once.
  let analyses: [JobPosting: PostingAnalysis]
  /// Per experience, 0 (the oldest) to 1 (ongoing or the newest): a mild tie-breaker only.
  let recency: [Double]
  /// Per experience, its place among all newest first.
  let chronology: [Int]
  /// The experiences that may be on a CV.
  let onCV: [Int]
  /// Per experience, its highlights strongest first (`HighlightStrength`), made when first needed.
  let strongest = Mutex<[Int: [Int]]>([:])
  /// Per experience, the level of education it shows (education only; 0 for others).
  let educationLevel: [Int]
  /// Per education entry, the class of honours its score names (1 first … 4 third).
  let honoursClass: [Int?]
  /// Per education entry, the families of fields of study its name is in
  /// (data/relations/field-families.tsv).
  let fieldFamilies: [Set<Int>]
  /// The concepts of the person's languages in vita.yml, with how each is written there.
  let spokenLanguages: [Int32: String]
  /// The concept of each skill the person lists, by its spelling.
  let skillConcepts: [String: Int32]
  /// Each concept's spellings of several words, for evidence in other words' order or form.
  let phrases: [Int32: [[WordKeys]]]
  /// How many of the postings read ask for each concept: what sets a posting apart from the others
  /// is what only it asks for.
  let postingsAsking: [Int32: Int]
  /// Wholes and the concepts that prove them (data/relations/suites.tsv): Excel proves Microsoft
  /// Office, CSAT proves working to KPIs.
  let parts: [Int32: [Int32]]
  /// The tools everyone uses (data/posting/everyday-tools.txt): a requirement naming only these is
  /// never named missing.
  let everydayTools: Set<Int32>
  /// The targets the work must keep (data/posting/targets.txt): among the duties, never a gap.
  let targets: Set<Int32>
  /// The credentials vita.yml's summary and headline name: they head the CV, so a licence stated
  /// there ("Class D driving licence and own car") is shown though no entry holds it.
  let statedCredentials: Set<Int32>

  /// A gap's examples are compared with each other up to this many; more are only rid of repeats.
  static let maximumExamplesCompared = 32
  /// How much recency adds to relevance: a tie-breaker, never a reason.
  static let recencyWeight = 0.05
  /// The most relevant experiences in which a phrase said in other words is looked for: more
  /// than a CV holds.
  static let phraseCandidates = 64
  /// At least this many of the most relevant entries open the CV, and at most this many.
  static let leadingEntries = 5
  static let maximumRelevantEntries = 8
  /// Entries after the first five stay in the relevant section while this close to the best.
  static let relevantShare = 0.5
  /// How far an entry that meets the posting's degree requirement moves towards the most
  /// relevant entry; half as far when any field will do.
  static let degreeLift = 0.5
  /// A line of the posting that names nothing known is proven by an experience holding this
  /// share of its words.
  static let coverageNeeded = 0.6

  /// A tailor for `postings` (the site's postings by default). Another posting still tailors, on a
  /// tailor made for it alone.
  public init(site: Site, postings: [JobPosting]? = nil) {
    self.site = site
    let data = TailoringData.builtIn
    self.data = data
    let keyTable = KeyTable.shared
    var reader = TextReader(keyTable: keyTable)
    var vocabulary = Vocabulary(site: site, reader: &reader)
    let jobs = postings ?? site.jobs
    // The names postings use that no list knows become terms, before anything is read for them.
    let finder = PostingReader(vocabulary: vocabulary, data: data)
    let found = Parallel.map(jobs.count, state: { TextReader(keyTable: keyTable) }) { reader, number in
      finder.unknownNames(in: jobs[number], reader: &reader)
    }
    let credentialNouns = data.cueWords[.credentialNoun] ?? []
    // A name one of whose spellings ends in a credential's noun is a credential: "BCSS", defined
    // as "Building Construction Supervisors Safety Course".
    func endsInCredentialNoun(_ spelling: String) -> Bool {
      spelling.split(whereSeparator: { !$0.isLetter }).last.map { credentialNouns.contains(Tokenizer.fold(String($0))) }
        ?? false
    }
    var named = [[Int32]](repeating: [], count: jobs.count)
    for (number, names) in found.map(\.names).enumerated() {
      for spellings in names {
        let kind: Requirement.Kind =
          spellings.contains(where: endsInCredentialNoun)
          ? .credential : spellings[0].contains(where: \.isUppercase) ? .tool : .skill
        if let concept = vocabulary.add(spellings, kind: kind, origin: .posting, reader: &reader) {
          named[number].append(concept)
        }
      }
    }
    self.vocabulary = vocabulary
    // Each posting is read with the names it uses, never those only another posting uses: its
    // tailoring is the same whichever postings stand beside it ("Poli Gizi" in one posting makes
    // no term of "poli" in another).
    let ownNames = named.map { Set($0.map(vocabulary.concept)) }
    let postingNames = ownNames.reduce(into: Set<Int32>()) { $0.formUnion($1) }
      .filter { vocabulary.origin(of: $0) == .posting }
    let shared = vocabulary
    let read = Parallel.map(jobs.count, state: { TextReader(keyTable: keyTable) }) { reader, number in
      var own = shared
      own.foreign = postingNames.subtracting(ownNames[number])
      return PostingReader(vocabulary: own, data: data).analyse(jobs[number], reader: &reader)
    }
    analyses = Dictionary(zip(jobs, read), uniquingKeysWith: { first, _ in first })
    var askers: [Int32: Int] = [:]
    for analysis in read {
      for concept in Set(analysis.requirements.flatMap(\.concepts)) { askers[concept, default: 0] += 1 }
    }
    postingsAsking = askers

    let experiences = site.experiences
    index = ExperienceIndex(experiences: experiences, vocabulary: vocabulary, keyTable: keyTable)
    let months = experiences.map { experience -> Int in
      switch experience.end {
      case .none, .present: Int.max
      case .on(let date): date.monthIndex
      }
    }
    let known = months.filter { $0 != Int.max }
    let (oldest, newest) = (known.min() ?? 0, known.max() ?? 0)
    recency = months.map { month in
      month == Int.max || newest == oldest ? 1 : Double(month - oldest) / Double(newest - oldest)
    }
    let newestFirst = experiences.indices.sorted {
      Experience.reverseChronological(experiences[$0], experiences[$1])
    }
    var chronology = [Int](repeating: 0, count: experiences.count)
    for (place, number) in newestFirst.enumerated() { chronology[number] = place }
    self.chronology = chronology
    onCV = experiences.indices.filter { experiences[$0].visibility.isOnCV }
    let finderForLevels = PostingReader(vocabulary: vocabulary, data: data)
    educationLevel = experiences.map { experience in
      guard experience.kind == .education else { return 0 }
      let text = [experience.degree, experience.title, experience.area].compactMap { $0 }.joined(separator: "\n")
      return finderForLevels.degree(in: reader.read(text))?.level ?? (experience.degree == nil ? 1 : 4)
    }
    honoursClass = experiences.map { experience in
      guard experience.kind == .education, let score = experience.score else { return nil }
      return data.degreeClass(in: Array(score.unicodeScalars))?.rank
    }
    fieldFamilies = experiences.map { experience in
      guard experience.kind == .education else { return [] }
      return data.fieldFamilies(of: TailoringData.foldedWords(ExperienceIndex.title(of: experience)))
    }
    // A language proves itself, and a test its fluency names proves the test: "Professional
    // (IELTS 7.0)" answers "TOEFL 550 / IELTS 6.5 or equivalent".
    var spoken: [Int32: String] = [:]
    for language in site.config.languages {
      if let concept = vocabulary.concept(spelledBy: reader.read(language.language)) {
        spoken[concept] = language.language
      }
      guard let fluency = language.fluency else { continue }
      for match in vocabulary.matches(in: reader.read(fluency), all: false)
      where vocabulary.kind(of: match.concept) == .language && spoken[match.concept] == nil {
        spoken[match.concept] = language.language
      }
    }
    spokenLanguages = spoken
    var skillConcepts: [String: Int32] = [:]
    for skill in site.config.skills.flatMap(\.keywords) + experiences.flatMap(\.skills)
    where skillConcepts[skill] == nil {
      skillConcepts[skill] = vocabulary.concept(spelledBy: reader.read(skill))
    }
    self.skillConcepts = skillConcepts
    phrases = vocabulary.phrases()
    var parts: [Int32: [Int32]] = [:]
    for suite in data.suites + found.flatMap(\.suites) {
      guard let whole = vocabulary.concept(spelledBy: reader.read(suite.whole)) else { continue }
      parts[whole, default: []] += suite.parts.compactMap { vocabulary.concept(spelledBy: reader.read($0)) }
    }
    self.parts = parts
    func concepts(spelledBy spellings: [String]) -> Set<Int32> {
      Set(spellings.compactMap { vocabulary.concept(spelledBy: reader.read($0)).map(vocabulary.concept) })
    }
    everydayTools = concepts(spelledBy: data.everydayTools)
    targets = concepts(spelledBy: data.targets)
    let statement = [site.config.person.headline, site.config.person.summary].compactMap { $0 }.joined(separator: "\n")
    // Not one it says is not held yet: "STR sedang dalam proses penerbitan".
    let stated = reader.read(statement)
    let statedScalars = Array(statement.unicodeScalars)
    statedCredentials = Set(
      vocabulary.matches(in: stated, all: false)
        .filter { !ExperienceIndex.isPending($0, in: stated, scalars: statedScalars) }
        .map { vocabulary.concept($0.concept) }.filter { vocabulary.kind(of: $0) == .credential })
  }

  /// The posting as the tailor reads it: its parts and requirements.
  public func analysis(of job: JobPosting) -> PostingAnalysis {
    analyses[job] ?? Tailor(site: site, postings: [job]).analysis(of: job)
  }

  public func tailor(_ job: JobPosting) -> Tailoring {
    guard let analysis = analyses[job] else { return Tailor(site: site, postings: [job]).tailor(job) }
    let reading = reading(analysis)
    let highlightScores = HighlightScorer(query: analysis.query, index: index)

    // The CV: the most relevant entries first, then the others by section.
    let (kept, leading) = select(
      job: job, ranked: reading.ranked, relevance: reading.relevance, requirements: analysis.requirements,
      proofs: reading.proofs, highlightScores: highlightScores)
    let order = cvOrder(kept: kept, leading: leading, ranked: reading.ranked, relevance: reading.relevance)
    let experiences = site.experiences
    let entries = order.map { number in
      var experience = experiences[number]
      experience.reflection = nil  // never written anywhere
      let matched = analysis.requirements.indices.filter { reading.proofs[$0].contains(number) }
        .map { analysis.requirements[$0].term }
      return TailoredEntry(
        experience: experience, highlights: shownHighlights(of: number, scores: highlightScores.scores(of: number)),
        relevance: reading.relevance[number], matchedTerms: matched)
    }
    return tailoring(
      job, entries: entries, order: order, relevantCount: leading.count, analysis: analysis, reading: reading,
      highlightScores: highlightScores)
  }

  /// `tailoring` with only the entries it still shows (a `cv: {pages: 1}` trim): its report, skills
  /// line and interview made anew from them, so that each names only what the CV still proves.
  public func retailored(_ tailoring: Tailoring) -> Tailoring { retailored(tailoring, reading: nil) }

  /// The same, with the posting's `reading` when the caller keeps it for several trims.
  func retailored(_ tailoring: Tailoring, reading: Reading?) -> Tailoring {
    let job = tailoring.job
    guard let analysis = analyses[job] else { return Tailor(site: site, postings: [job]).retailored(tailoring) }
    let number = Dictionary(site.experiences.indices.map { (site.experiences[$0].slug, $0) }) { first, _ in first }
    let shown = tailoring.entries.compactMap { entry in number[entry.experience.slug].map { (entry, $0) } }
    return self.tailoring(
      job, entries: shown.map(\.0), order: shown.map(\.1), relevantCount: tailoring.relevantCount,
      analysis: analysis, reading: reading ?? self.reading(analysis),
      highlightScores: HighlightScorer(query: analysis.query, index: index))
  }

  /// The posting's reading, when this tailor read the posting.
  func reading(of job: JobPosting) -> Reading? { analyses[job].map(reading) }

  /// What tailoring reads off a posting before it selects: each experience's relevance, those on
  /// a CV most relevant first, and the experiences that prove each requirement and soft skill.
  struct Reading: Sendable {
    var relevance: [Double]
    var ranked: [Int]
    var proofs: [Set<Int>]
    var softProofs: [Set<Int>]
  }

  func reading(_ analysis: PostingAnalysis) -> Reading {
    let matching = relevance(for: analysis)
    // A phrase in other words is looked for only where a CV may take it from.
    let likely = Set(ranked(by: matching).prefix(Self.phraseCandidates))
    let proven = Self.acceptingAlternatives(
      analysis.requirements, analysis.requirements.map { proofs(of: $0, readingPhrasesIn: likely) })
    let relevance = Self.liftingDegrees(matching, requirements: analysis.requirements, proofs: proven)
    return Reading(
      relevance: relevance, ranked: ranked(by: relevance), proofs: proven,
      softProofs: analysis.softSkills.map { proofs(of: $0, readingPhrasesIn: likely) })
  }

  /// Relevance with each entry that meets a degree requirement moved `degreeLift` of the way to
  /// the most relevant entry (half as far when any field will do; less for a degree that is only
  /// a plus). The degree a posting asks for is relevant however few of the posting's words its
  /// entry repeats: a recruiter looks for it. It never passes the entry that matches the posting
  /// best, and an entry that proves nothing keeps its place.
  static func liftingDegrees(_ relevance: [Double], requirements: [Requirement], proofs: [Set<Int>]) -> [Double] {
    guard let best = relevance.max(), best > 0 else { return relevance }
    var lifted = relevance
    for (number, requirement) in requirements.enumerated() where requirement.kind == .degree {
      let share =
        degreeLift * min(1, requirement.weight) * (requirement.fieldWords.isEmpty || requirement.anyField ? 0.5 : 1)
      for entry in proofs[number] { lifted[entry] += share * max(0, best - lifted[entry]) }
    }
    return lifted
  }

  /// A keyword the posting itself offers as one of alternatives ("keywords: [Power BI]" and
  /// "Experience with Power BI or Looker Studio") is proven by what proves any of them: the
  /// posting takes Looker Studio in its place. A must-have is the person's own word that only it
  /// will do. A credential a line offers instead of its degree ("a B.Ed, or a degree with a PGCE")
  /// is proven by what proves the degree.
  static func acceptingAlternatives(_ requirements: [Requirement], _ proofs: [Set<Int>]) -> [Set<Int>] {
    var proofs = proofs
    if let degree = requirements.firstIndex(where: { $0.kind == .degree }) {
      for number in requirements.indices
      where requirements[number].isInsteadOfDegree && !requirements[number].isMustHave {
        proofs[number].formUnion(proofs[degree])
      }
    }
    var alternativesNaming: [Int32: [Int]] = [:]
    for number in requirements.indices where requirements[number].concepts.count > 1 {
      for concept in requirements[number].concepts { alternativesNaming[concept, default: []].append(number) }
    }
    guard !alternativesNaming.isEmpty else { return proofs }
    var accepted = proofs
    for number in requirements.indices {
      let keyword = requirements[number]
      guard keyword.isKeyword, !keyword.isMustHave, keyword.concepts.count == 1 else { continue }
      for other in alternativesNaming[keyword.concepts[0]] ?? [] where other != number {
        accepted[number].formUnion(proofs[other])
      }
    }
    return accepted
  }

  /// The experiences that may be on a CV, most relevant first (the newer first on a tie).
  func ranked(by relevance: [Double]) -> [Int] {
    var entries = onCV.map { (relevance: relevance[$0], chronology: chronology[$0], number: $0) }
    entries.sort { $0.relevance != $1.relevance ? $0.relevance > $1.relevance : $0.chronology < $1.chronology }
    return entries.map(\.number)
  }

  /// The tailoring of a CV of `entries` (experiences `order`): its report, skills line and interview.
  func tailoring(
    _ job: JobPosting, entries: [TailoredEntry], order: [Int], relevantCount: Int, analysis: PostingAnalysis,
    reading: Reading, highlightScores: HighlightScorer
  ) -> Tailoring {
    var position = [Int](repeating: -1, count: site.experiences.count)
    for (place, number) in order.enumerated() { position[number] = place }
    let report = report(
      job: job, analysis: analysis, proofs: reading.proofs, softProofs: reading.softProofs, position: position,
      order: order, highlightScores: highlightScores)
    return Tailoring(
      job: job, report: report, entries: entries, relevantCount: relevantCount,
      requirements: analysis.requirements,
      askedElsewhere: analysis.requirements.map { requirement in
        max(0, (requirement.concepts.compactMap { postingsAsking[$0] }.max() ?? 1) - 1)
      },
      skills: skillsLine(report: report, analysis: analysis, kept: order),
      interview: interview(
        analysis: analysis, proofs: reading.proofs, softProofs: reading.softProofs, position: position,
        relevance: reading.relevance, highlightScores: highlightScores))
  }

  // MARK: Relevance

  /// BM25F of each experience against the posting, with recency as a tie-breaker.
  func relevance(for analysis: PostingAnalysis) -> [Double] {
    let scores = index.scores(for: analysis.query)
    return scores.indices.map { scores[$0] * (1 + Self.recencyWeight * recency[$0]) }
  }

  /// How relevant each highlight of an experience is to one posting: the weight of the posting's
  /// terms it names, each term once at its rarest unit there. Worked out only for the experiences
  /// a CV may show.
  struct HighlightScorer {
    let query: [QueryTerm]
    let index: ExperienceIndex
    let idf: [Int32: Double]

    init(query: [QueryTerm], index: ExperienceIndex) {
      self.query = query
      self.index = index
      idf = Dictionary(query.flatMap(\.units).map { ($0, index.idf($0)) }, uniquingKeysWith: { first, _ in first })
    }

    func scores(of experience: Int) -> [Double] {
      index.documents[experience].highlights.map { units in
        query.reduce(0) { total, term in
          let best = term.units.filter { units.containsSorted($0) }.map { idf[$0] ?? 0 }.max() ?? 0
          return total + term.weight * best
        }
      }
    }
  }

  /// The experiences that prove a requirement; private ones too (the report names them as
  /// unused). A phrase said in other order or form is looked for in `likely` only: reading an
  /// experience's words in order takes its text again.
  func proofs(of requirement: Requirement, readingPhrasesIn likely: Set<Int>) -> Set<Int> {
    switch requirement.kind {
    case .degree:
      // The level or above, and one of the fields it names, unless any field will do.
      let level = requirement.level ?? 1
      var atLevel = Set(educationLevel.indices.filter { educationLevel[$0] >= level })
      // A class of honours below the one asked for proves nothing; a score that names no class
      // cannot be compared.
      if let minimum = requirement.minimumClass {
        atLevel = atLevel.filter { honoursClass[$0].map { $0 <= minimum } ?? true }
      }
      guard !requirement.fieldWords.isEmpty, !requirement.anyField else { return atLevel }
      // A field is proven by the degree's own name (its title, degree and area) naming one of the
      // line's words or one of the fields it names. A course is not the degree's field: a BSN's
      // "Nursing Informatics" does not answer "BS Information Technology".
      let byName = atLevel.filter { number in
        requirement.fieldWords.contains { keys in keys.contains(where: index.documents[number].title.containsSorted) }
      }
      // "Or related": a degree whose field is of the same family as one the line names.
      let related = atLevel.filter { !requirement.relatedFamilies.isDisjoint(with: fieldFamilies[$0]) }
      let fields = atLevel.filter { number in
        let document = index.documents[number]
        return requirement.fields.contains { document.title.containsSorted(-1 - $0) }
          || requirement.fieldPhrases.contains(where: document.titleHolds)
      }
      return byName.union(related).union(fields)
    case .general:
      guard !requirement.words.isEmpty else { return Set(index.documents.indices) }
      // How many of the line's words each experience holds, counted from each word's documents.
      var held: [Int: Int] = [:]
      for keys in requirement.words {
        for document in Set(keys.flatMap(index.documents(proving:))) { held[document, default: 0] += 1 }
      }
      let needed = Self.coverageNeeded * Double(requirement.words.count)
      return Set(held.filter { Double($0.value) >= needed }.keys)
    default:
      let concepts =
        requirement.concepts + requirement.examples + requirement.concepts.flatMap { parts[$0] ?? [] }
      // A place of work proves no credential: "a certificate recognised by SEDA" is no job at SEDA.
      // The line is read for a credential's word only where a workplace alone proves it: a duty
      // line may hold thousands of names, each a requirement on that line.
      var proofs = Set(concepts.flatMap { index.documents(proving: -1 - $0) })
      let byWorkplace = proofs.filter { document in
        concepts.allSatisfy { !index.proves(document, -1 - $0) || index.provesOnlyAsWorkplace(document, -1 - $0) }
      }
      if !byWorkplace.isEmpty, Self.asksForACredential(requirement) { proofs.subtract(byWorkplace) }
      // An item of its list that names nothing known ("warehouse or retail supervisory role"):
      // every word of it in an experience's title, which says what the experience was. A word
      // anywhere else proves too little: "operations" is in many highlights.
      for words in requirement.unnamedAlternatives where !words.isEmpty {
        let candidates = Set(words[0].flatMap { index.documents(proving: $0) }).subtracting(proofs)
        proofs.formUnion(
          candidates.filter { document in
            index.documents[document].titleHolds(all: words)
          })
      }
      // A phrase said in other order or form: all its words close together in one experience
      // ("onboarded 12 new customers" proves customer onboarding; "managed the budget of a
      // project" is no project management). A credential only in the title of the entry that
      // holds it ("Basic First Aid and CPR Certificate" for a First Aid certificate): "helped
      // licensed members with bat box checks" holds no bat licence.
      for concept in requirement.concepts {
        let isCredential = vocabulary.kind(of: concept) == .credential
        for words in phrases[concept] ?? [] {
          let candidates = Set(words[0].all.flatMap { index.documents(proving: $0) })
          if isCredential {
            let keys = words.map(\.all)
            proofs.formUnion(candidates.filter { index.documents[$0].titleHolds(all: keys) })
            continue
          }
          for document in candidates.intersection(likely).sorted() where !proofs.contains(document) {
            guard words.dropFirst().allSatisfy({ $0.all.contains { index.proves(document, $0) } }) else { continue }
            if says(words, in: document) { proofs.insert(document) }
          }
        }
      }
      // A grade point average below the minimum asked for proves nothing; one not given as a
      // score cannot be compared.
      if let minimum = requirement.minimumGradePoint {
        proofs = proofs.filter { document in
          index.documents[document].gradePoint.map { $0 >= minimum - 0.005 } ?? true
        }
      }
      return proofs
    }
  }

  /// Whether an experience holds all of a phrase's words within a few words of each other, in
  /// any order and form.
  func says(_ words: [WordKeys], in experience: Int) -> Bool {
    let window = words.count + 2
    var reader = TextReader(keyTable: .shared)
    return ExperienceIndex.provingTexts(of: site.experiences[experience]).contains { text in
      let analysed = reader.read(text)
      return analysed.keys.indices.contains { start in
        let end = min(analysed.count, start + window)
        guard analysed.isPhrase(start, end) || end - start < 2 else { return false }
        return words.allSatisfy { word in (start..<end).contains { word.intersects(analysed.keys[$0]) } }
      }
    }
  }

  /// The person's skill in vita.yml that names a tool the posting asks for, as written there: a
  /// named product is a claim the CV's skills line can make. So is a skill, where the line asks to
  /// know it ("Menguasai Ms. Excel (filter, VLOOKUP)"), not to have done it (cue `experience`:
  /// "Experience in process improvement" asks for an entry that shows it). So is a credential the
  /// person says they hold ("SIM C"), which the skills line names, and a part of a whole asked for
  /// (data/relations/suites.tsv): "SIM A" or a Malaysian "Class D driving licence" is a driving licence.
  func listedProof(of requirement: Requirement) -> String? {
    guard [.tool, .skill, .credential].contains(requirement.kind) else { return nil }
    let concepts = Set(requirement.concepts + requirement.examples + requirement.concepts.flatMap { parts[$0] ?? [] })
    return site.config.skills.flatMap(\.keywords).first { skill in
      conceptOfSkill(skill).map { concept in
        concepts.contains(concept)
          && (vocabulary.kind(of: concept) != .skill || !requirement.asksForExperience)
      } ?? false
    }
  }

  /// The person's language in vita.yml that proves a requirement (or a test its fluency names), as
  /// written there.
  func spokenProof(of requirement: Requirement) -> String? {
    (requirement.concepts + requirement.concepts.flatMap { parts[$0] ?? [] }).lazy
      .compactMap { self.spokenLanguages[$0] }.first
  }

  // MARK: The CV

  /// The experiences on the CV, and those of them that open it (the relevant section), in rank order.
  ///
  /// In rank order, entries are kept while the CV fits two pages (`CVLength`), or up to
  /// `max_entries`; the first five, the highest degree and the best proof of each must-have are
  /// never cut, and the best proof of each other requirement is kept where it fits.
  func select(
    job: JobPosting, ranked: [Int], relevance: [Double], requirements: [Requirement], proofs: [Set<Int>],
    highlightScores: HighlightScorer
  ) -> (kept: [Int], leading: [Int]) {
    let experiences = site.experiences
    // What no cut removes: the highest degree, and the best proof of each must-have…
    var required = Set<Int>()
    if let degree = ranked.filter({ educationLevel[$0] > 0 }).max(by: {
      educationLevel[$0] != educationLevel[$1]
        ? educationLevel[$0] < educationLevel[$1] : chronology[$0] > chronology[$1]
    }) {
      required.insert(degree)
    }
    for (number, requirement) in requirements.enumerated() where requirement.isMustHave {
      if let best = ranked.first(where: proofs[number].contains) { required.insert(best) }
    }

    var kept: [Int] = []
    if let limit = job.maxEntries ?? site.config.cvMaxEntries {
      // …even where `max_entries` asks for fewer: they take the places of the least relevant.
      kept = Array(ranked.prefix(limit))
      for number in ranked where required.contains(number) && !kept.contains(number) {
        if let last = kept.lastIndex(where: { !required.contains($0) }) { kept[last] = number }
      }
      let rank = Dictionary(uniqueKeysWithValues: ranked.enumerated().map { ($1, $0) })
      kept.sort { rank[$0]! < rank[$1]! }
    } else {
      // …nor are the five most relevant entries cut for the length: their lines are counted
      // first, then the others are kept in rank order while the CV fits two pages.
      let protected = required.union(ranked.prefix(Self.leadingEntries))
      var sections = Set<Section>()
      var lines = CVLength.sectionHeading
      func cost(_ number: Int) -> Int {
        let section = experiences[number].kind.section
        return CVLength.lines(
          of: experiences[number], highlights: shownHighlights(of: number, scores: highlightScores.scores(of: number)))
          + (sections.contains(section) ? 0 : CVLength.sectionHeading)
      }
      for number in ranked where protected.contains(number) {
        lines += cost(number)
        sections.insert(experiences[number].kind.section)
      }
      // Where room allows, the best proof of each requirement the entries above leave unproven,
      // weightiest first: a CV that shows more of what the posting asks beats one with another
      // loosely related entry.
      var chosen = protected
      let unproven = requirements.indices.filter { requirements[$0].kind != .general }
        .sorted { requirements[$0].weight > requirements[$1].weight }
      for number in unproven where !proofs[number].contains(where: chosen.contains) {
        guard let best = ranked.first(where: proofs[number].contains) else { continue }
        let more = cost(best)
        guard lines + more <= CVLength.twoA4Pages else { continue }
        lines += more
        sections.insert(experiences[best].kind.section)
        chosen.insert(best)
      }
      for number in ranked {
        if chosen.contains(number) {
          kept.append(number)
          continue
        }
        let more = cost(number)
        guard lines + more <= CVLength.twoA4Pages else { break }
        kept.append(number)
        sections.insert(experiences[number].kind.section)
        lines += more
      }
      // The chosen entries that come after the first that did not fit.
      for number in ranked where chosen.contains(number) && !kept.contains(number) { kept.append(number) }
      let rank = Dictionary(uniqueKeysWithValues: ranked.enumerated().map { ($1, $0) })
      kept.sort { rank[$0]! < rank[$1]! }
    }
    let best = kept.first.map { relevance[$0] } ?? 0
    var leading: [Int] = []
    for number in kept where relevance[number] > 0 && leading.count < Self.maximumRelevantEntries {
      guard leading.count < Self.leadingEntries || relevance[number] >= Self.relevantShare * best else { break }
      leading.append(number)
    }
    return (kept, leading)
  }

  /// The CV's order: the relevant section in rank order, then the other sections, each where its
  /// most relevant entry ranks (in the usual order when none is relevant), newest first within.
  func cvOrder(kept: [Int], leading: [Int], ranked: [Int], relevance: [Double]) -> [Int] {
    let experiences = site.experiences
    let rank = Dictionary(uniqueKeysWithValues: ranked.enumerated().map { ($1, $0) })
    let leadingSet = Set(leading)
    var bySection: [Section: [Int]] = [:]
    for number in kept where !leadingSet.contains(number) {
      bySection[experiences[number].kind.section, default: []].append(number)
    }
    // A section's place: its most relevant entry's rank; one with nothing relevant comes after.
    func place(_ section: Section) -> Int {
      bySection[section]!.filter { relevance[$0] > 0 }.map { rank[$0]! }.min() ?? Int.max
    }
    let sections = bySection.keys.sorted { a, b in
      place(a) != place(b) ? place(a) < place(b) : a < b
    }
    return leading
      + sections.flatMap { section in
        bySection[section]!.sorted { Experience.reverseChronological(experiences[$0], experiences[$1]) }
      }
  }

  /// The highlights an entry shows: those naming what the posting asks for, most relevant first,
  /// then the strongest; at least `CVLength.minimumHighlights`, at most `maximumHighlights`.
  func shownHighlights(of experience: Int, scores: [Double]) -> [Highlight] {
    let all = site.experiences[experience].highlights
    var strength = [Int](repeating: 0, count: all.count)
    for (place, index) in strengthOrder(of: experience).enumerated() { strength[index] = place }
    let ordered = all.indices.sorted { a, b in
      scores[a] != scores[b] ? scores[a] > scores[b] : strength[a] < strength[b]
    }
    let relevant = scores.filter { $0 > 0 }.count
    let shown = min(CVLength.maximumHighlights, max(relevant, CVLength.minimumHighlights))
    return ordered.prefix(shown).map { all[$0] }
  }

  /// An experience's highlights, strongest first.
  func strengthOrder(of experience: Int) -> [Int] {
    if let known = strongest.withLock({ $0[experience] }) { return known }
    let order = HighlightStrength.strongestFirst(site.experiences[experience].highlights)
    strongest.withLock { $0[experience] = order }
    return order
  }

  /// Whether a requirement asks for a credential: its kind, or its line's word for one
  /// (certificate, licence, sertifikat; certified, registered; cues `credential-noun` and
  /// `credential-opener`).
  static func asksForACredential(_ requirement: Requirement) -> Bool {
    guard requirement.kind != .credential else { return true }
    let words = TailoringData.foldedWords(requirement.line)
    return words.contains { credentialWords.contains($0) || credentialWords.contains(EnglishStemmer.stem($0)) }
  }

  static let credentialWords: Set<String> = {
    let cues = TailoringData.builtIn.cueWords
    let words = (cues[.credentialNoun] ?? []).union(cues[.credentialOpener] ?? [])
    return words.union(words.map(EnglishStemmer.stem))
  }()

  // MARK: The report

  func report(
    job: JobPosting, analysis: PostingAnalysis, proofs: [Set<Int>], softProofs: [Set<Int>], position: [Int],
    order: [Int], highlightScores: HighlightScorer
  ) -> MatchReport {
    let experiences = site.experiences
    var rows: [MatchReport.Evidence] = []
    var unused: [MatchReport.UnusedEvidence] = []
    var proven = 0.0
    var total = 0.0
    func onCV(_ proof: Set<Int>) -> [Int] { proof.filter { position[$0] >= 0 }.sorted { position[$0] < position[$1] } }
    for (number, requirement) in analysis.requirements.enumerated() {
      let shown = onCV(proofs[number])
      let spoken = requirement.kind == .language ? spokenProof(of: requirement) : nil
      let listed = shown.isEmpty ? listedProof(of: requirement) : nil
      let stated =
        shown.isEmpty && listed == nil && requirement.kind == .credential
        && requirement.concepts.contains { statedCredentials.contains(vocabulary.concept($0)) }
      let row = MatchReport.Evidence(
        term: requirement.term, mustHave: requirement.isMustHave, keyword: requirement.isKeyword,
        evidence: shown.map { experiences[$0].slug }, kind: requirement.kind, weight: requirement.weight,
        part: requirement.part, highlights: shown.flatMap { provingHighlights(of: $0, for: requirement) },
        languages: spoken.map { [$0] } ?? [], skills: listed.map { [$0] } ?? [], summary: stated)
      rows.append(row)
      total += requirement.weight
      if row.isProven {
        proven += requirement.weight
        continue
      }
      let offCV = proofs[number].filter { position[$0] < 0 }.sorted { experiences[$0].slug < experiences[$1].slug }
      let cut = offCV.filter { experiences[$0].visibility.isOnCV }.map { experiences[$0].slug }
      let hidden = offCV.filter { !experiences[$0].visibility.isOnCV }.map { experiences[$0].slug }
      if !cut.isEmpty { unused.append(.init(term: requirement.term, experiences: cut, reason: .cut)) }
      if !hidden.isEmpty { unused.append(.init(term: requirement.term, experiences: hidden, reason: .private)) }
    }
    let named = zip(analysis.requirements, rows).filter { $0.0.isNamed }
    // A line that welcomes newcomers with related experience waives the skill for a person with
    // an experience holding a word of it.
    let isRelated = { (requirement: Requirement) in
      requirement.relatedWords.contains { keys in keys.contains { !self.index.documents(proving: $0).isEmpty } }
    }
    let namesOnly = { (requirement: Requirement, concepts: Set<Int32>) in
      !requirement.concepts.isEmpty
        && requirement.concepts.allSatisfy { concepts.contains(self.vocabulary.concept($0)) }
    }
    let isEveryday = { (requirement: Requirement) in namesOnly(requirement, self.everydayTools) }
    let isTargetOfDuty = { (requirement: Requirement) in
      requirement.part == .responsibilities && namesOnly(requirement, self.targets)
    }
    // What the record holds but this CV leaves out is no gap: `unused_evidence` names where it is.
    let unproven = analysis.requirements.indices.filter { number in
      let requirement = analysis.requirements[number]
      return requirement.isNamed && !rows[number].isProven && proofs[number].isEmpty && !isRelated(requirement)
        && !isEveryday(requirement) && !isTargetOfDuty(requirement)
    }
    let namedWhenMissing = unproven.filter { analysis.requirements[$0].isNamedWhenMissing }
    // A duty's skill in plain words is named with a gap its line names already ("Zendesk" and
    // "ticket triage" of one duty), never alone, nor where it opens the duty: "Calibrate the
    // autoclaves" says what the work is.
    let namedLines = Set(namedWhenMissing.map { analysis.requirements[$0].lineNumber }.filter { $0 >= 0 })
    let riders = unproven.filter { number in
      let requirement = analysis.requirements[number]
      return !requirement.isNamedWhenMissing && requirement.kind == .skill && !requirement.isLearntOnTheJob
        && requirement.part == .responsibilities && namedLines.contains(requirement.lineNumber)
        && !requirement.line.lowercased().hasPrefix(requirement.term.lowercased())
    }
    let lacking = (namedWhenMissing + riders).map { analysis.requirements[$0] }.sorted {
      a, b in
      if a.isMustHave != b.isMustHave { return a.isMustHave }
      return a.weight > b.weight
    }
    let missing = Self.gaps(lacking)
    let soft = zip(analysis.softSkills, softProofs).map { requirement, proof in
      MatchReport.SoftSkill(term: requirement.term, evidence: onCV(proof).map { experiences[$0].slug })
    }
    return MatchReport(
      job: job.slug, title: job.title, company: job.company,
      score: total == 0 ? 0 : Int((100 * proven / total).rounded()),
      matched: named.filter { $0.1.isProven }.map(\.0.term), missing: missing.map(\.term),
      mustHaveMissing: missing.filter(\.mustHave).map(\.term),
      selected: order.map { experiences[$0].slug }, requirements: rows, softSkills: soft, unusedEvidence: unused)
  }

  /// The lacking requirements, most wanted first, each gap named once. A requirement whose
  /// alternatives include one already named ("SAP", then "SAP or another ERP") is the same gap,
  /// named the wider way, so that the person sees every alternative the posting accepts; it may
  /// join gaps named apart so far ("PPh 21", then "perpajakan (PPN, PPh 21)"). A term and the
  /// examples the posting gives of it, both lacking, are one gap named with its examples: "OTAs
  /// (Booking.com, Expedia)". The same words are never named twice. The gaps of one line of the
  /// posting are one requirement, named together in the line's order: "Performance testing with
  /// JMeter" is one gap, "Performance testing, JMeter", not two; each `keywords` and `must_have`
  /// item stays its own. Linear in the requirements: a posting may list thousands of keywords.
  static func gaps(_ lacking: [Requirement]) -> [(term: String, mustHave: Bool)] {
    var headsOf: [Int32: [Int]] = [:]
    for (index, requirement) in lacking.enumerated() where !requirement.examples.isEmpty {
      for concept in requirement.concepts { headsOf[concept, default: []].append(index) }
    }
    var examplesOf: [Int: [String]] = [:]
    var isExample = Array(repeating: false, count: lacking.count)
    // A `must_have` or `keywords` item stays its own gap, though the posting gives it as an example
    // ("Backend Engineer (Golang)" with Golang a must-have).
    for (index, requirement) in lacking.enumerated() where !requirement.isMustHave && !requirement.isKeyword {
      guard let term = requirement.exampleOf, let heads = headsOf[term] else { continue }
      let concepts = Set(requirement.concepts)
      for head in heads where head != index && concepts.isSubset(of: lacking[head].examples) {
        isExample[index] = true
        examplesOf[head, default: []].append(requirement.term)
      }
    }
    struct Gap {
      /// Its names, as they stand on its first line.
      var terms: [String]
      var concepts: Set<Int32>
      var covered: Set<Int32>
      var mustHave: Bool
      var isJoined = false
      /// The lines of the posting it is read from, by number.
      var lines: Set<Int> = []
      /// The text of its first line.
      var text: String
    }
    var gaps: [Gap] = []
    var gapOf: [Int32: Int] = [:]
    var terms = Set<String>()
    for (index, requirement) in lacking.enumerated() where !isExample[index] {
      // An example said twice ("McEasy", then "McEasy, Cartrack") is named once; a long list is
      // only rid of its repeats.
      let examples = examplesOf[index].map { terms -> [String] in
        var seen = Set<String>()
        let unique = terms.filter { seen.insert($0.lowercased()).inserted }
        guard unique.count <= Self.maximumExamplesCompared else { return unique }
        return unique.filter { term in
          !unique.contains { $0 != term && $0.localizedCaseInsensitiveContains(term) }
        }
      }
      let term = requirement.term + (examples.map { " (" + $0.joined(separator: ", ") + ")" } ?? "")
      guard terms.insert(term.lowercased()).inserted else { continue }
      let concepts = Set(requirement.concepts)
      let covered = concepts.union(requirement.examples)
      let overlapping = Set(covered.compactMap { gapOf[$0] }).sorted()
      let line: Set<Int> = requirement.lineNumber < 0 ? [] : [requirement.lineNumber]
      let before = overlapping.reduce(into: Set<Int32>()) { $0.formUnion(gaps[$1].covered) }
      // A gap of its own, unless it shares a term with one: two requirements that share a term but
      // each name others ("accounting / pajak", then "software akuntansi Accurate atau Jurnal.id")
      // are two gaps too, as one would hide the other's tools.
      guard let same = overlapping.first, covered.isSubset(of: before) || before.isSubset(of: covered) else {
        for concept in covered where gapOf[concept] == nil { gapOf[concept] = gaps.count }
        gaps.append(
          Gap(
            terms: [term], concepts: concepts, covered: covered, mustHave: requirement.isMustHave, lines: line,
            text: requirement.line))
        continue
      }
      gaps[same].lines.formUnion(line)
      if concepts.isStrictSuperset(of: gaps[same].concepts) || covered.isStrictSuperset(of: before) {
        // On the line it widens, both are named, as the line says them: "Sertifikasi Manajemen
        // Risiko Level 1 (BSMR/LSPP)", not the issuers alone; so are both when the wider name does
        // not say the narrower ("backend" of the title "Backend Engineer (Golang)" after Golang).
        let wider = Set(TailoringData.foldedWords(term))
        let saysThem = gaps[same].terms.allSatisfy { TailoringData.foldedWords($0).allSatisfy(wider.contains) }
        gaps[same].terms =
          requirement.line == gaps[same].text || !saysThem ? gaps[same].terms + [term] : [term]
        gaps[same].concepts = concepts
      }
      gaps[same].mustHave = requirement.isMustHave || overlapping.contains { gaps[$0].mustHave }
      gaps[same].covered = before.union(covered)
      for other in overlapping.dropFirst() {
        gaps[other].isJoined = true
        gaps[same].lines.formUnion(gaps[other].lines)
        for concept in gaps[other].covered { gapOf[concept] = same }
      }
      for concept in covered { gapOf[concept] = same }
    }
    var named: [(terms: [String], line: String, mustHave: Bool)] = []
    var namedOf: [Int: Int] = [:]
    for gap in gaps where !gap.isJoined {
      // Its first line already named decides where it joins, whatever order a set keeps.
      guard let place = gap.lines.sorted().lazy.compactMap({ namedOf[$0] }).first else {
        for line in gap.lines { namedOf[line] = named.count }
        named.append((gap.terms, gap.text, gap.mustHave))
        continue
      }
      named[place].terms += gap.terms
      named[place].mustHave = named[place].mustHave || gap.mustHave
      for line in gap.lines { namedOf[line] = place }
    }
    return named.map { (span(of: $0.terms, in: $0.line), $0.mustHave) }
  }

  /// Terms of one line named as the line says them: the words from the first to the last
  /// ("Performance testing with JMeter", "NVQ Level 2 in Professional Cookery"), when they stand
  /// close together; otherwise listed in the line's order ("Accurate, Zahir" of "Accurate, nilai
  /// plus jika pernah pakai Zahir").
  static func span(of terms: [String], in line: String) -> String {
    // A term that another holds is named by it: "Accounting, or ACCA / LCCI" in "Diploma / Degree
    // in Accounting, or ACCA / LCCI qualification". Each pair is compared while they are few; a
    // long line of names is only rid of its repeats.
    var seen = Set<String>()
    let unique = terms.filter { seen.insert($0.lowercased()).inserted }
    let terms =
      unique.count > maximumExamplesCompared
      ? unique : unique.filter { term in !unique.contains { $0 != term && holds($0, term) } }
    guard terms.count > 1 else { return terms[0] }
    // More terms than the words a span may have cannot stand close together.
    guard terms.count <= maximumSpanWords else { return terms.joined(separator: ", ") }
    let ranges = terms.map { line.range(of: $0) }
    guard ranges.allSatisfy({ $0 != nil }) else { return terms.joined(separator: ", ") }
    let found = ranges.compactMap { $0 }.sorted { $0.lowerBound < $1.lowerBound }
    let end = found.map(\.upperBound).max() ?? found[0].upperBound
    let isClose = zip(found, found.dropFirst()).allSatisfy { before, after in
      after.lowerBound <= before.upperBound
        || line[before.upperBound..<after.lowerBound].split(whereSeparator: \.isWhitespace).count
          <= maximumWordsBetween
    }
    guard isClose, line[found[0].lowerBound..<end].split(whereSeparator: \.isWhitespace).count <= maximumSpanWords
    else { return found.map { String(line[$0]) }.joined(separator: ", ") }
    // A bracket the span opens, it closes: "backend development (Golang)".
    let opened = line[found[0].lowerBound..<end]
    if opened.filter({ $0 == "(" }).count > opened.filter({ $0 == ")" }).count,
      let close = line[end...].firstIndex(of: ")")
    {
      return String(line[found[0].lowerBound...close])
    }
    return String(opened)
  }

  /// Whether `text` holds `term` as whole words, case ignored: "CPALE" holds no "CPA".
  static func holds(_ text: String, _ term: String) -> Bool {
    func isWord(_ character: Character?) -> Bool { character?.isLetter == true || character?.isNumber == true }
    var searched = text.startIndex..<text.endIndex
    while let found = text.range(of: term, options: .caseInsensitive, range: searched) {
      let before = found.lowerBound == text.startIndex ? nil : text[text.index(before: found.lowerBound)]
      let after = found.upperBound == text.endIndex ? nil : text[found.upperBound]
      if !isWord(before), !isWord(after) { return true }
      searched = text.index(after: found.lowerBound)..<text.endIndex
    }
    return false
  }

  /// A gap of several terms is named by the words from its first term to its last when it has at
  /// most this many words, with at most `maximumWordsBetween` between two terms.
  static let maximumSpanWords = 8
  static let maximumWordsBetween = 2

  /// The highlights of an experience that name one of a requirement's concepts.
  func provingHighlights(of experience: Int, for requirement: Requirement) -> [MatchReport.ProvingHighlight] {
    let units = requirement.concepts.map { -1 - $0 }
    let document = index.documents[experience]
    return document.highlights.indices.compactMap { place in
      guard units.contains(where: document.highlights[place].containsSorted) else { return nil }
      return MatchReport.ProvingHighlight(
        experience: site.experiences[experience].slug, text: site.experiences[experience].highlights[place].text)
    }
  }

  // MARK: Skills line

  /// The posting's proven tools and skills as it spells them (what an ATS looks for), then the
  /// person's other skills that an entry on the CV shows; never a soft skill, a language or a
  /// field of study (the education section says that).
  func skillsLine(report: MatchReport, analysis: PostingAnalysis, kept: [Int]) -> [String] {
    var line: [String] = []
    var shown = Set<Int32>()
    let candidates = site.config.skills.flatMap(\.keywords) + kept.flatMap { site.experiences[$0].skills }
    for (requirement, row) in zip(analysis.requirements, report.requirements)
    where [.tool, .skill, .credential].contains(requirement.kind) && (!row.evidence.isEmpty || !row.skills.isEmpty)
      && (requirement.concepts.isEmpty || !requirement.concepts.allSatisfy(vocabulary.isFieldOfStudy))
    {
      // A skill the person lists, which no entry shows, as they write it.
      if row.evidence.isEmpty {
        if let concept = row.skills.first.flatMap(conceptOfSkill), !shown.contains(concept) {
          line.append(row.skills[0])
          shown.insert(concept)
        }
        continue
      }
      // Of alternatives ("Excel / Google Sheets", "operations, compliance or customer service"),
      // those the CV shows, as the person or the vocabulary spells them.
      if requirement.concepts.count > 1 || !requirement.unnamedAlternatives.isEmpty {
        for concept in requirement.concepts
        where !shown.contains(concept) && !vocabulary.isFieldOfStudy(concept)
          && kept.contains(where: { index.proves($0, -1 - concept) })
        {
          line.append(candidates.first { conceptOfSkill($0) == concept } ?? vocabulary.display(of: concept))
          shown.insert(concept)
        }
        continue
      }
      if !requirement.concepts.isEmpty, requirement.concepts.allSatisfy(shown.contains) { continue }
      // A duty the posting words as a verb ("Membuat laporan") is a skill in the person's own
      // words, or the vocabulary's, on a skills line.
      let named =
        Self.startsWithIndonesianVerb(requirement.term) && !requirement.concepts.isEmpty
        ? candidates.first { conceptOfSkill($0).map(requirement.concepts.contains) ?? false }
          ?? vocabulary.display(of: requirement.concepts[0])
        : requirement.term
      line.append(named)
      shown.formUnion(requirement.concepts)
    }
    var seen = Set<String>()
    for skill in candidates where seen.insert(skill.lowercased()).inserted {
      guard let concept = conceptOfSkill(skill), !shown.contains(concept),
        ![.soft, .language].contains(vocabulary.kind(of: concept)), !vocabulary.isFieldOfStudy(concept),
        kept.contains(where: { index.proves($0, -1 - concept) })
      else { continue }
      shown.insert(concept)
      line.append(skill)
    }
    return line
  }

  /// Whether a term opens with an Indonesian verb of the `meN-` family: `membuat`, `melakukan`,
  /// `mengoperasikan` (the affix removed leaves another word).
  static func startsWithIndonesianVerb(_ term: String) -> Bool {
    guard let first = term.split(separator: " ").first?.lowercased(), first.hasPrefix("me"), first.count > 4 else {
      return false
    }
    return IndonesianStemmer.stem(first) != first
  }

  /// The concept a skill of the person's is (every one was added to the vocabulary).
  func conceptOfSkill(_ skill: String) -> Int32? { skillConcepts[skill] }

  // MARK: Interview

  /// For each requirement an entry proves, most weighty first: up to three STAR stories from the
  /// experiences that prove it (the CV's first), else up to three highlights that prove it.
  /// Private experiences are never used.
  func interview(
    analysis: PostingAnalysis, proofs: [Set<Int>], softProofs: [Set<Int>], position: [Int], relevance: [Double],
    highlightScores: HighlightScorer
  ) -> [InterviewItem] {
    let experiences = site.experiences
    let asked =
      zip(analysis.requirements, proofs).filter { $0.0.kind != .degree }
      + zip(analysis.softSkills, softProofs)
    let ordered = asked.enumerated().sorted { a, b in
      if a.element.0.isMustHave != b.element.0.isMustHave { return a.element.0.isMustHave }
      return a.element.0.weight != b.element.0.weight ? a.element.0.weight > b.element.0.weight : a.offset < b.offset
    }
    return ordered.compactMap { _, pair in
      let (requirement, proof) = pair
      let tellers = proof.filter { experiences[$0].visibility.isOnCV }.sorted { a, b in
        if (position[a] >= 0) != (position[b] >= 0) { return position[a] >= 0 }
        return relevance[a] != relevance[b] ? relevance[a] > relevance[b] : chronology[a] < chronology[b]
      }
      guard !tellers.isEmpty else { return nil }
      let stories = tellers.compactMap { number -> InterviewStory? in
        guard let star = experiences[number].star, !star.situation.isEmpty || !star.result.isEmpty else { return nil }
        return InterviewStory(slug: experiences[number].slug, title: experiences[number].title, story: star)
      }.prefix(3)
      var highlights: [InterviewHighlight] = []
      if stories.isEmpty {
        for number in tellers where highlights.count < 3 {
          let named = provingHighlights(of: number, for: requirement)
          let texts =
            named.isEmpty
            ? shownHighlights(of: number, scores: highlightScores.scores(of: number)).prefix(1).map(\.text)
            : named.map(\.text)
          for text in texts.prefix(3 - highlights.count) {
            guard let highlight = experiences[number].highlights.first(where: { $0.text == text }) else { continue }
            highlights.append(
              InterviewHighlight(slug: experiences[number].slug, title: experiences[number].title, highlight: highlight)
            )
          }
        }
        if highlights.isEmpty { return nil }
      }
      return InterviewItem(requirement: requirement, stories: Array(stories), highlights: highlights)
    }
  }
}

/// A CV tailored to one posting, with its report and interview preparation.
public struct Tailoring: Sendable {
  public var job: JobPosting
  public var report: MatchReport
  /// The experiences on the CV, in CV order: the relevant ones first, then by section.
  public var entries: [TailoredEntry]
  /// How many of `entries` open the CV as its relevant section.
  public var relevantCount: Int
  /// What the posting asks for, in the order of `report.requirements`.
  public var requirements: [Requirement]
  /// For each requirement, how many of the other postings tailored with this one ask for it too.
  public var askedElsewhere: [Int]
  /// The skills line: proven tools and skills as the posting spells them, then the person's other
  /// skills that the CV shows.
  public var skills: [String]
  /// One item per requirement that an experience proves, most weighty first.
  public var interview: [InterviewItem]
}

/// An experience on a tailored CV. Its `reflection` is always nil.
public struct TailoredEntry: Sendable, Hashable {
  public var experience: Experience
  /// The highlights shown, the most relevant first.
  public var highlights: [Highlight]
  /// BM25F against the posting, with recency as a tie-breaker, and the lift of a degree the
  /// posting asks for.
  public var relevance: Double
  /// The requirements it proves, as the posting spells them.
  public var matchedTerms: [String]
}

/// Why a posting tailors as it does: `vita tailor JOB --explain`.
public struct Explanation: Sendable {
  /// An experience's place in the ranking and the posting's terms that put it there.
  public struct Ranked: Sendable {
    public var slug: String
    public var title: String
    public var relevance: Double
    /// The posting's terms it holds, with what each adds, largest first.
    public var reasons: [(term: String, value: Double)]
    /// What meeting the posting's degree requirement adds (`Tailor.liftingDegrees`).
    public var degreeLift: Double?
    public var isOnCV: Bool
  }

  public var analysis: PostingAnalysis
  /// Per requirement, the terms that prove it (the vocabulary's names of its concepts).
  public var lookedFor: [[String]]
  /// Every experience that may be on a CV, most relevant first.
  public var ranking: [Ranked]
}

extension Tailor {
  /// The posting's parts, requirements and the ranking of every experience with its reasons.
  /// Nothing private is named: private experiences are left out, and `reflection` is never read.
  public func explanation(of job: JobPosting) -> Explanation {
    guard let analysis = analyses[job] else { return Tailor(site: site, postings: [job]).explanation(of: job) }
    let tailoring = tailor(job)
    let onCV = Set(tailoring.report.selected)
    let matching = relevance(for: analysis)
    let reading = reading(analysis)
    let experiences = site.experiences
    return Explanation(
      analysis: analysis,
      lookedFor: analysis.requirements.map { $0.concepts.map(vocabulary.display(of:)) },
      ranking: reading.ranked.map { number in
        let lift = reading.relevance[number] - matching[number]
        return Explanation.Ranked(
          slug: experiences[number].slug, title: experiences[number].title, relevance: reading.relevance[number],
          reasons: index.contributions(of: number, for: analysis.query).map { ($0.term.text, $0.value) },
          degreeLift: lift > 0 ? lift : nil, isOnCV: onCV.contains(experiences[number].slug))
      })
  }
}
