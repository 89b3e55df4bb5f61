import Testing

@testable import VitaTemplate

/// A worker thread renders with its own copy of the templates: the copy must render exactly as the
/// original, and share none of its storage.
@Suite struct IndependentCopyTests {
  static let cases =
    SpecInterpolationTests.cases + SpecSectionTests.sections + SpecSectionTests.inverted + SpecTagTests.comments
    + SpecTagTests.delimiters + SpecTagTests.partials + SpecInheritanceTests.cases + CompatibilityTests.cases

  @Test(arguments: cases) func aCopyRendersAsTheOriginal(_ spec: RenderCase) throws {
    var library = TemplateLibrary()
    for (name, source) in spec.partials { try library.register(source, named: name) }
    try library.register(spec.template, named: "__test__")
    let copy = library.independentCopy()
    #expect(copy.names == library.names)
    let rendered = try #require(copy.renderText(spec.data, template: "__test__"))
    #expect(rendered == spec.expected, "\(spec.name)")
  }

  @Test func aCopySharesNoText() throws {
    var library = TemplateLibrary()
    try library.register("<p>{{#items}}<li>{{name}}</li>{{/items}}</p>\n{{>footer}}", named: "page")
    try library.register("<footer>{{$note}}made with Vita{{/note}}</footer>", named: "footer")
    let copy = library.independentCopy()
    for name in library.names {
      let original = try #require(library.templates[name]).nodes
      let copied = try #require(copy.templates[name]).nodes
      let pairs = Array(zip(Self.texts(original), Self.texts(copied)))
      #expect(pairs.count >= 2, "\(name)")
      for (a, b) in pairs {
        #expect(a == b)
        let sameStorage = a.withUnsafeBufferPointer { a in b.withUnsafeBufferPointer { a.baseAddress == $0.baseAddress }
        }
        #expect(!sameStorage, "\(name): '\(String(decoding: a, as: UTF8.self))'")
      }
    }
  }

  /// Every text of `nodes`, depth first.
  static func texts(_ nodes: [Node]) -> [[UInt8]] {
    nodes.flatMap { node -> [[UInt8]] in
      switch node {
      case .text(let bytes): [bytes]
      case .section(_, let content), .inverted(_, let content): texts(content)
      case .block(_, let content, _): texts(content)
      default: []
      }
    }
  }
}
