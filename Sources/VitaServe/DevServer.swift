import FlyingFox
import FlyingSocks
import Foundation
import VitaCore
import VitaSite

/// `vita serve`: builds the site into memory, serves it over HTTP, rebuilds on change and tells
/// open pages to reload. Nothing is written to the site folder: `public/` stays as `vita build` left it.
public struct DevServer: Sendable {
  /// What to serve, where.
  public struct Options: Sendable {
    public var source: String
    /// An IPv4 or IPv6 address, or `localhost`; 127.0.0.1 unless the user opts in to another.
    public var host: String
    /// 0 picks a free port.
    public var port: UInt16
    public var includeDrafts: Bool
    public var today: PartialDate?
    /// How often the site's files are looked at, in seconds.
    public var pollInterval: Double

    public init(
      source: String, host: String = "127.0.0.1", port: UInt16 = 4000, includeDrafts: Bool = false,
      today: PartialDate? = nil, pollInterval: Double = 0.2
    ) {
      self.source = source
      self.host = host
      self.port = port
      self.includeDrafts = includeDrafts
      self.today = today
      self.pollInterval = pollInterval
    }
  }

  /// What the server tells the person at the terminal.
  public enum Event: Sendable {
    case listening(url: String)
    case built(report: BuildReport, milliseconds: Double, changed: [String])
    case failed(report: BuildReport, milliseconds: Double, changed: [String])
  }

  /// Why the server could not start.
  public struct Failure: Error, Sendable, CustomStringConvertible {
    public var description: String
  }

  public let options: Options
  public let live = LiveSite()
  /// What each rebuild reuses from the ones before: experiences whose file did not change.
  let cache = BuildCache()

  public init(options: Options) {
    self.options = options
  }

  /// Serves until the process ends, telling `report` about every build.
  public func run(report: @escaping @Sendable (Event) -> Void) async throws {
    let server = HTTPServer(
      config: HTTPServer.Configuration(address: try address(), timeout: 30, logger: .disabled),
      handler: ClosureHTTPHandler { request in await self.respond(to: request) })
    let serving = Task { try await server.run() }
    do {
      try await server.waitUntilListening(timeout: 10)
    } catch {
      serving.cancel()
      var reason = "\(error)"
      do { try await serving.value } catch let failure { reason = "\(failure)" }
      throw Failure(
        description:
          "could not listen on \(options.host):\(options.port) (\(reason)); is the port in use? Choose another with --port"
      )
    }
    let port: UInt16
    switch await server.listeningAddress {
    case .ip4(_, let bound), .ip6(_, let bound): port = bound
    default: port = options.port
    }
    let shownHost = ["0.0.0.0", "::", "localhost"].contains(options.host) ? "127.0.0.1" : options.host
    let url = shownHost.contains(":") ? "http://[\(shownHost)]:\(port)/" : "http://\(shownHost):\(port)/"

    let watcher = SiteWatcher.forSite(options.source, theme: Theme.defaultDirectory())
    var seen = watcher.snapshot()
    await rebuild(baseURL: url, changed: [], report: report)
    report(.listening(url: url))

    let heartbeat = Task {
      while !Task.isCancelled {
        try? await Task.sleep(nanoseconds: 15_000_000_000)
        await live.heartbeat()
      }
    }
    defer { heartbeat.cancel() }
    while !serving.isCancelled {
      try? await Task.sleep(nanoseconds: UInt64(options.pollInterval * 1e9))
      let now = watcher.snapshot()
      let changed = SiteWatcher.changes(from: seen, to: now)
      guard !changed.isEmpty else { continue }
      seen = now
      await rebuild(baseURL: url, changed: changed.map(relative), report: report)
    }
    try await serving.value
  }

  func address() throws -> any SocketAddress {
    let host = options.host == "localhost" ? "127.0.0.1" : options.host
    do {
      if host.contains(":") {
        return try sockaddr_in6.inet6(ip6: host, port: options.port)
      }
      return try sockaddr_in.inet(ip4: host, port: options.port)
    } catch {
      throw Failure(description: "--host must be an IP address (127.0.0.1, ::1, 0.0.0.0) or localhost, not '\(host)'")
    }
  }

  private func relative(_ path: String) -> String {
    path.hasPrefix(options.source + "/") ? String(path.dropFirst(options.source.count + 1)) : path
  }

  /// Builds in memory, off the cooperative threads: the renderer spreads pages over every core.
  func rebuild(baseURL: String, changed: [String], report: @Sendable (Event) -> Void) async {
    var buildOptions = BuildOptions(
      source: options.source, baseURL: baseURL, includeDrafts: options.includeDrafts, today: options.today)
    buildOptions.liveReloadScript = LiveReload.script
    buildOptions.cache = cache
    let build = Build(options: buildOptions)
    let started = DispatchTime.now().uptimeNanoseconds
    let (buildReport, output) = await withCheckedContinuation { continuation in
      DispatchQueue.global(qos: .userInitiated).async {
        var buildReport = BuildReport()
        let output = build.render(into: &buildReport)
        continuation.resume(returning: (buildReport, output))
      }
    }
    let milliseconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e6
    if let output, buildReport.succeeded {
      await live.publish(output)
      report(.built(report: buildReport, milliseconds: milliseconds, changed: changed))
    } else {
      var diagnostics = buildReport.diagnostics.filter { $0.severity == .error }
      if let failure = buildReport.failure {
        diagnostics.append(Diagnostic(file: "vita.yml", code: "build", message: failure))
      }
      await live.fail(diagnostics)
      report(.failed(report: buildReport, milliseconds: milliseconds, changed: changed))
    }
  }

