import Foundation
import VitaCore

/// What `vita build` is asked to do.
public struct BuildOptions: Sendable {
  public var source: String
  public var output: String
  public var applications: String
  public var baseURL: String?
  public var includeDrafts: Bool
  /// Build the applications of this job only.
  public var job: String?
  /// The default theme's folder; found next to the binary when nil.
  public var themeDirectory: String?
  /// Today's date, for refusing experiences that start in the future; not checked when nil.
  public var today: PartialDate?
  /// Print each CV to `cv.pdf` beside it: `public/cv/cv.pdf` for the general CV.
  public var pdf: Bool
  /// What prints the PDFs; headless Chromium from PATH or VITA_CHROMIUM when nil.
  public var printer: (any PDFPrinter)?
  /// Also write each CV and cover letter as a Word file, `cv.docx` and `letter.docx`, with pandoc.
  public var docx = false
  /// A script every page gets, for `vita serve`'s live reload; nil in a real build.
  public var liveReloadScript: String?
  /// Told when each stage begins, for a progress bar.
  public var progress: (@Sendable (BuildProgress) -> Void)?
  /// What earlier builds of the same site left to reuse, for `vita serve`; nil builds everything.
  public var cache: BuildCache?

  public init(
    source: String, output: String? = nil, applications: String? = nil, baseURL: String? = nil,
    includeDrafts: Bool = false, job: String? = nil, themeDirectory: String? = nil, today: PartialDate? = nil,
    pdf: Bool = false, printer: (any PDFPrinter)? = nil
  ) {
    self.source = source
    self.output = output ?? source + "/public"
    self.applications = applications ?? source + "/applications"
    self.baseURL = baseURL
    self.includeDrafts = includeDrafts
    self.job = job
    self.themeDirectory = themeDirectory
    self.today = today
    self.pdf = pdf
    self.printer = printer
  }
}

/// What a build did: its findings, what it wrote and how long each stage took.
public struct BuildReport: Sendable {
  public var diagnostics: [Diagnostic] = []
  public var pages = 0
  public var applications = 0
  /// The PDFs printed, as absolute paths.
  public var pdfs: [String] = []
  /// The Word files written, as absolute paths.
  public var wordFiles: [String] = []
  /// What the build says beside its diagnostics (the browser's sandbox could not start, say).
  public var warnings: [String] = []
  public var timings: [StageTiming] = []
  /// A failure that is not about one file (an output folder that is not Vita's, say).
  public var failure: String?

  public var succeeded: Bool { failure == nil && !diagnostics.contains { $0.severity == .error } }

  public init() {}
}

/// Where a build is: the stage that begins, and how many files the site has once it is known.
public struct BuildProgress: Sendable {
  public var stage: String
  public var stageIndex: Int
  public static let stageCount = Build.stages.count
  public var files: Int?
}

/// The files a build makes, held in memory: the site and the tailored CVs.
public struct BuildOutput: Sendable {
  /// What goes to `public/`.
  public var site = OutputFiles()
  /// What goes to `applications/`, by path inside it.
  public var applications = OutputFiles()
  /// The slugs of the postings tailored, in order.
  public var tailorings: [String] = []
  /// What each PDF that `--pdf` may print says about itself, by its path: `cv/cv.pdf` in the site,
  /// `applications/<job>/cv.pdf` and `applications/<job>/letter.pdf`.
  public var documents: [String: PDFMetadata] = [:]

  public init(site: OutputFiles = OutputFiles(), applications: OutputFiles = OutputFiles()) {
    self.site = site
    self.applications = applications
  }

  /// A build's files kept in memory, with what the PDFs of its CVs would say about themselves.
  init(_ files: (site: OutputFiles, applications: OutputFiles), tailorings: [Tailoring], of site: Site) {
    self.init(site: files.site, applications: files.applications)
    self.tailorings = tailorings.map(\.job.slug)
    documents = Self.metadata(of: tailorings, site: site)
  }

  /// What each PDF says about itself, by its path.
  static func metadata(of tailorings: [Tailoring], site: Site) -> [String: PDFMetadata] {
    var documents = ["cv/cv.pdf": PDFMetadata.generalCV(of: site)]
    for tailoring in tailorings {
      documents["applications/" + tailoring.job.slug + "/cv.pdf"] = .tailoredCV(tailoring, of: site)
      documents["applications/" + tailoring.job.slug + "/letter.pdf"] = .letter(tailoring, of: site)
    }
    return documents
  }
}

