import Foundation
import Synchronization

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A request, as much of it as a preview server needs.
public struct HTTPRequest: Sendable, Equatable {
  public var method: String
  /// As written in the request line: `/cv/?x=1`.
  public var target: String
  public var version: String
  public var headers: [(name: String, value: String)]

  /// The target's path, still percent-encoded, without query or fragment; an absolute-form target
  /// (`http://host/cv/`) loses its scheme and host.
  public var path: String {
    var path = Substring(target)
    if let scheme = path.range(of: "://"), path[..<scheme.lowerBound].allSatisfy(\.isLetter) {
      let rest = path[scheme.upperBound...]
      path = rest.firstIndex(of: "/").map { rest[$0...] } ?? "/"
    }
    if let end = path.firstIndex(where: { $0 == "?" || $0 == "#" }) { path = path[..<end] }
    return String(path)
  }

  public func header(_ name: String) -> String? { firstValue(of: name, in: headers) }

  /// Whether the client asked to keep the connection open: HTTP/1.1 unless it says `close`, 1.0 only
  /// when it says `keep-alive`.
  var keepsAlive: Bool {
    let connection = header("Connection")?.lowercased() ?? ""
    return version == "HTTP/1.1" ? !connection.contains("close") : connection.contains("keep-alive")
  }

  public static func == (lhs: HTTPRequest, rhs: HTTPRequest) -> Bool {
    lhs.method == rhs.method && lhs.target == rhs.target && lhs.version == rhs.version
      && lhs.headers.map(\.name) == rhs.headers.map(\.name) && lhs.headers.map(\.value) == rhs.headers.map(\.value)
  }
}

/// The first value of the header `name` among `headers`, whatever its case.
private func firstValue(of name: String, in headers: [(name: String, value: String)]) -> String? {
  headers.first { $0.name.caseInsensitiveCompare(name) == .orderedSame }?.value
}

/// An answer: a whole body, or a stream of server-sent events that lasts as long as the connection.
public struct HTTPResponse: Sendable {
  public var status: Int
  public var headers: [(name: String, value: String)]
  public var body: Data
  /// Sent after the head, event by event, until the client goes; the body is then unused.
  public var events: EventQueue?

  public init(status: Int, headers: [(name: String, value: String)] = [], body: Data = Data()) {
    self.status = status
    self.headers = headers
    self.body = body
  }

  /// A stream of server-sent events from `queue`.
  public static func events(_ queue: EventQueue, headers: [(name: String, value: String)]) -> HTTPResponse {
    var response = HTTPResponse(status: 200, headers: headers)
    response.events = queue
    return response
  }

  public func header(_ name: String) -> String? { firstValue(of: name, in: headers) }

  /// The reason phrase of the statuses this server sends.
  static func reason(_ status: Int) -> String {
    switch status {
    case 200: "OK"
    case 301: "Moved Permanently"
    case 400: "Bad Request"
    case 404: "Not Found"
    case 405: "Method Not Allowed"
    case 408: "Request Timeout"
    case 413: "Content Too Large"
    case 431: "Request Header Fields Too Large"
    case 500: "Internal Server Error"
    case 503: "Service Unavailable"
    case 505: "HTTP Version Not Supported"
    default: "Status \(status)"
    }
  }

  /// The status line and headers, with the length of the body and whether the connection stays open.
  func head(keepAlive: Bool) -> Data {
    var text = "HTTP/1.1 \(status) \(Self.reason(status))\r\n"
    for (name, value) in headers { text += "\(name): \(value)\r\n" }
    if events == nil { text += "Content-Length: \(body.count)\r\n" }
    text += keepAlive && events == nil ? "Connection: keep-alive\r\n\r\n" : "Connection: close\r\n\r\n"
    return Data(text.utf8)
  }
}

/// Reads requests from bytes as they arrive: the head up to its blank line, then any body by its length.
struct RequestReader {
  /// A head longer than this is refused (431), as browsers never send one.
  static let headLimit = 64 * 1024
  /// A body longer than this is refused (413): a preview server takes no uploads.
  static let bodyLimit = 1024 * 1024

  enum Outcome: Equatable {
    case request(HTTPRequest)
    /// More bytes are needed.
    case incomplete
    /// Answer with this status and close.
    case refused(Int)
  }

  private(set) var buffer: [UInt8] = []
  /// Where the search for the blank line that ends the head goes on from: bytes already searched
  /// are not searched again as more arrive.
  private var searched = 0
  /// A head read whole whose body is still arriving, and the bytes head and body take: a body that
  /// comes in drips is waited for without parsing the head again (which burnt most of a core).
  private var parsed: (request: HTTPRequest, length: Int)?
  /// For the tests: how many heads were parsed, and how many bytes were searched for their ends.
  private(set) var headsParsed = 0
  private(set) var bytesSearched = 0

