import Foundation
import Synchronization

#if canImport(Glibc)
  import Glibc
#endif

/// Why a PDF could not be printed.
public struct PDFPrintFailure: Error, Sendable, CustomStringConvertible {
  public var description: String

  public init(description: String) {
    self.description = description
  }
}

/// One page to print: where its HTML is, where its PDF goes, and what the PDF says about itself.
public struct PrintJob: Sendable {
  public var html: URL
  public var pdf: URL
  /// The PDF as the person knows it, for messages: `applications/acme-analyst/cv.pdf`.
  public var name: String
  public var metadata: PDFMetadata

  public init(html: URL, pdf: URL, name: String, metadata: PDFMetadata) {
    self.html = html
    self.pdf = pdf
    self.name = name
    self.metadata = metadata
  }
}

/// Prints HTML pages on disk to PDF files; headless Chromium in real builds, a fake in tests.
public protocol PDFPrinter: Sendable {
  /// Prints every job (at once where it can); the number of pages of each, in the jobs' order.
  func print(_ jobs: [PrintJob]) throws(PDFPrintFailure) -> [Int]
  /// Ends what printing started (a browser); printing again starts it anew.
  func close()
  /// Gets ready to print (starts the browser) while the build does other work.
  func prepare()
  /// Warnings printing gave since the last call (Chromium's sandbox could not start, say).
  func takeWarnings() -> [String]
}

extension PDFPrinter {
  public func close() {}
  public func prepare() {}
  public func takeWarnings() -> [String] { [] }
}

/// Headless Chromium (or Google Chrome), found on PATH or at `VITA_CHROMIUM`, started once and
/// kept for every print until `close`: one browser per build, printing in several tabs at once.
public final class ChromiumPrinter: PDFPrinter {
  /// The browser's executable.
  public let executable: String
  /// Seconds each page may take, from its tab's opening to its PDF, before the print is called hung.
  public let timeout: Double
  /// Seconds the browser may take to start, at least `timeout`: a machine busy with other work
  /// starts it slowly, which says nothing of a page (a 5 s `timeout` once failed so under load).
  public let startTimeout: Double
  /// How many tabs print at once.
  public let tabs: Int
  /// Who Vita runs as: the sandbox is off for root (see `ChromiumLaunch.sandboxed`).
  public let effectiveUserID: UInt32
  private let info: PDFInfoWriter
  private let state = Mutex(PrinterState())
  /// Held while a browser starts, so that two callers do not start two.
  private let starting = NSLock()

  private struct PrinterState: Sendable {
    var browser: ChromiumBrowser?
    var lastProcess: pid_t?
    var warnings: [String] = []
    /// Counts the calls of `close`: a start that `prepare` asked for before the last `close` is not made.
    var closings = 0
  }

  /// The running browser's process, if one is started; for tests that check none is left.
  var browserProcess: pid_t? { state.withLock { $0.browser?.process } }
  /// The process of the browser started last, running or not.
  var lastBrowser: pid_t? { state.withLock { $0.lastProcess } }

  /// The names looked for on PATH, in order. The headless shells come first: Chromium's headless
  /// build without the desktop browser around it (Debian's `chromium-headless-shell`, Chrome for
  /// Testing's `chrome-headless-shell`), made for automation, prints the same pages in about half
  /// the time and CPU of the full browser (docs/performance.md).
  public static let names = [
    "chromium-headless-shell", "chrome-headless-shell", "chromium", "chromium-browser", "google-chrome",
    "google-chrome-stable",
  ]

  /// `qpdf` writes the metadata.
  init(
    executable: String, qpdf: Tool, timeout: Double = 60, startTimeout: Double = 60, tabs: Int = 4,
    effectiveUserID: UInt32 = geteuid()
  ) {
    self.executable = executable
    self.info = PDFInfoWriter(qpdf: qpdf)
    self.timeout = timeout
    self.startTimeout = max(startTimeout, timeout)
    self.tabs = max(1, tabs)
    self.effectiveUserID = effectiveUserID
  }

  /// The browser named by `VITA_CHROMIUM`, else the first of `names` on PATH, with qpdf from PATH.
  public static func locate(
    environment: [String: String] = ProcessInfo.processInfo.environment
  ) throws(PDFPrintFailure) -> ChromiumPrinter {
    let executable = try locateBrowser(environment: environment)
    guard let qpdf = Tool.find("qpdf", environment: environment) else {
      throw PDFPrintFailure(description: PDFMessages.noQPDF)
    }
    // VITA_PRINT_TIMEOUT: seconds a page may take, for a slow machine (60 by default).
    let timeout = environment["VITA_PRINT_TIMEOUT"].flatMap(Double.init).map { max(1, $0) } ?? 60
    return ChromiumPrinter(executable: executable, qpdf: qpdf, timeout: timeout)
  }

  /// The browser's path: `VITA_CHROMIUM`, else the first of `names` on PATH.
  public static func locateBrowser(
    environment: [String: String] = ProcessInfo.processInfo.environment
  ) throws(PDFPrintFailure) -> String {
    if let explicit = environment["VITA_CHROMIUM"], !explicit.isEmpty {
      guard FileManager.default.isExecutableFile(atPath: explicit) else {
        throw PDFPrintFailure(description: PDFMessages.notExecutable(explicit))
      }
      return explicit
    }
    for name in names {
      if let found = Tool.find(name, environment: environment) { return found.executable }
    }
    throw PDFPrintFailure(description: PDFMessages.noChromium(names))
  }

  deinit { close() }

  public func takeWarnings() -> [String] {
    state.withLock { state in
      defer { state.warnings = [] }
      return state.warnings
    }
  }

