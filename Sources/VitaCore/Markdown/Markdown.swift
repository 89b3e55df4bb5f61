import CCmarkGFM
import Foundation
import Synchronization

/// Markdown to HTML through cmark-gfm, with the GitHub extensions and smart punctuation.
public struct Markdown: Sendable {
  /// Pass raw HTML through the allowlist (`HTMLAllowlist`); otherwise it is shown as text.
  public var allowsRawHTML: Bool
  /// What raw HTML keeps, when it is allowed.
  public var allowlist: HTMLAllowlist

  public init(allowsRawHTML: Bool = false, iframeHosts: [String] = []) {
    self.allowsRawHTML = allowsRawHTML
    allowlist = HTMLAllowlist(iframeHosts: iframeHosts)
  }

  static let extensionNames = ["table", "strikethrough", "autolink", "tasklist", "tagfilter"]

  /// cmark-gfm 0.29 keeps the characters that start an extension's inline syntax (`~` for
  /// strikethrough, `:` and `w` for autolinks) in one table for the whole process, and
  /// `cmark_parser_finish` switches a parser's characters on before its inline pass and off after
  /// it: two parses finishing at once lose autolinks and strikethrough, the first to end switching
  /// them off under the other. So inline passes take turns here; feeding (the block pass) and
  /// rendering run on every core at once. A `Mutex` spins a little before it sleeps, which suits a
  /// lock held for microseconds at a time.
  private static let inlinePass = Mutex(())

  /// Every cmark-gfm parse in the process ends here, one at a time (see `inlinePass`).
  static func finish(_ parser: OpaquePointer) -> OpaquePointer? {
    nonisolated(unsafe) let parser = parser
    let document = inlinePass.withLock { _ in UInt(bitPattern: cmark_parser_finish(parser)) }
    return OpaquePointer(bitPattern: document)
  }

  /// Registers the extensions once per process; cmark-gfm's registry is global.
  private static let registered: Bool = {
    cmark_gfm_core_extensions_ensure_registered()
    return true
  }()

  /// A new parser with `extensions` attached; the caller frees it.
  static func parser(options: Int32, extensions: [String] = extensionNames) -> OpaquePointer? {
    _ = registered
    guard let parser = cmark_parser_new(options) else { return nil }
    for name in extensions {
      if let syntax = cmark_find_syntax_extension(name) { cmark_parser_attach_syntax_extension(parser, syntax) }
    }
    return parser
  }

  /// A whole document, as block HTML; `rewriteLink` may replace a link's target (nil keeps it).
  public func html(_ text: String, rewriteLink: ((String) -> String?)? = nil) -> String {
    render(text, inline: false, rewriteLink: rewriteLink)
  }

  /// A highlight as `inlineHTML(_:)` shows its text.
  public func inlineHTML(_ highlight: Highlight) -> String {
    highlight.isPlainMarkdown ? highlight.text : cachedInlineHTML(highlight.text)
  }

  /// A highlight as `plainText(_:)` shows its text.
  public func plainText(_ highlight: Highlight) -> String {
    highlight.isPlainMarkdown ? highlight.text : cachedPlainText(highlight.text)
  }

  /// One line (a highlight): the paragraph's content, without the `<p>` around it.
  public func inlineHTML(_ text: String) -> String {
    // Most highlights are words, digits and a little punctuation, which Markdown leaves as they are.
    Self.isPlainLine(text) ? text : cachedInlineHTML(text)
  }

  private func cachedInlineHTML(_ text: String) -> String {
    Self.lines.value(
      for: text, variant: allowsRawHTML ? "raw " + allowlist.iframeHosts.sorted().joined(separator: " ") : "safe"
    ) { cmarkInlineHTML(text) }
  }

  func cmarkInlineHTML(_ text: String) -> String {
    let html = render(text, inline: true)
    var body = Substring(html)
    if body.hasSuffix("\n") { body = body.dropLast() }
    if body.hasPrefix("<p>"), body.hasSuffix("</p>") { body = body.dropFirst(3).dropLast(4) }
    return String(body)
  }