  mutating func append(_ bytes: UnsafeRawBufferPointer) { buffer.append(contentsOf: bytes) }

  /// Whether part of a request has arrived.
  var isStarted: Bool { !buffer.isEmpty || parsed != nil }

  /// The next whole request, taken out of the buffer with its body.
  mutating func next() -> Outcome {
    if let (request, length) = parsed {
      guard buffer.count >= length else { return .incomplete }
      buffer.removeFirst(length)
      (parsed, searched) = (nil, 0)
      return .request(request)
    }
    let from = max(0, searched - 3)
    bytesSearched += max(0, buffer.count - from)
    guard let end = Self.endOfHead(in: buffer, from: from) else {
      searched = buffer.count
      return buffer.count > Self.headLimit ? .refused(431) : .incomplete
    }
    guard end <= Self.headLimit else { return .refused(431) }
    headsParsed += 1
    let text = String(decoding: buffer[..<end], as: UTF8.self)
    var lines = text.split(separator: "\r\n", omittingEmptySubsequences: false)
    // Blank lines before a request line are allowed and skipped (RFC 9112, 2.2).
    while lines.first?.isEmpty == true { lines.removeFirst() }
    guard let requestLine = lines.first else { return .refused(400) }
    let parts = requestLine.split(separator: " ", omittingEmptySubsequences: false)
    guard parts.count == 3, !parts[0].isEmpty, !parts[1].isEmpty, parts[2].hasPrefix("HTTP/") else {
      return .refused(400)
    }
    guard parts[2] == "HTTP/1.1" || parts[2] == "HTTP/1.0" else { return .refused(505) }
    var headers: [(name: String, value: String)] = []
    for line in lines.dropFirst() where !line.isEmpty {
      guard let colon = line.firstIndex(of: ":"), colon != line.startIndex,
        !line[..<colon].contains(where: { $0 == " " || $0 == "\t" })
      else { return .refused(400) }
      let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
      headers.append((String(line[..<colon]), value))
    }
    let request = HTTPRequest(
      method: String(parts[0]), target: String(parts[1]), version: String(parts[2]), headers: headers)
    // A chunked body cannot be skipped without reading it as chunks; GET and HEAD never send one.
    if request.header("Transfer-Encoding") != nil { return .refused(400) }
    var length = 0
    if let declared = request.header("Content-Length") {
      guard let number = Int(declared), number >= 0 else { return .refused(400) }
      guard number <= Self.bodyLimit else { return .refused(413) }
      length = number
    }
    parsed = (request, end + 4 + length)
    return next()
  }

  /// Where the blank line that ends a head starts, looking from `from`: the index of `\r\n\r\n`.
  static func endOfHead(in bytes: [UInt8], from: Int = 0) -> Int? {
    guard bytes.count >= 4, from <= bytes.count - 4 else { return nil }
    for index in from...(bytes.count - 4)
    where bytes[index] == 0x0D && bytes[index + 1] == 0x0A && bytes[index + 2] == 0x0D && bytes[index + 3] == 0x0A {
      return index
    }
    return nil
  }
}

/// Where a socket address keeps its family: at 0, except on the BSDs (and so macOS), whose addresses
/// start with their length.
#if canImport(Darwin)
  private let familyOffset = 1
#else
  private let familyOffset = 0
#endif

/// A small HTTP/1.1 server for `vita serve`: a thread per connection, keep-alive, HEAD, and
/// server-sent events. A preview has a few connections at a time, all from one browser; blocking
/// sockets on threads of their own keep it plain, and it needs nothing beyond the C library.
public final class HTTPServer: Sendable {
  /// How long an idle connection is kept.
  static let idleSeconds = 30
  /// How often an open event stream hears a comment line, so that a closed page is noticed.
  static let heartbeatSeconds = 15.0

  private let descriptor: Int32
  /// The port listened on: the one asked for, or the one the system picked for 0.
  public let port: UInt16
  private let handler: @Sendable (HTTPRequest) -> HTTPResponse
  /// How many connections are served at once: each has a thread. Beyond, a connection is answered
  /// 503 and closed at once, so that idle connections (1,020 of them stopped every answer, and at
  /// times the process) cannot take the server's threads and descriptors.
  private let maximumConnections: Int
  private let connections = Atomic<Int>(0)
  /// How long a client has to send a request's whole head, once it has begun: a byte at a time
  /// resets the idle time-out, not this.
  private let headSeconds: Int