  // MARK: Answering requests

  func respond(to request: HTTPRequest) async -> HTTPResponse {
    guard request.method == .GET || request.method == .HEAD else {
      return text(.methodNotAllowed, "vita serve answers GET and HEAD only\n")
    }
    let rawPath = request.target.path()
    if rawPath == LiveReload.eventsPath { return await events() }
    switch ServedPath.resolve(rawPath) {
    case .refused:
      return text(.badRequest, "400 Bad Request: the path leaves the site\n")
    case .folder(let path):
      return redirect(to: "/" + path + "/")
    case .file(let path):
      guard let output = await live.output else { return await notBuiltYet() }
      return serve(path, from: output)
    }
  }

  func serve(_ path: String, from output: BuildOutput) -> HTTPResponse {
    let (files, prefix, inner) = Self.filesFor(path, in: output)
    if let data = files[inner] {
      return HTTPResponse(
        statusCode: .ok, headers: [.contentType: MediaType.of(inner), .cacheControl: "no-store"], body: data)
    }
    if files[inner + "/index.html"] != nil || (inner.isEmpty && files["index.html"] != nil) {
      return redirect(to: "/" + prefix + inner + "/")
    }
    let notFound = output.site["404.html"] ?? Data("404 Not Found\n".utf8)
    return HTTPResponse(
      statusCode: .notFound, headers: [.contentType: "text/html; charset=utf-8", .cacheControl: "no-store"],
      body: notFound)
  }

  /// Tailored CVs are served under /applications/, only by `vita serve`; everything else is the site.
  static func filesFor(_ path: String, in output: BuildOutput) -> (OutputFiles, prefix: String, path: String) {
    if path == "applications" || path.hasPrefix("applications/") {
      var inner = String(path.dropFirst("applications".count))
      if inner.hasPrefix("/") { inner.removeFirst() }
      if inner == "index.html" { inner = "" }
      return (output.applications, "applications/", inner)
    }
    return (output.site, "", path)
  }

  private func events() async -> HTTPResponse {
    let stream = await live.listen()
    return HTTPResponse(
      statusCode: .ok,
      headers: [.contentType: "text/event-stream", .cacheControl: "no-store", HTTPHeader("X-Accel-Buffering"): "no"],
      body: HTTPBodySequence(from: EventBytes(stream: stream)))
  }

  private func notBuiltYet() async -> HTTPResponse {
    let errors = await live.errors
    let list = errors.map { xmlEscaped($0.formatted) }.joined(separator: "\n")
    let html = """
      <!DOCTYPE html>
      <html lang="en"><head><meta charset="utf-8"><title>Vita: the site does not build yet</title></head>
      <body><h1>The site does not build yet</h1><pre>\(list)</pre>
      <p>Fix the files above and save: this page reloads by itself.</p>
      <script>\(LiveReload.script)</script></body></html>
      """
    return HTTPResponse(
      statusCode: .serviceUnavailable, headers: [.contentType: "text/html; charset=utf-8", .cacheControl: "no-store"],
      body: Data(html.utf8))
  }

  private func text(_ status: HTTPStatusCode, _ body: String) -> HTTPResponse {
    HTTPResponse(statusCode: status, headers: [.contentType: "text/plain; charset=utf-8"], body: Data(body.utf8))
  }

  private func redirect(to location: String) -> HTTPResponse {
    HTTPResponse(statusCode: .movedPermanently, headers: [.location: location, .cacheControl: "no-store"])
  }
}

/// A stream of server-sent events as the bytes FlyingFox sends, chunk by chunk.
struct EventBytes: AsyncBufferedSequence, Sendable {
  typealias Element = UInt8
  let stream: AsyncStream<Data>

  func makeAsyncIterator() -> Iterator {
    Iterator(base: stream.makeAsyncIterator())
  }

  struct Iterator: AsyncBufferedIteratorProtocol {
    var base: AsyncStream<Data>.AsyncIterator
    var pending: [UInt8] = []

    mutating func next() async -> UInt8? {
      if pending.isEmpty {
        guard let chunk = await base.next() else { return nil }
        pending = Array(chunk)
      }
      return pending.isEmpty ? nil : pending.removeFirst()
    }

    mutating func nextBuffer(suggested count: Int) async -> [UInt8]? {
      if pending.isEmpty {
        guard let chunk = await base.next() else { return nil }
        pending = Array(chunk)
      }
      let taken = Array(pending.prefix(Swift.max(count, 1)))
      pending.removeFirst(taken.count)
      return taken
    }
  }
}
