import Foundation
import VitaCore
import VitaTemplate

/// The files of `applications/<job>/` for one posting: the tailored CV, the report and the interview stories.
public struct ApplicationRenderer: Sendable {
  /// A renderer speaking the posting's language, with the person's private fields (applications are not published).
  var renderer: SiteRenderer
  let strings: Strings
  let markdown: Markdown

  public init(site: Site, theme: Theme, job: JobPosting) {
    var jobSite = site
    jobSite.config.language = job.language ?? site.config.language
    renderer = SiteRenderer(site: jobSite, theme: theme)
    strings = Strings(jobSite.config.language)
    markdown = Markdown(allowsRawHTML: site.config.unsafeHTML, iframeHosts: site.config.iframeHosts)
  }

  /// The tailored CV as content: the person with every field, the selected entries, the posting's skills line.
  public static func document(_ tailoring: Tailoring, site: Site, person: Person) -> CVDocument {
    CVDocument(
      person: person,
      tailoredEntries: tailoring.entries.map { CVDocument.Entry(experience: $0.experience, highlights: $0.highlights) },
      relevantCount: tailoring.relevantCount, skills: tailoring.skills, skillGroups: site.config.skills,
      languages: site.config.languages, job: tailoring.job)
  }

  /// Every file of the posting's folder, by path relative to the applications folder. `today`
  /// dates the cover letter (none when nil).
  public func render(_ tailoring: Tailoring, today: PartialDate? = nil) throws(RenderError) -> OutputFiles {
    let slug = tailoring.job.slug
    let site = renderer.site
    var files = OutputFiles()
    let cv = Self.document(tailoring, site: site, person: site.config.person)
    files.write(try cvPage(cv, slug: slug), to: "\(slug)/index.html")
    files.write(PlainTextCV.render(cv, site: site.config), to: "\(slug)/cv.txt")
    files.write(JSONResumeExport.render(cv, site: site.config), to: "\(slug)/resume.json")
    files.write(tailoring.report.json(), to: "\(slug)/report.json")
    files.write(try renderer.page("report", reportView(tailoring)), to: "\(slug)/report.html")
    files.write(try renderer.page("interview", interviewView(tailoring)), to: "\(slug)/interview.html")
    let letter = CoverLetter.letter(for: tailoring, site: site, today: today)
    files.write(try renderer.page("letter", letterView(letter, job: tailoring.job)), to: "\(slug)/letter.html")
    files.write(PlainTextLetter.render(letter, markdown: markdown), to: "\(slug)/letter.txt")
    files.write("", to: "\(slug)/\(OutputWriter.marker)")
    return files
  }

  /// The tailored CV's page, `applications/<job>/index.html`.
  func cvPage(_ cv: CVDocument, slug: String) throws(RenderError) -> Data {
    try renderer.renderCV(cv, path: "\(slug)/", noindex: true, nav: nav(current: 0), onSite: false)
  }

  /// The posting's CV for `public/cv/<job>/`: public fields only, noindex, linked from nowhere.
  public func renderPublished(_ tailoring: Tailoring) throws(RenderError) -> Data {
    let site = renderer.site
    let cv = Self.document(tailoring, site: site, person: site.config.person.publicView)
    return try renderer.renderCV(cv, path: "cv/\(tailoring.job.slug)/", noindex: true)
  }

  /// The folder's own pages, one after the other.
  func nav(current: Int) -> [NavItem] {
    [
      NavItem(label: strings.tailoredCV, href: "./", current: current == 0),
      NavItem(label: strings.matchReport, href: "report.html", current: current == 1),
      NavItem(label: strings.interview, href: "interview.html", current: current == 2),
      NavItem(label: strings.letter, href: "letter.html", current: current == 3),
      NavItem(label: strings.applications, href: "../", current: false),
    ]
  }

  /// The titles of the experiences `slugs`, from the CV's entries by slug; private ones are never
  /// named by title.
  func titles(_ slugs: [String], from bySlug: [String: Experience]) -> [String] {
    slugs.compactMap { slug in
      guard let experience = bySlug[slug], experience.visibility.isOnCV else { return nil }
      return experience.title
    }
  }

