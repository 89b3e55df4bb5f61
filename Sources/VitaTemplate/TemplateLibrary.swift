import Foundation
import VitaEscaping

/// Named templates, each a partial or parent of the others (`{{>partials/card}}`, `{{<layout}}`).
public struct TemplateLibrary: Sendable {
  var templates: [String: Template] = [:] {
    didSet { compiled = CompiledProgram() }
  }
  /// The templates as one program, compiled at the first render after a change.
  private var compiled = CompiledProgram()

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

  var program: Program { compiled.program(for: templates) }

  /// The template `name` rendered with `value` as its context, as UTF-8; nil when there is no such
  /// template, or when it cannot be rendered (see `renderData`).
  public func render(_ value: TemplateValue, template name: String, capacity: Int = 16_384) -> [UInt8]? {
    ((try? renderData(value, template: name, capacity: capacity)) ?? nil).map { Array($0) }
  }

  /// The same as `Data`, made without copying the bytes; nil when there is no such template. A
  /// rendering that would go deeper than `maximumPartialDepth` partials or `maximumNesting` levels
  /// (a partial that includes itself, data nested without end) stops with an error.
  public func renderData(
    _ value: TemplateValue, template name: String, capacity: Int = 16_384
  ) throws(TemplateRenderError) -> Data? {
    let program = program
    guard let number = program.templateNumbers[name] else { return nil }
    let (output, failure) = program.code.withUnsafeBufferPointer { code in
      program.bytes.withUnsafeBufferPointer { bytes in
        program.names.withUnsafeBufferPointer { names in
          program.nameParts.withUnsafeBufferPointer { parts in
            var renderer = TemplateRenderer(
              program: program, code: code, bytes: bytes, names: names, parts: parts, root: value, capacity: capacity)
            renderer.chain = [number]
            renderer.run(program.templates[Int(number)], indentation: [], escaping: true)
            return (renderer.output, renderer.failure)
          }
        }
      }
    }
    if let failure { throw failure }
    return output.takeData()
  }

  /// The same as text; nil when there is no such template or it cannot be rendered.
  public func renderText(_ value: TemplateValue, template name: String) -> String? {
    ((try? renderData(value, template: name)) ?? nil).map { String(decoding: $0, as: UTF8.self) }
  }

  /// How many partials (and parents) deep a rendering may go: a partial may include itself, for data
  /// shaped as a tree, but not without end.
  public static let maximumPartialDepth = 64
  /// How many sections, blocks and partials deep, together: each is a call deeper on the stack.
  public static let maximumNesting = 256

  /// Each partial or parent a template names that the library does not hold, with where it is
  /// written; in the order of the templates' names, then of the tags. Such a tag renders nothing.
  public func missingPartials() -> [(template: String, reference: PartialReference)] {
    templates.keys.sorted().flatMap { name in
      templates[name]!.partialReferences.filter { templates[$0.name] == nil }.map { (name, $0) }
    }
  }
}

/// One rendering: the output so far, the context stack and the overrides of the parents being rendered.
struct TemplateRenderer {
  let program: Program
  /// The program's arrays, read in place for the whole rendering.
  let code: UnsafeBufferPointer<Program.Instruction>
  let bytes: UnsafeBufferPointer<UInt8>
  let names: UnsafeBufferPointer<Program.NameCode>
  let parts: UnsafeBufferPointer<String>
  var output: OutputBuffer
  var stack: [TemplateValue]
  /// The override sets of each parent being rendered, outermost first: the outermost wins.
  var overrides: [Int32] = []
  /// Indentation owed before the next byte written, at the start of a line of an indented partial.
  var pendingIndentation: [UInt8]?
  /// The templates being rendered, outermost first, and how many levels deep the rendering is.
  var chain: [Int32] = []
  var depth = 0
  /// Why the rendering stopped; once set, nothing more is run.
  var failure: TemplateRenderError?