  /// One line (a highlight) as plain text: emphasis, code and link marks removed, the words kept.
  public func plainText(_ text: String) -> String {
    Self.isPlainLine(text) ? text : cachedPlainText(text)
  }

  private func cachedPlainText(_ text: String) -> String {
    Self.lines.value(for: text, variant: "plain") { cmarkPlainText(text) }
  }

  /// Whether a line is text that cmark-gfm would give back unchanged, both as HTML and as plain
  /// text: letters (any script), digits, inner single spaces and `, ; : % ( ) / + = ? .` and `-`,
  /// but nothing that opens a block (a leading `-`, `+`, `=` or `1.`), no smart punctuation (`--`,
  /// `...`, quotes), nothing an autolink starts from (`www.`, `://`, `@`) and nothing HTML escapes.
  /// Such a line skips the parser; the tests compare the two on many generated lines.
  static func isPlainLine(_ text: String) -> Bool {
    var text = text
    var nonASCII = false
    guard text.withUTF8({ isPlainLine(bytes: $0, nonASCII: &nonASCII) }) else { return false }
    // Next-line, line and paragraph separators end a line for the plain text.
    return !nonASCII || !text.unicodeScalars.contains { $0 == "\u{85}" || $0 == "\u{2028}" || $0 == "\u{2029}" }
  }

  private static func isPlainLine(bytes: UnsafeBufferPointer<UInt8>, nonASCII: inout Bool) -> Bool {
    // The ends are ASCII: cmark-gfm and the plain-text trim disagree about other spaces.
    guard let first = bytes.first, let last = bytes.last, first != 0x20, last != 0x20, first < 0x80, last < 0x80
    else { return false }
    if first == UInt8(ascii: "-") || first == UInt8(ascii: "+") || first == UInt8(ascii: "=") { return false }
    var previous: UInt8 = 0
    var leadingDigits = true
    var letters = 0  // consecutive w or W, for `www.`
    return byteClasses.withUnsafeBufferPointer { classes in
      for byte in bytes {
        switch classes[Int(byte)] {
        case .letter:
          leadingDigits = false
        case .nonASCII:
          nonASCII = true
          leadingDigits = false
        case .digit:
          break
        case .space:
          if previous == 0x20 { return false }
          leadingDigits = false
        case .listMarkerEnd:
          if leadingDigits { return false }  // `1.` or `2)` opens a list
          if byte == UInt8(ascii: "."), previous == UInt8(ascii: ".") || letters >= 3 { return false }
        case .dash:
          if previous == UInt8(ascii: "-") { return false }
          leadingDigits = false
        case .slash:
          if previous == UInt8(ascii: ":") { return false }
          leadingDigits = false
        case .punctuation:
          leadingDigits = false
        case .special:
          return false
        }
        letters = (byte == UInt8(ascii: "w") || byte == UInt8(ascii: "W")) ? letters + 1 : 0
        previous = byte
      }
      return true
    }
  }

  /// What each byte is to `isPlainLine`.
  private enum ByteClass: UInt8 {
    case letter, nonASCII, digit, space, listMarkerEnd, dash, slash, punctuation, special
  }

