import Testing
import VitaTemplate

/// A template that cannot be read is refused with where (line and column, from 1) and why.
@Suite struct ParseErrorTests {
  struct Case: CustomTestStringConvertible, Sendable {
    var template: String
    var line: Int
    var column: Int
    var message: String
    var testDescription: String { message }
  }

  static let cases: [Case] = [
    Case(template: "<p>\n  {{#items}}\n  <li>", line: 2, column: 3, message: "the section 'items' is never closed"),
    Case(template: "a\n  {{#a}}{{/b}}", line: 2, column: 9, message: "{{/b}} does not close the open section 'a'"),
    Case(template: "{{/a}}", line: 1, column: 1, message: "{{/a}} closes a section that was never opened"),
    Case(template: "x\nx {{name", line: 2, column: 3, message: "the tag is never closed with }}"),
    Case(template: "x {{{name}}", line: 1, column: 3, message: "the tag is never closed with }}}"),
    Case(template: "{{! a comment", line: 1, column: 1, message: "the comment is never closed"),
    Case(template: "line\n{{na me}}", line: 2, column: 6, message: "unexpected 'm' in the tag"),
    Case(template: "{{a(b)}}", line: 1, column: 4, message: "is a transform"),
    Case(template: "\n\n  {{= <% =}}", line: 3, column: 3, message: "the set-delimiter tag is not like {{=<% %>=}}"),
    Case(template: "{{=<% %>}}", line: 1, column: 1, message: "the set-delimiter tag is not like {{=<% %>=}}"),
    Case(template: "{{<layout}}{{name}}{{/layout}}", line: 1, column: 12, message: "only {{$block}} overrides"),
    Case(template: "é {{#a}}", line: 1, column: 3, message: "the section 'a' is never closed"),
    Case(template: "{{=<% %>=}}\n<%#a%>\n<%/b%>", line: 3, column: 1, message: "<%/b%>"),
  ]

  @Test(arguments: cases) func refused(_ expected: Case) throws {
    let error = try #require(parseError(expected.template), "\(expected.template.debugDescription) was accepted")
    #expect(error.line == expected.line)
    #expect(error.column == expected.column)
    #expect(error.message.contains(expected.message), "\(error.message)")
  }

  @Test func theLibraryRefusesAndKeepsNothing() {
    var library = TemplateLibrary()
    #expect(throws: TemplateParseError.self) { try library.register("{{#open}}", named: "broken") }
    #expect(!library.contains("broken"))
    #expect(library.render([:], template: "broken") == nil)
  }
}
