import Foundation
import Testing
import VitaTestSupport

#if canImport(Glibc)
  import Glibc
#endif

/// `vita build --pdf` as a person runs it: one browser, gone when the build ends, however it ends.
@Suite(.serialized) struct PDFEndToEndTests {
  /// A running `vita` and every process seen below it while it ran.
  final class Watched: @unchecked Sendable {
    let process = Process()
    private let lock = NSLock()
    private var seen: Set<Int32> = []
    private var browsers: Set<Int32> = []
    let output = Pipe()
    let errors = Pipe()

    init(_ arguments: [String], environment: [String: String] = [:]) throws {
      process.executableURL = URL(fileURLWithPath: vitaBinary)
      process.arguments = arguments
      process.environment = vitaEnvironment(environment)
      process.standardOutput = output
      process.standardError = errors
      try process.run()
      let pid = process.processIdentifier
      Thread { [self] in
        while process.isRunning {
          let found = ProcessTree.descendants(of: pid)
          let named = found.filter {
            (try? String(contentsOfFile: "/proc/\($0)/comm", encoding: .utf8))?.contains("chrom") == true
          }
          lock.withLock {
            seen.formUnion(found)
            browsers.formUnion(named)
          }
          usleep(5_000)
        }
      }.start()
    }

    var processes: Set<Int32> { lock.withLock { seen } }
    var chromium: Set<Int32> { lock.withLock { browsers } }

    /// Waits until a Chromium process runs below vita, at most `seconds` (a bound against a hang).
    func waitForChromium(seconds: Double = 120) -> Bool {
      let deadline = Date().addingTimeInterval(seconds)
      while chromium.isEmpty, process.isRunning, Date() < deadline { usleep(10_000) }
      return !chromium.isEmpty
    }

    func finish() -> (status: Int32, stderr: String) {
      let stderr = errors.fileHandleForReading.readDataToEndOfFile()
      _ = output.fileHandleForReading.readDataToEndOfFile()
      process.waitUntilExit()
      return (process.terminationStatus, String(decoding: stderr, as: UTF8.self))
    }
  }

  /// The bundled example, built into a new folder.
  func exampleBuild(into root: String, _ extra: [String] = []) -> [String] {
    ["build", "--source", packageRoot, "--output", root + "/public", "--applications", root + "/applications"] + extra
  }

  @Test func aBuildLeavesNoChromiumBehind() throws {
    let root = NSTemporaryDirectory() + "vita-pdf-" + UUID().uuidString
    defer { try? FileManager.default.removeItem(atPath: root) }
    let build = try Watched(exampleBuild(into: root, ["--pdf"]))
    let (status, stderr) = build.finish()
    #expect(status == 0, "\(stderr)")
    #expect(!build.chromium.isEmpty, "the build printed with Chromium")
    #expect(ProcessTree.waitUntilGone(build.processes).isEmpty, "no process of the build's is left")
    #expect(FileManager.default.fileExists(atPath: root + "/public/cv/cv.pdf"))
    if geteuid() == 0 {
      #expect(!stderr.contains("sandbox"), "as root the sandbox is off from the start, without a warning")
    }
  }

  @Test func aHungPrintFailsNamingTheCVLeavesTheOutputAndNoChromium() throws {
    let site = try makeSiteFolder([
      "vita.yml": minimalConfig, "content/experiences/teacher.md": minimalExperience,
      // A CV page that never finishes loading.
      "templates/cv.mustache": try String(contentsOfFile: packageRoot + "/templates/cv.mustache", encoding: .utf8)
        .replacingOccurrences(of: "<article class=\"cv\">", with: "<script>for (;;) {}</script><article class=\"cv\">"),
    ])
    defer { try? FileManager.default.removeItem(atPath: site) }
    #expect(try vita(["build", "--source", site]).status == 0)
    let before = snapshot(site + "/public")
    let build = try Watched(["build", "--source", site, "--pdf"], environment: ["VITA_PRINT_TIMEOUT": "3"])
    let (status, stderr) = build.finish()
    #expect(status == 2)
    #expect(stderr.contains("printing public/cv/cv.pdf did not finish within 3 s"), "\(stderr)")
    #expect(snapshot(site + "/public") == before, "the previous output is left as it was")
    #expect(!build.chromium.isEmpty)
    #expect(ProcessTree.waitUntilGone(build.processes).isEmpty, "no process of the build's is left")
  }

  @Test func anInterruptedBuildLeavesTheOutputAndNoChromium() throws {
    let root = NSTemporaryDirectory() + "vita-pdf-" + UUID().uuidString
    defer { try? FileManager.default.removeItem(atPath: root) }
    #expect(try vita(exampleBuild(into: root)).status == 0)
    let before = snapshot(root + "/public")
    let build = try Watched(exampleBuild(into: root, ["--pdf"]))
    #expect(build.waitForChromium(), "the build started Chromium")
    kill(build.process.processIdentifier, SIGINT)
    let (status, _) = build.finish()
    #expect(status != 0)
    #expect(ProcessTree.waitUntilGone(build.processes).isEmpty, "no process of the build's is left")
    #expect(snapshot(root + "/public") == before, "the previous output is left as it was")
  }
}

@Suite struct OnePageCommandTests {
  @Test func onePageWithoutChromiumSaysWhyItNeedsItAndWritesNothing() throws {
    let site = try makeSiteFolder([
      "vita.yml": minimalConfig + "cv: {pages: 1}\n", "content/experiences/teacher.md": minimalExperience,
      "content/jobs/tutor.md": "---\ntitle: Tutor\ncompany: Acme\n---\nWe need teaching.\n",
    ])
    defer { try? FileManager.default.removeItem(atPath: site) }
    let run = try vita(["build"], in: site, environment: ["PATH": site + "/no-bin", "VITA_CHROMIUM": ""])
    #expect(run.status == 2)
    #expect(run.stderr.contains("cv: {pages: 1} measures the CV by printing it"), "\(run.stderr)")
    #expect(run.stderr.contains("apt-get install chromium"), "\(run.stderr)")
    #expect(!FileManager.default.fileExists(atPath: site + "/public"))
  }
}
