import VitaCore
import VitaTemplate

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
  /// `Labels`, turned into a template value once per renderer: every page shows the same ones.
  var labels: TemplateValue
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
  /// `tel:` and the phone's digits, for the link.
  var phoneHref: String?
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
  /// "Draft" for an experience marked `draft: true` (shown by `vita serve` only), nil otherwise.
  var draftLabel: String?
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
  /// "Draft" for an experience marked `draft: true` (shown by `vita serve` only), nil otherwise.
  var draftLabel: String?
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

// MARK: Template values
//
// Each view model as the templates see it: one key per field, named as the field, and a nil field left
// out (a missing key, which the templates look up in the enclosing context instead).
// `ViewModelTests` checks these keys against the fields.

extension PageView: TemplateRepresentable {
  var templateValue: TemplateValue {
    [
      "lang": .string(lang), "title": .string(title), "siteTitle": .string(siteTitle),
      "description": .string(description), "canonical": .optional(canonical), "root": .string(root),
      "noindex": .bool(noindex), "ogType": .string(ogType), "nav": .list(of: nav), "personName": .string(personName),
      "labels": labels, "liveReload": .optional(liveReload), "themeName": .string(themeName), "font": .string(font),
      "themeCSS": .optional(themeCSS), "initials": .string(initials),
    ]
  }
}

extension NavItem: TemplateRepresentable {
  var templateValue: TemplateValue {
    ["label": .string(label), "href": .string(href), "current": .bool(current)]
  }
}

extension Labels: TemplateRepresentable {
  var templateValue: TemplateValue {
    [
      "featured": .string(featured), "experiences": .string(experiences), "skills": .string(skills),
      "skillsEvidence": .string(skillsEvidence), "highlights": .string(highlights), "links": .string(links),
      "contact": .string(contact), "languages": .string(languages), "summary": .string(summary),
      "about": .string(about), "timeline": .string(timeline), "notFoundTitle": .string(notFoundTitle),
      "notFoundText": .string(notFoundText), "backHome": .string(backHome), "skipToContent": .string(skipToContent),
      "viewCV": .string(viewCV), "allExperiences": .string(allExperiences), "email": .string(email),
      "phone": .string(phone), "location": .string(location), "hours": .string(hours),
      "selfInitiated": .string(selfInitiated), "builtWith": .string(builtWith),
      "mainNavigation": .string(mainNavigation), "evidenceCount": .string(evidenceCount), "degree": .string(degree),
      "score": .string(score), "timelineTable": .string(timelineTable), "columnExperience": .string(columnExperience),
      "columnKind": .string(columnKind), "columnDates": .string(columnDates), "legend": .string(legend),
    ]
  }
}

extension LinkView: TemplateRepresentable {
  var templateValue: TemplateValue { ["label": .string(label), "url": .string(url)] }
}

extension PersonView: TemplateRepresentable {
  var templateValue: TemplateValue {
    [
      "name": .string(name), "headline": .optional(headline), "location": .optional(location),
      "email": .optional(email), "phone": .optional(phone), "phoneHref": .optional(phoneHref),
      "links": .list(of: links),
      "summaryHTML": .optional(summaryHTML), "hasContact": .bool(hasContact),
    ]
  }
}

extension CardView: TemplateRepresentable {
  var templateValue: TemplateValue {
    [
      "title": .string(title), "organization": .optional(organization), "kind": .string(kind),
      "kindClass": .string(kindClass), "dates": .string(dates), "href": .string(href), "lead": .optional(lead),
      "skills": .list(of: skills), "hasSkills": .bool(hasSkills), "sectionClass": .string(sectionClass),
      "draftLabel": .optional(draftLabel),
    ]
  }
}

extension GroupView: TemplateRepresentable {
  var templateValue: TemplateValue {
    ["heading": .string(heading), "id": .string(id), "cards": .list(of: cards)]
  }
}

extension SkillEvidenceView: TemplateRepresentable {
  var templateValue: TemplateValue {
    ["name": .string(name), "anchor": .string(anchor), "count": .int(count), "experiences": .list(of: experiences)]
  }
}

extension EvidenceLink: TemplateRepresentable {
  var templateValue: TemplateValue { ["title": .string(title), "href": .string(href)] }
}

extension FiguresView: TemplateRepresentable {
  var templateValue: TemplateValue {
    [
      "experiences": .int(experiences), "selfInitiated": .int(selfInitiated), "hours": .int(hours),
      "hasHours": .bool(hasHours),
    ]
  }
}

extension TimelineRowView: TemplateRepresentable {
  var templateValue: TemplateValue {
    ["title": .string(title), "href": .string(href), "kind": .string(kind), "dates": .string(dates)]
  }
}

extension LegendItem: TemplateRepresentable {
  var templateValue: TemplateValue { ["label": .string(label), "sectionClass": .string(sectionClass)] }
}

extension HomeView: TemplateRepresentable {
  var templateValue: TemplateValue {
    [
      "page": page.templateValue, "person": person.templateValue, "aboutHTML": .optional(aboutHTML),
      "featured": .list(of: featured), "hasFeatured": .bool(hasFeatured), "groups": .list(of: groups),
      "skills": .list(of: skills), "hasSkills": .bool(hasSkills), "figures": figures.templateValue,
      "cvHref": .string(cvHref), "timelineSVG": .string(timelineSVG), "timeline": .list(of: timeline),
      "hasTimeline": .bool(hasTimeline), "legend": .list(of: legend), "skillsSVG": .optional(skillsSVG),
      "structuredData": .optional(structuredData),
    ]
  }
}

extension ExperiencePageView: TemplateRepresentable {
  var templateValue: TemplateValue {
    [
      "page": page.templateValue, "title": .string(title), "organization": .optional(organization),
      "location": .optional(location), "kind": .string(kind), "kindClass": .string(kindClass),
      "dates": .string(dates), "hours": .optional(hours), "mandatory": .bool(mandatory),
      "highlights": .list(of: highlights), "hasHighlights": .bool(hasHighlights), "bodyHTML": .string(bodyHTML),
      "skills": .list(of: skills), "hasSkills": .bool(hasSkills), "links": .list(of: links),
      "hasLinks": .bool(hasLinks), "degreeLine": .optional(degreeLine), "sectionClass": .string(sectionClass),
      "draftLabel": .optional(draftLabel),
    ]
  }
}

extension CVEntryView: TemplateRepresentable {
  var templateValue: TemplateValue {
    [
      "title": .string(title), "organization": .optional(organization), "location": .optional(location),
      "dates": .string(dates), "degreeLine": .optional(degreeLine), "highlights": .list(of: highlights),
      "hasHighlights": .bool(hasHighlights),
    ]
  }
}

extension CVSectionView: TemplateRepresentable {
  var templateValue: TemplateValue {
    ["heading": .string(heading), "id": .string(id), "entries": .list(of: entries)]
  }
}

extension CVView: TemplateRepresentable {
  var templateValue: TemplateValue {
    [
      "page": page.templateValue, "person": person.templateValue, "sections": .list(of: sections),
      "skills": .string(skills), "hasSkills": .bool(hasSkills), "languages": .optional(languages),
      "paper": .string(paper), "jobTitle": .optional(jobTitle),
    ]
  }
}

extension NotFoundView: TemplateRepresentable {
  var templateValue: TemplateValue { ["page": page.templateValue] }
}
