import Foundation

/// What a load gives: the site when it has no errors, and every finding either way.
public struct LoadResult: Sendable {
  public var site: Site?
  public var diagnostics: [Diagnostic]
  /// How many files were read: vita.yml, about.md, experiences and job postings.
  public var filesRead = 0

  public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
}

/// Reads a site folder: `vita.yml`, `content/about.md`, `content/experiences/`, `content/jobs/`.
public struct SiteLoader: Sendable {
  public var files: FileIO
  public var includeDrafts: Bool
  /// The day of the run: a `start` after it is an error. Nil skips that check.
  public var today: PartialDate?
  /// The site folder with its symbolic links resolved, found once per load.
  private var resolvedRoot: String?
  /// The folders Vita reads (relative to the site, "" for the site itself) that really are inside it.
  private var foldersInside: Set<String> = []
  /// Experiences parsed by earlier loads, for `vita serve`; nil parses every file.
  public var cache: LoadCache?

  public init(files: FileIO = .disk, includeDrafts: Bool = false, today: PartialDate? = nil) {
    self.files = files
    self.includeDrafts = includeDrafts
    self.today = today
  }

  /// The keys an experience's front matter may hold, in the schema's order.
  static var experienceKeys: [String] { Schema.experience.names(under: nil) }
  /// The keys a job posting's front matter may hold, in the schema's order.
  static var jobKeys: [String] { Schema.posting.names(under: nil) }

  /// Loads every file of the site at `root`, collecting all diagnostics in one pass.
  public func load(from root: String) -> LoadResult {
    var loader = self
    if let realPath = files.realPath {
      let site = realPath(root)
      loader.resolvedRoot = site
      let prefix = site.hasSuffix("/") ? site : site + "/"
      loader.foldersInside = Set(
        ["", "content", "content/experiences", "content/jobs", "content/letters"].filter { folder in
          let real = folder.isEmpty ? site : realPath(root + "/" + folder)
          return real == site || real.hasPrefix(prefix)
        })
    }
    return loader.loadResolved(from: root)
  }

  private func loadResolved(from root: String) -> LoadResult {
    var diagnostics: [Diagnostic] = []
    var siteLanguage = Language.en
    let config = loadConfig(root: root, into: &diagnostics, siteLanguage: &siteLanguage)
    let language = siteLanguage

    var about: String?
    switch text(root: root, file: "content/about.md", language: language) {
    case .none: break
    case .success(let text): about = text
    case .failure(let diagnostic): diagnostics.append(diagnostic)
    }

    let experienceNames = markdownFiles(in: root + "/content/experiences", extensions: ["md"])
    let jobNames = markdownFiles(in: root + "/content/jobs", extensions: ["md", "json"])
    cache?.begin(keeping: Set(experienceNames.map { "content/experiences/" + $0 }))
    // Experiences and job postings, every file on every core; then, in name order, what they found.
    let experienceCount = experienceNames.count
    let loadedFiles = Parallel.map(experienceCount + jobNames.count) { index -> LoadedFile in
      guard index >= experienceCount else {
        let name = experienceNames[index]
        var reader = YAMLReader(file: "content/experiences/" + name, lineOffset: 1, language: language)
        let experience = loadExperience(root: root, name: name, reader: &reader)
        return LoadedFile(experience: experience, diagnostics: reader.diagnostics.diagnostics)
      }
      let name = jobNames[index - experienceCount]
      var reader = YAMLReader(
        file: "content/jobs/" + name, lineOffset: name.hasSuffix(".json") ? 0 : 1, language: language)
      let job = loadJob(root: root, name: name, reader: &reader)
      return LoadedFile(job: job, diagnostics: reader.diagnostics.diagnostics)
    }
    let experiences = loadedFiles.map(\.experience)
    let loadedJobs = loadedFiles.map(\.job)
    let fileDiagnostics = loadedFiles.map(\.diagnostics)
    diagnostics += fileDiagnostics.joined()

    var seenSlugs: [String: String] = [:]
    var kept: [Experience] = []
    for experience in experiences.compactMap({ $0 }) {
      if let first = seenSlugs[experience.slug] {
        diagnostics.append(
          Diagnostic(
            file: experience.source.file, line: experience.source.line, column: experience.source.column,
            code: "duplicate-slug",
            message: language.messages.text(
              "loader.duplicate-slug", ["slug": experience.slug, "first": first])))
        continue
      }
      seenSlugs[experience.slug] = experience.source.file
      if experience.draft && !includeDrafts { continue }
      kept.append(experience)
    }

    var jobs: [JobPosting] = []
    var jobSlugs: [String: String] = [:]
    let filesRead = 1 + (about == nil ? 0 : 1) + experienceNames.count + jobNames.count
    for job in loadedJobs {
      guard let job else { continue }
      if let first = jobSlugs[job.slug] {
        diagnostics.append(
          Diagnostic(
            file: job.source.file, code: "duplicate-slug",
            message: language.messages.text("loader.duplicate-job-slug", ["slug": job.slug, "first": first])))
        continue
      }
      jobSlugs[job.slug] = job.source.file
      jobs.append(job)
    }

    // The person's own letters, one per posting.
    var letters: [String: String] = [:]
    for name in markdownFiles(in: root + "/content/letters", extensions: ["md"]) {
      let file = "content/letters/" + name
      switch text(root: root, file: file, language: language) {
      case .none: continue
      case .failure(let diagnostic): diagnostics.append(diagnostic)
      case .success(let text):
        let slug = String(name.dropLast(3))
        letters[slug] = text
        if jobSlugs[slug] == nil {
          diagnostics.append(
            Diagnostic(
              file: file, severity: .warning, code: "letter-without-posting",
              message: language.messages.text("loader.letter-without-posting", ["slug": slug])))
        }
      }
    }

    diagnostics.sort()
    let hasErrors = diagnostics.contains { $0.severity == .error }
    guard let config, !hasErrors else {
      return LoadResult(site: nil, diagnostics: diagnostics, filesRead: filesRead)
    }
    return LoadResult(
      site: Site(config: config, about: about, experiences: kept, jobs: jobs, letters: letters),
      diagnostics: diagnostics, filesRead: filesRead)
  }