  init(
    program: Program, code: UnsafeBufferPointer<Program.Instruction>, bytes: UnsafeBufferPointer<UInt8>,
    names: UnsafeBufferPointer<Program.NameCode>, parts: UnsafeBufferPointer<String>, root: TemplateValue,
    capacity: Int
  ) {
    self.program = program
    self.code = code
    self.bytes = bytes
    self.names = names
    self.parts = parts
    stack = [root]
    stack.reserveCapacity(16)
    output = OutputBuffer(capacity: capacity)
  }

  /// Runs the instructions of one level: the template, a section's content once, a partial or a block.
  ///
  /// In an indented partial, every line it writes starts with the indentation: it is owed at each
  /// instruction of the level that starts after a line break this level wrote, and paid only if the
  /// instruction writes something.
  mutating func run(_ range: Range<Int32>, indentation: [UInt8], escaping: Bool) {
    guard failure == nil else { return }
    depth += 1
    defer { depth -= 1 }
    if depth > TemplateLibrary.maximumNesting {
      stop("sections, blocks and partials are nested deeper than \(TemplateLibrary.maximumNesting) levels")
      return
    }
    var escaping = escaping
    var position = Int(range.lowerBound)
    let end = Int(range.upperBound)
    if indentation.isEmpty {
      while position < end { position = step(position, indentation: indentation, escaping: &escaping) }
      return
    }
    let start = output.count
    while position < end {
      var owed = false
      if pendingIndentation == nil, endsLine(since: start) {
        pendingIndentation = indentation
        owed = true
      }
      position = step(position, indentation: indentation, escaping: &escaping)
      if owed { pendingIndentation = nil }
    }
  }

  /// Whether what was written since `start` ends with a line feed (not a CR LF, which is one character).
  private func endsLine(since start: Int) -> Bool {
    let count = output.count
    guard count > start, output[count - 1] == 0x0A else { return false }
    return count - 1 == start || output[count - 2] != 0x0D
  }

  /// Runs the instruction at `position`, with its content; returns the position of the next one.
  private mutating func step(_ position: Int, indentation: [UInt8], escaping: inout Bool) -> Int {
    switch code[position] {
    case .text(let start, let count):
      write(UnsafeBufferPointer(rebasing: bytes[Int(start)..<Int(start + count)]))

    case .variable(let name):
      guard let value = lookUp(name) else { break }
      if escaping { writeEscaped(value) } else { write(value) }

    case .unescaped(let name):
      guard let value = lookUp(name) else { break }
      write(value)

    case .section(let name, let end):
      let content = Int32(position + 1)..<end
      guard let value = lookUp(name) else { return Int(end) }
      switch value {
      case .list(let items):
        for item in items {
          stack.append(item)
          run(content, indentation: indentation, escaping: escaping)
          stack.removeLast()
        }
      case .bool(let flag):
        if flag { run(content, indentation: indentation, escaping: escaping) }
      default:
        stack.append(value)
        run(content, indentation: indentation, escaping: escaping)
        stack.removeLast()
      }
      return Int(end)

    case .inverted(let name, let end):
      let content = Int32(position + 1)..<end
      guard let value = lookUp(name) else {
        run(content, indentation: indentation, escaping: escaping)
        return Int(end)
      }
      switch value {
      case .list(let items) where items.isEmpty:
        stack.append(value)
        run(content, indentation: indentation, escaping: escaping)
        stack.removeLast()
      case .bool(false):
        run(content, indentation: indentation, escaping: escaping)
      default:
        break
      }
      return Int(end)

    case .block(let block, let end, let blockIndentation):
      let content = override(of: block) ?? Int32(position + 1)..<end
      run(content, indentation: indentation + program.indentations[Int(blockIndentation)], escaping: escaping)
      return Int(end)

    case .partial(let template, let partialIndentation, let set, let end):
      if template >= 0 { renderPartial(template, indentation: indentation, partialIndentation, set) }
      return Int(end)

    case .dynamicPartial(let name, let partialIndentation, let set, let end):
      if case .string(let templateName) = lookUp(name), let template = program.templateNumbers[templateName] {
        renderPartial(template, indentation: indentation, partialIndentation, set)
      }
      return Int(end)

    case .escaping(let flag):
      escaping = flag
    }
    return position + 1
  }

