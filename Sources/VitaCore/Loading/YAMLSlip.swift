import Yams

/// The mistakes a beginner makes in front matter, told in their words at the place they were made:
/// libyaml names the symptom ("found character that cannot start any token") where it noticed it,
/// often a line later than the slip.
enum YAMLSlip {
  /// A message naming the slip and its fix, and where the slip is; nil when the error is none of them.
  static func explain(_ error: YamlError, in yaml: String, language: Language) -> (String, YAMLMark?)? {
    let lines = yaml.split(separator: "\n", omittingEmptySubsequences: false)
    var context: YamlError.Context?
    var problemMark: Yams.Mark?
    switch error {
    case .scanner(let found, _, let mark, _), .parser(let found, _, let mark, _):
      context = found
      problemMark = mark
    default:
      return nil
    }
    // A tab where YAML wants indentation, on the line the parser stopped at or the one before (a tab
    // further up, inside a block of text, harms nothing).
    let lastLine = min(problemMark?.line ?? lines.count, lines.count)
    for index in stride(from: lastLine - 1, through: max(0, lastLine - 2), by: -1) {
      guard let tab = indentationTab(lines[index]) else { continue }
      return (
        language.messages.text("yaml.slip.tab"),
        YAMLMark(line: index + 1, column: tab + 1)
      )
    }
    guard let context else { return nil }
    let opened = YAMLMark(line: context.mark.line, column: context.mark.column)
    let character = character(at: opened, in: lines)
    if context.text.contains("quoted scalar") {
      let quote = character ?? "\""
      return (
        language.messages.text("yaml.slip.quote", ["quote": quote]), opened
      )
    }
    if context.text.contains("flow sequence") || context.text.contains("flow mapping") {
      let (open, close) = context.text.contains("sequence") ? ("[", "]") : ("{", "}")
      return (
        language.messages.text("yaml.slip.bracket", ["open": open, "close": close]), opened
      )
    }
    return nil
  }

  /// The column (from 0) of a tab among the spaces before a line's text, or before a list item's.
  static func indentationTab(_ line: Substring) -> Int? {
    var column = 0
    for character in line {
      switch character {
      case "\t":
        // A blank line with a tab harms nothing.
        return line.contains { !$0.isWhitespace } ? column : nil
      case " ", "-": column += 1
      default: return nil
      }
    }
    return nil
  }

  private static func character(at mark: YAMLMark, in lines: [Substring]) -> Character? {
    guard mark.line >= 1, mark.line <= lines.count else { return nil }
    let line = Array(lines[mark.line - 1].unicodeScalars)
    guard mark.column >= 1, mark.column <= line.count else { return nil }
    return Character(line[mark.column - 1])
  }
}