  /// Listens on `host` (an IPv4 or IPv6 address) and `port`; answers with `handler` once `start()` is called.
  public init(
    host: String, port: UInt16, maximumConnections: Int = 64, headSeconds: Int = 10,
    handler: @escaping @Sendable (HTTPRequest) -> HTTPResponse
  ) throws(Failure) {
    self.maximumConnections = maximumConnections
    self.headSeconds = headSeconds
    // sockaddr_in and sockaddr_in6 both start with the family and the port, in network order; only
    // the address's place and the structure's length differ.
    var storage = sockaddr_storage()
    let family: Int32 = host.contains(":") ? AF_INET6 : AF_INET
    let length = socklen_t(family == AF_INET6 ? MemoryLayout<sockaddr_in6>.size : MemoryLayout<sockaddr_in>.size)
    let parsed = withUnsafeMutableBytes(of: &storage) { bytes in
      bytes.storeBytes(of: sa_family_t(family), toByteOffset: familyOffset, as: sa_family_t.self)
      bytes.storeBytes(of: port.bigEndian, toByteOffset: 2, as: UInt16.self)
      let addressOffset = family == AF_INET6 ? 8 : 4
      return inet_pton(family, host, bytes.baseAddress! + addressOffset)
    }
    guard parsed == 1 else { throw .badAddress(host) }
    #if canImport(Glibc)
      let descriptor = socket(family, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
    #else
      let descriptor = socket(family, SOCK_STREAM, 0)
    #endif
    guard descriptor >= 0 else { throw .cannotListen(errno) }
    var yes: Int32 = 1
    setsockopt(descriptor, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
    let bound = withUnsafePointer(to: &storage) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, length) }
    }
    guard bound == 0, listen(descriptor, 128) == 0 else {
      let code = errno
      close(descriptor)
      throw .cannotListen(code)
    }
    var actual = sockaddr_storage()
    var actualLength = socklen_t(MemoryLayout<sockaddr_storage>.size)
    _ = withUnsafeMutablePointer(to: &actual) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(descriptor, $0, &actualLength) }
    }
    self.port = withUnsafeBytes(of: actual) { bytes in
      UInt16(bigEndian: bytes.loadUnaligned(fromByteOffset: 2, as: UInt16.self))
    }
    self.descriptor = descriptor
    self.handler = handler
  }

  /// Why the server could not listen.
  public enum Failure: Error, Equatable, CustomStringConvertible {
    case badAddress(String)
    case cannotListen(Int32)

    public var description: String {
      switch self {
      case .badAddress(let host): "'\(host)' is not an IP address"
      case .cannotListen(let code): String(cString: strerror(code))
      }
    }
  }

  /// Accepts connections on a thread of its own, for as long as the process runs.
  public func start() {
    let thread = Thread { [self] in
      while true {
        let connection = accept(descriptor, nil, nil)
        if connection < 0 {
          if errno == EINTR || errno == ECONNABORTED || errno == EMFILE || errno == ENFILE {
            if errno != EINTR && errno != ECONNABORTED { usleep(10_000) }
            continue
          }
          return
        }
        guard connections.wrappingAdd(1, ordering: .relaxed).oldValue < maximumConnections else {
          connections.wrappingSubtract(1, ordering: .relaxed)
          refuse(connection)
          continue
        }
        let (handler, headSeconds) = (self.handler, self.headSeconds)
        let worker = Thread { [self] in
          Connection(descriptor: connection, handler: handler, headSeconds: headSeconds).serve()
          connections.wrappingSubtract(1, ordering: .relaxed)
        }
        worker.stackSize = 512 * 1024
        worker.start()
      }
    }
    thread.start()
  }
}

extension HTTPServer {
  /// Turns a connection away, as a whole answer in one write, without a thread: the server is full.
  private func refuse(_ connection: Int32) {
    var wait = timeval(tv_sec: 1, tv_usec: 0)
    setsockopt(connection, SOL_SOCKET, SO_SNDTIMEO, &wait, socklen_t(MemoryLayout<timeval>.size))
    let body = "503 Service Unavailable: too many connections to vita serve at once; close some tabs and reload\n"
    var response = HTTPResponse(
      status: 503, headers: [("Content-Type", "text/plain; charset=utf-8"), ("Retry-After", "1")],
      body: Data(body.utf8))
    response.body = response.head(keepAlive: false) + response.body
    _ = Connection.send(response.body, to: connection)
    close(connection)
  }
}

/// One client's connection: requests answered in order until it closes, idles or asks for events.
private struct Connection {
  let descriptor: Int32
  let handler: @Sendable (HTTPRequest) -> HTTPResponse
  let headSeconds: Int

