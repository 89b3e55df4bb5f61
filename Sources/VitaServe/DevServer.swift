import Foundation
import VitaCore
import VitaEscaping
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
    /// Look at the site's files every `pollInterval` instead of hearing of changes from the kernel:
    /// for network and virtual machines' folders, whose changes made elsewhere inotify never hears.
    public var poll: Bool
    /// How often the site's files are looked at when polling, in seconds.
    public var pollInterval: Double

    public init(
      source: String, host: String = "127.0.0.1", port: UInt16 = 4000, includeDrafts: Bool = false,
      today: PartialDate? = nil, poll: Bool = false, pollInterval: Double = 0.2
    ) {
      self.poll = poll
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
    /// How changes are found, said once before the first build.
    case watching(SiteWatcher.Method)
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
  /// The names requests may give for this server.
  let names: ServedNames
  /// The CVs' PDFs, printed on request.
  let pdfs: ServedPDFs

  public init(options: Options) {
    self.init(options: options, pdfs: ServedPDFs())
  }

  init(options: Options, pdfs: ServedPDFs) {
    self.options = options
    names = ServedNames(listeningOn: options.host)
    self.pdfs = pdfs
  }

  /// Serves until the process ends, telling `report` about every build.
  public func run(report: @escaping @Sendable (Event) -> Void) async throws {
    let host = options.host == "localhost" ? "127.0.0.1" : options.host
    let server: HTTPServer
    do {
      server = try HTTPServer(host: host, port: options.port) { request in self.respond(to: request) }
    } catch .badAddress {
      throw Failure(description: "--host must be an IP address (127.0.0.1, ::1, 0.0.0.0) or localhost, not '\(host)'")
    } catch {
      throw Failure(
        description:
          "could not listen on \(options.host):\(options.port) (\(error)); is the port in use? Choose another with --port"
      )
    }
    let shownHost = ["0.0.0.0", "::", "localhost"].contains(options.host) ? "127.0.0.1" : options.host
    let url =
      shownHost.contains(":") ? "http://[\(shownHost)]:\(server.port)/" : "http://\(shownHost):\(server.port)/"

    // Watching starts before the first build, so that a save during it is not missed.
    let watcher = SiteWatcher.forSite(options.source, theme: Theme.defaultDirectory())
    let (changes, method) = watcher.watch(poll: options.poll, interval: options.pollInterval)
    report(.watching(method))
    await rebuild(baseURL: url, changed: [], report: report)
    server.start()
    report(.listening(url: url))

    for await changed in changes {
      await rebuild(baseURL: url, changed: changed.map(relative), report: report)
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
      live.publish(output)
      report(.built(report: buildReport, milliseconds: milliseconds, changed: changed))
    } else {
      var diagnostics = buildReport.diagnostics.filter { $0.severity == .error }
      if let failure = buildReport.failure {
        diagnostics.append(Diagnostic(file: "vita.yml", code: "build", message: failure))
      }
      live.fail(diagnostics)
      report(.failed(report: buildReport, milliseconds: milliseconds, changed: changed))
    }
  }

  // MARK: Answering requests

  func respond(to request: HTTPRequest) -> HTTPResponse {
    // A page of another site can reach 127.0.0.1 through a name of its own that it points there
    // (DNS rebinding), and read what it gets: its Host is its own name. A fetch from another page
    // says where it comes from in Origin.
    guard let host = request.header("Host") else {
      if request.version == "HTTP/1.0" { return answer(to: request) }
      return text(400, "400 Bad Request: an HTTP/1.1 request names its host\n")
    }
    guard names.allows(authority: host) else {
      return text(
        421,
        "421 Misdirected Request: vita serve answers for this computer's own names (localhost, 127.0.0.1, [::1]), not '\(host)'\n"
      )
    }
    if let origin = request.header("Origin"), !names.allows(origin: origin) {
      return text(403, "403 Forbidden: a page from \(origin) may not read from vita serve\n")
    }
    return answer(to: request)
  }

  private func answer(to request: HTTPRequest) -> HTTPResponse {
    guard request.method == "GET" || request.method == "HEAD" else {
      var answer = text(405, "vita serve answers GET and HEAD only\n")
      answer.headers.append(("Allow", "GET, HEAD"))
      return answer
    }
    let rawPath = request.path
    if rawPath == LiveReload.eventsPath { return events() }
    switch ServedPath.resolve(rawPath) {
    case .refused:
      return text(400, "400 Bad Request: the path leaves the site\n")
    case .folder(let path):
      return redirect(to: "/" + path + "/")
    case .file(let path):
      guard let (output, generation) = live.outputAndGeneration else { return notBuiltYet() }
      return serve(path, from: output, generation: generation)
    }
  }

  func serve(_ path: String, from output: BuildOutput, generation: Int = 0) -> HTTPResponse {
    let (files, prefix, inner) = Self.filesFor(path, in: output)
    if !prefix.isEmpty, !names.isLoopbackOnly {
      return text(
        404,
        "404 Not Found: the tailored CVs hold private data, and vita serve does not serve them while it listens beyond this computer (--host \(options.host)); serve without --host to read them\n"
      )
    }
    if files[inner] == nil, let document = ServedPDFs.document(inner, in: files, prefix: prefix),
      let metadata = output.documents[document]
    {
      switch pdfs.pdf(inner, of: files, key: document, metadata: metadata, generation: generation) {
      case .success(let data):
        return HTTPResponse(
          status: 200, headers: [("Content-Type", "application/pdf"), ("Cache-Control", "no-store")], body: data)
      case .failure(let failure):
        return text(503, "503 Service Unavailable: \(failure.description)\n")
      }
    }
    if let data = files[inner] {
      return HTTPResponse(
        status: 200, headers: [("Content-Type", MediaType.of(inner)), ("Cache-Control", "no-store")], body: data)
    }
    if files[inner + "/index.html"] != nil || (inner.isEmpty && files["index.html"] != nil) {
      let folder = prefix + inner
      return redirect(to: "/" + folder + (folder.hasSuffix("/") ? "" : "/"))
    }
    let notFound = output.site["404.html"] ?? Data("404 Not Found\n".utf8)
    return HTTPResponse(
      status: 404, headers: [("Content-Type", "text/html; charset=utf-8"), ("Cache-Control", "no-store")],
      body: notFound)
  }

  /// Tailored CVs are served under /applications/, only by `vita serve`; everything else is the site.
  static func filesFor(_ path: String, in output: BuildOutput) -> (OutputFiles, prefix: String, path: String) {
    if path == "applications" || path.hasPrefix("applications/") {
      var inner = String(path.dropFirst("applications".count))
      if inner.hasPrefix("/") { inner.removeFirst() }
      return (output.applications, "applications/", inner)
    }
    return (output.site, "", path)
  }

  private func events() -> HTTPResponse {
    .events(
      live.listen(),
      headers: [("Content-Type", "text/event-stream"), ("Cache-Control", "no-store"), ("X-Accel-Buffering", "no")])
  }

  private func notBuiltYet() -> HTTPResponse {
    let list = live.errors.map { HTMLEscaping.escaped($0.formatted) }.joined(separator: "\n")
    let html = """
      <!DOCTYPE html>
      <html lang="en"><head><meta charset="utf-8"><title>Vita: the site does not build yet</title></head>
      <body><h1>The site does not build yet</h1><pre>\(list)</pre>
      <p>Fix the files above and save: this page reloads by itself.</p>
      <script>\(LiveReload.script)</script></body></html>
      """
    return HTTPResponse(
      status: 503, headers: [("Content-Type", "text/html; charset=utf-8"), ("Cache-Control", "no-store")],
      body: Data(html.utf8))
  }

  private func text(_ status: Int, _ body: String) -> HTTPResponse {
    HTTPResponse(status: status, headers: [("Content-Type", "text/plain; charset=utf-8")], body: Data(body.utf8))
  }

  private func redirect(to location: String) -> HTTPResponse {
    HTTPResponse(status: 301, headers: [("Location", location), ("Cache-Control", "no-store")])
  }
}

