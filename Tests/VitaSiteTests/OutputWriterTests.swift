import CVitaSystem
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
    #expect(entries == [OutputManifest.name, OutputWriter.marker, "c.html"])
    #expect(try FileManager.default.contentsOfDirectory(atPath: root) == ["public"], "no staging folder is left")
  }

  /// Files given one at a time from many threads land in new folders at any depth; the old output
  /// stays until the commit replaces it as a whole.
  @Test func aStagingFolderTakesFilesFromAnyThreadAndReplacesAtCommit() throws {
    let root = temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: root) }
    let folder = root + "/public"
    try OutputWriter().replace(folder: folder, with: files(["old.html": "O", "a/0/0/index.html": "p0"]))
    let staging = try OutputWriter.Staging(folder: folder)
    DispatchQueue.concurrentPerform(iterations: 200) { number in
      staging.write(Data("p\(number)".utf8), to: "a/\(number % 7)/\(number)/index.html")
    }
    #expect(FileManager.default.contents(atPath: folder + "/old.html") == Data("O".utf8))
    staging.write(files(["b.html": "B"]))
    try staging.commit()
    let text = { (path: String) in
      FileManager.default.contents(atPath: folder + "/" + path).map { String(decoding: $0, as: UTF8.self) }
    }
    #expect(text("a/3/10/index.html") == "p10")
    #expect(text("a/0/0/index.html") == "p0")
    #expect(text("b.html") == "B")
    #expect(text("old.html") == nil)
    #expect(try FileManager.default.contentsOfDirectory(atPath: root) == ["public"], "no staging folder is left")
  }

  /// A path outside the folder is refused at the commit, which then removes what was written.
  @Test func aStagingFolderRefusesAPathOutsideItAndWritesNothing() throws {
    let root = temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: root) }
    let staging = try OutputWriter.Staging(folder: root + "/public")
    staging.write(Data("x".utf8), to: "fine.html")
    staging.write(Data("x".utf8), to: "../escape.html")
    #expect(throws: OutputWriter.Failure.self) { try staging.commit() }
    #expect(try FileManager.default.contentsOfDirectory(atPath: root) == [])
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

/// The manifest reads back what it wrote, whatever a static file's name holds, and nothing else.
@Suite struct OutputManifestTests {
  @Test func readsBackWhatItWrote() throws {
    let files = [
      "index.html": 120, "experiences/a/index.html": 3, "odd name %41.txt": 0, "new\nline.txt": 7, "tab\there": 1,
      "é/ü.txt": 9,
    ]
    let data = OutputManifest(files: files).data
    #expect(OutputManifest(data)?.files == files)
    #expect(String(decoding: data, as: UTF8.self).split(separator: "\n").count == files.count + 1, "a line per file")
  }

  @Test(arguments: [
    "", "vita-manifest 1", "vita-manifest 2\n", "vita-manifest 1\n12\n", "vita-manifest 1\nx index.html\n",
    "vita-manifest 1\n-1 index.html\n", "vita-manifest 1\n1 ../escape\n", "vita-manifest 1\n1 /etc/passwd\n",
    "vita-manifest 1\n1 bad%4\n", "vita-manifest 1\n1 bad%ZZ\n",
  ])
  func refusesAnythingElse(text: String) {
    #expect(OutputManifest(Data(text.utf8)) == nil, "\(text)")
  }
}

/// The swap of an output folder for its replacement is one system call where the system has it.
@Test func twoFoldersAreExchangedInOneStep() throws {
  let root = temporaryFolder()
  defer { try? FileManager.default.removeItem(atPath: root) }
  for (folder, file) in [("old", "a.html"), ("new", "b.html")] {
    try FileManager.default.createDirectory(atPath: root + "/" + folder, withIntermediateDirectories: true)
    try Data(file.utf8).write(to: URL(fileURLWithPath: root + "/" + folder + "/" + file))
  }
  #expect(vita_exchange(AT_FDCWD, root + "/new", AT_FDCWD, root + "/old") == 0, "\(String(cString: strerror(errno)))")
  #expect(try FileManager.default.contentsOfDirectory(atPath: root + "/old") == ["b.html"])
  #expect(try FileManager.default.contentsOfDirectory(atPath: root + "/new") == ["a.html"])
  #expect(vita_exchange(AT_FDCWD, root + "/new", AT_FDCWD, root + "/missing") == -1, "both must exist")
}
