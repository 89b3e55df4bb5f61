import Foundation
import Testing

/// `vita build --docx`: every CV and cover letter as a Word file, read back as an ATS would.
@Suite struct DocxEndToEndTests {
  @Test func everyCVIsAWordFileWithItsHeadingsListsAndContactInTheBody() throws {
    let root = NSTemporaryDirectory() + "vita-docx-" + UUID().uuidString
    defer { try? FileManager.default.removeItem(atPath: root) }
    let run = try vita([
      "build", "--docx", "--source", packageRoot, "--output", root + "/public", "--applications",
      root + "/applications",
    ])
    #expect(run.status == 0, "\(run.stderr)")
    let folders =
      [root + "/public/cv"]
      + ["acme-junior-data-analyst", "maju-digital-frontend-intern"].map {
        root + "/applications/" + $0
      }
    for folder in folders {
      // python-docx reads it back: headings in order with Heading styles, highlights as list
      // paragraphs, no table or text box, the contact details in the body (scripts/check_cv_docx.py).
      let check = Process()
      check.executableURL = URL(fileURLWithPath: "/usr/bin/env")
      check.arguments = [
        "python3", packageRoot + "/scripts/check_cv_docx.py", folder + "/index.html", folder + "/cv.docx",
      ]
      let errors = Pipe()
      check.standardError = errors
      check.standardOutput = FileHandle.nullDevice
      try check.run()
      let said = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
      check.waitUntilExit()
      #expect(check.terminationStatus == 0, "\(folder): \(said)")
      #expect(run.stdout.contains("Wrote \(folder)/cv.docx"))
    }
    for folder in folders.dropFirst() {
      #expect(FileManager.default.fileExists(atPath: folder + "/letter.docx"))
    }
    #expect(!FileManager.default.fileExists(atPath: root + "/public/cv/.cv.docx.html"), "no leftover of the conversion")
  }

  @Test func withoutPandocItSaysHowToInstallItAndWritesNothing() throws {
    let site = try makeSiteFolder(["vita.yml": minimalConfig, "content/experiences/teacher.md": minimalExperience])
    defer { try? FileManager.default.removeItem(atPath: site) }
    let run = try vita(["build", "--docx"], in: site, environment: ["PATH": site + "/no-bin"])
    #expect(run.status == 2)
    #expect(run.stderr.contains("apt-get install pandoc"), "\(run.stderr)")
    #expect(!FileManager.default.fileExists(atPath: site + "/public"))
  }
}
