/// A parser for the simple YAML that front matter is nearly always written in, giving the same tree
/// (strings, styles and marks) as `Yams.compose` with `Resolver.basic` converted to `YAMLNode`, at a
/// fraction of its cost. It returns nil for anything it is not certain about, and the caller then
/// asks Yams, which also reports every syntax error.
///
/// Read: a block mapping at column 1 whose keys are plain words; values that are one-line plain,
/// single-quoted or double-quoted (without escapes) scalars, one-line flow sequences of scalars, one-line
/// flow mappings of plain keys to scalars, nested block mappings, and block sequences of such values;
/// comment lines and trailing comments. Everything else (anchors, aliases, tags, block scalars, multi-line
/// scalars, empty values, tabs, document markers, duplicate keys, …) is declined.
enum SimpleYAML {
  static func compose(_ yaml: String) -> YAMLNode? {
    var yaml = yaml
    return yaml.withUTF8 { bytes in
      var parser = Parser(bytes: bytes)
      return parser.document()
    }
  }

  private struct Parser {
    let bytes: UnsafeBufferPointer<UInt8>
    /// The start of each line and its end (before the newline).
    var lineStarts: [Int] = []
    var lineEnds: [Int] = []
    /// The line being read (0-based index into `lineStarts`).
    var line = 0
    /// The last position a mark was asked for, to count on from: a flow sequence of 100,000 items on
    /// one line asked for each item's column from the line's start (45 s for 0.8 MB).
    private let lastMark = MarkCursor()

    final class MarkCursor {
      var line = -1
      var position = 0
      var column = 1
    }

    init(bytes: UnsafeBufferPointer<UInt8>) {
      self.bytes = bytes
    }

    mutating func document() -> YAMLNode? {
      guard splitLines() else { return nil }
      line = nextContentLine(from: 0)
      guard line < lineStarts.count, indent(of: line) == 0 else { return nil }
      guard let root = blockMapping(indent: 0), line == lineStarts.count else { return nil }
      return root
    }

    /// Splits the text into lines, declining characters that need care: tabs, carriage returns, controls,
    /// a byte order mark, YAML's other line breaks (NEL, LS, PS) and non-characters.
    mutating func splitLines() -> Bool {
      var start = 0
      var index = 0
      let count = bytes.count
      while index < count {
        let byte = bytes[index]
        if byte == 0x0A {
          lineStarts.append(start)
          lineEnds.append(index)
          start = index + 1
        } else if byte < 0x20 || byte == 0x7F {
          return false
        } else if byte >= 0x80 {
          let next = index + 1 < count ? bytes[index + 1] : 0
          let third = index + 2 < count ? bytes[index + 2] : 0
          if byte == 0xC2 && next < 0xA0 { return false }
          if byte == 0xE2 && next == 0x80 && (third == 0xA8 || third == 0xA9) { return false }
          if byte == 0xEF && next == 0xBB && third == 0xBF { return false }
          if byte == 0xEF && next == 0xBF && (third == 0xBE || third == 0xBF) { return false }
        }
        index += 1
      }
      lineStarts.append(start)
      lineEnds.append(count)
      return true
    }

    func indent(of line: Int) -> Int {
      var index = lineStarts[line]
      while index < lineEnds[line], bytes[index] == 0x20 { index += 1 }
      return index - lineStarts[line]
    }

    /// The first line from `line` on that is neither blank nor only a comment.
    func nextContentLine(from line: Int) -> Int {
      var line = line
      while line < lineStarts.count {
        let start = lineStarts[line] + indent(of: line)
        if start < lineEnds[line], bytes[start] != UInt8(ascii: "#") { return line }
        line += 1
      }
      return line
    }

    /// The mark libyaml gives a position: 1-based line, and column counted in Unicode scalars.
    func mark(_ position: Int) -> YAMLMark {
      if lastMark.line != line || position < lastMark.position {
        (lastMark.line, lastMark.position, lastMark.column) = (line, lineStarts[line], 1)
      }
      var column = lastMark.column
      var index = lastMark.position
      while index < position {
        if bytes[index] & 0xC0 != 0x80 { column += 1 }
        index += 1
      }
      (lastMark.position, lastMark.column) = (position, column)
      return YAMLMark(line: line + 1, column: column)
    }

