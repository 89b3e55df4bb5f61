import Foundation
import Testing
import VitaCore
import VitaSite
import VitaTestSupport

@testable import VitaServe

#if canImport(Glibc)
  import Glibc
#endif

/// `vita serve` against what a page from elsewhere, or a busy or slow client, can do (issue 24,
/// finding 4): only requests for this computer's own names are answered, a connection cap and a
/// time to send a head keep the server answering, and a body read in drips is not parsed again.
@Suite struct ServeHardeningTests {
  /// A server with one page and one tailored CV.
  func server(host: String = "127.0.0.1") -> DevServer {
    let server = DevServer(options: .init(source: "/nowhere", host: host))
    var output = BuildOutput()
    output.site["index.html"] = Data("home".utf8)
    output.applications["acme/index.html"] = Data("PRIVATE phone".utf8)
    server.live.publish(output)
    return server
  }

  func get(_ path: String, _ headers: [(String, String)], version: String = "HTTP/1.1") -> HTTPRequest {
    HTTPRequest(method: "GET", target: path, version: version, headers: headers)
  }

  @Test(arguments: [
    ("localhost:4000", 200), ("LOCALHOST", 200), ("127.0.0.1:4000", 200), ("[::1]:4000", 200), ("127.0.0.1", 200),
    ("evil.example", 421), ("evil.example:4000", 421), ("localhost.evil.example", 421), ("127.0.0.1.nip.io", 421),
    ("", 400),
  ])
  func onlyThisComputersNamesAreAnswered(host: String, status: Int) {
    let answer = server().respond(to: get("/", host.isEmpty ? [] : [("Host", host)]))
    #expect(answer.status == status, "Host: \(host)")
    if status != 200 { #expect(!String(decoding: answer.body, as: UTF8.self).contains("home")) }
  }

  @Test func aRequestWithoutHostIsAnsweredOnlyInHTTP1_0() {
    #expect(server().respond(to: get("/", [], version: "HTTP/1.0")).status == 200)
  }

  @Test(arguments: [
    ("http://127.0.0.1:4000", 200), ("http://localhost:4000", 200), ("http://[::1]:4000", 200),
    ("https://evil.example", 403), ("null", 403), ("http://127.0.0.1.evil.example", 403),
  ])
  func aForeignOriginIsRefused(origin: String, status: Int) {
    let answer = server().respond(to: get("/applications/acme/", [("Host", "127.0.0.1:4000"), ("Origin", origin)]))
    #expect(answer.status == status, "Origin: \(origin)")
    #expect(!String(decoding: answer.body, as: UTF8.self).contains("PRIVATE") || status == 200)
  }

  /// Listening beyond this computer: its own addresses are names too, and the private folder is not served.
  @Test func withAnotherHostTheApplicationsAreNotServed() {
    let open = server(host: "0.0.0.0")
    let home = open.respond(to: get("/", [("Host", "127.0.0.1:4000")]))
    #expect(home.status == 200)
    let private_ = open.respond(to: get("/applications/acme/", [("Host", "127.0.0.1:4000")]))
    #expect(private_.status == 404)
    #expect(!String(decoding: private_.body, as: UTF8.self).contains("PRIVATE"))
    #expect(String(decoding: private_.body, as: UTF8.self).contains("--host"))
    let pinned = server(host: "10.1.2.3")
    #expect(pinned.respond(to: get("/", [("Host", "10.1.2.3:4000")])).status == 200)
    #expect(pinned.respond(to: get("/", [("Host", "evil.example")])).status == 421)
  }

  @Test func aBodyReadInDripsIsParsedOnce() {
    var reader = RequestReader()
    let head = "POST /x HTTP/1.1\r\nHost: localhost\r\nContent-Length: 2000\r\n\r\n"
    Array(head.utf8).withUnsafeBytes { reader.append($0) }
    #expect(reader.next() == .incomplete)
    for _ in 0..<1999 {
      [UInt8(ascii: "a")].withUnsafeBytes { reader.append($0) }
      #expect(reader.next() == .incomplete)
    }
    [UInt8(ascii: "a")].withUnsafeBytes { reader.append($0) }
    guard case .request(let request) = reader.next() else {
      Issue.record("no request")
      return
    }
    #expect(request.target == "/x")
    #expect(reader.headsParsed == 1, "the head was parsed \(reader.headsParsed) times")
    #expect(reader.bytesSearched < 4 * (head.utf8.count + 2000), "the blank line was looked for from the start again")
  }

  @Test func beyondTheConnectionCapANewConnectionIsRefusedAndServiceGoesOn() throws {
    let server = try HTTPServer(host: "127.0.0.1", port: 0, maximumConnections: 4) { _ in
      HTTPResponse(status: 200, body: Data("ok".utf8))
    }
    server.start()
    var idle = try (0..<4).map { _ in try SocketClient(port: server.port) }
    // The four are accepted and waiting for a request; the fifth is turned away at once.
    Thread.sleep(forTimeInterval: 0.2)
    let fifth = try SocketClient(port: server.port)
    let refused = fifth.read(timeout: 10)
    #expect(refused.text.hasPrefix("HTTP/1.1 503 Service Unavailable\r\n"), "\(refused.text)")
    #expect(refused.text.contains("too many connections"))
    #expect(refused.closed)
    idle.removeLast()
    Thread.sleep(forTimeInterval: 0.2)
    let next = try SocketClient(port: server.port)
    next.write("GET / HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
    #expect(next.read(timeout: 10).text.hasSuffix("ok"))
    #expect(idle.count == 3)
  }

  @Test func aHeadSentInDripsIsCutOffAtItsTimeLimit() throws {
    let server = try HTTPServer(host: "127.0.0.1", port: 0, headSeconds: 1) { _ in HTTPResponse(status: 200) }
    server.start()
    let client = try SocketClient(port: server.port)
    client.write("GET / HTTP/1.1\r\n")
    let started = Date()
    var (text, closed) = ("", false)
    // A byte every 0.2 s: each read resets an idle time-out, never the time to send the whole head.
    while Date().timeIntervalSince(started) < 30, !closed {
      client.write("X")
      let answer = client.read(timeout: 0.2)
      (text, closed) = (text + answer.text, answer.closed)
    }
    #expect(closed, "hang guard: the server kept the connection for 30 s")
    #expect(text.hasPrefix("HTTP/1.1 408 Request Timeout\r\n"), "\(text)")
  }
}
