/// Reads a template's source into nodes, once, character by character (as Swift counts characters: a
/// quote followed by a combining mark is one character, and not a quote).
///
/// Standalone lines follow the Mustache specification: a section, inverted section, comment, partial,
/// parent, block or set-delimiter tag alone on its line (but for spaces and tabs) takes the line,
/// its end included, with it. The details follow swift-mustache 2.1.1, which Vita used before, so that
/// existing themes render byte for byte as they did.
struct TemplateParser {
  let characters: [Character]
  var position = 0

  init(_ source: String) {
    characters = Array(source)
  }

  /// What a level of the template (the whole, or a section's content) is parsed with.
  struct State {
    /// The name that closes this level; nil at the top.
    var closingName: String?
    /// Where the tag that opened this level starts, for "never closed".
    var openedAt = 0
    /// At the start of a line, with nothing but spaces and tabs read on it yet.
    var atLineStart = true
    /// Inside `{{<parent}}…{{/parent}}`, at any depth.
    var inParentDefinition = false
    /// Directly inside `{{<parent}}…{{/parent}}`, where `{{$name}}` defines an override.
    var atParentTopLevel = false
    /// Directly inside `{{<parent}}…{{/parent}}`, whatever the delimiters did to `atParentTopLevel`.
    var directlyInParent = false
    /// The indentation of an override's first line, taken off each of its lines.
    var overrideIndent: Int?
    var open: [Character] = ["{", "{"]
    var close: [Character] = ["}", "}"]
    /// How many sections, blocks and parents this level is inside.
    var depth = 0
  }

  /// How deep sections, inverted sections, blocks and parents may nest in one template: far more than
  /// a page needs, and little enough for the parser, the compiler and the renderer, which each go
  /// one call deeper per level, on a worker thread's stack.
  static let maximumNesting = 100

  /// Where each partial and parent named in the template is written, by the index of its tag.
  var partialTags: [(name: String, index: Int)] = []

  mutating func parseTemplate() throws(TemplateParseError) -> [Node] {
    try parseLevel(State())
  }

  /// The line and column (from 1) of each index, given in ascending order, in one pass over the text.
  func locations(of indices: [Int]) -> [(line: Int, column: Int)] {
    var (line, column, index) = (1, 1, 0)
    var found: [(line: Int, column: Int)] = []
    for target in indices {
      while index < min(target, characters.count) {
        if characters[index].isNewline {
          (line, column) = (line + 1, 1)
        } else {
          column += 1
        }
        index += 1
      }
      found.append((line, column))
    }
    return found
  }

  // MARK: Levels

