import Foundation
import Testing

@testable import VitaCore

@Suite struct AuthoringTests {
  let today = PartialDate(year: 2026, month: 11, day: 29)

  func load(_ extra: [String: String]) -> LoadResult {
    var files: [String: String] = [:]
    for (path, text) in StarterSite.files { files["/site/" + path] = text }
    for (path, text) in extra { files["/site/" + path] = text }
    return SiteLoader(files: .memory(files), includeDrafts: true, today: today).load(from: "/site")
  }

  @Test func theStarterSiteHasOneExampleOfEveryKindAndNoFindings() throws {
    let loaded = load([:])
    #expect(loaded.diagnostics.isEmpty, "\(loaded.diagnostics.map(\.formatted))")
    let site = try #require(loaded.site)
    #expect(Set(site.experiences.map(\.kind)) == Set(Kind.allCases))
    #expect(site.experiences.count == Kind.allCases.count)
    #expect(site.jobs.count == 1)
    #expect(Review(site: site, today: today).findings().isEmpty)
  }

  @Test func theStarterWorkflowPublishesWithGitHubPages() throws {
    let workflow = try #require(StarterSite.files.first { $0.path == ".github/workflows/publish.yml" }?.text)
    for needed in [
      "libcmark-gfm-dev libcmark-gfm-extensions-dev libmimalloc-dev libxml2-dev", "vita check --strict",
      "vita build --base-url \"${{ steps.pages.outputs.base_url }}/\"", "actions/upload-pages-artifact",
      "actions/deploy-pages", "path: public",
    ] {
      #expect(workflow.contains(needed), "\(needed)")
    }
    #expect(!workflow.contains("\t"))
  }

  @Test(arguments: Kind.allCases)
  func aNewExperienceHasTheFrontMatterOfItsKind(kind: Kind) throws {
    let text = ExperienceTemplate.text(kind: kind, title: "Magang di PT Maju Jaya – Café", start: today)
    #expect(text.contains("kind: \(kind.rawValue)\n"))
    #expect(text.contains("start: 2026-11-29"))
    #expect(text.contains("# Results, not tasks: start with a verb, add a number"))
    #expect(text.contains("\norganization: \"\"") == !kind.organizationIsOptional)
    #expect(text.contains("\ndegree:") == (kind == .education))
    #expect(text.contains("\narea:") == (kind == .education))
    #expect(text.contains("score:") == (kind == .education))

    let filled = text.replacingOccurrences(of: "organization: \"\"", with: "organization: PT Maju Jaya")
    let loaded = load(["content/experiences/new.md": filled])
    #expect(loaded.errors.isEmpty, "\(loaded.diagnostics.map(\.formatted))")
    let experience = try #require(loaded.site?.experiences.first { $0.slug == "new" })
    #expect(experience.title == "Magang di PT Maju Jaya – Café")
    #expect(experience.kind == kind)
  }

  @Test func aRequiredOrganizationLeftEmptyPointsAtItsLine() {
    let text = ExperienceTemplate.text(kind: .internship, title: "Intern", start: today)
    let loaded = load(["content/experiences/new.md": text])
    #expect(
      loaded.errors.map(\.formatted).contains {
        $0.hasPrefix("content/experiences/new.md:4:") && $0.contains("'organization' is required")
      }, "\(loaded.errors.map(\.formatted))")
  }

  @Test func titlesWithQuotesStayOneYAMLString() throws {
    let text = ExperienceTemplate.text(kind: .project, title: #"The "Kost" app: v2 \ beta"#, start: today)
    let loaded = load(["content/experiences/new.md": text])
    #expect(loaded.site?.experiences.first { $0.slug == "new" }?.title == #"The "Kost" app: v2 \ beta"#)
  }
}
