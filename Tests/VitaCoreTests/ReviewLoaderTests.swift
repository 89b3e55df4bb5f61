import Testing
import VitaCore

@Suite struct ReviewLoaderTests {
  static let config = "title: Rina\nperson:\n  name: Rina\n"

  static func load(_ experience: String, today: PartialDate? = nil) -> LoadResult {
    let files = FileIO.memory([
      "/site/vita.yml": config, "/site/content/experiences/app.md": experience,
    ])
    return SiteLoader(files: files, today: today).load(from: "/site")
  }

  static let experience = """
    ---
    title: Budget app
    kind: project
    start: 2026-12
    featured: true
    highlights:
      - Built a budget app
    ---
    Intro.

    ![](shot.png)
    """

  @Test func aStartAfterTodayIsAnErrorAtTheStartKey() {
    let result = Self.load(Self.experience, today: PartialDate(year: 2026, month: 11, day: 29))
    #expect(result.site == nil)
    #expect(result.errors.map { [$0.line, $0.column] } == [[4, 8]])
    #expect(result.errors.first?.code == "start-in-future")
  }

  @Test func withoutTodayTheLoaderKeepsItsBehaviour() {
    #expect(Self.load(Self.experience).errors.isEmpty)
  }

  @Test func findingsPointAtTheFilesLines() throws {
    let site = try #require(Self.load(Self.experience).site)
    let experience = try #require(site.experiences.first)
    #expect(experience.bodyFirstLine == 9)
    #expect(experience.keyLocations["featured"]?.line == 5)
    let found = Review(site: site, today: PartialDate(year: 2027, month: 1, day: 1)).findings()
    #expect(
      found.map(\.formatted) == [
        "content/experiences/app.md:5:1: warning: featured experience has no STAR story; add `star:` with "
          + "situation, task, action and result so that interview.html can tell it [featured-no-star]",
        "content/experiences/app.md:7:5: warning: highlight has no measurable result (a number, %, amount or "
          + "duration) and no named outcome; add what changed, or name the result (adopted by, launched, won) "
          + "(e.g. 'Built a budget app, used by [N] people in its first month', with your own figures for [N]) "
          + "[no-result]",
        "content/experiences/app.md:11:1: warning: image 'shot.png' has no alt text; describe it for screen "
          + "readers and search: ![Dashboard of weekly sales by region](shot.png) [image-no-alt]",
      ])
  }
}
