import Foundation
import Testing
import VitaTestSupport

#if canImport(Glibc)
  import Glibc
#endif

/// `kill -9` at any moment of a build: what it leaves is either the previous output or the new one,
/// plus hidden staging folders that the next build removes (only those no running build holds,
/// known by the lock each build keeps on its own), and the starter .gitignore covers them.
@Suite(.serialized) struct KillTests {
  /// A site large enough that a build takes a while: experiences, postings and a foreign file.
  static func site() throws -> String {
    var files = ["vita.yml": minimalConfig]
    for number in 0..<300 {
      files["content/experiences/e\(number).md"] = minimalExperience.replacingOccurrences(
        of: "Volunteer Teacher", with: "Volunteer Teacher \(number)")
    }
    for number in 0..<6 {
      files["content/jobs/job\(number).md"] = "---\ntitle: Teacher\ncompany: Acme \(number)\n---\nWe need teaching.\n"
    }
    return try makeSiteFolder(files)
  }

  /// The hidden staging folders in `folder`.
  static func leftovers(in folder: String) -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter {
      $0.contains(".vita-new-") || $0.contains(".vita-old-")
    }.sorted()
  }

  func startBuild(_ site: String) throws -> Process {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: vitaBinary)
    process.arguments = ["build", "--source", site]
    process.environment = vitaEnvironment()
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    return process
  }

  @Test func killedBuildsLeaveNothingThatTheNextBuildKeeps() throws {
    let site = try Self.site()
    defer { try? FileManager.default.removeItem(atPath: site) }
    let started = Date()
    #expect(try vita(["build", "--source", site]).status == 0)
    // Not a timed assertion: the build's length spreads the kills over it.
    let length = Date().timeIntervalSince(started)
    try Data("budi.example.com\n".utf8).write(to: URL(fileURLWithPath: site + "/public/CNAME"))
    let (public_, applications) = (snapshot(site + "/public"), snapshot(site + "/applications"))

    var generator = SeededGenerator(seed: 24)
    var left = 0
    for _ in 0..<16 {
      let build = try startBuild(site)
      Thread.sleep(forTimeInterval: Double.random(in: 0...(length * 1.2), using: &generator))
      kill(build.processIdentifier, SIGKILL)
      build.waitUntilExit()
      left += Self.leftovers(in: site).count + Self.leftovers(in: site + "/applications").count
      #expect(
        FileManager.default.fileExists(atPath: site + "/public/index.html"), "public/ is there after every kill")
    }
    print("kill -9 ×16: \(left) staging folders seen after the kills")

    let run = try vita(["build", "--source", site])
    #expect(run.status == 0, "\(run.stderr)")
    #expect(Self.leftovers(in: site) == [], "the next build removes what killed builds left")
    #expect(Self.leftovers(in: site + "/applications") == [])
    #expect(snapshot(site + "/public") == public_, "public/ is whole, CNAME and all")
    #expect(snapshot(site + "/applications") == applications)
  }

  /// A staging folder that a running build holds (its lock) is not another build's to remove.
  @Test func aStagingFolderARunningBuildHoldsIsLeftAlone() throws {
    let site = try makeSiteFolder(["vita.yml": minimalConfig, "content/experiences/teacher.md": minimalExperience])
    defer { try? FileManager.default.removeItem(atPath: site) }
    let busy = site + "/.public.vita-new-424242"
    try FileManager.default.createDirectory(atPath: busy + "/cv", withIntermediateDirectories: true)
    let held = open(busy, O_RDONLY | O_DIRECTORY)
    #expect(flock(held, LOCK_EX) == 0)
    let stale = site + "/.applications.vita-old-424243"
    try FileManager.default.createDirectory(atPath: stale + "/acme", withIntermediateDirectories: true)

    #expect(try vita(["build", "--source", site]).status == 0)
    #expect(Self.leftovers(in: site) == [".public.vita-new-424242"], "the held one stays, the other goes")
    close(held)
    #expect(try vita(["build", "--source", site]).status == 0)
    #expect(Self.leftovers(in: site) == [])
  }

  /// Where the system cannot swap in one step, a kill between the two renames leaves no public/: the
  /// next build puts the previous output back before anything else.
  @Test func aMissingOutputIsPutBackFromWhereTheKilledBuildMovedIt() throws {
    let site = try makeSiteFolder(["vita.yml": minimalConfig, "content/experiences/teacher.md": minimalExperience])
    defer { try? FileManager.default.removeItem(atPath: site) }
    #expect(try vita(["build", "--source", site]).status == 0)
    try Data("budi.example.com\n".utf8).write(to: URL(fileURLWithPath: site + "/public/CNAME"))
    let before = snapshot(site + "/public")
    try FileManager.default.moveItem(atPath: site + "/public", toPath: site + "/.public.vita-old-424244")
    try FileManager.default.createDirectory(
      atPath: site + "/.public.vita-new-424244", withIntermediateDirectories: true)

    #expect(try vita(["build", "--source", site]).status == 0)
    #expect(snapshot(site + "/public") == before, "the CNAME of the output that was moved away is still there")
    #expect(Self.leftovers(in: site) == [])
  }

  @Test func theStarterGitignoreCoversStagingFolders() throws {
    let parent = try makeSiteFolder([:])
    defer { try? FileManager.default.removeItem(atPath: parent) }
    let site = parent + "/site"
    #expect(try vita(["init", site]).status == 0)
    let staging = [".public.vita-new-123", ".applications.vita-old-9", "applications/.acme.vita-new-5"]
    for name in staging {
      try FileManager.default.createDirectory(atPath: site + "/" + name, withIntermediateDirectories: true)
    }
    #expect(try git(["init", "-q"], in: site) == 0)
    for name in staging { #expect(try git(["check-ignore", "-q", name], in: site) == 0, "\(name) is not ignored") }
    #expect(try git(["check-ignore", "-q", "content/experiences"], in: site) == 1, "the content is not ignored")
  }

  func git(_ arguments: [String], in folder: String) throws -> Int32 {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/git")
    process.arguments = arguments
    process.currentDirectoryURL = URL(fileURLWithPath: folder)
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    return process.terminationStatus
  }
}
