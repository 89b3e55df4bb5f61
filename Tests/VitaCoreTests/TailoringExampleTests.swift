import Foundation
import Testing

@testable import VitaCore

/// The bundled example site at the package root: vita.yml and content/.
@Suite struct TailoringExampleTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().path

  static func tailoring(_ slug: String) throws -> Tailoring {
    let site = try #require(SiteLoader().load(from: root).site)
    let job = try #require(site.jobs.first { $0.slug == slug })
    return Tailor(site: site).tailor(job)
  }

  @Test func theEnglishPostingSelectsTheDataExperiences() throws {
    let tailoring = try Self.tailoring("acme-junior-data-analyst")
    let selected = tailoring.report.selected
    for slug in [
      "data-intern-nusantara", "bi-analyst-sinar-retail", "sales-dashboard-project", "tableau-desktop-specialist",
      "data-analytics-bootcamp", "ab-testing-self-study", "bachelor-information-systems",
    ] {
      #expect(selected.contains(slug), "\(slug) should be on the CV")
    }
    #expect(!selected.contains("family-budget-tracker"))
    #expect(!selected.contains("kostfinder"))
    #expect(CVLength.lines(of: tailoring.entries) <= CVLength.twoA4Pages)
    // The internship that proves every must-have opens the CV; the degree is not forced up.
    #expect(selected.first == "data-intern-nusantara")
    #expect(tailoring.relevantCount >= 5)
    #expect(selected.contains("bachelor-information-systems"))
  }

  @Test func theEnglishPostingsMustHavesAreProven() throws {
    let report = try Self.tailoring("acme-junior-data-analyst").report
    #expect(report.mustHaveMissing.isEmpty)
    for row in report.requirements where row.mustHave {
      #expect(row.evidence.contains("data-intern-nusantara"), "\(row.term)")
    }
    #expect(report.matched.contains("Excel"))  // the posting's spelling of Microsoft Excel
    #expect(report.matched.contains("A/B testing"))  // as its requirements say it (its duties say "A/B tests")
  }

  @Test func aSkillThePersonLacksIsMissing() throws {
    let tailoring = try Self.tailoring("acme-junior-data-analyst")
    #expect(tailoring.report.missing.contains("Snowflake"))
    #expect(tailoring.report.missing.contains("dbt"))
    #expect(!tailoring.skills.contains("Snowflake"))
    #expect(tailoring.report.score > 50 && tailoring.report.score < 100)
  }

  @Test func theIndonesianPostingFindsTheWebWork() throws {
    let tailoring = try Self.tailoring("maju-digital-frontend-intern")
    #expect(tailoring.report.mustHaveMissing.isEmpty)
    #expect(tailoring.evidence("React").map(Set.init) == ["kostfinder", "freelance-web-developer"])
    #expect(tailoring.report.missing.contains("TypeScript"))
    // "bekerja sama dalam tim" is teamwork, a soft skill: reported apart, with its evidence.
    #expect(
      tailoring.report.softSkills.contains { $0.term.lowercased() == "bekerja sama dalam tim" && !$0.evidence.isEmpty })
    #expect(!tailoring.report.matched.contains { $0.lowercased() == "bekerja sama dalam tim" })
    #expect(tailoring.entries.first { $0.experience.slug == "kostfinder" }?.matchedTerms.contains("React") == true)
  }
}
