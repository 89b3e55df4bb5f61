import Testing
import VitaEscaping
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
}