    func string(_ from: Int, _ to: Int) -> String {
      String(decoding: UnsafeBufferPointer(rebasing: bytes[from..<to]), as: UTF8.self)
    }

    /// A block mapping whose keys start at column `indent + 1`, from the current line.
    mutating func blockMapping(indent: Int) -> YAMLNode? {
      guard indent <= 64 else { return nil }
      var pairs: [YAMLNode.Pair] = []
      var keys = KeySet()
      var mappingMark: YAMLMark?
      while line < lineStarts.count {
        let lineIndent = self.indent(of: line)
        if lineIndent < indent { break }
        guard lineIndent == indent else { return nil }
        let start = lineStarts[line] + indent
        let end = lineEnds[line]
        // The key: a plain word, then ':' and a space or the end of the line.
        var index = start
        guard index < end, isKeyStart(bytes[index]) else { return nil }
        while index < end, isKeyByte(bytes[index]) { index += 1 }
        guard index < end, bytes[index] == UInt8(ascii: ":"), index - start <= 128 else { return nil }
        let keyEnd = index
        index += 1
        guard index == end || bytes[index] == 0x20 else { return nil }
        let key = string(start, keyEnd)
        guard keys.insert(key) else { return nil }
        let keyMark = mark(start)
        if mappingMark == nil { mappingMark = keyMark }
        let keyNode = YAMLNode.scalar(.init(string: key, style: .plain, mark: keyMark))
        while index < end, bytes[index] == 0x20 { index += 1 }
        let value: YAMLNode
        if index == end || bytes[index] == UInt8(ascii: "#") {
          // The value is on the lines below: a nested mapping or a sequence.
          line = nextContentLine(from: line + 1)
          guard line < lineStarts.count else { return nil }
          let childIndent = self.indent(of: line)
          guard childIndent > indent else { return nil }
          let first = lineStarts[line] + childIndent
          if bytes[first] == UInt8(ascii: "-") {
            guard let sequence = blockSequence(indent: childIndent) else { return nil }
            value = sequence
          } else {
            guard let mapping = blockMapping(indent: childIndent) else { return nil }
            value = mapping
          }
        } else {
          guard let inline = inlineValue(from: index, end: end) else { return nil }
          value = inline
          line = nextContentLine(from: line + 1)
        }
        pairs.append(YAMLNode.Pair(key: keyNode, value: value))
      }
      guard !pairs.isEmpty else { return nil }
      return .mapping(.init(pairs: pairs, mark: mappingMark))
    }

    /// A block sequence whose dashes are at column `indent + 1`, from the current line.
    mutating func blockSequence(indent: Int) -> YAMLNode? {
      var items: [YAMLNode] = []
      var sequenceMark: YAMLMark?
      while line < lineStarts.count {
        let lineIndent = self.indent(of: line)
        if lineIndent < indent { break }
        guard lineIndent == indent else { return nil }
        let start = lineStarts[line] + indent
        let end = lineEnds[line]
        guard bytes[start] == UInt8(ascii: "-"), start + 1 < end, bytes[start + 1] == 0x20 else { return nil }
        if sequenceMark == nil { sequenceMark = mark(start) }
        var index = start + 1
        while index < end, bytes[index] == 0x20 { index += 1 }
        guard index < end, bytes[index] != UInt8(ascii: "#"), let item = inlineValue(from: index, end: end) else {
          return nil
        }
        items.append(item)
        line = nextContentLine(from: line + 1)
      }
      return .sequence(.init(items: items, mark: sequenceMark))
    }

    /// A value that starts and ends on this line at `index`; the rest of the line may hold only a comment.
    func inlineValue(from index: Int, end: Int) -> YAMLNode? {
      var index = index
      let node: YAMLNode
      switch bytes[index] {
      case UInt8(ascii: "["):
        guard let sequence = flowSequence(&index, end: end) else { return nil }
        node = sequence
      case UInt8(ascii: "{"):
        guard let mapping = flowMapping(&index, end: end) else { return nil }
        node = mapping
      case UInt8(ascii: "'"), UInt8(ascii: "\""):
        guard let scalar = quoted(&index, end: end) else { return nil }
        node = scalar
      default:
        return blockPlain(from: index, end: end)
      }
      return restIsComment(index, end: end) ? node : nil
    }

