import Testing
import VitaTemplate

/// The Mustache specification's inheritance extension (~inheritance.yml): parents and blocks.
@Suite struct SpecInheritanceTests {
  static let cases: [RenderCase] = [
    RenderCase("Default", "{{$title}}Default title{{/title}}\n", expected: "Default title\n"),
    RenderCase(
      "Variable", "{{$foo}}default {{bar}} content{{/foo}}\n", data: ["bar": "baz"],
      expected: "default baz content\n"),
    RenderCase(
      "Triple Mustache", "{{$foo}}default {{{bar}}} content{{/foo}}\n", data: ["bar": "<baz>"],
      expected: "default <baz> content\n"),
    RenderCase(
      "Sections", "{{$foo}}default {{#bar}}{{baz}}{{/bar}} content{{/foo}}\n", data: ["bar": ["baz": "qux"]],
      expected: "default qux content\n"),
    RenderCase(
      "Negative Sections", "{{$foo}}default {{^bar}}{{baz}}{{/bar}} content{{/foo}}\n", data: ["baz": "three"],
      expected: "default three content\n"),
    RenderCase(
      "Mustache Injection", "{{$foo}}default {{#bar}}{{baz}}{{/bar}} content{{/foo}}\n",
      data: ["bar": ["baz": "{{qux}}"]], expected: "default {{qux}} content\n"),
    RenderCase(
      "Inherit", "{{<include}}{{/include}}\n", partials: ["include": "{{$foo}}default content{{/foo}}"],
      expected: "default content"),
    RenderCase(
      "Overridden content", "{{<super}}{{$title}}sub template title{{/title}}{{/super}}",
      partials: ["super": "...{{$title}}Default title{{/title}}..."], expected: "...sub template title..."),
    RenderCase(
      "Data does not override block", "{{<include}}{{$var}}var in template{{/var}}{{/include}}",
      data: ["var": "var in data"], partials: ["include": "{{$var}}var in include{{/var}}"],
      expected: "var in template"),
    RenderCase(
      "Data does not override block default", "{{<include}}{{/include}}", data: ["var": "var in data"],
      partials: ["include": "{{$var}}var in include{{/var}}"], expected: "var in include"),
    RenderCase(
      "Overridden parent", "test {{<parent}}{{$stuff}}override{{/stuff}}{{/parent}}",
      partials: ["parent": "{{$stuff}}...{{/stuff}}"], expected: "test override"),
    RenderCase(
      "Two overridden parents",
      "test {{<parent}}{{$stuff}}override1{{/stuff}}{{/parent}} {{<parent}}{{$stuff}}override2{{/stuff}}{{/parent}}\n",
      partials: ["parent": "|{{$stuff}}...{{/stuff}}{{$default}} default{{/default}}|"],
      expected: "test |override1 default| |override2 default|\n"),
    RenderCase(
      "Override parent with newlines", "{{<parent}}{{$ballmer}}\npeaked\n\n:(\n{{/ballmer}}{{/parent}}",
      partials: ["parent": "{{$ballmer}}peaking{{/ballmer}}"], expected: "peaked\n\n:(\n"),
    RenderCase(
      "Inherit indentation", "{{<parent}}{{$nineties}}hammer time{{/nineties}}{{/parent}}",
      partials: ["parent": "stop:\n  {{$nineties}}collaborate and listen{{/nineties}}\n"],
      expected: "stop:\n  hammer time\n"),
    RenderCase(
      "Only one override", "{{<parent}}{{$stuff2}}override two{{/stuff2}}{{/parent}}",
      partials: ["parent": "{{$stuff}}new default one{{/stuff}}, {{$stuff2}}new default two{{/stuff2}}"],
      expected: "new default one, override two"),
    RenderCase(
      "Parent template", "{{>parent}}|{{<parent}}{{/parent}}", partials: ["parent": "{{$foo}}default content{{/foo}}"],
      expected: "default content|default content"),
    RenderCase(
      "Recursion", "{{<parent}}{{$foo}}override{{/foo}}{{/parent}}",
      partials: [
        "parent": "{{$foo}}default content{{/foo}} {{$bar}}{{<parent2}}{{/parent2}}{{/bar}}",
        "parent2": "{{$foo}}parent2 default content{{/foo}} {{<parent}}{{$bar}}don't recurse{{/bar}}{{/parent}}",
      ],
      expected: "override override override don't recurse"),
    RenderCase(
      "Multi-level inheritance", "{{<parent}}{{$a}}c{{/a}}{{/parent}}",
      partials: [
        "parent": "{{<older}}{{$a}}p{{/a}}{{/older}}", "older": "{{<grandParent}}{{$a}}o{{/a}}{{/grandParent}}",
        "grandParent": "{{$a}}g{{/a}}",
      ],
      expected: "c"),
    RenderCase(
      "Multi-level inheritance, no sub child", "{{<parent}}{{/parent}}",
      partials: [
        "parent": "{{<older}}{{$a}}p{{/a}}{{/older}}", "older": "{{<grandParent}}{{$a}}o{{/a}}{{/grandParent}}",
        "grandParent": "{{$a}}g{{/a}}",
      ],
      expected: "p"),
    RenderCase(
      "Text inside parent (with a block)", "{{<parent}} asdfasd {{$foo}}hmm{{/foo}} asdfasdfasdf {{/parent}}",
      partials: ["parent": "{{$foo}}default content{{/foo}}"], expected: "hmm"),
    RenderCase(
      "Text inside parent", "{{<parent}} asdfasd asdfasdfasdf {{/parent}}",
      partials: ["parent": "{{$foo}}default content{{/foo}}"], expected: "default content"),
    RenderCase(
      "Standalone parent", "Hi,\n  {{<parent}}{{/parent}}\n", partials: ["parent": "one\ntwo\n"],
      expected: "Hi,\n  one\n  two\n"),
    RenderCase(
      "Standalone block", "{{<parent}}{{$block}}\none\ntwo{{/block}}\n{{/parent}}\n",
      partials: ["parent": "Hi,\n  {{$block}}{{/block}}\n"], expected: "Hi,\n  one\n  two\n"),
    RenderCase(
      "Block reindentation", "{{<parent}}{{$block}}\n    one\n    two\n{{/block}}{{/parent}}\n",
      partials: ["parent": "Hi,\n  {{$block}}\n  {{/block}}\n"], expected: "Hi,\n  one\n  two\n"),
  ]

