import Foundation
import Testing

/// A site's own templates that recurse or nest without end: `vita build` reports a template error with
/// the chain of partials (it ended in SIGSEGV, exit 139, with no message), and `vita serve` shows the
/// error and keeps serving. A partial that does not exist is a warning.
@Suite(.serialized) struct TemplateLimitTests {
  static let recursions: [(name: String, templates: [String: String], expected: String)] = [
    (
      "a partial that includes itself",
      ["templates/home.mustache": "{{>partials/loop}}", "templates/partials/loop.mustache": "x{{>partials/loop}}"],
      "home → partials/loop → partials/loop"
    ),
    (
      "partials that include each other",
      [
        "templates/home.mustache": "{{>partials/a}}", "templates/partials/a.mustache": "{{>partials/b}}",
        "templates/partials/b.mustache": "{{>partials/a}}",
      ],
      "home → partials/a → partials/b → partials/a"
    ),
    (
      "deep nesting",
      [
        "templates/home.mustache": String(repeating: "{{#site}}", count: 50_000) + "x"
          + String(repeating: "{{/site}}", count: 50_000)
      ],
      "templates/home.mustache:1:901: error: the template could not be read: sections, blocks and parents are nested deeper than 100"
    ),
  ]

  @Test(arguments: recursions.indices)
  func aTemplateThatWouldRecurseWithoutEndIsATemplateError(index: Int) throws {
    let (name, templates, expected) = Self.recursions[index]
    let site = try makeSiteFolder(
      ["vita.yml": minimalConfig, "content/experiences/teacher.md": minimalExperience].merging(templates) { $1 })
    defer { try? FileManager.default.removeItem(atPath: site) }
    let run = try vita(["build", "--source", site])
    #expect(run.status == 1, "\(name): exit \(run.status)\n\(run.stderr)")
    #expect(run.stderr.contains(expected), "\(name): \(run.stderr)")
    #expect(run.stderr.contains("[template]"), "\(name): \(run.stderr)")
    #expect(!FileManager.default.fileExists(atPath: site + "/public"))
  }

  @Test func aMissingPartialIsAWarning() throws {
    let site = try makeSiteFolder([
      "vita.yml": minimalConfig, "content/experiences/teacher.md": minimalExperience,
      "templates/partials/extra.mustache": "<p>\n  {{>partials/contcat}}\n</p>",
    ])
    defer { try? FileManager.default.removeItem(atPath: site) }
    let run = try vita(["build", "--source", site])
    #expect(run.status == 0, "\(run.stderr)")
    #expect(
      run.stderr.contains(
        "templates/partials/extra.mustache:2:3: warning: there is no template 'partials/contcat' (partials/contcat.mustache), so this renders nothing; did you mean 'partials/contact'?"
      ), "\(run.stderr)")
    #expect(run.stderr.contains("[missing-partial]"))
  }

  /// Saving a template that includes itself while `vita serve` runs: the error reaches the page, and
  /// the server goes on serving the last good build, then the fixed one.
  @Test func savingSuchATemplateDoesNotStopTheServer() throws {
    let site = try makeSiteFolder([
      "vita.yml": minimalConfig, "content/experiences/teacher.md": minimalExperience,
      "templates/partials/loop.mustache": "fine",
    ])
    defer { try? FileManager.default.removeItem(atPath: site) }
    let server = try ServeProcess(["--source", site, "--port", "0"])
    defer { server.stop() }
    let url = try server.url()
    let port = try #require(UInt16(url.dropFirst("http://127.0.0.1:".count).dropLast()))
    let events = try RawHTTP(port: port)
    events.send("/_vita/events")
    #expect(events.read(timeout: 10) { $0.contains("event: hello") }.contains("event: hello"))

    try Data("x{{>partials/loop}}".utf8).write(to: URL(fileURLWithPath: site + "/templates/partials/loop.mustache"))
    try Data("{{>partials/loop}}".utf8).write(to: URL(fileURLWithPath: site + "/templates/home.mustache"))
    let broken = events.read(timeout: 20) { $0.contains("event: build-error") }
    #expect(broken.contains("includes itself"), "\(broken)")
    #expect(server.process.isRunning, "the server is still running: \(server.stderr)")
    #expect(try RawHTTP.get("/experiences/teacher/", port: port).text.contains("Taught 30 children"))

    try FileManager.default.removeItem(atPath: site + "/templates/home.mustache")
    #expect(events.read(timeout: 20) { $0.contains("event: reload") }.contains("event: reload"))
    #expect(try RawHTTP.get("/", port: port).status == 200)
  }
}
