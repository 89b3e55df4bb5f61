import Testing
import VitaTemplate

/// The Mustache specification's comment, set-delimiter and partial cases (comments.yml,
/// delimiters.yml, partials.yml).
@Suite struct SpecTagTests {
  static let comments: [RenderCase] = [
    RenderCase("Inline", "12345{{! Comment Block! }}67890", expected: "1234567890"),
    RenderCase(
      "Multiline", "12345{{!\n  This is a\n  multi-line comment...\n}}67890\n", expected: "1234567890\n"),
    RenderCase("Standalone", "Begin.\n{{! Comment Block! }}\nEnd.\n", expected: "Begin.\nEnd.\n"),
    RenderCase("Indented Standalone", "Begin.\n  {{! Indented Comment Block! }}\nEnd.\n", expected: "Begin.\nEnd.\n"),
    RenderCase("Standalone Line Endings", "|\r\n{{! Standalone Comment }}\r\n|", expected: "|\r\n|"),
    RenderCase("Standalone Without Previous Line", "  {{! I'm Still Standalone }}\n!", expected: "!"),
    RenderCase("Standalone Without Newline", "!\n  {{! I'm Still Standalone }}", expected: "!\n"),
    RenderCase(
      "Multiline Standalone", "Begin.\n{{!\nSomething's going on here...\n}}\nEnd.\n", expected: "Begin.\nEnd.\n"),
    RenderCase(
      "Indented Multiline Standalone", "Begin.\n  {{!\n    Something's going on here...\n  }}\nEnd.\n",
      expected: "Begin.\nEnd.\n"),
    RenderCase("Indented Inline", "  12 {{! 34 }}\n", expected: "  12 \n"),
    RenderCase("Surrounding Whitespace", "12345 {{! Comment Block! }} 67890", expected: "12345  67890"),
  ]

  static let delimiters: [RenderCase] = [
    RenderCase("Pair Behavior", "{{=<% %>=}}(<%text%>)", data: ["text": "Hey!"], expected: "(Hey!)"),
    RenderCase("Special Characters", "({{=[ ]=}}[text])", data: ["text": "It worked!"], expected: "(It worked!)"),
    RenderCase(
      "Sections",
      "[\n{{#section}}\n  {{data}}\n  |data|\n{{/section}}\n\n{{= | | =}}\n|#section|\n  {{data}}\n  |data|\n|/section|\n]\n",
      data: ["section": true, "data": "I got interpolated."],
      expected: "[\n  I got interpolated.\n  |data|\n\n  {{data}}\n  I got interpolated.\n]\n"),
    RenderCase(
      "Inverted Sections",
      "[\n{{^section}}\n  {{data}}\n  |data|\n{{/section}}\n\n{{= | | =}}\n|^section|\n  {{data}}\n  |data|\n|/section|\n]\n",
      data: ["section": false, "data": "I got interpolated."],
      expected: "[\n  I got interpolated.\n  |data|\n\n  {{data}}\n  I got interpolated.\n]\n"),
    RenderCase(
      "Partial Inheritence", "[ {{>include}} ]\n{{= | | =}}\n[ |>include| ]\n", data: ["value": "yes"],
      partials: ["include": ".{{value}}."], expected: "[ .yes. ]\n[ .yes. ]\n"),
    RenderCase(
      "Post-Partial Behavior", "[ {{>include}} ]\n[ .{{value}}.  .|value|. ]\n", data: ["value": "yes"],
      partials: ["include": ".{{value}}. {{= | | =}} .|value|."], expected: "[ .yes.  .yes. ]\n[ .yes.  .|value|. ]\n"),
    RenderCase("Surrounding Whitespace", "| {{=@ @=}} |", expected: "|  |"),
    RenderCase("Outlying Whitespace (Inline)", " | {{=@ @=}}\n", expected: " | \n"),
    RenderCase("Standalone Tag", "Begin.\n{{=@ @=}}\nEnd.\n", expected: "Begin.\nEnd.\n"),
    RenderCase("Indented Standalone Tag", "Begin.\n  {{=@ @=}}\nEnd.\n", expected: "Begin.\nEnd.\n"),
    RenderCase("Standalone Line Endings", "|\r\n{{= @ @ =}}\r\n|", expected: "|\r\n|"),
    RenderCase("Standalone Without Previous Line", "  {{=@ @=}}\n=", expected: "="),
    RenderCase("Standalone Without Newline", "=\n  {{=@ @=}}", expected: "=\n"),
    RenderCase("Pair with Padding", "|{{= @   @ =}}|", expected: "||"),
  ]

  static let partials: [RenderCase] = [
    RenderCase("Basic Behavior", "\"{{>text}}\"", partials: ["text": "from partial"], expected: "\"from partial\""),
    RenderCase("Failed Lookup", "\"{{>text}}\"", expected: "\"\""),
    RenderCase(
      "Context", "\"{{>partial}}\"", data: ["text": "content"], partials: ["partial": "*{{text}}*"],
      expected: "\"*content*\""),
    RenderCase(
      "Recursion", "{{>node}}", data: ["content": "X", "nodes": [["content": "Y", "nodes": []]]],
      partials: ["node": "{{content}}<{{#nodes}}{{>node}}{{/nodes}}>"], expected: "X<Y<>>"),
    RenderCase("Surrounding Whitespace", "| {{>partial}} |", partials: ["partial": "\t|\t"], expected: "| \t|\t |"),
    RenderCase(
      "Inline Indentation", "  {{data}}  {{> partial}}\n", data: ["data": "|"], partials: ["partial": ">\n>"],
      expected: "  |  >\n>\n"),
    RenderCase("Standalone Line Endings", "|\r\n{{>partial}}\r\n|", partials: ["partial": ">"], expected: "|\r\n>|"),
    RenderCase(
      "Standalone Without Previous Line", "  {{>partial}}\n>", partials: ["partial": ">\n>"], expected: "  >\n  >>"),
    RenderCase(
      "Standalone Without Newline", ">\n  {{>partial}}", partials: ["partial": ">\n>"], expected: ">\n  >\n  >"),
    RenderCase(
      "Standalone Indentation", "\\\n {{>partial}}\n/\n", data: ["content": "<\n->"],
      partials: ["partial": "|\n{{{content}}}\n|\n"], expected: "\\\n |\n <\n->\n |\n/\n"),
    RenderCase(
      "Padding Whitespace", "|{{> partial }}|", data: ["boolean": true], partials: ["partial": "[]"], expected: "|[]|"),
  ]

  @Test(arguments: comments) func comment(_ spec: RenderCase) throws { try spec.check() }
  @Test(arguments: delimiters) func delimiter(_ spec: RenderCase) throws { try spec.check() }
  @Test(arguments: partials) func partial(_ spec: RenderCase) throws { try spec.check() }
}
