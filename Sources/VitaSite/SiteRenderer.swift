import Foundation
import Synchronization
import VitaCore
import VitaEscaping
import VitaTemplate

/// Everything an experience page is made from: the experience, the anchors of its skills, which slugs
/// have pages, the site's settings, the templates and the live-reload script.
public struct PageInputs: Equatable, Sendable {
  var experience: Experience
  var anchors: [String]
  var links: [[String]]?
  var config: SiteConfig
  var templates: [String: String]
  var liveReload: String?
}

/// Experience pages kept between the builds of `vita serve`, keyed by slug: a page is reused only when
/// everything it is made from is equal to last time. Anything else (the home page, the CVs) is
/// rendered on every build.
public typealias PageCache = ReuseCache<PageInputs, Data>

extension ReuseCache where Inputs == PageInputs, Value == Data {
  /// How many pages the last build rendered.
  public var rendered: Int { made }
}

/// The files of a build, by path relative to their output folder.
public struct OutputFiles: Sendable {
  public var files: [String: Data] = [:]

  public init() {}

  public subscript(path: String) -> Data? {
    get { files[path] }
    set { files[path] = newValue }
  }

  public mutating func write(_ text: String, to path: String) {
    files[path] = Data(text.utf8)
  }

  public mutating func write(_ data: Data, to path: String) {
    files[path] = data
  }
}

/// A rendering problem that is not the content's fault (a broken theme).
public struct RenderError: Error, Sendable {
  public var diagnostics: [Diagnostic]
}

/// Turns a loaded site into the files of `public/`.
public struct SiteRenderer: Sendable {
  public let site: Site
  public private(set) var theme: Theme
  let strings: Strings
  let dates: DateStyle
  let markdown: Markdown
  let urls: SiteURLs
  /// The person's initials for the brand mark, worked out once rather than on every page.
  let initials: String
  /// The fixed strings, ready for the templates.
  private(set) var labels: TemplateValue
  /// A script injected into every page by `vita serve`; nil in a real build.
  public var liveReloadScript: String?
  /// Where ongoing experiences end on the timeline; the latest date in the content when nil.
  public var today: PartialDate?
  /// Experience pages of earlier builds, for `vita serve`; nil renders every page.
  public var pageCache: PageCache?
  /// The slugs of the experiences that have a page, for links to their source files.
  let slugsOnSite: SlugsOnSite

  public init(site: Site, theme: Theme, liveReloadScript: String? = nil) {
    self.site = site
    self.theme = theme
    self.liveReloadScript = liveReloadScript
    strings = Strings(site.config.language)
    dates = DateStyle(site.config.language)
    markdown = Markdown(allowsRawHTML: site.config.unsafeHTML, iframeHosts: site.config.iframeHosts)
    urls = SiteURLs(baseURL: site.config.baseURL)
    labels = Labels(strings).templateValue
    initials = Self.initials(of: site.config.person.name)
    slugsOnSite = SlugsOnSite(site.experiences)
  }

  /// This renderer for one worker thread: the same, with templates and labels of its own, so that
  /// the objects a page retains at every tag are not the ones another core is retaining.
  func worker() -> SiteRenderer {
    var worker = self
    worker.theme = theme.independentCopy()
    worker.labels = Labels(strings).templateValue
    return worker
  }

  /// The experiences that get a page and a place on the home page.
  var publicExperiences: [Experience] {
    let all = site.experiences
    let shown = all.indices.filter { all[$0].visibility.isOnSite }
    // Experience.reverseChronological on keys taken once, sorting positions: the comparisons then read
    // three plain values, not an experience's fields.
    let keys = shown.map { (end: all[$0].sortDate, start: all[$0].start, slug: all[$0].slug) }
    let order = keys.indices.sorted { left, right in
      let (lhs, rhs) = (keys[left], keys[right])
      if lhs.end != rhs.end { return lhs.end > rhs.end }
      if lhs.start != rhs.start { return lhs.start > rhs.start }
      return lhs.slug < rhs.slug
    }
    return order.map { all[shown[$0]] }
  }

  /// Every file of `public/`: pages, CV, sitemap, robots, 404 and the theme's assets.
  public func render() throws(RenderError) -> OutputFiles {
    let output = OutputSink.memory()
    try render(into: output)
    return output.files.site
  }

