import Foundation
import Testing

/// The repository's root, found from this file's place in it.
let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
  .deletingLastPathComponent().path

/// The `vita` binary that `swift build` made: next to this test bundle, or `VITA_BINARY`.
let vitaBinary: String = {
  if let explicit = ProcessInfo.processInfo.environment["VITA_BINARY"] { return explicit }
  let candidates =
    [Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("vita").path]
    + Bundle.allBundles.map { $0.bundleURL.deletingLastPathComponent().appendingPathComponent("vita").path }
    + [packageRoot + "/.build/debug/vita"]
  return candidates.first { FileManager.default.isExecutableFile(atPath: $0) } ?? packageRoot + "/.build/debug/vita"
}()

struct Run {
  var status: Int32
  var stdout: String
  var stderr: String
}

/// Runs `vita` with `arguments` in `folder`, as a person would in a terminal.
func vita(
  _ arguments: [String], in folder: String? = nil, binary: String = vitaBinary, environment: [String: String] = [:]
)
  throws -> Run
{
  let process = Process()
  process.executableURL = URL(fileURLWithPath: binary)
  process.arguments = arguments
  if let folder { process.currentDirectoryURL = URL(fileURLWithPath: folder) }
  process.environment = vitaEnvironment(environment)
  let out = Pipe()
  let err = Pipe()
  process.standardOutput = out
  process.standardError = err
  try process.run()
  let stdout = out.fileHandleForReading.readDataToEndOfFile()
  let stderr = err.fileHandleForReading.readDataToEndOfFile()
  process.waitUntilExit()
  return Run(
    status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
    stderr: String(decoding: stderr, as: UTF8.self))
}

/// The environment `vita` runs in under test, with `extra` over it: the theme found as an installed
/// binary finds it (no `VITA_THEME_DIR`), and today fixed (`VITA_TODAY`), so that no outcome depends
/// on the day the tests run.
func vitaEnvironment(_ extra: [String: String] = [:]) -> [String: String] {
  var environment = ProcessInfo.processInfo.environment
  environment.removeValue(forKey: "VITA_THEME_DIR")
  environment["VITA_TODAY"] = "2026-06-15"
  for (key, value) in extra { environment[key] = value }
  return environment
}

/// A new site folder holding `files`.
func makeSiteFolder(_ files: [String: String]) throws -> String {
  let root = NSTemporaryDirectory() + "vita-e2e-" + UUID().uuidString
  for (path, text) in files {
    let url = URL(fileURLWithPath: root + "/" + path)
    try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(text.utf8).write(to: url)
  }
  return root
}

/// Every file under `folder` with its bytes.
func snapshot(_ folder: String) -> [String: Data] {
  var result: [String: Data] = [:]
  guard let enumerator = FileManager.default.enumerator(atPath: folder) else { return result }
  for case let path as String in enumerator {
    var isDirectory: ObjCBool = false
    if FileManager.default.fileExists(atPath: folder + "/" + path, isDirectory: &isDirectory), !isDirectory.boolValue {
      result[path] = FileManager.default.contents(atPath: folder + "/" + path)
    }
  }
  return result
}

let minimalConfig = "title: Budi\nbase_url: https://budi.example.com/\nperson:\n  name: Budi Santoso\n"
let minimalExperience = """
  ---
  title: Volunteer Teacher
  kind: volunteer
  organization: Rumah Belajar
  start: 2024-01
  highlights:
    - Taught 30 children to read in 6 months
  ---
  Every Saturday morning.
  """