  func reportView(_ tailoring: Tailoring) -> ReportView {
    let report = tailoring.report
    // Made once: every requirement's row looks its evidence up here.
    var bySlug: [String: Experience] = [:]
    for entry in tailoring.entries { bySlug[entry.experience.slug] = entry.experience }
    return ReportView(
      page: renderer.pageView(
        title: "\(strings.matchReport): \(tailoring.job.title)", path: "\(report.job)/report.html", depth: 1,
        noindex: true, nav: nav(current: 1), onSite: false),
      jobTitle: tailoring.job.title, company: tailoring.job.company, url: tailoring.job.url, score: report.score,
      matched: report.matched, hasMatched: !report.matched.isEmpty, missing: report.missing,
      hasMissing: !report.missing.isEmpty, mustHaveMissing: report.mustHaveMissing,
      hasMustHaveMissing: !report.mustHaveMissing.isEmpty,
      requirements: report.requirements.map { requirement in
        var evidence = titles(requirement.evidence, from: bySlug)
        if !requirement.languages.isEmpty {
          evidence.append("\(strings.languagesLabel): \(requirement.languages.joined(separator: ", "))")
        }
        if !requirement.skills.isEmpty {
          evidence.append("\(strings.listedSkillsLabel): \(requirement.skills.joined(separator: ", "))")
        }
        if requirement.summary { evidence.append(strings.summaryEvidenceLabel) }
        return RequirementView(
          term: requirement.term, kind: strings.kindName(requirement.kind), mustHave: requirement.mustHave,
          keyword: requirement.keyword, evidence: evidence.joined(separator: ", "), proven: !evidence.isEmpty,
          highlights: requirement.highlights.map { markdown.inlineHTML($0.text) },
          hasHighlights: !requirement.highlights.isEmpty)
      },
      softSkills: report.softSkills.map { skill in
        let evidence = titles(skill.evidence, from: bySlug)
        return RequirementView(
          term: skill.term, kind: strings.kindName(.soft), mustHave: false, keyword: false,
          evidence: evidence.joined(separator: ", "), proven: !evidence.isEmpty, highlights: [], hasHighlights: false)
      },
      hasSoftSkills: !report.softSkills.isEmpty,
      selected: titles(report.selected, from: bySlug),
      unused: report.unusedEvidence.map { unused in
        UnusedView(
          term: unused.term, experiences: unused.experiences.joined(separator: ", "),
          reason: unused.reason == .private ? strings.reasonPrivate : strings.reasonCut)
      },
      hasUnused: !report.unusedEvidence.isEmpty,
      labels: ReportLabels(strings))
  }

  func interviewView(_ tailoring: Tailoring) -> InterviewView {
    InterviewView(
      page: renderer.pageView(
        title: "\(strings.interview): \(tailoring.job.title)", path: "\(tailoring.job.slug)/interview.html", depth: 1,
        noindex: true, nav: nav(current: 2), onSite: false),
      jobTitle: tailoring.job.title, company: tailoring.job.company,
      items: tailoring.interview.enumerated().map { index, item in
        InterviewItemView(
          id: "q\(index + 1)", term: item.requirement.term, mustHave: item.requirement.isMustHave,
          question: strings.question(item.requirement),
          stories: item.stories.map { story in
            StoryView(
              title: story.title, situation: story.story.situation, task: story.story.task,
              action: story.story.action, result: story.story.result)
          },
          hasStories: !item.stories.isEmpty,
          highlights: item.highlights.map {
            HighlightView(title: $0.title, html: markdown.inlineHTML($0.highlight))
          },
          hasHighlights: !item.highlights.isEmpty)
      },
      labels: ReportLabels(strings))
  }
}

