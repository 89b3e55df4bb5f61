import Foundation
import Testing
import VitaCore

@testable import VitaSite

/// Where a build's files go: kept in memory, or written into the staging folders that replace the
/// outputs at the commit.
@Suite struct OutputSinkTests {
  /// The first file given for a path is kept, in both folders, so that a static file cannot replace
  /// a page.
  @Test func theFirstFileGivenForAPathIsKept() {
    let sink = OutputSink.memory()
    sink.add(Data("page".utf8), at: "index.html", in: .site)
    sink.add(Data("static".utf8), at: "index.html", in: .site)
    sink.add(Data("cv".utf8), at: "index.html", in: .applications)
    #expect(sink.files.site["index.html"] == Data("page".utf8))
    #expect(sink.files.applications["index.html"] == Data("cv".utf8))
    #expect(sink.paths(in: .site) == ["index.html"])
  }

  /// Files given from many threads go straight into the staging folders; the outputs change only
  /// at the commit, and with `--job` only that posting's files go to its folder, without its slug.
  @Test func stagingWritesAtOnceAndSwapsAtTheCommit() throws {
    let root = temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: root) }
    try OutputWriter().replace(folder: root + "/public", with: OutputFiles())
    let sink = try OutputSink.staging(
      site: root + "/public", staticFiles: [], applications: root + "/applications/acme", posting: "acme")
    Parallel.forEach(100) { number in
      sink.add(Data("p\(number)".utf8), at: "experiences/\(number)/index.html", in: .site)
    }
    sink.add(Data("cv".utf8), at: "acme/index.html", in: .applications)
    sink.add(Data("other".utf8), at: "maju/index.html", in: .applications)
    let staging = try #require(sink.staging)
    #expect(FileManager.default.fileExists(atPath: staging.site.folder.path + "/experiences/7/index.html"))
    #expect(!FileManager.default.fileExists(atPath: root + "/public/experiences"))
    #expect(sink.files.site.files.isEmpty, "a staging sink keeps nothing in memory")
    try sink.commit()
    #expect(FileManager.default.contents(atPath: root + "/public/experiences/42/index.html") == Data("p42".utf8))
    #expect(FileManager.default.contents(atPath: root + "/applications/acme/index.html") == Data("cv".utf8))
    #expect(!FileManager.default.fileExists(atPath: root + "/applications/maju"))
    #expect(try FileManager.default.contentsOfDirectory(atPath: root).sorted() == ["applications", "public"])
  }

  /// A sink abandoned leaves the outputs as they were and no staging folder.
  @Test func abandoningLeavesTheOutputsAsTheyWere() throws {
    let root = temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: root) }
    var before = OutputFiles()
    before["index.html"] = Data("old".utf8)
    try OutputWriter().replace(folder: root + "/public", with: before)
    let sink = try OutputSink.staging(
      site: root + "/public", staticFiles: [], applications: root + "/applications", posting: nil)
    sink.add(Data("new".utf8), at: "index.html", in: .site)
    sink.abandon()
    #expect(FileManager.default.contents(atPath: root + "/public/index.html") == Data("old".utf8))
    #expect(try FileManager.default.contentsOfDirectory(atPath: root) == ["public"])
  }
}
