import Foundation
import Testing

/// Where a build may write: each way an outsider deleted a site or a home folder (issue 24), run on
/// copies in a temporary folder, must be refused with a reason and leave every file as it was; and
/// the files Vita did not write in its own output folders (CNAME, .nojekyll, .git) outlive a build.
@Suite(.serialized) struct OutputFolderTests {
  /// A temporary folder holding a site at `site/`, and `home/` for a fake home folder.
  struct Scratch {
    let root: String
    var site: String { root + "/site" }
    var home: String { root + "/home" }

    init(_ extra: [String: String] = [:]) throws {
      root = try makeSiteFolder(
        ["site/vita.yml": minimalConfig, "site/content/experiences/teacher.md": minimalExperience]
          .merging(extra) { $1 })
    }

    func build(_ arguments: [String]) throws -> Run {
      try vita(["build", "--source", site] + arguments, environment: ["HOME": home])
    }

    func remove() { try? FileManager.default.removeItem(atPath: root) }
  }

  func write(_ text: String, to path: String) throws {
    let url = URL(fileURLWithPath: path)
    try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(text.utf8).write(to: url)
  }

  /// The refusal: a command-line failure, not a content error, with its reason.
  func expectRefused(_ run: Run, saying reason: String, sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(run.status != 0 && run.status != 1, "\(run.stderr)", sourceLocation: sourceLocation)
    #expect(run.stderr.contains(reason), "\(run.stderr)", sourceLocation: sourceLocation)
  }

  @Test func aMarkerInTheSiteDoesNotMakeItAnApplicationsFolder() throws {
    let scratch = try Scratch()
    defer { scratch.remove() }
    try write("", to: scratch.site + "/.vita-output")
    let before = snapshot(scratch.site)
    let run = try scratch.build(["--applications", scratch.site])
    expectRefused(run, saying: "is the site's own folder")
    #expect(run.stderr.contains("--applications"), "the refusal names the option: \(run.stderr)")
    #expect(snapshot(scratch.site) == before)
  }

  @Test(arguments: ["--output", "--applications"])
  func aHomeFolderWithAMarkerIsRefused(option: String) throws {
    let scratch = try Scratch(["home/notes.txt": "mine", "home/.bashrc": "export A=1", "home/.vita-output": ""])
    defer { scratch.remove() }
    let before = snapshot(scratch.home)
    let run = try scratch.build([option, scratch.home])
    expectRefused(run, saying: "home folder")
    #expect(snapshot(scratch.home) == before)
  }

  @Test func aFolderThatHoldsTheHomeFolderIsRefused() throws {
    let scratch = try Scratch(["home/notes.txt": "mine", ".vita-output": ""])
    defer { scratch.remove() }
    let run = try vita(
      ["build", "--source", scratch.site, "--applications", scratch.root + "/home/.."],
      environment: ["HOME": scratch.home])
    expectRefused(run, saying: "holds the site")
    #expect(FileManager.default.contents(atPath: scratch.home + "/notes.txt") == Data("mine".utf8))
  }

  @Test func anOutputThroughASymbolicLinkToTheSiteIsRefused() throws {
    let scratch = try Scratch()
    defer { scratch.remove() }
    try write("", to: scratch.site + "/.vita-output")
    let before = snapshot(scratch.site)
    try FileManager.default.createSymbolicLink(atPath: scratch.root + "/link", withDestinationPath: scratch.site)
    for option in ["--output", "--applications"] {
      expectRefused(try scratch.build([option, scratch.root + "/link"]), saying: "is the site's own folder")
      // Through a link in the middle of the path, and with `..` after it: still the site.
      expectRefused(
        try scratch.build([option, scratch.root + "/link/content/.."]), saying: "is the site's own folder")
    }
    #expect(snapshot(scratch.site) == before)
  }

