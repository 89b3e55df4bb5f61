/// Named templates, each a partial or parent of the others (`{{>partials/card}}`, `{{<layout}}`).
public struct TemplateLibrary: Sendable {
  var templates: [String: Template] = [:]

  public init() {}

  /// Compiles `source` and registers it as `name`, replacing a template of that name.
  public mutating func register(_ source: String, named name: String) throws(TemplateParseError) {
    templates[name] = try Template(source)
  }

  public mutating func register(_ template: Template, named name: String) {
    templates[name] = template
  }

  public func contains(_ name: String) -> Bool { templates[name] != nil }

  public var names: [String] { templates.keys.sorted() }

  /// The template `name` rendered with `value` as its context, as UTF-8; nil when there is no such template.
  public func render(_ value: TemplateValue, template name: String, capacity: Int = 16_384) -> [UInt8]? {
    guard let template = templates[name] else { return nil }
    return render(value, with: template, capacity: capacity)
  }

  /// `template` rendered with `value` as its context; its partials come from this library.
  public func render(_ value: TemplateValue, with template: Template, capacity: Int = 16_384) -> [UInt8] {
    var renderer = TemplateRenderer(library: self, root: value, capacity: capacity)
    renderer.render(template.nodes, indentation: [], escaping: true)
    return renderer.output
  }

  /// The same as text.
  public func renderText(_ value: TemplateValue, template name: String) -> String? {
    render(value, template: name).map { String(decoding: $0, as: UTF8.self) }
  }
}

/// One rendering: the output so far, the context stack and the overrides of the parents being rendered.
struct TemplateRenderer {
  let library: TemplateLibrary
  var output: [UInt8] = []
  var stack: [TemplateValue]
  /// The `{{$block}}` overrides of each parent being rendered, outermost first: the outermost wins.
  var overrides: [[String: [Node]]] = []
  /// Indentation owed before the next byte written, at the start of a line of an indented partial.
  var pendingIndentation: [UInt8]?

  init(library: TemplateLibrary, root: TemplateValue, capacity: Int) {
    self.library = library
    stack = [root]
    stack.reserveCapacity(16)
    output.reserveCapacity(capacity)
  }

  /// Renders `nodes` at one level: the template, a section's content once, a partial or a block.
  ///
  /// In an indented partial, every line it writes starts with the indentation: it is owed at each node
  /// that starts after a line break this level wrote, and paid only if the node writes something.
  mutating func render(_ nodes: [Node], indentation: [UInt8], escaping: Bool) {
    var escaping = escaping
    // Through the buffer, each node is passed on without being copied (and its contents retained).
    nodes.withUnsafeBufferPointer { nodes in
      if indentation.isEmpty {
        for index in nodes.indices { render(nodes[index], indentation: indentation, escaping: &escaping) }
        return
      }
      let start = output.count
      for index in nodes.indices {
        var owed = false
        if pendingIndentation == nil, endsLine(since: start) {
          pendingIndentation = indentation
          owed = true
        }
        render(nodes[index], indentation: indentation, escaping: &escaping)
        if owed { pendingIndentation = nil }
      }
    }
  }

  /// Whether what was written since `start` ends with a line feed (not a CR LF, which is one character).
  private func endsLine(since start: Int) -> Bool {
    let count = output.count
    guard count > start, output[count - 1] == 0x0A else { return false }
    return count - 1 == start || output[count - 2] != 0x0D
  }

