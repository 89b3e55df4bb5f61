import Foundation
import Testing
import VitaCore

@testable import VitaSite

/// Tests/Corpus/hostile/: one file per hostile input, each loaded as an experience and, when it loads,
/// rendered with the default theme and tailored. Each must end in the error given here, or build;
/// never a crash or a hang. `make fuzz` starts from the same files.
@Suite struct HostileCorpusTests {
  static let corpus = packageRoot + "/Tests/Corpus/hostile"

  /// What each file gives: the code of its first error, or "builds".
  static let expected: [String: String] = [
    "alias-bomb.md": "alias-expansion",
    "alias-bomb-as-key.md": "alias-expansion",
    "alias-bomb-keys.md": "alias-expansion",
    "alias-scalar-bomb.md": "alias-expansion",
    "binary-junk.md": "binary-file",
    "bom-crlf.md": "builds",
    "cdata-bomb.md": "builds",
    "control-char-link.md": "link-scheme",
    "control-chars.md": "builds",
    "data-link.md": "link-scheme",
    "declaration-bomb.md": "markdown-declaration",
    "deep-nesting-block.md": "yaml-syntax",
    "deep-nesting-flow.md": "yaml-syntax",
    "deep-nesting-flow-mapping.md": "yaml-syntax",
    "duplicate-keys.md": "yaml-syntax",
    "empty.md": "empty-file",
    "far-date.md": "date",
    "front-matter-is-a-list.md": "front-matter",
    "front-matter-is-text.md": "front-matter",
    "flow-sequence-skills.md": "builds",
    "grapheme-quote.md": "builds",
    "huge-number.md": "type",
    "impossible-date.md": "date",
    "invalid-utf8.md": "not-utf8",
    "javascript-link.md": "link-scheme",
    "lone-surrogate-escape.md": "yaml-syntax",
    "long-title.md": "builds",
    "many-distinct-skills.md": "builds",
    "many-unknown-keys.md": "builds",
    "merge-keys.md": "required",
    "missing-everything.md": "required",
    "negative-hours.md": "range",
    "nested-brackets.md": "builds",
    "nested-emphasis.md": "builds",
    "no-front-matter.md": "front-matter",
    "nul-bytes.md": "binary-file",
    "only-whitespace.md": "empty-file",
    "posting-keyword-bomb.md": "required",
    "processing-instruction-bomb.md": "markdown-processing-instruction",
    "raw-html-hostile.md": "builds",
    "script-everywhere.md": "builds",
    "skills-sharing-a-word.md": "builds",
    "slash-slug.md": "slug",
    "tab-indentation.md": "yaml-syntax",
    "table-bomb.md": "markdown-table-columns",
    "traversal-slug.md": "slug",
    "undefined-alias.md": "yaml-syntax",
    "unknown-kind.md": "unknown-kind",
    "unterminated-front-matter.md": "front-matter",
    "utf16.md": "binary-file",
    "wide-table.md": "markdown-table-columns",
    "wrong-types.md": "type",
    "yaml-tags.md": "type",
  ]

  static let config = "title: T\nbase_url: https://t.example.com/\nperson:\n  name: Tester\n"
  static let job = "---\ntitle: Analyst\ncompany: Acme\n---\nWe need SQL, Python and dashboards.\n"

