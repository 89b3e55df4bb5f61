/// HTML turned into GitHub-flavoured Markdown that reads as the page did: headings, paragraphs,
/// lists (nested), emphasis, links, code and tables kept; scripts, styles, images (tracking
/// pixels among them), embedded frames, forms and every other tag dropped, so that the Markdown
/// holds no raw HTML at all. Text is escaped so that cmark-gfm reads back exactly the page's words.
struct HTMLMarkdown {
  /// Elements whose content is never the ad's text.
  static let dropped: Set<String> = [
    "script", "style", "noscript", "template", "iframe", "frame", "frameset", "object", "embed", "applet", "svg",
    "math", "canvas", "img", "picture", "video", "audio", "source", "track", "map", "head", "title", "meta",
    "link", "base", "input", "button", "select", "textarea", "option", "datalist", "output", "progress", "meter",
    "dialog",
  ]
  /// What surrounds the ad on a page, dropped when a page's main text is taken.
  static let pageFurniture: Set<String> = ["nav", "header", "footer", "aside", "form", "menu"]
  /// ARIA roles of the same furniture, dropped with it.
  static let furnitureRoles: Set<String> = [
    "navigation", "banner", "contentinfo", "complementary", "search", "dialog", "alertdialog", "menu", "menubar",
  ]
  /// Elements that hold blocks; anything else not named here is inline.
  static let containers: Set<String> = [
    "#document", "html", "body", "main", "div", "section", "article", "header", "footer", "aside", "nav", "p",
    "address", "center", "figure", "figcaption", "details", "summary", "fieldset", "legend", "form", "dl", "dt",
    "dd", "hgroup", "search", "li", "caption", "tbody", "thead", "tfoot", "tr", "td", "th", "menu",
  ]
  /// Characters lines use as bullets where a page writes a list as lines: `• SQL<br>• Excel`.
  static let bulletGlyphs: Set<Character> = ["•", "·", "▪", "‣", "○", "●", "◦", "■", "□", "✓", "✔", "➢", "►", "➤"]

  /// Elements also dropped, with the elements of `furnitureRoles` where any is: the page's
  /// furniture, when its main text is taken.
  var furniture: Set<String> = []

  /// The Markdown of `nodes`, ending in one line break; empty when they hold no text.
  func markdown(_ nodes: [HTMLNode]) -> String {
    var builder = BlockBuilder()
    walk(nodes, into: &builder, context: Context())
    builder.flush()
    let text = Self.render(builder.blocks)
    return text.isEmpty ? "" : text + "\n"
  }