  @Test func theRootFolderIsRefused() throws {
    let scratch = try Scratch()
    defer { scratch.remove() }
    expectRefused(try scratch.build(["--output", "/"]), saying: "the root folder")
    expectRefused(try scratch.build(["--applications", "//"]), saying: "the root folder")
  }

  @Test(arguments: ["content", "content/out", "templates/out", "static", "static/apps"])
  func anOutputInsideTheSitesOwnFoldersIsRefused(folder: String) throws {
    let scratch = try Scratch(["site/static/photo.txt": "me", "site/templates/.keep": ""])
    defer { scratch.remove() }
    let before = snapshot(scratch.site)
    for option in ["--output", "--applications"] {
      let run = try scratch.build([option, scratch.site + "/" + folder])
      expectRefused(run, saying: "the site's \(folder.split(separator: "/")[0])/ folder")
      #expect(snapshot(scratch.site) == before, "\(option) \(folder)")
    }
  }

  @Test func theTwoOutputsMayNotHoldEachOther() throws {
    let scratch = try Scratch()
    defer { scratch.remove() }
    let out = scratch.root + "/out"
    expectRefused(try scratch.build(["--output", out, "--applications", out]), saying: "the same folder")
    expectRefused(
      try scratch.build(["--output", out + "/site", "--applications", out]), saying: "inside the applications folder")
    expectRefused(
      try scratch.build(["--output", out, "--applications", out + "/apps"]), saying: "inside the published output")
    #expect(!FileManager.default.fileExists(atPath: out))
  }

  @Test func theDefaultFoldersInsideTheSiteStayFine() throws {
    let scratch = try Scratch()
    defer { scratch.remove() }
    let run = try scratch.build([])
    #expect(run.status == 0, "\(run.stderr)")
    let again = try vita(["build", "--source", scratch.site + "/content/.."], environment: ["HOME": scratch.site])
    #expect(again.status == 0, "a site inside the home folder, or the home folder itself, builds: \(again.stderr)")
  }

