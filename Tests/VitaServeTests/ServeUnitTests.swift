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

    // The list of tailored CVs, at /applications/ and (redirected) /applications.
    output.applications["index.html"] = Data("list".utf8)
    let server = DevServer(options: .init(source: "/nowhere"))
    let list = server.serve("applications/index.html", from: output)
    #expect(list.status == 200)
    #expect(list.body == Data("list".utf8))
    let bare = server.serve("applications", from: output)
    #expect(bare.status == 301)
    #expect(bare.header("Location") == "/applications/")
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

  @Test func aNewListenerHearsHelloAndTheCurrentErrors() {
    let live = LiveSite()
    live.fail([Diagnostic(file: "vita.yml", code: "required", message: "m")])
    let events = live.listen()
    func next() -> String? { events.next(timeout: 1).map { String(decoding: $0, as: UTF8.self) } }
    #expect(next()?.hasPrefix("event: hello") == true)
    #expect(next()?.hasPrefix("event: build-error") == true)
    live.publish(BuildOutput())
    #expect(next()?.hasPrefix("event: reload") == true)
    #expect(next() == "", "nothing more within the timeout: time for a heartbeat")
    #expect(live.listenerCount == 1)
    events.close()
    #expect(events.next(timeout: 1) == nil)
    #expect(live.listenerCount == 0, "a closed page is forgotten")
  }

  @Test func aPageThatStopsReadingKeepsOnlyTheNewestEvents() {
    let live = LiveSite()
    let events = live.listen()
    for _ in 0..<40 { live.publish(BuildOutput()) }
    var received: [String] = []
    while let event = events.next(timeout: 0.05), !event.isEmpty {
      received.append(String(decoding: event, as: UTF8.self))
    }
    #expect(received.count == EventQueue.capacity)
    #expect(received.last?.contains("\"generation\":40") == true)
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

@Suite struct SiteWatchingTests {
  /// The first change `changes` reports, or nil after `seconds`: a guard against a hang only.
  static func firstChange(_ changes: AsyncStream<[String]>, within seconds: Double) async -> [String]? {
    await withTaskGroup(of: [String]?.self) { group in
      group.addTask {
        for await change in changes { return change }
        return nil
      }
      group.addTask {
        try? await Task.sleep(for: .seconds(seconds))
        return nil
      }
      let first = await group.next() ?? nil
      group.cancelAll()
      return first
    }
  }

  @Test(arguments: [false, true])
  func anInPlaceSaveAndAFileInANewFolderAreSeen(poll: Bool) async throws {
    let root = NSTemporaryDirectory() + "vita-watching-" + UUID().uuidString
    defer { try? FileManager.default.removeItem(atPath: root) }
    try FileManager.default.createDirectory(atPath: root + "/content/experiences", withIntermediateDirectories: true)
    try Data("title: A\n".utf8).write(to: URL(fileURLWithPath: root + "/vita.yml"))
    let file = root + "/content/experiences/a.md"
    try Data("first\n".utf8).write(to: URL(fileURLWithPath: file))
    let (changes, method) = SiteWatcher.forSite(root).watch(poll: poll, interval: 0.05)
    #if os(Linux)
      #expect(method == (poll ? .polling(reason: "--poll") : .inotify))
    #endif

    // Opened, emptied and written again: no new file, no rename.
    let handle = try FileHandle(forUpdating: URL(fileURLWithPath: file))
    try handle.truncate(atOffset: 0)
    try handle.write(contentsOf: Data("second\n".utf8))
    try handle.close()
    #expect(await Self.firstChange(changes, within: 20) == [file])

    try FileManager.default.createDirectory(
      atPath: root + "/content/experiences/2024", withIntermediateDirectories: true)
    let nested = root + "/content/experiences/2024/b.md"
    try Data("new\n".utf8).write(to: URL(fileURLWithPath: nested))
    #expect(await Self.firstChange(changes, within: 20) == [nested])

    try FileManager.default.removeItem(atPath: root + "/vita.yml")
    #expect(await Self.firstChange(changes, within: 20) == [root + "/vita.yml"])
  }

  @Test func aNetworkFolderIsPolledAndALocalOneIsNot() {
    // The temporary folder is on a local file system here (tmpfs, ext4 or overlay).
    #expect(SiteWatcher.unheardFileSystem([NSTemporaryDirectory()]) == nil)
    #expect(DataFiles.keyed("serve/polled-file-systems.tsv")["6969"] == "NFS")
  }
}