  /// Text without tags as Markdown: its lines kept, a blank line between paragraphs, lines
  /// written as bullets made a list.
  func markdown(plainText text: String) -> String {
    var builder = BlockBuilder()
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      let line = line.trimmingCharacters(in: .whitespacesAndNewlines)
      if line.isEmpty {
        builder.flush()
        continue
      }
      if !builder.inline.isEmpty { builder.inline.lineBreak() }
      builder.inline.text(line)
    }
    builder.flush()
    let markdown = Self.render(builder.blocks)
    return markdown.isEmpty ? "" : markdown + "\n"
  }

  // MARK: Reading the tree

  private struct Context {
    var inHeading = false
    var inLink = false
    var emphasis: Set<String> = []
  }

  private func isSkipped(_ element: HTMLElement) -> Bool {
    if Self.dropped.contains(element.name) || element.attributes["hidden"] != nil
      || element.attributes["aria-hidden"]?.lowercased() == "true"
    {
      return true
    }
    if let style = element.attributes["style"]?.lowercased().filter({ !$0.isWhitespace }),
      style.contains("display:none") || style.contains("visibility:hidden")
    {
      return true
    }
    guard !furniture.isEmpty else { return false }
    return furniture.contains(element.name)
      || Self.furnitureRoles.contains(element.attributes["role"]?.lowercased() ?? "")
  }

  private func walk(_ nodes: [HTMLNode], into builder: inout BlockBuilder, context: Context) {
    for node in nodes {
      switch node {
      case .text(let text): builder.inline.text(text)
      case .comment: break
      case .element(let element): walk(element, into: &builder, context: context)
      }
    }
  }

  private func walk(_ element: HTMLElement, into builder: inout BlockBuilder, context: Context) {
    guard !isSkipped(element) else { return }
    switch element.name {
    case "br":
      builder.inline.lineBreak()
    case "h1", "h2", "h3", "h4", "h5", "h6":
      builder.flush()
      var inner = context
      inner.inHeading = true
      let text = line(of: element.children, context: inner)
      if !text.isEmpty, let level = element.name.last?.wholeNumberValue { builder.blocks.append(.heading(level, text)) }
    case "ul", "ol":
      builder.flush()
      list(element, into: &builder, context: context)
    case "blockquote":
      builder.flush()
      let blocks = self.blocks(of: element.children, context: context)
      if !blocks.isEmpty { builder.blocks.append(.quote(blocks)) }
    case "pre":
      builder.flush()
      var code = element.text.replacingOccurrences(of: "\r\n", with: "\n")
      code.removeAll { $0 != "\n" && $0 != "\t" && Inline.isInvisible($0) }
      if code.hasPrefix("\n") { code.removeFirst() }
      while code.hasSuffix("\n") || code.hasSuffix(" ") { code.removeLast() }
      if !code.isEmpty { builder.blocks.append(.code(code)) }
    case "hr":
      builder.flush()
      builder.blocks.append(.rule)
    case "table":
      builder.flush()
      table(element, into: &builder, context: context)
    case "strong", "b":
      emphasis("**", element, into: &builder, context: context)
    case "em", "i", "cite", "dfn":
      emphasis("*", element, into: &builder, context: context)
    case "code", "kbd", "samp", "tt":
      let text = Inline.collapsed(element.text)
      if !text.isEmpty { builder.inline.markup(Self.codeSpan(text)) }
    case "a":
      link(element, into: &builder, context: context)
    case _ where Self.containers.contains(element.name):
      builder.flush()
      walk(element.children, into: &builder, context: context)
      builder.flush()
    default:
      walk(element.children, into: &builder, context: context)
    }
  }

  /// The blocks of `nodes` on their own.
  private func blocks(of nodes: [HTMLNode], context: Context) -> [Block] {
    var builder = BlockBuilder()
    walk(nodes, into: &builder, context: context)
    builder.flush()
    return builder.blocks
  }

  /// The text of `nodes` on one line (a heading, a table cell): blocks and line breaks become spaces.
  private func line(of nodes: [HTMLNode], context: Context) -> String {
    var builder = BlockBuilder()
    walk(nodes, into: &builder, context: context)
    var lines: [String] = []
    for block in builder.blocks {
      if case .paragraph(let text) = block {
        lines += text
      } else if case .heading(_, let text) = block {
        lines.append(text)
      }
    }
    lines += builder.inline.finished()
    return lines.filter { !$0.isEmpty }.joined(separator: " ")
  }

  private func emphasis(_ mark: String, _ element: HTMLElement, into builder: inout BlockBuilder, context: Context) {
    // Bold inside bold, and emphasis in a heading, add nothing.
    guard !context.inHeading, !context.emphasis.contains(mark) else {
      walk(element.children, into: &builder, context: context)
      return
    }
    var inner = context
    inner.emphasis.insert(mark)
    var nested = BlockBuilder()
    walk(element.children, into: &nested, context: inner)
    builder.take(nested, isEmphasis: true) { mark + $0 + mark }
  }

  private func link(_ element: HTMLElement, into builder: inout BlockBuilder, context: Context) {
    let address = (element.attributes["href"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
    let scheme = address.prefix(while: { $0 != ":" }).lowercased()
    guard !context.inLink, ["http", "https", "mailto"].contains(scheme), address.contains(":") else {
      walk(element.children, into: &builder, context: context)
      return
    }
    var inner = context
    inner.inLink = true
    var nested = BlockBuilder()
    walk(element.children, into: &nested, context: inner)
    let encoded = address.replacingOccurrences(of: " ", with: "%20").replacingOccurrences(of: "<", with: "%3C")
      .replacingOccurrences(of: ">", with: "%3E")
    builder.take(nested, isEmphasis: false) { text in
      if text.replacingOccurrences(of: "\\", with: "") == address { return "<" + encoded + ">" }
      let destination = encoded.contains("(") || encoded.contains(")") ? "<" + encoded + ">" : encoded
      return "[" + text + "](" + destination + ")"
    }
  }

  private func list(_ element: HTMLElement, into builder: inout BlockBuilder, context: Context) {
    var items: [[Block]] = []
    var loose: [HTMLNode] = []
    func takeLoose() {
      let blocks = self.blocks(of: loose, context: context)
      if !blocks.isEmpty { items.append(blocks) }
      loose = []
    }
    for child in element.children {
      if case .element(let item) = child, item.name == "li" {
        takeLoose()
        guard !isSkipped(item) else { continue }
        let blocks = self.blocks(of: item.children, context: context)
        if !blocks.isEmpty { items.append(blocks) }
      } else {
        loose.append(child)
      }
    }
    takeLoose()
    guard !items.isEmpty else { return }
    let start =
      element.name == "ol" ? Int(element.attributes["start"] ?? "").map { max(0, min($0, 999_999_999)) } ?? 1 : nil
    builder.blocks.append(.list(start: start, items: items))
  }

  private func table(_ element: HTMLElement, into builder: inout BlockBuilder, context: Context) {
    var rows: [HTMLElement] = []
    for case .element(let child) in element.children where !isSkipped(child) {
      if child.name == "tr" { rows.append(child) }
      if ["thead", "tbody", "tfoot"].contains(child.name) {
        for case .element(let row) in child.children where row.name == "tr" && !isSkipped(row) { rows.append(row) }
      }
    }
    let cells = rows.map { row in
      row.children.compactMap { node -> HTMLElement? in
        guard case .element(let cell) = node, cell.name == "td" || cell.name == "th", !isSkipped(cell) else {
          return nil
        }
        return cell
      }
    }
    // A table that lays out blocks (paragraphs, lists, headings, other tables), or has one column,
    // is read as those blocks, cell by cell; only a table of short values becomes a Markdown table.
    let laysOut =
      rows.isEmpty || cells.allSatisfy { $0.count <= 1 }
      || cells.joined().contains { cell in
        !cell.elements(where: { Self.layoutElements.contains($0.name) }).isEmpty
      }
    if laysOut {
      walk(element.children, into: &builder, context: context)
      builder.flush()
      return
    }
    let texts = cells.map { row in
      row.map { line(of: $0.children, context: context).replacingOccurrences(of: "|", with: "\\|") }
    }.filter { $0.contains { !$0.isEmpty } }
    if !texts.isEmpty { builder.blocks.append(.table(texts)) }
  }

  /// Elements that make a table a layout rather than a table of values.
  static let layoutElements: Set<String> = [
    "p", "div", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "table", "blockquote", "pre", "br", "section",
  ]

  // MARK: Writing Markdown

  /// A block of the Markdown written.
  indirect enum Block: Equatable {
    /// Lines of inline Markdown, joined by hard line breaks.
    case paragraph([String])
    case heading(Int, String)
    /// `start` is nil for a bulleted list.
    case list(start: Int?, items: [[Block]])
    case quote([Block])
    case code(String)
    case rule
    case table([[String]])
  }

  static func render(_ blocks: [Block]) -> String {
    blocks.map(render).filter { !$0.isEmpty }.joined(separator: "\n\n")
  }

  static func render(_ block: Block) -> String {
    switch block {
    case .paragraph(let lines):
      return lines.map(escapingLineStart).joined(separator: "\\\n")
    case .heading(let level, var text):
      // A closing run of `#` would be taken off the heading.
      if text.hasSuffix("#") { text = String(text.dropLast()) + "\\#" }
      return String(repeating: "#", count: level) + " " + text
    case .list(let start, let items):
      // Tight (no blank line between items) unless an item holds more than a line and its sub-list.
      let tight = items.allSatisfy { item in
        item.enumerated().allSatisfy { index, block in
          if case .list = block { return true }
          if case .paragraph = block { return index == 0 }
          return false
        }
      }
      let rendered = items.enumerated().map { index, item -> String in
        let marker = start.map { "\($0 + index)." } ?? "-"
        let body = item.enumerated().map { index, block -> String in
          let text = render(block)
          guard index > 0 else { return text }
          if case .list = block, case .paragraph = item[index - 1] { return "\n" + text }
          return "\n\n" + text
        }.joined()
        let indent = String(repeating: " ", count: marker.count + 1)
        let lines = body.split(separator: "\n", omittingEmptySubsequences: false)
        return marker + " "
          + lines.enumerated().map { $0.offset == 0 || $0.element.isEmpty ? String($0.element) : indent + $0.element }
          .joined(separator: "\n")
      }
      return rendered.joined(separator: tight ? "\n" : "\n\n")
    case .quote(let blocks):
      return render(blocks).split(separator: "\n", omittingEmptySubsequences: false)
        .map { $0.isEmpty ? ">" : "> " + $0 }.joined(separator: "\n")
    case .code(let code):
      var fence = "```"
      while code.contains(fence) { fence += "`" }
      return fence + "\n" + code + "\n" + fence
    case .rule:
      return "---"
    case .table(let rows):
      let width = rows.map(\.count).max() ?? 0
      let padded = rows.map { $0 + Array(repeating: "", count: width - $0.count) }
      let line = { (cells: [String]) in "| " + cells.joined(separator: " | ") + " |" }
      return ([line(padded[0]), line(Array(repeating: "---", count: width))] + padded.dropFirst().map(line))
        .joined(separator: "\n")
    }
  }

  /// A line of a paragraph with what would open a block at its start escaped: `#`, `>`, a bullet,
  /// `1.`, a run of `=` or `-`.
  static func escapingLineStart(_ line: String) -> String {
    guard let first = line.first else { return line }
    let second = line.dropFirst().first
    switch first {
    case ">":
      return "\\" + line
    case "#":
      let marks = line.prefix(while: { $0 == "#" })
      let after = line.dropFirst(marks.count).first
      return marks.count <= 6 && (after == nil || after == " ") ? "\\" + line : line
    case "-", "+", "=":
      let isRule = line.allSatisfy { $0 == first || $0 == " " }
      return second == nil || second == " " || isRule ? "\\" + line : line
    default:
      let digits = line.prefix(while: { $0.isASCII && $0.isNumber })
      let rest = line.dropFirst(digits.count)
      guard !digits.isEmpty, digits.count <= 9, let mark = rest.first, mark == "." || mark == ")",
        rest.dropFirst().first == nil || rest.dropFirst().first == " "
      else { return line }
      return digits + "\\" + rest
    }
  }

  static func codeSpan(_ text: String) -> String {
    var fence = "`"
    while text.contains(fence) { fence += "`" }
    let padding = text.hasPrefix("`") || text.hasSuffix("`") ? " " : ""
    return fence + padding + text + padding + fence
  }

}

/// Blocks made so far, and the paragraph being made.
private struct BlockBuilder {
  var blocks: [HTMLMarkdown.Block] = []
  var inline = Inline()

  /// Ends the paragraph being made. Lines written as bullets (`• SQL`, `- Excel`) become a list.
  mutating func flush() {
    let lines = inline.finished()
    inline = Inline()
    guard !lines.isEmpty else { return }
    var paragraph: [String] = []
    var items: [[HTMLMarkdown.Block]] = []
    func end() {
      if !paragraph.isEmpty { blocks.append(.paragraph(paragraph)) }
      paragraph = []
      guard !items.isEmpty else { return }
      // Items right after a list (a paragraph per bullet) go on in it.
      if case .list(nil, let earlier) = blocks.last {
        blocks[blocks.count - 1] = .list(start: nil, items: earlier + items)
      } else {
        blocks.append(.list(start: nil, items: items))
      }
      items = []
    }
    for line in lines {
      if let item = Self.bulletItem(line) {
        if !paragraph.isEmpty { end() }
        if !item.isEmpty { items.append([.paragraph([item])]) }
      } else {
        if !items.isEmpty { end() }
        paragraph.append(line)
      }
    }
    end()
  }

  /// The text of a line written as a bullet, without its bullet; nil for another line.
  static func bulletItem(_ line: String) -> String? {
    var rest = Substring(line)
    if rest.hasPrefix("\\*") { rest = rest.dropFirst() }
    guard let first = rest.first else { return nil }
    if "-*+".contains(first) {
      guard rest.dropFirst().first == " " else { return nil }
    } else if !HTMLMarkdown.bulletGlyphs.contains(first) {
      return nil
    }
    return rest.dropFirst().trimmingCharacters(in: .whitespaces)
  }

  /// What `nested` made, wrapped by `wrap` where it is inline text; blocks as they are.
  mutating func take(_ nested: BlockBuilder, isEmphasis: Bool, wrap: (String) -> String) {
    if !nested.blocks.isEmpty {
      flush()
      blocks += nested.blocks
      inline = nested.inline
      return
    }
    let lines = nested.inline.finished()
    if nested.inline.leadingSpace { inline.space() }
    for (index, line) in lines.enumerated() {
      if index > 0 { inline.lineBreak() }
      guard !line.isEmpty else { continue }
      if isEmphasis {
        inline.emphasis(wrap(line), first: line.first, last: line.last)
      } else {
        inline.markup(wrap(line))
      }
    }
    if nested.inline.trailingSpace { inline.space() }
  }
}

/// A paragraph being made: text with its spaces collapsed as HTML shows them, and escaped for
/// Markdown; line breaks where the page has `<br>`.
struct Inline {
  private var lines: [String] = []
  private var current = ""
  private var pendingSpace = false
  /// The text opened with a space (before anything else).
  private(set) var leadingSpace = false
  /// Emphasis just closed on punctuation: a letter right after it needs a space, or the mark would
  /// not close (`**Location:**Jakarta`).
  private var closedOnPunctuation = false

  var trailingSpace: Bool { pendingSpace }
  var isEmpty: Bool { lines.isEmpty && current.isEmpty }

  /// Characters that take no room: zero-width spaces and joiners, the byte-order mark, soft hyphens.
  static let invisible: Set<Unicode.Scalar> = ["\u{200B}", "\u{200C}", "\u{200D}", "\u{2060}", "\u{FEFF}", "\u{AD}"]

  /// Whether `character` shows nothing: an invisible one, or a control character (a page may hold
  /// any, and a posting file must not).
  static func isInvisible(_ character: Character) -> Bool {
    character.unicodeScalars.allSatisfy { scalar in
      invisible.contains(scalar) || (scalar.value < 0x20 && !character.isWhitespace)
        || (0x7F...0x9F).contains(scalar.value)
    }
  }

  static func isSpace(_ character: Character) -> Bool {
    character.isWhitespace || character == "\u{A0}"
  }

  /// `text` with its runs of spaces (line breaks, tabs, no-break spaces) made one space, trimmed.
  static func collapsed(_ text: String) -> String {
    var result = ""
    var space = false
    for character in text {
      if isInvisible(character) { continue }
      if isSpace(character) {
        space = !result.isEmpty
        continue
      }
      if space { result.append(" ") }
      space = false
      result.append(character)
    }
    return result
  }

  mutating func space() {
    if current.isEmpty && lines.isEmpty { leadingSpace = true }
    pendingSpace = true
  }

  /// Text from the page, escaped.
  mutating func text(_ text: String) {
    var previous = current.last
    var characters = Array(text)
    characters.removeAll(where: Self.isInvisible)
    for (index, character) in characters.enumerated() {
      if Self.isSpace(character) {
        space()
        continue
      }
      if pendingSpace, !current.isEmpty {
        current.append(" ")
        previous = " "
      }
      if closedOnPunctuation, pendingSpace == false, character.isLetter || character.isNumber {
        current.append(" ")
        previous = " "
      }
      pendingSpace = false
      closedOnPunctuation = false
      let next = characters[safe: index + 1]
      current += Self.escaped(character, previous: previous, next: next, following: characters[(index + 1)...])
      previous = character
    }
  }

  /// Markdown made elsewhere (a link, a code span), as it is.
  mutating func markup(_ text: String) {
    if pendingSpace, !current.isEmpty { current.append(" ") }
    pendingSpace = false
    closedOnPunctuation = false
    current += text
  }

  /// Emphasis around text that starts with `first` and ends with `last`: a space keeps the marks
  /// where CommonMark reads them as marks (`word**(x)**`).
  mutating func emphasis(_ text: String, first: Character?, last: Character?) {
    if !pendingSpace, let before = current.last, before.isLetter || before.isNumber,
      let first, first.isPunctuation || first.isSymbol
    {
      pendingSpace = true
    }
    markup(text)
    closedOnPunctuation = last.map { $0.isPunctuation || $0.isSymbol } ?? false
  }

  mutating func lineBreak() {
    lines.append(current)
    current = ""
    pendingSpace = false
    closedOnPunctuation = false
  }

  /// The lines made, without empty ones at either end; none when there is no text.
  func finished() -> [String] {
    var all = lines + [current]
    while all.first?.isEmpty == true { all.removeFirst() }
    while all.last?.isEmpty == true { all.removeLast() }
    return all.map { line in
      var line = line
      while line.last == " " { line.removeLast() }
      return line
    }
  }

  /// A character of the page's text, escaped where Markdown would read it as a mark: always for
  /// `\`, `*`, `` ` ``, `[`, `]`, `<`, `~`; `_` unless inside a word; `&` where it would start an
  /// entity (`&amp;`).
  static func escaped(_ character: Character, previous: Character?, next: Character?, following: ArraySlice<Character>)
    -> String
  {
    switch character {
    case "\\", "*", "`", "[", "]", "<", "~":
      return "\\" + String(character)
    case "_":
      let inWord =
        (previous.map { $0.isLetter || $0.isNumber } ?? false) && (next.map { $0.isLetter || $0.isNumber } ?? false)
      return inWord ? "_" : "\\_"
    case "&":
      let name = following.prefix(while: { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "#") })
      return !name.isEmpty && following.dropFirst(name.count).first == ";" ? "\\&" : "&"
    default:
      return String(character)
    }
  }
}