/// What `--pdf` and `--docx` make their files with, found as the build starts: the browser then gets
/// ready while the site renders. Not finding one is told once the content is known to have no errors.
struct DocumentTools {
  var printer: (any PDFPrinter)?
  var word: WordWriter?
  var missing: PDFPrintFailure?

  /// None: a build in memory.
  init() {}

  init(_ options: BuildOptions) {
    if options.pdf {
      if let given = options.printer {
        printer = given
      } else {
        do { printer = try ChromiumPrinter.locate() } catch { missing = error }
      }
    }
    printer?.prepare()
    if options.docx, missing == nil {
      do { word = try WordWriter.locate() } catch { missing = error }
    }
  }

  /// Closes the browser, however the build ended.
  func close() {
    printer?.close()
  }
}

/// What `vita serve` keeps from one build to the next, so that a change rebuilds only what depends on it.
public final class BuildCache: Sendable {
  /// Experiences by file, reused while a file's text is unchanged.
  public let load = LoadCache()
  /// Experience pages, reused while everything they are made from is unchanged.
  public let pages = PageCache()

  public init() {}
}

/// The whole build on one screen: load → theme → tailor → render → write, each stage one call,
/// timed (`vita build --timings`). `run` writes the files into the folders that replace the two
/// outputs (`vita build`); `render(into:)` keeps them in memory (`vita serve`, `vita check --links`).
public struct Build: Sendable {
  public var options: BuildOptions

  public init(options: BuildOptions) {
    self.options = options
  }

  /// Builds the site and its applications, and replaces both output folders with them.
  public func run() -> BuildReport {
    var report = BuildReport()
    _ = build(writing: true, into: &report)
    return report
  }

  /// Loads, renders and tailors the site in memory, writing nothing; nil when it has errors.
  public func render(into report: inout BuildReport) -> BuildOutput? {
    build(writing: false, into: &report)
  }

  private func build(writing: Bool, into report: inout BuildReport) -> BuildOutput? {
    // The browser starts now and gets ready while the site renders.
    let tools = writing ? DocumentTools(options) : DocumentTools()
    defer { tools.close() }
    var output: OutputSink?
    func stage<Value>(_ name: String, _ work: (inout BuildReport) throws -> Value) throws -> Value {
      let index = Self.stages.firstIndex(of: name) ?? Self.stages.count - 1
      options.progress?(BuildProgress(stage: name, stageIndex: index, files: output?.paths(in: .site).count))
      var clock = Stopwatch()
      defer { report.timings.append(clock.lap(name)) }
      return try work(&report)
    }
    do {
      let site = try stage("load") { try load(into: &$0) }
      let theme = try stage("theme") { try loadTheme(for: site, into: &$0) }
      let tailorings = try stage("tailor") { try tailor(site, theme: theme, printer: tools.printer, into: &$0) }
      let sink = try writing ? openOutputs() : OutputSink.memory()
      output = sink
      try stage("render") { _ in try render(site, theme: theme, tailorings: tailorings, into: sink) }
      var made: (site: [String], applications: [String]) = ([], [])
      if writing {
        if let missing = tools.missing { throw Stop.failure(missing.description) }
        let documents = documents(tailorings, of: site, in: sink)
        if let printer = tools.printer {
          made = try stage("pdf") { try printPDFs(documents, with: printer, into: &$0) }
        }
        if let word = tools.word {
          try stage("docx") { try writeWordFiles(documents, with: word, adding: &made, into: &$0) }
        }
      }
      try stage("write") { _ in try sink.commit(made: made) }
      report.pages = sink.paths(in: .site).filter { $0.hasSuffix(".html") }.count
      report.applications = options.job == nil ? tailorings.count : 1
      return BuildOutput(sink.files, tailorings: tailorings, of: site)
    } catch {
      output?.abandon()
      switch error {
      case Stop.contentErrors: break  // the load's diagnostics, in the report already
      case let error as RenderError: report.diagnostics += error.diagnostics
      default: report.failure = "\(error)"
      }
      return nil
    }
  }

  /// The stages, in order, for the progress bar.
  static let stages = ["load", "theme", "tailor", "render", "pdf", "docx", "write"]

  /// Why a build stopped, besides a theme's errors (`RenderError`) and the outputs' failures.
  enum Stop: Error, CustomStringConvertible {
    /// The content has errors, which the report holds.
    case contentErrors
    /// A failure that is not about one file.
    case failure(String)

    var description: String {
      switch self {
      case .contentErrors: "the content has errors"
      case .failure(let description): description
      }
    }
  }

