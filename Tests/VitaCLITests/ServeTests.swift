import Foundation
import Testing
import VitaTestSupport

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A running `vita serve`, read line by line from its standard output.
final class ServeProcess: @unchecked Sendable {
  let process = Process()
  private let lock = NSLock()
  private var output = ""
  private var errors = ""

  init(_ arguments: [String]) throws {
    process.executableURL = URL(fileURLWithPath: vitaBinary)
    process.arguments = ["serve"] + arguments
    process.environment = vitaEnvironment()
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    out.fileHandleForReading.readabilityHandler = { [weak self] handle in
      let text = String(decoding: handle.availableData, as: UTF8.self)
      self?.lock.withLock { self?.output += text }
    }
    err.fileHandleForReading.readabilityHandler = { [weak self] handle in
      let text = String(decoding: handle.availableData, as: UTF8.self)
      self?.lock.withLock { self?.errors += text }
    }
    try process.run()
  }

  var stdout: String { lock.withLock { output } }
  var stderr: String { lock.withLock { errors } }

  /// Waits until standard output has a line containing `text`, and returns it.
  func waitForLine(containing text: String, timeout: Double = 20) -> String? {
    let deadline = Date().addingTimeInterval(timeout)
    while Date() < deadline {
      if let line = stdout.split(separator: "\n").first(where: { $0.contains(text) }) { return String(line) }
      Thread.sleep(forTimeInterval: 0.02)
    }
    return nil
  }

  /// Waits until standard error holds `text`: it is read apart from standard output, so a line on
  /// one may come in before a line the server wrote earlier on the other.
  func waitForError(containing text: String, timeout: Double = 20) -> Bool {
    let deadline = Date().addingTimeInterval(timeout)
    while Date() < deadline {
      if stderr.contains(text) { return true }
      Thread.sleep(forTimeInterval: 0.02)
    }
    return false
  }

  /// The address the server says it serves, once it says so.
  func url(sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
    let line = try #require(waitForLine(containing: "Serving "), "\(stdout)\(stderr)", sourceLocation: sourceLocation)
    return try #require(line.split(separator: " ").dropFirst().first.map(String.init), sourceLocation: sourceLocation)
  }

  /// The port the server says it listens on, once it says so.
  func port(sourceLocation: SourceLocation = #_sourceLocation) throws -> UInt16 {
    let url = try self.url(sourceLocation: sourceLocation)
    return try #require(UInt16(url.dropFirst("http://127.0.0.1:".count).dropLast()), sourceLocation: sourceLocation)
  }

  func stop() {
    if process.isRunning { process.terminate() }
    process.waitUntilExit()
  }
}

/// A plain TCP client, so that paths reach the server exactly as written (`/../vita.yml`).
final class RawHTTP {
  private let client: SocketClient
  /// Everything read so far: each read looks at the whole answer, not only what came in last.
  private var received = ""

  init(port: UInt16) throws {
    client = try SocketClient(port: port)
  }

  func send(_ path: String) {
    client.write("GET \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
  }

  /// Reads until `done` says the text so far is enough, the peer closes, or the time is up.
  func read(timeout: Double, until done: (String) -> Bool) -> String {
    let before = received
    received += client.read(timeout: timeout) { done(before + $0) }.text
    return received
  }

  /// One whole response: status code and text.
  static func get(_ path: String, port: UInt16) throws -> (status: Int, text: String) {
    let client = try RawHTTP(port: port)
    client.send(path)
    let text = client.read(timeout: 10) { _ in false }
    let status = text.split(separator: " ").dropFirst().first.flatMap { Int($0) } ?? 0
    return (status, text)
  }
}

@Suite(.serialized) struct ServeTests {
  func write(_ text: String, to path: String) throws {
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
  }

