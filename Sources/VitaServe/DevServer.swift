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

    let watcher = SiteWatcher.forSite(options.source, theme: Theme.defaultDirectory())
    var seen = watcher.snapshot()
    await rebuild(baseURL: url, changed: [], report: report)
    server.start()
    report(.listening(url: url))

    while true {
      try? await Task.sleep(nanoseconds: UInt64(options.pollInterval * 1e9))
      let now = watcher.snapshot()
      let changed = SiteWatcher.changes(from: seen, to: now)
      guard !changed.isEmpty else { continue }
      seen = now
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
      guard let output = live.output else { return notBuiltYet() }
      return serve(path, from: output)
    }
  }

  func serve(_ path: String, from output: BuildOutput) -> HTTPResponse {
    let (files, prefix, inner) = Self.filesFor(path, in: output)
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
    let list = live.errors.map { xmlEscaped($0.formatted) }.joined(separator: "\n")
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
