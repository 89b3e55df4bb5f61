import Foundation

/// Raw HTML in Markdown through an allowlist, as GitHub cleans a README: the HTML cmark-gfm wrote is
/// read by libxml2's HTML parser (as browsers would read it: unclosed tags, entities, stray end
/// tags) and written again with only the elements, attributes and addresses that
/// `data/html/allowed.tsv` lists.
///
/// An element listed under `drop` goes with everything inside it (`<script>`, `<object>`,
/// `<base>`, `<meta>`); any other element not listed is unwrapped, its text kept. Attributes not
/// listed go (every `on…` handler, `style` but a table cell's alignment, `id`, `class` but a code
/// block's language); an address that is not http, https, mailto, tel or relative goes (`javascript:`,
/// `vbscript:`, `data:` but an image's PNG, GIF, JPEG or WebP). An `<iframe>` is kept only with an
/// https address on a host the site lists (`markdown: {iframe_hosts: [...]}`), and always sandboxed.
/// Comments and doctypes go. The writer here is Vita's own, small because it writes only what the
/// list allows, with every text and value escaped.
public struct HTMLAllowlist: Sendable {
  /// Hosts whose pages an `<iframe>` may show (lower case).
  public var iframeHosts: Set<String>

  public init(iframeHosts: [String] = []) {
    self.iframeHosts = Set(iframeHosts.map { $0.lowercased() })
  }

  /// The table read from data/html/allowed.tsv.
  struct Table: Sendable {
    var elements: [String: Set<String>] = [:]
    var global: Set<String> = []
    var dropped: Set<String> = []
    var void: Set<String> = []
    var addresses: Set<String> = []
    /// "element attribute" → the values allowed.
    var values: [String: [String]] = [:]
    var iframe: Set<String> = []
    var sandbox = ""
  }

  static let table: Table = {
    var table = Table()
    func list(_ field: String) -> [String] {
      field.split(separator: "|", omittingEmptySubsequences: false).map { String($0) }
    }
    for (_, fields) in TailoringData.rows(BuiltInData.files["html/allowed.tsv"] ?? "") {
      guard fields.count >= 2 else { continue }
      switch fields[0] {
      case "element": table.elements[fields[1]] = Set(fields.count > 2 ? list(fields[2]) : [])
      case "global": table.global = Set(list(fields[1]))
      case "drop": table.dropped = Set(list(fields[1]))
      case "void": table.void = Set(list(fields[1]))
      case "url": table.addresses = Set(list(fields[1]))
      case "value" where fields.count > 2: table.values[fields[1]] = list(fields[2])
      case "iframe": table.iframe = Set(list(fields[1]))
      case "sandbox": table.sandbox = fields[1]
      default: continue
      }
    }
    return table
  }()

  /// `html` with only what the allowlist keeps.
  public func clean(_ html: String) -> String {
    // A wrapper of its own keeps the parser from putting loose text in an implied <p>.
    let nodes = HTMLTree.fragment("<div data-vita-fragment>" + html + "</div>")
    var output = ""
    write(nodes, into: &output)
    return output
  }

  private func write(_ nodes: [HTMLNode], into output: inout String) {
    for node in nodes {
      switch node {
      case .text(let text): output += Self.escaped(text, quotes: false)
      case .comment: continue
      case .element(let element): write(element, into: &output)
      }
    }
  }

  private func write(_ element: HTMLElement, into output: inout String) {
    let table = Self.table
    let name = element.name
    if name == "div", element.attributes["data-vita-fragment"] != nil {
      return write(element.children, into: &output)
    }
    if name == "iframe" {
      if let attributes = iframeAttributes(element) { output += "<iframe" + attributes + "></iframe>" }
      return
    }
    // HTML's void elements have no content: what libxml2 nested in one (it reads `<embed>` as
    // holding what follows) is written after it, even when the element itself goes.
    let isVoid = table.void.contains(name)
    if table.dropped.contains(name) {
      if isVoid { write(element.children, into: &output) }
      return
    }
    guard let allowed = table.elements[name] else { return write(element.children, into: &output) }
    var kept: [(String, String)] = []
    for (attribute, value) in element.attributes.sorted(by: { $0.key < $1.key })
    where allowed.contains(attribute) || table.global.contains(attribute) {
      if let value = keptValue(value, of: attribute, on: name) { kept.append((attribute, value)) }
    }
    if name == "input" {
      // Only the disabled checkbox of a task list: no field a visitor could type into.
      guard kept.contains(where: { $0 == ("type", "checkbox") }) else { return write(element.children, into: &output) }
      kept.removeAll { $0.0 == "disabled" }
      kept.append(("disabled", ""))
    }
    output += "<" + name
    for (attribute, value) in kept { output += " \(attribute)=\"\(Self.escaped(value, quotes: true))\"" }
    output += ">"
    write(element.children, into: &output)
    if !isVoid { output += "</" + name + ">" }
  }