extension ApplicationRenderer {
  func letterView(_ letter: CoverLetter, job: JobPosting) -> LetterView {
    let subjectFirst = letter.language == .id
    return LetterView(
      page: renderer.pageView(
        title: "\(strings.letter): \(job.title)", path: "\(job.slug)/letter.html", depth: 1, noindex: true,
        nav: nav(current: 3), onSite: false),
      language: letter.language.rawValue, sender: letter.sender, placeAndDate: letter.placeAndDate,
      recipient: letter.recipient, subjectFirst: subjectFirst, subjectLabel: letter.subject.label,
      subject: letter.subject.text, attachmentsLabel: letter.attachments?.label,
      attachments: subjectFirst ? letter.attachments?.text : nil,
      attachmentsAfter: subjectFirst ? nil : letter.attachments?.text, salutation: letter.salutation,
      introduction: letter.introduction.map { introduction in
        LetterIntroductionView(
          lead: introduction.lead, fields: introduction.fields.map { LetterFieldView(label: $0.label, value: $0.value) }
        )
      },
      opening: letter.opening, paragraphs: letter.paragraphs.map { markdown.inlineHTML($0.markdown) },
      closing: letter.closing, signoff: letter.signoff, signature: letter.signature,
      ownHTML: letter.ownText.map { markdown.html($0) })
  }
}

struct LetterFieldView {
  var label: String
  var value: String
}

struct LetterIntroductionView {
  var lead: String
  var fields: [LetterFieldView]
}

struct LetterView {
  var page: PageView
  var language: String
  var sender: [String]
  var placeAndDate: String?
  var recipient: [String]
  /// Perihal and Lampiran above the recipient, as an Indonesian letter has them.
  var subjectFirst: Bool
  var subjectLabel: String
  var subject: String
  var attachmentsLabel: String?
  var attachments: String?
  var attachmentsAfter: String?
  var salutation: String
  var introduction: LetterIntroductionView?
  var opening: String
  var paragraphs: [String]
  var closing: String
  var signoff: String
  var signature: String
  var ownHTML: String?
}

extension LetterFieldView: TemplateRepresentable {
  var templateValue: TemplateValue { ["label": .string(label), "value": .string(value)] }
}

extension LetterIntroductionView: TemplateRepresentable {
  var templateValue: TemplateValue { ["lead": .string(lead), "fields": .list(of: fields)] }
}

extension LetterView: TemplateRepresentable {
  var templateValue: TemplateValue {
    [
      "page": page.templateValue, "language": .string(language), "sender": .list(of: sender),
      "placeAndDate": .optional(placeAndDate), "recipient": .list(of: recipient), "subjectFirst": .bool(subjectFirst),
      "subjectLabel": .string(subjectLabel), "subject": .string(subject),
      "attachmentsLabel": .optional(attachmentsLabel),
      "attachments": .optional(attachments), "attachmentsAfter": .optional(attachmentsAfter),
      "salutation": .string(salutation), "introduction": .optional(introduction?.templateValue),
      "opening": .string(opening), "paragraphs": .list(of: paragraphs), "closing": .string(closing),
      "signoff": .string(signoff), "signature": .string(signature), "ownHTML": .optional(ownHTML),
    ]
  }
}

/// The applications folder's own index, the tracker: what to act on first (deadlines soon,
/// follow-ups due), then every posting by status, with its score, dates, contact and notes.
struct ApplicationsIndex {
  static func render(_ tailorings: [Tailoring], renderer: SiteRenderer, today: PartialDate?) throws(RenderError)
    -> Data
  {
    let strings = Strings(renderer.site.config.language)
    let scores = Dictionary(
      tailorings.map { ($0.job.slug, $0.report) }, uniquingKeysWith: { first, _ in first })
    let pipeline = Pipeline(jobs: tailorings.map(\.job), today: today ?? PartialDate(year: 1900, month: 1, day: 1))
    func link(_ item: Pipeline.Item) -> ApplicationLink {
      let job = item.job
      let application = job.application
      return ApplicationLink(
        slug: job.slug, title: job.title, company: job.company, score: scores[job.slug]?.score ?? 0,
        missing: scores[job.slug]?.missing.joined(separator: ", ") ?? "",
        reason: today == nil ? nil : strings.attention(item).nonEmpty,
        deadline: application.deadline?.description, applied: application.applied?.description,
        interview: application.interview?.description, contact: application.contact, notes: application.notes)
    }
    let view = ApplicationsView(
      page: renderer.pageView(
        title: strings.applications, path: "index.html", depth: 0, noindex: true,
        nav: [NavItem(label: strings.applications, href: "./", current: true)], onSite: false),
      urgent: today == nil ? [] : pipeline.attention.map(link),
      hasUrgent: today != nil && !pipeline.attention.isEmpty,
      stages: pipeline.byStatus.map { stage in
        StageView(label: strings.status(stage.status), id: stage.status.rawValue, jobs: stage.items.map(link))
      },
      labels: ReportLabels(strings))
    return try renderer.page("applications", view)
  }
}

