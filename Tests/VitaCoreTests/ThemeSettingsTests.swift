import Testing

@testable import VitaCore

@Suite struct ThemeSettingsTests {
  let person = "title: T\nbase_url: https://t.example/\nperson:\n  name: Rina\n"

  @Test func readsTheThemeSettings() throws {
    let config = person + "theme:\n  name: classic\n  accent: \"#0A7\"\n  font: serif\n"
    let site = try #require(SiteLoader(files: memorySite(config: config)).load(from: "/site").site)
    #expect(site.config.theme == ThemeSettings(name: "classic", accent: "#0a7", font: .serif))
  }

  @Test func defaultsToTheDefaultThemeInSans() throws {
    let site = try #require(SiteLoader(files: memorySite(config: person)).load(from: "/site").site)
    #expect(site.config.theme == ThemeSettings())
  }

  @Test(arguments: [
    ("theme:\n  accent: teal", "theme-accent", 6, 11, "#rgb or #rrggbb"),
    ("theme:\n  accent: \"#12345\"", "theme-accent", 6, 11, "not '#12345'"),
    ("theme: {accent: \"#0a7;}body{x:1\"}", "theme-accent", 5, 17, "#rgb or #rrggbb"),
    ("theme: {accent: \"#ＡＢＣ\"}", "theme-accent", 5, 17, "#rgb or #rrggbb"),
    ("theme:\n  font: comic", "theme-font", 6, 9, "sans or serif"),
    ("theme:\n  name: fancy", "theme-name", 6, 9, "default or classic"),
  ])
  func refusesABadSetting(yaml: String, code: String, line: Int, column: Int, words: String) throws {
    let result = SiteLoader(files: memorySite(config: person + yaml + "\n")).load(from: "/site")
    #expect(result.site == nil)
    let diagnostic = try #require(result.errors.first { $0.code == code }, "no \(code) in \(result.diagnostics)")
    #expect(diagnostic.file == "vita.yml")
    #expect(diagnostic.line == line)
    #expect(diagnostic.column == column)
    #expect(diagnostic.message.contains(words), "message: \(diagnostic.message)")
  }

  @Test(arguments: [("#0a7", true), ("#00AA77", true), ("0a7", false), ("#0a", false), ("#ggg", false)])
  func acceptsHexColoursOnly(text: String, accepted: Bool) {
    #expect(ThemeSettings.isAccent(text) == accepted)
  }
}
