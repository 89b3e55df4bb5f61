import Foundation
import Testing
import VitaCore

/// `vita new` writes a draft that builds, checks and serves at once, for every kind.
@Suite(.serialized) struct DraftEndToEndTests {
  @Test(arguments: Kind.allCases)
  func aNewFileOfEveryKindBuildsChecksAndServesAsADraft(kind: Kind) throws {
    let site = try makeSiteFolder(["vita.yml": minimalConfig])
    defer { try? FileManager.default.removeItem(atPath: site) }
    let created = try vita(["new", kind.rawValue, "Relawan Pendidikan Anak Désa"], in: site)
    #expect(created.status == 0, "\(created.stderr)")
    let path = "content/experiences/relawan-pendidikan-anak-desa.md"
    #expect(created.stdout == path + "\n")
    let text = try String(contentsOfFile: site + "/" + path, encoding: .utf8)
    #expect(text.contains("\ndraft: true\n"))
    #expect(text.contains("# required: YYYY, YYYY-MM or YYYY-MM-DD"))
    if !kind.organizationIsOptional { #expect(text.contains("# required for \(kind.withArticle):")) }

    // It builds (left out of the site, nothing printed about it) and checks cleanly, even --strict.
    let build = try vita(["build"], in: site)
    #expect(build.status == 0, "\(build.stderr)")
    #expect(build.stderr.isEmpty, "\(build.stderr)")
    #expect(!FileManager.default.fileExists(atPath: site + "/public/experiences/relawan-pendidikan-anak-desa"))
    let check = try vita(["check", "--strict"], in: site)
    #expect(check.status == 0, "\(check.stderr)")
    #expect(check.stderr.contains("\(path):"))
    #expect(check.stderr.contains(": note: 'start' is required"))
    #expect(check.stderr.contains("an error once `draft: true` is removed"))
    #expect(check.stderr.contains("'organization' is required") == !kind.organizationIsOptional)
    #expect(!check.stderr.contains(": warning: "), "\(check.stderr)")
    #expect(!check.stderr.contains(": error: "), "\(check.stderr)")
    #expect(check.stdout.contains("0 errors, 0 warnings, "))

    // vita serve shows it at once, marked as a draft.
    let server = try ServeProcess(["--source", site, "--port", "0"])
    defer { server.stop() }
    let port = try server.port()
    let page = try RawHTTP.get("/experiences/relawan-pendidikan-anak-desa/", port: port)
    #expect(page.status == 200)
    #expect(page.text.contains("Relawan Pendidikan Anak Désa"))
    #expect(page.text.contains("<span class=\"draft-mark\">Draft</span>"))
    #expect(try RawHTTP.get("/", port: port).text.contains("<span class=\"draft-mark\">Draft</span>"))
    server.stop()

    // Without `draft: true` the same gaps are errors again.
    try Data(text.replacingOccurrences(of: "\ndraft: true\n", with: "\n").utf8)
      .write(to: URL(fileURLWithPath: site + "/" + path))
    let strict = try vita(["check"], in: site)
    #expect(strict.status == 1)
    #expect(strict.stderr.contains(": error: 'start' is required"))
    #expect(strict.stderr.contains(": error: 'organization' is required") == !kind.organizationIsOptional)
    #expect(try vita(["build"], in: site).status == 1)
  }

  @Test func orgAndStartFillTheUsualFieldsSoThatOnlyAdviceRemains() throws {
    let site = try makeSiteFolder(["vita.yml": minimalConfig])
    defer { try? FileManager.default.removeItem(atPath: site) }
    let created = try vita(
      ["new", "volunteer", "Relawan Pengajar", "--org", "Rumah Belajar Ciliwung", "--start", "2023-02"], in: site)
    #expect(created.status == 0, "\(created.stderr)")
    let path = site + "/content/experiences/relawan-pengajar.md"
    let text = try String(contentsOfFile: path, encoding: .utf8)
    #expect(text.contains("organization: \"Rumah Belajar Ciliwung\""))
    #expect(text.contains("start: 2023-02 "))
    let check = try vita(["check", "--strict"], in: site)
    #expect(check.status == 0)
    #expect(!check.stderr.contains("[required]"), "\(check.stderr)")
    #expect(check.stderr.contains(": note: ") && check.stderr.contains("[no-highlights]"))
    // Published: it builds, its advice a warning again.
    try Data(text.replacingOccurrences(of: "\ndraft: true\n", with: "\n").utf8).write(to: URL(fileURLWithPath: path))
    #expect(try vita(["build"], in: site).status == 0)
    #expect(try vita(["check", "--strict"], in: site).status == 1)

    let wrong = try vita(["new", "job", "Analyst", "--start", "2023-13"], in: site)
    #expect(wrong.status == 64)
    #expect(wrong.stderr.contains("--start must be a real date"))
  }

  @Test func serveLeavesDraftsOutWithNoDrafts() throws {
    let site = try makeSiteFolder(["vita.yml": minimalConfig])
    defer { try? FileManager.default.removeItem(atPath: site) }
    #expect(try vita(["new", "project", "KostFinder"], in: site).status == 0)
    let server = try ServeProcess(["--source", site, "--port", "0", "--no-drafts"])
    defer { server.stop() }
    let port = try server.port()
    #expect(try RawHTTP.get("/experiences/kostfinder/", port: port).status == 404)
  }
}

@Suite struct PostingSlipEndToEndTests {
  @Test func anEmptyPostingAndATermlessOneAreWarningsFromTheBuildWhichGoesOn() throws {
    let site = try makeSiteFolder([
      "vita.yml": minimalConfig, "content/experiences/teacher.md": minimalExperience, "content/jobs/empty.md": "",
      "content/jobs/bare.md": "---\ntitle: Analyst\n---\nApply now!\n",
    ])
    defer { try? FileManager.default.removeItem(atPath: site) }
    let build = try vita(["build"], in: site)
    #expect(build.status == 0, "\(build.stderr)")
    #expect(build.stderr.contains("content/jobs/empty.md:1:1: warning: the job posting is empty"))
    #expect(build.stderr.contains("content/jobs/bare.md:1:1: warning: no terms could be found"))
    #expect(FileManager.default.fileExists(atPath: site + "/applications/bare/index.html"))
    let check = try vita(["check"], in: site)
    #expect(check.stderr.components(separatedBy: "[job-no-terms]").count == 2, "once, not twice: \(check.stderr)")
  }
}
