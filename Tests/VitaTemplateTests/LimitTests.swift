import Foundation
import Testing
import VitaTemplate

/// A template that would recurse without end, or nest deeper than a stack can hold, is an error that
/// names the chain of partials; it never ends the process. A partial that does not exist is named
/// for a warning (and renders nothing, as the Mustache specification says).
@Suite struct LimitTests {
  func library(_ templates: [String: String]) throws -> TemplateLibrary {
    var library = TemplateLibrary()
    for (name, source) in templates { try library.register(source, named: name) }
    return library
  }

  func renderError(_ templates: [String: String], data: TemplateValue = [:]) throws -> TemplateRenderError? {
    let library = try library(templates)
    do {
      _ = try library.renderData(data, template: "page")
      return nil
    } catch {
      return error
    }
  }

  @Test func aPartialThatIncludesItselfIsAnErrorWithItsChain() throws {
    let error = try #require(try renderError(["page": "<main>{{>self}}</main>", "self": "again {{>self}}"]))
    #expect(error.chain.prefix(3) == ["page", "self", "self"])
    #expect(error.message.contains("'self' includes itself"), "\(error.message)")
    #expect(error.description.contains("page → self → self"), "\(error.description)")
  }

  @Test func partialsThatIncludeEachOtherAreAnError() throws {
    let error = try #require(
      try renderError(["page": "{{>partials/a}}", "partials/a": "a{{>partials/b}}", "partials/b": "b{{>partials/a}}"]))
    #expect(error.chain.prefix(4) == ["page", "partials/a", "partials/b", "partials/a"])
    #expect(error.message.contains("'partials/a' includes itself"), "\(error.message)")
  }

  @Test func aParentThatIncludesItselfIsAnError() throws {
    let error = try #require(try renderError(["page": "{{<layout}}{{/layout}}", "layout": "{{<layout}}{{/layout}}"]))
    #expect(error.message.contains("'layout' includes itself"), "\(error.message)")
  }

  /// The specification's recursion, through a list that ends, still renders; only depth is limited.
  @Test func recursionThatEndsRenders() throws {
    var node: TemplateValue = ["content": "leaf", "nodes": []]
    for level in 0..<30 { node = ["content": .string("n\(level)"), "nodes": [node]] }
    let templates = ["page": "{{>node}}", "node": "{{content}}<{{#nodes}}{{>node}}{{/nodes}}>"]
    let rendered = try #require(try library(templates).renderData(node, template: "page"))
    #expect(String(decoding: rendered, as: UTF8.self).hasSuffix("leaf<>" + String(repeating: ">", count: 30)))
  }

  @Test func dataNestedDeeperThanTheLimitIsAnError() throws {
    var node: TemplateValue = ["nodes": []]
    for _ in 0..<5_000 { node = ["nodes": [node]] }
    let templates = ["page": "{{>node}}", "node": "({{#nodes}}{{>node}}{{/nodes}})"]
    let error = try #require(try renderError(templates, data: node))
    #expect(error.message.contains("deeper than"), "\(error.message)")
  }

  /// Nesting in a template's own text is refused when it is read: a parser that recursed on it ended
  /// the process with a stack overflow.
  @Test(arguments: [100_000, 1_000, 101])
  func sectionsNestedTooDeepAreAParseError(depth: Int) throws {
    let source = String(repeating: "{{#a}}", count: depth) + "x" + String(repeating: "{{/a}}", count: depth)
    let error = try #require(parseError(source))
    #expect(error.message.contains("nested deeper than 100"), "\(error.message)")
    #expect(error.line == 1 && error.column == 601, "at the tag that goes one level too deep")
  }

  @Test func aHundredLevelsAreFine() throws {
    let source = String(repeating: "{{#a}}", count: 100) + "x" + String(repeating: "{{/a}}", count: 100)
    #expect(try render(source, ["a": true]) == "x")
    let parents = String(repeating: "{{<p}}{{$b}}", count: 50) + String(repeating: "{{/b}}{{/p}}", count: 50)
    #expect(parseError(parents) == nil)
  }

  @Test func aMissingPartialIsNamedWithWhereItIsWritten() throws {
    let library = try library([
      "page": "<main>\n  {{>partials/hedaer}}\n{{>partials/footer}}</main>", "partials/footer": "f",
      "other": "{{<layuot}}{{/layuot}}{{>*dynamic}}",
    ])
    let missing = library.missingPartials().map {
      "\($0.template) \($0.reference.name) \($0.reference.line):\($0.reference.column)"
    }
    #expect(missing == ["other layuot 1:1", "page partials/hedaer 2:3"])
    let page = try #require(try library.renderData([:], template: "page"))
    #expect(String(decoding: page, as: UTF8.self) == "<main>\n  f</main>", "the missing one renders nothing")
  }
}
