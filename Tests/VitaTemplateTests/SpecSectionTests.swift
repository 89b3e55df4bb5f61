import Testing
import VitaTemplate

/// The Mustache specification's section and inverted-section cases (sections.yml, inverted.yml);
/// decimals and null are left out (there is no such value: a missing key is what null was).
@Suite struct SpecSectionTests {
  static let deeplyNestedTemplate = """
    {{#a}}
    {{one}}
    {{#b}}
    {{one}}{{two}}{{one}}
    {{#c}}
    {{one}}{{two}}{{three}}{{two}}{{one}}
    {{#d}}
    {{one}}{{two}}{{three}}{{four}}{{three}}{{two}}{{one}}
    {{#five}}
    {{one}}{{two}}{{three}}{{four}}{{five}}{{four}}{{three}}{{two}}{{one}}
    {{one}}{{two}}{{three}}{{four}}{{.}}6{{.}}{{four}}{{three}}{{two}}{{one}}
    {{one}}{{two}}{{three}}{{four}}{{five}}{{four}}{{three}}{{two}}{{one}}
    {{/five}}
    {{one}}{{two}}{{three}}{{four}}{{three}}{{two}}{{one}}
    {{/d}}
    {{one}}{{two}}{{three}}{{two}}{{one}}
    {{/c}}
    {{one}}{{two}}{{one}}
    {{/b}}
    {{one}}
    {{/a}}

    """

