import Foundation
import Synchronization

/// A library's templates compiled into one flat program: every template's instructions in one array,
/// every text in one array of bytes, every name in one table, partials resolved to their numbers.
///
/// An instruction holds only integers, so rendering walks the program without retaining anything per
/// tag, and cores rendering the same templates do not contend for their parts (docs/performance.md).
struct Program: Sendable {
  /// One step. A tag with content (a section, a block, a partial with overrides) is followed by its
  /// content; `end` is where the next instruction at the same level is.
  enum Instruction: Sendable {
    /// `count` bytes of `bytes` from `start`.
    case text(start: Int32, count: Int32)
    /// Name numbers in `names`.
    case variable(Int32)
    case unescaped(Int32)
    case section(Int32, end: Int32)
    case inverted(Int32, end: Int32)
    /// A block's number in `blockNumbers`; its default content follows. `indentation` numbers `indentations`.
    case block(Int32, end: Int32, indentation: Int32)
    /// The template's number, -1 when there is none of that name. `indentation` is -1 for a partial
    /// that is not alone on its line; `overrides` numbers `overrideSets`, -1 for none; the overrides'
    /// contents follow.
    case partial(Int32, indentation: Int32, overrides: Int32, end: Int32)
    /// As `partial`, the template named by the value of a name.
    case dynamicPartial(Int32, indentation: Int32, overrides: Int32, end: Int32)
    case escaping(Bool)
  }

  /// What a `{{<parent}}` overrides: a block's number and where the content that replaces it is.
  struct Override: Sendable {
    var block: Int32
    var content: Range<Int32>
  }

  /// A name as integers, so that looking one up copies (and retains) nothing: its kind, and its
  /// parts, `parts[start..<start + count]`.
  struct NameCode: Sendable {
    enum Kind: UInt8, Sendable {
      /// `{{.}}`
      case current
      /// `{{.a.b}}`: from the top of the stack only.
      case anchored
      /// `{{a.b}}`: the first part from the top of the stack down.
      case path
    }

    var kind: Kind
    var start: Int32
    var count: Int32
  }

  var code: [Instruction] = []
  var bytes: [UInt8] = []
  var names: [NameCode] = []
  /// The parts of every name, in storage of the program's own.
  var nameParts: [String] = []
  var indentations: [[UInt8]] = []
  var overrideSets: [[Override]] = []
  /// Where each template's instructions are, by its number.
  var templates: [Range<Int32>] = []
  var templateNumbers: [String: Int32] = [:]
  /// Each template's name, by its number.
  var templateNames: [String] = []
  var blockNumbers: [String: Int32] = [:]

  /// Compiles `templates`. Every name and text is copied into storage of the program's own, so that
  /// two programs compiled from the same trees share nothing.
  init(_ sources: [String: Template]) {
    let sortedNames = sources.keys.sorted()
    for (number, name) in sortedNames.enumerated() { templateNumbers[ownStorage(name)] = Int32(number) }
    templateNames = sortedNames.map(ownStorage)
    for name in sortedNames {
      let start = Int32(code.count)
      emit(sources[name]?.nodes ?? [])
      templates.append(start..<Int32(code.count))
    }
  }

  /// The position of the next instruction, as an operand.
  private var here: Int32 { Int32(code.count) }

  private mutating func emit(_ nodes: [Node]) {
    for node in nodes {
      switch node {
      case .text(let text):
        code.append(.text(start: Int32(bytes.count), count: Int32(text.count)))
        bytes.append(contentsOf: text)
      case .variable(let name):
        code.append(.variable(number(of: name)))
      case .unescaped(let name):
        code.append(.unescaped(number(of: name)))
      case .section(let name, let content):
        let at = reserve()
        emit(content)
        code[at] = .section(number(of: name), end: here)
      case .inverted(let name, let content):
        let at = reserve()
        emit(content)
        code[at] = .inverted(number(of: name), end: here)
      case .block(let name, let content, let indentation):
        let at = reserve()
        emit(content)
        code[at] = .block(blockNumber(name), end: here, indentation: number(of: indentation))
      case .partial(let name, let indentation, let overrides):
        let at = reserve()
        let set = overrides.map { emitOverrides($0) } ?? -1
        code[at] = .partial(
          templateNumbers[name] ?? -1, indentation: indentation.map { number(of: $0) } ?? -1, overrides: set, end: here)
      case .dynamicPartial(let name, let indentation, let overrides):
        let at = reserve()
        let set = overrides.map { emitOverrides($0) } ?? -1
        code[at] = .dynamicPartial(
          number(of: name), indentation: indentation.map { number(of: $0) } ?? -1, overrides: set, end: here)
      case .escaping(let flag):
        code.append(.escaping(flag))
      }
    }
  }

