import Testing
import VitaTestSupport

@testable import VitaEscaping

/// HTML escaping, which every template value goes through, against escaping written scalar by scalar.
@Suite struct HTMLEscapingTests {
  /// The five characters escaped in any place, against escaping written character by character: the
  /// escaping reads eight bytes at a time, so the tests put them at every offset of texts up to 40 bytes.
  @Test func escapingMatchesOneCharacterAtATime() {
    func reference(_ text: String) -> String {
      var result = ""
      for scalar in text.unicodeScalars {
        switch scalar {
        case "&": result += "&amp;"
        case "<": result += "&lt;"
        case ">": result += "&gt;"
        case "\"": result += "&quot;"
        case "'": result += "&#39;"
        default: result.unicodeScalars.append(scalar)
        }
      }
      return result
    }
    let pieces = ["a", "&", "<", ">", "\"", "'", "=", "?", "%", "é", "🎉", " "]
    for value in mixedTexts(of: pieces, seed: 0x2545_F491_4F6C_DD1D) {
      #expect(HTMLEscaping.escaped(value) == reference(value), "\(value.debugDescription)")
    }
  }

  /// The eight-byte test finds each of the five bytes at each place, among bytes of every kind, and
  /// no other byte.
  @Test func theWordTestFindsExactlyTheFiveBytes() {
    let special: Set<UInt8> = [0x26, 0x3C, 0x3E, 0x22, 0x27]
    for (word, byte, place, filler) in wordsWithOneByte(among: [
      0x00, 0x01, 0x21, 0x23, 0x3D, 0x3F, 0x61, 0x7F, 0x80, 0xFF,
    ]) {
      #expect(
        HTMLEscaping.mayHoldSpecial(word) == (special.contains(byte) || special.contains(filler)),
        "byte \(byte) at \(place) among \(filler)")
    }
  }
}
