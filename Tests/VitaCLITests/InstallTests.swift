import Foundation
import Testing

/// `make install` puts all a build needs under its prefix: the binary with the word lists, skills
/// and posting cues compiled in, the default theme and the bundled themes beside it.
@Suite struct InstallTests {
  /// Runs `make` in the repository with `arguments`.
  func make(_ arguments: [String]) throws -> Run {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["make", "--no-print-directory", "-C", packageRoot] + arguments
    let output = Pipe()
    process.standardOutput = output
    process.standardError = output
    try process.run()
    let text = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Run(status: process.terminationStatus, stdout: String(decoding: text, as: UTF8.self), stderr: "")
  }

  /// The example, installed into a temporary prefix and built from a folder outside the repository
  /// with the installed binary alone, comes out byte for byte as the tests' binary builds it from
  /// the repository's theme; so does the example in the classic theme. The binary installed is the
  /// one the tests run (`BINARY=`), so that the test does not wait for a release build.
  @Test func theInstalledBinaryBuildsTheExampleFromAnotherFolder() throws {
    let root = NSTemporaryDirectory() + "vita-install-" + UUID().uuidString
    defer { try? FileManager.default.removeItem(atPath: root) }
    let prefix = root + "/prefix"
    let install = try make(["install", "PREFIX=" + prefix, "BINARY=" + vitaBinary])
    #expect(install.status == 0, "\(install.stdout)")
    let installed = prefix + "/bin/vita"
    #expect(FileManager.default.isExecutableFile(atPath: installed))
    #expect(FileManager.default.fileExists(atPath: prefix + "/share/vita/templates/layout.mustache"))
    #expect(FileManager.default.fileExists(atPath: prefix + "/share/vita/themes/classic"))

    let site = root + "/elsewhere/site"
    try FileManager.default.createDirectory(atPath: root + "/elsewhere", withIntermediateDirectories: true)
    try FileManager.default.copyItem(atPath: packageRoot + "/content", toPath: site + "/content")
    let config = try String(contentsOfFile: packageRoot + "/vita.yml", encoding: .utf8)
    for theme in ["default", "classic"] {
      try Data((config + "theme:\n  name: \(theme)\n").utf8).write(to: URL(fileURLWithPath: site + "/vita.yml"))
      let today = ["VITA_TODAY": "2026-06-15"]
      func outputs(_ name: String) -> [String] {
        ["--output", "../\(theme)-\(name)/public", "--applications", "../\(theme)-\(name)/applications"]
      }
      let fromInstall = try vita(["build"] + outputs("install"), in: site, binary: installed, environment: today)
      #expect(fromInstall.status == 0, "\(theme): \(fromInstall.stderr)")
      let fromTree = try vita(
        ["build"] + outputs("tree"), in: site,
        environment: today.merging(["VITA_THEME_DIR": packageRoot + "/templates"]) { $1 })
      #expect(fromTree.status == 0, "\(theme): \(fromTree.stderr)")

      let built = snapshot(root + "/elsewhere/\(theme)-install")
      #expect(built.keys.contains("public/experiences/bandung-datathon-2025/index.html"), "\(theme)")
      #expect(built == snapshot(root + "/elsewhere/\(theme)-tree"), "\(theme): the installed binary built otherwise")
      // The posting's tools are known from the built-in vocabulary (data/vocabulary/).
      let report = String(
        decoding: built["applications/acme-junior-data-analyst/report.json"] ?? Data(), as: UTF8.self)
      #expect(report.contains("\"SQL\"") && report.contains("\"kind\" : \"tool\""), "\(theme): \(report.prefix(300))")
    }
  }
}
