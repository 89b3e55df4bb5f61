import Foundation
import Testing
import VitaTestSupport

@testable import VitaServe

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

@Suite struct RequestReaderTests {
  func read(_ chunks: [String]) -> [RequestReader.Outcome] {
    var reader = RequestReader()
    var outcomes: [RequestReader.Outcome] = []
    for chunk in chunks {
      Array(chunk.utf8).withUnsafeBytes { reader.append($0) }
      while true {
        let outcome = reader.next()
        outcomes.append(outcome)
        guard case .request = outcome else { break }
      }
    }
    return outcomes
  }

  @Test func aRequestSplitAcrossReadsIsReadWhole() throws {
    let outcomes = read(["GET /cv/?lang=id HTTP/1.1\r\nHo", "st: localhost\r\nAccept:  text/html \r\n", "\r\n"])
    #expect(outcomes.count == 4)
    #expect(outcomes[0] == .incomplete)
    #expect(outcomes[1] == .incomplete)
    guard case .request(let request) = outcomes[2] else {
      Issue.record("no request: \(outcomes)")
      return
    }
    #expect(request.method == "GET")
    #expect(request.target == "/cv/?lang=id")
    #expect(request.path == "/cv/")
    #expect(request.header("host") == "localhost")
    #expect(request.header("ACCEPT") == "text/html")
    #expect(request.keepsAlive)
  }

  @Test func pipelinedRequestsAreReadInOrderAndABodyIsSkipped() {
    let outcomes = read([
      "POST /a HTTP/1.1\r\nContent-Length: 5\r\n\r\nhelloGET /b HTTP/1.0\r\n\r\nGET /c HTTP/1.1\r\n"
    ])
    let targets = outcomes.compactMap { outcome -> String? in
      if case .request(let request) = outcome { return request.target }
      return nil
    }
    #expect(targets == ["/a", "/b"])
    #expect(outcomes.last == .incomplete, "the third request is not whole yet")
  }

  @Test(arguments: [
    ("GET /\r\n\r\n", 400),
    ("GET  / HTTP/1.1\r\n\r\n", 400),
    ("GET / HTTP/2.0\r\n\r\n", 505),
    ("GET / HTTP/1.1\r\nno colon here\r\n\r\n", 400),
    ("GET / HTTP/1.1\r\nBad Name: x\r\n\r\n", 400),
    ("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n", 400),
    ("POST / HTTP/1.1\r\nContent-Length: -1\r\n\r\n", 400),
    ("POST / HTTP/1.1\r\nContent-Length: 99999999\r\n\r\n", 413),
  ])
  func malformedRequestsAreRefusedWithTheirStatus(text: String, status: Int) {
    #expect(read([text]).last == .refused(status))
  }

  @Test func anEndlessHeadIsRefusedBeforeItFillsMemory() {
    let line = "X-Filler: " + String(repeating: "a", count: 1000) + "\r\n"
    let outcomes = read(["GET / HTTP/1.1\r\n"] + Array(repeating: line, count: 70))
    #expect(outcomes.last == .refused(431))
  }

  @Test func connectionsStayOpenAsEachVersionSays() {
    func request(_ version: String, _ connection: String?) -> HTTPRequest {
      HTTPRequest(method: "GET", target: "/", version: version, headers: connection.map { [("Connection", $0)] } ?? [])
    }
    #expect(request("HTTP/1.1", nil).keepsAlive)
    #expect(!request("HTTP/1.1", "close").keepsAlive)
    #expect(!request("HTTP/1.0", nil).keepsAlive)
    #expect(request("HTTP/1.0", "Keep-Alive").keepsAlive)
  }

  @Test func anAbsoluteTargetIsServedByItsPath() {
    let request = HTTPRequest(method: "GET", target: "http://127.0.0.1:4000/cv/#top", version: "HTTP/1.1", headers: [])
    #expect(request.path == "/cv/")
    #expect(HTTPRequest(method: "GET", target: "http://host", version: "HTTP/1.1", headers: []).path == "/")
  }
}

@Suite struct HTTPServerTests {
  /// A server that answers every GET with its path, and `/events` with a stream from `queue`.
  func startServer(queue: EventQueue = EventQueue()) throws -> HTTPServer {
    let server = try HTTPServer(host: "127.0.0.1", port: 0) { request in
      if request.path == "/events" { return .events(queue, headers: [("Content-Type", "text/event-stream")]) }
      return HTTPResponse(status: 200, headers: [("Content-Type", "text/plain")], body: Data("at \(request.path)".utf8))
    }
    server.start()
    return server
  }