@Suite(.serialized) struct EndToEndTests {
  @Test func aNewUserGetsASiteFromOneConfigAndOneExperience() throws {
    let site = try makeSiteFolder(["vita.yml": minimalConfig, "content/experiences/teacher.md": minimalExperience])
    defer { try? FileManager.default.removeItem(atPath: site) }
    let run = try vita(["build"], in: site)
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stdout.contains("Built"))
    let home = try #require(FileManager.default.contents(atPath: site + "/public/index.html"))
    #expect(String(decoding: home, as: UTF8.self).contains("Budi Santoso"))
    let page = try #require(FileManager.default.contents(atPath: site + "/public/experiences/teacher/index.html"))
    #expect(String(decoding: page, as: UTF8.self).contains("Taught 30 children to read in 6 months"))
    #expect(FileManager.default.fileExists(atPath: site + "/public/cv/index.html"))
  }

  @Test func aBrokenFileIsReportedLikeACompilerAndThePreviousOutputStays() throws {
    let site = try makeSiteFolder(["vita.yml": minimalConfig, "content/experiences/teacher.md": minimalExperience])
    defer { try? FileManager.default.removeItem(atPath: site) }
    #expect(try vita(["build", "--source", site]).status == 0)
    let before = snapshot(site + "/public")

    try Data(minimalExperience.replacingOccurrences(of: "start: 2024-01", with: "start: 2024-13").utf8)
      .write(to: URL(fileURLWithPath: site + "/content/experiences/teacher.md"))
    try Data("---\ntitle: X\nkind: hobby\nstart: 2024\n---\n".utf8)
      .write(to: URL(fileURLWithPath: site + "/content/experiences/second.md"))
    let run = try vita(["build", "--source", site])
    #expect(run.status == 1)
    #expect(run.stderr.contains("content/experiences/teacher.md:5:8: error: 'start' must be a real date"))
    #expect(run.stderr.contains("content/experiences/second.md:3:7: error: unknown kind 'hobby'"))
    #expect(snapshot(site + "/public") == before)
  }

  @Test func aFolderVitaDidNotMakeIsNeverReplaced() throws {
    let site = try makeSiteFolder([
      "vita.yml": minimalConfig, "content/experiences/teacher.md": minimalExperience, "mine/thesis.docx": "precious",
    ])
    defer { try? FileManager.default.removeItem(atPath: site) }
    let run = try vita(["build", "--source", site, "--output", site + "/mine"])
    #expect(run.status == 2)
    #expect(run.stderr.contains("did not write"))
    #expect(snapshot(site + "/mine") == ["thesis.docx": Data("precious".utf8)])
  }

  @Test func baseURLCanBeOverridden() throws {
    let site = try makeSiteFolder(["vita.yml": minimalConfig, "content/experiences/teacher.md": minimalExperience])
    defer { try? FileManager.default.removeItem(atPath: site) }
    #expect(try vita(["build", "--source", site, "--base-url", "https://u.github.io/repo"]).status == 0)
    let sitemap = String(
      decoding: FileManager.default.contents(atPath: site + "/public/sitemap.xml") ?? Data(), as: UTF8.self)
    #expect(sitemap.contains("<loc>https://u.github.io/repo/experiences/teacher/</loc>"))
  }

  @Test func twoBuildsAreByteIdentical() throws {
    let first = NSTemporaryDirectory() + "vita-a-" + UUID().uuidString
    let second = NSTemporaryDirectory() + "vita-b-" + UUID().uuidString
    defer {
      try? FileManager.default.removeItem(atPath: first)
      try? FileManager.default.removeItem(atPath: second)
    }
    for output in [first, second] {
      let run = try vita(
        [
          "build", "--source", packageRoot, "--output", output + "/public", "--applications", output + "/applications",
        ], environment: ["VITA_TODAY": "2026-06-15"])
      #expect(run.status == 0, "\(run.stderr)")
    }
    let a = snapshot(first + "/public")
    #expect(a.count > 10)
    #expect(a == snapshot(second + "/public"))
    let applications = snapshot(first + "/applications")
    #expect(applications.keys.contains("acme-junior-data-analyst/report.json"))
    #expect(applications == snapshot(second + "/applications"), "tailored CVs and reports are deterministic too")
  }

  /// What `vita build` writes is the golden output byte for byte (pages and postings are written as
  /// they are rendered, the rest at the end), and so is a second build over the first, which links
  /// unchanged files from it; the theme's assets, the markers and the manifest are all that is added. The home
  /// page is only checked to be there: its timeline runs to the day of the build.
  @Test func theBuildWritesTheGoldenFilesAndSoDoesARebuild() throws {
    let output = NSTemporaryDirectory() + "vita-g-" + UUID().uuidString
    defer { try? FileManager.default.removeItem(atPath: output) }
    for round in 1...2 {
      let run = try vita(
        [
          "build", "--source", packageRoot, "--output", output + "/public", "--applications", output + "/applications",
        ], environment: ["VITA_TODAY": "2026-06-15"])
      #expect(run.status == 0, "\(run.stderr)")
      for folder in ["public", "applications"] {
        let golden = packageRoot + "/Tests/Golden/example/" + folder
        let built = output + "/" + folder
        let expected = try files(under: golden)
        let written = try files(under: built).filter {
          !$0.hasPrefix("assets/") && !$0.hasSuffix(".vita-output") && $0 != ".vita-manifest"
        }
        #expect(written == expected, "round \(round): \(folder) has other files")
        for path in expected where !(folder == "public" && path == "index.html") {
          #expect(
            FileManager.default.contents(atPath: built + "/" + path)
              == FileManager.default.contents(atPath: golden + "/" + path),
            "round \(round): \(folder)/\(path) differs from the golden file")
        }
      }
    }
    #expect(try FileManager.default.contentsOfDirectory(atPath: output).sorted() == ["applications", "public"])
  }

  /// Every file under `root`, as sorted relative paths.
  func files(under root: String) throws -> [String] {
    let enumerator = try #require(FileManager.default.enumerator(atPath: root))
    return enumerator.compactMap { $0 as? String }.filter { path in
      var isFolder: ObjCBool = false
      return FileManager.default.fileExists(atPath: root + "/" + path, isDirectory: &isFolder) && !isFolder.boolValue
    }.sorted()
  }

  /// `--timings` names every stage once, in the pipeline's order, and the total is their sum.
  @Test func timingsNameEveryStage() throws {
    let output = NSTemporaryDirectory() + "vita-t-" + UUID().uuidString
    defer { try? FileManager.default.removeItem(atPath: output) }
    let run = try vita([
      "build", "--source", packageRoot, "--output", output + "/public", "--applications", output + "/applications",
      "--timings",
    ])
    #expect(run.status == 0, "\(run.stderr)")
    let lines = run.stdout.split(separator: "\n").map(String.init)
    let stages = lines.compactMap { $0.split(separator: " ").first.map(String.init) }.filter { $0 != "Built" }
    #expect(stages == ["load", "theme", "tailor", "render", "write"])
    let milliseconds = { (line: String) -> Double in
      Double(line.split(separator: " ", omittingEmptySubsequences: true)[1]) ?? -1
    }
    let counted = lines.filter { $0.hasSuffix(")") }
    #expect(counted.count == 5)
    let total = counted.map(milliseconds).reduce(0, +) / 1000
    let built = try #require(lines.last)
    #expect(built.hasPrefix("Built 18 pages and 2 tailored CVs in "), "\(built)")
    // Each stage is printed to a tenth of a millisecond (off by up to 0.05 ms each), the total to a
    // hundredth of a second (up to 5 ms).
    let seconds = try #require(Double(built.split(separator: " ").dropLast().last ?? ""))
    let rounding = 0.005 + Double(counted.count) * 0.000_05 + 1e-9
    #expect(abs(seconds - total) <= rounding, "the total is the stages the build waited for: \(run.stdout)")
  }

  @Test func checkPrintsFindingsAsJSONForEditors() throws {
    let site = try makeSiteFolder([
      "vita.yml": minimalConfig, "content/experiences/x.md": "---\ntitle: X\nkind: job\nstart: 2024\n---\n",
    ])
    defer { try? FileManager.default.removeItem(atPath: site) }
    let run = try vita(["check", "--source", site, "--format", "json"])
    #expect(run.status == 1)
    let findings = try #require(
      try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]])
    let first = try #require(findings.first)
    #expect(first["file"] as? String == "content/experiences/x.md")
    #expect(first["severity"] as? String == "error")
    #expect(first["code"] as? String == "required")
    #expect(first["line"] as? Int == 2)
  }

  @Test func aMissingConfigSaysWhatToDo() throws {
    let site = try makeSiteFolder(["notes.md": "x"])
    defer { try? FileManager.default.removeItem(atPath: site) }
    let run = try vita(["build"], in: site)
    #expect(run.status == 1)
    #expect(run.stderr.contains("vita.yml:1:1: error: there is no vita.yml in this folder"))
    #expect(!FileManager.default.fileExists(atPath: site + "/public"))
  }

  @Test(arguments: [["--help"], ["build", "--help"], ["check", "--help"], ["tailor", "--help"]])
  func everyCommandHasHelp(arguments: [String]) throws {
    let run = try vita(arguments)
    #expect(run.status == 0)
    #expect(run.stdout.contains("USAGE:"))
    #expect(run.stdout.contains("--source") || arguments == ["--help"])
  }

  @Test func aWrongCommandLineIsNotAContentError() throws {
    let run = try vita(["build", "--no-such-flag"])
    #expect(run.status != 0 && run.status != 1)
  }

  @Test func aSitesOwnTemplatesOverrideTheThemeFileByFile() throws {
    let site = try makeSiteFolder([
      "vita.yml": minimalConfig, "content/experiences/teacher.md": minimalExperience,
      "templates/404.mustache": "{{<layout}}{{$main}}<h1>Tersesat?</h1>{{/main}}{{/layout}}",
    ])
    defer { try? FileManager.default.removeItem(atPath: site) }
    #expect(try vita(["build", "--source", site]).status == 0)
    let notFound = String(
      decoding: FileManager.default.contents(atPath: site + "/public/404.html") ?? Data(), as: UTF8.self)
    #expect(notFound.contains("<h1>Tersesat?</h1>"))
    #expect(notFound.contains("assets/style.css"), "the layout still comes from the default theme")
  }
}

