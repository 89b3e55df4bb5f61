import Foundation
import Testing
import VitaCore

@testable import VitaSite

@Suite struct ThemeSelectionTests {
  let classicDirectory = Theme.variantDirectory(named: "classic", defaultDirectory: packageRoot + "/templates")

  @Test func findsBundledThemesBesideTheDefault() {
    #expect(classicDirectory == packageRoot + "/themes/classic")
    #expect(Theme.variantDirectory(named: "default", defaultDirectory: packageRoot + "/templates") == nil)
  }

  @Test func classicFallsBackToTheDefaultFileByFile() throws {
    let theme = try Theme.load(directory: packageRoot + "/templates", variant: classicDirectory, overrides: nil).get()
    #expect(theme.origins["partials/theme-head"] == packageRoot + "/themes/classic/partials/theme-head.mustache")
    #expect(theme.origins["home"] == packageRoot + "/templates/home.mustache")
    #expect(theme.assets["classic.css"] != nil)
    #expect(theme.assets["style.css"] != nil)
    var site = makeSite(experiences: [internship])
    site.config.theme.name = "classic"
    let files = try SiteRenderer(site: site, theme: theme).render()
    let home = text(files, "index.html")
    #expect(home.contains("<link rel=\"stylesheet\" href=\"assets/classic.css\">"))
    #expect(home.contains("class=\"theme-classic font-sans\""))
    #expect(home.contains("<svg class=\"chart chart-timeline\""), "the default's home page is used")
  }

  @Test func aSitesTemplatesWinOverBothThemes() throws {
    let folder = temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try FileManager.default.createDirectory(atPath: folder + "/partials", withIntermediateDirectories: true)
    try Data("<!-- mine -->".utf8).write(to: URL(fileURLWithPath: folder + "/partials/theme-head.mustache"))
    let theme = try Theme.load(directory: packageRoot + "/templates", variant: classicDirectory, overrides: folder)
      .get()
    #expect(theme.origins["partials/theme-head"] == "templates/partials/theme-head.mustache")
  }

  @Test func aBrokenTemplateIsAnErrorAtItsLineAndColumn() throws {
    let folder = temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try Data("<ul>\n  {{#skills}}\n  <li>{{name}}</li>\n</ul>\n".utf8)
      .write(to: URL(fileURLWithPath: folder + "/home.mustache"))
    guard case .failure(let error) = Theme.load(directory: packageRoot + "/templates", overrides: folder) else {
      Issue.record("a broken template loaded")
      return
    }
    #expect(
      error.diagnostics.map(\.formatted) == [
        "templates/home.mustache:2:3: error: the template could not be read: "
          + "the section 'skills' is never closed; expected {{/skills}} [template]"
      ])
  }

  @Test func aMissingBundledThemeIsAnError() {
    let result = Theme.load(
      directory: packageRoot + "/templates", variant: packageRoot + "/themes/nope", overrides: nil)
    guard case .failure(let error) = result else {
      Issue.record("a missing theme folder loaded")
      return
    }
    #expect(error.diagnostics.map(\.code) == ["theme-missing"])
  }

  @Test func ejectCopiesTheSelectedThemeAndNeverOverwrites() throws {
    let target = temporaryFolder() + "/templates"
    defer { try? FileManager.default.removeItem(atPath: (target as NSString).deletingLastPathComponent) }
    try FileManager.default.createDirectory(atPath: target + "/assets", withIntermediateDirectories: true)
    try Data("/* mine */".utf8).write(to: URL(fileURLWithPath: target + "/assets/style.css"))

    let first = try ThemeEjection.run(directory: packageRoot + "/templates", variant: classicDirectory, into: target)
    #expect(first.kept == ["assets/style.css"])
    #expect(first.copied.contains("home.mustache"))
    #expect(first.copied.contains("assets/classic.css"))
    #expect(
      String(decoding: FileManager.default.contents(atPath: target + "/assets/style.css")!, as: UTF8.self)
        == "/* mine */")
    let head = String(
      decoding: FileManager.default.contents(atPath: target + "/partials/theme-head.mustache")!, as: UTF8.self)
    #expect(head.contains("classic.css"), "the classic file wins over the default one")

    let second = try ThemeEjection.run(directory: packageRoot + "/templates", variant: classicDirectory, into: target)
    #expect(second.copied.isEmpty)
    #expect(second.kept.count == first.copied.count + first.kept.count)
  }
}
