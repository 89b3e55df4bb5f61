import Foundation
import Testing

@Suite struct PDFCommandTests {
  @Test func buildPDFWithoutChromiumSaysHowToInstallItAndWritesNothing() throws {
    let site = try makeSiteFolder(["vita.yml": minimalConfig, "content/experiences/teacher.md": minimalExperience])
    defer { try? FileManager.default.removeItem(atPath: site) }
    let run = try vita(["build", "--pdf"], in: site, environment: ["PATH": site + "/no-bin", "VITA_CHROMIUM": ""])
    #expect(run.status == 2)
    #expect(run.stderr.contains("apt-get install chromium"), "\(run.stderr)")
    #expect(!FileManager.default.fileExists(atPath: site + "/public"))
  }
}

@Suite struct ImportCommandTests {
  static let sample = packageRoot + "/Tests/Fixtures/jsonresume/sample.resume.json"

  func sampleResume() throws -> [String: Any] {
    let data = try Data(contentsOf: URL(fileURLWithPath: Self.sample))
    return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
  }

  @Test func theOfficialSampleBecomesACVWithEveryEntryAndHighlight() throws {
    let folder = NSTemporaryDirectory() + "vita-import-" + UUID().uuidString
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let imported = try vita(["import", "jsonresume", Self.sample, "--into", folder])
    #expect(imported.status == 0, "\(imported.stderr)")
    #expect(imported.stdout.contains("Imported 6 experiences"))
    let built = try vita(["build", "--source", folder])
    #expect(built.status == 0, "\(built.stderr)")

    let text = try String(contentsOfFile: folder + "/public/cv/cv.txt", encoding: .utf8)
    let html = try String(contentsOfFile: folder + "/public/cv/index.html", encoding: .utf8)
    let resume = try sampleResume()
    func items(_ section: String) -> [[String: Any]] { resume[section] as? [[String: Any]] ?? [] }
    let titles =
      items("work").compactMap { $0["position"] as? String }
      + items("volunteer").compactMap { $0["position"] as? String }
      + items("awards").compactMap { $0["title"] as? String }
      + items("publications").compactMap { $0["name"] as? String }
      + items("projects").compactMap { $0["name"] as? String }
      + items("education").compactMap { $0["institution"] as? String }
    #expect(titles.count == 6)
    for title in titles {
      #expect(text.contains("\n\(title)\n") || text.contains("\n\(title)"), "\(title) is not on the text CV")
      #expect(html.contains(title), "\(title) is not on the HTML CV")
    }
    var highlights = ["work", "volunteer", "projects"].flatMap { items($0) }.flatMap {
      $0["highlights"] as? [String] ?? []
    }
    highlights += items("awards").compactMap { $0["summary"] as? String }
    highlights += items("publications").compactMap { $0["summary"] as? String }
    #expect(highlights.count == 9)
    for highlight in highlights {
      #expect(text.contains("\n- \(highlight)\n"), "the highlight '\(highlight)' is not on the text CV")
    }

    // The way back: the exported résumé holds the same entries and highlights.
    let exported = try #require(
      try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: folder + "/public/cv/resume.json")))
        as? [String: Any])
    let work = try #require((exported["work"] as? [[String: Any]])?.first)
    #expect(work["highlights"] as? [String] == items("work").first?["highlights"] as? [String])
    #expect(work["startDate"] as? String == "2013-12-01")
    #expect((exported["basics"] as? [String: Any])?["phone"] == nil, "the imported phone is private")
  }

  @Test func neverOverwritesAFileAndSaysWhichOnesAreInTheWay() throws {
    let folder = try makeSiteFolder([
      "vita.yml": "title: mine\n", "content/experiences/teacher.md": "my own teacher file",
    ])
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let before = snapshot(folder)
    let run = try vita(["import", "jsonresume", Self.sample, "--into", folder])
    #expect(run.status == 2)
    #expect(run.stderr.contains("vita.yml"))
    #expect(run.stderr.contains("content/experiences/teacher.md"))
    #expect(!run.stderr.contains("ceo-president.md"), "only the files in the way are listed")
    #expect(snapshot(folder) == before, "nothing is written when one file is in the way")
  }

  @Test func aFileThatIsNotAResumeIsAContentError() throws {
    let folder = try makeSiteFolder(["bad.json": "{\"work\": 3}"])
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let run = try vita(["import", "jsonresume", folder + "/bad.json", "--into", folder + "/site"])
    #expect(run.status == 1)
    #expect(run.stderr.contains("bad.json: work"))
    #expect(!FileManager.default.fileExists(atPath: folder + "/site"))
  }

  @Test func importIsInTheHelp() throws {
    let run = try vita(["--help"])
    #expect(run.stdout.contains("import"))
    let sub = try vita(["import", "jsonresume", "--help"])
    #expect(sub.status == 0)
    #expect(sub.stdout.contains("--into"))
  }
}