  /// Gives every file of `public/` to `output` as soon as it is rendered, on every core.
  public func render(into output: OutputSink) throws(RenderError) {
    let experiences = publicExperiences
    pageCache?.begin(keeping: Set(experiences.map(\.slug)))
    let (site, urls) = (site, urls)
    let skills = SkillIndex(site: site, experiences: experiences)
    let general = CVDocument.general(site: site, person: site.config.person.publicView)
    // The home page, the CV in its three formats, the 404 page and the sitemap are rendered on every
    // core together with the experience pages, largest first: on a large site the home page alone is
    // as much work as hundreds of experience pages.
    let singles: [(path: String, file: SingleFile)] = [
      ("index.html", .home), ("cv/cv.txt", .plainTextCV), ("cv/resume.json", .jsonResume), ("cv/index.html", .cv),
      ("sitemap.xml", .sitemap), ("404.html", .notFound),
    ]
    @Sendable func render(_ file: SingleFile, with renderer: SiteRenderer) throws(RenderError) -> Data {
      switch file {
      case .home:
        var home = renderer.homeView(experiences, skillIndex: skills)
        home.structuredData = StructuredData.person(general, site: site.config)
        return try renderer.page("home", home)
      case .plainTextCV: return Data(PlainTextCV.render(general, site: site.config).utf8)
      case .jsonResume: return Data(JSONResumeExport.render(general, site: site.config).utf8)
      case .cv: return try renderer.page("cv", renderer.cvView(general, path: "cv/", noindex: false))
      case .sitemap: return Data(Self.sitemap(experiences, urls: urls).utf8)
      case .notFound:
        let view = NotFoundView(page: renderer.pageView(title: strings.notFoundTitle, path: "404.html", depth: nil))
        return try renderer.page("404", view)
      }
    }
    // What an experience page reads of the other experiences: which slugs have a page (for links
    // to their files); only `vita serve`, which reuses pages, needs it.
    let linkTable = pageCache.map { _ in site.experiences.map { [$0.slug, $0.visibility.isOnSite ? "1" : "0"] } }
    @Sendable func experiencePage(_ experience: Experience, with renderer: SiteRenderer) throws(RenderError) -> Data {
      let inputs = pageCache.map { _ in
        PageInputs(
          experience: experience, anchors: experience.skills.map(skills.anchor(for:)), links: linkTable,
          config: site.config, templates: theme.sources, liveReload: liveReloadScript)
      }
      if let inputs, let cached = pageCache?.value(for: experience.slug, inputs: inputs) { return cached }
      let view = renderer.experienceView(experience, skillIndex: skills)
      guard let page = try renderer.theme.render("experience", view.templateValue) else {
        throw RenderError(diagnostics: [missingTemplate("experience")])
      }
      if let inputs { pageCache?.store(page, madeFrom: inputs, for: experience.slug) }
      return page
    }
    // Each core renders with templates of its own (see `TemplateLibrary.independentCopy`).
    let failures = Parallel.map(singles.count + experiences.count, state: { self.worker() }) {
      renderer, index -> RenderError? in
      do throws(RenderError) {
        if index < singles.count {
          output.add(try render(singles[index].file, with: renderer), at: singles[index].path, in: .site)
        } else {
          let experience = experiences[index - singles.count]
          output.add(try experiencePage(experience, with: renderer), at: Self.pagePath(of: experience), in: .site)
        }
        return nil
      } catch {
        return error
      }
    }
    // Failures are reported in the order the pages used to be rendered in: home, experiences, CV, 404.
    let order = [0] + Array(singles.count..<failures.count) + Array(1..<singles.count)
    if let failure = order.lazy.compactMap({ failures[$0] }).first { throw failure }

    output.add(
      Data("User-agent: *\nAllow: /\nSitemap: \(urls.absolute("sitemap.xml"))\n".utf8), at: "robots.txt", in: .site)
    for (path, data) in theme.assets {
      output.add(data, at: "assets/" + path, in: .site)
    }
  }

  /// Where an experience's page is in `public/`.
  static func pagePath(of experience: Experience) -> String {
    "experiences/\(experience.slug)/index.html"
  }

  /// The files of `public/` that are one page or document each.
  enum SingleFile { case home, plainTextCV, jsonResume, cv, sitemap, notFound }

  /// A tailored CV's page, at `path` (relative to its output folder's root, ending in `/`).
  func renderCV(_ cv: CVDocument, path: String, noindex: Bool, nav: [NavItem]? = nil, onSite: Bool = true)
    throws(RenderError) -> Data
  {
    try page("cv", cvView(cv, path: path, noindex: noindex, nav: nav, onSite: onSite))
  }

