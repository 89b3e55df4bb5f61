import Testing
import VitaTemplate

/// A case of the Mustache specification (or of swift-mustache's behaviour): a template, its data and
/// partials, and the exact output expected.
struct RenderCase: CustomTestStringConvertible, Sendable {
  var name: String
  var template: String
  var data: TemplateValue = [:]
  var partials: [String: String] = [:]
  var expected: String

  var testDescription: String { name }

  init(
    _ name: String, _ template: String, data: TemplateValue = [:], partials: [String: String] = [:],
    expected: String
  ) {
    self.name = name
    self.template = template
    self.data = data
    self.partials = partials
    self.expected = expected
  }

  func check(sourceLocation: SourceLocation = #_sourceLocation) throws {
    #expect(
      try render(template, data, partials: partials) == expected, "\(name)", sourceLocation: sourceLocation)
  }
}

/// `template` rendered with `data`, its partials registered under their names.
func render(_ template: String, _ data: TemplateValue = [:], partials: [String: String] = [:]) throws -> String {
  var library = TemplateLibrary()
  for (name, source) in partials { try library.register(source, named: name) }
  try library.register(template, named: "__test__")
  return try #require(library.renderText(data, template: "__test__"))
}

/// The error `template` is rejected with.
func parseError(_ template: String) -> TemplateParseError? {
  do {
    _ = try Template(template)
    return nil
  } catch {
    return error
  }
}
