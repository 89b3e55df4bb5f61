import Foundation

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
    var text = text
    return text.withUTF8 { bytes in
      var lineStart = 0
      var lineNumber = 0
      var yamlStart = 0
      while lineStart < bytes.count || lineNumber == 0 {
        let lineEnd = Self.lineEnd(in: bytes, from: lineStart)
        lineNumber += 1
        let next = lineEnd < bytes.count ? lineEnd + 1 : lineEnd
        if lineNumber == 1 {
          guard isFence(bytes[lineStart..<lineEnd], allowingDots: false) else { return .failure(.missingOpeningFence) }
          yamlStart = next
        } else if isFence(bytes[lineStart..<lineEnd], allowingDots: true) {
          // The YAML ends before the newline that ends its last line (none when it is empty).
          let yamlEnd = lineStart > yamlStart ? lineStart - 1 : yamlStart
          return .success(
            FrontMatterDocument(
              yaml: String(decoding: UnsafeBufferPointer(rebasing: bytes[yamlStart..<yamlEnd]), as: UTF8.self),
              yamlFirstLine: 2,
              body: String(decoding: UnsafeBufferPointer(rebasing: bytes[next...]), as: UTF8.self),
              bodyFirstLine: lineNumber + 1))
        }
        if lineEnd == bytes.count { break }
        lineStart = next
      }
      return .failure(.missingClosingFence(openedAtLine: 1))
    }
  }

  /// The position of the line feed that ends the line starting at `start`, or the end of the text.
  private static func lineEnd(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
    guard start < bytes.count, let base = bytes.baseAddress,
      let found = memchr(base + start, 0x0A, bytes.count - start)
    else { return bytes.count }
    return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
  }

  /// `---` (or `...` where allowed), then nothing but spaces, tabs and a carriage return.
  private static func isFence(_ line: Slice<UnsafeBufferPointer<UInt8>>, allowingDots: Bool) -> Bool {
    var end = line.endIndex
    while end > line.startIndex, line[end - 1] == 0x20 || line[end - 1] == 0x09 || line[end - 1] == 0x0D { end -= 1 }
    guard end - line.startIndex == 3 else { return false }
    let marker = line[line.startIndex]
    guard marker == UInt8(ascii: "-") || (allowingDots && marker == UInt8(ascii: ".")) else { return false }
    return line[line.startIndex + 1] == marker && line[line.startIndex + 2] == marker
  }
}
