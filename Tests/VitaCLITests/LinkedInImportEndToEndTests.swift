import Foundation
import Testing
import ZIPFoundation

private let fixtures = packageRoot + "/Tests/Fixtures/linkedin"

/// `vita import linkedin` on the fixture exports, as a person runs it: then build and check.
@Suite struct LinkedInImportEndToEndTests {
  /// The `current` fixture packed as LinkedIn sends it: a ZIP archive, its files in a folder.
  func currentExportArchive() throws -> String {
    let zip = NSTemporaryDirectory() + "linkedin-" + UUID().uuidString + ".zip"
    let archive = try Archive(url: URL(fileURLWithPath: zip), accessMode: .create)
    let folder = URL(fileURLWithPath: fixtures + "/current")
    for name in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() {
      let data = try Data(contentsOf: folder.appendingPathComponent(name))
      try archive.addEntry(
        with: "Basic_LinkedInDataExport_11-29-2026/" + name, type: .file, uncompressedSize: Int64(data.count),
        compressionMethod: .deflate
      ) { position, size in data.subdata(in: Int(position)..<Int(position) + size) }
    }
    return zip
  }

  @Test(arguments: ["current.zip", "current", "old-format", "partial"])
  func anExportImportsBuildsAndChecksWithoutErrors(_ export: String) throws {
    let site = NSTemporaryDirectory() + "vita-linkedin-" + UUID().uuidString
    defer { try? FileManager.default.removeItem(atPath: site) }
    let source = export == "current.zip" ? try currentExportArchive() : fixtures + "/" + export
    defer { if export == "current.zip" { try? FileManager.default.removeItem(atPath: source) } }

    let imported = try vita(["import", "linkedin", source, "--into", site])
    #expect(imported.status == 0, "\(imported.stderr)")
    #expect(imported.stdout.contains("content/experiences/"))
    let build = try vita(["build"], in: site)
    #expect(build.status == 0, "\(build.stderr)")
    #expect(!build.stderr.contains(": error: "))
    let check = try vita(["check"], in: site)
    #expect(check.status == 0, "\(check.stderr)")
    #expect(check.stdout.contains(" 0 errors"), "\(check.stdout)")

    // Importing again refuses, and leaves every file as it was.
    let before = snapshot(site + "/content")
    let again = try vita(["import", "linkedin", source, "--into", site])
    #expect(again.status == 2)
    #expect(again.stderr.contains("never overwrites"))
    #expect(snapshot(site + "/content") == before)
  }

  @Test func theArchiveGivesWhatTheFolderGives() throws {
    let (zipSite, folderSite) = (
      NSTemporaryDirectory() + "vita-li-zip-" + UUID().uuidString,
      NSTemporaryDirectory() + "vita-li-dir-" + UUID().uuidString
    )
    let zip = try currentExportArchive()
    defer {
      for path in [zipSite, folderSite, zip] { try? FileManager.default.removeItem(atPath: path) }
    }
    #expect(try vita(["import", "linkedin", zip, "--into", zipSite]).status == 0)
    #expect(try vita(["import", "linkedin", fixtures + "/current", "--into", folderSite]).status == 0)
    let files = snapshot(zipSite)
    #expect(files.count == 13)
    #expect(files == snapshot(folderSite))
  }

  @Test func somethingElseIsRefusedWithWhatToPass() throws {
    let folder = try makeSiteFolder(["notes.txt": "not an export"])
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let run = try vita(["import", "linkedin", folder + "/notes.txt", "--into", folder + "/site"])
    #expect(run.status == 1)
    #expect(run.stderr.contains("is not a ZIP archive or a folder"))
    let empty = try vita(["import", "linkedin", folder, "--into", folder + "/site"])
    #expect(empty.status == 1)
    #expect(empty.stderr.contains("holds none of the files of a LinkedIn export"))
  }
}