  /// The text of `file` (relative to `root`), nil when it does not exist; a file that is a symbolic
  /// link out of the site folder is refused, so that nothing outside the site can be published.
  func text(root: String, file: String, language: Language = .en) -> Result<String, Diagnostic>? {
    let path = root + "/" + file
    // The common case, a plain file in a folder inside the site, without resolving its path.
    let folder = file.utf8.lastIndex(of: UInt8(ascii: "/")).map { String(file[..<$0]) } ?? ""
    if foldersInside.contains(folder), let data = files.readUnlinked?(path) {
      return TextFile.decode(data, file: file, language: language)
    }
    guard let data = files.read(path) else {
      guard let kind = files.kind?(path) else { return nil }
      return .failure(
        Diagnostic(
          file: file, code: "not-a-file",
          message: language.messages.text(
            "loader.not-a-file", ["kind": language.messages.text(Self.key(ofFileKind: kind))])))
    }
    if let realPath = files.realPath {
      let site = resolvedRoot ?? realPath(root)
      let target = realPath(path)
      guard target.hasPrefix(site.hasSuffix("/") ? site : site + "/") else {
        return .failure(
          Diagnostic(
            file: file, code: "outside-site",
            message: language.messages.text("loader.outside-site", ["target": target])))
      }
    }
    return TextFile.decode(data, file: file, language: language)
  }

  /// The catalogue's key for what `FileIO.kind` says a path is.
  static func key(ofFileKind kind: String) -> String {
    switch kind {
    case "a folder": "file.kind.folder"
    case "a FIFO (named pipe)": "file.kind.fifo"
    case "a socket": "file.kind.socket"
    case "a device": "file.kind.device"
    default: "file.kind.other"
    }
  }

  private func markdownFiles(in folder: String, extensions: Set<String>) -> [String] {
    (files.list(folder) ?? [])
      .filter { name in
        guard !name.hasPrefix("."), let dot = name.utf8.lastIndex(of: UInt8(ascii: ".")) else { return false }
        return extensions.contains(String(name[name.utf8.index(after: dot)...]))
      }
      .sorted()
  }

  // MARK: vita.yml

