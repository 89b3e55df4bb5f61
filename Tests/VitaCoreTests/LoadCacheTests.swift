import Foundation
import Testing

@testable import VitaCore

@Suite struct LoadCacheTests {
  static func files(_ second: String) -> [String: String] {
    [
      "content/experiences/a.md": experienceFile(validExperience + "\ncolour: blue"),
      "content/experiences/b.md": second,
    ]
  }

  /// A cached load gives exactly what a fresh one gives, warnings included, and parses only the
  /// file whose text changed.
  @Test func reusesUnchangedFilesAndParsesChangedOnes() {
    let cache = LoadCache()
    var loader = SiteLoader(files: memorySite(Self.files(experienceFile(validExperience, body: "First."))))
    loader.cache = cache
    let first = loader.load(from: "/site")
    #expect(cache.parsed == 2 && cache.reused == 0)

    let edited = Self.files(experienceFile(validExperience.replacingOccurrences(of: "Intern", with: "Lead")))
    loader.files = memorySite(edited)
    let second = loader.load(from: "/site")
    #expect(cache.parsed == 1 && cache.reused == 1)

    let fresh = SiteLoader(files: memorySite(edited)).load(from: "/site")
    #expect(second.site == fresh.site)
    #expect(second.diagnostics == fresh.diagnostics)
    #expect(second.diagnostics.contains { $0.code == "unknown-key" && $0.file == "content/experiences/a.md" })
    #expect(first.site?.experiences.map(\.title) != second.site?.experiences.map(\.title))
  }

  /// A file with an error keeps failing while it is unchanged, and a removed file is forgotten.
  @Test func keepsErrorsAndForgetsRemovedFiles() {
    let cache = LoadCache()
    let broken = experienceFile("title: T\nkind: nonsense\nstart: 2024-01")
    var loader = SiteLoader(files: memorySite(Self.files(broken)))
    loader.cache = cache
    #expect(loader.load(from: "/site").site == nil)
    let again = loader.load(from: "/site")
    #expect(again.site == nil && cache.reused == 2)
    #expect(again.diagnostics.contains { $0.code == "unknown-kind" && $0.file == "content/experiences/b.md" })

    loader.files = memorySite(["content/experiences/a.md": experienceFile(validExperience)])
    let fixed = loader.load(from: "/site")
    #expect(fixed.site?.experiences.count == 1)
    #expect(cache.parsed == 1)
  }
}