    /// Nothing but spaces and a comment from `index` (just after a token) to the end of the line.
    func restIsComment(_ index: Int, end: Int) -> Bool {
      var index = index
      guard index == end || bytes[index] == 0x20 else { return false }
      while index < end, bytes[index] == 0x20 { index += 1 }
      return index == end || bytes[index] == UInt8(ascii: "#")
    }

    /// A plain scalar in block context, to the end of the line or a comment.
    func blockPlain(from start: Int, end: Int) -> YAMLNode? {
      guard !isIndicator(bytes[start]) else { return nil }
      var index = start
      var last = start  // just after the last non-space byte
      while index < end {
        let byte = bytes[index]
        if byte == 0x20 {
          if index + 1 < end, bytes[index + 1] == UInt8(ascii: "#") { break }
        } else {
          if byte == UInt8(ascii: ":"), index + 1 == end || bytes[index + 1] == 0x20 { return nil }
          last = index + 1
        }
        index += 1
      }
      return .scalar(.init(string: string(start, last), style: .plain, mark: mark(start)))
    }

    /// A plain scalar in a flow collection, ending before `,` or the collection's closing bracket.
    func flowPlain(_ index: inout Int, end: Int) -> YAMLNode? {
      let start = index
      guard start < end, !isIndicator(bytes[start]) else { return nil }
      var last = start
      while index < end {
        let byte = bytes[index]
        if byte == UInt8(ascii: ",") || byte == UInt8(ascii: "]") || byte == UInt8(ascii: "}") { break }
        if byte == UInt8(ascii: "[") || byte == UInt8(ascii: "{") { return nil }
        if byte == 0x20 {
          if index + 1 < end, bytes[index + 1] == UInt8(ascii: "#") { return nil }
        } else {
          if byte == UInt8(ascii: ":") {
            guard index + 1 < end else { return nil }
            switch bytes[index + 1] {
            case 0x20, UInt8(ascii: ","), UInt8(ascii: "?"), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "{"),
              UInt8(ascii: "}"):
              return nil
            default: break
            }
          }
          last = index + 1
        }
        index += 1
      }
      return .scalar(.init(string: string(start, last), style: .plain, mark: mark(start)))
    }

