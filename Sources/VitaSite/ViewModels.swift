import VitaCore

/// What the layout needs on every page.
struct PageView {
  var lang: String
  var title: String
  var siteTitle: String
  var description: String
  /// Nil for pages that are not on the site (applications).
  var canonical: String?
  /// The relative way back to the site's root from this page: "", "../" or "../../".
  var root: String
  var noindex: Bool
  /// Open Graph's `og:type`: profile, article or website.
  var ogType: String
  var nav: [NavItem]
  var personName: String
  /// `Labels`, flattened once per renderer: every page shows the same ones.
  var labels: [String: Any]
  var liveReload: String?
  /// The bundled theme's name (`default`, `classic`) and the font setting, as classes on `<html>`.
  var themeName: String
  var font: String
  /// Custom properties from `theme.accent`, for an inline `<style>`; nil without an accent.
  var themeCSS: String?
  /// The person's initials, for the brand mark.
  var initials: String
}

struct NavItem {
  var label: String
  var href: String
  var current: Bool
}

/// The fixed strings templates may show.
struct Labels {
  var featured, experiences, skills, skillsEvidence, highlights, links, contact, languages, summary, about, timeline,
    notFoundTitle, notFoundText, backHome, skipToContent, viewCV, allExperiences, email, phone, location, hours,
    selfInitiated, builtWith, mainNavigation, evidenceCount, degree, score, timelineTable, columnExperience,
    columnKind, columnDates, legend: String

  init(_ strings: Strings) {
    featured = strings.featured
    experiences = strings.experiences
    skills = strings.skills
    skillsEvidence = strings.skillsEvidence
    highlights = strings.highlights
    links = strings.links
    contact = strings.contact
    languages = strings.languages
    summary = strings.summary
    about = strings.about
    timeline = strings.timeline
    notFoundTitle = strings.notFoundTitle
    notFoundText = strings.notFoundText
    backHome = strings.backHome
    skipToContent = strings.skipToContent
    viewCV = strings.viewCV
    allExperiences = strings.allExperiences
    email = strings.email
    phone = strings.phone
    location = strings.location
    hours = strings.hours
    selfInitiated = strings.selfInitiated
    builtWith = strings.builtWith
    mainNavigation = strings.mainNavigation
    evidenceCount = strings.evidenceCount
    degree = strings.degree
    score = strings.gpa
    timelineTable = strings.timelineTable
    columnExperience = strings.columnExperience
    columnKind = strings.columnKind
    columnDates = strings.columnDates
    legend = strings.legend
  }
}

struct LinkView {
  var label: String
  var url: String
}

struct PersonView {
  var name: String
  var headline: String?
  var location: String?
  var email: String?
  var phone: String?
  var links: [LinkView]
  var summaryHTML: String?
  var hasContact: Bool
}

/// An experience as a card on the home page.
struct CardView {
  var title: String
  var organization: String?
  var kind: String
  var kindClass: String
  var dates: String
  var href: String
  var lead: String?
  var skills: [String]
  var hasSkills: Bool
  var sectionClass: String
}

struct GroupView {
  var heading: String
  var id: String
  var cards: [CardView]
}

struct SkillEvidenceView {
  var name: String
  var anchor: String
  var count: Int
  var experiences: [EvidenceLink]
}

struct EvidenceLink {
  var title: String
  var href: String
}

struct FiguresView {
  var experiences: Int
  var selfInitiated: Int
  var hours: Int
  var hasHours: Bool
}

/// A row of the timeline's table, the text equivalent of its picture.
struct TimelineRowView {
  var title: String
  var href: String
  var kind: String
  var dates: String
}

/// A colour of the timeline's key: a CV section and its class.
struct LegendItem {
  var label: String
  var sectionClass: String
}

struct HomeView {
  var page: PageView
  var person: PersonView
  var aboutHTML: String?
  var featured: [CardView]
  var hasFeatured: Bool
  var groups: [GroupView]
  var skills: [SkillEvidenceView]
  var hasSkills: Bool
  var figures: FiguresView
  var cvHref: String
  /// Inline SVG, drawn by `Charts`; empty when there is nothing to draw.
  var timelineSVG: String
  var timeline: [TimelineRowView]
  var hasTimeline: Bool
  var legend: [LegendItem]
  var skillsSVG: String?
  /// The schema.org Person as script-safe JSON-LD.
  var structuredData: String?
}

struct ExperiencePageView {
  var page: PageView
  var title: String
  var organization: String?
  var location: String?
  var kind: String
  var kindClass: String
  var dates: String
  var hours: Int?
  var mandatory: Bool
  var highlights: [String]
  var hasHighlights: Bool
  var bodyHTML: String
  var skills: [EvidenceLink]
  var hasSkills: Bool
  var links: [LinkView]
  var hasLinks: Bool
  var degreeLine: String?
  var sectionClass: String
}

struct CVEntryView {
  var title: String
  var organization: String?
  var location: String?
  var dates: String
  var degreeLine: String?
  var highlights: [String]
  var hasHighlights: Bool
}

struct CVSectionView {
  var heading: String
  var id: String
  var entries: [CVEntryView]
}

struct CVView {
  var page: PageView
  var person: PersonView
  var sections: [CVSectionView]
  var skills: String
  var hasSkills: Bool
  var languages: String?
  var paper: String
  var jobTitle: String?
}

struct NotFoundView {
  var page: PageView
}
