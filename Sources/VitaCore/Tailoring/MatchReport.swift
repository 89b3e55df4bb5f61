import Foundation
import VitaEscaping

/// How well the tailored CV answers a posting: `report.json`.
public struct MatchReport: Sendable, Hashable, Encodable {
  /// The posting's slug.
  public var job: String
  public var title: String
  public var company: String?
  /// The weighted share of the posting's requirements that the CV proves, 0 to 100.
  public var score: Int
  /// Requirements proven by the CV, as the posting spells them (soft skills and lines that name
  /// nothing known aside).
  public var matched: [String]
  /// Requirements nothing on the CV proves, as the posting spells them, must-haves first.
  public var missing: [String]
  public var mustHaveMissing: [String]
  /// Slugs of the CV's entries, in CV order.
  public var selected: [String]
  public var requirements: [Evidence]
  /// The soft skills the posting asks for, and the CV's entries that show them.
  public var softSkills: [SoftSkill]
  public var unusedEvidence: [UnusedEvidence]

  /// A requirement and what on the CV proves it.
  public struct Evidence: Sendable, Hashable, Encodable {
    public var term: String
    public var mustHave: Bool
    public var keyword: Bool
    /// The CV's entries that prove it, in CV order.
    public var evidence: [String]
    public var kind: Requirement.Kind = .skill
    public var weight: Double = 1
    public var part: PostingPart = .requirements
    /// The highlights of those entries that name it.
    public var highlights: [ProvingHighlight] = []
    /// The person's languages (vita.yml) that prove it.
    public var languages: [String] = []
    /// The person's skills (vita.yml) that name it where no entry on the CV shows it: the CV's
    /// skills line names it, and an entry that shows it would prove it better.
    public var skills: [String] = []
    /// Whether vita.yml's summary, which heads the CV, names it: a credential ("Class D driving
    /// licence") that no entry on the CV shows.
    public var summary = false

    /// Whether the CV proves it: an entry, a language, a listed tool or a credential the summary names.
    public var isProven: Bool { !evidence.isEmpty || !languages.isEmpty || !skills.isEmpty || summary }

    enum CodingKeys: String, CodingKey {
      case term, keyword, evidence, kind, weight, part, highlights, languages, skills, summary
      case mustHave = "must_have"
    }
  }

  /// A highlight that names a requirement, and its experience.
  public struct ProvingHighlight: Sendable, Hashable, Encodable {
    public var experience: String
    public var text: String
  }

  /// A soft skill the posting asks for.
  public struct SoftSkill: Sendable, Hashable, Encodable {
    public var term: String
    public var evidence: [String]
  }

  /// Experiences that would prove a missing requirement but are not on the CV.
  public struct UnusedEvidence: Sendable, Hashable, Encodable {
    public var term: String
    /// Slugs only: a private experience is named by nothing else.
    public var experiences: [String]
    public var reason: Reason
  }

  /// Why evidence is not on the CV.
  public enum Reason: String, Sendable, Hashable, Encodable {
    /// The experience is private: never on a CV.
    case `private`
    /// The length budget or `max_entries` left it out.
    case cut
  }

  enum CodingKeys: String, CodingKey {
    case job, title, company, score, matched, missing, selected, requirements
    case mustHaveMissing = "must_have_missing"
    case softSkills = "soft_skills"
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
    try container.encode(softSkills, forKey: .softSkills)
    try container.encode(unusedEvidence, forKey: .unusedEvidence)
  }

  /// Pretty JSON with sorted keys: the same report gives the same bytes. Written by hand, byte
  /// for byte what `JSONEncoder` gives with `[.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]`
  /// (a test holds them equal), for a fraction of its time on a report with thousands of slugs.
  public func json() -> String {
    var writer = PrettyJSON()
    writer.object { writer in
      writer.key("company", level: 1)
      if let company { writer.string(company) } else { writer.null() }
      writer.key("job", level: 1)
      writer.string(job)
      writer.key("matched", level: 1)
      writer.strings(matched, level: 1)
      writer.key("missing", level: 1)
      writer.strings(missing, level: 1)
      writer.key("must_have_missing", level: 1)
      writer.strings(mustHaveMissing, level: 1)
      writer.key("requirements", level: 1)
      writer.array(requirements, level: 1) { writer, requirement in
        writer.object(level: 2) { writer in
          writer.key("evidence", level: 3)
          writer.strings(requirement.evidence, level: 3)
          writer.key("highlights", level: 3)
          writer.array(requirement.highlights, level: 3) { writer, highlight in
            writer.object(level: 4) { writer in
              writer.key("experience", level: 5)
              writer.string(highlight.experience)
              writer.key("text", level: 5)
              writer.string(highlight.text)
            }
          }
          writer.key("keyword", level: 3)
          writer.bool(requirement.keyword)
          writer.key("kind", level: 3)
          writer.string(requirement.kind.rawValue)
          writer.key("languages", level: 3)
          writer.strings(requirement.languages, level: 3)
          writer.key("must_have", level: 3)
          writer.bool(requirement.mustHave)
          writer.key("part", level: 3)
          writer.string(requirement.part.rawValue)
          writer.key("skills", level: 3)
          writer.strings(requirement.skills, level: 3)
          writer.key("summary", level: 3)
          writer.bool(requirement.summary)
          writer.key("term", level: 3)
          writer.string(requirement.term)
          writer.key("weight", level: 3)
          writer.number(requirement.weight)
        }
      }
      writer.key("score", level: 1)
      writer.raw(String(score))
      writer.key("selected", level: 1)
      writer.strings(selected, level: 1)
      writer.key("soft_skills", level: 1)
      writer.array(softSkills, level: 1) { writer, skill in
        writer.object(level: 2) { writer in
          writer.key("evidence", level: 3)
          writer.strings(skill.evidence, level: 3)
          writer.key("term", level: 3)
          writer.string(skill.term)
        }
      }
      writer.key("title", level: 1)
      writer.string(title)
      writer.key("unused_evidence", level: 1)
      writer.array(unusedEvidence, level: 1) { writer, unused in
        writer.object(level: 2) { writer in
          writer.key("experiences", level: 3)
          writer.strings(unused.experiences, level: 3)
          writer.key("reason", level: 3)
          writer.string(unused.reason.rawValue)
          writer.key("term", level: 3)
          writer.string(unused.term)
        }
      }
    }
    return writer.text + "\n"
  }
}
