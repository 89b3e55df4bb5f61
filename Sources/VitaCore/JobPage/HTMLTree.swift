import CLibXML2
import Foundation

/// A piece of an HTML page as libxml2's HTML parser reads it: an element, text, or a comment.
///
/// The parser is the one browsers' rules are closest to in Debian: it recovers from any input
/// (unclosed tags, stray `</p>`, `<li>` without `</li>`), decodes entities and the page's
/// encoding, and nests no deeper than 256 elements. Its tree is copied into these values and
/// freed at once, so that nothing else here touches a C pointer.
indirect enum HTMLNode: Sendable, Hashable {
  case element(HTMLElement)
  case text(String)
  case comment(String)
}

/// An element: its lower-case name, its attributes (names lower-case) and its children.
struct HTMLElement: Sendable, Hashable {
  var name: String
  var attributes: [String: String]
  var children: [HTMLNode]

  subscript(_ attribute: String) -> String? { attributes[attribute] }

  /// Its text, every descendant's in order, as written (entities decoded, spaces kept).
  var text: String {
    var text = ""
    func collect(_ nodes: [HTMLNode]) {
      for node in nodes {
        switch node {
        case .text(let value): text += value
        case .element(let element): collect(element.children)
        case .comment: break
        }
      }
    }
    collect(children)
    return text
  }

  /// Every element under this one (itself included) that `matches`, in document order; an element
  /// that matches is not searched further.
  func elements(where matches: (HTMLElement) -> Bool) -> [HTMLElement] {
    if matches(self) { return [self] }
    var found: [HTMLElement] = []
    for case .element(let child) in children { found += child.elements(where: matches) }
    return found
  }

  /// The first element named `name`, in document order.
  func first(_ name: String) -> HTMLElement? {
    if self.name == name { return self }
    for case .element(let child) in children {
      if let found = child.first(name) { return found }
    }
    return nil
  }
}

/// Pages and fragments of HTML, read by libxml2.
enum HTMLTree {
  /// The page's nodes (comments before `<html>` included), or nil when there is nothing to read.
  static func parse(_ bytes: [UInt8]) -> [HTMLNode]? {
    guard !bytes.isEmpty, bytes.count < Int(Int32.max) else { return nil }
    // A page that is valid UTF-8 is read as UTF-8, whatever it declares (a saved page's
    // declaration may be wrong, and libxml2 takes an undeclared page for Latin-1); anything else as
    // its `<meta charset>` says.
    let encoding = String(validating: bytes, as: UTF8.self) == nil ? nil : "UTF-8"
    let options = Int32(
      HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
        | HTML_PARSE_NONET.rawValue)
    let document = bytes.withUnsafeBufferPointer { buffer in
      buffer.withMemoryRebound(to: CChar.self) { characters in
        htmlReadMemory(characters.baseAddress, Int32(characters.count), nil, encoding, options)
      }
    }
    guard let document else { return nil }
    defer { xmlFreeDoc(document) }
    return nodes(from: document.pointee.children)
  }

  /// A fragment of HTML (a posting's description) as the children of its `<body>`, or of
  /// whatever the parser made of it.
  static func fragment(_ text: String) -> [HTMLNode] {
    guard let nodes = parse(Array(text.utf8)) else { return [] }
    let root = HTMLElement(name: "#document", attributes: [:], children: nodes)
    return (root.first("body") ?? root.first("html") ?? root).children
  }

  /// The document `nodes` as one element to search.
  static func document(_ nodes: [HTMLNode]) -> HTMLElement {
    HTMLElement(name: "#document", attributes: [:], children: nodes)
  }

  private static func nodes(from first: xmlNodePtr?) -> [HTMLNode] {
    var nodes: [HTMLNode] = []
    var current = first
    while let node = current {
      switch node.pointee.type {
      case XML_ELEMENT_NODE:
        nodes.append(
          .element(
            HTMLElement(
              name: string(node.pointee.name).lowercased(), attributes: attributes(of: node),
              children: self.nodes(from: node.pointee.children))))
      case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
        // Script and style contents come as CDATA.
        nodes.append(.text(string(node.pointee.content)))
      case XML_COMMENT_NODE:
        nodes.append(.comment(string(node.pointee.content)))
      default:
        break
      }
      current = node.pointee.next
    }
    return nodes
  }

  private static func attributes(of node: xmlNodePtr) -> [String: String] {
    var attributes: [String: String] = [:]
    var current = node.pointee.properties
    while let attribute = current {
      var value = ""
      var child = attribute.pointee.children
      while let text = child {
        value += string(text.pointee.content)
        child = text.pointee.next
      }
      let name = string(attribute.pointee.name).lowercased()
      if attributes[name] == nil { attributes[name] = value }
      current = attribute.pointee.next
    }
    return attributes
  }

  private static func string(_ pointer: UnsafePointer<xmlChar>?) -> String {
    guard let pointer else { return "" }
    return String(cString: pointer)
  }
}