  func serve() {
    defer { close(descriptor) }
    #if canImport(Darwin)
      var yes: Int32 = 1
      setsockopt(descriptor, SOL_SOCKET, SO_NOSIGPIPE, &yes, socklen_t(MemoryLayout<Int32>.size))
    #endif
    // Each answer goes in one write, and at once: with Nagle's algorithm and the client's delayed
    // acknowledgement, a keep-alive answer would wait for the one before it to be acknowledged.
    var noDelay: Int32 = 1
    setsockopt(descriptor, Int32(IPPROTO_TCP), TCP_NODELAY, &noDelay, socklen_t(MemoryLayout<Int32>.size))
    var idle = timeval(tv_sec: HTTPServer.idleSeconds, tv_usec: 0)
    setsockopt(descriptor, SOL_SOCKET, SO_SNDTIMEO, &idle, socklen_t(MemoryLayout<timeval>.size))
    var reader = RequestReader()
    var chunk = [UInt8](repeating: 0, count: 16 * 1024)
    /// When the head being received must be whole by; nil until its first byte.
    var headDeadline: UInt64?
    while true {
      switch reader.next() {
      case .refused(let status):
        answer(status)
        return
      case .request(let request):
        headDeadline = nil
        let response = handler(request)
        let keepAlive = request.keepsAlive
        if let events = response.events {
          guard send(response.head(keepAlive: keepAlive)) else { return }
          // HEAD asks for the head alone: the stream is not started.
          if request.method == "HEAD" { events.close() } else { stream(events) }
          return
        }
        let whole =
          request.method == "HEAD"
          ? response.head(keepAlive: keepAlive) : response.head(keepAlive: keepAlive) + response.body
        guard send(whole), keepAlive else { return }
      case .incomplete:
        let now = DispatchTime.now().uptimeNanoseconds
        if reader.isStarted, headDeadline == nil { headDeadline = now + UInt64(headSeconds) * 1_000_000_000 }
        var wait = timeval(tv_sec: HTTPServer.idleSeconds, tv_usec: 0)
        if let deadline = headDeadline {
          guard deadline > now else {
            answer(408)
            return
          }
          // At least a millisecond: a time-out of zero would wait for ever.
          let left = max(1_000_000, min(deadline - now, UInt64(HTTPServer.idleSeconds) * 1_000_000_000))
          wait = timeval(tv_sec: .init(left / 1_000_000_000), tv_usec: .init(left % 1_000_000_000 / 1000))
        }
        setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &wait, socklen_t(MemoryLayout<timeval>.size))
        let count = chunk.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
        if count < 0, errno == EINTR { continue }
        if count < 0, errno == EAGAIN || errno == EWOULDBLOCK, let deadline = headDeadline,
          DispatchTime.now().uptimeNanoseconds >= deadline
        {
          answer(408)
          return
        }
        guard count > 0 else { return }  // closed, idle too long, or failed
        chunk.withUnsafeBytes { reader.append(UnsafeRawBufferPointer(rebasing: $0[0..<count])) }
      }
    }
  }

  /// A short plain answer with `status`, after which the connection closes.
  private func answer(_ status: Int) {
    let text = "\(status) \(HTTPResponse.reason(status))\n"
    let response = HTTPResponse(
      status: status, headers: [("Content-Type", "text/plain; charset=utf-8")], body: Data(text.utf8))
    _ = send(response.head(keepAlive: false) + response.body)
  }

  /// Server-sent events until the page goes: a write fails, then the queue is closed.
  private func stream(_ events: EventQueue) {
    defer { events.close() }
    while let event = events.next(timeout: HTTPServer.heartbeatSeconds) {
      guard send(event.isEmpty ? Data(":\n\n".utf8) : event) else { return }
    }
  }

  /// Writes all of `data`; false when the client has gone.
  private func send(_ data: Data) -> Bool { Self.send(data, to: descriptor) }

  static func send(_ data: Data, to descriptor: Int32) -> Bool {
    #if canImport(Glibc)
      let flags = Int32(MSG_NOSIGNAL)
    #else
      let flags: Int32 = 0
    #endif
    return data.withUnsafeBytes { bytes in
      var offset = 0
      while offset < bytes.count {
        let written = socketSend(descriptor, bytes.baseAddress! + offset, bytes.count - offset, flags)
        if written < 0, errno == EINTR { continue }
        guard written > 0 else { return false }
        offset += written
      }
      return true
    }
  }
}

#if canImport(Glibc)
  private let socketSend = Glibc.send
#else
  private let socketSend = Darwin.send
#endif
