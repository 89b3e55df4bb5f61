import Foundation
import Testing
import VitaCore
import VitaEscaping
import VitaTemplate
import VitaTestSupport

@testable import VitaSite

/// Seeded random text through the real templates: no value may add a `<`, `>`, `"` or `'` to a page.
@Suite struct EscapingPropertyTests {
  /// The markup characters of `html`, outside its JSON-LD block (where `\"` is a quote inside a string).
  static func count(_ html: String) -> [Unicode.Scalar: Int] {
    let data = HostileContentTests.withoutJSONLD(Data(html.utf8))
    var counts: [Unicode.Scalar: Int] = [:]
    for scalar in String(decoding: data, as: UTF8.self).unicodeScalars where "<>\"'".unicodeScalars.contains(scalar) {
      counts[scalar, default: 0] += 1
    }
    return counts
  }

  static func pages(title: String, skill: String) throws -> (home: String, page: String) {
    let experience = Experience(
      slug: "x", title: title, kind: .project, organization: title, location: title, start: PartialDate(year: 2024),
      skills: [skill])
    var renderer = SiteRenderer(site: makeSite(experiences: [experience]), theme: defaultTheme)
    renderer.today = PartialDate(year: 2025)
    let files = try renderer.render()
    return (text(files, "index.html"), text(files, "experiences/x/index.html"))
  }

  @Test func noValueAddsMarkupToAPageOrAChart() throws {
    var random = SeededGenerator(seed: 7)
    let plain = try Self.pages(title: "Z", skill: "Q")
    let expectedHome = Self.count(plain.home)
    let expectedPage = Self.count(plain.page)
    for _ in 0..<200 {
      let title = random.text()
      let skill = random.text()
      let rendered = try Self.pages(title: title, skill: skill)
      #expect(Self.count(rendered.home) == expectedHome, "home: \(title.debugDescription) \(skill.debugDescription)")
      #expect(Self.count(rendered.page) == expectedPage, "page: \(title.debugDescription)")
    }
  }

  @Test func escapingWorksScalarByScalar() throws {
    var templates = TemplateLibrary()
    try templates.register("{{value}}", named: "value")
    var random = SeededGenerator(seed: 8)
    for _ in 0..<400 {
      let value = random.text()
      let rendered = try #require(templates.renderText(["value": .string(value)], template: "value"))
      #expect(
        rendered == HTMLEscaping.escaped(value), "the templates escape \(value.debugDescription) as HTMLEscaping does")
      for escaped in [HTMLEscaping.escaped(value), rendered] {
        #expect(Self.count(escaped).isEmpty, "\(value.debugDescription) → \(escaped.debugDescription)")
      }
    }
    #expect(HTMLEscaping.escaped("\"\u{301}") == "&quot;\u{301}")
  }

  @Test func scriptSafeJSONNeverEndsItsScript() throws {
    var random = SeededGenerator(seed: 9)
    for _ in 0..<400 {
      let value = random.text() + "</script><!--"
      let json = PrettyJSON.scriptSafe(
        String(decoding: try JSONEncoder().encode(["name": value]), as: UTF8.self))
      #expect(!json.contains("</") && !json.contains("<!--") && !json.unicodeScalars.contains("\u{2028}"))
      let decoded = try JSONDecoder().decode([String: String].self, from: Data(json.utf8))
      #expect(decoded["name"] == value)
    }
  }
}

extension SeededGenerator {
  /// Text of markup characters and scalars that join or combine with them.
  mutating func text() -> String {
    let alphabet: [Unicode.Scalar] =
      Array("ab <>\"'&/=;:".unicodeScalars) + [
        "\u{301}", "\u{20D2}", "\u{200D}", "\u{FE0F}", "\u{2028}", "\u{1F600}",
      ]
    var result = String.UnicodeScalarView()
    for _ in 0..<Int.random(in: 1...20, using: &self) {
      if let scalar = alphabet.randomElement(using: &self) { result.append(scalar) }
    }
    return String(result)
  }
}
