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
    #expect(text.contains("\nkind: \(kind.rawValue) "))
    #expect(text.contains("start: 2026-11-29"))
    #expect(text.contains("# Results, not tasks: start with a verb, add a number"))
    #expect(text.contains("\norganization: ") == !kind.organizationIsOptional)
    #expect(text.contains("\ndraft: true\n"))
    #expect(text.contains("\ndegree:") == (kind == .education))
    #expect(text.contains("\narea:") == (kind == .education))
    #expect(text.contains("score:") == (kind == .education))

    let filled = text.replacingOccurrences(of: "\norganization: ", with: "\norganization: PT Maju Jaya ")
    let loaded = load(["content/experiences/new.md": filled])
    #expect(loaded.errors.isEmpty, "\(loaded.diagnostics.map(\.formatted))")
    #expect(!loaded.diagnostics.contains { $0.severity == .warning }, "\(loaded.diagnostics.map(\.formatted))")
    let experience = try #require(loaded.site?.experiences.first { $0.slug == "new" })
    #expect(experience.title == "Magang di PT Maju Jaya – Café")
    #expect(experience.kind == kind)
  }

  @Test func aRequiredFieldLeftEmptyIsANoteInADraftAndAnErrorAtItsLineOutside() throws {
    let text = ExperienceTemplate.text(kind: .internship, title: "Intern")
    let draft = load(["content/experiences/new.md": text])
    #expect(draft.errors.isEmpty, "\(draft.diagnostics.map(\.formatted))")
    let notes = draft.diagnostics.filter { $0.severity == .note }.map(\.formatted)
    #expect(notes.contains { $0.hasPrefix("content/experiences/new.md:7:1: note: 'organization' is required") })
    #expect(notes.contains { $0.hasPrefix("content/experiences/new.md:9:1: note: 'start' is required") })
    // The draft is loaded, to be shown by `vita serve`, starting today until it has a start.
    #expect(try #require(draft.site?.experiences.first { $0.slug == "new" }).start == today)

    let published = load(["content/experiences/new.md": text.replacingOccurrences(of: "draft: true\n", with: "")])
    #expect(published.site == nil)
    #expect(
      published.errors.map(\.formatted).contains {
        $0.hasPrefix("content/experiences/new.md:6:1: error: 'organization' is required")
      }, "\(published.errors.map(\.formatted))")
  }

  @Test func anEmptyStartIsRequiredNotSilentlyDropped() {
    let text = "---\ntitle: Intern\nkind: project\nstart:\n---\n"
    let loaded = load(["content/experiences/new.md": text])
    #expect(loaded.errors.map(\.formatted).contains { $0.hasPrefix("content/experiences/new.md:4:1: error: 'start'") })
  }

  @Test func aDraftsAdviceIsANote() throws {
    let text = "---\ndraft: true\ntitle: Intern\nkind: project\nstart: 2024\nhighlights: [Helped out]\n---\n"
    let site = try #require(load(["content/experiences/new.md": text]).site)
    let found = Review(site: site, today: today).findings().filter { $0.file == "content/experiences/new.md" }
    #expect(!found.isEmpty)
    #expect(found.allSatisfy { $0.severity == .note })
  }

  @Test func titlesWithQuotesStayOneYAMLString() throws {
    let text = ExperienceTemplate.text(kind: .project, title: #"The "Kost" app: v2 \ beta"#, start: today)
    let loaded = load(["content/experiences/new.md": text])
    #expect(loaded.site?.experiences.first { $0.slug == "new" }?.title == #"The "Kost" app: v2 \ beta"#)
  }
}