  @Test func servesRebuildsReloadsShowsErrorsAndRefusesPathsOutsideTheSite() throws {
    let site = try makeSiteFolder(["vita.yml": minimalConfig, "content/experiences/teacher.md": minimalExperience])
    defer { try? FileManager.default.removeItem(atPath: site) }
    let server = try ServeProcess(["--source", site, "--port", "0"])
    defer { server.stop() }
    let url = try server.url()
    #expect(url.hasPrefix("http://127.0.0.1:"), "binds 127.0.0.1 by default")
    let port = try #require(UInt16(url.dropFirst("http://127.0.0.1:".count).dropLast()))

    // Pages, with the live-reload script only when serving.
    let home = try RawHTTP.get("/", port: port)
    #expect(home.status == 200)
    #expect(home.text.contains("Budi Santoso"))
    #expect(home.text.contains("/_vita/events"))
    #expect(try RawHTTP.get("/experiences/teacher/", port: port).text.contains("Taught 30 children"))
    #expect(try RawHTTP.get("/cv", port: port).status == 301)
    #expect(try RawHTTP.get("/no/such/page/", port: port).status == 404)
    #expect(!FileManager.default.fileExists(atPath: site + "/public"), "serving writes nothing into the site")

    // Nothing outside the output, however the path is spelt.
    for path in [
      "/../vita.yml", "/%2e%2e/vita.yml", "/%2E%2E/%2E%2E/etc/passwd", "/..%5cvita.yml", "/cv/../../vita.yml",
    ] {
      let answer = try RawHTTP.get(path, port: port)
      #expect(answer.status == 400 || answer.status == 404, "\(path): \(answer.status)")
      #expect(!answer.text.contains("base_url"), "\(path) must not serve vita.yml")
    }
    #expect(try RawHTTP.get("/vita.yml", port: port).status == 404)

    // A change: rebuilt, and the open page hears `reload`.
    let events = try RawHTTP(port: port)
    events.send("/_vita/events")
    #expect(events.read(timeout: 5) { $0.contains("event: hello") }.contains("event: hello"))
    let changed = Date()
    try write(
      minimalExperience.replacingOccurrences(of: "30 children", with: "45 children"),
      to: site + "/content/experiences/teacher.md")
    let reload = events.read(timeout: 10) { $0.contains("event: reload") }
    let seconds = Date().timeIntervalSince(changed)
    #expect(reload.contains("event: reload"))
    print("vita serve: change to reload event in \(Int(seconds * 1000)) ms")
    #expect(try RawHTTP.get("/experiences/teacher/", port: port).text.contains("Taught 45 children"))
    #expect(server.waitForLine(containing: "Rebuilt in") != nil)

    // A broken file: the error reaches the page and the terminal; the last good site stays.
    try write(
      minimalExperience.replacingOccurrences(of: "kind: volunteer", with: "kind: hobby"),
      to: site + "/content/experiences/teacher.md")
    let broken = events.read(timeout: 10) { $0.contains("event: build-error") }
    #expect(broken.contains("event: build-error"))
    #expect(broken.contains(#""file":"content/experiences/teacher.md""#))
    #expect(broken.contains("unknown kind 'hobby'"))
    #expect(server.waitForLine(containing: "Build failed") != nil)
    #expect(
      server.waitForError(containing: "content/experiences/teacher.md:3:7: error: unknown kind 'hobby'"),
      "\(server.stderr)")
    #expect(try RawHTTP.get("/experiences/teacher/", port: port).text.contains("Taught 45 children"))

    // A page opened while the site is broken hears the errors at once.
    let late = try RawHTTP(port: port)
    late.send("/_vita/events")
    #expect(late.read(timeout: 5) { $0.contains("event: build-error") }.contains("unknown kind 'hobby'"))

    // Fixed: the page comes back with the new text.
    try write(
      minimalExperience.replacingOccurrences(of: "30 children", with: "60 children"),
      to: site + "/content/experiences/teacher.md")
    let fixed = late.read(timeout: 10) { $0.contains("event: reload") }
    #expect(fixed.contains("event: reload"))
    #expect(try RawHTTP.get("/experiences/teacher/", port: port).text.contains("Taught 60 children"))
  }

  /// Saves `text` into the file at `path` as many editors do: the same file opened, emptied and
  /// written, with no new file and no rename.
  static func saveInPlace(_ text: String, to path: String) throws {
    let handle = try FileHandle(forUpdating: URL(fileURLWithPath: path))
    try handle.truncate(atOffset: 0)
    try handle.write(contentsOf: Data(text.utf8))
    try handle.close()
  }

