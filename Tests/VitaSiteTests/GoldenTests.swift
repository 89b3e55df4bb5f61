import Foundation
import Testing
import VitaCore

@testable import VitaSite

/// The bundled example's output, compared file by file with Tests/Golden; `make golden` refreshes them.
@Suite struct GoldenTests {
  static let goldenRoot = packageRoot + "/Tests/Golden/example"

  /// The example as `vita build` makes it: pages and postings shared out over the render's workers.
  static func exampleOutput() throws -> [String: OutputFiles] {
    var report = BuildReport()
    // The letters' date: the same as VITA_TODAY in the command-line golden test.
    let build = Build(
      options: BuildOptions(
        source: packageRoot, themeDirectory: packageRoot + "/templates",
        today: PartialDate(year: 2026, month: 6, day: 15)))
    let output = build.render(into: &report)
    let built = try #require(output, "the bundled example does not build: \(report.diagnostics)")
    return ["public": built.site, "applications": built.applications]
  }

  /// The build's applications are the files that tailoring and rendering each posting on its own
  /// make, whichever worker took which posting.
  @Test func theBuildsApplicationsAreThoseOfEachPostingOnItsOwn() throws {
    let site = try #require(SiteLoader().load(from: packageRoot).site)
    var published = OutputFiles()
    let separate = try Build.renderApplications(
      Build.tailor(site: site, jobs: site.jobs), site: site, theme: defaultTheme, publishInto: &published,
      complete: true, today: PartialDate(year: 2026, month: 6, day: 15))
    let built = try Self.exampleOutput()
    #expect(built["applications"]?.files == separate.files)
    #expect(!published.files.isEmpty, "the example publishes a tailored CV")
    for (path, data) in published.files { #expect(built["public"]?[path] == data, "\(path) differs") }
  }

  @Test func bundledExampleMatchesTheGoldenFiles() throws {
    let outputs = try Self.exampleOutput()
    let update = ProcessInfo.processInfo.environment["VITA_UPDATE_GOLDEN"] == "1"
    for (folder, all) in outputs {
      var files = OutputFiles()
      for (path, data) in all.files where !path.split(separator: "/").contains(where: { $0.hasPrefix(".") }) {
        // The theme's assets are copied as they are: compared with the theme, not kept twice more.
        if path.hasPrefix("assets/") {
          let theme = FileManager.default.contents(atPath: packageRoot + "/templates/" + path)
          #expect(theme == data, "\(folder)/\(path) is not the theme's own file")
          continue
        }
        files[path] = data
      }
      let root = Self.goldenRoot + "/" + folder
      if update {
        try? FileManager.default.removeItem(atPath: root)
        for (path, data) in files.files {
          let url = URL(fileURLWithPath: root + "/" + path)
          try FileManager.default.createDirectory(
            at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
          try data.write(to: url)
        }
        continue
      }
      let expected = Set(Theme.files(under: root))
      #expect(Set(files.files.keys) == expected, "files differ from the golden set in \(folder)/; run `make golden`")
      for (path, data) in files.files.sorted(by: { $0.key < $1.key }) {
        let golden = FileManager.default.contents(atPath: root + "/" + path)
        #expect(golden == data, "\(folder)/\(path) differs from its golden file; run `make golden` and review the diff")
      }
    }
  }
}
