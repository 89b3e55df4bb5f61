import Foundation
import Testing
import VitaCore

@testable import VitaSite

/// `vita serve` reuses experience pages between builds: what it serves must be exactly what a
/// fresh build makes, whatever changed.
@Suite struct PageCacheTests {
  func render(_ site: Site, cache: PageCache?, theme: Theme = defaultTheme) throws -> OutputFiles {
    var renderer = SiteRenderer(site: site, theme: theme, liveReloadScript: "reload()")
    renderer.pageCache = cache
    return try renderer.render()
  }

  func expectSame(_ cached: OutputFiles, _ fresh: OutputFiles) {
    #expect(Set(cached.files.keys) == Set(fresh.files.keys))
    for (path, data) in fresh.files { #expect(cached[path] == data, "\(path) differs from a fresh build") }
  }

  @Test func reusesOnlyThePagesWhoseInputsAreUnchanged() throws {
    let cache = PageCache()
    var experiences = [internship, study]
    _ = try render(makeSite(experiences: experiences), cache: cache)
    #expect(cache.rendered == 2 && cache.reused == 0)

    experiences[1].body = "A new story."
    let site = makeSite(experiences: experiences)
    let edited = try render(site, cache: cache)
    #expect(cache.rendered == 1 && cache.reused == 1)
    expectSame(edited, try render(site, cache: nil))
    #expect(text(edited, "experiences/bsc/index.html").contains("A new story."))
  }

  @Test func aChangeThatMovesAnotherPagesAnchorsOrLinksRerendersIt() throws {
    let cache = PageCache()
    var linking = study
    linking.body = "See [the internship](data-intern.md)."
    var experiences = [internship, linking]
    _ = try render(makeSite(experiences: experiences), cache: cache)

    // The internship loses its page: the link on the other page must stop pointing at it.
    experiences[0].visibility = .cvOnly
    let hidden = makeSite(experiences: experiences)
    expectSame(try render(hidden, cache: cache), try render(hidden, cache: nil))

    // A newer experience claims the anchor `skill-c-plus` first ("C plus"), and "C++" on the older
    // page becomes `skill-c-plus-2`: that page changes although its experience did not.
    experiences[0].visibility = .public
    experiences[0].skills = ["C++"]
    _ = try render(makeSite(experiences: experiences), cache: cache)
    var other = internship
    other.slug = "other"
    other.skills = ["C plus"]
    other.start = PartialDate(year: 2025)
    experiences.append(other)
    let reordered = makeSite(experiences: experiences)
    let fresh = try render(reordered, cache: nil)
    #expect(text(fresh, "experiences/data-intern/index.html").contains("skill-c-plus-2"))
    expectSame(try render(reordered, cache: cache), fresh)
  }

  @Test func settingsAndTemplatesInvalidateEveryPage() throws {
    let cache = PageCache()
    let experiences = [internship, study]
    _ = try render(makeSite(experiences: experiences), cache: cache)
    let indonesian = makeSite(experiences: experiences, language: .id)
    expectSame(try render(indonesian, cache: cache), try render(indonesian, cache: nil))
    #expect(cache.reused == 0)

    let folder = temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try Data("{{<layout}}{{$main}}<h1>{{title}}!</h1>{{/main}}{{/layout}}".utf8)
      .write(to: URL(fileURLWithPath: folder + "/experience.mustache"))
    guard case .success(let theme) = Theme.load(directory: packageRoot + "/templates", overrides: folder) else {
      Issue.record("the theme with an override does not load")
      return
    }
    let cached = try render(indonesian, cache: cache, theme: theme)
    #expect(cache.reused == 0)
    expectSame(cached, try render(indonesian, cache: nil, theme: theme))
  }
}