/// The names a request may give for the server, in its Host header and its Origin's host: this
/// computer's loopback names, and, listening on another address (`--host`), that address, the
/// computer's own addresses and its host name.
struct ServedNames: Sendable {
  private(set) var names: Set<String> = ["localhost", "127.0.0.1", "::1"]
  /// Listening on 127.0.0.1 (or ::1) only: no other computer can connect.
  let isLoopbackOnly: Bool

  /// The text of a C string in a buffer: its bytes up to the first NUL, as UTF-8.
  static func text(of buffer: [CChar]) -> String {
    String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }

  init(listeningOn host: String) {
    let host = host.lowercased()
    isLoopbackOnly = host == "localhost" || host == "::1" || host.hasPrefix("127.")
    guard !isLoopbackOnly else { return }
    if host != "0.0.0.0", host != "::" { names.insert(host) }
    names.formUnion(Self.ownAddresses())
    var buffer = [CChar](repeating: 0, count: 256)
    if gethostname(&buffer, buffer.count) == 0 { names.insert(Self.text(of: buffer).lowercased()) }
  }

  /// Whether a Host header's `name[:port]` (`[::1]:4000` for an IPv6 address) is one of the names.
  func allows(authority: String) -> Bool {
    var name = Substring(authority.lowercased())
    if name.hasPrefix("[") {
      guard let close = name.firstIndex(of: "]") else { return false }
      name = name[name.index(after: name.startIndex)..<close]
    } else if let colon = name.lastIndex(of: ":") {
      name = name[..<colon]
    }
    if name.hasSuffix(".") { name = name.dropLast() }  // `localhost.` is `localhost`
    return names.contains(String(name))
  }

  /// Whether an Origin header (`http://localhost:4000`) names one of the names; `null` does not.
  func allows(origin: String) -> Bool {
    guard let scheme = origin.range(of: "://") else { return false }
    let rest = origin[scheme.upperBound...]
    return allows(authority: String(rest.prefix { $0 != "/" }))
  }

  /// The addresses of this computer's network interfaces, as written in a URL's host (no zone).
  static func ownAddresses() -> Set<String> {
    var found = Set<String>()
    var list: UnsafeMutablePointer<ifaddrs>?
    guard getifaddrs(&list) == 0, let first = list else { return found }
    defer { freeifaddrs(list) }
    var entry: UnsafeMutablePointer<ifaddrs>? = first
    while let current = entry {
      defer { entry = current.pointee.ifa_next }
      guard let address = current.pointee.ifa_addr else { continue }
      let family = Int32(address.pointee.sa_family)
      guard family == AF_INET || family == AF_INET6 else { continue }
      var text = [CChar](repeating: 0, count: Int(NI_MAXHOST))
      let length = socklen_t(family == AF_INET ? MemoryLayout<sockaddr_in>.size : MemoryLayout<sockaddr_in6>.size)
      if getnameinfo(address, length, &text, socklen_t(text.count), nil, 0, NI_NUMERICHOST) == 0 {
        let name = Self.text(of: text).lowercased()
        found.insert(String(name.prefix { $0 != "%" }))
      }
    }
    return found
  }
}