@Suite struct CheckCommandTests {
  @Test func theBundledExamplePassesTheStrictCheck() throws {
    let run = try vita(["check", "--strict", "--source", packageRoot])
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stdout.contains("0 errors, 0 warnings"))
    #expect(run.stdout.contains("highlights with a measurable result"))
  }

  @Test func warningsPassUnlessStrict() throws {
    let site = try makeSiteFolder([
      "vita.yml": minimalConfig,
      "content/experiences/helper.md": minimalExperience.replacingOccurrences(
        of: "Taught 30 children to read in 6 months", with: "Helped with social media"),
    ])
    defer { try? FileManager.default.removeItem(atPath: site) }
    let relaxed = try vita(["check", "--source", site])
    #expect(relaxed.status == 0)
    #expect(relaxed.stderr.contains("content/experiences/helper.md:7:5: warning:"))
    #expect(relaxed.stderr.contains("[no-result]"))
    #expect(try vita(["check", "--strict", "--source", site]).status == 1)
  }
}

@Suite struct TailorCommandTests {
  @Test func printsTheReportInTheTerminal() throws {
    let run = try vita(["tailor", "acme-junior-data-analyst", "--source", packageRoot])
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stdout.contains("Junior Data Analyst at Acme Corp: score "))
    #expect(run.stdout.contains("Missing"))
    #expect(run.stdout.contains("Snowflake"))
    #expect(run.stdout.contains("✓ SQL (must have)"))
  }

  /// A licence the summary names is shown as the summary's, not as an unproven row.
  @Test func printsTheSummaryAsTheProofOfALicence() throws {
    let site = try makeSiteFolder([
      "vita.yml": "title: T\nperson:\n  name: Arif\n  summary: Holds a Class D driving licence.\n",
      "content/experiences/course.md": "---\ntitle: Excel course\nkind: course\nstart: 2024-01\n---\n",
      "content/jobs/field.md":
        "---\ntitle: Field Engineer\n---\n## Requirements\n- You must hold a Class D driving licence\n",
    ])
    defer { try? FileManager.default.removeItem(atPath: site) }
    let run = try vita(["tailor", "field", "--source", site])
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stdout.contains("vita.yml summary"), "\(run.stdout)")
  }

  @Test func printsTheSameJSONAsReportJSON() throws {
    let output = NSTemporaryDirectory() + "vita-tailor-" + UUID().uuidString
    defer { try? FileManager.default.removeItem(atPath: output) }
    let build = try vita([
      "build", "--source", packageRoot, "--output", output + "/public", "--applications", output + "/applications",
    ])
    #expect(build.status == 0, "\(build.stderr)")
    let run = try vita(["tailor", "acme-junior-data-analyst", "--source", packageRoot, "--format", "json"])
    let written = FileManager.default.contents(atPath: output + "/applications/acme-junior-data-analyst/report.json")
    #expect(Data(run.stdout.utf8) == written)
  }

  /// The same files give the same report on every run, though each process orders its sets its own
  /// way: a gap named on several lines joins the first line named. Eight runs, so that a report
  /// that took either of two orders at random would show it but once in a hundred.
  @Test func theSameFilesGiveTheSameReportEveryRun() throws {
    let site = try makeSiteFolder([
      "vita.yml": "title: T\nperson: {name: Tri}\n",
      "content/experiences/admin.md": "---\ntitle: Admin\nkind: job\norganization: O\nstart: 2024-01\n---\n",
      "content/jobs/p.md": """
      ---
      title: Project Administrator
      company: PT Telematika Prima Integrasi
      ---
      Tanggung jawab:
      - Menyiapkan dokumen proyek: BAST, Berita Acara Uji Terima (BAUT), laporan kemajuan fisik (kurva S)
      - Menyiapkan dan mengunggah dokumen tender dan e-Katalog di LPSE / INAPROC bersama tim sales

      Pertanyaan dari perusahaan
      - Apakah Anda pernah menyiapkan dokumen tender di LPSE?
      """,
    ])
    defer { try? FileManager.default.removeItem(atPath: site) }
    let reports = try (1...8).map { _ in try vita(["tailor", "p", "--source", site, "--format", "json"]).stdout }
    #expect(reports[0].contains("e-Katalog"), "\(reports[0])")
    #expect(Set(reports).count == 1)
  }

  /// A posting's report is the same built beside other postings as tailored alone: a name one
  /// posting uses ("Poli Gizi") makes no term of another's ordinary words ("poli anak").
  @Test func aPostingsReportIgnoresTheOtherPostings() throws {
    let output = NSTemporaryDirectory() + "vita-tailor-" + UUID().uuidString
    defer { try? FileManager.default.removeItem(atPath: output) }
    let site = try makeSiteFolder([
      "vita.yml": "title: T\nperson: {name: Annisa}\nlanguage: id\n",
      "content/experiences/pkl.md":
        "---\ntitle: PKL Gizi Klinik\nkind: internship\norganization: RSUD\nstart: 2025-01\n---\n",
      "content/jobs/puskesmas.md":
        "---\ntitle: Nutrisionis\nlanguage: id\n---\n## Tugas\n- Memberikan konseling gizi di ruang KIA, Poli Gizi dan kepada balita\n",
      "content/jobs/rs.md":
        "---\ntitle: Ahli Gizi\nlanguage: id\n---\n## Tugas\n- Memberikan konseling gizi di poli penyakit dalam, poli anak dan unit hemodialisis\n",
    ])
    defer { try? FileManager.default.removeItem(atPath: site) }
    let build = try vita(["build", "--source", site, "--output", output + "/public", "--applications", output + "/a"])
    #expect(build.status == 0, "\(build.stderr)")
    let alone = try vita(["tailor", "rs", "--source", site, "--format", "json"])
    let built = try #require(FileManager.default.contents(atPath: output + "/a/rs/report.json"))
    #expect(Data(alone.stdout.utf8) == built)
    #expect(!String(decoding: built, as: UTF8.self).contains("poli,"), "\(alone.stdout)")
  }

  @Test(arguments: ["content/jobs/acme-junior-data-analyst.md", "./content/jobs/acme-junior-data-analyst.md"])
  func tailorTakesThePathOfAPostingAsWellAsItsSlug(path: String) throws {
    let bySlug = try vita(["tailor", "acme-junior-data-analyst", "--format", "json"], in: packageRoot)
    let byPath = try vita(["tailor", path, "--format", "json"], in: packageRoot)
    #expect(byPath.status == 0, "\(byPath.stderr)")
    #expect(byPath.stdout == bySlug.stdout)
  }

  @Test func anUnknownPostingSuggestsTheNearestOne() throws {
    let run = try vita(["tailor", "acme", "--source", packageRoot])
    #expect(run.status == 1)
    #expect(run.stderr.contains("Did you mean 'acme-junior-data-analyst'?"))
  }

  @Test func buildForOneJobKeepsTheOtherApplications() throws {
    let output = NSTemporaryDirectory() + "vita-job-" + UUID().uuidString
    defer { try? FileManager.default.removeItem(atPath: output) }
    let arguments = [
      "build", "--source", packageRoot, "--output", output + "/public", "--applications", output + "/applications",
    ]
    #expect(try vita(arguments).status == 0)
    #expect(try vita(arguments + ["--job", "maju-digital-frontend-intern"]).status == 0)
    #expect(FileManager.default.fileExists(atPath: output + "/applications/acme-junior-data-analyst/report.json"))
    #expect(FileManager.default.fileExists(atPath: output + "/applications/maju-digital-frontend-intern/report.json"))
    #expect(FileManager.default.fileExists(atPath: output + "/public/cv/acme-junior-data-analyst/index.html"))
  }
}