  // MARK: Stages

  /// The site, with `--base-url` applied; the load's diagnostics go to the report.
  func load(into report: inout BuildReport) throws -> Site {
    var loader = SiteLoader(includeDrafts: options.includeDrafts, today: options.today)
    loader.cache = options.cache?.load
    let loaded = loader.load(from: options.source)
    report.diagnostics = loaded.diagnostics
    guard var site = loaded.site else { throw Stop.contentErrors }
    if let baseURL = options.baseURL { site.config.baseURL = baseURL.hasSuffix("/") ? baseURL : baseURL + "/" }
    if let job = options.job, !site.jobs.contains(where: { $0.slug == job }) {
      throw Stop.failure("there is no job posting with the slug '\(job)' in content/jobs/")
    }
    return site
  }

  /// The theme vita.yml names; its warnings go to the report.
  func loadTheme(for site: Site, into report: inout BuildReport) throws -> Theme {
    switch loadTheme(named: site.config.theme.name) {
    case .success(let theme):
      report.diagnostics += theme.warnings
      return theme
    case .failure(let error):
      throw error
    }
  }

  /// The CV tailored to every posting built: all of them, or with `--job` that one and the published
  /// ones (which keep their public page). A posting with `cv: {pages: 1}` gets its CV trimmed until
  /// it prints on one page, measured with the build's browser or one of its own.
  func tailor(
    _ site: Site, theme: Theme, printer: (any PDFPrinter)?, into report: inout BuildReport
  ) throws -> [Tailoring] {
    let jobs = site.jobs.filter { options.job == nil || $0.slug == options.job || $0.publish }
    guard !jobs.isEmpty else { return [] }
    let tailor = Tailor(site: site, postings: jobs)
    var tailorings = Self.tailor(jobs, with: tailor)
    let fitting = jobs.indices.filter { CVFitter.wantsOnePage(jobs[$0], site: site) }
    guard !fitting.isEmpty else { return tailorings }
    var ownPrinter: (any PDFPrinter)?
    defer { ownPrinter?.close() }
    let measuring: any PDFPrinter
    do throws(PDFPrintFailure) {
      if printer == nil, options.printer == nil { ownPrinter = try ChromiumPrinter.locate() }
      measuring = printer ?? options.printer ?? ownPrinter!
    } catch {
      throw Stop.failure(PDFMessages.fitNeedsChromium + error.description)
    }
    let fitter = CVFitter(printer: measuring, site: site, tailor: tailor)
    let unfitted = tailorings
    // Each core renders with templates of its own (see `TemplateLibrary.independentCopy`).
    let fitted = Parallel.map(fitting.count, state: { theme.independentCopy() }) { theme, number in
      Result { () throws(PDFPrintFailure) in try fitter.fit(unfitted[fitting[number]], theme: theme) }
    }
    for (index, result) in zip(fitting, fitted) {
      do throws(PDFPrintFailure) {
        let (tailoring, warning) = try result.get()
        tailorings[index] = tailoring
        if let warning { report.warnings.append(warning) }
      } catch {
        throw Stop.failure(error.description)
      }
    }
    return tailorings
  }

  /// Both output folders, checked, each with its staging folder made (see `OutputWriter.Staging`).
  func openOutputs() throws -> OutputSink {
    try checkFolders()
    return try OutputSink.staging(
      site: options.output, staticFiles: StaticFiles.paths(in: options.source + "/static"),
      applications: options.applications + (options.job.map { "/" + $0 } ?? ""), posting: options.job)
  }

  /// Every file of both folders: the site's pages, each posting's files, and the site's `static/`
  /// files where no page is.
  func render(_ site: Site, theme: Theme, tailorings: [Tailoring], into output: OutputSink) throws {
    var statics = try StaticFiles.collect(from: options.source + "/static")
    // The private photo goes beside the tailored CVs only; a theme's asset of the same name gives way.
    if let photo = site.config.person.privatePhotoFile, let data = statics.files.removeValue(forKey: photo) {
      if options.job == nil { output.add(data, at: Person.privatePhotoFolder + photo, in: .applications) }
    }
    var renderer = SiteRenderer(site: site, theme: theme, liveReloadScript: options.liveReloadScript)
    renderer.today = options.today
    renderer.pageCache = options.cache?.pages
    try renderer.render(into: output)
    try Self.renderApplications(
      tailorings, site: site, theme: theme, complete: options.job == nil, liveReloadScript: options.liveReloadScript,
      today: options.today, into: output)
    output.add(statics, in: .site)
  }