  /// What `html` holds that the allowlist would not keep, as `element` or `element attribute=value`:
  /// none for a page it cleaned. The fuzzer (`make fuzz`) checks every input's page with it.
  public func violations(in html: String) -> [String] {
    var found: [String] = []
    func check(_ nodes: [HTMLNode]) {
      for case .element(let element) in nodes {
        let name = element.name
        let table = Self.table
        if name == "iframe" {
          let expected = iframeAttributes(element).map { "<iframe\($0)></iframe>" }
          var written = "<iframe"
          for (attribute, value) in element.attributes.sorted(by: { $0.key < $1.key }) where attribute != "sandbox" {
            written += " \(attribute)=\"\(Self.escaped(value, quotes: true))\""
          }
          written += " sandbox=\"\(Self.escaped(element.attributes["sandbox"] ?? "", quotes: true))\"></iframe>"
          if expected != written { found.append(written) }
        } else if let allowed = table.elements[name] {
          for (attribute, value) in element.attributes
          where !(allowed.contains(attribute) || table.global.contains(attribute))
            || keptValue(value, of: attribute, on: name) != value
          {
            found.append("\(name) \(attribute)=\(value)")
          }
          if name == "input", element.attributes["type"] != "checkbox" || element.attributes["disabled"] == nil {
            found.append("input")
          }
        } else {
          found.append(name)
        }
        check(element.children)
      }
    }
    check(HTMLTree.fragment(html))
    return found
  }

  /// The value an attribute keeps, or nil when it goes.
  private func keptValue(_ value: String, of attribute: String, on element: String) -> String? {
    let table = Self.table
    if let values = table.values[element + " " + attribute] {
      let matches = values.contains { allowed in
        allowed.hasSuffix("*") ? value.hasPrefix(allowed.dropLast()) : value == allowed
      }
      return matches ? value : nil
    }
    if attribute == "srcset" {
      let addresses = value.split(separator: ",").map { $0.split(separator: " ").first.map(String.init) ?? "" }
      return addresses.allSatisfy { Self.isAllowedImage($0) } ? value : nil
    }
    if table.addresses.contains(attribute) {
      // An empty address leads nowhere: cmark-gfm writes one for a Markdown link it refused.
      if value.isEmpty { return value }
      let allowed = element == "img" || element == "source" ? Self.isAllowedImage(value) : LinkPolicy.isAllowed(value)
      return allowed ? value : nil
    }
    return value
  }

  /// An image's address: a link's, or a data: PNG, GIF, JPEG or WebP (an SVG can hold scripts).
  static func isAllowedImage(_ address: String) -> Bool {
    if LinkPolicy.isAllowed(address) { return true }
    return address.range(of: #"^data:image/(png|gif|jpeg|webp)[;,]"#, options: [.regularExpression, .caseInsensitive])
      != nil
  }

  /// An `<iframe>`'s attributes, sandbox included, or nil when its address is not https on a listed host.
  private func iframeAttributes(_ element: HTMLElement) -> String? {
    guard let source = element.attributes["src"], let url = URL(string: source), url.scheme?.lowercased() == "https",
      let host = url.host?.lowercased(), iframeHosts.contains(host), url.user == nil
    else { return nil }
    var text = ""
    for (attribute, value) in element.attributes.sorted(by: { $0.key < $1.key })
    where Self.table.iframe.contains(attribute) {
      text += " \(attribute)=\"\(Self.escaped(value, quotes: true))\""
    }
    return text + " sandbox=\"\(Self.escaped(Self.table.sandbox, quotes: true))\""
  }

  /// Text for HTML: `& < >`, and in attribute values `"` and `'` too.
  static func escaped(_ text: String, quotes: Bool) -> String {
    var result = ""
    result.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"" where quotes: result += "&quot;"
      case "'" where quotes: result += "&#39;"
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result
  }
}
