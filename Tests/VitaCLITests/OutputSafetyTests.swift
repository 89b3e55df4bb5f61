import Foundation
import Testing

/// Nothing is lost: a build that fails leaves both output folders byte for byte as they were, a folder
/// Vita did not make is never replaced, and nothing is written outside the two output folders.
@Suite(.serialized) struct OutputSafetyTests {
  /// A site in a folder of its own, built once, with the snapshots of both outputs.
  func builtSite(_ extra: [String: String] = [:]) throws -> (root: String, site: String) {
    let site = try makeSiteFolder(
      ["vita.yml": minimalConfig, "content/experiences/teacher.md": minimalExperience, "content/jobs/acme.md": job]
        .merging(extra) { $1 })
    let run = try vita(["build", "--source", site])
    #expect(run.status == 0, "\(run.stderr)")
    return (site, site)
  }

  let job = "---\ntitle: Teacher\ncompany: Acme\n---\nWe need teaching.\n"

  func outputs(_ site: String) -> [String: Data] {
    var all: [String: Data] = [:]
    for (path, data) in snapshot(site + "/public") { all["public/" + path] = data }
    for (path, data) in snapshot(site + "/applications") { all["applications/" + path] = data }
    return all
  }

  func write(_ text: String, to path: String) throws {
    let url = URL(fileURLWithPath: path)
    try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(text.utf8).write(to: url)
  }