  private mutating func render(_ node: borrowing Node, indentation: [UInt8], escaping: inout Bool) {
    switch node {
    case .text(let bytes):
      write(bytes)

    case .variable(let name):
      guard let value = lookUp(name) else { return }
      if escaping { writeEscaped(value) } else { write(value) }

    case .unescaped(let name):
      guard let value = lookUp(name) else { return }
      write(value)

    case .section(let name, let content):
      guard let value = lookUp(name) else { return }
      switch value {
      case .list(let items):
        for item in items {
          stack.append(item)
          render(content, indentation: indentation, escaping: escaping)
          stack.removeLast()
        }
      case .bool(let flag):
        if flag { render(content, indentation: indentation, escaping: escaping) }
      default:
        stack.append(value)
        render(content, indentation: indentation, escaping: escaping)
        stack.removeLast()
      }

    case .inverted(let name, let content):
      guard let value = lookUp(name) else {
        render(content, indentation: indentation, escaping: escaping)
        return
      }
      switch value {
      case .list(let items) where items.isEmpty:
        stack.append(value)
        render(content, indentation: indentation, escaping: escaping)
        stack.removeLast()
      case .bool(false):
        render(content, indentation: indentation, escaping: escaping)
      default:
        break
      }

    case .block(let name, let defaultContent, let blockIndentation):
      let content = override(of: name) ?? defaultContent
      render(content, indentation: indentation + blockIndentation, escaping: escaping)

    case .partial(let name, let partialIndentation, let parentOverrides):
      guard let template = library.templates[name] else { return }
      renderPartial(template, indentation: indentation, partialIndentation, parentOverrides)

    case .dynamicPartial(let name, let partialIndentation, let parentOverrides):
      guard case .string(let templateName) = lookUp(name), let template = library.templates[templateName]
      else { return }
      renderPartial(template, indentation: indentation, partialIndentation, parentOverrides)

    case .escaping(let flag):
      escaping = flag
    }
  }

  /// A partial starts escaping again, whatever its caller's pragma said.
  private mutating func renderPartial(
    _ template: Template, indentation: [UInt8], _ partialIndentation: [UInt8]?,
    _ parentOverrides: [String: [Node]]?
  ) {
    let inner = partialIndentation.map { indentation + $0 } ?? indentation
    if let parentOverrides {
      overrides.append(parentOverrides)
      render(template.nodes, indentation: inner, escaping: true)
      overrides.removeLast()
    } else {
      render(template.nodes, indentation: inner, escaping: true)
    }
  }

  private func override(of name: String) -> [Node]? {
    for level in overrides {
      if let content = level[name] { return content }
    }
    return nil
  }

  // MARK: Names

  /// The value of `name`: its first part from the top of the stack down, the rest inside what it found.
  func lookUp(_ name: Name) -> TemplateValue? {
    switch name {
    case .current:
      return stack.last
    case .anchored(let parts):
      guard let top = stack.last else { return nil }
      return Self.child(of: top, at: parts[...])
    case .path(let first, let rest):
      let found: TemplateValue? = stack.withUnsafeBufferPointer { stack in
        var index = stack.count - 1
        while index >= 0 {
          if case .object(let object) = stack[index], let position = object.index(of: first) {
            return object.value(at: position)
          }
          index -= 1
        }
        return nil
      }
      guard let found else { return nil }
      return rest.isEmpty ? found : Self.child(of: found, at: rest[...])
    }
  }

  private static func child(of value: TemplateValue, at parts: ArraySlice<String>) -> TemplateValue? {
    var value = value
    for part in parts {
      guard case .object(let object) = value, let found = object[part] else { return nil }
      value = found
    }
    return value
  }

  // MARK: Writing

  private mutating func payIndentation() {
    if let pending = pendingIndentation {
      output.append(contentsOf: pending)
      pendingIndentation = nil
    }
  }

  private mutating func write(_ bytes: [UInt8]) {
    guard !bytes.isEmpty else { return }
    payIndentation()
    output.append(contentsOf: bytes)
  }

  private mutating func write(_ value: TemplateValue) {
    switch value {
    case .string(let text): write(text)
    case .int(let number): write(String(number))
    default: write(value.text)
    }
  }

  private mutating func write(_ text: String) {
    guard !text.isEmpty else { return }
    payIndentation()
    var text = text
    text.withUTF8 { output.append(contentsOf: $0) }
  }

  private mutating func writeEscaped(_ value: TemplateValue) {
    switch value {
    case .string(let text): writeEscaped(text)
    case .int(let number): write(String(number))
    case .bool(let flag): write(flag ? "true" : "false")
    default: writeEscaped(value.text)
    }
  }

