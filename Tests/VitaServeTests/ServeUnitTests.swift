import Foundation
import Testing
import VitaCore
import VitaSite

@testable import VitaServe

@Suite struct ServedPathTests {
  @Test(arguments: [
    ("/", ServedPath.file("index.html")),
    ("/cv/", .file("cv/index.html")),
    ("/cv", .file("cv")),
    ("/assets/style.css", .file("assets/style.css")),
    ("/experiences/caf%C3%A9/", .file("experiences/café/index.html")),
    ("//cv//", .file("cv/index.html")),
  ])
  func pathsInsideTheSiteAreServed(raw: String, expected: ServedPath) {
    #expect(ServedPath.resolve(raw) == expected)
  }

  @Test(arguments: [
    "/../vita.yml", "/%2e%2e/vita.yml", "/%2E%2E/vita.yml", "/cv/../../vita.yml", "/.%2e/vita.yml",
    "/..%2fvita.yml", "/..\\vita.yml", "/%5c..%5cvita.yml", "/a/%00", "/./index.html", "vita.yml",
  ])
  func pathsThatCouldLeaveTheSiteAreRefused(raw: String) {
    #expect(ServedPath.resolve(raw) == .refused)
  }

  @Test func tailoredCVsAreServedUnderApplications() {
    var output = BuildOutput()
    output.site["index.html"] = Data("home".utf8)
    output.applications["acme/index.html"] = Data("cv".utf8)
    let (files, prefix, inner) = DevServer.filesFor("applications/acme/index.html", in: output)
    #expect(prefix == "applications/")
    #expect(files[inner] == Data("cv".utf8))
    #expect(DevServer.filesFor("index.html", in: output).path == "index.html")
  }

  @Test func mediaTypes() {
    #expect(MediaType.of("index.html") == "text/html; charset=utf-8")
    #expect(MediaType.of("assets/style.css") == "text/css; charset=utf-8")
    #expect(MediaType.of("cv/resume.json") == "application/json")
    #expect(MediaType.of("README") == "application/octet-stream")
  }
}

@Suite struct LiveReloadTests {
  @Test func eventsAreServerSentEventFrames() {
    let event = String(decoding: LiveReload.event("reload", data: "a\nb"), as: UTF8.self)
    #expect(event == "event: reload\ndata: a\ndata: b\n\n")
  }

  @Test func errorEventsCarryTheDiagnosticsAsJSON() throws {
    let diagnostic = Diagnostic(
      file: "content/experiences/x.md", line: 3, column: 7, code: "unknown-kind", message: "m")
    let text = String(decoding: LiveReload.errorEvent([diagnostic]), as: UTF8.self)
    #expect(text.hasPrefix("event: build-error\ndata: ["))
    let json = try #require(text.split(separator: "\n").dropFirst().first?.dropFirst("data: ".count))
    let decoded = try JSONDecoder().decode([Diagnostic].self, from: Data(json.utf8))
    #expect(decoded == [diagnostic])
  }

  @Test func theScriptHasNoClosingScriptTag() {
    #expect(!LiveReload.script.lowercased().contains("</script"))
    #expect(LiveReload.script.contains(LiveReload.eventsPath))
  }

  @Test func aNewListenerHearsHelloAndTheCurrentErrors() async {
    let live = LiveSite()
    await live.fail([Diagnostic(file: "vita.yml", code: "required", message: "m")])
    var events = await live.listen().makeAsyncIterator()
    let hello = await events.next().map { String(decoding: $0, as: UTF8.self) }
    let error = await events.next().map { String(decoding: $0, as: UTF8.self) }
    #expect(hello?.hasPrefix("event: hello") == true)
    #expect(error?.hasPrefix("event: build-error") == true)
    await live.publish(BuildOutput())
    let reload = await events.next().map { String(decoding: $0, as: UTF8.self) }
    #expect(reload?.hasPrefix("event: reload") == true)
  }
}

@Suite struct SiteWatcherTests {
  @Test func changesAddsAndRemovalsAreSeen() throws {
    let root = NSTemporaryDirectory() + "vita-watch-" + UUID().uuidString
    defer { try? FileManager.default.removeItem(atPath: root) }
    try FileManager.default.createDirectory(atPath: root + "/content/experiences", withIntermediateDirectories: true)
    try Data("title: A\n".utf8).write(to: URL(fileURLWithPath: root + "/vita.yml"))
    try Data("x".utf8).write(to: URL(fileURLWithPath: root + "/content/experiences/a.md"))
    try Data("x".utf8).write(to: URL(fileURLWithPath: root + "/content/experiences/.a.md.swp"))
    let watcher = SiteWatcher.forSite(root)
    let first = watcher.snapshot()
    #expect(first.keys.sorted() == [root + "/content/experiences/a.md", root + "/vita.yml"])

    try Data("xy".utf8).write(to: URL(fileURLWithPath: root + "/content/experiences/a.md"))
    try Data("new".utf8).write(to: URL(fileURLWithPath: root + "/content/experiences/b.md"))
    try FileManager.default.removeItem(atPath: root + "/vita.yml")
    let second = watcher.snapshot()
    #expect(
      SiteWatcher.changes(from: first, to: second) == [
        root + "/content/experiences/a.md", root + "/content/experiences/b.md", root + "/vita.yml",
      ])
    #expect(SiteWatcher.changes(from: second, to: watcher.snapshot()).isEmpty)
  }
}