  public func close() {
    // A start under way finishes first, so that the browser it makes is closed here.
    starting.lock()
    defer { starting.unlock() }
    guard
      let browser = state.withLock({ state in
        state.closings += 1
        defer { state.browser = nil }
        return state.browser
      })
    else { return }
    browser.close()
    try? FileManager.default.removeItem(atPath: browser.launch.profile)
  }

  public func print(_ jobs: [PrintJob]) throws(PDFPrintFailure) -> [Int] {
    guard !jobs.isEmpty else { return [] }
    guard let browser = try started() else { throw PDFPrintFailure(description: "the browser was closed") }
    let pages = Mutex([Int](repeating: 0, count: jobs.count))
    let next = Atomic(0)
    let failure = Mutex<PDFPrintFailure?>(nil)
    let finished = DispatchGroup()
    for _ in 0..<min(tabs, jobs.count) {
      finished.enter()
      Thread { [self] in
        defer { finished.leave() }
        var tab: ChromiumBrowser.Tab?
        defer { if let tab { browser.closeTab(tab) } }
        while failure.withLock({ $0 == nil }) {
          let index = next.add(1, ordering: .relaxed).oldValue
          guard index < jobs.count else { return }
          do throws(PDFPrintFailure) {
            let deadline = DispatchTime.now() + timeout
            let job = jobs[index]
            let open: ChromiumBrowser.Tab
            if let tab {
              open = tab
            } else {
              open = try devTools(job, in: browser) { () throws(DevToolsError) in try browser.openTab(until: deadline) }
              tab = open
            }
            let data = try devTools(job, in: browser) { () throws(DevToolsError) in
              try browser.print(job.html, in: open, until: deadline)
            }
            let count = try save(data, for: job)
            pages.withLock { $0[index] = count }
          } catch {
            failure.withLock { if $0 == nil { $0 = error } }
          }
        }
      }.start()
    }
    finished.wait()
    if let failure = failure.withLock({ $0 }) {
      // A hung or failed print may leave the browser in any state: the next print starts a new one.
      close()
      throw failure
    }
    return pages.withLock { $0 }
  }

  /// What `step` gives, its DevTools errors told as failures to print `job`.
  private func devTools<Value>(
    _ job: PrintJob, in browser: ChromiumBrowser, _ step: () throws(DevToolsError) -> Value
  ) throws(PDFPrintFailure) -> Value {
    do {
      return try step()
    } catch {
      switch error {
      case .timedOut:
        throw PDFPrintFailure(description: PDFMessages.hung(job.name, seconds: Int(timeout)))
      case .closed:
        throw PDFPrintFailure(
          description: PDFMessages.browserGone(job.name, lastLines(of: browser.launch.profile + "/stderr.log")))
      case .refused(let reason):
        throw PDFPrintFailure(description: PDFMessages.failed(job.name, reason))
      }
    }
  }

  /// Writes the PDF and its metadata; its number of pages.
  private func save(_ data: Data, for job: PrintJob) throws(PDFPrintFailure) -> Int {
    guard data.starts(with: Data("%PDF-".utf8)) else {
      throw PDFPrintFailure(description: PDFMessages.failed(job.name, "what the browser gave is not a PDF"))
    }
    try? FileManager.default.removeItem(at: job.pdf)
    guard FileManager.default.createFile(atPath: job.pdf.path, contents: data) else {
      throw PDFPrintFailure(description: PDFMessages.failed(job.name, "could not write \(job.pdf.path)"))
    }
    return try info.write(job.metadata, into: job.pdf, data: data, name: job.name)
  }

  /// Starts the browser now, on another thread, so that it is ready when the pages are: a build
  /// calls this before it renders. A failure is met again, and reported, by `print`.
  public func prepare() {
    let closings = state.withLock { $0.closings }
    Thread { [self] in _ = try? started(unlessClosedSince: closings) }.start()
  }

  /// The browser, started on first use: sandboxed unless Vita runs as root; when the sandbox cannot
  /// start, a warning and a browser without it.
  private func started(unlessClosedSince closings: Int? = nil) throws(PDFPrintFailure) -> ChromiumBrowser? {
    starting.lock()
    defer { starting.unlock() }
    if let browser = state.withLock({ $0.browser }) { return browser }
    if let closings, state.withLock({ $0.closings }) != closings { return nil }
    let sandbox = ChromiumLaunch.sandboxed(effectiveUserID: effectiveUserID)
    let browser: ChromiumBrowser
    do {
      browser = try ChromiumBrowser(launch(sandbox: sandbox), startTimeout: startTimeout)
    } catch  where sandbox {
      state.withLock { $0.warnings.append(PDFMessages.noSandbox(executable)) }
      browser = try ChromiumBrowser(launch(sandbox: false), startTimeout: startTimeout)
    }
    state.withLock {
      $0.browser = browser
      $0.lastProcess = browser.process
    }
    return browser
  }

  /// The command line of a browser, with a new profile folder of its own in the temporary folder
  /// (removed by `close`; those of builds that were killed are removed by the next).
  func launch(sandbox: Bool) -> ChromiumLaunch {
    let temporary = FileManager.default.temporaryDirectory.path
    let prefix = "vita-chromium-"
    for entry in (try? FileManager.default.contentsOfDirectory(atPath: temporary)) ?? [] where entry.hasPrefix(prefix) {
      let owner = entry.dropFirst(prefix.count).prefix { $0 != "-" }
      if let pid = Int32(owner), pid != getpid(), kill(pid, 0) != 0, errno == ESRCH {
        try? FileManager.default.removeItem(atPath: temporary + "/" + entry)
      }
    }
    let profile = temporary + "/\(prefix)\(getpid())-\(UUID().uuidString)"
    return ChromiumLaunch(executable: executable, sandbox: sandbox, profile: profile)
  }
}