  /// Escaped as `HTMLEscaping` says, byte by byte.
  private mutating func writeEscaped(_ text: String) {
    guard !text.isEmpty else { return }
    payIndentation()
    var text = text
    text.withUTF8 { bytes in
      var runStart = 0
      for index in 0..<bytes.count {
        guard let replacement = HTMLEscaping.replacement(for: bytes[index]) else { continue }
        if runStart < index { output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index])) }
        output.append(
          contentsOf: UnsafeBufferPointer(start: replacement.utf8Start, count: replacement.utf8CodeUnitCount))
        runStart = index + 1
      }
      if runStart < bytes.count { output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...])) }
    }
  }
}

/// HTML escaping for text and attribute values: `& < > " '` as `&amp; &lt; &gt; &quot; &#39;`.
///
/// It works on UTF-8 bytes: the five are ASCII, so never part of another character's bytes, and a
/// quote followed by a combining mark (one Character to Swift) is still escaped, as a browser reads it.
public enum HTMLEscaping {
  /// What `byte` is written as, or nil when it stands for itself.
  @inline(__always)
  public static func replacement(for byte: UInt8) -> StaticString? {
    switch byte {
    case 0x26: "&amp;"
    case 0x3C: "&lt;"
    case 0x3E: "&gt;"
    case 0x22: "&quot;"
    case 0x27: "&#39;"
    default: nil
    }
  }

  /// `text` escaped; text with nothing to escape is returned as it is.
  public static func escaped(_ text: String) -> String {
    let utf8 = text.utf8
    guard let first = utf8.firstIndex(where: { replacement(for: $0) != nil }) else { return text }
    var result = ""
    result.reserveCapacity(utf8.count + 16)
    var plain = utf8.startIndex
    for index in utf8[first...].indices {
      guard let escaped = replacement(for: utf8[index]) else { continue }
      result.append(contentsOf: text[plain..<index])
      result.append(escaped.description)
      plain = utf8.index(after: index)
    }
    result.append(contentsOf: text[plain...])
    return result
  }
}

extension TemplateLibrary {
  /// A copy that shares no storage with this one. Rendering retains the parts of the templates at
  /// every tag, and when two cores retain the same objects each waits for the other's cache: a
  /// worker thread renders faster with a copy of its own.
  public func independentCopy() -> TemplateLibrary {
    var copy = TemplateLibrary()
    for (name, template) in templates {
      copy.templates[ownStorage(name)] = Template(nodes: template.nodes.map(\.independentCopy))
    }
    return copy
  }
}

extension Template {
  init(nodes: [Node]) { self.nodes = nodes }
}

/// `text` in storage of its own (a short string is stored inline, and shares nothing anyway).
private func ownStorage(_ text: String) -> String { String(decoding: Array(text.utf8), as: UTF8.self) }

private func ownStorage(_ bytes: [UInt8]) -> [UInt8] { bytes.withUnsafeBufferPointer { Array($0) } }

extension Name {
  var independentCopy: Name {
    switch self {
    case .current: .current
    case .anchored(let parts): .anchored(parts.map(ownStorage))
    case .path(let first, let rest): .path(first: ownStorage(first), rest: rest.map(ownStorage))
    }
  }
}

extension Node {
  var independentCopy: Node {
    func copy(_ nodes: [Node]) -> [Node] { nodes.map(\.independentCopy) }
    func copy(_ overrides: [String: [Node]]?) -> [String: [Node]]? {
      overrides.map { table in Dictionary(uniqueKeysWithValues: table.map { (ownStorage($0.key), copy($0.value)) }) }
    }
    switch self {
    case .text(let bytes): return .text(ownStorage(bytes))
    case .variable(let name): return .variable(name.independentCopy)
    case .unescaped(let name): return .unescaped(name.independentCopy)
    case .section(let name, let content): return .section(name.independentCopy, copy(content))
    case .inverted(let name, let content): return .inverted(name.independentCopy, copy(content))
    case .block(let name, let content, let indentation):
      return .block(ownStorage(name), defaultContent: copy(content), indentation: ownStorage(indentation))
    case .partial(let name, let indentation, let overrides):
      return .partial(ownStorage(name), indentation: indentation.map(ownStorage), overrides: copy(overrides))
    case .dynamicPartial(let name, let indentation, let overrides):
      return .dynamicPartial(name.independentCopy, indentation: indentation.map(ownStorage), overrides: copy(overrides))
    case .escaping(let flag): return .escaping(flag)
    }
  }
}
