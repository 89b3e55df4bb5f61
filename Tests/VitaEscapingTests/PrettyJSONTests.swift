import Foundation
import Testing
import VitaTestSupport

@testable import VitaEscaping

/// Strings in the JSON exports are escaped as `JSONEncoder` escapes them, wherever the characters to
/// escape fall: the writer reads eight bytes at a time, so the tests put them at every offset of texts
/// up to 40 bytes.
@Suite struct PrettyJSONTests {
  @Test func stringsAreEscapedAsJSONEncoderDoes() throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.withoutEscapingSlashes]
    let pieces = ["\"", "\\", "\n", "\t", "\r", "\u{08}", "\u{0C}", "\u{01}", "\u{1F}", " ", "/", "é", "🎉", "\u{7F}"]
    for value in mixedTexts(of: pieces, seed: 0x1234_5678_9ABC_DEF1) {
      var writer = PrettyJSON()
      writer.string(value)
      let expected = String(decoding: try encoder.encode(value), as: UTF8.self)
      #expect(writer.text == expected, "\(value.debugDescription)")
    }
  }

  /// The eight-byte test finds every byte that is escaped, at each place among bytes of every kind,
  /// and no other byte.
  @Test func theWordTestFindsExactlyTheBytesToEscape() {
    func escaped(_ byte: UInt8) -> Bool { byte < 0x20 || byte == 0x22 || byte == 0x5C }
    for (word, byte, place, filler) in wordsWithOneByte(among: [
      0x00, 0x1F, 0x20, 0x21, 0x23, 0x5B, 0x5D, 0x61, 0x7F, 0x80, 0xFF,
    ]) {
      #expect(
        PrettyJSON.mayNeedEscaping(word) == (escaped(byte) || escaped(filler)),
        "byte \(byte) at \(place) among \(filler)")
    }
  }

  /// JSON for a `<script>` element: its five characters escaped, and nothing else.
  @Test func scriptSafeEscapesExactlyItsFive() {
    #expect(
      PrettyJSON.scriptSafe("{\"a\": \"x\u{2028}y\u{2029}<&> \u{2027}\u{20AC}é\"}")
        == "{\"a\": \"x\\u2028y\\u2029\\u003c\\u0026\\u003e \u{2027}\u{20AC}é\"}")
  }
}
