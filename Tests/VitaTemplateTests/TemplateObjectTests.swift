import Testing

@testable import VitaTemplate

/// An object keeps the pairs it was given, nil values included: they are left out of every look-up.
@Suite struct TemplateObjectTests {
  @Test func aNilValueLeavesItsKeyOutAndTheFirstOfTwoKeysIsFound() throws {
    var object: TemplateObject = ["a": "1", "b": nil, "c": "3", "a": "again", "b": "2"]
    #expect(object.keys == ["a", "c", "a", "b"])
    #expect(object.count == 4)
    #expect(object["a"] == "1" && object["b"] == "2" && object["missing"] == nil)
    object["a"] = nil
    #expect(object["a"] == "again", "removing the first shows the second")
    object["d"] = "4"
    object["c"] = "three"
    #expect(object.keys == ["c", "a", "b", "d"] && object["c"] == "three")
    #expect(object == ["d": "4", "a": "again", "c": "three", "b": "2"])
    var library = TemplateLibrary()
    try library.register("{{a}}{{b}}{{^e}}-{{/e}}", named: "page")
    #expect(library.renderText(.object(["a": "x", "b": nil, "e": nil]), template: "page") == "x-")
  }
}