  /// A place for an instruction whose operands are known once its content is emitted.
  private mutating func reserve() -> Int {
    code.append(.escaping(true))
    return code.count - 1
  }

  private mutating func emitOverrides(_ overrides: [String: [Node]]) -> Int32 {
    var set: [Override] = []
    for (block, content) in overrides.sorted(by: { $0.key < $1.key }) {
      let start = here
      emit(content)
      set.append(Override(block: blockNumber(block), content: start..<here))
    }
    overrideSets.append(set)
    return Int32(overrideSets.count - 1)
  }

  private mutating func number(of name: Name) -> Int32 {
    let start = Int32(nameParts.count)
    switch name {
    case .current:
      names.append(NameCode(kind: .current, start: start, count: 0))
    case .anchored(let parts):
      nameParts += parts.map(ownStorage)
      names.append(NameCode(kind: .anchored, start: start, count: Int32(parts.count)))
    case .path(let first, let rest):
      nameParts.append(ownStorage(first))
      nameParts += rest.map(ownStorage)
      names.append(NameCode(kind: .path, start: start, count: Int32(1 + rest.count)))
    }
    return Int32(names.count - 1)
  }

  private mutating func number(of indentation: [UInt8]) -> Int32 {
    indentations.append(ownStorage(indentation))
    return Int32(indentations.count - 1)
  }

  private mutating func blockNumber(_ name: String) -> Int32 {
    if let number = blockNumbers[name] { return number }
    let number = Int32(blockNumbers.count)
    blockNumbers[ownStorage(name)] = number
    return number
  }
}

/// A library's program, compiled on first use and kept until a template is registered.
final class CompiledProgram: Sendable {
  private let cached = Mutex<Program?>(nil)

  func program(for templates: [String: Template]) -> Program {
    cached.withLock { cached in
      if let program = cached { return program }
      let program = Program(templates)
      cached = program
      return program
    }
  }
}

/// `text` in storage of its own (a short string is stored inline, and shares nothing anyway).
func ownStorage(_ text: String) -> String { String(decoding: Array(text.utf8), as: UTF8.self) }

func ownStorage(_ bytes: [UInt8]) -> [UInt8] { bytes.withUnsafeBufferPointer { Array($0) } }

/// The bytes of one rendering, in memory of its own: appending is a capacity check and a copy, and the
/// result becomes `Data` without another copy. An array's `append(contentsOf:)` cost about a hundred
/// instructions a call, and a page makes thousands.
struct OutputBuffer {
  private(set) var base: UnsafeMutablePointer<UInt8>
  private(set) var count = 0
  private var capacity: Int

  init(capacity: Int) {
    self.capacity = Swift.max(capacity, 64)
    base = Self.allocate(self.capacity)
  }

  private static func allocate(_ capacity: Int) -> UnsafeMutablePointer<UInt8> {
    guard let memory = malloc(capacity) else { fatalError("out of memory: \(capacity) bytes for a page") }
    return memory.assumingMemoryBound(to: UInt8.self)
  }

  @inline(__always)
  mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
    guard let source = bytes.baseAddress, bytes.count > 0 else { return }
    if count + bytes.count > capacity { grow(toHold: count + bytes.count) }
    (base + count).update(from: source, count: bytes.count)
    count += bytes.count
  }

  private mutating func grow(toHold needed: Int) {
    capacity = Swift.max(needed, capacity * 2)
    guard let memory = realloc(base, capacity) else { fatalError("out of memory: \(capacity) bytes for a page") }
    base = memory.assumingMemoryBound(to: UInt8.self)
  }

  subscript(position: Int) -> UInt8 { base[position] }

  /// The bytes as `Data`, which frees them; the buffer is not to be used after.
  func takeData() -> Data {
    guard count > 0 else {
      free(base)
      return Data()
    }
    return Data(bytesNoCopy: realloc(base, count) ?? UnsafeMutableRawPointer(base), count: count, deallocator: .free)
  }
}