  // MARK: Pages

  func page(_ template: String, _ view: some TemplateRepresentable) throws(RenderError) -> Data {
    guard let html = try theme.render(template, view.templateValue) else {
      throw RenderError(diagnostics: [missingTemplate(template)])
    }
    return html
  }

  private func missingTemplate(_ name: String) -> Diagnostic {
    Diagnostic(file: "templates/\(name).mustache", code: "template", message: "the theme has no template '\(name)'")
  }

  /// `depth` is the number of folders below the root; nil for a page served at any path (404).
  func pageView(
    title: String, path: String, depth: Int?, noindex: Bool = false, description: String? = nil,
    nav: [NavItem]? = nil, onSite: Bool = true, ogType: String = "website"
  ) -> PageView {
    let root = depth.map { String(repeating: "../", count: $0) } ?? urls.basePath
    let isHome = path.isEmpty
    let isCV = path == "cv/"
    let config = site.config
    return PageView(
      lang: config.language.rawValue,
      title: isHome ? config.title : "\(title) – \(config.title)",
      siteTitle: config.title,
      description: description ?? config.person.publicView.headline ?? config.person.publicView.summary ?? config.title,
      canonical: onSite ? urls.absolute(path) : nil,
      root: root,
      noindex: noindex,
      ogType: ogType,
      nav: nav ?? [
        NavItem(label: strings.home, href: root.isEmpty ? "./" : root, current: isHome),
        NavItem(label: strings.cv, href: root + "cv/", current: isCV),
      ],
      personName: config.person.name,
      labels: labels,
      liveReload: liveReloadScript,
      themeName: config.theme.name,
      font: config.theme.font.rawValue,
      themeCSS: config.theme.accent.flatMap(AccentPalette.init(accent:))?.css,
      initials: initials)
  }

  /// Up to two initials: "Rina Wijaya" → "RW".
  static func initials(of name: String) -> String {
    let words = name.split(whereSeparator: { $0.isWhitespace }).filter { $0.first?.isLetter == true }
    let picked = words.count > 1 ? [words[0], words[words.count - 1]] : Array(words.prefix(1))
    return picked.compactMap { $0.first.map { String($0).uppercased() } }.joined()
  }

  func personView(_ person: Person) -> PersonView {
    PersonView(
      name: person.name, headline: person.headline, location: person.location, email: person.email,
      phone: person.phone,
      // A tel: link holds no spaces (RFC 3966): "+62 812 0000 0000" is dialled as +6281200000000.
      phoneHref: person.phone.map { "tel:" + $0.filter { $0 == "+" || $0.isASCII && $0.isNumber } },
      links: person.links.map { LinkView(label: $0.label, url: $0.url) },
      summaryHTML: person.summary.map(markdown.inlineHTML),
      hasContact: person.email != nil || person.phone != nil || person.location != nil || !person.links.isEmpty)
  }

  func card(_ experience: Experience, root: String) -> CardView {
    card(
      experience, root: root, dates: dates.range(experience.start, experience.end),
      kind: strings.kindName(experience.kind))
  }

  /// A card with its dates and kind already written.
  func card(_ experience: Experience, root: String, dates: String, kind: String) -> CardView {
    CardView(
      title: experience.title, organization: experience.organization, kind: kind,
      kindClass: "kind-" + experience.kind.rawValue, dates: dates, href: root + "experiences/\(experience.slug)/",
      lead: HighlightStrength.strongestFirst(experience.highlights).first.map {
        markdown.inlineHTML(experience.highlights[$0])
      }, skills: experience.skills,
      hasSkills: !experience.skills.isEmpty, sectionClass: "k-" + experience.kind.section.rawValue,
      draftLabel: experience.draft ? strings.draft : nil)
  }

