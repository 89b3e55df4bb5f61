/// What answers "tell me about a time you …" for one requirement of a posting.
public struct InterviewItem: Sendable, Hashable {
  public var requirement: Requirement
  /// STAR stories of experiences that prove the requirement, the CV's first.
  public var stories: [InterviewStory]
  /// Where no story exists: the highlights that best prove the requirement.
  public var highlights: [InterviewHighlight]
}

/// A STAR story and the experience it is from.
public struct InterviewStory: Sendable, Hashable {
  public var slug: String
  public var title: String
  public var story: Story
}

/// A highlight and the experience it is from.
public struct InterviewHighlight: Sendable, Hashable {
  public var slug: String
  public var title: String
  public var highlight: Highlight
}