  private mutating func parseLevel(_ initial: State) throws(TemplateParseError) -> [Node] {
    if initial.depth > Self.maximumNesting {
      throw error(
        at: initial.openedAt,
        "sections, blocks and parents are nested deeper than \(Self.maximumNesting) levels here; a template needs far fewer"
      )
    }
    var state = initial
    var nodes: [Node] = []
    /// Spaces and tabs that began the current line, held back until it is known whether the line is standalone.
    var leading: [Character] = []

    while position < characters.count {
      if state.atLineStart {
        let spaces = readSpacesAndTabs()
        if state.inParentDefinition && !state.atParentTopLevel {
          if let indent = state.overrideIndent {
            leading = Array(spaces.dropFirst(indent))
          } else {
            state.overrideIndent = spaces.count
          }
        } else {
          leading = spaces
        }
      }
      let (text, stop) = readText(state)
      if case .newline = stop {
        // The text's range ends with its line break.
        nodes.append(.text(utf8(leading, then: text)))
        state.atLineStart = true
        continue
      }
      if !text.isEmpty {
        nodes.append(.text(utf8(leading, then: text)))
        leading = []
        state.atLineStart = false
      }
      guard case .tag(let tagStart) = stop else { break }

      let kind: Character? = position < characters.count ? characters[position] : nil
      if state.directlyInParent, let kind, !"$!=/".contains(kind) {
        throw error(
          at: tagStart,
          "only {{$block}} overrides, comments and text can be inside {{<\(state.closingName ?? "")}}")
      }
      var lineTaken = false
      switch kind {
      case "#", "^":
        position += 1
        let name = try readName(state, tagStart: tagStart)
        if isStandalone(state) {
          lineTaken = true
        } else if !leading.isEmpty {
          nodes.append(.text(utf8(leading)))
          leading = []
        }
        var inner = state.entering(section: name, at: tagStart)
        if !lineTaken { inner.atLineStart = false }
        let content = try parseLevel(inner)
        nodes.append(kind == "#" ? .section(Name(name), content) : .inverted(Name(name), content))

      case "/":
        position += 1
        let name = try readName(state, tagStart: tagStart)
        let (open, close) = (String(state.open), String(state.close))
        guard let expected = state.closingName else {
          throw error(at: tagStart, "\(open)/\(name)\(close) closes a section that was never opened")
        }
        guard name == expected else {
          throw error(
            at: tagStart,
            "\(open)/\(name)\(close) does not close the open section '\(expected)'; expected \(open)/\(expected)\(close)"
          )
        }
        if !isStandalone(state), !leading.isEmpty {
          nodes.append(.text(utf8(leading)))
        }
        return nodes

      case "!":
        position += 1
        guard skipPast(state.close) else {
          throw error(at: tagStart, "the comment is never closed with \(String(state.close))")
        }
        lineTaken = isStandalone(state)

      case "{":
        if !leading.isEmpty {
          nodes.append(.text(utf8(leading)))
          leading = []
        }
        position += 1
        let name = try readName(state, tagStart: tagStart, closingWith: ["}"] + state.close)
        nodes.append(.unescaped(Name(name)))

      case "&":
        if !leading.isEmpty {
          nodes.append(.text(utf8(leading)))
          leading = []
        }
        position += 1
        let name = try readName(state, tagStart: tagStart)
        nodes.append(.unescaped(Name(name)))

      case ">":
        position += 1
        skipWhitespace()
        let dynamic = position < characters.count && characters[position] == "*"
        if dynamic { position += 1 }
        let name = try readPartialName(state, tagStart: tagStart)
        if !leading.isEmpty { nodes.append(.text(utf8(leading))) }
        var indentation: [UInt8]?
        if isStandalone(state) {
          lineTaken = true
          indentation = utf8(leading)
        }
        if !dynamic { partialTags.append((name, tagStart)) }
        nodes.append(
          dynamic
            ? .dynamicPartial(Name(name), indentation: indentation, overrides: nil)
            : .partial(name, indentation: indentation, overrides: nil))
        leading = []

      case "<":
        position += 1
        skipWhitespace()
        let written = try readPartialName(state, tagStart: tagStart)
        if !leading.isEmpty { nodes.append(.text(utf8(leading))) }
        lineTaken = isStandalone(state)
        if !written.hasPrefix("*") { partialTags.append((written, tagStart)) }
        var inner = state.entering(section: written, at: tagStart)
        inner.atLineStart = true
        inner.inParentDefinition = true
        inner.atParentTopLevel = true
        inner.directlyInParent = true
        var overrides: [String: [Node]] = [:]
        for node in try parseLevel(inner) {
          if case .block(let name, let content, _) = node { overrides[name] = content }
        }
        let indentation = utf8(leading)
        if written.hasPrefix("*") {
          let name = Name(String(written.dropFirst()))
          nodes.append(.dynamicPartial(name, indentation: indentation, overrides: overrides))
        } else {
          nodes.append(.partial(written, indentation: indentation, overrides: overrides))
        }
        leading = []

      case "$":
        position += 1
        let name = try readName(state, tagStart: tagStart)
        if state.atParentTopLevel {
          lineTaken = isStandalone(state)
          var inner = state.entering(section: name, at: tagStart)
          if !lineTaken { inner.atLineStart = false }
          nodes.append(.block(name, defaultContent: try parseLevel(inner), indentation: []))
        } else {
          if state.directlyInParent {
            throw error(
              at: tagStart, "{{$\(name)}} comes after a set-delimiter tag inside a parent, where it cannot override")
          }
          if !leading.isEmpty { nodes.append(.text(utf8(leading))) }
          lineTaken = isStandalone(state)
          var inner = state.entering(section: name, at: tagStart)
          if !lineTaken { inner.atLineStart = false }
          let content = try parseLevel(inner)
          nodes.append(.block(name, defaultContent: content, indentation: utf8(leading)))
          leading = []
        }

      case "=":
        position += 1
        try setDelimiters(&state, tagStart: tagStart)
        state.atParentTopLevel = false
        lineTaken = isStandalone(state)

      case "%":
        position += 1
        if let escaping = try readPragma(state, tagStart: tagStart) {
          nodes.append(.escaping(escaping))
        }
        lineTaken = isStandalone(state)

      default:
        if !leading.isEmpty {
          nodes.append(.text(utf8(leading)))
          leading = []
        }
        let name = try readName(state, tagStart: tagStart)
        nodes.append(.variable(Name(name)))
      }
      state.atLineStart = lineTaken
    }
    if let name = state.closingName {
      throw error(
        at: state.openedAt,
        "the section '\(name)' is never closed; expected \(String(state.open))/\(name)\(String(state.close))")
    }
    return nodes
  }