  func homeView(_ experiences: [Experience], skillIndex: SkillIndex) -> HomeView {
    let person = site.config.person.publicView
    // The experiences are read by position, so that their dates and kinds are written once, for the
    // cards, the timeline's bars and its rows.
    let ranges = experiences.indices.map { dates.range(experiences[$0].start, experiences[$0].end) }
    let kindNames = experiences.indices.map { strings.kindName(experiences[$0].kind) }
    func card(at index: Int) -> CardView {
      self.card(experiences[index], root: "", dates: ranges[index], kind: kindNames[index])
    }
    var featured: [CardView] = []
    var grouped: [Section: [Int]] = [:]
    var hours = 0
    var selfInitiated = 0
    var firstYear: Int?
    var lastEndYear: Int?
    var sections = Set<Section>()
    for index in experiences.indices {
      if experiences[index].featured { featured.append(card(at: index)) }
      let section = experiences[index].kind.section
      grouped[section, default: []].append(index)
      sections.insert(section)
      hours += experiences[index].hours ?? 0
      if !experiences[index].mandatory { selfInitiated += 1 }
      let year = experiences[index].start.year
      firstYear = min(firstYear ?? year, year)
      if let end = experiences[index].end?.date?.year { lastEndYear = max(lastEndYear ?? end, end) }
    }
    let groups = Section.allCases.compactMap { section -> GroupView? in
      guard let members = grouped[section] else { return nil }
      return GroupView(heading: strings.heading(section), id: section.rawValue, cards: members.map(card(at:)))
    }
    let skills = skillIndex.skills.map { skill in
      SkillEvidenceView(
        name: skill.name, anchor: skill.anchor, count: skill.experiences.count,
        experiences: skill.experiences.map {
          EvidenceLink(title: experiences[$0].title, href: "experiences/\(experiences[$0].slug)/")
        })
    }
    let until = today ?? latestDate(of: experiences)
    let timelineOrder = experiences.indices.sorted {
      (experiences[$0].start, experiences[$0].slug) > (experiences[$1].start, experiences[$1].slug)
    }
    let timelineEntries = timelineOrder.map { index in
      TimelineEntry(
        title: experiences[index].title, section: experiences[index].kind.section, start: experiences[index].start,
        end: experiences[index].end?.date, href: "experiences/\(experiences[index].slug)/", dates: ranges[index])
    }
    let timelineSVG = Charts.timeline(
      timelineEntries, until: until, id: "timeline-chart", title: strings.timeline,
      description: strings.timelineDescription(
        count: experiences.count, from: firstYear ?? until.year, to: max(until.year, lastEndYear ?? until.year)))
    let evidenced = skills.filter { $0.count > 0 }
    let skillsSVG = Charts.skills(
      evidenced.map { SkillBar(name: $0.name, count: $0.count, href: "#" + $0.anchor) }, id: "skills-chart",
      title: strings.skillsChartTitle, description: strings.skillsChartDescription(count: evidenced.count))
    return HomeView(
      page: pageView(title: site.config.title, path: "", depth: 0, ogType: "profile"),
      person: personView(person),
      aboutHTML: site.about.map { labelledTasks(markdown.html($0) { sourceLink($0, page: .home) }) },
      featured: featured, hasFeatured: !featured.isEmpty, groups: groups, skills: skills, hasSkills: !skills.isEmpty,
      figures: FiguresView(
        experiences: experiences.count, selfInitiated: selfInitiated, hours: hours, hasHours: hours > 0),
      cvHref: "cv/",
      timelineSVG: timelineSVG,
      timeline: experiences.indices.map { index in
        TimelineRowView(
          title: experiences[index].title, href: "experiences/\(experiences[index].slug)/", kind: kindNames[index],
          dates: ranges[index])
      },
      hasTimeline: !experiences.isEmpty,
      legend: Section.allCases.filter(sections.contains).map {
        LegendItem(label: strings.heading($0), sectionClass: "k-" + $0.rawValue)
      },
      skillsSVG: skillsSVG.isEmpty ? nil : skillsSVG)
  }

  /// The latest start or end in `experiences`: where "present" ends when the build gives no date.
  func latestDate(of experiences: [Experience]) -> PartialDate {
    var latest: PartialDate?
    for index in experiences.indices {
      let start = experiences[index].start
      if latest.map({ start > $0 }) ?? true { latest = start }
      if let end = experiences[index].end?.date, end > latest! { latest = end }
    }
    return latest ?? PartialDate(year: 2000)
  }

  func degreeLine(_ experience: Experience) -> String? {
    let parts = [experience.degree, experience.area].compactMap { $0 }
    var line = parts.joined(separator: ", ")
    if let score = experience.score { line += (line.isEmpty ? "" : " · ") + strings.labelledScore(score) }
    return line.isEmpty ? nil : line
  }