  private static let byteClasses: [ByteClass] = (0...255).map { (byte: Int) -> ByteClass in
    switch UInt8(byte) {
    case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"): .letter
    case 0x80...0xFF: .nonASCII
    case UInt8(ascii: "0")...UInt8(ascii: "9"): .digit
    case UInt8(ascii: " "): .space
    case UInt8(ascii: "."), UInt8(ascii: ")"): .listMarkerEnd
    case UInt8(ascii: "-"): .dash
    case UInt8(ascii: "/"): .slash
    case UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "%"), UInt8(ascii: "("),
      UInt8(ascii: "+"), UInt8(ascii: "="), UInt8(ascii: "?"):
      .punctuation
    default: .special
    }
  }

  func cmarkPlainText(_ text: String) -> String {
    let rendered = render(text, inline: true, format: .plainText)
    let line = rendered.split(whereSeparator: \.isNewline).joined(separator: " ")
    // Foundation's trimming converts to UTF-16 and back; a line that starts and ends with an ASCII
    // character other than a space or a tab has nothing to trim.
    func isKept(_ byte: UInt8?) -> Bool { byte.map { $0 < 0x80 && $0 != 0x20 && $0 != 0x09 } ?? true }
    guard !isKept(line.utf8.first) || !isKept(line.utf8.last) else { return line }
    return line.trimmingCharacters(in: .whitespaces)
  }

  /// Highlights are shown on the site, the general CV and every tailored CV, in HTML and as text:
  /// each is rendered once per process.
  private static let lines = LineCache()

  final class LineCache: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [String: String] = [:]
    private static let limit = 200_000

    func value(for text: String, variant: String, render: () -> String) -> String {
      let key = "\(variant)\u{0}" + text
      lock.lock()
      if let cached = values[key] {
        lock.unlock()
        return cached
      }
      lock.unlock()
      let rendered = render()
      lock.lock()
      if values.count >= Self.limit { values.removeAll(keepingCapacity: true) }
      values[key] = rendered
      lock.unlock()
      return rendered
    }
  }

  private enum Format {
    case html, plainText
  }

  private func render(
    _ text: String, inline: Bool, format: Format = .html, rewriteLink: ((String) -> String?)? = nil
  ) -> String {
    // Plain text keeps the person's own quotes and dashes: no smart punctuation.
    var options =
      (format == .html ? CMARK_OPT_SMART : 0) | CMARK_OPT_STRIKETHROUGH_DOUBLE_TILDE | CMARK_OPT_VALIDATE_UTF8
      | CMARK_OPT_TABLE_PREFER_STYLE_ATTRIBUTES
    if allowsRawHTML { options |= CMARK_OPT_UNSAFE }
    // GitHub's tag filter shows `<script>`, `<iframe>` and the like as text; with raw HTML allowed,
    // the allowlist removes them instead, and keeps an `<iframe>` from a listed host.
    let extensions = allowsRawHTML ? Self.extensionNames.filter { $0 != "tagfilter" } : Self.extensionNames
    guard let parser = Self.parser(options: options, extensions: extensions) else { return "" }
    defer { cmark_parser_free(parser) }
    var source = text
    if inline {
      // A highlight is one line: keep a leading "1." or "-" from turning it into a list.
      // Foundation's replacing converts to UTF-16 and back: only when there is a line break to replace.
      if text.utf8.contains(0x0A) { source = text.replacingOccurrences(of: "\n", with: " ") }
      if let first = source.first, "-+*#>=|".contains(first) {
        source = "\\" + source
      } else if let marker = source.firstIndex(where: { !("0"..."9").contains($0) }), marker != source.startIndex,
        source[marker] == "." || source[marker] == ")"
      {
        source.insert("\\", at: marker)
      }
    }
    source.withCString { pointer in
      cmark_parser_feed(parser, pointer, strlen(pointer))
    }
    // Never `cmark_parser_finish` itself: parses take turns in `finish`.
    guard let document = Self.finish(parser) else { return "" }
    defer { cmark_node_free(document) }
    let keepsRawHTML = allowsRawHTML && format == .html
    if !keepsRawHTML { Self.escapeRawHTML(in: document) }
    // cmark-gfm's own HTML needs no cleaning: only a page with raw HTML goes through the allowlist.
    let isClean = !keepsRawHTML || !Self.containsRawHTML(document)
    Self.dropDisallowedLinks(in: document)
    if let rewriteLink { Self.rewriteLinks(in: document, with: rewriteLink) }
    let rendered =
      switch format {
      case .html: cmark_render_html(document, options, cmark_parser_get_syntax_extensions(parser))
      case .plainText: cmark_render_plaintext(document, options, 0)
      }
    guard let rendered else { return "" }
    defer { free(rendered) }
    return isClean ? String(cString: rendered) : allowlist.clean(String(cString: rendered))
  }

  private static func containsRawHTML(_ document: OpaquePointer) -> Bool {
    guard let iterator = cmark_iter_new(document) else { return true }
    defer { cmark_iter_free(iterator) }
    while cmark_iter_next(iterator) != CMARK_EVENT_DONE {
      guard let node = cmark_iter_get_node(iterator) else { continue }
      let type = cmark_node_get_type(node)
      if type == CMARK_NODE_HTML_INLINE || type == CMARK_NODE_HTML_BLOCK { return true }
    }
    return false
  }

  private static func rewriteLinks(in document: OpaquePointer, with rewrite: (String) -> String?) {
    guard let iterator = cmark_iter_new(document) else { return }
    defer { cmark_iter_free(iterator) }
    while cmark_iter_next(iterator) != CMARK_EVENT_DONE {
      guard let node = cmark_iter_get_node(iterator), cmark_iter_get_event_type(iterator) == CMARK_EVENT_ENTER,
        cmark_node_get_type(node) == CMARK_NODE_LINK, let url = cmark_node_get_url(node)
      else { continue }
      if let replacement = rewrite(String(cString: url)) { cmark_node_set_url(node, replacement) }
    }
  }

  /// Empties the target of a link that `LinkPolicy` refuses, as cmark's safe mode does for `javascript:`,
  /// but for every scheme other than http, https, mailto and tel, and with `unsafe_html` too. An image may
  /// also be a `data:` PNG, GIF, JPEG or WebP, as cmark allows.
  private static func dropDisallowedLinks(in document: OpaquePointer) {
    guard let iterator = cmark_iter_new(document) else { return }
    defer { cmark_iter_free(iterator) }
    while cmark_iter_next(iterator) != CMARK_EVENT_DONE {
      guard let node = cmark_iter_get_node(iterator), cmark_iter_get_event_type(iterator) == CMARK_EVENT_ENTER
      else { continue }
      let type = cmark_node_get_type(node)
      guard type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE, let pointer = cmark_node_get_url(node) else {
        continue
      }
      let url = String(cString: pointer)
      if url.isEmpty || LinkPolicy.isAllowed(url) { continue }
      if type == CMARK_NODE_IMAGE,
        url.range(of: #"^data:image/(png|gif|jpeg|webp);"#, options: [.regularExpression, .caseInsensitive]) != nil
      {
        continue
      }
      cmark_node_set_url(node, "")
    }
  }

  /// Turns raw HTML nodes into text, so that `<script>` in content is shown, never run.
  private static func escapeRawHTML(in document: OpaquePointer) {
    var rawNodes: [OpaquePointer] = []
    guard let iterator = cmark_iter_new(document) else { return }
    while cmark_iter_next(iterator) != CMARK_EVENT_DONE {
      guard let node = cmark_iter_get_node(iterator), cmark_iter_get_event_type(iterator) == CMARK_EVENT_ENTER
      else { continue }
      let type = cmark_node_get_type(node)
      if type == CMARK_NODE_HTML_INLINE || type == CMARK_NODE_HTML_BLOCK { rawNodes.append(node) }
    }
    cmark_iter_free(iterator)
    for node in rawNodes {
      let literal = cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
      let isBlock = cmark_node_get_type(node) == CMARK_NODE_HTML_BLOCK
      guard let text = cmark_node_new(CMARK_NODE_TEXT) else { continue }
      var shown = literal
      if isBlock, shown.hasSuffix("\n") { shown.removeLast() }
      cmark_node_set_literal(text, shown)
      if isBlock {
        guard let paragraph = cmark_node_new(CMARK_NODE_PARAGRAPH) else {
          cmark_node_free(text)
          continue
        }
        cmark_node_append_child(paragraph, text)
        cmark_node_replace(node, paragraph)
      } else {
        cmark_node_replace(node, text)
      }
      cmark_node_free(node)
    }
  }
}

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif
