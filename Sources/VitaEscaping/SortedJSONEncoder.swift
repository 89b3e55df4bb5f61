/// Any `Encodable` value as `JSONEncoder` writes it with `[.prettyPrinted, .sortedKeys,
/// .withoutEscapingSlashes]` (tests hold them equal), through `PrettyJSON`: one writer for every
/// exported document, its keys and their spellings taken from the type's `Codable` conformance,
/// so that a field added to a type is exported with no other change. Built for what Vita exports
/// (texts, whole numbers, booleans, lists and keyed structures); a `Double` is written as
/// `PrettyJSON.number` writes it.
public enum SortedJSONEncoder {
  /// The JSON text of `value`, with no new line after it.
  public static func text(of value: some Encodable) throws -> String {
    let root = Node()
    try root.store(value)
    var writer = PrettyJSON()
    root.write(to: &writer, level: 0)
    return writer.text
  }

  /// One value of the document: an object when it has members, an array when it has elements,
  /// else a scalar. A class, so that containers can fill it in place.
  final class Node {
    enum Scalar {
      case null, string(String), bool(Bool), integer(String), number(Double)
    }

    var scalar = Scalar.null
    var members: [String: Node]?
    var elements: [Node]?

    func store(_ value: some Encodable) throws {
      switch value {
      case let text as String: scalar = .string(text)
      case let flag as Bool: scalar = .bool(flag)
      case let number as Int: scalar = .integer(String(number))
      case let number as Double: scalar = .number(number)
      default: try value.encode(to: NodeEncoder(node: self))
      }
    }

    func write(to writer: inout PrettyJSON, level: Int) {
      if let members {
        writer.object(level: level) { writer in
          // `.sortedKeys` orders keys by their UTF-8 bytes.
          for key in members.keys.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) {
            writer.key(key, level: level + 1)
            members[key]?.write(to: &writer, level: level + 1)
          }
        }
      } else if let elements {
        writer.array(elements, level: level) { writer, element in element.write(to: &writer, level: level + 1) }
      } else {
        switch scalar {
        case .null: writer.null()
        case .string(let text): writer.string(text)
        case .bool(let flag): writer.bool(flag)
        case .integer(let digits): writer.raw(digits)
        case .number(let number): writer.number(number)
        }
      }
    }
  }

  private struct NodeEncoder: Encoder {
    let node: Node
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
      if node.members == nil { node.members = [:] }
      return KeyedEncodingContainer(Members(node: node))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
      if node.elements == nil { node.elements = [] }
      return Elements(node: node)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer { Single(node: node) }
  }

  private struct Members<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let node: Node
    var codingPath: [any CodingKey] { [] }

    private func member(_ key: Key) -> Node {
      let member = Node()
      node.members?[key.stringValue] = member
      return member
    }

    mutating func encodeNil(forKey key: Key) throws { _ = member(key) }
    mutating func encode(_ value: some Encodable, forKey key: Key) throws { try member(key).store(value) }

    mutating func nestedContainer<NestedKey: CodingKey>(
      keyedBy keyType: NestedKey.Type, forKey key: Key
    ) -> KeyedEncodingContainer<NestedKey> {
      NodeEncoder(node: member(key)).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
      NodeEncoder(node: member(key)).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder { NodeEncoder(node: node) }
    mutating func superEncoder(forKey key: Key) -> any Encoder { NodeEncoder(node: member(key)) }
  }

  private struct Elements: UnkeyedEncodingContainer {
    let node: Node
    var codingPath: [any CodingKey] { [] }
    var count: Int { node.elements?.count ?? 0 }

    private func element() -> Node {
      let element = Node()
      node.elements?.append(element)
      return element
    }

    mutating func encodeNil() throws { _ = element() }
    mutating func encode(_ value: some Encodable) throws { try element().store(value) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type)
      -> KeyedEncodingContainer<NestedKey>
    {
      NodeEncoder(node: element()).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
      NodeEncoder(node: element()).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder { NodeEncoder(node: element()) }
  }

  /// A single value: `String`, `Bool`, `Int` and `Double` arrive through `Node.store` directly;
  /// the other fixed-width numbers are written as whole numbers or as `Double`s.
  private struct Single: SingleValueEncodingContainer {
    let node: Node
    var codingPath: [any CodingKey] { [] }

    mutating func encodeNil() throws { node.scalar = .null }
    mutating func encode(_ value: some Encodable) throws { try node.store(value) }
    mutating func encode(_ value: Bool) throws { node.scalar = .bool(value) }
    mutating func encode(_ value: String) throws { node.scalar = .string(value) }
    mutating func encode(_ value: Double) throws { node.scalar = .number(value) }
    mutating func encode(_ value: Float) throws { node.scalar = .number(Double(value)) }
    mutating func encode(_ value: Int) throws { whole(value) }
    mutating func encode(_ value: Int8) throws { whole(value) }
    mutating func encode(_ value: Int16) throws { whole(value) }
    mutating func encode(_ value: Int32) throws { whole(value) }
    mutating func encode(_ value: Int64) throws { whole(value) }
    mutating func encode(_ value: UInt) throws { whole(value) }
    mutating func encode(_ value: UInt8) throws { whole(value) }
    mutating func encode(_ value: UInt16) throws { whole(value) }
    mutating func encode(_ value: UInt32) throws { whole(value) }
    mutating func encode(_ value: UInt64) throws { whole(value) }

    private func whole(_ value: some BinaryInteger) { node.scalar = .integer(String(value)) }
  }
}
