import Foundation

/// How well the tailored CV answers a posting: `report.json`.
public struct MatchReport: Sendable, Hashable, Codable {
  /// The posting's slug.
  public var job: String
  public var title: String
  public var company: String?
  /// The weighted share of requirements the CV proves, 0 to 100.
  public var score: Int
  /// Requirements proven by an entry on the CV, as the posting spells them.
  public var matched: [String]
  /// Requirements no entry on the CV proves.
  public var missing: [String]
  public var mustHaveMissing: [String]
  /// Slugs of the CV's entries, in CV order.
  public var selected: [String]
  public var requirements: [Evidence]
  public var unusedEvidence: [UnusedEvidence]

  /// A requirement and the entries on the CV that prove it, in CV order.
  public struct Evidence: Sendable, Hashable, Codable {
    public var term: String
    public var mustHave: Bool
    public var keyword: Bool
    public var evidence: [String]

    enum CodingKeys: String, CodingKey {
      case term, keyword, evidence
      case mustHave = "must_have"
    }
  }

  /// Experiences that would prove a missing requirement but are not on the CV.
  public struct UnusedEvidence: Sendable, Hashable, Codable {
    public var term: String
    /// Slugs only: a private experience is named by nothing else.
    public var experiences: [String]
    public var reason: Reason
  }

  /// Why evidence is not on the CV.
  public enum Reason: String, Sendable, Hashable, Codable {
    /// The experience is private: never on a CV.
    case `private`
    /// The length budget or `max_entries` left it out.
    case cut
  }

  enum CodingKeys: String, CodingKey {
    case job, title, company, score, matched, missing, selected, requirements
    case mustHaveMissing = "must_have_missing"
    case unusedEvidence = "unused_evidence"
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(job, forKey: .job)
    try container.encode(title, forKey: .title)
    try container.encode(company, forKey: .company)  // null rather than absent: the key is always there
    try container.encode(score, forKey: .score)
    try container.encode(matched, forKey: .matched)
    try container.encode(missing, forKey: .missing)
    try container.encode(mustHaveMissing, forKey: .mustHaveMissing)
    try container.encode(selected, forKey: .selected)
    try container.encode(requirements, forKey: .requirements)
    try container.encode(unusedEvidence, forKey: .unusedEvidence)
  }

  /// Pretty JSON with sorted keys: the same report gives the same bytes.
  public func json() -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    guard let data = try? encoder.encode(self), let text = String(data: data, encoding: .utf8) else { return "{}" }
    return text + "\n"
  }
}
