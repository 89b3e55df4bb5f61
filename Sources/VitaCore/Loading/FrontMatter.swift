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
  public static func split(_ text: String) -> Result<FrontMatterDocument, Problem> {
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false)[...]
    guard let first = lines.first, isFence(first, allowingDots: false) else {
      return .failure(.missingOpeningFence)
    }
    lines = lines.dropFirst()
    var yamlLines: [Substring] = []
    var lineNumber = 1
    while let line = lines.first {
      lines = lines.dropFirst()
      lineNumber += 1
      if isFence(line, allowingDots: true) {
        let body = lines.joined(separator: "\n")
        return .success(
          FrontMatterDocument(
            yaml: yamlLines.joined(separator: "\n"), yamlFirstLine: 2, body: body,
            bodyFirstLine: lineNumber + 1))
      }
      yamlLines.append(line)
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
