/// One thing a posting asks for: a tool, a skill, a language, a credential, a level of education,
/// a soft skill, or a line that names none of these. A line that names several things the
/// person needs all of gives one requirement each; "X or Y" is one requirement.
public struct Requirement: Sendable, Hashable {
  /// What a requirement names.
  public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
    /// A named product, technology, standard or method: Zendesk, SQL, HACCP, ISO 22000.
    case tool
    /// A hard skill or a field of knowledge: month-end close, customer service, food safety.
    case skill
    /// A human language or a language test: English, Bahasa Indonesia, TOEIC.
    case language
    /// A certification or licence: Brevet A, PMP.
    case credential
    /// A level of education: S1, a bachelor's degree.
    case degree
    /// A soft skill or trait: reported apart, never missing, never on the skills line.
    case soft
    /// A line of the posting's requirements that names nothing the vocabulary knows.
    case general
  }

  /// As the posting spells it: the term, "X or Y", or for a general requirement its line.
  public var term: String
  public var kind: Kind
  /// The part of the posting it comes from.
  public var part: PostingPart
  /// How much it counts in relevance and in the score.
  public var weight: Double
  /// In `must_have`, or on a line that insists (must, required, wajib).
  public var isMustHave: Bool
  /// On a line that welcomes newcomers without it ("1 year as PPIC, fresh graduates considered"),
  /// or with related experience.
  var newcomers: NewcomerWelcome?
  /// Named on a duty as a rule the person keeps ("Follow … HACCP procedures", "Menerapkan prinsip
  /// KYC"; cue `complies`) or on one that opens with learning ("Learn to work with Azure"; cue
  /// `learns`): scored, but learnt on the job, so never named missing.
  var isLearntOnTheJob = false
  /// For `newcomers` with related experience: its words' keys, any of which an experience holds
  /// to be related ("sales" of "B2B sales").
  var relatedWords: [[Int32]] = []
  /// In the posting's `keywords`.
  public var isKeyword: Bool
  /// The posting's line it was read from.
  public var line: String
  /// That line's place among the posting's lines (0 the title); -1 for `must_have` and `keywords`.
  var lineNumber = -1
  /// The vocabulary's concepts of its terms: any one proves it. Empty for a general requirement.
  var concepts: [Int32]
  /// Concepts the posting gives as examples of it, which prove it too: HubSpot in "a CRM
  /// (Salesforce, HubSpot)", PP/MM in "SAP (PP/MM)".
  var examples: [Int32] = []
  /// For the examples of a term asked for on their own ("Salesforce, HubSpot" of "a CRM
  /// (Salesforce, HubSpot)"): that term's concept.
  var exampleOf: Int32?
  /// The items of its "A, B or C" list that name nothing known, each its words' keys: an
  /// experience holding every word of one proves it ("warehouse" of "an operations, logistics,
  /// warehouse or retail role").
  var unnamedAlternatives: [[[Int32]]] = []
  /// For a grade point average: the minimum the line names, on a scale of 4 ("IPK min. 3,00").
  var minimumGradePoint: Double?
  /// For a degree: the lowest class of honours it takes ("a 2:1 or above": 2), 1 first … 4 third.
  var minimumClass: Int?
  /// For a degree: the level asked for (1 school … 6 doctorate).
  var level: Int?
  /// For a degree: the fields of study it names, any of which will do; empty, or `anyField`, when
  /// any field will.
  var fields: [Int32] = []
  /// For a degree: the content words of each field it names, each a word's keys; a degree's name
  /// holding all the words of one names that field ("BSBA Financial Management").
  var fieldPhrases: [[[Int32]]] = []
  var anyField = false
  /// For a degree on a line that takes related fields ("or related"): the families of the fields it
  /// names, any of which a degree's own field may share (data/relations/field-families.tsv).
  var relatedFamilies: Set<Int> = []
  /// For a credential: whether its line offers it instead of the degree it names ("a B.Ed, or a
  /// degree with a PGCE"; "Degree in Accounting, or ACCA / LCCI"): what proves the degree proves it.
  var isInsteadOfDegree = false
  /// Whether its line asks for experience of it (cue `experience`: "Experience in process
  /// improvement"), which a skill listed in vita.yml does not show.
  var asksForExperience = false
  /// For a degree: its line's words that may name a field, each a word's keys.
  var fieldWords: [[Int32]] = []
  /// For a general requirement: its content words' keys, each a word's alternatives.
  var words: [[Int32]]

  public init(
    term: String, kind: Kind = .skill, part: PostingPart = .requirements, weight: Double = 1, isMustHave: Bool = false,
    isKeyword: Bool = false, line: String = ""
  ) {
    self.term = term
    self.kind = kind
    self.part = part
    self.weight = weight
    self.isMustHave = isMustHave
    self.isKeyword = isKeyword
    self.line = line
    concepts = []
    level = nil
    words = []
  }

  /// Whether it is named in `matched` when proven: a term, or a degree in a field or of a class of
  /// honours, not a line.
  public var isNamed: Bool {
    kind != .soft && kind != .general && (kind != .degree || !fieldWords.isEmpty || minimumClass != nil)
  }

  /// Whether it is named in `missing` when unproven: what a recruiter would see as lacking. A tool,
  /// credential or language is, wherever the posting names it; a skill is when the posting asks for
  /// it (requirements, nice-to-haves, `must_have`, `keywords`), or names it among the duties by its
  /// abbreviation, as a trade names its own practices (CAPA, KYC); not a duty in plain words
  /// ("process improvement", "dispatch"), which a newcomer is expected to learn (unless beside a gap
  /// its line names: `Tailor` names the line's skills with it), nor the field of
  /// experience a line waives for newcomers. A degree is when
  /// it names its fields of study ("S1 Perhotelan") and none of the person's matches; a bare level
  /// ("D3/S1") or "any field" never is: the level is read from the CV at a glance; a class of
  /// honours ("a 2:1 in Sociology") is, as the score on the CV may not reach it.
  public var isNamedWhenMissing: Bool {
    if isLearntOnTheJob { return false }
    return switch kind {
    case .tool, .credential, .language: true
    case .skill:
      newcomers != .always && [.requirements, .nice, .frontMatter].contains(part)
        || (part == .responsibilities
          && term.split(whereSeparator: { !$0.isLetter }).contains { Vocabulary.isAcronym(String($0)) })
    case .degree: (!fieldWords.isEmpty || minimumClass != nil) && !anyField
    case .soft, .general: false
    }
  }

  /// Whether it counts in the score.
  public var isScored: Bool { kind != .soft }
}

