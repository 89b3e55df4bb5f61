import Testing
import VitaTemplate

/// What Vita's themes were rendered with before (swift-mustache 2.1.1 with Vita's escaping): each
/// expected output here was produced by swift-mustache itself.
@Suite struct CompatibilityTests {
  static let data: TemplateValue = [
    "empty": "", "zero": 0, "yes": true, "none": [], "lt": "<", "name": "p", "list": ["a", "b"], "negative": -5,
    "quotes": "\"\u{301}'",
  ]

  static let cases: [RenderCase] = [
    RenderCase("an empty string is truthy, and pushed", "{{#empty}}[{{.}}]{{/empty}}", data: data, expected: "[]"),
    RenderCase("zero is truthy, and pushed", "{{#zero}}<{{.}}>{{/zero}}", data: data, expected: "<0>"),
    RenderCase("true is not pushed", "{{#yes}}{{#yes}}{{yes}}{{/yes}}{{/yes}}", data: data, expected: "true"),
    RenderCase("an empty list in an inverted section is pushed", "{{^none}}{{.}}{{/none}}", data: data, expected: "[]"),
    RenderCase(
      "numbers in decimal, lists as Swift prints arrays", "{{negative}} {{list}} {{{list}}}", data: data,
      expected: "-5 [&quot;a&quot;, &quot;b&quot;] [\"a\", \"b\"]"),
    RenderCase(
      "an object as Swift prints a dictionary", "{{#yes}}{{.}}{{/yes}}", data: ["yes": true],
      expected: "[&quot;yes&quot;: true]"),
    RenderCase("a last line of only spaces is dropped", "a\n  ", expected: "a\n"),
    RenderCase(
      "escaping is per Unicode scalar: a quote with a combining mark is still a quote", "{{quotes}}", data: data,
      expected: "&quot;\u{301}&#39;"),
    RenderCase(
      "a section that is not standalone where it opens leaves the next tag inline",
      "a{{#yes}}\nb\n{{/yes}}\n  {{#yes}}\nc\n{{/yes}}\n", data: data, expected: "a\nb\n  \nc\n"),
    RenderCase(
      "a standalone section makes the next tag on its closing line standalone",
      "{{#yes}}\nb\n{{/yes}} {{#yes}}\nc\n{{/yes}}\n", data: data, expected: "b\nc\n"),
    RenderCase("a dynamic partial", "{{>*name}}", data: data, partials: ["p": "P{{lt}}"], expected: "P&lt;"),
    RenderCase(
      "blocks in a plain partial of a parent see its overrides", "{{<l}}{{$b}}X{{/b}}{{/l}}",
      partials: ["l": "[{{>inner}}]", "inner": "{{$b}}default{{/b}}"], expected: "[X]"),
    RenderCase(
      "an indented partial does not indent after CR LF", "  {{>p}}\n", partials: ["p": "a\r\nb\r\nc\nd\n"],
      expected: "  a\r\nb\r\nc\n  d\n"),
    RenderCase(
      "delimiters set in a section end with it", "{{#yes}}{{=<% %>=}}<%/yes%>{{lt}}", data: data, expected: "&lt;"),
    RenderCase(
      "an override loses its first line's indentation and takes the block's",
      "{{<l}}\n  {{$b}}\n    one\n      two\n  {{/b}}\n{{/l}}\n", partials: ["l": "<\n  {{$b}}{{/b}}\n>\n"],
      expected: "<\n  one\n    two\n\n>\n"),
    RenderCase(
      "a TEXT pragma turns escaping off until the end of the template, not in its partials",
      "{{lt}}\n{{% CONTENT_TYPE: TEXT }}\n{{lt}}{{#yes}}{{lt}}{{/yes}}{{>p}}", data: data, partials: ["p": "{{lt}}"],
      expected: "&lt;\n<<&lt;"),
    RenderCase(
      "other pragmas are accepted and ignored", "{{%FOO}}\n{{% CONTENT_TYPE: VITA_HTML}}{{lt}}", data: data,
      expected: "&lt;"),
    RenderCase("an empty name is the current value", "{{#list}}{{ }}{{/list}}", data: data, expected: "ab"),
    RenderCase(
      "a name starting with a dot is looked up at the top only", "{{#list}}{{.lt}}{{lt}}{{/list}}", data: data,
      expected: "&lt;&lt;"),
    RenderCase(
      "a missing name inside a dotted path does not climb the stack", "{{#yes}}{{lt.x}}|{{list.a}}{{/yes}}",
      data: data, expected: "|"),
  ]

  @Test(arguments: cases) func compatible(_ spec: RenderCase) throws { try spec.check() }

  @Test func valuesAreBuiltFromTypedFields() {
    struct Card: TemplateRepresentable {
      var title: String
      var organization: String?
      var skills: [String]
      var hours: Int?
      var templateValue: TemplateValue {
        [
          "title": .string(title), "organization": .optional(organization), "skills": .list(of: skills),
          "hours": .optional(hours),
        ]
      }
    }
    let card = Card(title: "Intern", organization: nil, skills: ["SQL"], hours: 40).templateValue
    guard case .object(let object) = card else {
      Issue.record("not an object: \(card)")
      return
    }
    #expect(object.keys == ["title", "skills", "hours"])
    #expect(object["skills"] == .list(["SQL"]))
    #expect(object["hours"] == 40)
    #expect(object["organization"] == nil)
  }
}