  static let sections: [RenderCase] = [
    RenderCase(
      "Truthy", "\"{{#boolean}}This should be rendered.{{/boolean}}\"", data: ["boolean": true],
      expected: "\"This should be rendered.\""),
    RenderCase(
      "Falsey", "\"{{#boolean}}This should not be rendered.{{/boolean}}\"", data: ["boolean": false],
      expected: "\"\""),
    RenderCase(
      "Context", "\"{{#context}}Hi {{name}}.{{/context}}\"", data: ["context": ["name": "Joe"]],
      expected: "\"Hi Joe.\""),
    RenderCase(
      "Parent contexts", "\"{{#sec}}{{a}}, {{b}}, {{c.d}}{{/sec}}\"",
      data: ["a": "foo", "b": "wrong", "sec": ["b": "bar"], "c": ["d": "baz"]], expected: "\"foo, bar, baz\""),
    RenderCase(
      "Variable test", "\"{{#foo}}{{.}} is {{foo}}{{/foo}}\"", data: ["foo": "bar"], expected: "\"bar is bar\""),
    RenderCase(
      "List Contexts",
      "{{#tops}}{{#middles}}{{tname.lower}}{{mname}}.{{#bottoms}}{{tname.upper}}{{mname}}{{bname}}.{{/bottoms}}{{/middles}}{{/tops}}",
      data: [
        "tops": [
          [
            "tname": ["upper": "A", "lower": "a"],
            "middles": [["mname": "1", "bottoms": [["bname": "x"], ["bname": "y"]]]],
          ]
        ]
      ],
      expected: "a1.A1x.A1y."),
    RenderCase(
      "Deeply Nested Contexts", deeplyNestedTemplate,
      data: [
        "a": ["one": 1], "b": ["two": 2], "c": ["three": 3, "d": ["four": 4, "five": 5]],
      ],
      expected: "1\n121\n12321\n1234321\n123454321\n12345654321\n123454321\n1234321\n12321\n121\n1\n"),
    RenderCase(
      "List", "\"{{#list}}{{item}}{{/list}}\"", data: ["list": [["item": 1], ["item": 2], ["item": 3]]],
      expected: "\"123\""),
    RenderCase("Empty List", "\"{{#list}}Yay lists!{{/list}}\"", data: ["list": []], expected: "\"\""),
    RenderCase(
      "Doubled", "{{#bool}}\n* first\n{{/bool}}\n* {{two}}\n{{#bool}}\n* third\n{{/bool}}\n",
      data: ["bool": true, "two": "second"], expected: "* first\n* second\n* third\n"),
    RenderCase(
      "Nested (Truthy)", "| A {{#bool}}B {{#bool}}C{{/bool}} D{{/bool}} E |", data: ["bool": true],
      expected: "| A B C D E |"),
    RenderCase(
      "Nested (Falsey)", "| A {{#bool}}B {{#bool}}C{{/bool}} D{{/bool}} E |", data: ["bool": false],
      expected: "| A  E |"),
    RenderCase("Context Misses", "[{{#missing}}Found key 'missing'!{{/missing}}]", expected: "[]"),
    RenderCase(
      "Implicit Iterator - String", "\"{{#list}}({{.}}){{/list}}\"", data: ["list": ["a", "b", "c", "d", "e"]],
      expected: "\"(a)(b)(c)(d)(e)\""),
    RenderCase(
      "Implicit Iterator - Integer", "\"{{#list}}({{.}}){{/list}}\"", data: ["list": [1, 2, 3, 4, 5]],
      expected: "\"(1)(2)(3)(4)(5)\""),
    RenderCase(
      "Implicit Iterator - Array", "\"{{#list}}({{#.}}{{.}}{{/.}}){{/list}}\"",
      data: ["list": [[1, 2, 3], ["a", "b", "c"]]], expected: "\"(123)(abc)\""),
    RenderCase(
      "Implicit Iterator - HTML Escaping", "\"{{#list}}({{.}}){{/list}}\"", data: ["list": ["&", "\"", "<", ">"]],
      expected: "\"(&amp;)(&quot;)(&lt;)(&gt;)\""),
    RenderCase(
      "Implicit Iterator - Triple mustache", "\"{{#list}}({{{.}}}){{/list}}\"",
      data: ["list": ["&", "\"", "<", ">"]], expected: "\"(&)(\")(<)(>)\""),
    RenderCase(
      "Implicit Iterator - Ampersand", "\"{{#list}}({{&.}}){{/list}}\"", data: ["list": ["&", "\"", "<", ">"]],
      expected: "\"(&)(\")(<)(>)\""),
    RenderCase(
      "Dotted Names - Truthy", "\"{{#a.b.c}}Here{{/a.b.c}}\" == \"Here\"", data: ["a": ["b": ["c": true]]],
      expected: "\"Here\" == \"Here\""),
    RenderCase(
      "Dotted Names - Falsey", "\"{{#a.b.c}}Here{{/a.b.c}}\" == \"\"", data: ["a": ["b": ["c": false]]],
      expected: "\"\" == \"\""),
    RenderCase(
      "Dotted Names - Broken Chains", "\"{{#a.b.c}}Here{{/a.b.c}}\" == \"\"", data: ["a": [:]],
      expected: "\"\" == \"\""),
    RenderCase(
      "Surrounding Whitespace", " | {{#boolean}}\t|\t{{/boolean}} | \n", data: ["boolean": true],
      expected: " | \t|\t | \n"),
    RenderCase(
      "Internal Whitespace", " | {{#boolean}} {{! Important Whitespace }}\n {{/boolean}} | \n",
      data: ["boolean": true], expected: " |  \n  | \n"),
    RenderCase(
      "Indented Inline Sections", " {{#boolean}}YES{{/boolean}}\n {{#boolean}}GOOD{{/boolean}}\n",
      data: ["boolean": true], expected: " YES\n GOOD\n"),
    RenderCase(
      "Standalone Lines", "| This Is\n{{#boolean}}\n|\n{{/boolean}}\n| A Line\n", data: ["boolean": true],
      expected: "| This Is\n|\n| A Line\n"),
    RenderCase(
      "Indented Standalone Lines", "| This Is\n  {{#boolean}}\n|\n  {{/boolean}}\n| A Line\n",
      data: ["boolean": true], expected: "| This Is\n|\n| A Line\n"),
    RenderCase(
      "Standalone Line Endings", "|\r\n{{#boolean}}\r\n{{/boolean}}\r\n|", data: ["boolean": true],
      expected: "|\r\n|"),
    RenderCase(
      "Standalone Without Previous Line", "  {{#boolean}}\n#{{/boolean}}\n/", data: ["boolean": true],
      expected: "#\n/"),
    RenderCase(
      "Standalone Without Newline", "#{{#boolean}}\n/\n  {{/boolean}}", data: ["boolean": true],
      expected: "#\n/\n"),
    RenderCase("Padding", "|{{# boolean }}={{/ boolean }}|", data: ["boolean": true], expected: "|=|"),
  ]