  /// A partial starts escaping again, whatever its caller's pragma said.
  private mutating func renderPartial(
    _ template: Int32, indentation: [UInt8], _ partialIndentation: Int32, _ set: Int32
  ) {
    let inner = partialIndentation >= 0 ? indentation + program.indentations[Int(partialIndentation)] : indentation
    let range = program.templates[Int(template)]
    chain.append(template)
    defer { chain.removeLast() }
    if chain.count > TemplateLibrary.maximumPartialDepth {
      let repeated = chain.first { number in chain.count(where: { $0 == number }) > 1 }
      stop(
        repeated.map {
          "the partial '\(program.templateNames[Int($0)])' includes itself deeper than \(TemplateLibrary.maximumPartialDepth) partials"
        }
          ?? "partials are nested deeper than \(TemplateLibrary.maximumPartialDepth)")
      return
    }
    if set >= 0 {
      overrides.append(set)
      run(range, indentation: inner, escaping: true)
      overrides.removeLast()
    } else {
      run(range, indentation: inner, escaping: true)
    }
  }

  /// Stops the rendering, with the chain of templates it is in.
  private mutating func stop(_ message: String) {
    guard failure == nil else { return }
    failure = TemplateRenderError(chain: chain.map { program.templateNames[Int($0)] }, message: message)
  }

  private func override(of block: Int32) -> Range<Int32>? {
    for set in overrides {
      for override in program.overrideSets[Int(set)] where override.block == block { return override.content }
    }
    return nil
  }

  // MARK: Names

  /// The value of the name numbered `number`: its first part from the top of the stack down, the
  /// rest inside what it found.
  func lookUp(_ number: Int32) -> TemplateValue? {
    let name = names[Int(number)]
    let start = Int(name.start)
    let end = start + Int(name.count)
    switch name.kind {
    case .current:
      return stack.last
    case .anchored:
      guard let top = stack.last else { return nil }
      return child(of: top, at: start..<end)
    case .path:
      let found: TemplateValue? = stack.withUnsafeBufferPointer { stack in
        var index = stack.count - 1
        while index >= 0 {
          if let value = stack[index].member(parts[start]) { return value }
          index -= 1
        }
        return nil
      }
      guard let found else { return nil }
      return end - start == 1 ? found : child(of: found, at: start + 1..<end)
    }
  }

  /// The value at the name parts `range` inside `value`.
  private func child(of value: TemplateValue, at range: Range<Int>) -> TemplateValue? {
    var value = value
    for index in range {
      guard let found = value.member(parts[index]) else { return nil }
      value = found
    }
    return value
  }

  // MARK: Writing

  private mutating func payIndentation() {
    if let pending = pendingIndentation {
      pending.withUnsafeBufferPointer { output.append($0) }
      pendingIndentation = nil
    }
  }

  private mutating func write(_ bytes: UnsafeBufferPointer<UInt8>) {
    guard !bytes.isEmpty else { return }
    payIndentation()
    output.append(bytes)
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
    text.readingUTF8 { output.append($0) }
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
    text.readingUTF8 { bytes in HTMLEscaping.forEachPiece(of: bytes) { output.append($0) } }
  }
}

extension TemplateLibrary {
  /// A copy that shares no storage with this one. Rendering reads the program's names, and when two
  /// cores retain the same objects each waits for the other's cache: a worker thread renders faster
  /// with a program of its own.
  public func independentCopy() -> TemplateLibrary {
    var copy = TemplateLibrary()
    copy.templates = templates
    return copy
  }
}
