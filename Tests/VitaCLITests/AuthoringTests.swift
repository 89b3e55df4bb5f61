import Foundation
import Testing

@Suite struct InitCommandTests {
  func emptyFolder() -> String {
    NSTemporaryDirectory() + "vita-init-" + UUID().uuidString
  }

  @Test func aNewSiteBuildsPassesTheStrictCheckAndHasNoBrokenLinks() throws {
    let site = emptyFolder()
    defer { try? FileManager.default.removeItem(atPath: site) }
    let created = try vita(["init", site])
    #expect(created.status == 0, "\(created.stderr)")
    #expect(created.stdout.contains("Created a site"))
    for path in ["vita.yml", ".github/workflows/publish.yml", "content/jobs/example-junior-data-analyst.md"] {
      #expect(FileManager.default.fileExists(atPath: site + "/" + path), "\(path)")
    }
    let experiences = try FileManager.default.contentsOfDirectory(atPath: site + "/content/experiences")
    #expect(experiences.count == 12)

    let build = try vita(["build"], in: site)
    #expect(build.status == 0, "\(build.stderr)")
    #expect(build.stdout.hasPrefix("Built "))
    let check = try vita(["check", "--strict", "--links"], in: site)
    #expect(check.status == 0, "\(check.stderr)")
    #expect(check.stdout.contains("0 errors, 0 warnings"))
  }

  @Test func aFolderThatIsNotEmptyIsRefused() throws {
    let site = try makeSiteFolder(["notes.txt": "mine"])
    defer { try? FileManager.default.removeItem(atPath: site) }
    let run = try vita(["init"], in: site)
    #expect(run.status == 2)
    #expect(run.stderr.contains("not empty"))
    #expect(snapshot(site) == ["notes.txt": Data("mine".utf8)])
  }

  @Test func forceAddsWhatIsMissingAndNeverOverwrites() throws {
    let site = try makeSiteFolder(["vita.yml": minimalConfig, "content/about.md": "My own words."])
    defer { try? FileManager.default.removeItem(atPath: site) }
    let run = try vita(["init", "--force", site])
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stderr.contains("skipped vita.yml: it exists"))
    #expect(run.stderr.contains("skipped content/about.md: it exists"))
    #expect(FileManager.default.contents(atPath: site + "/vita.yml") == Data(minimalConfig.utf8))
    #expect(FileManager.default.contents(atPath: site + "/content/about.md") == Data("My own words.".utf8))
    #expect(FileManager.default.fileExists(atPath: site + "/content/experiences/tableau-certification.md"))
    // A second --force run writes nothing at all.
    let before = snapshot(site)
    #expect(try vita(["init", "--force", site]).status == 0)
    #expect(snapshot(site) == before)
  }
}

@Suite struct NewCommandTests {
  @Test func theSlugComesFromTheTitleInCleanASCII() throws {
    let site = try makeSiteFolder(["vita.yml": minimalConfig])
    defer { try? FileManager.default.removeItem(atPath: site) }
    let run = try vita(["new", "internship", "Magang di PT Maju Jaya – Café", "--source", site])
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stdout == "content/experiences/magang-di-pt-maju-jaya-cafe.md\n")
    let text = String(
      decoding: FileManager.default.contents(atPath: site + "/content/experiences/magang-di-pt-maju-jaya-cafe.md")
        ?? Data(), as: UTF8.self)
    #expect(text.contains("title: \"Magang di PT Maju Jaya – Café\""))
    #expect(text.contains("kind: internship"))
    #expect(text.contains("mandatory: false"))
    #expect(text.contains("\ndraft: true\n"))
    #expect(text.contains("\nstart: "))
  }

  @Test func aSecondFileWithTheSameTitleGetsANumberAndTheFirstIsKept() throws {
    let site = try makeSiteFolder(["vita.yml": minimalConfig])
    defer { try? FileManager.default.removeItem(atPath: site) }
    #expect(try vita(["new", "project", "KostFinder"], in: site).stdout == "content/experiences/kostfinder.md\n")
    try Data("mine".utf8).write(to: URL(fileURLWithPath: site + "/content/experiences/kostfinder.md"))
    let second = try vita(["new", "project", "KostFinder"], in: site)
    #expect(second.stdout == "content/experiences/kostfinder-2.md\n")
    #expect(FileManager.default.contents(atPath: site + "/content/experiences/kostfinder.md") == Data("mine".utf8))
    // A project needs no organization: the new file builds at once.
    try FileManager.default.removeItem(atPath: site + "/content/experiences/kostfinder.md")
    let build = try vita(["build"], in: site)
    #expect(build.status == 0, "\(build.stderr)")
  }

  @Test func anEducationGetsDegreeAreaAndScore() throws {
    let site = try makeSiteFolder(["vita.yml": minimalConfig])
    defer { try? FileManager.default.removeItem(atPath: site) }
    #expect(try vita(["new", "education", "S1 Sistem Informasi"], in: site).status == 0)
    let text = String(
      decoding: FileManager.default.contents(atPath: site + "/content/experiences/s1-sistem-informasi.md") ?? Data(),
      as: UTF8.self)
    #expect(text.contains("\ndegree: "))
    #expect(text.contains("\narea: "))
    #expect(text.contains("score:"))
    #expect(text.contains("\norganization: "))
  }

  @Test func anUnknownKindIsRefusedWithASuggestion() throws {
    let site = try makeSiteFolder(["vita.yml": minimalConfig])
    defer { try? FileManager.default.removeItem(atPath: site) }
    let run = try vita(["new", "internhsip", "X"], in: site)
    #expect(run.status == 64)
    #expect(run.stderr.contains("did you mean 'internship'?"))
    #expect(!FileManager.default.fileExists(atPath: site + "/content"))
  }

  @Test func outsideASiteItSaysWhatToDo() throws {
    let site = try makeSiteFolder(["notes.md": "x"])
    defer { try? FileManager.default.removeItem(atPath: site) }
    let run = try vita(["new", "project", "X"], in: site)
    #expect(run.status == 2)
    #expect(run.stderr.contains("vita init"))
  }
}