  /// vita.yml; `siteLanguage` is set to its `language` as soon as that can be read, even when the
  /// file has errors, so that the messages about the other files are in the site's language too.
  func loadConfig(root: String, into diagnostics: inout [Diagnostic], siteLanguage: inout Language) -> SiteConfig? {
    let file = "vita.yml"
    let text: String
    switch self.text(root: root, file: file) {
    case .none:
      diagnostics.append(
        Diagnostic(
          file: file, code: "missing-config",
          message: Messages(.en).text("loader.missing-config")))
      return nil
    case .success(let decoded): text = decoded
    case .failure(let diagnostic):
      diagnostics.append(diagnostic)
      return nil
    }
    var reader = YAMLReader(file: file, lineOffset: 0)
    defer { diagnostics += reader.diagnostics.diagnostics }
    guard let root = reader.parse(text) else { return nil }
    guard case .mapping(let mapping) = root else {
      reader.error(
        "type",
        reader.messages.text("loader.config-not-mapping"),
        at: root)
      return nil
    }
    // The site's language first, so that every message about vita.yml is written in it.
    for pair in mapping.pairs {
      if case .scalar(let key) = pair.key, key.string == "language", case .scalar(let value) = pair.value,
        let parsed = Language(rawValue: value.string)
      {
        reader.language = parsed
      }
    }
    siteLanguage = reader.language
    let fields = reader.fields(of: mapping, context: nil, known: Schema.config.names(under: nil))
    var record = Record()
    reader.decode(fields, by: .config, into: &record)

    guard let name: String = record["person.name"], !reader.diagnostics.hasErrors else { return nil }
    let person = Person(
      name: name, headline: record["person.headline"], location: record["person.location"],
      email: record["person.email"], phone: record["person.phone"], photo: record["person.photo"],
      links: record["person.links"] ?? [], summary: record["person.summary"],
      privateFields: record["person.private"] ?? [])
    let skills = (record["skills", as: [Record].self] ?? []).compactMap { group in
      (group["skills.name"] as String?).map { SkillGroup(name: $0, keywords: group["skills.keywords"] ?? []) }
    }
    let languages = (record["languages", as: [Record].self] ?? []).compactMap { entry in
      (entry["languages.language"] as String?).map {
        SpokenLanguage(language: $0, fluency: entry["languages.fluency"])
      }
    }
    var baseURL: String = record["base_url"] ?? "/"
    if !baseURL.hasSuffix("/") { baseURL += "/" }
    var theme = ThemeSettings()
    if let name: String = record["theme.name"] { theme.name = name }
    if let accent: String = record["theme.accent"] { theme.accent = accent }
    if let font: ThemeSettings.Font = record["theme.font"] { theme.font = font }
    return SiteConfig(
      title: record["title"] ?? person.name, baseURL: baseURL, language: reader.language, person: person,
      goals: record["goals"] ?? [], skills: skills, languages: languages, aliases: record["aliases"] ?? [:],
      unsafeHTML: record["markdown.unsafe_html"] ?? false, iframeHosts: record["markdown.iframe_hosts"] ?? [],
      cvMaxEntries: record["cv.max_entries"], paper: record["cv.paper"] ?? .a4, theme: theme,
      cvPages: record["cv.pages"])
  }

  // MARK: Experiences

  func loadExperience(root: String, name: String, reader: inout YAMLReader) -> Experience? {
    let file = reader.file
    let text: String
    switch self.text(root: root, file: file, language: reader.language) {
    case .none: return nil
    case .success(let decoded): text = decoded
    case .failure(let diagnostic):
      reader.diagnostics.append(contentsOf: [diagnostic])
      return nil
    }
    guard let cache else { return parseExperience(text, name: name, reader: &reader) }
    let inputs = ExperienceSource(text: text, language: reader.language)
    if let loaded = cache.value(for: file, inputs: inputs) {
      reader.diagnostics.append(contentsOf: loaded.diagnostics)
      return loaded.experience
    }
    let before = reader.diagnostics.diagnostics.count
    let experience = parseExperience(text, name: name, reader: &reader)
    cache.store(
      LoadedExperience(experience: experience, diagnostics: Array(reader.diagnostics.diagnostics[before...])),
      madeFrom: inputs, for: file)
    return experience
  }