  static let inverted: [RenderCase] = [
    RenderCase(
      "Falsey", "\"{{^boolean}}This should be rendered.{{/boolean}}\"", data: ["boolean": false],
      expected: "\"This should be rendered.\""),
    RenderCase(
      "Truthy", "\"{{^boolean}}This should not be rendered.{{/boolean}}\"", data: ["boolean": true],
      expected: "\"\""),
    RenderCase(
      "Context", "\"{{^context}}Hi {{name}}.{{/context}}\"", data: ["context": ["name": "Joe"]], expected: "\"\""),
    RenderCase(
      "List", "\"{{^list}}{{n}}{{/list}}\"", data: ["list": [["n": 1], ["n": 2], ["n": 3]]], expected: "\"\""),
    RenderCase("Empty List", "\"{{^list}}Yay lists!{{/list}}\"", data: ["list": []], expected: "\"Yay lists!\""),
    RenderCase(
      "Doubled", "{{^bool}}\n* first\n{{/bool}}\n* {{two}}\n{{^bool}}\n* third\n{{/bool}}\n",
      data: ["bool": false, "two": "second"], expected: "* first\n* second\n* third\n"),
    RenderCase(
      "Nested (Falsey)", "| A {{^bool}}B {{^bool}}C{{/bool}} D{{/bool}} E |", data: ["bool": false],
      expected: "| A B C D E |"),
    RenderCase(
      "Nested (Truthy)", "| A {{^bool}}B {{^bool}}C{{/bool}} D{{/bool}} E |", data: ["bool": true],
      expected: "| A  E |"),
    RenderCase(
      "Context Misses", "[{{^missing}}Cannot find key 'missing'!{{/missing}}]",
      expected: "[Cannot find key 'missing'!]"),
    RenderCase(
      "Dotted Names - Truthy", "\"{{^a.b.c}}Not Here{{/a.b.c}}\" == \"\"", data: ["a": ["b": ["c": true]]],
      expected: "\"\" == \"\""),
    RenderCase(
      "Dotted Names - Falsey", "\"{{^a.b.c}}Not Here{{/a.b.c}}\" == \"Not Here\"", data: ["a": ["b": ["c": false]]],
      expected: "\"Not Here\" == \"Not Here\""),
    RenderCase(
      "Dotted Names - Broken Chains", "\"{{^a.b.c}}Not Here{{/a.b.c}}\" == \"Not Here\"", data: ["a": [:]],
      expected: "\"Not Here\" == \"Not Here\""),
    RenderCase(
      "Surrounding Whitespace", " | {{^boolean}}\t|\t{{/boolean}} | \n", data: ["boolean": false],
      expected: " | \t|\t | \n"),
    RenderCase(
      "Internal Whitespace", " | {{^boolean}} {{! Important Whitespace }}\n {{/boolean}} | \n",
      data: ["boolean": false], expected: " |  \n  | \n"),
    RenderCase(
      "Indented Inline Sections", " {{^boolean}}NO{{/boolean}}\n {{^boolean}}WAY{{/boolean}}\n",
      data: ["boolean": false], expected: " NO\n WAY\n"),
    RenderCase(
      "Standalone Lines", "| This Is\n{{^boolean}}\n|\n{{/boolean}}\n| A Line\n", data: ["boolean": false],
      expected: "| This Is\n|\n| A Line\n"),
    RenderCase(
      "Standalone Indented Lines", "| This Is\n  {{^boolean}}\n|\n  {{/boolean}}\n| A Line\n",
      data: ["boolean": false], expected: "| This Is\n|\n| A Line\n"),
    RenderCase(
      "Standalone Line Endings", "|\r\n{{^boolean}}\r\n{{/boolean}}\r\n|", data: ["boolean": false],
      expected: "|\r\n|"),
    RenderCase(
      "Standalone Without Previous Line", "  {{^boolean}}\n^{{/boolean}}\n/", data: ["boolean": false],
      expected: "^\n/"),
    RenderCase(
      "Standalone Without Newline", "^{{^boolean}}\n/\n  {{/boolean}}", data: ["boolean": false],
      expected: "^\n/\n"),
    RenderCase("Padding", "|{{^ boolean }}={{/ boolean }}|", data: ["boolean": false], expected: "|=|"),
  ]

  @Test(arguments: sections) func section(_ spec: RenderCase) throws { try spec.check() }
  @Test(arguments: inverted) func invertedSection(_ spec: RenderCase) throws { try spec.check() }
}