extension String {
  /// Nil for an empty string.
  fileprivate var nonEmpty: String? { isEmpty ? nil : self }
}

struct ReportLabels {
  var score, matched, missing, mustHave, keyword, requirement, evidence, noEvidence, mustHaveMissing, selected,
    unusedEvidence, none, situation, task, action, result, noStory, nothingProves, tailoredCV, matchReport, interview,
    applications, softSkills, softSkillsNote, letter, actNow, deadline, applied, interviewAt, contact, notes,
    calendar: String

  init(_ strings: Strings) {
    score = strings.score
    matched = strings.matched
    missing = strings.missing
    mustHave = strings.mustHave
    keyword = strings.keyword
    requirement = strings.requirement
    evidence = strings.evidence
    noEvidence = strings.noEvidence
    mustHaveMissing = strings.mustHaveMissing
    selected = strings.selected
    unusedEvidence = strings.unusedEvidence
    none = strings.none
    situation = strings.situation
    task = strings.task
    action = strings.action
    result = strings.result
    noStory = strings.noStory
    nothingProves = strings.nothingProves
    tailoredCV = strings.tailoredCV
    matchReport = strings.matchReport
    interview = strings.interview
    applications = strings.applications
    softSkills = strings.softSkills
    softSkillsNote = strings.softSkillsNote
    letter = strings.letter
    actNow = strings.actNow
    deadline = strings.deadlineLabel
    applied = strings.appliedLabel
    interviewAt = strings.interviewLabel
    contact = strings.contactLabel
    notes = strings.notesLabel
    calendar = strings.calendar
  }
}

struct RequirementView {
  var term: String
  var kind: String
  var mustHave: Bool
  var keyword: Bool
  var evidence: String
  var proven: Bool
  /// The proving highlights, as HTML.
  var highlights: [String]
  var hasHighlights: Bool
}

struct UnusedView {
  var term: String
  var experiences: String
  var reason: String
}

struct ReportView {
  var page: PageView
  var jobTitle: String
  var company: String?
  var url: String?
  var score: Int
  var matched: [String]
  var hasMatched: Bool
  var missing: [String]
  var hasMissing: Bool
  var mustHaveMissing: [String]
  var hasMustHaveMissing: Bool
  var requirements: [RequirementView]
  var softSkills: [RequirementView]
  var hasSoftSkills: Bool
  var selected: [String]
  var unused: [UnusedView]
  var hasUnused: Bool
  var labels: ReportLabels
}

struct StoryView {
  var title, situation, task, action, result: String
}

struct HighlightView {
  var title: String
  var html: String
}

struct InterviewItemView {
  var id: String
  var term: String
  var mustHave: Bool
  var question: String
  var stories: [StoryView]
  var hasStories: Bool
  var highlights: [HighlightView]
  var hasHighlights: Bool
}

struct InterviewView {
  var page: PageView
  var jobTitle: String
  var company: String?
  var items: [InterviewItemView]
  var labels: ReportLabels
}

struct ApplicationLink {
  var slug: String
  var title: String
  var company: String?
  var score: Int
  var missing: String
  /// Why it is on top, when it is.
  var reason: String?
  var deadline: String?
  var applied: String?
  var interview: String?
  var contact: String?
  /// Private: written in the tracker only.
  var notes: String?
}

struct StageView {
  var label: String
  var id: String
  var jobs: [ApplicationLink]
}

struct ApplicationsView {
  var page: PageView
  /// What to act on first.
  var urgent: [ApplicationLink]
  var hasUrgent: Bool
  var stages: [StageView]
  var labels: ReportLabels
}

// MARK: Template values (one key per field, nil fields left out; see ViewModels.swift)