  /// The pages `--pdf` prints and `--docx` converts, in the staging folders.
  func documents(_ tailorings: [Tailoring], of site: Site, in output: OutputSink) -> Documents? {
    guard let staging = output.staging else { return nil }
    return Documents(
      site: (staging.site.folder, URL(fileURLWithPath: options.output).standardizedFileURL.path),
      applications: (staging.applications.folder, staging.applications.target.path),
      jobs: options.job.map { [$0] } ?? tailorings.map(\.job.slug), inJobFolder: options.job != nil,
      metadata: BuildOutput.metadata(of: tailorings, site: site))
  }

  /// Prints every CV and letter beside its page, from the staging copies, so that each matches the
  /// HTML it is swapped in with; the paths made in each folder.
  func printPDFs(
    _ documents: Documents?, with printer: any PDFPrinter, into report: inout BuildReport
  ) throws -> (site: [String], applications: [String]) {
    guard let documents else { return ([], []) }
    var made: (site: [String], applications: [String]) = ([], [])
    let printJobs = documents.printJobs()
    _ = try printer.print(printJobs.map(\.job))
    report.warnings += printer.takeWarnings()
    for (job, inSite) in printJobs { report.pdfs.append(documents.note(job.pdf, inSite: inSite, in: &made)) }
    return made
  }

  /// Writes every CV and letter as a Word file beside its page, adding the paths to `made`.
  func writeWordFiles(
    _ documents: Documents?, with word: WordWriter, adding made: inout (site: [String], applications: [String]),
    into report: inout BuildReport
  ) throws {
    guard let documents else { return }
    let wordJobs = documents.jobs(extension: "docx")
    try word.write(wordJobs.map { ($0.html, $0.output, $0.name) })
    for item in wordJobs { report.wordFiles.append(documents.note(item.output, inSite: item.inSite, in: &made)) }
  }

  /// Tailors the CV to every posting, in parallel; the term index is built once.
  static func tailor(site: Site, jobs: [JobPosting]) -> [Tailoring] {
    guard !jobs.isEmpty else { return [] }
    return tailor(jobs, with: Tailor(site: site, postings: jobs))
  }

  static func tailor(_ jobs: [JobPosting], with tailor: Tailor) -> [Tailoring] {
    Parallel.map(jobs.count) { tailor.tailor(jobs[$0]) }
  }

  /// Each posting's files into `applications/`, and its CV into `public/cv/<job>/` when it is
  /// published; for a `complete` folder then the applications' index, calendar and the theme's assets.
  static func renderApplications(
    _ tailorings: [Tailoring], site: Site, theme: Theme, complete: Bool, liveReloadScript: String? = nil,
    today: PartialDate? = nil, into output: OutputSink
  ) throws(RenderError) {
    // Each core renders with templates of its own (see `TemplateLibrary.independentCopy`).
    let failures = Parallel.map(tailorings.count, state: { theme.independentCopy() }) { theme, index -> RenderError? in
      let tailoring = tailorings[index]
      var renderer = ApplicationRenderer(site: site, theme: theme, job: tailoring.job)
      renderer.renderer.liveReloadScript = liveReloadScript
      do throws(RenderError) {
        output.add(try renderer.render(tailoring, today: today), in: .applications)
        if tailoring.job.publish {
          output.add(try renderer.renderPublished(tailoring), at: "cv/\(tailoring.job.slug)/index.html", in: .site)
        }
        return nil
      } catch {
        return error
      }
    }
    // The first failure in the postings' order.
    if let failure = failures.lazy.compactMap({ $0 }).first { throw failure }
    guard complete else { return }
    let renderer = SiteRenderer(site: site, theme: theme, liveReloadScript: liveReloadScript)
    output.add(
      try ApplicationsIndex.render(tailorings, renderer: renderer, today: today), at: "index.html", in: .applications)
    output.add(
      Data(ApplicationsCalendar.render(tailorings.map(\.job), today: today).utf8), at: "calendar.ics", in: .applications
    )
    for (path, data) in theme.assets { output.add(data, at: "assets/" + path, in: .applications) }
  }

  /// The applications folder's files in memory; postings with `publish: true` also get a page in `public/cv/<job>/`.
  static func renderApplications(
    _ tailorings: [Tailoring], site: Site, theme: Theme, publishInto publicFiles: inout OutputFiles, complete: Bool,
    liveReloadScript: String? = nil, today: PartialDate? = nil
  ) throws(RenderError) -> OutputFiles {
    let output = OutputSink.memory()
    try renderApplications(
      tailorings, site: site, theme: theme, complete: complete, liveReloadScript: liveReloadScript, today: today,
      into: output)
    for (path, data) in output.files.site.files { publicFiles[path] = data }
    return output.files.applications
  }

