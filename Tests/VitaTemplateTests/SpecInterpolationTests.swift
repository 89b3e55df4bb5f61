import Testing
import VitaTemplate

/// The Mustache specification's interpolation cases (v1.x, interpolation.yml); decimals are left out,
/// as template values have no floating-point case.
@Suite struct SpecInterpolationTests {
  static let forbidden: TemplateValue = ["forbidden": "& \" < >"]
  static let joe: TemplateValue = ["person": ["name": "Joe"]]
  static let dashes: TemplateValue = ["string": "---"]

  static let cases: [RenderCase] = [
    RenderCase("No Interpolation", "Hello from {Mustache}!\n", expected: "Hello from {Mustache}!\n"),
    RenderCase("Basic Interpolation", "Hello, {{subject}}!\n", data: ["subject": "world"], expected: "Hello, world!\n"),
    RenderCase(
      "HTML Escaping", "These characters should be HTML escaped: {{forbidden}}\n", data: forbidden,
      expected: "These characters should be HTML escaped: &amp; &quot; &lt; &gt;\n"),
    RenderCase(
      "Triple Mustache", "These characters should not be HTML escaped: {{{forbidden}}}\n", data: forbidden,
      expected: "These characters should not be HTML escaped: & \" < >\n"),
    RenderCase(
      "Ampersand", "These characters should not be HTML escaped: {{&forbidden}}\n", data: forbidden,
      expected: "These characters should not be HTML escaped: & \" < >\n"),
    RenderCase(
      "Basic Integer Interpolation", "\"{{mph}} miles an hour!\"", data: ["mph": 85],
      expected: "\"85 miles an hour!\""),
    RenderCase(
      "Triple Mustache Integer Interpolation", "\"{{{mph}}} miles an hour!\"", data: ["mph": 85],
      expected: "\"85 miles an hour!\""),
    RenderCase(
      "Ampersand Integer Interpolation", "\"{{&mph}} miles an hour!\"", data: ["mph": 85],
      expected: "\"85 miles an hour!\""),
    RenderCase("Basic Context Miss Interpolation", "I ({{cannot}}) be seen!", expected: "I () be seen!"),
    RenderCase("Triple Mustache Context Miss Interpolation", "I ({{{cannot}}}) be seen!", expected: "I () be seen!"),
    RenderCase("Ampersand Context Miss Interpolation", "I ({{&cannot}}) be seen!", expected: "I () be seen!"),
    RenderCase(
      "Dotted Names - Basic Interpolation", "\"{{person.name}}\" == \"{{#person}}{{name}}{{/person}}\"", data: joe,
      expected: "\"Joe\" == \"Joe\""),
    RenderCase(
      "Dotted Names - Triple Mustache Interpolation",
      "\"{{{person.name}}}\" == \"{{#person}}{{{name}}}{{/person}}\"", data: joe, expected: "\"Joe\" == \"Joe\""),
    RenderCase(
      "Dotted Names - Ampersand Interpolation", "\"{{&person.name}}\" == \"{{#person}}{{&name}}{{/person}}\"",
      data: joe, expected: "\"Joe\" == \"Joe\""),
    RenderCase(
      "Dotted Names - Arbitrary Depth", "\"{{a.b.c.d.e.name}}\" == \"Phil\"",
      data: ["a": ["b": ["c": ["d": ["e": ["name": "Phil"]]]]]], expected: "\"Phil\" == \"Phil\""),
    RenderCase(
      "Dotted Names - Broken Chains", "\"{{a.b.c}}\" == \"\"", data: ["a": [:]], expected: "\"\" == \"\""),
    RenderCase(
      "Dotted Names - Broken Chain Resolution", "\"{{a.b.c.name}}\" == \"\"",
      data: ["a": ["b": [:]], "c": ["name": "Jim"]], expected: "\"\" == \"\""),
    RenderCase(
      "Dotted Names - Initial Resolution", "\"{{#a}}{{b.c.d.e.name}}{{/a}}\" == \"Phil\"",
      data: [
        "a": ["b": ["c": ["d": ["e": ["name": "Phil"]]]]],
        "b": ["c": ["d": ["e": ["name": "Wrong"]]]],
      ],
      expected: "\"Phil\" == \"Phil\""),
    RenderCase(
      "Dotted Names - Context Precedence", "{{#a}}{{b.c}}{{/a}}", data: ["a": ["b": [:]], "b": ["c": "ERROR"]],
      expected: ""),
    RenderCase(
      "Implicit Iterators - Basic Interpolation", "Hello, {{.}}!\n", data: "world", expected: "Hello, world!\n"),
    RenderCase(
      "Implicit Iterators - HTML Escaping", "These characters should be HTML escaped: {{.}}\n", data: "& \" < >",
      expected: "These characters should be HTML escaped: &amp; &quot; &lt; &gt;\n"),
    RenderCase(
      "Implicit Iterators - Triple Mustache", "These characters should not be HTML escaped: {{{.}}}\n",
      data: "& \" < >", expected: "These characters should not be HTML escaped: & \" < >\n"),
    RenderCase(
      "Implicit Iterators - Basic Integer Interpolation", "\"{{.}} miles an hour!\"", data: 85,
      expected: "\"85 miles an hour!\""),
    RenderCase("Interpolation - Surrounding Whitespace", "| {{string}} |", data: dashes, expected: "| --- |"),
    RenderCase("Triple Mustache - Surrounding Whitespace", "| {{{string}}} |", data: dashes, expected: "| --- |"),
    RenderCase("Ampersand - Surrounding Whitespace", "| {{&string}} |", data: dashes, expected: "| --- |"),
    RenderCase("Interpolation - Standalone", "  {{string}}\n", data: dashes, expected: "  ---\n"),
    RenderCase("Triple Mustache - Standalone", "  {{{string}}}\n", data: dashes, expected: "  ---\n"),
    RenderCase("Ampersand - Standalone", "  {{&string}}\n", data: dashes, expected: "  ---\n"),
    RenderCase("Interpolation With Padding", "|{{ string }}|", data: dashes, expected: "|---|"),
    RenderCase("Triple Mustache With Padding", "|{{{ string }}}|", data: dashes, expected: "|---|"),
    RenderCase("Ampersand With Padding", "|{{& string }}|", data: dashes, expected: "|---|"),
  ]

  @Test(arguments: cases) func interpolation(_ spec: RenderCase) throws { try spec.check() }
}
