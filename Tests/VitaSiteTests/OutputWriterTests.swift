import Foundation
import Testing
import VitaCore

@testable import VitaSite

@Test(arguments: [
  ("", "<input", false), ("<input", "<input", true), ("a <input b", "<input", true), ("ends <input", "<input", true),
  ("<inpu", "<input", false), ("ñ<input", "<input", true), ("<INPUT", "<input", false), ("anything", "", true),
])
func findsBytesInAPage(text: String, needle: String, found: Bool) {
  #expect(SiteRenderer.contains(text, Array(needle.utf8)) == found)
}

@Suite struct OutputWriterTests {
  func files(_ pairs: [String: String]) -> OutputFiles {
    var output = OutputFiles()
    for (path, text) in pairs { output.write(text, to: path) }
    return output
  }

  @Test(arguments: [
    ("index.html", true), ("experiences/a/index.html", true), ("assets/.hidden", true), ("a/.../b", true),
    ("", false), ("/etc/passwd", false), ("a//b", false), ("a/", false), ("../a", false), ("a/../b", false),
    ("./a", false), ("a/.", false), ("a\\b", false), ("a\0b", false), ("..", false),
  ])
  func onlyRelativePathsInsideTheFolderAreWritten(path: String, safe: Bool) {
    #expect(OutputWriter.isSafe(path) == safe, "\(path)")
  }

  @Test func replacesItsOwnOutputAsAWhole() throws {
    let root = temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: root) }
    let folder = root + "/public"
    try OutputWriter().replace(folder: folder, with: files(["a.html": "A", "x/b.html": "B"]))
    try OutputWriter().replace(folder: folder, with: files(["c.html": "C"]))
    let entries = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
    #expect(entries == [OutputWriter.marker, "c.html"])
    #expect(try FileManager.default.contentsOfDirectory(atPath: root) == ["public"], "no staging folder is left")
  }

  @Test func refusesAFolderItDidNotMakeAndLeavesItAlone() throws {
    let root = temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: root) }
    try Data("mine".utf8).write(to: URL(fileURLWithPath: root + "/notes.txt"))
    #expect(throws: OutputWriter.Failure.self) {
      try OutputWriter().replace(folder: root, with: files(["index.html": "x"]))
    }
    #expect(try FileManager.default.contentsOfDirectory(atPath: root) == ["notes.txt"])
    #expect(FileManager.default.contents(atPath: root + "/notes.txt") == Data("mine".utf8))
  }

  @Test(arguments: ["../escape.html", "/etc/passwd", "a/../../b", "", "a//b"])
  func refusesPathsOutsideTheFolder(path: String) throws {
    let root = temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: root) }
    #expect(throws: OutputWriter.Failure.self) {
      try OutputWriter().replace(folder: root + "/public", with: files([path: "x"]))
    }
    #expect(!FileManager.default.fileExists(atPath: root + "/public"))
    #expect(!FileManager.default.fileExists(atPath: root + "/escape.html"))
  }
}
