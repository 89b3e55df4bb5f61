/// A value a template can show: built from view models before rendering, so that rendering is plain
/// switching on an enum, with no reflection and no casts.
///
/// There is no nil: a key that is absent from an object is missing, and a missing name renders nothing
/// (its section is skipped, its inverted section is shown).
public enum TemplateValue: Sendable {
  case string(String)
  case bool(Bool)
  case int(Int)
  case list([TemplateValue])
  case object(TemplateObject)

  // Closures rather than key paths below: a key path on a generic type is instantiated at run time on
  // every call, which cost as much as building the values.

  /// The value of `value`, or nil (an absent key) when it is nil.
  @inlinable
  public static func optional<Value: TemplateRepresentable>(_ value: Value?) -> TemplateValue? {
    guard let value else { return nil }
    return value.templateValue
  }

  /// A list of the values of `items`.
  @inlinable
  public static func list<Item: TemplateRepresentable>(of items: [Item]) -> TemplateValue {
    .list(items.map { $0.templateValue })
  }
}

extension TemplateValue {
  /// The value of `key` in an object; nil for a missing key or for anything but an object.
  @inlinable
  func member(_ key: String) -> TemplateValue? {
    guard case .object(let object) = self, let position = object.index(of: key) else { return nil }
    return object.value(at: position)
  }
}

/// A type that turns itself into a `TemplateValue`.
public protocol TemplateRepresentable {
  var templateValue: TemplateValue { get }
}

extension TemplateValue: TemplateRepresentable {
  public var templateValue: TemplateValue { self }
}

extension String: TemplateRepresentable {
  public var templateValue: TemplateValue { .string(self) }
}

extension Bool: TemplateRepresentable {
  public var templateValue: TemplateValue { .bool(self) }
}

extension Int: TemplateRepresentable {
  public var templateValue: TemplateValue { .int(self) }
}

extension Array: TemplateRepresentable where Element: TemplateRepresentable {
  public var templateValue: TemplateValue { .list(map { $0.templateValue }) }
}

extension TemplateValue: ExpressibleByStringLiteral {
  public init(stringLiteral value: String) { self = .string(value) }
}

extension TemplateValue: ExpressibleByBooleanLiteral {
  public init(booleanLiteral value: Bool) { self = .bool(value) }
}

extension TemplateValue: ExpressibleByIntegerLiteral {
  public init(integerLiteral value: Int) { self = .int(value) }
}

extension TemplateValue: ExpressibleByArrayLiteral {
  public init(arrayLiteral elements: TemplateValue...) { self = .list(elements) }
}

extension TemplateValue: ExpressibleByDictionaryLiteral {
  /// An object; a nil value leaves its key out: `["title": .string(title), "note": .optional(note)]`.
  public init(dictionaryLiteral elements: (String, TemplateValue?)...) {
    self = .object(TemplateObject(elements))
  }
}

/// Keys and values in the order they were given. Objects are small (a view model's fields), so a
/// look-up is a scan of the keys: cheaper to build than a dictionary and as quick to search.
///
/// The pairs are kept as they were given, a nil value included and skipped by every look-up: a
/// dictionary literal's array becomes the object as it is, where copying its non-nil pairs into an
/// array of their own retained and released every key and value of every view.
public struct TemplateObject: Sendable {
  @usableFromInline var pairs: [(String, TemplateValue?)]

  public init() {
    pairs = []
  }

  public init(minimumCapacity: Int) {
    self.init()
    pairs.reserveCapacity(minimumCapacity)
  }

  public init(_ dictionary: [String: TemplateValue]) {
    self.init(dictionary.sorted { $0.key < $1.key }.map { ($0.key, $0.value) })
  }

  /// The pairs whose value is not nil, in order; a key given twice is found with its first value.
  init(_ pairs: [(String, TemplateValue?)]) {
    self.pairs = pairs
  }

  /// The keys with a value, in order.
  public var keys: [String] { pairs.compactMap { $0.1 == nil ? nil : $0.0 } }
  public var count: Int { pairs.count { $0.1 != nil } }
  public var isEmpty: Bool { count == 0 }

  /// The value at `position`, a position that `index(of:)` gave.
  @inlinable
  func value(at position: Int) -> TemplateValue { pairs[position].1! }

  /// The position of the first pair of `key` with a value.
  @inlinable
  func index(of key: String) -> Int? {
    // Most keys differ in length, which is stored: comparing it first skips a call to compare them.
    let length = key.utf8.count
    return pairs.withUnsafeBufferPointer { pairs in
      for index in pairs.indices
      where pairs[index].0.utf8.count == length && pairs[index].0 == key && pairs[index].1 != nil {
        return index
      }
      return nil
    }
  }

  /// The value of `key`; setting replaces it, or adds it at the end, and setting nil removes it.
  public subscript(key: String) -> TemplateValue? {
    @inlinable get { index(of: key).map { value(at: $0) } }
    set {
      if let index = index(of: key) {
        if let newValue {
          pairs[index].1 = newValue
        } else {
          pairs.remove(at: index)
        }
      } else if let newValue {
        pairs.append((key, newValue))
      }
    }
  }

  /// The pairs with a value, in order.
  var entries: [(key: String, value: TemplateValue)] {
    pairs.compactMap { pair in pair.1.map { (pair.0, $0) } }
  }
}

extension TemplateObject: ExpressibleByDictionaryLiteral {
  public init(dictionaryLiteral elements: (String, TemplateValue?)...) {
    self.init(elements)
  }
}

extension TemplateValue: Equatable {
  public static func == (lhs: TemplateValue, rhs: TemplateValue) -> Bool {
    switch (lhs, rhs) {
    case (.string(let a), .string(let b)): a == b
    case (.bool(let a), .bool(let b)): a == b
    case (.int(let a), .int(let b)): a == b
    case (.list(let a), .list(let b)): a == b
    case (.object(let a), .object(let b)): a == b
    default: false
    }
  }
}

extension TemplateObject: Equatable {
  /// The same keys with equal values, in any order.
  public static func == (lhs: TemplateObject, rhs: TemplateObject) -> Bool {
    lhs.count == rhs.count && lhs.entries.allSatisfy { rhs[$0.key] == $0.value }
  }
}

extension TemplateValue {
  /// The text `{{name}}` shows: a string as it is, a number in decimal, `true` or `false`; lists and
  /// objects as Swift prints arrays and dictionaries (`["a", "b"]`), which is what Mustache showed before.
  public var text: String {
    switch self {
    case .string(let text): text
    case .bool(let flag): flag ? "true" : "false"
    case .int(let number): String(number)
    case .list, .object: nestedDescription
    }
  }

  /// The value as an element of a printed collection: strings quoted.
  var nestedDescription: String {
    switch self {
    case .string(let text): text.debugDescription
    case .bool, .int: text
    case .list(let items): "[" + items.map(\.nestedDescription).joined(separator: ", ") + "]"
    case .object(let object):
      object.isEmpty
        ? "[:]"
        : "["
          + object.entries.map { $0.key.debugDescription + ": " + $0.value.nestedDescription }
          .joined(separator: ", ") + "]"
    }
  }
}
