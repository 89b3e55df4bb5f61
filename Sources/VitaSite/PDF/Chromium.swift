import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// How Chromium is started for printing: its command line, and whether its sandbox is on.
public struct ChromiumLaunch: Sendable, Equatable {
  public var executable: String
  /// Chromium's own sandbox; off only as root (where Chromium refuses it) or after it failed to start.
  public var sandbox: Bool
  /// The browser's profile folder, its own, so that a browser the person has open does not take the job over.
  public var profile: String

  /// The sandbox stays on, but for root: Chromium will not start sandboxed as root.
  public static func sandboxed(effectiveUserID: UInt32 = geteuid()) -> Bool { effectiveUserID != 0 }

  public init(executable: String, sandbox: Bool, profile: String) {
    self.executable = executable
    self.sandbox = sandbox
    self.profile = profile
  }

  /// The command line. The pages need nothing from the network, so none is reached: host names do
  /// not resolve, and each tab also blocks http and https (see `ChromiumBrowser.print`).
  public var arguments: [String] {
    [
      "--headless", "--remote-debugging-pipe", "--disable-gpu", "--no-first-run", "--no-default-browser-check",
      "--disable-extensions", "--disable-background-networking", "--disable-component-update", "--disable-sync",
      "--disable-dev-shm-usage", "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost",
      // Unhinted glyph metrics: the headless shell hints by default, which moves line breaks and
      // splits letter-spaced headings in the PDF's text ("EXP ERI ENC E"); unhinted, every build
      // of Chromium lays a page out as the full browser does.
      "--font-render-hinting=none",
      "--user-data-dir=\(profile)",
    ] + (sandbox ? [] : ["--no-sandbox"]) + ["about:blank"]
  }
}

/// One headless Chromium, driven over its DevTools pipe: started once, prints in as many tabs as
/// are asked of it at once, and closed by `close` (or, if Vita dies, by the end of its pipe).
final class ChromiumBrowser: Sendable {
  let launch: ChromiumLaunch
  private let pipe: DevToolsPipe
  /// The browser's process.
  let process: pid_t
  private let log: String

  /// Starts the browser and waits until it answers. Throws what it wrote before it stopped.
  init(_ launch: ChromiumLaunch, startTimeout: Double) throws(PDFPrintFailure) {
    self.launch = launch
    let fileManager = FileManager.default
    try? fileManager.createDirectory(atPath: launch.profile, withIntermediateDirectories: true)
    log = launch.profile + "/stderr.log"
    guard let (pipe, browserReads, browserWrites) = DevToolsPipe.make() else {
      throw PDFPrintFailure(description: PDFMessages.noPipe(launch.executable))
    }
    self.pipe = pipe
    var pid: pid_t = 0
    let status = Self.spawn(
      launch.executable, arguments: launch.arguments, reads: browserReads, writes: browserWrites, log: log, pid: &pid)
    Glibc.close(browserReads)
    Glibc.close(browserWrites)
    guard status == 0 else {
      pipe.close()
      throw PDFPrintFailure(description: PDFMessages.cannotRun(launch.executable, String(cString: strerror(status))))
    }
    process = pid
    do {
      _ = try pipe.call("Browser.getVersion", until: .now() + startTimeout)
    } catch {
      pipe.close()
      Self.reap(pid, within: 5)
      throw PDFPrintFailure(description: PDFMessages.didNotStart(launch.executable, lastLines(of: log)))
    }
  }

  /// Closes the browser: politely, then by its pipe, then by SIGKILL; waits for it to exit.
  func close() {
    _ = try? pipe.call("Browser.close", until: .now() + 2)
    pipe.close()
    Self.reap(process, within: 5)
  }