  @Test(arguments: ["content", "theme", "pdf", "static"])
  func aFailedBuildLeavesThePreviousOutputByteForByte(failure: String) throws {
    let (_, site) = try builtSite()
    defer { try? FileManager.default.removeItem(atPath: site) }
    let before = outputs(site)
    #expect(before.keys.contains("applications/acme/report.json"))
    var arguments = ["build", "--source", site]
    var environment: [String: String] = [:]
    switch failure {
    case "content": try write("---\ntitle: X\nkind: job\n---\n", to: site + "/content/experiences/broken.md")
    case "theme": try write("{{#unclosed}}", to: site + "/templates/home.mustache")
    case "pdf":
      arguments.append("--pdf")
      environment["VITA_CHROMIUM"] = "/bin/false"
    default:
      try FileManager.default.createDirectory(atPath: site + "/static", withIntermediateDirectories: true)
      try FileManager.default.createSymbolicLink(atPath: site + "/static/passwd", withDestinationPath: "/etc/passwd")
    }
    let run = try vita(arguments, environment: environment)
    #expect(run.status != 0, "a \(failure) failure must fail the build")
    #expect(outputs(site) == before, "a \(failure) failure changed the previous output")
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: site).filter { $0.contains("vita-") }
    #expect(leftovers.isEmpty, "staging folders left: \(leftovers)")
  }

  @Test(arguments: ["--output", "--applications"])
  func aForeignFolderIsRefusedAndUntouched(option: String) throws {
    let site = try makeSiteFolder([
      "vita.yml": minimalConfig, "content/experiences/teacher.md": minimalExperience, "mine/thesis.docx": "precious",
    ])
    defer { try? FileManager.default.removeItem(atPath: site) }
    let run = try vita(["build", "--source", site, option, site + "/mine"])
    #expect(run.status != 0 && run.status != 1)
    #expect(run.stderr.contains("did not write"))
    #expect(snapshot(site + "/mine") == ["thesis.docx": Data("precious".utf8)])
    #expect(!FileManager.default.fileExists(atPath: site + "/public") || option == "--applications")
  }

  @Test func applicationsInsideTheOutputAreRefused() throws {
    let site = try makeSiteFolder(["vita.yml": minimalConfig, "content/experiences/teacher.md": minimalExperience])
    defer { try? FileManager.default.removeItem(atPath: site) }
    let run = try vita(["build", "--source", site, "--applications", site + "/public/applications"])
    #expect(run.status != 0)
    #expect(run.stderr.contains("must not be inside the published output"))
    #expect(!FileManager.default.fileExists(atPath: site + "/public"))
  }

  @Test func anOutputFolderThatIsASymbolicLinkIsRefused() throws {
    let site = try makeSiteFolder([
      "vita.yml": minimalConfig, "content/experiences/teacher.md": minimalExperience, "elsewhere/keep.txt": "keep",
    ])
    defer { try? FileManager.default.removeItem(atPath: site) }
    try FileManager.default.createSymbolicLink(atPath: site + "/public", withDestinationPath: site + "/elsewhere")
    let run = try vita(["build", "--source", site])
    #expect(run.status != 0 && run.status != 1)
    #expect(run.stderr.contains("symbolic link"))
    #expect(snapshot(site + "/elsewhere") == ["keep.txt": Data("keep".utf8)])
  }

  @Test(arguments: ["slug: ../../etc", "slug: a/b", "slug: .."])
  func aSlugThatCouldLeaveItsFolderIsAnError(line: String) throws {
    let site = try makeSiteFolder([
      "vita.yml": minimalConfig,
      "content/experiences/teacher.md": minimalExperience.replacingOccurrences(
        of: "kind: volunteer", with: "kind: volunteer\n\(line)"),
    ])
    defer { try? FileManager.default.removeItem(atPath: site) }
    let run = try vita(["build", "--source", site])
    #expect(run.status == 1)
    #expect(run.stderr.contains("content/experiences/teacher.md:4:7: error: the slug"), "\(run.stderr)")
    #expect(!run.stderr.contains("try ''"), "no empty suggestion")
    #expect(!FileManager.default.fileExists(atPath: site + "/public"))
  }

  @Test func aFileNameThatIsNotASlugIsAnError() throws {
    let site = try makeSiteFolder([
      "vita.yml": minimalConfig, "content/experiences/..hidden.md": minimalExperience,
      "content/experiences/Not A Slug.md": minimalExperience, "content/jobs/x y.json": "{\"title\": \"T\"}",
    ])
    defer { try? FileManager.default.removeItem(atPath: site) }
    let run = try vita(["build", "--source", site])
    #expect(run.status == 1)
    #expect(run.stderr.contains("content/experiences/Not A Slug.md:2:1: error: the file name"))
    #expect(run.stderr.contains("content/jobs/x y.json:1:1: error: the file name"))
  }

  @Test func staticLinksMayPointWithinTheSiteButNotOutOfIt() throws {
    let site = try makeSiteFolder([
      "vita.yml": minimalConfig, "content/experiences/teacher.md": minimalExperience,
      "static/photo.txt": "me", "assets-src/logo.txt": "logo",
    ])
    defer { try? FileManager.default.removeItem(atPath: site) }
    try FileManager.default.createSymbolicLink(
      atPath: site + "/static/logo.txt", withDestinationPath: "../assets-src/logo.txt")
    #expect(try vita(["build", "--source", site]).status != 0, "a link within the site but outside static/ is refused")
    try FileManager.default.removeItem(atPath: site + "/static/logo.txt")
    try FileManager.default.createSymbolicLink(atPath: site + "/static/again.txt", withDestinationPath: "photo.txt")
    let run = try vita(["build", "--source", site])
    #expect(run.status == 0, "\(run.stderr)")
    #expect(FileManager.default.contents(atPath: site + "/public/again.txt") == Data("me".utf8))
  }

  @Test func aStaticFolderThatLinksOutOfTheSiteIsRefused() throws {
    let outside = try makeSiteFolder(["secret.txt": "PRIVATE-CANARY"])
    let site = try makeSiteFolder(["vita.yml": minimalConfig, "content/experiences/teacher.md": minimalExperience])
    defer {
      try? FileManager.default.removeItem(atPath: site)
      try? FileManager.default.removeItem(atPath: outside)
    }
    try FileManager.default.createSymbolicLink(atPath: site + "/static", withDestinationPath: outside)
    let run = try vita(["build", "--source", site])
    #expect(run.status != 0)
    #expect(run.stderr.contains("static/ is a symbolic link"), "\(run.stderr)")
    #expect(!FileManager.default.fileExists(atPath: site + "/public"))
  }

  @Test(arguments: ["content/about.md", "content/experiences/linked.md", "vita.yml"])
  func aContentFileThatLinksOutOfTheSiteIsRefused(file: String) throws {
    let outside = try makeSiteFolder([
      "secret.md": "---\ntitle: PRIVATE-CANARY\nkind: project\nstart: 2024\n---\nPRIVATE-CANARY\n",
      "vita.yml": minimalConfig,
    ])
    var files = ["content/experiences/teacher.md": minimalExperience]
    if file != "vita.yml" { files["vita.yml"] = minimalConfig }
    let site = try makeSiteFolder(files)
    defer {
      try? FileManager.default.removeItem(atPath: site)
      try? FileManager.default.removeItem(atPath: outside)
    }
    let target = file == "vita.yml" ? outside + "/vita.yml" : outside + "/secret.md"
    try FileManager.default.createSymbolicLink(atPath: site + "/" + file, withDestinationPath: target)
    let run = try vita(["build", "--source", site])
    #expect(run.status == 1)
    #expect(run.stderr.contains("\(file):1:1: error: the file is a symbolic link to"), "\(run.stderr)")
    #expect(run.stderr.contains("[outside-site]"))
    #expect(!FileManager.default.fileExists(atPath: site + "/public"))
  }

  /// The files of a linked folder are plain files: the folder itself is what leads out of the site.
  @Test func anExperiencesFolderThatLinksOutOfTheSiteIsRefused() throws {
    let outside = try makeSiteFolder([
      "secret.md": "---\ntitle: PRIVATE-CANARY\nkind: project\nstart: 2024\n---\nPRIVATE-CANARY\n"
    ])
    let site = try makeSiteFolder(["vita.yml": minimalConfig])
    defer {
      try? FileManager.default.removeItem(atPath: site)
      try? FileManager.default.removeItem(atPath: outside)
    }
    try FileManager.default.createDirectory(atPath: site + "/content", withIntermediateDirectories: true)
    try FileManager.default.createSymbolicLink(atPath: site + "/content/experiences", withDestinationPath: outside)
    let run = try vita(["build", "--source", site])
    #expect(run.status == 1)
    #expect(
      run.stderr.contains("content/experiences/secret.md:1:1: error: the file is a symbolic link to"), "\(run.stderr)")
    #expect(!FileManager.default.fileExists(atPath: site + "/public"))
  }

  @Test func aTemplatesFolderThatLinksOutOfTheSiteIsRefused() throws {
    let outside = try makeSiteFolder(["404.mustache": "PRIVATE-CANARY"])
    let site = try makeSiteFolder(["vita.yml": minimalConfig, "content/experiences/teacher.md": minimalExperience])
    defer {
      try? FileManager.default.removeItem(atPath: site)
      try? FileManager.default.removeItem(atPath: outside)
    }
    try FileManager.default.createSymbolicLink(atPath: site + "/templates", withDestinationPath: outside)
    let run = try vita(["build", "--source", site])
    #expect(run.status == 1)
    #expect(run.stderr.contains("templates/ is a symbolic link"), "\(run.stderr)")
    #expect(!FileManager.default.fileExists(atPath: site + "/public"))
  }

  @Test func aContentFileMayLinkWithinTheSite() throws {
    let site = try makeSiteFolder([
      "vita.yml": minimalConfig, "drafts/teacher.md": minimalExperience, "content/experiences/.keep": "",
    ])
    defer { try? FileManager.default.removeItem(atPath: site) }
    try FileManager.default.createSymbolicLink(
      atPath: site + "/content/experiences/teacher.md", withDestinationPath: "../../drafts/teacher.md")
    let run = try vita(["build", "--source", site])
    #expect(run.status == 0, "\(run.stderr)")
    #expect(FileManager.default.fileExists(atPath: site + "/public/experiences/teacher/index.html"))
  }

  @Test func aBuildWritesOnlyItsTwoFolders() throws {
    let parent = NSTemporaryDirectory() + "vita-parent-" + UUID().uuidString
    let site = parent + "/site"
    defer { try? FileManager.default.removeItem(atPath: parent) }
    for (path, text) in ["vita.yml": minimalConfig, "content/experiences/teacher.md": minimalExperience] {
      try write(text, to: site + "/" + path)
    }
    let sources = snapshot(site)
    #expect(try vita(["build", "--source", site]).status == 0)
    #expect(try FileManager.default.contentsOfDirectory(atPath: parent) == ["site"])
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: site).sorted()
        == ["applications", "content", "public", "vita.yml"])
    #expect(snapshot(site).filter { !$0.key.hasPrefix("public/") && !$0.key.hasPrefix("applications/") } == sources)
  }
}
