extension String {
  /// The text with each character for which `replacement` gives a text written as that text: the
  /// one loop behind the small escapers of YAML's quoted strings and iCalendar's texts.
  public func replacingEach(_ replacement: (Character) -> String?) -> String {
    var result = ""
    for character in self {
      if let replaced = replacement(character) { result += replaced } else { result.append(character) }
    }
    return result
  }
}
