import Foundation

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

    enum CodingKeys: String, CodingKey {
      case term, keyword, evidence, kind, weight, part, highlights, languages
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

/// Pretty-printed JSON as `JSONEncoder` writes it: two spaces a level, `"key" : value`, an empty
/// array or object as its brackets around an empty line. Keys are written in the order given.
public struct PrettyJSON {
  /// The JSON so far, as UTF-8: appending bytes is several times cheaper than appending to a String.
  private var bytes: [UInt8] = []
  /// Whether the container being written has a member yet, innermost last.
  private var started: [Bool] = []

  public init() {
    bytes.reserveCapacity(4096)
  }

  /// The JSON written so far.
  public var text: String { String(decoding: bytes, as: UTF8.self) }

  private mutating func append(_ literal: StaticString) {
    literal.withUTF8Buffer { bytes.append(contentsOf: $0) }
  }

  private mutating func indent(_ level: Int) {
    bytes.append(0x0A)
    bytes.append(contentsOf: repeatElement(0x20, count: 2 * level))
  }

  /// Starts a member of the current container: a comma after the previous one, a new line.
  private mutating func member(level: Int) {
    if started[started.count - 1] { bytes.append(UInt8(ascii: ",")) }
    started[started.count - 1] = true
    indent(level)
  }

  /// An object at `level` (its members one deeper), its members written by `body`.
  public mutating func object(level: Int = 0, _ body: (inout PrettyJSON) -> Void) {
    bytes.append(UInt8(ascii: "{"))
    started.append(false)
    body(&self)
    if !started.removeLast() { bytes.append(0x0A) }
    indent(level)
    bytes.append(UInt8(ascii: "}"))
  }

  public mutating func array<Element>(_ elements: [Element], level: Int, _ write: (inout PrettyJSON, Element) -> Void) {
    bytes.append(UInt8(ascii: "["))
    started.append(false)
    for element in elements {
      member(level: level + 1)
      write(&self, element)
    }
    if !started.removeLast() { bytes.append(0x0A) }
    indent(level)
    bytes.append(UInt8(ascii: "]"))
  }

  public mutating func strings(_ elements: [String], level: Int) {
    array(elements, level: level) { $0.string($1) }
  }

  public mutating func key(_ key: String, level: Int) {
    member(level: level)
    string(key)
    append(" : ")
  }

  public mutating func raw(_ value: String) {
    value.readingUTF8 { bytes.append(contentsOf: $0) }
  }

  public mutating func bool(_ value: Bool) { value ? append("true") : append("false") }

  /// A number as `JSONEncoder` writes a `Double`: whole numbers without a fraction (weights are
  /// multiples of a quarter, which print exactly).
  public mutating func number(_ value: Double) {
    raw(value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value))
  }
  public mutating func null() { append("null") }

  /// A string with `"`, `\\` and control characters escaped, and nothing else.
  public mutating func string(_ value: String) {
    bytes.append(UInt8(ascii: "\""))
    value.readingUTF8 { utf8 in
      // Every byte escaped is ASCII, so never part of another character's UTF-8.
      guard let base = utf8.baseAddress else { return }
      let count = utf8.count
      var plain = 0
      var index = 0
      while index < count {
        // Eight bytes are tested at a time; the last few of a text of eight or more with the eight
        // that end it (the bytes before them were read already).
        let stop = Swift.min(index + 8, count)
        if count >= 8, !Self.mayNeedEscaping(UnsafeRawPointer(base + stop - 8).loadUnaligned(as: UInt64.self)) {
          index = stop
          continue
        }
        while index < stop {
          let byte = base[index]
          index += 1
          guard byte < 0x20 || byte == 0x22 || byte == 0x5C else { continue }
          bytes.append(contentsOf: UnsafeBufferPointer(start: base + plain, count: index - 1 - plain))
          escape(byte)
          plain = index
        }
      }
      bytes.append(contentsOf: UnsafeBufferPointer(start: base + plain, count: count - plain))
    }
    bytes.append(UInt8(ascii: "\""))
  }

  private mutating func escape(_ byte: UInt8) {
    switch byte {
    case 0x22: append("\\\"")
    case 0x5C: append("\\\\")
    case 0x08: append("\\b")
    case 0x09: append("\\t")
    case 0x0A: append("\\n")
    case 0x0C: append("\\f")
    case 0x0D: append("\\r")
    default:
      let hex = Array("0123456789abcdef".utf8)
      append("\\u00")
      bytes.append(hex[Int(byte >> 4)])
      bytes.append(hex[Int(byte & 0x0F)])
    }
  }

  /// Whether one of the eight bytes of `word` is `"`, `\\` or below 0x20: false only when none is.
  /// `(v - n × 0x01…) & ~v & 0x80…` is not zero exactly when a byte of `v` is below n (for n up to
  /// 0x80), and a byte is zero after xor with `"` or `\\` only when it is one.
  @inline(__always)
  static func mayNeedEscaping(_ word: UInt64) -> Bool {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let highs: UInt64 = 0x8080_8080_8080_8080
    func hasByteBelow(_ limit: UInt64, _ value: UInt64) -> UInt64 { (value &- ones &* limit) & ~value & highs }
    return hasByteBelow(0x20, word) | hasByteBelow(1, word ^ (ones &* 0x22)) | hasByteBelow(1, word ^ (ones &* 0x5C))
      != 0
  }
}

extension String {
  /// `body` on the UTF-8 bytes, read in place: `var copy = self; copy.withUTF8` retains a large
  /// string and releases it again, a pair of atomic operations per string written. A string not
  /// stored as UTF-8 (bridged) is copied.
  @inline(__always)
  func readingUTF8<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
    if let result = utf8.withContiguousStorageIfAvailable(body) { return result }
    var copy = self
    return copy.withUTF8(body)
  }
}