  /// What Vita did not write in its own output folder is carried over into the new one, build after build.
  @Test func filesVitaDidNotWriteAreCarriedOver() throws {
    let scratch = try Scratch()
    defer { scratch.remove() }
    #expect(try scratch.build([]).status == 0)
    let foreign = [
      "public/CNAME": "budi.example.com\n", "public/.nojekyll": "", "public/.git/HEAD": "ref: refs/heads/gh-pages\n",
      "public/.git/objects/ab/cdef": "object", "public/experiences/teacher/notes.txt": "my own notes",
      "applications/acme-notes.txt": "called them on Monday",
    ]
    for (path, text) in foreign { try write(text, to: scratch.site + "/" + path) }
    try FileManager.default.createSymbolicLink(
      atPath: scratch.site + "/public/latest", withDestinationPath: "experiences/teacher")
    for round in 1...2 {
      let run = try scratch.build([])
      #expect(run.status == 0, "\(run.stderr)")
      for (path, text) in foreign {
        #expect(
          FileManager.default.contents(atPath: scratch.site + "/" + path) == Data(text.utf8), "\(path), round \(round)")
      }
      #expect(
        try FileManager.default.destinationOfSymbolicLink(atPath: scratch.site + "/public/latest")
          == "experiences/teacher")
      #expect(FileManager.default.fileExists(atPath: scratch.site + "/public/experiences/teacher/index.html"))
    }
  }

  /// A file of someone else's where the build writes one of its own is not overwritten, and a
  /// manifest that cannot be read vouches for nothing: the build stops, and the folder stays as it was.
  @Test(arguments: [
    ("robots.txt", "User-agent: *\nDisallow: /private/\n# mine\n", "robots.txt was not written by Vita"),
    (".vita-manifest", "not a manifest\n", ".vita-manifest cannot be read"),
  ])
  func aFileVitaCannotVouchForStopsTheBuild(file: String, text: String, reason: String) throws {
    let scratch = try Scratch()
    defer { scratch.remove() }
    #expect(try scratch.build([]).status == 0)
    try write(text, to: scratch.site + "/public/" + file)
    let before = snapshot(scratch.site + "/public")
    expectRefused(try scratch.build([]), saying: reason)
    #expect(snapshot(scratch.site + "/public") == before)
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: scratch.site).filter { $0.contains("vita-") }
    #expect(leftovers.isEmpty, "staging folders left: \(leftovers)")
  }

  /// A folder from builds before the manifest: trusted once when it holds only what a build writes.
  @Test func aMarkedFolderWithoutAManifestIsTrustedOnlyWhenItHoldsVitasFiles() throws {
    let scratch = try Scratch([
      "old/.vita-output": "", "old/index.html": "<p>old", "old/experiences/gone/index.html": "<p>gone",
      "old/assets/style.css": "p{}", "old/cv/resume.json": "{}", "old/sitemap.xml": "<urlset/>",
      "old/CNAME": "budi.example.com\n",
      "mixed/.vita-output": "", "mixed/index.html": "<p>old", "mixed/thesis.docx": "precious",
    ])
    defer { scratch.remove() }
    let mixed = snapshot(scratch.root + "/mixed")
    let refused = try scratch.build(["--output", scratch.root + "/mixed"])
    expectRefused(refused, saying: "thesis.docx")
    #expect(snapshot(scratch.root + "/mixed") == mixed)

    let run = try scratch.build(["--output", scratch.root + "/old"])
    #expect(run.status == 0, "\(run.stderr)")
    let built = snapshot(scratch.root + "/old")
    #expect(built["experiences/gone/index.html"] == nil, "the old build's page is gone")
    #expect(built["experiences/teacher/index.html"] != nil)
    #expect(built["CNAME"] == Data("budi.example.com\n".utf8), "carried over")
    #expect(built[".vita-manifest"] != nil, "the folder gets its manifest")
  }

  @Test func aManifestListsWhatTheBuildWrote() throws {
    let scratch = try Scratch()
    defer { scratch.remove() }
    #expect(try scratch.build([]).status == 0)
    for folder in ["public", "applications"] {
      let files = snapshot(scratch.site + "/" + folder)
      let manifest = try #require(files[".vita-manifest"], "\(folder)")
      let lines = String(decoding: manifest, as: UTF8.self).split(separator: "\n")
      #expect(lines.first == "vita-manifest 1")
      var listed: [String: Int] = [:]
      for line in lines.dropFirst() {
        let parts = line.split(separator: " ", maxSplits: 1)
        listed[String(parts[1])] = Int(parts[0])
      }
      let written = files.filter { $0.key != ".vita-manifest" && $0.key != ".vita-output" }
      #expect(Set(listed.keys) == Set(written.keys), "\(folder)")
      for (path, data) in written { #expect(listed[path] == data.count, "\(folder)/\(path)") }
    }
  }

  /// A posting's folder rebuilt alone with `--job` gets a manifest of its own; full builds and
  /// `--job` builds then follow each other, and a note in the posting's folder outlives them all.
  @Test func aPostingsFolderRebuiltAloneKeepsWhatVitaDidNotWrite() throws {
    let scratch = try Scratch([
      "site/content/jobs/acme.md": "---\ntitle: Teacher\ncompany: Acme\n---\nWe need teaching.\n"
    ])
    defer { scratch.remove() }
    #expect(try scratch.build([]).status == 0)
    try write("called them on Monday", to: scratch.site + "/applications/acme/notes.txt")
    for arguments in [["--job", "acme"], [], ["--job", "acme"], []] {
      let run = try scratch.build(arguments)
      #expect(run.status == 0, "\(arguments): \(run.stderr)")
      #expect(
        FileManager.default.contents(atPath: scratch.site + "/applications/acme/notes.txt")
          == Data("called them on Monday".utf8), "\(arguments)")
      #expect(FileManager.default.fileExists(atPath: scratch.site + "/applications/acme/report.json"))
    }
  }
}
