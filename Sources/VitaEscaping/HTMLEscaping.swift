/// HTML escaping for text and attribute values: `& < > " '` as `&amp; &lt; &gt; &quot; &#39;`.
///
/// It works on UTF-8 bytes: the five are ASCII, so never part of another character's bytes, and a
/// quote followed by a combining mark (one Character to Swift) is still escaped, as a browser reads it.
public enum HTMLEscaping {
  /// What `byte` is written as, or nil when it stands for itself.
  @inlinable @inline(__always)
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
    text.readingUTF8 { bytes in
      guard bytes.contains(where: { replacement(for: $0) != nil }) else { return text }
      var result = [UInt8]()
      result.reserveCapacity(bytes.count + 16)
      forEachPiece(of: bytes) { result.append(contentsOf: $0) }
      return String(decoding: result, as: UTF8.self)
    }
  }

  /// `bytes` escaped, as the pieces to write in order: runs of bytes that stand for themselves and
  /// the replacements between them (every template value and `escaped` are written through this).
  ///
  /// Eight bytes are tested at a time, and only eight that hold one of the five are read byte by byte:
  /// most text has none, and a page's values are most of its bytes.
  @inlinable @inline(__always)
  public static func forEachPiece(of bytes: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
    forEachRun(of: bytes, mayHoldSpecial: mayHoldSpecial, isSpecial: { replacement(for: $0) != nil }, plain: body) {
      if let replacement = replacement(for: $0) {
        body(UnsafeBufferPointer(start: replacement.utf8Start, count: replacement.utf8CodeUnitCount))
      }
    }
  }

  /// Whether one of the eight bytes of `word` is `&`, `<`, `>`, `"` or `'`: false only when none is.
  ///
  /// A byte is one of them when it is zero after one of three changes: `"` xor 0x22; `&` and `'`
  /// with the lowest bit set, xor 0x27; `<` and `>` with the second bit set, xor 0x3E. A word has a
  /// zero byte when `(v - 0x01…) & ~v & 0x80…` is not zero.
  @inlinable @inline(__always)
  static func mayHoldSpecial(_ word: UInt64) -> Bool {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let highs: UInt64 = 0x8080_8080_8080_8080
    func hasZeroByte(_ value: UInt64) -> UInt64 { (value &- ones) & ~value & highs }
    let quote = word ^ (ones &* 0x22)
    let ampersandOrApostrophe = (word | ones) ^ (ones &* 0x27)
    let angle = (word | (ones &* 0x02)) ^ (ones &* 0x3E)
    return hasZeroByte(quote) | hasZeroByte(ampersandOrApostrophe) | hasZeroByte(angle) != 0
  }
}