  /// The default theme, the bundled theme `name` over it (unless it is the default) and the site's `templates/`.
  func loadTheme(named name: String = "default") -> Result<Theme, RenderError> {
    guard let directory = options.themeDirectory ?? Theme.defaultDirectory() else {
      return .failure(
        RenderError(diagnostics: [
          Diagnostic(
            file: "templates", code: "theme-missing",
            message:
              "the default theme was not found; install Vita with `make install`, or set VITA_THEME_DIR to its templates folder"
          )
        ]))
    }
    let overrides = options.source + "/templates"
    let hasOverrides = FileManager.default.fileExists(atPath: overrides)
    let realSource = URL(fileURLWithPath: options.source).resolvingSymlinksInPath().path
    let realOverrides = URL(fileURLWithPath: overrides).resolvingSymlinksInPath().path
    if hasOverrides, !realOverrides.hasPrefix(realSource + "/") {
      return .failure(
        RenderError(diagnostics: [
          Diagnostic(
            file: "templates", code: "outside-site",
            message:
              "templates/ is a symbolic link to \(realOverrides), outside the site folder; Vita reads only files inside the site, so copy the templates in"
          )
        ]))
    }
    let sameFolder =
      URL(fileURLWithPath: overrides).standardizedFileURL.path
      == URL(fileURLWithPath: directory).standardizedFileURL.path
    return Theme.load(
      directory: directory, variant: Theme.variantDirectory(named: name, defaultDirectory: directory),
      overrides: hasOverrides && !sameFolder ? overrides : nil)
  }

  /// Both output folders are checked before anything is written, so that neither is half done:
  /// where each really is (links followed), then whether Vita made it.
  func checkFolders() throws(OutputWriter.Failure) {
    let source = RealPath.of(options.source)
    let output = OutputPlace(
      option: "--output", role: "output", path: RealPath.of(options.output), fallback: options.source + "/public")
    let applications = OutputPlace(
      option: "--applications", role: "applications", path: RealPath.of(options.applications),
      fallback: options.source + "/applications")
    let homes = OutputPlace.homeFolders()
    try output.check(source: source, homes: homes)
    try applications.check(source: source, homes: homes)
    if applications.path == output.path {
      throw OutputWriter.Failure(
        description:
          "--output and --applications are the same folder (\(output.path)); the applications hold private data and may not be published. Give each a folder of its own"
      )
    }
    if applications.path.hasPrefix(output.path + "/") {
      throw OutputWriter.Failure(
        description:
          "the applications folder (\(applications.path)) must not be inside the published output (\(output.path)): its tailored CVs hold private data. Choose another folder with --applications"
      )
    }
    if output.path.hasPrefix(applications.path + "/") {
      throw OutputWriter.Failure(
        description:
          "the output folder (\(output.path)) must not be inside the applications folder (\(applications.path)), which a build replaces as a whole. Choose another folder with --output"
      )
    }
    try OutputWriter().checkOwnership(
      of: RealPath.ofParent(options.output), staticFiles: StaticFiles.paths(in: options.source + "/static"))
    try OutputWriter().checkOwnership(of: RealPath.ofParent(options.applications))
  }
}

/// An output folder, where it really is, and the places a build may never replace.
struct OutputPlace {
  /// The option that gives it, and the folder's role in a message.
  var option: String
  var role: String
  /// The real path: links followed.
  var path: String
  /// The default, for the message.
  var fallback: String

  /// The home folder, from HOME and from the password database, resolved.
  static func homeFolders() -> [String] {
    var homes: [String] = []
    if let home = ProcessInfo.processInfo.environment["HOME"], !home.isEmpty { homes.append(RealPath.of(home)) }
    if let entry = getpwuid(getuid()), let directory = entry.pointee.pw_dir {
      homes.append(RealPath.of(String(cString: directory)))
    }
    return homes
  }

