/// The figures of the whole record a person cares about: what kinds of experience, how much of it
/// was their own initiative, the hours it took and how many highlights show a measurable result.
public struct RecordFigures: Sendable, Hashable, Codable {
  /// How many experiences of one kind.
  public struct KindCount: Sendable, Hashable, Codable {
    public var kind: Kind
    public var count: Int

    public init(kind: Kind, count: Int) {
      self.kind = kind
      self.count = count
    }
  }

  /// Kinds with at least one experience, most first, ties in the order of `Kind.allCases`.
  public var experiencesByKind: [KindCount]
  /// Experiences with `mandatory: false`.
  public var selfInitiatedCount: Int
  public var mandatoryCount: Int
  /// The sum of `hours` over every experience that gives them.
  public var hoursTotal: Int
  public var selfInitiatedHours: Int
  public var highlightsTotal: Int
  public var highlightsWithMeasurableResult: Int
  /// `highlightsWithMeasurableResult` as a rounded percentage of `highlightsTotal`; 0 without highlights.
  public var measurableResultShare: Int

  public init(
    experiencesByKind: [KindCount], selfInitiatedCount: Int, mandatoryCount: Int, hoursTotal: Int,
    selfInitiatedHours: Int, highlightsTotal: Int, highlightsWithMeasurableResult: Int, measurableResultShare: Int
  ) {
    self.experiencesByKind = experiencesByKind
    self.selfInitiatedCount = selfInitiatedCount
    self.mandatoryCount = mandatoryCount
    self.hoursTotal = hoursTotal
    self.selfInitiatedHours = selfInitiatedHours
    self.highlightsTotal = highlightsTotal
    self.highlightsWithMeasurableResult = highlightsWithMeasurableResult
    self.measurableResultShare = measurableResultShare
  }

  /// The figures of `experiences`.
  public init(experiences: [Experience]) {
    var counts: [Kind: Int] = [:]
    for experience in experiences { counts[experience.kind, default: 0] += 1 }
    experiencesByKind = Kind.allCases.compactMap { kind in counts[kind].map { KindCount(kind: kind, count: $0) } }
      .enumerated().sorted { ($0.element.count, -$0.offset) > ($1.element.count, -$1.offset) }.map(\.element)
    let selfInitiated = experiences.filter { !$0.mandatory }
    selfInitiatedCount = selfInitiated.count
    mandatoryCount = experiences.count - selfInitiated.count
    hoursTotal = experiences.compactMap(\.hours).reduce(0, +)
    selfInitiatedHours = selfInitiated.compactMap(\.hours).reduce(0, +)
    let highlights = experiences.flatMap(\.highlights)
    highlightsTotal = highlights.count
    highlightsWithMeasurableResult = highlights.filter { HighlightRules.hasMeasurableResult($0.text) }.count
    measurableResultShare =
      highlightsTotal == 0 ? 0 : (highlightsWithMeasurableResult * 100 + highlightsTotal / 2) / highlightsTotal
  }
}

/// The counts of a check run, for its last line.
public struct ReviewSummary: Sendable, Hashable, Codable {
  public var files: Int
  public var errors: Int
  public var warnings: Int
  /// What drafts still lack: never failing a check.
  public var notes: Int

  public init(files: Int, errors: Int, warnings: Int, notes: Int = 0) {
    self.files = files
    self.errors = errors
    self.warnings = warnings
    self.notes = notes
  }

  /// Counts `diagnostics` from a run over `files` files.
  public init(files: Int, diagnostics: [Diagnostic]) {
    self.files = files
    errors = diagnostics.filter { $0.severity == .error }.count
    notes = diagnostics.filter { $0.severity == .note }.count
    warnings = diagnostics.count - errors - notes
  }
}
