import Foundation
import Testing

/// The format reference stays true to the code: every key and every code the code knows is in it.
@Suite struct DocumentationTests {
  let reference = String(
    decoding: FileManager.default.contents(atPath: packageRoot + "/docs/format.md") ?? Data(), as: UTF8.self)

  /// Every `code: "..."` and `error("...")`/`warning("...")` code used in the sources.
  func codesInSources() throws -> Set<String> {
    var codes = Set<String>()
    let patterns = [
      #"code: "([a-z][a-z0-9-]+)""#, #"\.(?:error|warning)\(\s*"([a-z][a-z0-9-]+)""#,
      #"case [a-zA-Z]+ = "([a-z][a-z0-9-]+)""#, #"failure\("([a-z][a-z0-9-]+)""#,
    ]
    for folder in ["Sources/VitaCore/Loading", "Sources/VitaCore/Review", "Sources/VitaSite"] {
      for name in try FileManager.default.contentsOfDirectory(atPath: packageRoot + "/" + folder)
      where name.hasSuffix(".swift") && name != "InternalLink.swift" {
        let source = String(
          decoding: FileManager.default.contents(atPath: packageRoot + "/" + folder + "/" + name) ?? Data(),
          as: UTF8.self)
        for pattern in patterns {
          let regex = try NSRegularExpression(pattern: pattern)
          for match in regex.matches(in: source, range: NSRange(source.startIndex..., in: source)) {
            if let range = Range(match.range(at: 1), in: source) { codes.insert(String(source[range])) }
          }
        }
      }
    }
    return codes
  }

  @Test func listsEveryFindingCode() throws {
    let codes = try codesInSources()
    #expect(codes.count > 20, "the code scan found too little: \(codes)")
    for code in codes.sorted() {
      #expect(reference.contains("| `\(code)` |"), "docs/format.md does not list the code '\(code)'")
    }
  }

  @Test func listsEveryExperienceKeyAndKind() {
    let keys = [
      "title", "kind", "slug", "organization", "location", "start", "end", "mandatory", "hours", "skills",
      "highlights", "links", "featured", "draft", "visibility", "star", "reflection", "degree", "area", "score",
      "review",
    ]
    for key in keys { #expect(reference.contains("`\(key)`"), "docs/format.md does not describe '\(key)'") }
    for kind in [
      "job", "internship", "freelance", "part-time", "project", "volunteer", "organization", "competition", "course",
      "bootcamp", "certification", "education",
    ] {
      #expect(reference.contains("`\(kind)`"), "docs/format.md does not list the kind '\(kind)'")
    }
  }

  @Test func theReadmeGivesTheTwoCommands() {
    let readme = String(
      decoding: FileManager.default.contents(atPath: packageRoot + "/README.md") ?? Data(), as: UTF8.self)
    #expect(readme.contains("make site"))
    #expect(readme.contains("make test"))
  }
}
