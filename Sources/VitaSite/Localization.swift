import Foundation
import VitaCore

/// Every fixed string a page shows, in the site's language.
public struct Strings: Sendable {
  public let language: Language
  /// The words themselves: the `site.` keys of data/messages/<language>.tsv.
  private let messages: Messages

  public init(_ language: Language) {
    self.language = language
    messages = Messages(language)
  }

  public func heading(_ section: Section) -> String {
    messages.text("site.section.\(section.rawValue)")
  }

  /// A CV part's heading: its section's, or the tailored CV's opening "Relevant Experience".
  public func heading(_ part: CVDocument.Part) -> String {
    part.section.map(heading) ?? messages.text("site.relevant-experience")
  }

  public func kindName(_ kind: Kind) -> String {
    messages.text("site.kind.\(kind.rawValue)")
  }

  public var present: String { messages.text("site.present") }
  /// The name of `month`, 1 to 12.
  public func monthName(_ month: Int) -> String { messages.text("site.month.\(month)") }

  public var home: String { messages.text("site.home") }
  public var cv: String { messages.text("site.cv") }
  public var about: String { messages.text("site.about") }
  public var featured: String { messages.text("site.featured") }
  public var experiences: String { messages.text("site.experiences") }
  public var skills: String { messages.text("site.skills") }
  public var skillsEvidence: String { messages.text("site.skills-evidence") }
  public var highlights: String { messages.text("site.highlights") }
  public var links: String { messages.text("site.links") }
  public var contact: String { messages.text("site.contact") }
  public var languages: String { messages.text("site.languages") }
  public var summary: String { messages.text("site.summary") }
  public var timeline: String { messages.text("site.timeline") }
  public var hours: String { messages.text("site.hours") }
  /// What the home page's figure counts: the experiences not marked `mandatory`.
  public var selfInitiated: String { messages.text("site.self-initiated") }
  public var draft: String { messages.text("site.draft") }
  public var notFoundTitle: String { messages.text("site.not-found-title") }
  public var notFoundText: String { messages.text("site.not-found-text") }
  public var backHome: String { messages.text("site.back-home") }
  public var skipToContent: String { messages.text("site.skip-to-content") }
  public var viewCV: String { messages.text("site.view-cv") }
  public var allExperiences: String { messages.text("site.all-experiences") }
  public var email: String { messages.text("site.email") }
  public var phone: String { messages.text("site.phone") }
  public var location: String { messages.text("site.location") }
  public var portfolio: String { messages.text("site.portfolio") }
  /// The name of the group that holds skills outside every group of vita.yml.
  public var otherSkills: String { messages.text("site.other-skills") }
  public var degree: String { messages.text("site.degree") }
  public var gpa: String { messages.text("site.gpa") }
  public var grade: String { messages.text("site.grade") }

  /// An education's `score` with the label its value needs: a grade point average on a scale up to 5
  /// (`3.72/4.00`, `3,72`) is "GPA 3.72/4.00" or "IPK 3,72"; a mark out of more (`85/100`, `85%`)
  /// is a "Grade"; words (`First-class honours`, `Cum laude`), a UK class (`2:1`) or a value that
  /// names itself (`CGPA 3.8`) are shown as written.
  public func labelledScore(_ score: String) -> String {
    let value = score.trimmingCharacters(in: .whitespaces)
    switch EducationScore(value) {
    case .gradePointAverage: return "\(gpa) \(value)"
    case .mark: return "\(grade) \(value)"
    case .asWritten: return value
    }
  }
  /// What a PDF's title and subject call a CV, a tailored CV and a cover letter.
  public var curriculumVitae: String { messages.text("site.curriculum-vitae") }
  public func role(_ title: String, at company: String?) -> String {
    company.map { messages.text("site.role-at", ["title": title, "company": $0]) } ?? title
  }
  public func cvFor(_ role: String) -> String { messages.text("site.cv-for", ["role": role]) }
  public func letterFor(_ role: String) -> String { messages.text("site.cover-letter-for", ["role": role]) }
  public var builtWith: String { messages.text("site.built-with") }
  public var mainNavigation: String { messages.text("site.main-navigation") }
  public var evidenceCount: String { messages.text("site.evidence-count") }
  public var applications: String { messages.text("site.applications") }
  public var actNow: String { messages.text("site.act-now") }
  public var deadlineLabel: String { messages.text("site.deadline-label") }
  public var appliedLabel: String { messages.text("site.applied-label") }
  public var interviewLabel: String { messages.text("site.interview-label") }
  public var contactLabel: String { messages.text("site.contact-label") }
  public var notesLabel: String { messages.text("site.notes-label") }
  public var calendar: String { messages.text("site.calendar") }

  /// A stage of an application, as the tracker's heading says it.
  public func status(_ status: Application.Status) -> String {
    messages.text("site.status.\(status.rawValue)")
  }