  /// An experience from the text of its file.
  private func parseExperience(_ text: String, name: String, reader: inout YAMLReader) -> Experience? {
    let file = reader.file
    guard
      let (fields, body, bodyFirstLine) = frontMatter(
        of: text, reader: &reader, known: Schema.experience.names(under: nil))
    else { return nil }
    // Known before the rest: in a draft, a required field still missing is a note, not an error.
    let draft = fields["draft"].flatMap(YAMLReader.boolValue) ?? false
    var record = Record(capacity: Schema.experience.keys.count)
    reader.decode(fields, by: .experience, draft: draft, into: &record)

    let title: String? = record.lacks("title") ? nil : record["title"]
    let kind: Kind? = record["kind"]
    let slug = self.slug(fields, fileName: name, reader: &reader)
    var start: PartialDate? = record["start"]
    if start == nil, draft, fields["start"].map(YAMLReader.isNull) ?? true, !reader.diagnostics.hasErrors {
      // A draft without its start is shown, in `vita serve`, as beginning today.
      start = today ?? PartialDate(year: 2000)
    }
    if let start, let today, start.isAfter(today) {
      reader.error(
        "start-in-future",
        reader.messages.text("loader.start-in-future", ["start": start, "today": today]),
        at: fields["start"])
    }
    let end: EndDate? = record["end"]
    if case .on(let date) = end, let start = record["start", as: PartialDate.self], date < start {
      reader.error(
        "end-before-start", reader.messages.text("loader.end-before-start", ["parsed": date, "start": start]),
        at: fields["end"])
    }
    let star = record["star", as: Bool.self].map { _ in
      Story(
        situation: record["star.situation"] ?? "", task: record["star.task"] ?? "",
        action: record["star.action"] ?? "", result: record["star.result"] ?? "")
    }

    let experience = Experience(
      slug: slug ?? "", title: title ?? (draft ? slug ?? "" : ""), kind: kind ?? .project,
      organization: record["organization"], location: record["location"], start: start ?? PartialDate(year: 1900),
      end: end, mandatory: record["mandatory"] ?? false, hours: record["hours"], skills: record["skills"] ?? [],
      highlights: record["highlights"] ?? [], links: record["links"] ?? [], featured: record["featured"] ?? false,
      draft: draft, visibility: record["visibility"] ?? .public, star: star, reflection: record["reflection"],
      degree: record["degree"], area: record["area"], score: record["score"],
      ignoredFindings: record["review.ignore"] ?? [], body: body, source: SourceLocation(file: file),
      bodyFirstLine: bodyFirstLine, keyLocations: fields.keyLocations { reader.location(of: $0) })
    guard !reader.diagnostics.hasErrors, title != nil || draft, kind != nil, slug != nil, start != nil else {
      return nil
    }
    return experience
  }

  // MARK: Job postings

  func loadJob(root: String, name: String, reader: inout YAMLReader) -> JobPosting? {
    let file = reader.file
    let text: String
    switch self.text(root: root, file: file, language: reader.language) {
    case .none: return nil
    case .success(let decoded): text = decoded
    case .failure(let diagnostic) where diagnostic.code == "empty-file":
      // A posting saved before its text was pasted: the rest of the site still builds.
      reader.diagnostics.warning(
        "empty-posting",
        reader.messages.text("loader.empty-posting"), at: SourceLocation(file: file))
      return nil
    case .failure(let diagnostic):
      reader.diagnostics.append(contentsOf: [diagnostic])
      return nil
    }
    let job =
      name.hasSuffix(".json")
      ? loadJSONJob(text: text, name: name, reader: &reader) : loadMarkdownJob(text: text, name: name, reader: &reader)
    if let job, !job.hasTerms {
      reader.diagnostics.warning(
        "job-no-terms", ReviewMessages.messages(for: reader.language).jobNoTerms(), at: SourceLocation(file: file))
    }
    return job
  }

  private func loadMarkdownJob(text: String, name: String, reader: inout YAMLReader) -> JobPosting? {
    let file = reader.file
    guard let (fields, body, _) = frontMatter(of: text, reader: &reader, known: Self.jobKeys) else { return nil }
    var record = Record(capacity: Schema.posting.keys.count)
    reader.decode(fields, by: .posting, into: &record)
    let title: String? = record.lacks("title") ? nil : record["title"]
    let slug = self.slug(fields, fileName: name, reader: &reader)
    var job = JobPosting(
      slug: slug ?? "", title: title ?? "", company: record["company"], url: record["url"],
      language: record["language"],
      location: record["location"], keywords: record["keywords"] ?? [], mustHave: record["must_have"] ?? [],
      publish: record["publish"] ?? false, maxEntries: record["cv.max_entries"], application: application(record),
      body: body, source: SourceLocation(file: file))
    job.pages = record["cv.pages"]
    guard !reader.diagnostics.hasErrors, title != nil, slug != nil else { return nil }
    return job
  }