  /// A new tab, its network blocked; printed in with `print` until `closeTab`.
  func openTab(until deadline: DispatchTime) throws(DevToolsError) -> Tab {
    let target = try pipe.call("Target.createTarget", ["url": "about:blank"], until: deadline)
    guard let targetID = target["targetId"] as? String else { throw .refused("no tab") }
    let attached = try pipe.call(
      "Target.attachToTarget", ["targetId": targetID, "flatten": true], until: deadline)
    guard let session = attached["sessionId"] as? String else { throw .refused("no session") }
    let tab = Tab(target: targetID, session: session)
    _ = try pipe.call("Network.enable", session: session, until: deadline)
    _ = try pipe.call("Network.setBlockedURLs", ["urls": ["http://*", "https://*"]], session: session, until: deadline)
    return tab
  }

  /// A browser tab and the DevTools session attached to it.
  struct Tab: Sendable {
    var target: String
    var session: String
  }

  func closeTab(_ tab: Tab) {
    _ = try? pipe.call("Target.closeTarget", ["targetId": tab.target], until: .now() + 5)
  }

  /// Prints the page at `html` in `tab`; the PDF's bytes. Every step must end by `deadline`. A tab
  /// prints one page after another: a new tab for each page cost a renderer's start each time.
  func print(_ html: URL, in tab: Tab, until deadline: DispatchTime) throws(DevToolsError) -> Data {
    let session = tab.session
    let navigated = try pipe.call("Page.navigate", ["url": html.absoluteString], session: session, until: deadline)
    if let error = navigated["errorText"] as? String, !error.isEmpty { throw .refused(error) }
    // Page.navigate answers once the page is committed: wait for its load, then for its fonts.
    let ready = """
      new Promise(done => document.readyState === "complete" ? done() : addEventListener("load", () => done()))
        .then(() => document.fonts.ready).then(() => true)
      """
    _ = try pipe.call(
      "Runtime.evaluate", ["expression": ready, "awaitPromise": true, "returnByValue": true], session: session,
      until: deadline)
    let printed = try pipe.call(
      "Page.printToPDF",
      [
        "printBackground": true, "preferCSSPageSize": true, "generateTaggedPDF": true, "displayHeaderFooter": false,
      ], session: session, until: deadline)
    guard let base64 = printed["data"] as? String, let data = Data(base64Encoded: base64) else {
      throw .refused("no PDF")
    }
    return data
  }

  /// posix_spawn with the pipe's ends as the child's descriptors 3 and 4, standard input from
  /// /dev/null and standard error to `log`. The ends are first copied above 9, so that neither is
  /// already 3 or 4 (dup2 onto itself would leave close-on-exec set).
  private static func spawn(
    _ executable: String, arguments: [String], reads: Int32, writes: Int32, log: String, pid: inout pid_t
  ) -> Int32 {
    let highReads = fcntl(reads, F_DUPFD_CLOEXEC, 10)
    let highWrites = fcntl(writes, F_DUPFD_CLOEXEC, 10)
    defer {
      Glibc.close(highReads)
      Glibc.close(highWrites)
    }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 2, log, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    posix_spawn_file_actions_adddup2(&actions, highReads, 3)
    posix_spawn_file_actions_adddup2(&actions, highWrites, 4)
    // Its own process group, so that `reap` can kill a launcher script and the browser it runs together.
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP))
    posix_spawnattr_setpgroup(&attributes, 0)
    let argv = ([executable] + arguments).map { strdup($0) } + [nil]
    defer { for pointer in argv { free(pointer) } }
    return posix_spawn(&pid, executable, &actions, &attributes, argv, environ)
  }

  /// Waits for `pid` to exit, and kills it (its whole group of processes with it) after `seconds`.
  private static func reap(_ pid: pid_t, within seconds: Double) {
    let deadline = Date().addingTimeInterval(seconds)
    var status: Int32 = 0
    while Date() < deadline {
      let result = waitpid(pid, &status, WNOHANG)
      if result == pid || (result < 0 && errno != EINTR) { return }
      usleep(10_000)
    }
    kill(-pid, SIGKILL)
    while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
  }
}

/// The last lines a browser wrote to its log, for a message.
func lastLines(of log: String, count: Int = 5) -> String {
  let output = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
  return output.split(separator: "\n").suffix(count).joined(separator: "\n")
}
