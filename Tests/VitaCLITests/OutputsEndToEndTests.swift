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
