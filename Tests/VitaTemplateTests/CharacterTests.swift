import Testing
import VitaTemplate

/// The parser reads characters as Swift counts them, whatever it compares them with: ASCII as
/// numbers, anything else as characters. Each case pins what the character-by-character reading gives.
@Suite struct CharacterTests {
  static let cases: [RenderCase] = [
    RenderCase(
      "non-ASCII delimiters", "{{=« »=}}«name» {{name}} «#list»«.»«/list»", data: ["name": "x", "list": ["1", "2"]],
      expected: "x {{name}} 12"),
    RenderCase(
      "a delimiter of two-scalar characters", "{{=é\u{301} ê=}}é\u{301}nameê é nameê", data: ["name": "x"],
      expected: "x é nameê"),
    RenderCase(
      "standalone lines with CR LF", "a\r\n{{#s}}\r\nb\r\n{{/s}}\r\nc", data: ["s": true], expected: "a\r\nb\r\nc"),
    RenderCase("a comment over CR LF lines", "a\r\n{{! one\r\ntwo }}\r\nb", expected: "a\r\nb"),
    RenderCase(
      "a brace with a combining mark opens no tag", "{\u{301}{name}}", data: ["name": "x"], expected: "{\u{301}{name}}"),
    RenderCase("no-break spaces around a name", "{{\u{A0}name\u{A0}}}", data: ["name": "x"], expected: "x"),
    RenderCase("a line separator around a name", "{{\u{2028}name }}", data: ["name": "x"], expected: "x"),
    RenderCase(
      "text in many scripts is copied byte for byte", "Halo dunia — 你好 👋🏽 e\u{301} {{name}}!\n", data: ["name": "Ã"],
      expected: "Halo dunia — 你好 👋🏽 e\u{301} Ã!\n"),
    RenderCase(
      "an indented standalone partial with tabs", "\t{{>p}}\n", partials: ["p": "a\nb\n"], expected: "\ta\n\tb\n"),
  ]

  @Test(arguments: cases) func readAsSwiftReadsCharacters(_ spec: RenderCase) throws { try spec.check() }

  /// A closing brace that carries a combining mark does not close the tag, and a letter outside ASCII
  /// is not part of a name.
  @Test func marksAndLettersOutsideASCIIAreNotDelimitersOrNames() throws {
    let marked = try #require(parseError("{{name}\u{301}}"))
    #expect(marked.message.contains("unexpected '}\u{301}'"), "\(marked.message)")
    let accented = try #require(parseError("x {{nämé}}"))
    #expect(accented.message.contains("unexpected 'ä'"))
    #expect(accented.column == 6)
  }
}