  /// Loads `data` as the one experience of a site, then renders, tailors and renders the applications.
  /// Without `posting`, the site has no job posting, and nothing is tailored.
  static func outcome(
    of data: Data, name: String = "hostile.md", posting: Bool = true, asPosting: Bool = false
  ) throws -> (code: String, seconds: Double) {
    let started = Date()
    var site: [String: Data] = ["/s/vita.yml": Data(config.utf8), "/s/content/experiences/\(name)": data]
    if posting { site["/s/content/jobs/acme.md"] = Data(job.utf8) }
    if asPosting {
      site["/s/content/experiences/\(name)"] = Data((head + "skills: [SQL, k1]\n---\nData work.\n").utf8)
      site["/s/content/jobs/acme.md"] = data
    }
    let files = site
    let io = FileIO(
      read: { files[$0] },
      list: { folder in
        let names = files.keys.filter { $0.hasPrefix(folder + "/") }.map { String($0.dropFirst(folder.count + 1)) }
        return names.isEmpty ? nil : names.filter { !$0.contains("/") }
      })
    let loaded = SiteLoader(files: io).load(from: "/s")
    guard let site = loaded.site else {
      let first = try #require(loaded.errors.first)
      #expect(
        first.file == (asPosting ? "content/jobs/acme.md" : "content/experiences/\(name)"),
        "the error names the file: \(first)")
      #expect(!first.message.isEmpty)
      return (first.code, Date().timeIntervalSince(started))
    }
    var output = try SiteRenderer(site: site, theme: defaultTheme).render()
    let applications = try Build.renderApplications(
      Build.tailor(site: site, jobs: site.jobs), site: site, theme: defaultTheme, publishInto: &output, complete: true)
    #expect(output["index.html"] != nil && (!posting || applications["acme/report.json"] != nil))
    return ("builds", Date().timeIntervalSince(started))
  }

  @Test func everyFileOfTheCorpusHasAnExpectedOutcome() throws {
    let names = try FileManager.default.contentsOfDirectory(atPath: Self.corpus).sorted()
    #expect(Set(names) == Set(Self.expected.keys), "a corpus file without an expectation, or the reverse")
  }

  @Test(arguments: expected.keys.sorted())
  func endsInAClearErrorOrAPage(name: String) throws {
    let data = try #require(FileManager.default.contents(atPath: Self.corpus + "/" + name))
    let (code, seconds) = try Self.outcome(of: data)
    #expect(code == Self.expected[name], "\(name)")
    #expect(seconds < 20, "hang guard: \(name) took \(seconds) s")
  }

  /// The cases too large to keep in the repository, made here.
  static let generated: [(name: String, expected: String, make: @Sendable () -> String)] = [
    ("over 4 MiB", "file-too-large", { head + "---\n" + String(repeating: "word ", count: 900_000) }),
    ("a 1 MB single line", "builds", { head + "---\n" + String(repeating: "x", count: 1_000_000) }),
    (
      "a 1 MB title", "builds",
      {
        "---\nkind: project\nstart: 2024-01\ntitle: " + String(repeating: "T", count: 1_000_000) + "\n---\n"
      }
    ),
    (
      "100k highlights", "builds",
      {
        head + "highlights:\n" + String(repeating: "  - Cut costs by 5% with *SQL*\n", count: 100_000) + "---\n"
      }
    ),
    ("100k nested list markers", "builds", { head + "---\n" + String(repeating: "- ", count: 100_000) + "x\n" }),
    ("100k nested blockquotes", "builds", { head + "---\n" + String(repeating: ">", count: 100_000) + " x\n" }),
    ("100k nested links", "builds", { head + "---\n" + String(repeating: "[", count: 100_000) + "x" }),
    ("a body of 50k lines", "builds", { head + "---\n" + String(repeating: "1. item\n   - sub\n", count: 25_000) }),
  ]
  static let head = "---\ntitle: Hostile\nkind: project\nstart: 2024-01\n"

  /// The inputs under the size limits that took minutes (issue 24): each ends in its named error, or
  /// builds, at once. `hang` is a guard against a hang only: ten times what the case takes here in a
  /// debug build, on a busy machine. Loaded and rendered without a posting: tailoring 100,000
  /// skills is the tailor's own matter, measured apart.
  static let slow: [(name: String, expected: String, hang: Double, make: @Sendable () -> String)] = [
    (
      "1.28 MB of `a <?`", "markdown-processing-instruction", 30,
      { head + "---\n" + String(repeating: "a <?", count: 320_000) }
    ),
    (
      "1.28 MB of `a <!A `", "markdown-declaration", 30,
      { head + "---\n" + String(repeating: "a <!A ", count: 213_000) }
    ),
    (
      "1.28 MB of `x <![CDATA[`", "markdown-cdata", 30,
      { head + "---\n" + String(repeating: "x <![CDATA[", count: 116_000) }
    ),
    (
      "a table of 10,000 columns", "markdown-table-columns", 30,
      {
        head + "---\n|" + String(repeating: "a|", count: 10_000) + "\n|" + String(repeating: "-|", count: 10_000) + "\n"
      }
    ),
    (
      "closed processing instructions", "builds", 30, { head + "---\n" + String(repeating: "a <?x?> ", count: 150_000) }
    ),
    (
      "a table of 1,000 columns", "builds", 30,
      { head + "---\n|" + String(repeating: "a|", count: 1_000) + "\n|" + String(repeating: "-|", count: 1_000) + "\n" }
    ),
    (
      "a one-line flow sequence of 100,000 skills", "builds", 120,
      { head + "skills: [" + (0..<100_000).map { "s\($0)" }.joined(separator: ", ") + "]\n---\n" }
    ),
    (
      "100,000 distinct skills in a block list", "builds", 120,
      { head + "skills:\n" + (0..<100_000).map { "  - s\($0)\n" }.joined() + "---\n" }
    ),
  ]

  @Test(arguments: slow.indices)
  func slowFamiliesEndAtOnce(index: Int) throws {
    let (name, expected, hang, make) = Self.slow[index]
    let (code, seconds) = try Self.outcome(of: Data(make().utf8), posting: false)
    #expect(code == expected, "\(name)")
    #expect(seconds < hang, "hang guard: \(name) took \(seconds) s")
    print("\(name): \(code) in \(Int(seconds * 1000)) ms")
  }

  /// A posting with 200,000 keywords took 43 s; the corpus's 2,000 (a fuzzer's seed) and 30,000
  /// here, read as the posting they are, are tailored at once. The guard is some ten times what
  /// 30,000 take in a debug build.
  @Test func aPostingWithManyKeywordsIsTailoredAtOnce() throws {
    let seed = try #require(FileManager.default.contents(atPath: Self.corpus + "/posting-keyword-bomb.md"))
    #expect(try Self.outcome(of: seed, asPosting: true).code == "builds")
    let file =
      "---\ntitle: Analyst\ncompany: Acme\nkeywords:\n" + (0..<30_000).map { "  - k\($0)\n" }.joined() + "---\nSQL.\n"
    let (code, seconds) = try Self.outcome(of: Data(file.utf8), asPosting: true)
    #expect(code == "builds")
    #expect(seconds < 120, "hang guard: 30,000 keywords took \(seconds) s")
    print("a posting with 30,000 keywords, tailored: \(Int(seconds * 1000)) ms")
  }

  /// A duty line naming 20,000 unknown tools ("Follow the rules of Zq000000Tool, …") is one
  /// requirement whose gaps are named together; comparing every pair of them for one that holds
  /// another made 10,000 take 28 s and 20,000 112 s in a release build. The guard is some ten
  /// times what 20,000 take in a debug build.
  @Test func aDutyLineOfManyUnknownNamesIsTailoredAtOnce() throws {
    let names = (0..<20_000).map { "Zq" + String(repeating: "0", count: 6 - String($0).count) + "\($0)Tool" }
    let file =
      "---\ntitle: Analyst\ncompany: Acme\n---\n## Responsibilities\n\n- Follow the rules of "
      + names.joined(separator: ", ") + "\n"
    let (code, seconds) = try Self.outcome(of: Data(file.utf8), asPosting: true)
    #expect(code == "builds")
    #expect(seconds < 60, "hang guard: 20,000 unknown names took \(seconds) s")
    print("a duty line of 20,000 unknown names, tailored: \(Int(seconds * 1000)) ms")
  }

  /// A paragraph of short sentences that each end like an abbreviation ("Ab. Ab. …") grew one
  /// sentence and split it again at every dot: 150,000 took over ten minutes in a release build.
  /// Read as the posting they are; the guard is some ten times what 40,000 take in a debug build.
  @Test func aParagraphOfShortSentencesIsReadAtOnce() throws {
    let file = "---\ntitle: Analyst\ncompany: Acme\n---\n" + String(repeating: "Ab. ", count: 40_000) + "\n"
    let (code, seconds) = try Self.outcome(of: Data(file.utf8), asPosting: true)
    #expect(code == "builds")
    #expect(seconds < 120, "hang guard: 40,000 short sentences took \(seconds) s")
    print("a paragraph of 40,000 short sentences, tailored: \(Int(seconds * 1000)) ms")
  }

  /// Skills that share their first words ("data s1" … "data s40000") were each tried at every
  /// place the words appear: 20,000 took 12 s to tailor in a release build, 40,000 took 39 s, and
  /// 10,000 "data analysis s1" … 73 s. Tailored here, against a posting; the guard is some ten
  /// times what each takes in a debug build.
  @Test(arguments: [("data s", 40_000), ("data analysis s", 20_000)])
  func skillsSharingTheirFirstWordsAreTailoredAtOnce(prefix: String, count: Int) throws {
    let file = Self.head + "skills:\n" + (0..<count).map { "  - \(prefix)\($0)\n" }.joined() + "---\nData work.\n"
    let (code, seconds) = try Self.outcome(of: Data(file.utf8), posting: true)
    #expect(code == "builds")
    #expect(seconds < 60, "hang guard: \(count) skills '\(prefix)N' took \(seconds) s")
    print("\(count) skills '\(prefix)N', tailored: \(Int(seconds * 1000)) ms")
  }

  @Test(arguments: generated.indices)
  func largeInputsEndInBoundedTime(index: Int) throws {
    let (name, expected, make) = Self.generated[index]
    let (code, seconds) = try Self.outcome(of: Data(make().utf8))
    #expect(code == expected, "\(name)")
    // A hang guard, not a timing: linear, but 100k highlights each rendered by cmark take some 25 s
    // in a debug build; the guard is more than ten times that.
    #expect(seconds < 300, "hang guard: \(name) took \(seconds) s")
  }
}
