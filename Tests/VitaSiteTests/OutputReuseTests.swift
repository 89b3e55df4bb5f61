import Foundation
import Testing
import VitaCore

@testable import VitaSite

/// A rebuild links the files that did not change from the output it replaces; none of that may
/// show: every file holds what this build made, and the old output is gone or, on failure, intact.
@Suite struct OutputReuseTests {
  func files(_ pairs: [String: String]) -> OutputFiles {
    var output = OutputFiles()
    for (path, text) in pairs { output.write(text, to: path) }
    return output
  }

  func read(_ path: String) -> String? {
    FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) }
  }

  func inode(_ path: String) -> UInt? {
    var status = stat()
    return lstat(path, &status) == 0 ? UInt(status.st_ino) : nil
  }

  @Test func unchangedFilesAreReusedAndChangedOnesRewritten() throws {
    let root = temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: root) }
    let folder = root + "/public"
    let pages = (0..<200).map { ("p/\($0)/index.html", "page \($0)") }
    try OutputWriter().replace(folder: folder, with: files(Dictionary(uniqueKeysWithValues: pages + [("a.html", "A")])))
    let before = inode(folder + "/p/7/index.html")

    var next = Dictionary(uniqueKeysWithValues: pages)
    next["p/7/index.html"] = "page 7, edited"
    next["p/8/index.html"] = "page 8!"  // the same size, other bytes
    next["b.html"] = "B"
    try OutputWriter().replace(folder: folder, with: files(next))

    for (path, text) in next { #expect(read(folder + "/" + path) == text, "\(path)") }
    #expect(read(folder + "/a.html") == nil, "a file the build no longer makes is gone")
    #expect(inode(folder + "/p/9/index.html") != nil)
    #expect(inode(folder + "/p/7/index.html") != before)
    #expect(try FileManager.default.contentsOfDirectory(atPath: root) == ["public"], "the old output is removed")
  }

  /// Links someone put into the output are theirs: one where the build writes a file stops the build
  /// (the link is neither reused, nor followed, nor lost); one elsewhere is carried over as a link.
  @Test func aLinkInTheOldOutputIsNeitherReusedNorFollowed() throws {
    let root = temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: root) }
    let folder = root + "/public"
    try OutputWriter().replace(folder: folder, with: files(["x.html": "X"]))
    // One link to a file with the very bytes of the next build, one to a folder of their own.
    try FileManager.default.createDirectory(atPath: root + "/mine", withIntermediateDirectories: true)
    try Data("same".utf8).write(to: URL(fileURLWithPath: root + "/mine/same.txt"))
    try FileManager.default.removeItem(atPath: folder + "/x.html")
    try FileManager.default.createSymbolicLink(atPath: folder + "/x.html", withDestinationPath: root + "/mine/same.txt")
    try FileManager.default.createSymbolicLink(atPath: folder + "/folder", withDestinationPath: root + "/mine")

    #expect(throws: OutputWriter.Failure.self) {
      try OutputWriter().replace(folder: folder, with: files(["x.html": "same"]))
    }
    #expect(try FileManager.default.destinationOfSymbolicLink(atPath: folder + "/x.html") == root + "/mine/same.txt")

    try FileManager.default.removeItem(atPath: folder + "/x.html")
    try OutputWriter().replace(folder: folder, with: files(["x.html": "same"]))
    var status = stat()
    #expect(lstat(folder + "/x.html", &status) == 0 && (status.st_mode & S_IFMT) == S_IFREG)
    #expect(read(folder + "/x.html") == "same")
    #expect(read(root + "/mine/same.txt") == "same", "what the links pointed at is untouched")
    #expect(try FileManager.default.destinationOfSymbolicLink(atPath: folder + "/folder") == root + "/mine")
    #expect(try FileManager.default.contentsOfDirectory(atPath: root + "/mine") == ["same.txt"])
  }

  @Test func aFailedBuildLeavesTheOldOutputAsItWasEvenWhereFilesWereReused() throws {
    let root = temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: root) }
    let folder = root + "/public"
    try OutputWriter().replace(folder: folder, with: files(["same.html": "S", "old.html": "O"]))
    struct PrinterFailed: Error {}
    #expect(throws: OutputWriter.Failure.self) {
      try OutputWriter().replace(folder: folder, with: files(["same.html": "S", "new.html": "N"])) { staging in
        #expect(FileManager.default.fileExists(atPath: staging.path + "/same.html"))
        throw PrinterFailed()
      }
    }
    #expect(read(folder + "/same.html") == "S")
    #expect(read(folder + "/old.html") == "O")
    #expect(read(folder + "/new.html") == nil)
    #expect(try FileManager.default.contentsOfDirectory(atPath: root) == ["public"], "the staging folder is removed")
  }
}
