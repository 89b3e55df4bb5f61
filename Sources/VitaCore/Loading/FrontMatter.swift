/// A Markdown file split into its YAML front matter and its body.
public struct FrontMatterDocument: Sendable, Hashable {
  /// The YAML between the `---` lines.
  public var yaml: String
  /// The line of the file where the YAML starts (1-based).
  public var yamlFirstLine: Int
  public var body: String
  /// The line of the file where the body starts (1-based).
  public var bodyFirstLine: Int

  /// Why a file could not be split.
  public enum Problem: Error, Equatable {
    case missingOpeningFence
    case missingClosingFence(openedAtLine: Int)
  }

  /// Splits `text`; a file must open with a `---` line and close the front matter with `---` or `...`.
  /// Only the front matter is walked line by line; the body is taken whole.
  public static func split(_ text: String) -> Result<FrontMatterDocument, Problem> {
    let utf8 = text.utf8
    var lineStart = utf8.startIndex
    var lineNumber = 0
    var yamlStart: String.Index?
    while lineStart < utf8.endIndex || lineNumber == 0 {
      let lineEnd = utf8[lineStart...].firstIndex(of: UInt8(ascii: "\n")) ?? utf8.endIndex
      let line = text[lineStart..<lineEnd]
      lineNumber += 1
      let next = lineEnd < utf8.endIndex ? utf8.index(after: lineEnd) : lineEnd
      if lineNumber == 1 {
        guard isFence(line, allowingDots: false) else { return .failure(.missingOpeningFence) }
        yamlStart = next
      } else if isFence(line, allowingDots: true), let yamlStart {
        // The YAML ends before the newline that ends its last line (none when it is empty).
        let yamlEnd = lineStart > yamlStart ? utf8.index(before: lineStart) : yamlStart
        return .success(
          FrontMatterDocument(
            yaml: String(text[yamlStart..<yamlEnd]), yamlFirstLine: 2, body: String(text[next...]),
            bodyFirstLine: lineNumber + 1))
      }
      if lineEnd == utf8.endIndex { break }
      lineStart = next
    }
    return .failure(.missingClosingFence(openedAtLine: 1))
  }

  private static func isFence(_ line: Substring, allowingDots: Bool) -> Bool {
    var trimmed = line
    while let last = trimmed.last, last == " " || last == "\t" || last == "\r" {
      trimmed = trimmed.dropLast()
    }
    return trimmed == "---" || (allowingDots && trimmed == "...")
  }
}
