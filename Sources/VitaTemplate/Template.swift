/// A compiled template: the tree of its tags, parsed once.
public struct Template: Sendable {
  let nodes: [Node]
  /// Every partial and parent the template names (not those a value names), where it is written.
  public let partialReferences: [PartialReference]

  /// Parses `source`; the error tells where (line and column, from 1) and what is wrong.
  public init(_ source: String) throws(TemplateParseError) {
    var parser = TemplateParser(source)
    nodes = try parser.parseTemplate()
    let tags = parser.partialTags.sorted { $0.index < $1.index }
    partialReferences = zip(tags, parser.locations(of: tags.map(\.index))).map { tag, location in
      PartialReference(name: tag.name, line: location.line, column: location.column)
    }
  }
}

/// A `{{>name}}` or `{{<name}}` tag: the template it names, and where it is (line and column, from 1).
public struct PartialReference: Sendable, Equatable {
  public var name: String
  public var line: Int
  public var column: Int
}

/// Why a template could not be rendered: where it stopped, and why.
public struct TemplateRenderError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The templates being rendered when it stopped, outermost first: the page, then each partial
  /// inside the one before.
  public var chain: [String]
  public var message: String

  public var description: String {
    // A long chain is shown up to the first template met again, and the end: the cycle is enough.
    var shown: [String] = []
    for name in chain {
      shown.append(name)
      if shown.dropLast().contains(name) { break }
    }
    let rest = chain.count > shown.count ? " → …" : ""
    return "\(message) (\(shown.joined(separator: " → "))\(rest))"
  }
}

/// A name as written in a tag, split at its dots when parsed.
enum Name: Sendable, Equatable {
  /// `{{.}}`: the value on top of the context stack.
  case current
  /// `{{.a.b}}`: looked up in the value on top of the stack only.
  case anchored([String])
  /// `{{a.b}}`: `a` is looked up from the top of the stack down, `b` only inside what `a` found.
  case path(first: String, rest: [String])

  init(_ text: String) {
    let parts = text.split(separator: ".", omittingEmptySubsequences: true).map(String.init)
    if text == "." || parts.isEmpty {
      self = .current
    } else if text.hasPrefix(".") {
      self = .anchored(parts)
    } else {
      self = .path(first: parts[0], rest: Array(parts.dropFirst()))
    }
  }
}

/// One piece of a compiled template.
indirect enum Node: Sendable {
  /// Text as it is, as UTF-8. Never empty; a text never runs past the end of a line.
  case text([UInt8])
  /// `{{name}}`, escaped (unless a `CONTENT_TYPE: TEXT` pragma said otherwise).
  case variable(Name)
  /// `{{{name}}}` and `{{&name}}`.
  case unescaped(Name)
  /// `{{#name}}…{{/name}}`.
  case section(Name, [Node])
  /// `{{^name}}…{{/name}}`.
  case inverted(Name, [Node])
  /// `{{$name}}default{{/name}}` in a template: the innermost override of `name`, or the default.
  case block(String, defaultContent: [Node], indentation: [UInt8])
  /// `{{>name}}` (no overrides) or `{{<name}}…{{/name}}` (with the blocks it overrides).
  /// `indentation` is nil for a partial that is not alone on its line.
  case partial(String, indentation: [UInt8]?, overrides: [String: [Node]]?)
  /// `{{>*name}}` and `{{<*name}}`: the partial whose name is the value of `name`.
  case dynamicPartial(Name, indentation: [UInt8]?, overrides: [String: [Node]]?)
  /// `{{% CONTENT_TYPE: TEXT}}` (false) or `HTML` (true): whether what follows is escaped.
  case escaping(Bool)
}

/// Why a template could not be read, and where.
public struct TemplateParseError: Error, Sendable, Equatable, CustomStringConvertible {
  /// From 1.
  public var line: Int
  /// From 1, in characters.
  public var column: Int
  public var message: String

  public init(line: Int, column: Int, message: String) {
    self.line = line
    self.column = column
    self.message = message
  }

  public var description: String { "\(line):\(column): \(message)" }
}
