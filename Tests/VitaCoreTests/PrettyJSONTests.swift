import Foundation
import Testing

@testable import VitaCore

/// Strings in the JSON exports are escaped as `JSONEncoder` escapes them, wherever the characters to
/// escape fall: the writer reads eight bytes at a time, so the tests put them at every offset of texts
/// up to 40 bytes.
@Suite struct PrettyJSONTests {
  @Test func stringsAreEscapedAsJSONEncoderDoes() throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.withoutEscapingSlashes]
    let pieces = ["\"", "\\", "\n", "\t", "\r", "\u{08}", "\u{0C}", "\u{01}", "\u{1F}", " ", "/", "é", "🎉", "\u{7F}"]
    var state: UInt64 = 0x1234_5678_9ABC_DEF1
    for length in 0...40 {
      for _ in 0..<60 {
        var value = ""
        for _ in 0..<length {
          state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
          let pick = Int(state >> 59)
          value += pick < 20 ? "a" : pieces[pick % pieces.count]
        }
        var writer = PrettyJSON()
        writer.string(value)
        let expected = String(decoding: try encoder.encode(value), as: UTF8.self)
        #expect(writer.text == expected, "\(value.debugDescription)")
      }
    }
  }

  /// The eight-byte test finds every byte that is escaped, at each place among bytes of every kind,
  /// and no other byte.
  @Test func theWordTestFindsExactlyTheBytesToEscape() {
    func escaped(_ byte: UInt8) -> Bool { byte < 0x20 || byte == 0x22 || byte == 0x5C }
    for filler: UInt8 in [0x00, 0x1F, 0x20, 0x21, 0x23, 0x5B, 0x5D, 0x61, 0x7F, 0x80, 0xFF] {
      for byte in UInt8.min...UInt8.max {
        for place in 0..<8 {
          var word = [UInt8](repeating: filler, count: 8)
          word[place] = byte
          let value = word.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
          #expect(
            PrettyJSON.mayNeedEscaping(value) == (escaped(byte) || escaped(filler)),
            "byte \(byte) at \(place) among \(filler)")
        }
      }
    }
  }
}