  /// Why a posting is on top: its deadline is near (or passed), or a follow-up is due.
  public func attention(_ item: Pipeline.Item) -> String {
    if item.followUpDue, let days = item.daysSinceApplied {
      return messages.text("site.attention.follow-up", ["days": days])
    }
    guard let days = item.daysToDeadline else { return "" }
    switch days {
    case ..<0: return messages.text("site.attention.passed")
    case 0: return messages.text("site.attention.today")
    case 1: return messages.text("site.attention.tomorrow")
    default: return messages.text("site.attention.in-days", ["days": days])
    }
  }
  public var tailoredCV: String { messages.text("site.tailored-cv") }
  public var matchReport: String { messages.text("site.match-report") }
  public var interview: String { messages.text("site.interview") }
  public var score: String { messages.text("site.score") }
  public var matched: String { messages.text("site.matched") }
  public var missing: String { messages.text("site.missing") }
  public var mustHave: String { messages.text("site.must-have") }
  public var keyword: String { messages.text("site.keyword") }
  public var requirement: String { messages.text("site.requirement") }
  public var evidence: String { messages.text("site.evidence") }
  public var noEvidence: String { messages.text("site.no-evidence") }
  public var mustHaveMissing: String { messages.text("site.must-have-missing") }
  public var selected: String { messages.text("site.selected") }
  public var unusedEvidence: String { messages.text("site.unused-evidence") }
  public var letter: String { messages.text("site.letter") }
  public var softSkills: String { messages.text("site.soft-skills") }
  public var softSkillsNote: String { messages.text("site.soft-skills-note") }
  public var languagesLabel: String { messages.text("site.languages-label") }
  public var listedSkillsLabel: String { messages.text("site.listed-skills-label") }
  public var summaryEvidenceLabel: String { messages.text("site.summary-evidence-label") }

  /// What a requirement names, as its row's badge says it.
  public func kindName(_ kind: Requirement.Kind) -> String {
    messages.text("site.requirement.\(kind.rawValue)")
  }

  public var reasonPrivate: String { messages.text("site.reason-private") }
  public var reasonCut: String { messages.text("site.reason-cut") }
  public var none: String { messages.text("site.none") }
  public var situation: String { messages.text("site.situation") }
  public var task: String { messages.text("site.task") }
  public var action: String { messages.text("site.action") }
  public var result: String { messages.text("site.result") }
  public var noStory: String { messages.text("site.no-story") }
  public var nothingProves: String { messages.text("site.nothing-proves") }

  /// The interview question for a requirement, worded for what it names: "Tell me about a time
  /// you used Zendesk.", "… showed teamwork.", "How do you meet this: …?".
  public func question(_ requirement: Requirement) -> String {
    let term = requirement.term
    switch requirement.kind {
    case .tool:
      return messages.text("site.question.tool", ["term": term])
    case .skill, .degree:
      return messages.text("site.question.skill", ["term": term])
    case .soft:
      return messages.text("site.question.soft", ["term": term])
    case .language:
      return messages.text("site.question.language", ["term": term])
    case .credential:
      return messages.text("site.question.credential", ["term": term])
    case .general:
      return messages.text("site.question.general", ["term": term])
    }
  }

  public var timelineTable: String { messages.text("site.timeline-table") }
  public var columnExperience: String { messages.text("site.column-experience") }
  public var columnKind: String { messages.text("site.column-kind") }
  public var columnDates: String { messages.text("site.column-dates") }
  public var taskDone: String { messages.text("site.task-done") }
  public var taskOpen: String { messages.text("site.task-open") }
  public var legend: String { messages.text("site.legend") }
  public var skillsChartTitle: String { messages.text("site.skills-chart-title") }

  public func timelineDescription(count: Int, from first: Int, to last: Int) -> String {
    let span = first == last ? String(first) : "\(first)–\(last)"
    return messages.text(
      count == 1 ? "site.timeline-description.one" : "site.timeline-description.other",
      ["count": count, "span": span])
  }

  public func skillsChartDescription(count: Int) -> String {
    messages.text(
      count == 1 ? "site.skills-chart-description.one" : "site.skills-chart-description.other", ["count": count])
  }
}

/// Dates as people read them: "June 2024 – present", "Juni 2024 – sekarang".
public struct DateStyle: Sendable {
  public let strings: Strings

  public init(_ language: Language) {
    strings = Strings(language)
  }

  /// "June 2024" or "2024": CVs give months, not days.
  public func long(_ date: PartialDate) -> String {
    guard let month = date.month, (1...12).contains(month) else { return String(date.year) }
    return "\(strings.monthName(month)) \(date.year)"
  }

  /// "06/2024" or "2024": the form ATS parsers read best.
  public func numeric(_ date: PartialDate) -> String {
    guard let month = date.month else { return String(date.year) }
    // What String(format: "%02d/%d") writes, without Foundation's formatter.
    return ((0..<10).contains(month) ? "0" : "") + "\(month)/\(date.year)"
  }

  /// "June 2024 – August 2024"; a single date when start and end are the same month.
  public func range(_ start: PartialDate, _ end: EndDate?, numeric: Bool = false) -> String {
    let format = numeric ? self.numeric : long
    switch end {
    case .none, .present:
      return "\(format(start)) – \(strings.present)"
    case .on(let date):
      if format(date) == format(start) { return format(start) }
      return "\(format(start)) – \(format(date))"
    }
  }
}
