import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// Files that are not what they seem (issue 24, the smaller points): a FIFO or a link to a device
/// where an experience should be, a loop of links in static/, a mount point as the output, and file
/// names that would rewrite the terminal. Each gets a plain message; none hangs the build.
@Suite(.serialized) struct OddFilesTests {
  /// `vita build`, stopped after `seconds` (a guard against a hang only: a build of these takes well
  /// under a second); nil when it had to be stopped.
  func build(_ site: String, _ extra: [String] = [], seconds: Double = 60) throws -> Run? {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: vitaBinary)
    process.arguments = ["build", "--source", site] + extra
    process.environment = vitaEnvironment()
    let err = Pipe()
    process.standardOutput = FileHandle.nullDevice
    process.standardError = err
    try process.run()
    let deadline = Date().addingTimeInterval(seconds)
    while process.isRunning, Date() < deadline { usleep(20_000) }
    if process.isRunning {
      // SIGKILL: a process Foundation starts may have SIGTERM blocked.
      kill(process.processIdentifier, SIGKILL)
      process.waitUntilExit()
      return nil
    }
    let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    return Run(status: process.terminationStatus, stdout: "", stderr: stderr)
  }

  func site(_ extra: [String: String] = [:]) throws -> String {
    try makeSiteFolder(
      ["vita.yml": minimalConfig, "content/experiences/teacher.md": minimalExperience].merging(extra) { $1 })
  }

  @Test func aFIFONamedLikeAnExperienceIsRefusedByItsType() throws {
    let site = try site()
    defer { try? FileManager.default.removeItem(atPath: site) }
    #expect(mkfifo(site + "/content/experiences/pipe.md", 0o644) == 0)
    let run = try #require(try build(site), "hang guard: the build waited on the FIFO")
    #expect(run.status == 1, "\(run.stderr)")
    #expect(
      run.stderr.contains(
        "content/experiences/pipe.md:1:1: error: the file is a FIFO (named pipe), not a regular file"),
      "\(run.stderr)")
    #expect(run.stderr.contains("[not-a-file]"))
  }

  @Test func aLinkToADeviceIsRefusedNotSkipped() throws {
    let site = try site()
    defer { try? FileManager.default.removeItem(atPath: site) }
    try FileManager.default.createSymbolicLink(
      atPath: site + "/content/experiences/zero.md", withDestinationPath: "/dev/zero")
    let run = try #require(try build(site), "hang guard")
    #expect(run.status == 1, "\(run.stderr)")
    #expect(run.stderr.contains("content/experiences/zero.md:1:1: error:"), "\(run.stderr)")
  }

  @Test func aLoopOfLinksInStaticIsSaidToBeOne() throws {
    let site = try site(["static/photo.txt": "me"])
    defer { try? FileManager.default.removeItem(atPath: site) }
    try FileManager.default.createSymbolicLink(atPath: site + "/static/a", withDestinationPath: "b")
    try FileManager.default.createSymbolicLink(atPath: site + "/static/b", withDestinationPath: "a")
    let run = try #require(try build(site), "hang guard")
    #expect(run.status != 0)
    #expect(run.stderr.contains("is a symbolic link in a loop"), "\(run.stderr)")
    #expect(!run.stderr.contains("outside the site"), "\(run.stderr)")
  }

  /// /dev/shm is a mount point on Linux: an output folder that cannot be renamed, said so plainly.
  @Test func aMountPointAsTheOutputIsSaidToBeOne() throws {
    let site = try site()
    defer { try? FileManager.default.removeItem(atPath: site) }
    let run = try #require(try build(site, ["--output", "/dev/shm"]), "hang guard")
    #expect(run.status == 2, "\(run.stderr)")
    #expect(run.stderr.contains("/dev/shm is a mount point"), "\(run.stderr)")
    #expect(!run.stderr.contains("NSCocoaErrorDomain"))
  }

  @Test func controlAndBidirectionalCharactersInNamesAreShownEscaped() throws {
    let site = try site([
      "content/experiences/evil\u{202E}dm.txt.md": minimalExperience,
      "content/experiences/two\nlines.md": minimalExperience,
    ])
    defer { try? FileManager.default.removeItem(atPath: site) }
    let run = try #require(try build(site), "hang guard")
    #expect(run.status == 1, "\(run.stderr)")
    #expect(!run.stderr.unicodeScalars.contains("\u{202E}"), "a raw right-to-left override: \(run.stderr)")
    #expect(run.stderr.contains("evil\\u{202E}dm.txt.md"), "\(run.stderr)")
    #expect(run.stderr.contains("two\\nlines.md"), "\(run.stderr)")
    for line in run.stderr.split(separator: "\n") where line.contains("error:") {
      #expect(line.hasPrefix("content/") || line.hasPrefix("error:"), "every message is one line: \(line)")
    }
  }
}