  // MARK: Text and lines

  enum TextEnd {
    /// A line break, read, which the text ends with.
    case newline(Character)
    /// An opening delimiter starting at this index, read.
    case tag(Int)
    case end
  }

  /// Reads text up to the end of the line (included, and in the range returned), an opening
  /// delimiter (read, and not in the range) or the end. A range, not a copy: copying and dropping the
  /// characters of every text was most of the time a template took to parse.
  private mutating func readText(_ state: State) -> (Range<Int>, TextEnd) {
    let start = position
    let first = state.open[0]
    while position < characters.count {
      let character = characters[position]
      if character == "\n" || character == "\r\n" {
        position += 1
        return (start..<position, .newline(character))
      }
      if character == first, matches(state.open, at: position) {
        let text = start..<position
        let tagStart = position
        position += state.open.count
        return (text, .tag(tagStart))
      }
      position += 1
    }
    return (start..<position, .end)
  }

  private mutating func readSpacesAndTabs() -> [Character] {
    let start = position
    while position < characters.count, characters[position] == " " || characters[position] == "\t" {
      position += 1
    }
    return Array(characters[start..<position])
  }

  /// Whether the tag just read is alone on its line: the line had nothing before it, and has only
  /// spaces and tabs after it; then the rest of the line, its end included, is read.
  private mutating func isStandalone(_ state: State) -> Bool {
    guard state.atLineStart else { return false }
    // At the very end of the source; spaces then the end are not enough (as in swift-mustache).
    if position == characters.count { return true }
    var index = position
    while index < characters.count, characters[index] == " " || characters[index] == "\t" { index += 1 }
    guard index < characters.count, characters[index].isNewline else { return false }
    position = index + 1
    return true
  }

  // MARK: Tags

  private func matches(_ string: [Character], at index: Int) -> Bool {
    guard index + string.count <= characters.count else { return false }
    for offset in 0..<string.count where characters[index + offset] != string[offset] { return false }
    return true
  }

  private mutating func skipWhitespace() {
    while position < characters.count, characters[position].isWhitespace { position += 1 }
  }

  /// Reads past the first `string`; false at the end of the source.
  private mutating func skipPast(_ string: [Character]) -> Bool {
    while position < characters.count {
      if matches(string, at: position) {
        position += string.count
        return true
      }
      position += 1
    }
    return false
  }

  private static let nameCharacters = Set<Character>(
    "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?*")
  private static let partialNameCharacters = nameCharacters.union("/()")

  /// Reads ` name }}`: the name, then the closing delimiter (or `closing`).
  private mutating func readName(_ state: State, tagStart: Int, closingWith closing: [Character]? = nil)
    throws(TemplateParseError) -> String
  {
    try readName(state, tagStart: tagStart, allowed: Self.nameCharacters, closing: closing ?? state.close)
  }

  private mutating func readPartialName(_ state: State, tagStart: Int) throws(TemplateParseError) -> String {
    try readName(state, tagStart: tagStart, allowed: Self.partialNameCharacters, closing: state.close)
  }