  /// Refuses the root folder, the site, a folder holding the site or a home folder, and anything in
  /// the site's content/, templates/ or static/: a build replaces its folder as a whole.
  func check(source: String, homes: [String]) throws(OutputWriter.Failure) {
    func refuse(_ reason: String) -> OutputWriter.Failure {
      OutputWriter.Failure(
        description:
          "\(option) \(path) \(reason); a build replaces its \(role) folder as a whole, so Vita will not write there. Choose a folder of its own with \(option), such as \(fallback) (the default)"
      )
    }
    if path == "/" { throw refuse("is the root folder") }
    if path == source { throw refuse("is the site's own folder") }
    if source.hasPrefix(path + "/") { throw refuse("holds the site (\(source))") }
    for home in homes {
      if path == home { throw refuse("is the home folder") }
      if home.hasPrefix(path + "/") { throw refuse("holds the home folder (\(home))") }
    }
    for folder in ["content", "templates", "static"] {
      let inSite = RealPath.of(source + "/" + folder)
      if path == inSite { throw refuse("is the site's \(folder)/ folder") }
      if path.hasPrefix(inSite + "/") { throw refuse("lies inside the site's \(folder)/ folder") }
    }
  }
}
/// The site's `static/` folder, copied as it is.
enum StaticFiles {
  struct Failure: Error, CustomStringConvertible {
    var description: String
  }

  /// The paths a build copies from `folder`, relative to it, without reading the files.
  static func paths(in folder: String) -> Set<String> {
    guard let enumerator = FileManager.default.enumerator(atPath: folder) else { return [] }
    var paths = Set<String>()
    for case let relative as String in enumerator { paths.insert(relative) }
    return paths
  }

  static func collect(from folder: String) throws -> OutputFiles {
    var output = OutputFiles()
    let root = URL(fileURLWithPath: folder).resolvingSymlinksInPath().path
    // static/ itself may link within the site, not out of it: it would publish whatever it points at.
    let site = URL(fileURLWithPath: folder).deletingLastPathComponent().resolvingSymlinksInPath().path
    guard root.hasPrefix(site + "/") else {
      throw Failure(description: "static/ is a symbolic link to \(root), outside the site; Vita will not publish it")
    }
    guard let enumerator = FileManager.default.enumerator(atPath: folder) else { return output }
    for case let relative as String in enumerator {
      let path = folder + "/" + relative
      let type = enumerator.fileAttributes?[.type] as? FileAttributeType
      if type == .typeSymbolicLink {
        guard let real = realpath(path, nil) else {
          if errno == ELOOP {
            throw Failure(
              description:
                "static/\(relative) is a symbolic link in a loop (it leads back to itself through other links); remove it or point it at a file"
            )
          }
          continue  // a link to nothing: nothing to publish
        }
        let resolved = String(cString: real)
        free(real)
        guard resolved.hasPrefix(root + "/") else {
          throw Failure(
            description:
              "static/\(relative) is a symbolic link to \(resolved), outside the site; Vita will not publish it")
        }
      } else if type != .typeRegular {
        continue
      }
      if relative.split(separator: "/").contains(where: { $0.hasPrefix(".") }) { continue }
      // A regular file only, opened without waiting: a link to a FIFO would wait for a writer.
      guard let data = FileIO.readRegularFile(path) else { continue }
      output[relative] = data
    }
    return output
  }
}

/// How long one stage of a build took: on the wall clock, and in CPU time over all its threads.
public struct StageTiming: Sendable {
  public var stage: String
  public var seconds: Double
  /// User and system time of the whole process during the stage; more than `seconds` when the
  /// stage runs on several cores, and steadier than it on a busy machine.
  public var cpuSeconds: Double?

  public init(stage: String, seconds: Double, cpuSeconds: Double?) {
    self.stage = stage
    self.seconds = seconds
    self.cpuSeconds = cpuSeconds
  }
}

/// Measures the stages of a build.
struct Stopwatch {
  private var last = DispatchTime.now().uptimeNanoseconds
  private var lastCPU = Self.processCPUSeconds()

  mutating func lap() -> Double {
    let now = DispatchTime.now().uptimeNanoseconds
    defer { last = now }
    return Double(now - last) / 1e9
  }

  mutating func lap(_ stage: String) -> StageTiming {
    let cpu = Self.processCPUSeconds()
    defer { lastCPU = cpu }
    return StageTiming(stage: stage, seconds: lap(), cpuSeconds: cpu - lastCPU)
  }

  static func processCPUSeconds() -> Double {
    var usage = rusage()
    #if os(Linux)
      getrusage(RUSAGE_SELF.rawValue, &usage)
    #else
      getrusage(RUSAGE_SELF, &usage)
    #endif
    func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1e6 }
    return seconds(usage.ru_utime) + seconds(usage.ru_stime)
  }
}