  func experienceView(_ experience: Experience, skillIndex: SkillIndex) -> ExperiencePageView {
    let root = "../../"
    return ExperiencePageView(
      page: pageView(
        title: experience.title, path: "experiences/\(experience.slug)/", depth: 2,
        description: experience.highlights.first.map { markdown.plainText($0) }, ogType: "article"),
      title: experience.title, organization: experience.organization, location: experience.location,
      kind: strings.kindName(experience.kind), kindClass: "kind-" + experience.kind.rawValue,
      dates: dates.range(experience.start, experience.end), hours: experience.hours, mandatory: experience.mandatory,
      highlights: experience.highlights.map { markdown.inlineHTML($0) },
      hasHighlights: !experience.highlights.isEmpty,
      bodyHTML: labelledTasks(markdown.html(experience.body) { sourceLink($0, page: .experience) }),
      skills: experience.skills.map { name in
        EvidenceLink(title: name, href: root + "#" + skillIndex.anchor(for: name))
      },
      hasSkills: !experience.skills.isEmpty,
      links: experience.links.map { LinkView(label: $0.label, url: $0.url) },
      hasLinks: !experience.links.isEmpty,
      degreeLine: degreeLine(experience),
      sectionClass: "k-" + experience.kind.section.rawValue, draftLabel: experience.draft ? strings.draft : nil)
  }

  func cvView(_ cv: CVDocument, path: String, noindex: Bool, nav: [NavItem]? = nil, onSite: Bool = true) -> CVView {
    let depth = path.split(separator: "/").count
    let sections = cv.parts.map { part in
      CVSectionView(
        heading: strings.heading(part), id: part.section?.rawValue ?? "relevant",
        entries: part.entries.map { entry in
          let experience = entry.experience
          return CVEntryView(
            title: experience.title, organization: experience.organization, location: experience.location,
            dates: dates.range(experience.start, experience.end), degreeLine: degreeLine(experience),
            highlights: entry.highlights.map { markdown.inlineHTML($0) }, hasHighlights: !entry.highlights.isEmpty)
        })
    }
    let languages = cv.languages.map { language in
      language.fluency.map { "\(language.language) (\($0))" } ?? language.language
    }
    return CVView(
      page: pageView(
        title: cv.job.map { "\(strings.cv): \($0.title)" } ?? strings.cv, path: path, depth: depth, noindex: noindex,
        nav: nav, onSite: onSite, ogType: "profile"),
      person: personView(cv.person), sections: sections, skills: cv.skills.joined(separator: ", "),
      hasSkills: !cv.skills.isEmpty, languages: languages.isEmpty ? nil : languages.joined(separator: ", "),
      paper: site.config.paper.rawValue, jobTitle: cv.job?.title)
  }

  /// A link to an experience's source file (`other.md`) becomes a link to its page.
  func sourceLink(_ url: String, page: InternalLink.Page) -> String? {
    let fragmentStart = url.utf8.firstIndex(of: UInt8(ascii: "#")) ?? url.endIndex
    guard url[..<fragmentStart].hasSuffix(".md"),
      let slug = InternalLink.slug(of: url, baseURL: site.config.baseURL, on: page),
      slugsOnSite.contains(slug)
    else { return nil }
    let prefix = page == .home ? "experiences/" : "../"
    return prefix + slug + "/" + url[fragmentStart...]
  }

  /// Task-list checkboxes (`- [x] done`) get a name, since a form control without one is unreadable to a
  /// screen reader; cmark-gfm writes them in exactly these two forms.
  func labelledTasks(_ html: String) -> String {
    // Foundation's search converts the whole page to UTF-16 first; most pages have no task list.
    guard Self.contains(html, Self.checkboxStart) else { return html }
    return
      html
      .replacingOccurrences(
        of: "<input type=\"checkbox\" checked=\"\" disabled=\"\" />",
        with: "<input type=\"checkbox\" checked=\"\" disabled=\"\" aria-label=\"\(strings.taskDone)\" />"
      )
      .replacingOccurrences(
        of: "<input type=\"checkbox\" disabled=\"\" />",
        with: "<input type=\"checkbox\" disabled=\"\" aria-label=\"\(strings.taskOpen)\" />")
  }

  static let checkboxStart = Array("<input type=\"checkbox\"".utf8)