  @Test func oneConnectionCarriesSeveralRequests() throws {
    let server = try startServer()
    #expect(server.port != 0, "port 0 asks the system for a free one, and the server knows which")
    let client = try SocketClient(port: server.port)
    client.write("GET /one HTTP/1.1\r\nHost: x\r\n\r\n")
    let first = client.read { $0.hasSuffix("at /one") }
    #expect(first.text.hasPrefix("HTTP/1.1 200 OK\r\n"))
    #expect(first.text.contains("Content-Length: 7\r\n"))
    #expect(first.text.contains("Connection: keep-alive\r\n"))
    client.write("GET /two HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
    let second = client.read()
    #expect(second.text.hasSuffix("at /two"))
    #expect(second.text.contains("Connection: close\r\n"))
    #expect(second.closed, "the server closes when asked to")
  }

  @Test func headIsAnsweredWithTheLengthButNoBody() throws {
    let server = try startServer()
    let client = try SocketClient(port: server.port)
    client.write("HEAD /page HTTP/1.1\r\nConnection: close\r\n\r\n")
    let answer = client.read()
    #expect(answer.text.contains("Content-Length: 8\r\n"))
    #expect(answer.text.hasSuffix("\r\n\r\n"), "no body: \(answer.text)")
    #expect(answer.closed)
  }

  @Test func aMalformedRequestGetsItsStatusAndTheConnectionCloses() throws {
    let server = try startServer()
    let client = try SocketClient(port: server.port)
    client.write("GET / HTTP/3\r\n\r\n")
    let answer = client.read()
    #expect(answer.text.hasPrefix("HTTP/1.1 505 HTTP Version Not Supported\r\n"))
    #expect(answer.closed)
  }

  @Test func eventsAreSentAsTheyComeUntilThePageGoes() throws {
    let queue = EventQueue()
    let server = try startServer(queue: queue)
    let client = try SocketClient(port: server.port)
    client.write("GET /events HTTP/1.1\r\n\r\n")
    queue.put(Data("event: hello\ndata: 1\n\n".utf8))
    let head = client.read { $0.contains("data: 1\n\n") }
    #expect(head.text.hasPrefix("HTTP/1.1 200 OK\r\n"))
    #expect(!head.text.contains("Content-Length"), "a stream has no length")
    #expect(head.text.contains("Connection: close\r\n"))
    queue.put(Data("event: reload\ndata: 2\n\n".utf8))
    #expect(client.read { $0.contains("data: 2") }.text.contains("event: reload"))
    queue.close()
    #expect(client.read().closed, "a closed queue ends the stream")
  }

  @Test func headOfAnEventStreamSendsNoEvents() throws {
    let queue = EventQueue()
    queue.put(Data("event: hello\ndata: 1\n\n".utf8))
    let server = try startServer(queue: queue)
    let client = try SocketClient(port: server.port)
    client.write("HEAD /events HTTP/1.1\r\n\r\n")
    let answer = client.read()
    #expect(answer.text.hasPrefix("HTTP/1.1 200 OK\r\n"))
    #expect(!answer.text.contains("event: hello"))
    #expect(answer.closed)
    #expect(queue.isClosed, "the page's queue is let go")
  }

  @Test func aBadAddressOrABusyPortIsAFailureThatSaysSo() throws {
    #expect(throws: HTTPServer.Failure.badAddress("my-laptop")) {
      try HTTPServer(host: "my-laptop", port: 0) { _ in HTTPResponse(status: 200) }
    }
    let first = try startServer()
    #expect(throws: HTTPServer.Failure.cannotListen(EADDRINUSE)) {
      try HTTPServer(host: "127.0.0.1", port: first.port) { _ in HTTPResponse(status: 200) }
    }
    #expect(HTTPServer.Failure.cannotListen(EADDRINUSE).description.lowercased().contains("in use"))
  }

  @Test func ipv6LoopbackIsServedToo() throws {
    let server = try HTTPServer(host: "::1", port: 0) { _ in HTTPResponse(status: 200, body: Data("six".utf8)) }
    server.start()
    let client = try SocketClient(port: server.port, ipv6: true)
    client.write("GET / HTTP/1.0\r\n\r\n")
    let text = client.read().text
    #expect(text.hasPrefix("HTTP/1.1 200 OK"))
    #expect(text.hasSuffix("six"))
  }
}
