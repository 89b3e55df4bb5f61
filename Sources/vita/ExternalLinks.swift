import Foundation
import VitaCore
import VitaSite

/// Asks links to other sites whether they answer: opt-in, with a short timeout.
///
/// The requests go through the `curl` command rather than Foundation's URLSession: linking
/// FoundationNetworking would load libcurl and some thirty libraries behind it at every start of
/// every command, about 6 ms each time, for a check that few builds run.
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
    let process = Process()
    process.executableURL = URL(fileURLWithPath: curl)
    process.arguments =
      [
        "--silent", "--output", "/dev/null", "--write-out", "%{http_code}", "--location", "--max-redirs", "10",
        "--proto", "=http,https", "--proto-redir", "=http,https", "--connect-timeout", String(timeout),
        "--max-time", String(timeout * 2), "--user-agent", "Vita link check",
      ] + (method == "HEAD" ? ["--head"] : []) + ["--url", url]
    let output = Pipe()
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    process.standardInput = FileHandle.nullDevice
    do { try process.run() } catch { return nil }
    let written = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    // curl writes 000 when nothing answered.
    guard let code = Int(String(decoding: written, as: UTF8.self)), code > 0 else { return nil }
    return code
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
