import Foundation
import Testing

@testable import VitaCore

/// A YAML alias repeats its anchor's value wherever it is written: one anchored text referenced many
/// times must not turn a small file into a huge site. What the aliases of a document add, expanded,
/// may not exceed the document's own size plus 64 KiB.
@Suite struct AliasExpansionTests {
  /// One anchored text of `length` bytes, then `count` aliases of it in `skills` (flow style).
  static func scalarBomb(length: Int, count: Int) -> String {
    let text = String(repeating: "x", count: length)
    let aliases = Array(repeating: "*s", count: count).joined(separator: ", ")
    return "title: T\nkind: project\nstart: 2024-01\nnote: &s \(text)\nskills: [\(aliases)]"
  }

  /// Nine lists of nine aliases of the list before: 10^9 texts once expanded.
  static let billionLaughs = """
    a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
    b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
    c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
    d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
    e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
    f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
    g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
    h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
    i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]
    """

  func load(experience: String, language: String = "en") -> LoadResult {
    let config = "title: T\nbase_url: https://t.example/\nlanguage: \(language)\nperson:\n  name: Rina\n"
    return SiteLoader(files: memorySite(config: config, ["content/experiences/x.md": experienceFile(experience)]))
      .load(from: "/site")
  }

  @Test func aTextRepeatedThroughAnAliasIsAnErrorAtTheAlias() throws {
    // 2,000 aliases of a 1,000-byte text: 8 KB of YAML that would expand to 2 MB.
    let result = load(experience: Self.scalarBomb(length: 1000, count: 2000))
    let error = try #require(result.errors.first)
    #expect(result.site == nil)
    #expect(error.code == "alias-expansion")
    #expect(error.file == "content/experiences/x.md")
    #expect(error.line == 6, "the line of the alias that went past the limit, in the file")
    #expect(error.message.contains("'skills'"), "\(error.message)")
    #expect(error.message.contains("write the values out instead of repeating an anchor"), "\(error.message)")
  }

  @Test func theMessageIsInTheSitesLanguage() throws {
    let result = load(experience: Self.scalarBomb(length: 1000, count: 2000), language: "id")
    let error = try #require(result.errors.first)
    #expect(error.code == "alias-expansion")
    #expect(error.message.contains("tulis nilainya satu per satu"), "\(error.message)")
    #expect(!error.message.contains("write the values out"))
  }

  @Test func aliasesThatAddLittleStillLoad() throws {
    // 40 aliases of a 1,000-byte text add 40 KB: under the 64 KiB allowance.
    let result = load(experience: Self.scalarBomb(length: 1000, count: 40))
    #expect(result.errors.isEmpty, "\(result.errors)")
    #expect(result.site?.experiences.first?.skills.count == 40)
  }

  @Test func theAllowanceGrowsWithTheDocument() throws {
    // 100 aliases of a 1,000-byte text add 100 KB; a 120 KB note makes the document large enough.
    let note = "\nlong: " + String(repeating: "y", count: 120_000)
    let result = load(experience: Self.scalarBomb(length: 1000, count: 100) + note)
    #expect(result.errors.isEmpty, "\(result.errors)")
    #expect(load(experience: Self.scalarBomb(length: 1000, count: 100)).errors.first?.code == "alias-expansion")
  }

  /// A mapping key that is an alias was hashed, expanded, by Yams's check for duplicate keys: a
  /// billion laughs as a key ran for minutes before this check.
  @Test(arguments: ["title: *i", "skills: *i", "? *i\n: x", "*i : x", "x: {*i: y}"])
  func billionLaughsEndsAtOnceWherever(use: String) throws {
    let started = Date()
    let result = load(experience: Self.billionLaughs + "\ntitle: T\nkind: project\nstart: 2024-01\n" + use)
    let error = try #require(result.errors.first)
    #expect(error.code == "alias-expansion")
    #expect(error.line >= 3 && error.line <= 10, "an alias in the lists that expand: line \(error.line)")
    // A guard against a hang, not a timing: the check takes milliseconds.
    #expect(Date().timeIntervalSince(started) < 30, "hang guard")
  }

  @Test func vitaYmlAndPostingsAreBoundedToo() throws {
    let anchor = String(repeating: "z", count: 1000)
    let repeated = Array(repeating: "*g", count: 2000).joined(separator: ", ")
    let config =
      "title: T\nbase_url: https://t.example/\nperson:\n  name: Rina\n  headline: &g \(anchor)\ngoals: [\(repeated)]\n"
    let posting =
      "---\ntitle: Analyst\ncompany: &c \(anchor)\nkeywords: [\(repeated.replacingOccurrences(of: "g", with: "c"))]\n---\nSQL.\n"
    let files = memorySite(
      config: config,
      [
        "content/experiences/x.md": experienceFile("title: T\nkind: project\nstart: 2024-01"),
        "content/jobs/acme.md": posting,
      ])
    let result = SiteLoader(files: files).load(from: "/site")
    let codes = result.errors.map { "\($0.file):\($0.line):\($0.code)" }
    #expect(codes.contains("vita.yml:6:alias-expansion"), "\(codes)")
    let postingFiles = memorySite(["content/jobs/acme.md": posting])
    let postingCodes = SiteLoader(files: postingFiles).load(from: "/site").errors.map {
      "\($0.file):\($0.line):\($0.code)"
    }
    #expect(postingCodes.contains("content/jobs/acme.md:4:alias-expansion"), "\(postingCodes)")
  }

  /// The check itself is linear: 100,000 aliases of a billion-laughs list are refused as fast as one.
  @Test func theCheckIsLinearInTheInput() throws {
    let many = Array(repeating: "*i", count: 100_000).joined(separator: ",")
    let started = Date()
    let result = load(experience: Self.billionLaughs + "\ntitle: T\nkind: project\nstart: 2024-01\nskills: [\(many)]")
    #expect(result.errors.first?.code == "alias-expansion")
    #expect(Date().timeIntervalSince(started) < 30, "hang guard")
  }

  @Test func anchorsWithoutAliasesCostNothing() throws {
    let list = (0..<20_000).map { "  - &a\($0) Skill \($0)" }.joined(separator: "\n")
    let result = load(experience: "title: T\nkind: project\nstart: 2024-01\nskills:\n" + list)
    #expect(result.errors.isEmpty, "\(result.errors.prefix(3))")
  }
}