/// How a line of experience welcomes newcomers who lack it.
public enum NewcomerWelcome: Sendable, Hashable {
  /// "fresh graduates considered"
  case always
  /// "fresh graduates with related experience are welcome"
  case withRelatedExperience
}

/// The parts of a job posting, as its headings and cues tell them apart.
public enum PostingPart: String, Sendable, Hashable, Codable, CaseIterable {
  /// The posting's title.
  case title
  /// `must_have` and `keywords` in the front matter.
  case frontMatter = "front-matter"
  /// Before any heading.
  case preamble
  case about, role, responsibilities, requirements, nice, benefits, apply, other

  /// How plainly a part asks for what it names, for a requirement said in several parts: the
  /// front matter and the requirements most, then the nice-to-haves, the duties, the title.
  var asking: Int {
    switch self {
    case .frontMatter: 6
    case .requirements: 5
    case .nice: 4
    case .responsibilities: 3
    case .title: 2
    case .preamble, .role: 1
    case .about, .benefits, .apply, .other: 0
    }
  }

  /// Whether lines of this part are read for requirements at all.
  var asksForSomething: Bool {
    switch self {
    case .title, .frontMatter, .preamble, .role, .responsibilities, .requirements, .nice: true
    case .about, .benefits, .apply, .other: false
    }
  }
}

/// What a word or phrase on a line says about that line (data/posting/cues.tsv).
enum PostingCue: String, Sendable, Hashable, CaseIterable {
  case must, nice, benefits, apply, about, requirement, responsibility, conditions, excludes, newcomers, welcome
  case newcomersWith = "newcomers-with"
  case interest
  case aboutAfterName = "about-after-name"
  case list, alternative, joins, examples
  case examplesAfter = "examples-after"
  case teamAfter = "team-after"
  case unitEnd = "unit-end"
  case negation
  case placeHead = "place-head"
  case placeTail = "place-tail"
  case machinesAfter = "machines-after"
  case approverAfter = "approver-after"
  case pending, experience
  case teamBefore = "team-before"
  case coordination, with, continues
  case anyField = "any-field"
  case relatedField = "related-field"
  case duration
  case fieldWords = "field-words"
  case subjectGrades = "subject-grades"
  case pursues
  case nameParticle = "name-particle"
  case personTitle = "person-title"
  case ownerBefore = "owner-before"
  case credentialOpener = "credential-opener"
  case credentialNoun = "credential-noun"
  case standardRole = "standard-role"
  case codePart = "code-part"
  case learns
  case titleAlsoThing = "title-also-thing"
  case afterHead = "after-head"
  case complies
  case compliesNot = "complies-not"
  case compliesThrough = "complies-through"
  case companyRecord = "company-record"
  case uses
  case will
}
