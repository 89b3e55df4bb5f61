import Foundation
import VitaCore
import VitaSite

/// Asks other sites, opt-in and with a short timeout: whether links answer (`vita check
/// --external`), and for a posting's page (`vita job add URL`).
///
/// The requests go through the `curl` command rather than Foundation's URLSession: linking
/// FoundationNetworking would load libcurl and some thirty libraries behind it at every start of
/// every command, for a check that few builds run.
enum ExternalLinks {
  static let timeout = 5
  /// Requests in flight at once: most of the wait is the network's, not this machine's.
  static let concurrentRequests = 8

  /// Why the check could not run at all.
  struct Unavailable: Error, CustomStringConvertible {
    var description: String
  }

  static func check(_ links: [(url: String, link: LinkCheck.Link)], curl: String? = nil) throws(Unavailable)
    -> [Diagnostic]
  {
    guard !links.isEmpty else { return [] }
    guard let curl = curl ?? findCurl() else {
      throw Unavailable(
        description:
          "--external sends its requests through the curl command, which is not installed (Debian: apt-get install curl)"
      )
    }
    let results = Results(count: links.count)
    let slots = DispatchSemaphore(value: concurrentRequests)
    let group = DispatchGroup()
    for index in links.indices {
      slots.wait()
      group.enter()
      DispatchQueue.global().async {
        results.set(index, status(of: links[index].url, curl: curl))
        slots.signal()
        group.leave()
      }
    }
    group.wait()
    var findings: [Diagnostic] = []
    for (index, (url, link)) in links.enumerated() {
      let file = "public/" + link.page
      switch results.get(index) {
      case .some(let code) where code >= 400:
        findings.append(
          Diagnostic(
            file: file, line: link.line, column: link.column, code: "broken-link",
            message: "the link '\(url)' answered \(code)"))
      case .none:
        findings.append(
          Diagnostic(
            file: file, line: link.line, column: link.column, severity: .warning, code: "unreachable-link",
            message: "the link '\(url)' did not answer within \(timeout) s"))
      default: break
      }
    }
    return findings
  }

  /// The status of a HEAD request, or of a GET where the server refuses HEAD, redirects followed;
  /// nil without an answer.
  static func status(of url: String, curl: String) -> Int? {
    var code: Int?
    for method in ["HEAD", "GET"] {
      code = request(url, method: method, curl: curl)
      guard let status = code, status == 405 || status == 501 || status == 403 else { return code }
    }
    return code
  }

  /// One request; the body, if any, is thrown away. Only http and https, even after a redirect.
  static func request(_ url: String, method: String, curl: String) -> Int? {
    let arguments =
      ["--output", "/dev/null", "--write-out", "%{http_code}", "--max-time", String(timeout * 2)]
      + (method == "HEAD" ? ["--head"] : [])
    guard let written = run(curl, url: url, userAgent: "Vita link check", arguments: arguments) else { return nil }
    // curl writes 000 when nothing answered.
    guard let code = Int(String(decoding: written, as: UTF8.self)), code > 0 else { return nil }
    return code
  }

  /// A page as a GET request gives it, redirects followed (`vita job add`).
  struct Page {
    var status: Int
    var body: [UInt8]
    /// `text/html; charset=utf-8`, or empty.
    var contentType: String
    /// Where the last redirect led.
    var address: String
  }

  /// The largest page read: a job board's page is a few hundred kilobytes, with its scripts a few megabytes.
  static let largestPage = 32 << 20

  /// The page at `url`; nil when nothing answered within the time.
  static func page(at url: String, curl: String) -> Page? {
    // The status, type and last address follow the body, each on a line of its own.
    let arguments = [
      "--compressed", "--max-time", "30", "--max-filesize", String(largestPage), "--header",
      "Accept: text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5", "--write-out",
      "\n%{http_code}\n%{content_type}\n%{url_effective}",
    ]
    guard var written = run(curl, url: url, userAgent: "Vita job add", arguments: arguments).map(Array.init) else {
      return nil
    }
    var trailer: [String] = []
    for _ in 0..<3 {
      guard let newline = written.lastIndex(of: UInt8(ascii: "\n")) else { return nil }
      trailer.insert(String(decoding: written[(newline + 1)...], as: UTF8.self), at: 0)
      written.removeSubrange(newline...)
    }
    guard let status = Int(trailer[0]), status > 0 else { return nil }
    return Page(status: status, body: written, contentType: trailer[1], address: trailer[2])
  }

  /// What curl writes to its standard output for one request through it: http and https only, even
  /// after a redirect, `timeout` seconds to connect. Nil when curl cannot be started.
  private static func run(_ curl: String, url: String, userAgent: String, arguments: [String]) -> Data? {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: curl)
    process.arguments =
      [
        "--silent", "--location", "--max-redirs", "10", "--proto", "=http,https", "--proto-redir", "=http,https",
        "--connect-timeout", String(timeout), "--user-agent", userAgent,
      ] + arguments + ["--url", url]
    let output = Pipe()
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    process.standardInput = FileHandle.nullDevice
    do { try process.run() } catch { return nil }
    let written = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return written
  }

  /// The curl command on the PATH.
  static func findCurl() -> String? {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    return path.split(separator: ":").map { $0 + "/curl" }.first { FileManager.default.isExecutableFile(atPath: $0) }
  }

  /// Answers written from several threads.
  final class Results: @unchecked Sendable {
    private var values: [Int?]
    private let lock = NSLock()

    init(count: Int) { values = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: Int?) { lock.withLock { values[index] = value } }
    func get(_ index: Int) -> Int? { lock.withLock { values[index] } }
  }
}
