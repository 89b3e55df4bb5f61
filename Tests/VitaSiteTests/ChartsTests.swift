import Foundation
import Testing
import VitaCore
import VitaTestSupport

@testable import VitaSite

@Suite struct ChartsTests {
  let entries = [
    TimelineEntry(
      title: "Data <Intern> & \"Co\"", section: .work, start: PartialDate(year: 2024, month: 6),
      end: PartialDate(year: 2024, month: 8), href: "experiences/data-intern/", dates: "June 2024 – August 2024"),
    TimelineEntry(
      title: "KostFinder", section: .projects, start: PartialDate(year: 2025, month: 9), end: nil,
      href: "experiences/kostfinder/", dates: "September 2025 – present"),
  ]

  func timeline() -> String {
    Charts.timeline(
      entries, until: PartialDate(year: 2026, month: 3), id: "t", title: "Timeline", description: "Two <bars>")
  }

  @Test func drawsTheSameBytesEveryTime() {
    #expect(timeline() == timeline())
    #expect(timeline().contains("viewBox=\"0 0 880.0 "))
  }

  @Test func usesFixedDecimalsOnly() throws {
    let numbers = try Regex(#" (?:x|y|width|x1|x2|y1|y2)="(-?[0-9.]+)""#)
    for match in timeline().matches(of: numbers) {
      let value = String(match.output[1].substring ?? "")
      #expect(value.split(separator: ".").last?.count == 1, "\(value) is not written with one decimal")
    }
  }

  @Test func writesNumbersAsPrintfDoes() {
    var values: [Double] = [
      0, -0.0, 0.05, 0.15, 0.25, 0.35, 0.75, 1.25, 2.5, -0.04, -0.05, -0.25, 9.95, 99.95, .leastNonzeroMagnitude,
    ]
    for step in 0..<4000 {
      let whole = Double(step)
      values += [whole / 4, whole / 16, -whole / 32, whole * 0.05, whole / 3]
    }
    var random = SeededGenerator(seed: 11)
    for _ in 0..<20000 {
      values.append(Double.random(in: -2000...2000, using: &random))
      values.append(Double(bitPattern: random.next()))
    }
    var wrong: [Double] = []
    for value in values where Charts.number(value) != String(format: "%.1f", value) { wrong.append(value) }
    #expect(wrong.isEmpty, "written otherwise than %.1f: \(wrong.prefix(5))")
  }

  @Test func escapesEveryText() {
    let svg = timeline()
    #expect(svg.contains("Data &lt;Intern&gt; &amp; &quot;Co&quot;"))
    #expect(!svg.contains("<Intern>"))
    #expect(svg.contains("<desc id=\"t-desc\">Two &lt;bars&gt;</desc>"))
  }

  @Test func namesItselfAndLinksEachBar() {
    let svg = timeline()
    #expect(svg.contains("<title id=\"t-title\">Timeline</title>"))
    #expect(svg.contains("aria-labelledby=\"t-title t-desc\""))
    #expect(svg.contains("<a href=\"experiences/kostfinder/\" class=\"bar k-projects\">"))
    #expect(svg.contains("<title>KostFinder: September 2025 – present</title>"))
  }

  @Test func coloursBarsByKind() {
    let svg = timeline()
    #expect(svg.contains("class=\"bar k-work\""))
    #expect(svg.contains("fill=\"\(Charts.sectionColours[.work]!)\""))
    #expect(svg.contains("fill=\"\(Charts.sectionColours[.projects]!)\""))
    #expect(Set(Charts.sectionColours.values).count == Section.allCases.count, "each section has its own colour")
  }

  @Test func drawsOngoingBarsUpToTheGivenDate() throws {
    // 2024-01 … 2026-12 on 864 units, 24 a month from x = 8: KostFinder runs from 2025-09 to the end of 2026-03.
    let svg = timeline()
    #expect(svg.contains("<rect x=\"488.0\" y=\"71.0\" width=\"168.0\""))
  }

  @Test func drawsSkillBarsAsLongAsTheirEvidence() {
    let svg = Charts.skills(
      [SkillBar(name: "SQL", count: 4, href: "#skill-sql"), SkillBar(name: "C# & <F#>", count: 2, href: "#skill-c")],
      id: "s", title: "Skills", description: "Bars")
    #expect(svg.contains("<a href=\"#skill-sql\" class=\"bar\">"))
    #expect(svg.contains("C# &amp; &lt;F#&gt;"))
    #expect(svg.contains("width=\"324.0\""))
    #expect(svg.contains("width=\"162.0\""))
    #expect(Charts.skills([], id: "s", title: "", description: "").isEmpty)
  }

  @Test func putsATextEquivalentBesideTheTimelineOnTheHomePage() throws {
    let files = try SiteRenderer(site: makeSite(experiences: [internship, cvOnly, secret, study]), theme: defaultTheme)
      .render()
    let home = text(files, "index.html")
    #expect(home.contains("<svg class=\"chart chart-timeline\""))
    #expect(home.contains("<svg class=\"chart chart-skills\""))
    #expect(home.contains("<caption class=\"visually-hidden\">Timeline</caption>"))
    #expect(home.contains("<td><a href=\"experiences/data-intern/\">Data Analyst Intern</a></td><td>Internship</td>"))
    #expect(!home.contains("Barista"), "cv-only experiences stay off the timeline")
    #expect(home.contains("<span class=\"swatch k-education\" aria-hidden=\"true\"></span>Education"))
  }
}

@Suite struct AccentPaletteTests {
  @Test func keepsTheAccentReadableInLightAndDark() throws {
    for accent in ["#0a7", "#ffff00", "#000080", "#777777"] {
      let palette = try #require(AccentPalette(accent: accent))
      let light = try #require(RGB(hex: palette.light))
      let dark = try #require(RGB(hex: palette.dark))
      #expect(light.contrast(with: AccentPalette.lightBackground) >= 4.5, "\(accent) → \(palette.light)")
      #expect(dark.contrast(with: AccentPalette.darkBackground) >= 4.5, "\(accent) → \(palette.dark)")
      #expect(try #require(RGB(hex: palette.lightText)).contrast(with: light) >= 4.5)
    }
  }

  @Test func isWrittenInlineOnEveryPageAndSwitchesTheFont() throws {
    var site = makeSite(experiences: [internship])
    site.config.theme = ThemeSettings(accent: "#0a7", font: .serif)
    let files = try SiteRenderer(site: site, theme: defaultTheme).render()
    for path in ["index.html", "cv/index.html", "experiences/data-intern/index.html", "404.html"] {
      let page = text(files, path)
      #expect(page.contains("<style>@media screen{:root{--accent:#"), "no accent in \(path)")
      #expect(page.contains("class=\"theme-default font-serif\""))
    }
  }
}
