/// The few things in a text that keep Debian's cmark-gfm (0.29.0.gfm.6) busy for minutes, refused
/// before it reads them; later releases fixed these quadratic cases, but Vita links the system's.
///
/// - An HTML processing instruction (`<?`), declaration (`<!A `) or CDATA section (`<![CDATA[`) that
///   is not closed is read to the end of its paragraph, and then again from the next one: 1.28 MB of
///   `a <?` took 110 s. What each kind makes the parser read this way, summed over the text (to the
///   next closing mark, or to the end of the text where there is none), may be at most
///   `readLimit`: a few closed or unclosed ones in a long text are far below it.
/// - A table's columns are compared pairwise: 10,000 columns took 18 s. A table may have at most
///   `maximumTableColumns`.
///
/// The check is one pass over the bytes, and a file under the size limit passes unless it holds these.
public enum MarkdownLimits {
  /// Bytes the parser may read again for one kind of unclosed mark in one text: some 0.2 s.
  public static let readLimit = 256 * 1024 * 1024
  public static let maximumTableColumns = 1_000

  /// A text the parser would take too long over: where, and why.
  public struct Finding: Sendable, Equatable {
    public var code: String
    public var line: Int
    public var column: Int
    public var message: String
  }

  /// An HTML mark that the parser reads on from until it is closed.
  struct Opener {
    var code: String
    var opening: [UInt8]
    var closing: [UInt8]
    /// Whether an ASCII letter must follow the opening (a declaration's name).
    var letterFollows = false
  }

  static let openers = [
    Opener(
      code: "markdown-processing-instruction", opening: Array("<?".utf8), closing: Array("?>".utf8)),
    Opener(
      code: "markdown-declaration", opening: Array("<!".utf8), closing: Array(">".utf8), letterFollows: true),
    Opener(
      code: "markdown-cdata", opening: Array("<![CDATA[".utf8), closing: Array("]]>".utf8)),
  ]

  /// The first limit `text` goes over, with the line and column (from 1) where it does; nil when none.
  public static func check(_ text: String, in language: Language = .en) -> Finding? {
    var text = text
    return text.withUTF8 { check(bytes: $0, in: language) }
  }

  static func check(bytes: UnsafeBufferPointer<UInt8>, in language: Language) -> Finding? {
    for opener in openers {
      if let start = overRead(bytes, opener) {
        let (line, column) = location(of: start, in: bytes)
        return Finding(
          code: opener.code, line: line, column: column,
          message: language.messages.text(
            "markdown.over-read",
            ["opener": language.messages.text("markdown.opener.\(opener.code)"), "limit": readLimit / 1024 / 1024]))
      }
    }
    if let (start, columns) = wideTable(bytes) {
      let (line, column) = location(of: start, in: bytes)
      return Finding(
        code: "markdown-table-columns", line: line, column: column,
        message: language.messages.text(
          "markdown.table-columns", ["columns": columns, "maximumTableColumns": maximumTableColumns]))
    }
    return nil
  }

  /// Where the openers of one kind that make the parser read more than `readLimit` begin; nil when
  /// they stay under it.
  static func overRead(_ bytes: UnsafeBufferPointer<UInt8>, _ opener: Opener) -> Int? {
    measure(bytes, opener, limit: readLimit).start
  }

  /// What openers of one kind make the parser read again, in bytes (at most `Int.max`).
  static func readAgain(_ bytes: UnsafeBufferPointer<UInt8>, _ opener: Opener) -> Int {
    measure(bytes, opener, limit: .max).read
  }

  /// An opener is read to the next closing mark, and the openers between are inside what it opened;
  /// one with no closing mark after it is read to the end, and so is each opener after it. `start`
  /// is where the openers that take the sum past `limit` begin.
  static func measure(
    _ bytes: UnsafeBufferPointer<UInt8>, _ opener: Opener, limit: Int
  ) -> (read: Int, start: Int?) {
    let (opening, closing) = (opener.opening, opener.closing)
    var read = 0
    var pending = 0
    var first = 0
    var positions = 0
    var index = 0
    let count = bytes.count
    while index < count {
      let byte = bytes[index]
      if byte == opening[0], matches(opening, at: index, in: bytes), index == 0 || bytes[index - 1] != 0x5C,
        !opener.letterFollows || isLetter(at: index + opening.count, in: bytes)
      {
        if pending == 0 { first = index }
        pending += 1
        positions += index
        index += opening.count
        continue
      }
      if pending > 0, byte == closing[0], matches(closing, at: index, in: bytes) {
        read += index - first
        if read > limit { return (read, first) }
        pending = 0
        positions = 0
        index += closing.count
        continue
      }
      index += 1
    }
    // Those left open are each read to the end.
    guard pending > 0 else { return (read, nil) }
    let (product, overflow) = pending.multipliedReportingOverflow(by: count)
    let (sum, overflowed) = read.addingReportingOverflow(product - positions)
    guard !overflow, !overflowed else { return (.max, first) }
    return (sum, sum > limit ? first : nil)
  }

  /// The first delimiter row of a table (`|---|:--:|`) with more than `maximumTableColumns` columns:
  /// where its line starts, and how many.
  static func wideTable(_ bytes: UnsafeBufferPointer<UInt8>) -> (Int, Int)? {
    var lineStart = 0
    let count = bytes.count
    while lineStart < count {
      var index = lineStart
      var columns = 0
      var pipes = 0
      var inDashes = false
      var isRow = true
      while index < count, bytes[index] != 0x0A {
        switch bytes[index] {
        case UInt8(ascii: "-"):
          if !inDashes { columns += 1 }
          inDashes = true
        case UInt8(ascii: "|"):
          pipes += 1
          inDashes = false
        case UInt8(ascii: ":"), 0x20, 0x09, 0x0D:
          break
        default:
          isRow = false
        }
        if !isRow { break }
        index += 1
      }
      if isRow, pipes > 0, columns > maximumTableColumns { return (lineStart, columns) }
      while index < count, bytes[index] != 0x0A { index += 1 }
      lineStart = index + 1
    }
    return nil
  }

  static func matches(_ mark: [UInt8], at index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard index + mark.count <= bytes.count else { return false }
    for offset in mark.indices where bytes[index + offset] != mark[offset] { return false }
    return true
  }

  static func isLetter(at index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard index < bytes.count else { return false }
    let byte = bytes[index] | 0x20
    return byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")
  }

  /// The line and column (from 1, the column in Unicode scalars) of byte `offset`.
  static func location(of offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (Int, Int) {
    var (line, column) = (1, 1)
    for index in 0..<min(offset, bytes.count) {
      if bytes[index] == 0x0A {
        (line, column) = (line + 1, 1)
      } else if bytes[index] & 0xC0 != 0x80 {
        column += 1
      }
    }
    return (line, column)
  }
}
