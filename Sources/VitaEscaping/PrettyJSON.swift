import Foundation

/// Pretty-printed JSON as `JSONEncoder` writes it: two spaces a level, `"key" : value`, an empty
/// array or object as its brackets around an empty line. Keys are written in the order given.
public struct PrettyJSON {
  /// The JSON so far, as UTF-8: appending bytes is several times cheaper than appending to a String.
  private var bytes: [UInt8] = []
  /// Whether the container being written has a member yet, innermost last.
  private var started: [Bool] = []

  public init() {
    bytes.reserveCapacity(4096)
  }

  /// The JSON written so far.
  public var text: String { String(decoding: bytes, as: UTF8.self) }

  private mutating func append(_ literal: StaticString) {
    literal.withUTF8Buffer { bytes.append(contentsOf: $0) }
  }

  private mutating func indent(_ level: Int) {
    bytes.append(0x0A)
    bytes.append(contentsOf: repeatElement(0x20, count: 2 * level))
  }

  /// Starts a member of the current container: a comma after the previous one, a new line.
  private mutating func member(level: Int) {
    if started[started.count - 1] { bytes.append(UInt8(ascii: ",")) }
    started[started.count - 1] = true
    indent(level)
  }

  /// An object at `level` (its members one deeper), its members written by `body`.
  public mutating func object(level: Int = 0, _ body: (inout PrettyJSON) -> Void) {
    bytes.append(UInt8(ascii: "{"))
    started.append(false)
    body(&self)
    if !started.removeLast() { bytes.append(0x0A) }
    indent(level)
    bytes.append(UInt8(ascii: "}"))
  }

  public mutating func array<Element>(_ elements: [Element], level: Int, _ write: (inout PrettyJSON, Element) -> Void) {
    bytes.append(UInt8(ascii: "["))
    started.append(false)
    for element in elements {
      member(level: level + 1)
      write(&self, element)
    }
    if !started.removeLast() { bytes.append(0x0A) }
    indent(level)
    bytes.append(UInt8(ascii: "]"))
  }

  public mutating func strings(_ elements: [String], level: Int) {
    array(elements, level: level) { $0.string($1) }
  }

  public mutating func key(_ key: String, level: Int) {
    member(level: level)
    string(key)
    append(" : ")
  }

  public mutating func raw(_ value: String) {
    value.readingUTF8 { bytes.append(contentsOf: $0) }
  }

  public mutating func bool(_ value: Bool) { value ? append("true") : append("false") }

  /// A number as `JSONEncoder` writes a `Double`: whole numbers without a fraction (weights are
  /// multiples of a quarter, which print exactly).
  public mutating func number(_ value: Double) {
    raw(value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value))
  }
  public mutating func null() { append("null") }

  /// A string with `"`, `\\` and control characters escaped, and nothing else.
  public mutating func string(_ value: String) {
    bytes.append(UInt8(ascii: "\""))
    // Every byte escaped is ASCII, so never part of another character's UTF-8.
    value.readingUTF8 { utf8 in
      forEachRun(
        of: utf8, mayHoldSpecial: Self.mayNeedEscaping, isSpecial: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C },
        plain: { bytes.append(contentsOf: $0) }, special: { escape($0) })
    }
    bytes.append(UInt8(ascii: "\""))
  }

  private mutating func escape(_ byte: UInt8) {
    switch byte {
    case 0x22: append("\\\"")
    case 0x5C: append("\\\\")
    case 0x08: append("\\b")
    case 0x09: append("\\t")
    case 0x0A: append("\\n")
    case 0x0C: append("\\f")
    case 0x0D: append("\\r")
    default:
      let hex = Array("0123456789abcdef".utf8)
      append("\\u00")
      bytes.append(hex[Int(byte >> 4)])
      bytes.append(hex[Int(byte & 0x0F)])
    }
  }

  /// Whether one of the eight bytes of `word` is `"`, `\\` or below 0x20: false only when none is.
  /// `(v - n × 0x01…) & ~v & 0x80…` is not zero exactly when a byte of `v` is below n (for n up to
  /// 0x80), and a byte is zero after xor with `"` or `\\` only when it is one.
  @inline(__always)
  static func mayNeedEscaping(_ word: UInt64) -> Bool {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let highs: UInt64 = 0x8080_8080_8080_8080
    func hasByteBelow(_ limit: UInt64, _ value: UInt64) -> UInt64 { (value &- ones &* limit) & ~value & highs }
    return hasByteBelow(0x20, word) | hasByteBelow(1, word ^ (ones &* 0x22)) | hasByteBelow(1, word ^ (ones &* 0x5C))
      != 0
  }
}

extension PrettyJSON {
  /// JSON that cannot end its `<script>` element or open a comment: `<`, `>` and `&` become
  /// `\u003c`, `\u003e` and `\u0026`, and the JavaScript line breaks U+2028 and U+2029 are escaped too.
  /// These characters occur only inside strings in JSON, where the escapes mean the same.
  public static func scriptSafe(_ json: String) -> String {
    // Byte by byte: the three are ASCII, and U+2028 and U+2029 are E2 80 A8 and E2 80 A9 in UTF-8.
    var json = json
    return json.withUTF8 { bytes in
      func escape(at index: Int) -> StaticString? {
        switch bytes[index] {
        case UInt8(ascii: "<"): "\\u003c"
        case UInt8(ascii: ">"): "\\u003e"
        case UInt8(ascii: "&"): "\\u0026"
        case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x80 && bytes[index + 2] == 0xA8: "\\u2028"
        case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x80 && bytes[index + 2] == 0xA9: "\\u2029"
        default: nil
        }
      }
      var result: [UInt8] = []
      result.reserveCapacity(bytes.count + 64)
      var index = 0
      while index < bytes.count {
        if let escaped = escape(at: index) {
          result.append(contentsOf: UnsafeBufferPointer(start: escaped.utf8Start, count: escaped.utf8CodeUnitCount))
          index += bytes[index] == 0xE2 ? 3 : 1
        } else {
          result.append(bytes[index])
          index += 1
        }
      }
      return String(decoding: result, as: UTF8.self)
    }
  }
}
