import Foundation
import VitaCore
import VitaSite

#if canImport(FoundationNetworking)
  import FoundationNetworking
#endif

/// Asks links to other sites whether they answer: opt-in, with a short timeout.
enum ExternalLinks {
  static let timeout: TimeInterval = 5

  static func check(_ links: [(url: String, link: LinkCheck.Link)]) -> [Diagnostic] {
    let configuration = URLSessionConfiguration.ephemeral
    configuration.timeoutIntervalForRequest = timeout
    configuration.timeoutIntervalForResource = timeout * 2
    let session = URLSession(configuration: configuration)
    let results = Results(count: links.count)
    DispatchQueue.concurrentPerform(iterations: links.count) { index in
      results.set(index, status(of: links[index].url, session: session))
    }
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
            message: "the link '\(url)' did not answer within \(Int(timeout)) s"))
      default: break
      }
    }
    return findings
  }

  /// The status of a HEAD request, or of a GET where the server refuses HEAD; nil without an answer.
  static func status(of url: String, session: URLSession) -> Int? {
    guard let address = URL(string: url) else { return 400 }
    let answer = Results(count: 1)
    var code: Int?
    for method in ["HEAD", "GET"] {
      var request = URLRequest(url: address)
      request.httpMethod = method
      request.setValue("Vita link check", forHTTPHeaderField: "User-Agent")
      let done = DispatchSemaphore(value: 0)
      let task = session.dataTask(with: request) { _, response, _ in
        answer.set(0, (response as? HTTPURLResponse)?.statusCode)
        done.signal()
      }
      task.resume()
      if done.wait(timeout: .now() + timeout * 2) == .timedOut { task.cancel() }
      code = answer.get(0)
      guard let status = code, status == 405 || status == 501 || status == 403 else { return code }
    }
    return code
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