  private mutating func readName(_ state: State, tagStart: Int, allowed: Set<Character>, closing: [Character])
    throws(TemplateParseError) -> String
  {
    skipWhitespace()
    let start = position
    while position < characters.count, allowed.contains(characters[position]) { position += 1 }
    let name = String(characters[start..<position])
    skipWhitespace()
    if matches(closing, at: position) {
      position += closing.count
      return name
    }
    if position >= characters.count || characters[position] == closing[0] {
      throw error(at: tagStart, "the tag is never closed with \(String(closing))")
    }
    if characters[position] == "(" || characters[position] == ")" {
      throw error(at: position, "'\(name)(' is a transform, which Vita's templates do not have")
    }
    throw error(
      at: position,
      "unexpected '\(characters[position])' in the tag \(String(state.open))…\(String(closing)); "
        + "names are letters, digits and . - _ ? *")
  }

  /// `{{=<% %>=}}`: two delimiters without spaces or `=` in them.
  private mutating func setDelimiters(_ state: inout State, tagStart: Int) throws(TemplateParseError) {
    func bad(_ detail: String) -> TemplateParseError {
      error(at: tagStart, "the set-delimiter tag is not like {{=<% %>=}}: \(detail)")
    }
    skipWhitespace()
    var start = position
    while position < characters.count, !characters[position].isWhitespace { position += 1 }
    guard position < characters.count else { throw bad("it is never closed") }
    let open = Array(characters[start..<position])
    skipWhitespace()
    start = position
    while position < characters.count, characters[position] != "=", !characters[position].isWhitespace {
      position += 1
    }
    guard position < characters.count else { throw bad("it is never closed") }
    let close = Array(characters[start..<position])
    skipWhitespace()
    guard position < characters.count, characters[position] == "=" else {
      throw bad("it must end with = and \(String(state.close))")
    }
    position += 1
    guard matches(state.close, at: position) else { throw bad("it must end with = and \(String(state.close))") }
    position += state.close.count
    guard !open.isEmpty, !close.isEmpty else { throw bad("a delimiter is empty") }
    state.open = open
    state.close = close
  }

  /// `{{% NAME: VALUE}}`: `CONTENT_TYPE: TEXT` turns escaping off for the rest of the template (not its
  /// partials), `HTML` turns it on; any other pragma is accepted and has no effect.
  private mutating func readPragma(_ state: State, tagStart: Int) throws(TemplateParseError) -> Bool? {
    let start = position
    guard skipPast(state.close) else {
      throw error(at: tagStart, "the pragma is never closed with \(String(state.close))")
    }
    let content = String(characters[start..<(position - state.close.count)])
    let parts = content.split(separator: ":", maxSplits: 1).map { $0.trimmingSpaces }
    guard parts.count == 2, parts[0] == "CONTENT_TYPE" else { return nil }
    switch parts[1] {
    case "TEXT": return false
    case "HTML", "VITA_HTML": return true
    default: return nil
    }
  }

  // MARK: Errors

  private func error(at index: Int, _ message: String) -> TemplateParseError {
    var line = 1
    var column = 1
    for character in characters[..<min(index, characters.count)] {
      if character.isNewline {
        line += 1
        column = 1
      } else {
        column += 1
      }
    }
    return TemplateParseError(line: line, column: column, message: message)
  }

  private func utf8(_ characters: [Character]) -> [UInt8] {
    var bytes: [UInt8] = []
    for character in characters { bytes.append(contentsOf: character.utf8) }
    return bytes
  }

  /// `leading`, then the source's characters `text`, as UTF-8.
  private func utf8(_ leading: [Character], then text: Range<Int>) -> [UInt8] {
    var bytes = utf8(leading)
    for character in characters[text] { bytes.append(contentsOf: character.utf8) }
    return bytes
  }
}

extension TemplateParser.State {
  /// The state of a section's or block's content.
  func entering(section name: String, at tagStart: Int) -> Self {
    var inner = self
    inner.closingName = name
    inner.openedAt = tagStart
    inner.depth += 1
    inner.atParentTopLevel = false
    inner.directlyInParent = false
    return inner
  }
}

extension Substring {
  fileprivate var trimmingSpaces: String {
    String(drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
  }
}