  /// Whether the UTF-8 of `text` has `bytes` in it. For ASCII `bytes`, as here, this finds what
  /// Foundation's `contains` finds: no other character is canonically equivalent to these.
  static func contains(_ text: String, _ bytes: [UInt8]) -> Bool {
    guard !bytes.isEmpty else { return true }
    var text = text
    return text.withUTF8 { text in
      bytes.withUnsafeBufferPointer { needle in
        guard let base = text.baseAddress, let wanted = needle.baseAddress, text.count >= needle.count else {
          return false
        }
        // memchr finds each place the first byte is, memcmp compares the rest there.
        let lastStart = text.count - needle.count
        var start = 0
        while start <= lastStart {
          guard let found = memchr(base + start, Int32(wanted[0]), lastStart - start + 1) else { return false }
          if memcmp(found, wanted, needle.count) == 0 { return true }
          start = base.distance(to: found.assumingMemoryBound(to: UInt8.self)) + 1
        }
        return false
      }
    }
  }

  // MARK: Files that are not pages

  static func sitemap(_ experiences: [Experience], urls: SiteURLs) -> String {
    var paths = ["", "cv/"]
    paths += experiences.map { "experiences/\($0.slug)/" }.sorted()
    var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    xml += "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
    for path in paths {
      xml += "  <url><loc>\(HTMLEscaping.escaped(urls.absolute(path)))</loc></url>\n"
    }
    xml += "</urlset>\n"
    return xml
  }
}

/// The site's addresses: absolute ones for canonical links and the sitemap, and its base path.
struct SiteURLs: Sendable {
  let baseURL: String

  /// The path part of the base URL, e.g. `/repo/` for `https://u.github.io/repo/`.
  var basePath: String {
    guard let url = URL(string: baseURL), !url.path.isEmpty else { return "/" }
    let path = url.path
    return path.hasSuffix("/") ? path : path + "/"
  }

  func absolute(_ path: String) -> String {
    baseURL + path
  }
}

/// Every skill on the site with the experiences that show it.
struct SkillIndex {
  struct Skill {
    var name: String
    var anchor: String
    /// The positions of the experiences in the array the index was made from.
    var experiences: [Int]
  }

  private(set) var skills: [Skill] = []
  private var anchors: [String: String] = [:]

  init(site: Site, experiences: [Experience]) {
    var order: [String] = []
    var names: [String: String] = [:]
    var evidence: [String: [Int]] = [:]
    func note(_ name: String, key: String) {
      if names[key] == nil {
        names[key] = name
        order.append(key)
      }
    }
    for name in site.config.skills.flatMap(\.keywords) { note(name, key: name.lowercased()) }
    // A set: an experience may list 100,000 skills, where a scan of those already counted made the
    // index quadratic (62 s for 300,000).
    var counted = Set<String>()
    for index in experiences.indices {
      // Each skill once per experience, spelled as it is first written there; in the order written,
      // so that two skills that make the same anchor always get the same suffixes.
      counted.removeAll(keepingCapacity: true)
      for name in experiences[index].skills {
        let key = name.lowercased()
        guard counted.insert(key).inserted else { continue }
        note(name, key: key)
        evidence[key, default: []].append(index)
      }
    }
    var used = Set<String>()
    for key in order {
      let slug = Slug.make(from: key)
      var anchor = "skill-" + (slug.isEmpty ? "x" : slug)
      if key.contains("+") { anchor += "-plus" }
      if key.contains("#") { anchor += "-sharp" }
      var candidate = anchor
      var counter = 2
      while !used.insert(candidate).inserted {
        candidate = "\(anchor)-\(counter)"
        counter += 1
      }
      anchors[key] = candidate
      let shown = evidence[key] ?? []
      skills.append(Skill(name: names[key] ?? key, anchor: candidate, experiences: shown))
    }
    // Most shown first, then by name: each name lowered once, not at every comparison.
    skills = zip(skills, skills.map { $0.name.lowercased() })
      .sorted { ($0.0.experiences.count, $1.1) > ($1.0.experiences.count, $0.1) }.map(\.0)
  }

  func anchor(for name: String) -> String {
    anchors[name.lowercased()] ?? "skills"
  }
}

/// The slugs of the experiences that have a page, made on first use: a link to an experience's
/// `.md` file becomes a link to its page only if there is one. One table for all the pages (searching
/// every experience for every such link was quadratic), and none for renderers that never need it.
final class SlugsOnSite: Sendable {
  private let experiences: [Experience]
  private let slugs = Mutex<Set<String>?>(nil)

  init(_ experiences: [Experience]) { self.experiences = experiences }

  func contains(_ slug: String) -> Bool {
    slugs.withLock { slugs in
      if slugs == nil { slugs = Set(experiences.lazy.filter(\.visibility.isOnSite).map(\.slug)) }
      return slugs!.contains(slug)
    }
  }
}
