import Foundation
import Testing

@testable import VitaCore

/// A small site in memory: vita.yml and the given files under /site.
func memorySite(
  config: String = "title: T\nbase_url: https://t.example/\nperson:\n  name: Rina\n",
  _ files: [String: String] = [:]
) -> FileIO {
  var all = ["/site/vita.yml": config]
  for (path, text) in files { all["/site/" + path] = text }
  return .memory(all)
}

func experienceFile(_ frontMatter: String, body: String = "Body.") -> String {
  "---\n\(frontMatter)\n---\n\(body)\n"
}

let validExperience = """
  title: Data Analyst Intern
  kind: internship
  organization: PT Data Nusantara
  start: 2024-06
  end: 2024-08
  """

@Suite struct SiteLoaderTests {
  @Test func loadsEveryFieldOfAnExperience() throws {
    let text = experienceFile(
      """
      title: Data Analyst Intern
      kind: internship
      slug: data-intern
      organization: PT Data Nusantara
      location: Jakarta (remote)
      start: 2024-06
      end: present
      mandatory: true
      hours: 320
      skills: [SQL, Python]
      highlights:
        - Built a dashboard that cut reporting time by 15%
        - Led 3 workshops
      links:
        - {label: Demo, url: https://example.com/demo}
      featured: true
      visibility: cv-only
      star: {situation: S, task: T, action: A, result: R}
      reflection: Private thoughts.
      review: {ignore: [no-result]}
      """, body: "The *story*.")
    let result = SiteLoader(files: memorySite(["content/experiences/whatever.md": text])).load(from: "/site")
    #expect(result.diagnostics.isEmpty)
    let experience = try #require(result.site?.experiences.first)
    #expect(experience.slug == "data-intern")
    #expect(experience.kind == .internship)
    #expect(experience.start == PartialDate(year: 2024, month: 6))
    #expect(experience.end == .present)
    #expect(experience.mandatory)
    #expect(experience.hours == 320)
    #expect(experience.skills == ["SQL", "Python"])
    #expect(
      experience.highlights.map(\.text) == ["Built a dashboard that cut reporting time by 15%", "Led 3 workshops"])
    #expect(
      experience.highlights[1].location == SourceLocation(file: "content/experiences/whatever.md", line: 14, column: 5))
    #expect(experience.links == [Link(label: "Demo", url: "https://example.com/demo")])
    #expect(experience.visibility == .cvOnly)
    #expect(experience.star?.isComplete == true)
    #expect(experience.reflection == "Private thoughts.")
    #expect(experience.ignoredFindings == ["no-result"])
    #expect(experience.body == "The *story*.\n")
  }

  @Test(arguments: Kind.allCases)
  func readsEveryKind(kind: Kind) throws {
    let organization = kind.organizationIsOptional ? "" : "organization: Org\n"
    let text = experienceFile("title: X\nkind: \(kind.rawValue)\n\(organization)start: 2023")
    let result = SiteLoader(files: memorySite(["content/experiences/x.md": text])).load(from: "/site")
    #expect(result.diagnostics.isEmpty)
    #expect(result.site?.experiences.first?.kind == kind)
  }

  /// Spaces of any script count as blank, as Foundation's trimming says; a title that starts with a
  /// letter is never blank.
  @Test(arguments: [
    ("'   '", true), ("\"\\t\"", true), ("\"\u{3000}\"", true), ("' A'", false), ("\"\u{3000}A\"", false),
  ])
  func aBlankTitleIsAnError(title: String, blank: Bool) throws {
    let text = experienceFile("title: \(title)\nkind: project\nstart: 2023")
    let result = SiteLoader(files: memorySite(["content/experiences/x.md": text])).load(from: "/site")
    let said = result.diagnostics.contains { $0.message == "'title' must not be empty" }
    #expect(said == blank, "\(result.diagnostics)")
  }

  @Test func leavesOutDraftsUnlessAskedFor() {
    let files = memorySite([
      "content/experiences/a.md": experienceFile(validExperience),
      "content/experiences/b.md": experienceFile(validExperience + "\ndraft: true"),
    ])
    #expect(SiteLoader(files: files).load(from: "/site").site?.experiences.map(\.slug) == ["a"])
    #expect(
      SiteLoader(files: files, includeDrafts: true).load(from: "/site").site?.experiences.map(\.slug) == ["a", "b"])
  }

  @Test func readsTheConfiguration() throws {
    let config = """
      title: Rina's site
      base_url: https://u.github.io/repo
      language: id
      person:
        name: Rina
        email: rina@example.com
        phone: "+62 812"
        private: [phone]
        links:
          - {label: GitHub, url: https://github.com/rina}
      goals: [data analyst]
      skills:
        - {name: Data, keywords: [SQL, Python]}
      languages:
        - {language: Indonesian, fluency: Native}
      aliases:
        JavaScript: [JS, ECMAScript]
      markdown: {unsafe_html: true}
      cv: {max_entries: 8, paper: letter}
      """
    let site = try #require(SiteLoader(files: memorySite(config: config)).load(from: "/site").site)
    #expect(site.config.baseURL == "https://u.github.io/repo/")
    #expect(site.config.language == .id)
    #expect(site.config.person.privateFields == ["phone"])
    #expect(site.config.person.publicView.phone == nil)
    #expect(site.config.person.publicView.email == "rina@example.com")
    #expect(site.config.skills == [SkillGroup(name: "Data", keywords: ["SQL", "Python"])])
    #expect(site.config.aliases == ["JavaScript": ["JS", "ECMAScript"]])
    #expect(site.config.unsafeHTML)
    #expect(site.config.cvMaxEntries == 8)
    #expect(site.config.paper == .letter)
  }

  @Test func readsMarkdownAndJSONResumeJobPostings() throws {
    let markdownJob =
      "---\ntitle: Junior Data Analyst\ncompany: Acme\nkeywords: [SQL]\nmust_have: [Tableau]\npublish: true\n---\nWe need SQL.\n"
    let jsonJob = """
      {"title": "Web Developer", "company": "Microsoft", "description": "Build apps.",
       "responsibilities": ["Develop web applications"], "qualifications": ["JavaScript"],
       "skills": [{"name": "Web", "keywords": ["HTML", "React"]}], "meta": {"canonical": "http://example.com/jobs/1"}}
      """
    let files = memorySite(["content/jobs/acme.md": markdownJob, "content/jobs/web-dev.json": jsonJob])
    let jobs = try #require(SiteLoader(files: files).load(from: "/site").site?.jobs)
    #expect(jobs.map(\.slug) == ["acme", "web-dev"])
    #expect(jobs[0].mustHave == ["Tableau"])
    #expect(jobs[0].publish)
    #expect(jobs[1].title == "Web Developer")
    #expect(jobs[1].keywords == ["HTML", "React"])
    #expect(jobs[1].url == "http://example.com/jobs/1")
    #expect(jobs[1].body.contains("Develop web applications"))
    #expect(jobs[1].body.contains("JavaScript"))
  }

  /// A JSON posting's keys come from a schema table as a Markdown posting's do: an unknown key is
  /// named, at its place in its file, with the nearest known one, and a value is checked by its type.
  @Test func aJSONPostingsKeysAreCheckedByItsSchemaTable() throws {
    let json = """
      {"title": "Analyst", "descripton": "Write SQL.",
       "skills": [{"name": "Data", "keywrds": ["SQL"]}], "publish": "yes"}
      """
    let markdown = "---\ntitle: Analyst\nmust_hav: [SQL]\n---\nWrite SQL.\n"
    let loaded = SiteLoader(files: memorySite(["content/jobs/a.json": json, "content/jobs/b.md": markdown]))
      .load(from: "/site")
    let unknown = loaded.diagnostics.filter { $0.code == "unknown-key" }.sorted()
    #expect(
      unknown.map(\.formatted) == [
        "content/jobs/a.json:1:22: warning: unknown key 'descripton'; did you mean 'description'? [unknown-key]",
        "content/jobs/a.json:2:30: warning: unknown key 'keywrds' in 'skills'; did you mean 'keywords'? [unknown-key]",
        "content/jobs/b.md:3:1: warning: unknown key 'must_hav'; did you mean 'must_have'? [unknown-key]",
      ])
    #expect(loaded.errors.map(\.message) == ["'publish' must be true or false"])
    #expect(loaded.errors.first?.file == "content/jobs/a.json")
  }

  @Test func aJSONPostingWithoutATitleIsAnError() throws {
    let loaded = SiteLoader(
      files: memorySite(["content/jobs/a.json": #"{"company": "Acme", "location": {"city": "X"}}"#])
    )
    .load(from: "/site")
    #expect(loaded.errors.map(\.message) == ["'title' is required"])
    #expect(loaded.diagnostics.allSatisfy { $0.code != "unknown-key" })
  }

  /// `location` and `deadline`, which `vita job add` writes and the tracker reads: a deadline is a day.
  @Test func readsAJobPostingsLocationAndDeadline() throws {
    let job =
      "---\ntitle: Analyst\nlocation: Jakarta, Indonesia\ndeadline: 2025-03-31\n---\nWrite SQL for the sales dashboards.\n"
    let loaded = SiteLoader(files: memorySite(["content/jobs/a.md": job])).load(from: "/site")
    #expect(loaded.diagnostics.isEmpty, "\(loaded.diagnostics.map(\.formatted))")
    let posting = try #require(loaded.site?.jobs.first)
    #expect(posting.location == "Jakarta, Indonesia")
    #expect(posting.application.deadline == PartialDate(year: 2025, month: 3, day: 31))
    for (value, column) in [("2025-03", 11), ("2025-02-30", 11), ("soon", 11)] {
      let broken = "---\ntitle: Analyst\ndeadline: \(value)\n---\nSQL.\n"
      let errors = SiteLoader(files: memorySite(["content/jobs/a.md": broken])).load(from: "/site").errors
      #expect(errors.count == 1, "\(value): \(errors.map(\.formatted))")
      #expect(errors.first?.code == "date")
      #expect(errors.first?.line == 3 && errors.first?.column == column)
      #expect(errors.first?.message.contains("YYYY-MM-DD") == true)
    }
  }

  /// One broken file each: the code, the line and column, and words of the message a person needs.
  @Test(arguments: [
    ("title: X\nkind: internship\norganization: O\nstart: 2024-13", "date", 5, 8, "YYYY-MM"),
    ("title: X\nkind: intern\norganization: O\nstart: 2024", "unknown-kind", 3, 7, "did you mean 'internship'"),
    ("kind: job\norganization: O\nstart: 2024", "required", 2, 1, "'title' is required"),
    ("title: X\norganization: O\nstart: 2024", "required", 2, 1, "'kind' is required"),
    ("title: X\nkind: job\nstart: 2024", "required", 2, 1, "'organization' is required for a job"),
    ("title: X\nkind: project", "required", 2, 1, "'start' is required"),
    ("title: X\nkind: project\nstart: 2024-05\nend: 2023", "end-before-start", 5, 6, "before 'start'"),
    ("title: X\nkind: project\nstart: 2024\nslug: Bad Slug", "slug", 5, 7, "try 'bad-slug'"),
    ("title: X\nkind: project\nstart: 2024\nhours: lots", "type", 5, 8, "whole number"),
    ("title: X\nkind: project\nstart: 2024\nvisibility: secret", "visibility", 5, 13, "public, cv-only or private"),
    ("title: X\nkind: project\nstart: 2024\nfeatured: maybe", "type", 5, 11, "true or false"),
    (
      "title: X\nkind: project\nstart: 2024\nlinks:\n  - {label: x, url: 'javascript:alert(1)'}", "link-scheme", 6, 21,
      "http, https"
    ),
    ("title: X\nkind: project\nstart: 2024\nhighlights:\n  - {a: b}", "type", 6, 5, "one line of text"),
    // On the bracket's own line, not on the next one, where libyaml notices.
    ("title: [unclosed\nkind: project", "yaml-syntax", 2, 8, "the [ opened here is never closed"),
    ("title: X\ntitle: Y\nkind: project\nstart: 2024", "yaml-syntax", 2, 1, "given twice"),
    ("title: X\nkind: project\nstart: 2024\nskills: {a: b}", "type", 5, 9, "list of text"),
  ])
  func reportsEachErrorWhereItIs(frontMatter: String, code: String, line: Int, column: Int, words: String) throws {
    let files = memorySite(["content/experiences/x.md": experienceFile(frontMatter)])
    let result = SiteLoader(files: files).load(from: "/site")
    #expect(result.site == nil)
    let diagnostic = try #require(result.errors.first { $0.code == code }, "no \(code) in \(result.diagnostics)")
    #expect(diagnostic.file == "content/experiences/x.md")
    #expect(diagnostic.line == line)
    #expect(diagnostic.column == column)
    #expect(diagnostic.message.contains(words), "message: \(diagnostic.message)")
    #expect(diagnostic.formatted.hasPrefix("content/experiences/x.md:\(line):\(column): error: "))
  }

  @Test func warnsAboutUnknownKeysWithANearMiss() throws {
    let files = memorySite(["content/experiences/x.md": experienceFile(validExperience + "\nhiglights: [a]")])
    let result = SiteLoader(files: files).load(from: "/site")
    #expect(result.site != nil)
    let warning = try #require(result.diagnostics.first)
    #expect(warning.severity == .warning)
    #expect(warning.code == "unknown-key")
    #expect(warning.line == 7)
    #expect(warning.message.contains("did you mean 'highlights'"))
  }

  @Test func collectsEveryErrorOfEveryFileInOneRun() {
    let files = memorySite([
      "content/experiences/a.md": experienceFile("title: A\nkind: nope\nstart: 2024"),
      "content/experiences/b.md": experienceFile("title: B\nkind: project\nstart: someday"),
      "content/experiences/Bad Name.md": experienceFile("title: C\nkind: project\nstart: 2024"),
      "content/jobs/j.md": "no front matter",
    ])
    let errors = SiteLoader(files: files).load(from: "/site").errors
    #expect(
      Set(errors.map(\.file)) == [
        "content/experiences/a.md", "content/experiences/b.md", "content/experiences/Bad Name.md", "content/jobs/j.md",
      ])
    #expect(errors.map(\.file) == errors.sorted().map(\.file))
  }

  @Test func refusesDuplicateSlugs() throws {
    let files = memorySite([
      "content/experiences/a.md": experienceFile(validExperience),
      "content/experiences/b.md": experienceFile(validExperience + "\nslug: a"),
    ])
    let error = try #require(SiteLoader(files: files).load(from: "/site").errors.first)
    #expect(error.code == "duplicate-slug")
    #expect(error.file == "content/experiences/b.md")
    #expect(error.message.contains("content/experiences/a.md"))
  }

  @Test(arguments: [
    ("", "empty-file"), ("\u{0}\u{1}binary", "binary-file"),
  ])
  func refusesUnreadableFiles(text: String, code: String) {
    let files = memorySite(["content/experiences/x.md": text])
    #expect(SiteLoader(files: files).load(from: "/site").errors.map(\.code) == [code])
  }

  @Test func refusesInvalidUTF8() {
    let files = FileIO(
      read: { path in
        path.hasSuffix("vita.yml")
          ? Data("title: T\nperson: {name: R}\n".utf8)
          : path.hasSuffix("x.md") ? Data([0x2D, 0x2D, 0x2D, 0x0A, 0xC3, 0x28]) : nil
      },
      list: { path in path.hasSuffix("experiences") ? ["x.md"] : nil })
    #expect(SiteLoader(files: files).load(from: "/site").errors.map(\.code) == ["not-utf8"])
  }

  @Test(arguments: [
    ("", "missing-config"),
    ("title: T\n", "required"),
    ("title: T\nlanguage: fr\nperson: {name: R}", "language"),
    ("title: T\nbase_url: example.com\nperson: {name: R}", "base-url"),
    ("title: T\nperson: {name: R, private: [salary]}", "person-private"),
    ("- a\n- b", "type"),
    ("title: T\nperson: {name: R}\nmarkdown: {unsafe_html: true, iframe_hosts: ['https://evil.example/']}", "type"),
  ])
  func refusesABadConfiguration(config: String, code: String) {
    let files: FileIO = config.isEmpty ? .memory(["/site/content/about.md": "x"]) : memorySite(config: config)
    let result = SiteLoader(files: files).load(from: "/site")
    #expect(result.site == nil)
    #expect(result.errors.contains { $0.code == code && $0.file == "vita.yml" }, "\(result.diagnostics)")
  }

  @Test func readsTheHostsAnIframeMayShow() throws {
    let config =
      "title: T\nbase_url: https://t.example/\nperson: {name: R}\nmarkdown: {unsafe_html: true, iframe_hosts: [www.YouTube-nocookie.com, player.vimeo.com]}\n"
    let site = try #require(SiteLoader(files: memorySite(config: config)).load(from: "/site").site)
    #expect(site.config.iframeHosts == ["www.youtube-nocookie.com", "player.vimeo.com"])
    #expect(site.config.unsafeHTML)
  }
}
