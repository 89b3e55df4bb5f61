import CCmarkGFM
import Foundation

/// An image or a link found in a Markdown body, with where it was written (1-based, within the body).
struct MarkdownReference: Sendable, Hashable {
  enum Form: Sendable, Hashable {
    case image(alt: String)
    /// An `<img>` in raw HTML without a non-empty `alt`.
    case htmlImageWithoutAlt
    case link
  }

  var form: Form
  var url: String
  var line: Int
  var column: Int
}

/// Finds images and links through cmark-gfm, so that code spans and code blocks are left alone.
enum MarkdownReferences {
  static func scan(_ markdown: String) -> [MarkdownReference] {
    guard let parser = Markdown.parser(options: CMARK_OPT_DEFAULT, extensions: ["table", "strikethrough"]) else {
      return []
    }
    defer { cmark_parser_free(parser) }
    markdown.withCString { cmark_parser_feed(parser, $0, strlen($0)) }
    guard let document = Markdown.finish(parser) else { return [] }
    defer { cmark_node_free(document) }
    guard let iterator = cmark_iter_new(document) else { return [] }
    defer { cmark_iter_free(iterator) }

    var found: [MarkdownReference] = []
    while cmark_iter_next(iterator) != CMARK_EVENT_DONE {
      guard cmark_iter_get_event_type(iterator) == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator)
      else { continue }
      let type = cmark_node_get_type(node)
      let (line, column) = position(of: node)
      switch type {
      case CMARK_NODE_IMAGE:
        let url = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
        found.append(MarkdownReference(form: .image(alt: text(of: node)), url: url, line: line, column: column))
      case CMARK_NODE_LINK:
        let url = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
        found.append(MarkdownReference(form: .link, url: url, line: line, column: column))
      case CMARK_NODE_HTML_BLOCK, CMARK_NODE_HTML_INLINE:
        let html = cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
        for offset in htmlImagesWithoutAlt(html) {
          found.append(
            MarkdownReference(
              form: .htmlImageWithoutAlt, url: "", line: line + offset, column: offset == 0 ? column : 1))
        }
      default:
        continue
      }
    }
    return found
  }

  /// The node's start, or its nearest ancestor's where cmark keeps no position for an inline.
  private static func position(of node: OpaquePointer) -> (Int, Int) {
    var current: OpaquePointer? = node
    while let candidate = current {
      let line = Int(cmark_node_get_start_line(candidate))
      if line > 0 { return (line, max(Int(cmark_node_get_start_column(candidate)), 1)) }
      current = cmark_node_parent(candidate)
    }
    return (1, 1)
  }

  /// The text inside a node: an image's alt text.
  private static func text(of node: OpaquePointer) -> String {
    var text = ""
    guard let iterator = cmark_iter_new(node) else { return text }
    defer { cmark_iter_free(iterator) }
    while cmark_iter_next(iterator) != CMARK_EVENT_DONE {
      guard cmark_iter_get_event_type(iterator) == CMARK_EVENT_ENTER, let child = cmark_iter_get_node(iterator),
        child != node, let literal = cmark_node_get_literal(child)
      else { continue }
      text += String(cString: literal)
    }
    return text
  }

  /// The line offsets, within a raw HTML chunk, of `<img>` tags with no or an empty `alt`.
  private static func htmlImagesWithoutAlt(_ html: String) -> [Int] {
    guard let tag = try? NSRegularExpression(pattern: #"<img\b[^>]*>"#, options: [.caseInsensitive]),
      let alt = try? NSRegularExpression(
        pattern: #"\balt\s*=\s*(?:"\s*[^"\s][^"]*"|'\s*[^'\s][^']*'|[^\s"'>]+)"#, options: [.caseInsensitive])
    else { return [] }
    let whole = html as NSString
    return tag.matches(in: html, range: NSRange(location: 0, length: whole.length)).compactMap { match in
      let element = whole.substring(with: match.range)
      let hasAlt = alt.firstMatch(in: element, range: NSRange(location: 0, length: (element as NSString).length)) != nil
      guard !hasAlt else { return nil }
      return whole.substring(to: match.range.location).filter { $0 == "\n" }.count
    }
  }
}