    /// A quoted scalar closed on this line; a double-quoted one without escapes.
    func quoted(_ index: inout Int, end: Int) -> YAMLNode? {
      let quote = bytes[index]
      let start = index
      index += 1
      var value: [UInt8] = []
      var simple = true
      let contentStart = index
      while true {
        guard index < end else { return nil }
        let byte = bytes[index]
        if byte == quote {
          if quote == UInt8(ascii: "'"), index + 1 < end, bytes[index + 1] == quote {
            if simple {
              value.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[contentStart..<index]))
              simple = false
            }
            value.append(quote)
            index += 2
            continue
          }
          break
        }
        if quote == UInt8(ascii: "\""), byte == UInt8(ascii: "\\") { return nil }
        if !simple { value.append(byte) }
        index += 1
      }
      let text = simple ? string(contentStart, index) : String(decoding: value, as: UTF8.self)
      index += 1
      let style: YAMLNode.Style = quote == UInt8(ascii: "'") ? .singleQuoted : .doubleQuoted
      return .scalar(.init(string: text, style: style, mark: mark(start)))
    }

    /// A scalar inside a flow collection: quoted or plain.
    func flowScalar(_ index: inout Int, end: Int) -> YAMLNode? {
      guard index < end else { return nil }
      if bytes[index] == UInt8(ascii: "'") || bytes[index] == UInt8(ascii: "\"") {
        guard let node = quoted(&index, end: end) else { return nil }
        while index < end, bytes[index] == 0x20 { index += 1 }
        return node
      }
      return flowPlain(&index, end: end)
    }

    /// `[a, 'b', "c"]` on one line.
    func flowSequence(_ index: inout Int, end: Int) -> YAMLNode? {
      let sequenceMark = mark(index)
      index += 1
      var items: [YAMLNode] = []
      skipSpaces(&index, end: end)
      if index < end, bytes[index] == UInt8(ascii: "]") {
        index += 1
        return .sequence(.init(items: [], mark: sequenceMark))
      }
      while true {
        guard let item = flowScalar(&index, end: end), index < end else { return nil }
        items.append(item)
        guard let closed = endOfFlowItem(&index, end: end, closing: UInt8(ascii: "]")) else { return nil }
        if closed { break }
      }
      return .sequence(.init(items: items, mark: sequenceMark))
    }

    /// `{label: Demo, url: 'https://x'}` on one line, with plain keys.
    func flowMapping(_ index: inout Int, end: Int) -> YAMLNode? {
      let mappingMark = mark(index)
      index += 1
      var pairs: [YAMLNode.Pair] = []
      var keys = KeySet()
      skipSpaces(&index, end: end)
      guard index < end, bytes[index] != UInt8(ascii: "}") else { return nil }
      while true {
        let keyStart = index
        guard index < end, isKeyStart(bytes[index]) else { return nil }
        while index < end, isKeyByte(bytes[index]) { index += 1 }
        guard index + 1 < end, bytes[index] == UInt8(ascii: ":"), bytes[index + 1] == 0x20, index - keyStart <= 128
        else { return nil }
        let key = string(keyStart, index)
        guard keys.insert(key) else { return nil }
        let keyNode = YAMLNode.scalar(.init(string: key, style: .plain, mark: mark(keyStart)))
        index += 1
        skipSpaces(&index, end: end)
        guard let value = flowScalar(&index, end: end), index < end else { return nil }
        pairs.append(YAMLNode.Pair(key: keyNode, value: value))
        guard let closed = endOfFlowItem(&index, end: end, closing: UInt8(ascii: "}")) else { return nil }
        if closed { break }
      }
      return .mapping(.init(pairs: pairs, mark: mappingMark))
    }

    /// After an item of a flow collection: true past its closing bracket, false past a comma and
    /// before the next item, nil for anything else (a trailing comma or an empty item is left to Yams).
    func endOfFlowItem(_ index: inout Int, end: Int, closing: UInt8) -> Bool? {
      if bytes[index] == closing {
        index += 1
        return true
      }
      guard bytes[index] == UInt8(ascii: ",") else { return nil }
      index += 1
      skipSpaces(&index, end: end)
      guard index < end, bytes[index] != closing, bytes[index] != UInt8(ascii: ",") else { return nil }
      return false
    }

    func skipSpaces(_ index: inout Int, end: Int) {
      while index < end, bytes[index] == 0x20 { index += 1 }
    }

    func isKeyStart(_ byte: UInt8) -> Bool {
      (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
        || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
        || byte == UInt8(ascii: "_")
    }

    func isKeyByte(_ byte: UInt8) -> Bool {
      isKeyStart(byte) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: "-")
    }

    /// Characters that may not start a plain scalar (and `-`, `?`, `:`, which may, but rarely do).
    func isIndicator(_ byte: UInt8) -> Bool {
      switch byte {
      case UInt8(ascii: "-"), UInt8(ascii: "?"), UInt8(ascii: ":"), UInt8(ascii: ","), UInt8(ascii: "["),
        UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "#"), UInt8(ascii: "&"),
        UInt8(ascii: "*"), UInt8(ascii: "!"), UInt8(ascii: "|"), UInt8(ascii: ">"), UInt8(ascii: "'"),
        UInt8(ascii: "\""), UInt8(ascii: "%"), UInt8(ascii: "@"), UInt8(ascii: "`"), 0x20:
        return true
      default:
        return false
      }
    }
  }
}

/// The keys of one mapping so far, to refuse one written twice: a scan of a short list (a front
/// matter has a dozen keys), and a set once the list is long, so that a hostile file stays linear.
struct KeySet {
  private var list: [String] = []
  private var set: Set<String>?

  /// Adds `key`; false when it was there already.
  mutating func insert(_ key: String) -> Bool {
    if set != nil { return set!.insert(key).inserted }
    let length = key.utf8.count
    if list.contains(where: { $0.utf8.count == length && $0 == key }) { return false }
    list.append(key)
    if list.count > 32 { set = Set(list) }
    return true
  }
}
