import Foundation
import Testing
import VitaCore
import VitaTemplate

@testable import VitaSite

/// Each view model's hand-written template value has exactly what its fields hold: the same keys, named as
/// the fields, nil fields left out, the same values. The fields are read by reflection here, as the
/// templates were given them before Vita had typed template values.
@Suite struct ViewModelTests {
  /// `value` as the templates used to see it: structs as objects of their non-nil fields.
  static func reflected(_ value: Any) -> TemplateValue? {
    switch value {
    case let value as TemplateValue: return value
    case let text as String: return .string(text)
    case let flag as Bool: return .bool(flag)
    case let number as Int: return .int(number)
    default: break
    }
    let mirror = Mirror(reflecting: value)
    switch mirror.displayStyle {
    case .optional:
      return mirror.children.first.flatMap { reflected($0.value) }
    case .collection:
      return .list(mirror.children.compactMap { reflected($0.value) })
    case .struct:
      var object = TemplateObject()
      for child in mirror.children {
        if let label = child.label, let field = reflected(child.value) { object[label] = field }
      }
      return .object(object)
    default:
      Issue.record("a view model holds a \(type(of: value)), which templates cannot show")
      return nil
    }
  }

  static func check(_ view: some TemplateRepresentable, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
    let difference = reflected(view).flatMap { Self.difference($0, view.templateValue, at: "\(type(of: view))") }
    #expect(difference == nil, sourceLocation: sourceLocation)
  }

  /// Where `actual` first differs from `expected`, as a path of keys and indices; nil when they are equal.
  static func difference(_ expected: TemplateValue, _ actual: TemplateValue, at path: String) -> String? {
    switch (expected, actual) {
    case (.object(let expected), .object(let actual)):
      if expected.keys.sorted() != actual.keys.sorted() {
        return "\(path): keys \(actual.keys.sorted()), fields \(expected.keys.sorted())"
      }
      for key in expected.keys {
        if let found = difference(expected[key]!, actual[key]!, at: path + "." + key) { return found }
      }
      return nil
    case (.list(let expected), .list(let actual)) where expected.count == actual.count:
      for (index, pair) in zip(expected, actual).enumerated() {
        if let found = difference(pair.0, pair.1, at: path + "[\(index)]") { return found }
      }
      return nil
    default:
      return expected == actual ? nil : "\(path): \(actual) instead of \(expected)"
    }
  }

  let site: Site
  let renderer: SiteRenderer

  init() throws {
    site = try #require(SiteLoader().load(from: packageRoot).site)
    renderer = SiteRenderer(site: site, theme: defaultTheme)
  }

  @Test func siteViews() {
    let experiences = renderer.publicExperiences
    let skillIndex = SkillIndex(site: site, experiences: experiences)
    var home = renderer.homeView(experiences, skillIndex: skillIndex)
    Self.check(home)
    home.structuredData = "{}"
    home.aboutHTML = nil
    Self.check(home)
    for experience in experiences { Self.check(renderer.experienceView(experience, skillIndex: skillIndex)) }
    let cv = CVDocument.general(site: site, person: site.config.person)
    Self.check(renderer.cvView(cv, path: "cv/", noindex: false))
    Self.check(NotFoundView(page: renderer.pageView(title: "x", path: "404.html", depth: nil)))
    #expect(Self.reflected(Labels(Strings(.id))) == Labels(Strings(.id)).templateValue)
  }

  @Test func applicationViews() throws {
    let tailorings = Build.tailor(site: site, jobs: site.jobs)
    #expect(!tailorings.isEmpty)
    for tailoring in tailorings {
      let applications = ApplicationRenderer(site: site, theme: defaultTheme, job: tailoring.job)
      Self.check(applications.reportView(tailoring))
      Self.check(applications.interviewView(tailoring))
    }
    let page = renderer.pageView(title: "x", path: "index.html", depth: 0, noindex: true, onSite: false)
    Self.check(
      ApplicationsView(
        page: page,
        urgent: [
          ApplicationLink(
            slug: "a", title: "A", company: nil, score: 40, missing: "SQL", reason: "deadline in 3 days",
            deadline: "2026-06-18", applied: nil, interview: nil, contact: nil, notes: nil)
        ], hasUrgent: true,
        stages: [
          StageView(
            label: "Saved", id: "saved",
            jobs: [
              ApplicationLink(
                slug: "b", title: "B", company: "Acme", score: 0, missing: "", reason: nil, deadline: nil,
                applied: "2026-06-01", interview: "2026-06-20 10:00", contact: "Dewi", notes: "call back")
            ])
        ], labels: ReportLabels(Strings(.en))))
    Self.check(
      LetterView(
        page: page, language: "id", sender: ["A"], placeAndDate: "Bandung, 1 Juni 2026", recipient: ["Kepada Yth."],
        subjectFirst: true, subjectLabel: "Perihal:", subject: "Lamaran", attachmentsLabel: "Lampiran:",
        attachments: "CV", attachmentsAfter: nil, salutation: "Dengan hormat,",
        introduction: LetterIntroductionView(lead: "Saya:", fields: [LetterFieldView(label: "Nama", value: "A")]),
        opening: "o", paragraphs: ["p"], closing: "c", signoff: "Hormat saya,", signature: "A", ownHTML: nil))
  }
}

/// Two skills of one experience that make the same anchor get their suffixes in the order written,
/// on every build; a skill written twice in one experience counts once.
@Test(arguments: [["Node.js", "Node JS"], ["Node JS", "Node.js"]])
func skillAnchorsFollowTheOrderWritten(skills: [String]) {
  let experience = Experience(
    slug: "a", title: "A", kind: .project, start: PartialDate(year: 2024), skills: skills + [skills[0].uppercased()])
  let index = SkillIndex(site: makeSite(experiences: [experience]), experiences: [experience])
  #expect(index.anchor(for: skills[0]) == "skill-node-js")
  #expect(index.anchor(for: skills[1]) == "skill-node-js-2")
  #expect(index.skills.map(\.experiences) == [[0], [0]])
}