  @Test(arguments: [false, true])
  func anInPlaceSaveIsHeardWithTheKernelAndWhenPolling(poll: Bool) throws {
    let site = try makeSiteFolder(["vita.yml": minimalConfig, "content/experiences/teacher.md": minimalExperience])
    defer { try? FileManager.default.removeItem(atPath: site) }
    let server = try ServeProcess(["--source", site, "--port", "0"] + (poll ? ["--poll"] : []))
    defer { server.stop() }
    let port = try server.port()
    let says = server.stdout.contains("Looking for changes every 0.2 s (--poll)")
    #expect(says == poll, "\(server.stdout)")

    try Self.saveInPlace(
      minimalExperience.replacingOccurrences(of: "30 children", with: "45 children"),
      to: site + "/content/experiences/teacher.md")
    #expect(server.waitForLine(containing: "Rebuilt in") != nil, "\(server.stdout)\(server.stderr)")
    #expect(try RawHTTP.get("/experiences/teacher/", port: port).text.contains("Taught 45 children"))

    // A folder made after the server started is watched too.
    try FileManager.default.createDirectory(
      atPath: site + "/content/experiences/2024", withIntermediateDirectories: false)
    try write(
      minimalExperience.replacingOccurrences(of: "Volunteer Teacher", with: "Tutor"),
      to: site + "/content/experiences/2024/tutor.md")
    #expect(
      server.waitForLine(containing: "content/experiences/2024/tutor.md") != nil, "\(server.stdout)\(server.stderr)")
  }

  @Test func aSiteThatDoesNotBuildIsServedAsItsErrors() throws {
    let site = try makeSiteFolder([
      "vita.yml": minimalConfig, "content/experiences/x.md": "---\ntitle: X\nkind: hobby\nstart: 2024\n---\n",
    ])
    defer { try? FileManager.default.removeItem(atPath: site) }
    let server = try ServeProcess(["--source", site, "--port", "0"])
    defer { server.stop() }
    let line = try #require(server.waitForLine(containing: "Serving "), "\(server.stdout)\(server.stderr)")
    let port = try #require(line.split(separator: ":").last.flatMap { UInt16($0.prefix { $0.isNumber }) })
    let page = try RawHTTP.get("/", port: port)
    #expect(page.status == 503)
    #expect(page.text.contains("unknown kind"))
    #expect(page.text.contains("/_vita/events"))
  }
}

@Suite(.serialized) struct ExternalLinkTests {
  func write(_ text: String, to path: String) throws {
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
  }

  /// A site whose one experience links to `targets`.
  func siteLinking(to targets: [String]) throws -> String {
    let body = targets.enumerated().map { "- [link \($0.offset)](\($0.element))" }.joined(separator: "\n")
    return try makeSiteFolder([
      "vita.yml": minimalConfig, "content/experiences/teacher.md": minimalExperience + "\n\n" + body + "\n",
    ])
  }

  @Test func linksToOtherSitesAreAskedWhetherTheyAnswer() throws {
    // Another site, served locally, stands for the web: `vita check` cannot tell the difference.
    let other = try makeSiteFolder(["vita.yml": minimalConfig, "content/experiences/teacher.md": minimalExperience])
    defer { try? FileManager.default.removeItem(atPath: other) }
    let server = try ServeProcess(["--source", other, "--port", "0"])
    defer { server.stop() }
    let base = try server.url()

    // A free port nobody listens on: connection refused at once.
    let closed = try HTTPPort.unused()
    let site = try siteLinking(to: [
      base + "experiences/teacher/", base + "no/such/page/", base + "cv", "http://127.0.0.1:\(closed)/",
    ])
    defer { try? FileManager.default.removeItem(atPath: site) }
    // A bare address, which the autolink extension turns into a link. `vita check` reads every body
    // with a parser of fewer extensions before it builds: the build must still find this link.
    let body = site + "/content/experiences/teacher.md"
    try write(try String(contentsOfFile: body, encoding: .utf8) + "\nSee \(base)autolinked/missing/ too.\n", to: body)
    let check = try vita(["check", "--links", "--external", "--format", "json"], in: site)
    #expect(check.status == 1, "\(check.stdout)\(check.stderr)")
    #expect(check.stdout.contains("the link '\(base)no/such/page/' answered 404"))
    #expect(check.stdout.contains("the link '\(base)autolinked/missing/' answered 404"), "\(check.stdout)")
    #expect(!check.stdout.contains("experiences/teacher/' answered"), "a page that exists is fine")
    #expect(!check.stdout.contains("\(base)cv'"), "a redirect to a page that exists is fine")
    #expect(check.stdout.contains("the link 'http://127.0.0.1:\(closed)/' did not answer"))
    #expect(check.stdout.contains("\"unreachable-link\""))
  }

  @Test func withoutCurlTheCheckSaysWhatToInstall() throws {
    let site = try siteLinking(to: ["https://example.com/"])
    defer { try? FileManager.default.removeItem(atPath: site) }
    let empty = NSTemporaryDirectory() + "vita-no-curl-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: empty, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: empty) }
    let check = try vita(["check", "--links", "--external"], in: site, environment: ["PATH": empty])
    #expect(check.status == 2)
    #expect(check.stderr.contains("apt-get install curl"), "\(check.stderr)")
  }
}

/// Ports for tests.
enum HTTPPort {
  /// A port that was free a moment ago: bound to 0, read back, and closed.
  static func unused() throws -> UInt16 {
    let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    defer { close(descriptor) }
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    var length = socklen_t(MemoryLayout<sockaddr_in>.size)
    let bound = withUnsafeMutablePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        bind(descriptor, $0, length) == 0 && getsockname(descriptor, $0, &length) == 0
      }
    }
    guard bound else { throw POSIXError(.EADDRINUSE) }
    return UInt16(bigEndian: address.sin_port)
  }
}
