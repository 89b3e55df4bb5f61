import Testing
import VitaTestSupport

@testable import VitaTemplate

/// A variable is written escaped as it is copied into the page: the same bytes as `HTMLEscaping.escaped`,
/// wherever the characters to escape fall among others of one to four bytes.
@Suite struct EscapingTests {
  @Test func aVariableIsEscapedAsByteByByte() throws {
    var library = TemplateLibrary()
    try library.register("[{{value}}]", named: "page")
    let pieces = ["a", "bc", "defghijk", "&", "<", ">", "\"", "'", " ", "é", "日本", "🎉", "&amp;", "\n"]
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    for _ in 0..<4_000 {
      var value = ""
      state = state &* 6_364_136_223_846_793_005 &+ 1
      for shift in stride(from: 0, to: Int(state >> 60) * 4, by: 4) {
        value += pieces[Int((state >> UInt64(shift)) & 0xF) % pieces.count]
      }
      #expect(
        library.renderText(["value": .string(value)], template: "page") == "[" + HTMLEscaping.escaped(value) + "]")
    }
  }

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
