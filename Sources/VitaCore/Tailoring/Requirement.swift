/// One thing a posting asks for: a must-have, an explicit keyword, or a term found in its text.
public struct Requirement: Sendable, Hashable, Codable {
  /// As the posting spells it.
  public var term: String
  public var isMustHave: Bool
  public var isKeyword: Bool

  public init(term: String, isMustHave: Bool = false, isKeyword: Bool = false) {
    self.term = term
    self.isMustHave = isMustHave
    self.isKeyword = isKeyword
  }

  /// How much it counts in relevance and score: must-have 3, keyword 2, found in the text 1.
  public var weight: Int { isMustHave ? 3 : isKeyword ? 2 : 1 }
}