@Suite struct ThemeCommandTests {
  @Test func ejectCopiesTheClassicThemeAndKeepsWhatIsThere() throws {
    let site = try makeSiteFolder([
      "vita.yml": minimalConfig + "theme: {name: classic, accent: \"#a40\"}\n",
      "content/experiences/helper.md": minimalExperience,
      "templates/home.mustache": "{{<layout}}{{$main}}<h1>Mine</h1>{{/main}}{{/layout}}",
    ])
    defer { try? FileManager.default.removeItem(atPath: site) }
    let run = try vita(["theme", "eject", "--source", site])
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stdout.contains("kept    templates/home.mustache (already there)"))
    #expect(run.stdout.contains("copied  templates/assets/classic.css"))
    let home = String(decoding: FileManager.default.contents(atPath: site + "/templates/home.mustache")!, as: UTF8.self)
    #expect(home.contains("<h1>Mine</h1>"))

    #expect(try vita(["build", "--source", site]).status == 0)
    let page = String(decoding: FileManager.default.contents(atPath: site + "/public/index.html")!, as: UTF8.self)
    #expect(page.contains("<h1>Mine</h1>"))
    #expect(page.contains("assets/classic.css"))
    #expect(page.contains("--accent:#"))
    let again = try vita(["theme", "eject", "--source", site])
    #expect(again.stdout.contains("0 files copied"))
  }

  @Test func aBadAccentStopsTheBuildWithItsPlace() throws {
    let site = try makeSiteFolder([
      "vita.yml": minimalConfig + "theme:\n  accent: teal\n",
      "content/experiences/helper.md": minimalExperience,
    ])
    defer { try? FileManager.default.removeItem(atPath: site) }
    let run = try vita(["build", "--source", site])
    #expect(run.status == 1)
    #expect(run.stderr.contains("vita.yml:"), "\(run.stderr)")
    #expect(run.stderr.contains("error: 'theme.accent' must be a colour written #rgb or #rrggbb"))
  }
}

@Suite struct BaseURLTests {
  @Test(arguments: ["javascript:alert(1)", "example.com", "https://a.example/ b/", "/repo/"])
  func aBaseURLOnTheCommandLineIsCheckedLikeTheOneInVitaYml(url: String) throws {
    let run = try vita(["build", "--source", packageRoot, "--base-url", url])
    #expect(run.status == 64)
    #expect(run.stderr.contains("--base-url must be absolute"))
  }
}