extension ReportLabels: TemplateRepresentable {
  var templateValue: TemplateValue {
    [
      "score": .string(score), "matched": .string(matched), "missing": .string(missing),
      "mustHave": .string(mustHave), "keyword": .string(keyword), "requirement": .string(requirement),
      "evidence": .string(evidence), "noEvidence": .string(noEvidence), "mustHaveMissing": .string(mustHaveMissing),
      "selected": .string(selected), "unusedEvidence": .string(unusedEvidence), "none": .string(none),
      "situation": .string(situation), "task": .string(task), "action": .string(action), "result": .string(result),
      "noStory": .string(noStory), "nothingProves": .string(nothingProves), "tailoredCV": .string(tailoredCV),
      "matchReport": .string(matchReport), "interview": .string(interview), "applications": .string(applications),
      "softSkills": .string(softSkills), "softSkillsNote": .string(softSkillsNote), "letter": .string(letter),
      "actNow": .string(actNow), "deadline": .string(deadline), "applied": .string(applied),
      "interviewAt": .string(interviewAt), "contact": .string(contact), "notes": .string(notes),
      "calendar": .string(calendar),
    ]
  }
}

extension RequirementView: TemplateRepresentable {
  var templateValue: TemplateValue {
    [
      "term": .string(term), "kind": .string(kind), "mustHave": .bool(mustHave), "keyword": .bool(keyword),
      "evidence": .string(evidence), "proven": .bool(proven), "highlights": .list(of: highlights),
      "hasHighlights": .bool(hasHighlights),
    ]
  }
}

extension UnusedView: TemplateRepresentable {
  var templateValue: TemplateValue {
    ["term": .string(term), "experiences": .string(experiences), "reason": .string(reason)]
  }
}

extension ReportView: TemplateRepresentable {
  var templateValue: TemplateValue {
    [
      "page": page.templateValue, "jobTitle": .string(jobTitle), "company": .optional(company), "url": .optional(url),
      "score": .int(score), "matched": .list(of: matched), "hasMatched": .bool(hasMatched),
      "missing": .list(of: missing), "hasMissing": .bool(hasMissing), "mustHaveMissing": .list(of: mustHaveMissing),
      "hasMustHaveMissing": .bool(hasMustHaveMissing), "requirements": .list(of: requirements),
      "softSkills": .list(of: softSkills), "hasSoftSkills": .bool(hasSoftSkills),
      "selected": .list(of: selected), "unused": .list(of: unused), "hasUnused": .bool(hasUnused),
      "labels": labels.templateValue,
    ]
  }
}

extension StoryView: TemplateRepresentable {
  var templateValue: TemplateValue {
    [
      "title": .string(title), "situation": .string(situation), "task": .string(task), "action": .string(action),
      "result": .string(result),
    ]
  }
}

extension HighlightView: TemplateRepresentable {
  var templateValue: TemplateValue { ["title": .string(title), "html": .string(html)] }
}

extension InterviewItemView: TemplateRepresentable {
  var templateValue: TemplateValue {
    [
      "id": .string(id), "term": .string(term), "mustHave": .bool(mustHave), "question": .string(question),
      "stories": .list(of: stories), "hasStories": .bool(hasStories), "highlights": .list(of: highlights),
      "hasHighlights": .bool(hasHighlights),
    ]
  }
}

extension InterviewView: TemplateRepresentable {
  var templateValue: TemplateValue {
    [
      "page": page.templateValue, "jobTitle": .string(jobTitle), "company": .optional(company),
      "items": .list(of: items), "labels": labels.templateValue,
    ]
  }
}

extension ApplicationLink: TemplateRepresentable {
  var templateValue: TemplateValue {
    [
      "slug": .string(slug), "title": .string(title), "company": .optional(company), "score": .int(score),
      "missing": .string(missing), "reason": .optional(reason), "deadline": .optional(deadline),
      "applied": .optional(applied), "interview": .optional(interview), "contact": .optional(contact),
      "notes": .optional(notes),
    ]
  }
}

extension StageView: TemplateRepresentable {
  var templateValue: TemplateValue { ["label": .string(label), "id": .string(id), "jobs": .list(of: jobs)] }
}

extension ApplicationsView: TemplateRepresentable {
  var templateValue: TemplateValue {
    [
      "page": page.templateValue, "urgent": .list(of: urgent), "hasUrgent": .bool(hasUrgent),
      "stages": .list(of: stages),
      "labels": labels.templateValue,
    ]
  }
}
