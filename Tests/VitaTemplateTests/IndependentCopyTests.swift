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
    try library.register(
      "<p>{{#items}}<li>{{name}} {{aVeryLongNameThatIsNotInline}}</li>{{/items}}</p>\n{{>footer}}", named: "page")
    try library.register("<footer>{{$note}}made with Vita{{/note}}</footer>", named: "footer")
    let copy = library.independentCopy()
    let (original, copied) = (library.program, copy.program)
    #expect(original.bytes == copied.bytes)
    #expect(String(decoding: copied.bytes, as: UTF8.self).contains("made with Vita"))
    #expect(!Self.sameStorage(original.bytes, copied.bytes))
    let longNames = zip(original.nameParts, copied.nameParts).filter { $0.0.utf8.count > 15 }
    #expect(longNames.count == 1)
    for (a, b) in longNames {
      #expect(a == b)
      let addresses = [a, b].map { $0.utf8.withContiguousStorageIfAvailable { $0.baseAddress } }
      #expect(addresses[0] != nil && addresses[0] != addresses[1], "\(a)")
    }
  }

  @Test func registeringATemplateCompilesTheProgramAgain() throws {
    var library = TemplateLibrary()
    try library.register("[{{>part}}]", named: "page")
    #expect(library.renderText([:], template: "page") == "[]", "a missing partial renders nothing")
    let before = library
    try library.register("part", named: "part")
    #expect(library.renderText([:], template: "page") == "[part]")
    #expect(before.renderText([:], template: "page") == "[]", "a copy made before keeps its own program")
  }

  static func sameStorage(_ a: [UInt8], _ b: [UInt8]) -> Bool {
    a.withUnsafeBufferPointer { a in b.withUnsafeBufferPointer { a.baseAddress == $0.baseAddress } }
  }
}