  /// A posting in the JSON Resume job format; read through the YAML parser, which gives locations.
  private func loadJSONJob(text: String, name: String, reader: inout YAMLReader) -> JobPosting? {
    guard let root = reader.parse(text) else { return nil }
    guard case .mapping(let mapping) = root else {
      reader.error(
        "type", reader.messages.text("loader.json-posting-not-object"), at: root)
      return nil
    }
    let fields = reader.fields(of: mapping, context: nil, known: Schema.jsonPosting.names(under: nil))
    var record = Record(capacity: Schema.jsonPosting.keys.count)
    reader.decode(fields, by: .jsonPosting, into: &record)
    let title: String? = record.lacks("title") ? nil : record["title"]
    let baseName = String(name.dropLast(".json".count))
    let slug = Slug.isValid(baseName) ? baseName : nil
    if slug == nil {
      reader.error(
        "slug",
        reader.messages.text("loader.json-file-name-slug", ["name": name]),
        at: nil as YAMLNode?
      )
    }
    var body: [String] = []
    if let description: String = record["description"] { body.append(description) }
    for (key, heading) in [("responsibilities", "Responsibilities"), ("qualifications", "Qualifications")] {
      let items: [String] = record[key] ?? []
      if !items.isEmpty { body.append(heading + ":\n" + items.map { "- " + $0 }.joined(separator: "\n")) }
    }
    var keywords: [String] = record["keywords"] ?? []
    for skill in record["skills", as: [Record].self] ?? [] { keywords += skill["skills.keywords"] ?? [] }
    guard !reader.diagnostics.hasErrors, let title, let slug else { return nil }
    return JobPosting(
      slug: slug, title: title, company: record["company"], url: record["url"] ?? record["meta.canonical"],
      language: record["language"], keywords: keywords, mustHave: record["must_have"] ?? [],
      publish: record["publish"] ?? false, application: application(record),
      body: body.joined(separator: "\n\n"), source: SourceLocation(file: reader.file))
  }

  // MARK: Shared pieces

  private func frontMatter(of text: String, reader: inout YAMLReader, known: [String]) -> (Fields, String, Int)? {
    switch FrontMatterDocument.split(text) {
    case .failure(.missingOpeningFence):
      reader.error(
        "front-matter",
        reader.messages.text("loader.front-matter-missing"), at: nil as YAMLNode?
      )
      return nil
    case .failure(.missingClosingFence):
      reader.error(
        "front-matter",
        reader.messages.text("loader.front-matter-unclosed"), at: nil as YAMLNode?)
      return nil
    case .success(let document):
      guard let root = reader.parse(document.yaml) else { return nil }
      guard case .mapping(let mapping) = root else {
        reader.error(
          "front-matter",
          reader.messages.text("loader.front-matter-not-mapping"),
          at: root)
        return nil
      }
      return (reader.fields(of: mapping, context: nil, known: known), document.body, document.bodyFirstLine)
    }
  }

  /// Whether `text` is empty or only spaces; Foundation's trimming only where the first byte leaves a doubt.
  static func isBlank(_ text: String) -> Bool {
    if let first = text.utf8.first, first < 0x80, first != 0x20, first != 0x09 { return false }
    return text.trimmingCharacters(in: .whitespaces).isEmpty
  }

  private func slug(_ fields: Fields, fileName: String, reader: inout YAMLReader) -> String? {
    if let node = fields["slug"], let value = reader.string(node, key: "slug") {
      guard Slug.isValid(value) else {
        let suggestion = Slug.make(from: value)
        reader.error(
          "slug",
          reader.messages.text(
            suggestion.isEmpty ? "loader.slug" : "loader.slug-try", ["value": value, "suggestion": suggestion]),
          at: node)
        return nil
      }
      return value
    }
    let base = String(fileName[..<(fileName.utf8.lastIndex(of: UInt8(ascii: ".")) ?? fileName.endIndex)])
    guard Slug.isValid(base) else {
      reader.error(
        "slug",
        reader.messages.text("loader.file-name-slug", ["fileName": fileName, "suggestion": Slug.make(from: base)]),
        at: nil as YAMLNode?)
      return nil
    }
    return base
  }

  /// Where the application to a posting stands: `status`, `applied`, `deadline`, `interview`,
  /// `contact`, `notes`, as the posting schema reads them.
  private func application(_ record: Record) -> Application {
    var application = Application()
    if let status: Application.Status = record["status"] { application.status = status }
    application.applied = record["applied"]
    application.deadline = record["deadline"]
    application.interview = record["interview"]
    application.contact = record["contact"]
    application.notes = record["notes"]
    return application
  }

}

extension Array {
  subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}

/// What reading one content file gave: an experience or a job posting, and what was found in it.
private struct LoadedFile: Sendable {
  var experience: Experience?
  var job: JobPosting?
  var diagnostics: [Diagnostic]
}