  @Test(arguments: cases) func inheritance(_ spec: RenderCase) throws { try spec.check() }

  /// Two cases of the specification that swift-mustache 2.1.1 did not pass, and that Vita keeps as it
  /// rendered them: an override's lines lose the indentation of its first line where it is defined, and
  /// gain only the whitespace before the block's tag where it is expanded, not that of the default
  /// content it replaces (the specification wants "Hi,\n  one\n  two\n" and "one\n  three\n").
  static let swiftMustacheCompatible: [RenderCase] = [
    RenderCase(
      "Intrinsic indentation (not re-indented)", "{{<parent}}{{$block}}\none\ntwo\n{{/block}}{{/parent}}\n",
      partials: ["parent": "Hi,\n{{$block}}\n  default\n{{/block}}\n"], expected: "Hi,\none\ntwo\n"),
    RenderCase(
      "Nested block reindentation (relative to the outer block only)",
      "{{<parent}}{{$nested}}\nthree\n{{/nested}}{{/parent}}\n",
      partials: [
        "parent":
          "{{<grandparent}}{{$block}}\n  one\n  {{$nested}}\n    two\n  {{/nested}}\n{{/block}}{{/grandparent}}\n",
        "grandparent": "{{$block}}default{{/block}}",
      ],
      expected: "one\nthree\n"),
  ]

  @Test(arguments: swiftMustacheCompatible) func asSwiftMustacheRendered(_ spec: RenderCase) throws {
    try spec.check()
  }
}
