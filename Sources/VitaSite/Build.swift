import Foundation
import Synchronization
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
  /// The process ends once this build is written (`vita build`): the site, the tailorings and the
  /// files are then left for the system to reclaim at exit instead of being freed object by object,
  /// which took one core several milliseconds while the other waited. False for `vita serve`.
  public var exitsAfterBuild = false

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
  public static let stageCount = 4
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
}

/// What `vita serve` keeps from one build to the next, so that a change rebuilds only what depends on it.
public final class BuildCache: Sendable {
  /// Experiences by file, reused while a file's text is unchanged.
  public let load = LoadCache()
  /// Experience pages, reused while everything they are made from is unchanged.
  public let pages = PageCache()

  public init() {}
}

/// The whole build on one screen: load → render → write, each stage timed.
public struct Build: Sendable {
  public var options: BuildOptions

  public init(options: BuildOptions) {
    self.options = options
  }

  public func run() -> BuildReport {
    var report = BuildReport()
    // Experience pages and postings' files are written as soon as they are rendered, into the
    // folders that replace the outputs once everything is written; removed if the build stops before.
    // Both folders are checked once, before the first file goes to either.
    let build = self
    let checked = Deferred { Result { () throws(OutputWriter.Failure) in try build.checkFolders() } }
    let check = { @Sendable () throws(OutputWriter.Failure) in try checked.value.get() }
    let pages = FolderWriter(
      folder: options.output, check: check, staticFiles: StaticFiles.paths(in: options.source + "/static"))
    // With --job, only that posting's files are written, into its own folder.
    let job = options.job
    let place = { @Sendable (path: String) -> String? in
      guard let job else { return path }
      return path.hasPrefix(job + "/") ? String(path.dropFirst(job.count + 1)) : nil
    }
    let postings = FolderWriter(
      folder: options.applications + (job.map { "/" + $0 } ?? ""), check: check, place: place)
    // The browser starts while the site renders; not finding it is told after the content's errors.
    var printer = options.pdf ? options.printer : nil
    var missingPrinter: PDFPrintFailure?
    if options.pdf, printer == nil {
      do {
        printer = try ChromiumPrinter.locate()
      } catch {
        missingPrinter = error
      }
    }
    printer?.prepare()
    var word: WordWriter?
    if options.docx, missingPrinter == nil {
      do {
        word = try WordWriter.locate()
      } catch {
        missingPrinter = error
      }
    }
    // One browser for the whole build, closed however the build ends.
    defer { printer?.close() }
    guard let output = render(into: &report, writingTo: (pages, postings), printer: printer) else {
      pages.abandon()
      postings.abandon()
      return report
    }
    var clock = Stopwatch()
    let jobs = output.tailorings
    if let missingPrinter {
      pages.abandon()
      postings.abandon()
      report.failure = missingPrinter.description
      return report
    }

    options.progress?(BuildProgress(stage: "write", stageIndex: 3, files: output.site.files.count))
    var printing = 0.0
    do {
      let site = try pages.staging()
      site.write(output.site)
      var files = output.applications
      if job != nil {
        files = OutputFiles()
        for (path, data) in output.applications.files { if let placed = place(path) { files[placed] = data } }
      }
      let applications = try postings.staging()
      applications.write(files)
      // Every PDF at once, from the staging copies, so that each matches the HTML it is swapped in
      // with; both folders are swapped in only once all are printed.
      var printed: (site: [String], applications: [String]) = ([], [])
      let documents = Documents(
        site: (site.folder, URL(fileURLWithPath: options.output).standardizedFileURL.path),
        applications: (applications.folder, applications.target.path), jobs: job.map { [$0] } ?? jobs,
        inJobFolder: job != nil, metadata: output.documents)
      /// Notes a file made in either staging folder, for its manifest and the report.
      func made(_ file: URL, inSite: Bool) -> String {
        let staging = inSite ? site.folder : applications.folder
        let relative = String(file.path.dropFirst(staging.path.count + 1))
        if inSite { printed.site.append(relative) } else { printed.applications.append(relative) }
        return (inSite ? documents.site.target : documents.applications.target) + "/" + relative
      }
      if let printer {
        var printClock = Stopwatch()
        let printJobs = documents.printJobs()
        _ = try printer.print(printJobs.map(\.job))
        report.warnings += printer.takeWarnings()
        for (job, inSite) in printJobs { report.pdfs.append(made(job.pdf, inSite: inSite)) }
        printing += printClock.lap()
      }
      if let word {
        var wordClock = Stopwatch()
        let wordJobs = documents.jobs(extension: "docx")
        try word.write(wordJobs.map { ($0.html, $0.output, $0.name) })
        for item in wordJobs { report.wordFiles.append(made(item.output, inSite: item.inSite)) }
        report.timings.append(StageTiming(stage: "docx", seconds: wordClock.lap(), cpuSeconds: nil, within: "write"))
      }
      try site.commit { _ in printed.site }
      try applications.commit { _ in printed.applications }
    } catch {
      pages.abandon()
      postings.abandon()
      report.failure = "\(error)"
      return report
    }
    var writing = clock.lap("write")
    writing.seconds -= printing
    report.timings.append(writing)
    // Chromium's own time is spent in other processes: only the wait is known.
    if options.pdf { report.timings.append(StageTiming(stage: "pdf", seconds: printing, cpuSeconds: nil)) }
    if options.exitsAfterBuild { Leftovers.keep(output) }
    return report
  }

  /// Loads, renders and tailors the site in memory, writing nothing; nil when it has errors.
  public func render(into report: inout BuildReport) -> BuildOutput? {
    render(into: &report, writingTo: nil, printer: nil)
  }

  /// The same, each experience page and each posting's files also given to `writers` as soon as
  /// they are rendered.
  func render(
    into report: inout BuildReport, writingTo writers: (pages: FolderWriter, postings: FolderWriter)?,
    printer: (any PDFPrinter)?
  ) -> BuildOutput? {
    var clock = Stopwatch()
    options.progress?(BuildProgress(stage: "load", stageIndex: 0))
    var loader = SiteLoader(includeDrafts: options.includeDrafts, today: options.today)
    loader.cache = options.cache?.load
    // The theme is read and parsed on one of the load's workers once vita.yml names it, while the
    // others read the content.
    let themeLoad = Deferred<(theme: Result<Theme, RenderError>, seconds: Double)?> { nil }
    let build = self
    loader.alongside = { config in
      var clock = Stopwatch()
      themeLoad.set((build.loadTheme(named: config.theme.name), clock.lap()))
    }
    let loaded = loader.load(from: options.source)
    report.diagnostics = loaded.diagnostics
    report.timings.append(clock.lap("load"))
    guard var site = loaded.site else { return nil }
    if let baseURL = options.baseURL { site.config.baseURL = baseURL.hasSuffix("/") ? baseURL : baseURL + "/" }
    if let job = options.job, !site.jobs.contains(where: { $0.slug == job }) {
      report.failure = "there is no job posting with the slug '\(job)' in content/jobs/"
      return nil
    }

    options.progress?(BuildProgress(stage: "theme", stageIndex: 1))
    let theme: Theme
    let themed = themeLoad.value
    switch themed?.theme ?? loadTheme(named: site.config.theme.name) {
    case .success(let loadedTheme):
      theme = loadedTheme
      report.diagnostics += theme.warnings
    case .failure(let error):
      report.diagnostics += error.diagnostics
      return nil
    }
    if let themed {
      report.timings.append(StageTiming(stage: "theme", seconds: themed.seconds, cpuSeconds: nil, within: "load"))
      _ = clock.lap("theme")
    } else {
      report.timings.append(clock.lap("theme"))
    }

    // With --job only that posting's folder is written, but published postings keep their public page.
    let jobs = site.jobs.filter { options.job == nil || $0.slug == options.job || $0.publish }
    // `cv: {pages: 1}` measures CVs by printing them: with the build's browser, or one of its own.
    var fitter: Result<CVFitter, PDFPrintFailure>?
    var ownPrinter: (any PDFPrinter)?
    defer { ownPrinter?.close() }
    if jobs.contains(where: { CVFitter.wantsOnePage($0, site: site) }) {
      do throws(PDFPrintFailure) {
        if printer == nil, options.printer == nil { ownPrinter = try ChromiumPrinter.locate() }
        let measuring = printer ?? options.printer ?? ownPrinter!
        fitter = .success(CVFitter(printer: measuring, site: site))
      } catch {
        fitter = .failure(PDFPrintFailure(description: PDFMessages.fitNeedsChromium + error.description))
      }
    }
    let work = ApplicationsWork(
      site: site, jobs: jobs, theme: theme, complete: options.job == nil, liveReloadScript: options.liveReloadScript,
      today: options.today,
      writer: writers?.postings, fitter: fitter)

    options.progress?(BuildProgress(stage: "render", stageIndex: 2))
    var output = BuildOutput()
    var privatePhoto: (path: String, data: Data)?
    do {
      var renderer = SiteRenderer(site: site, theme: theme, liveReloadScript: options.liveReloadScript)
      renderer.today = options.today
      renderer.pageCache = options.cache?.pages
      if let pages = writers?.pages { renderer.writePage = { page, path in pages.write(page, to: path) } }
      // One worker makes the tailor before it starts on pages, and takes postings once it is made;
      // the others take the postings left when no page is left.
      output.site = try renderer.render(alongside: { work.help() }, then: { work.help() })
      var statics = try StaticFiles.collect(from: options.source + "/static")
      if let photo = site.config.person.privatePhotoFile, let data = statics.files.removeValue(forKey: photo) {
        privatePhoto = (Person.privatePhotoFolder + photo, data)
      }
      for (path, data) in statics.files where output.site[path] == nil { output.site[path] = data }
    } catch let error as RenderError {
      report.diagnostics += error.diagnostics
      return nil
    } catch {
      report.failure = "\(error)"
      return nil
    }
    report.timings.append(clock.lap("render"))

    let applications = work.finish()
    report.warnings += applications.warnings
    if let failure = applications.fitFailure {
      report.failure = failure
      return nil
    }
    report.timings.append(
      StageTiming(stage: "tailor", seconds: applications.tailorSeconds, cpuSeconds: nil, within: "render"))
    report.timings.append(
      StageTiming(stage: "applications", seconds: applications.renderSeconds, cpuSeconds: nil, within: "render"))
    switch applications.files {
    case .success(let files):
      output.applications = files
      if let privatePhoto, options.job == nil { output.applications[privatePhoto.path] = privatePhoto.data }
    case .failure(let error):
      report.diagnostics += error.diagnostics
      return nil
    }
    for (path, data) in applications.published.files { output.site[path] = data }
    let tailorings = applications.tailorings
    output.tailorings = tailorings.map(\.job.slug)
    output.documents["cv/cv.pdf"] = .generalCV(of: site)
    for tailoring in tailorings {
      output.documents["applications/" + tailoring.job.slug + "/cv.pdf"] = .tailoredCV(tailoring, of: site)
      output.documents["applications/" + tailoring.job.slug + "/letter.pdf"] = .letter(tailoring, of: site)
    }
    report.pages = output.site.files.keys.filter { $0.hasSuffix(".html") }.count
    report.applications = options.job == nil ? tailorings.count : 1
    if options.exitsAfterBuild { Leftovers.keep((loaded, site, theme, work, applications)) }
    return output
  }

  /// The tailored CVs and the applications folder's files.
  struct Applications: Sendable {
    var tailorings: [Tailoring] = []
    var files: Result<OutputFiles, RenderError> = .success(OutputFiles())
    /// Pages of postings with `publish: true`, for `public/`.
    var published = OutputFiles()
    /// What fitting CVs on one page said, and why it could not (no browser, a failed print).
    var warnings: [String] = []
    var fitFailure: String?
    /// Time spent tailoring and rendering the postings' files, summed over the workers.
    var tailorSeconds = 0.0
    var renderSeconds = 0.0
  }

  /// Tailors the CV to every posting, in parallel; the term index is built once.
  static func tailor(site: Site, jobs: [JobPosting]) -> [Tailoring] {
    guard !jobs.isEmpty else { return [] }
    let tailor = Tailor(site: site, postings: jobs)
    return Parallel.map(jobs.count) { tailor.tailor(jobs[$0]) }
  }

  /// The applications folder's files; postings with `publish: true` also get a page in `public/cv/<job>/`.
  static func renderApplications(
    _ tailorings: [Tailoring], site: Site, theme: Theme, publishInto publicFiles: inout OutputFiles, complete: Bool,
    liveReloadScript: String? = nil, today: PartialDate? = nil
  ) throws(RenderError) -> OutputFiles {
    // Each core renders with templates of its own (see `TemplateLibrary.independentCopy`).
    let rendered = Parallel.map(tailorings.count, state: { theme.independentCopy() }) { theme, index in
      Result { () throws(RenderError) in
        try renderPosting(
          tailorings[index], site: site, theme: theme, liveReloadScript: liveReloadScript, today: today)
      }
    }
    return try assemble(
      tailorings, rendered, site: site, theme: theme, publishInto: &publicFiles, complete: complete,
      liveReloadScript: liveReloadScript, today: today)
  }

  /// One posting's files in `applications/`, and its public page when it is published.
  static func renderPosting(
    _ tailoring: Tailoring, site: Site, theme: Theme, liveReloadScript: String?, today: PartialDate?
  ) throws(RenderError) -> PostingFiles {
    var renderer = ApplicationRenderer(site: site, theme: theme, job: tailoring.job)
    renderer.renderer.liveReloadScript = liveReloadScript
    let files = try renderer.render(tailoring, today: today)
    return PostingFiles(files: files, published: tailoring.job.publish ? try renderer.renderPublished(tailoring) : nil)
  }

  typealias PostingFiles = (files: OutputFiles, published: Data?)

  /// The postings' files in one folder, in posting order (the first error, if any), with the
  /// applications' index and the theme's assets when the folder is `complete`.
  static func assemble(
    _ tailorings: [Tailoring], _ rendered: [Result<PostingFiles, RenderError>], site: Site, theme: Theme,
    publishInto publicFiles: inout OutputFiles, complete: Bool, liveReloadScript: String?, today: PartialDate?
  ) throws(RenderError) -> OutputFiles {
    var files = OutputFiles()
    for (tailoring, result) in zip(tailorings, rendered) {
      let (postingFiles, published) = try result.get()
      for (path, data) in postingFiles.files { files[path] = data }
      if let published { publicFiles.write(published, to: "cv/\(tailoring.job.slug)/index.html") }
    }
    if complete {
      for (path, data) in theme.assets { files["assets/" + path] = data }
      let renderer = SiteRenderer(site: site, theme: theme, liveReloadScript: liveReloadScript)
      files.write(try ApplicationsIndex.render(tailorings, renderer: renderer, today: today), to: "index.html")
      files.write(ApplicationsCalendar.render(tailorings.map(\.job), today: today), to: "calendar.ics")
    }
    return files
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
  /// The stage this work was done within (tailoring within the render, say): its time is part of
  /// that stage's, not added to the build's. Nil for a stage of its own.
  public var within: String?

  public init(stage: String, seconds: Double, cpuSeconds: Double?, within: String? = nil) {
    self.stage = stage
    self.seconds = seconds
    self.cpuSeconds = cpuSeconds
    self.within = within
  }
}

/// What a build made, kept until the process exits when it is about to (`BuildOptions.exitsAfterBuild`):
/// the system reclaims the memory at once, where freeing it is a walk over every string and array.
enum Leftovers {
  private static let kept = Mutex<[any Sendable]>([])

  static func keep(_ value: any Sendable) {
    kept.withLock { $0.append(value) }
  }
}

/// The tailored CVs and their files, made posting by posting by whichever of the render's workers is
/// free. The first worker to help makes the tailor (the postings' requirements and the term index)
/// while the others render pages; then every worker takes the postings left, one at a time, when it
/// has no page left. Neither core then waits at the end of the render for the other's long task.
final class ApplicationsWork: Sendable {
  private let site: Site
  private let jobs: [JobPosting]
  private let theme: Theme
  private let complete: Bool
  private let liveReloadScript: String?
  /// The date of the cover letters.
  private let today: PartialDate?
  /// The tailor, and the seconds it took to make.
  private let tailor: Deferred<(tailor: Tailor, seconds: Double)?>
  private let next = Atomic<Int>(0)
  private let made: Mutex<[(tailoring: Tailoring, files: Result<Build.PostingFiles, RenderError>)?]>
  /// How many postings are made; the worker that makes the last puts the folder together.
  private let finished = Atomic<Int>(0)
  private let assembled = Mutex<Build.Applications?>(nil)
  /// Seconds spent making the tailor, tailoring and rendering, over every worker.
  private let seconds = Mutex<(tailor: Double, render: Double)>((0, 0))

  /// Given each posting's files as soon as they are rendered (`vita build` writes them then).
  private let writer: FolderWriter?
  /// Fits the CVs of postings with `cv: {pages: 1}`, or why none can.
  private let fitter: Result<CVFitter, PDFPrintFailure>?
  /// What fitting said: warnings, and the first failure.
  private let fitting = Mutex<(warnings: [String], failure: String?)>(([], nil))

  init(
    site: Site, jobs: [JobPosting], theme: Theme, complete: Bool, liveReloadScript: String?, today: PartialDate?,
    writer: FolderWriter? = nil, fitter: Result<CVFitter, PDFPrintFailure>? = nil
  ) {
    self.writer = writer
    self.fitter = fitter
    self.today = today
    self.site = site
    self.jobs = jobs
    self.theme = theme
    self.complete = complete
    self.liveReloadScript = liveReloadScript
    made = Mutex(Array(repeating: nil, count: jobs.count))
    tailor = Deferred {
      guard !jobs.isEmpty else { return nil }
      var clock = Stopwatch()
      let tailor = Tailor(site: site, postings: jobs)
      return (tailor, clock.lap())
    }
  }

  /// Tailors and renders postings until none is left; returns at once when none is.
  func help() {
    guard next.load(ordering: .relaxed) < jobs.count, let tailor = tailor.value?.tailor else { return }
    // Each worker renders with templates of its own (see `TemplateLibrary.independentCopy`).
    var theme: Theme?
    var clock = Stopwatch()
    var (tailoring, rendering) = (0.0, 0.0)
    while true {
      let index = next.wrappingAdd(1, ordering: .relaxed).oldValue
      guard index < jobs.count else { break }
      var tailored = tailor.tailor(jobs[index])
      tailoring += clock.lap()
      if theme == nil { theme = self.theme.independentCopy() }
      if let fitter, CVFitter.wantsOnePage(jobs[index], site: site) {
        do throws(PDFPrintFailure) {
          let (fitted, warning) = try fitter.get().fit(tailored, theme: theme!)
          tailored = fitted
          if let warning { fitting.withLock { $0.warnings.append(warning) } }
        } catch {
          fitting.withLock { if $0.failure == nil { $0.failure = error.description } }
        }
      }
      var files = Result { () throws(RenderError) in
        try Build.renderPosting(
          tailored, site: site, theme: theme!, liveReloadScript: liveReloadScript, today: today)
      }
      if let writer, case .success(var rendered) = files {
        // A written file is kept as an empty placeholder, as a written page is: the postings' files
        // are not all held in memory until the end (the final write skips what was written).
        let written = rendered.files.files.filter { writer.write($0.value, to: $0.key) }.keys
        for path in written { rendered.files.files[path] = Data() }
        files = .success(rendered)
      }
      made.withLock { $0[index] = (tailored, files) }
      if finished.wrappingAdd(1, ordering: .acquiringAndReleasing).newValue == jobs.count {
        assembled.withLock { $0 = assemble() }
      }
      rendering += clock.lap()
    }
    seconds.withLock {
      $0.tailor += tailoring; $0.render += rendering
    }
  }

  /// Every posting's files in one folder, with the index and the assets.
  private func assemble() -> Build.Applications {
    let made = made.withLock { $0.map { $0! } }
    var applications = Build.Applications(tailorings: made.map(\.tailoring))
    do throws(RenderError) {
      applications.files = .success(
        try Build.assemble(
          applications.tailorings, made.map(\.files), site: site, theme: theme,
          publishInto: &applications.published, complete: complete, liveReloadScript: liveReloadScript,
          today: today))
    } catch {
      applications.files = .failure(error)
    }
    return applications
  }

  /// Every posting's files, once every worker has returned from `help`.
  func finish() -> Build.Applications {
    help()  // every worker has called it after the pages (`Parallel`'s `then`): nothing is left then
    var clock = Stopwatch()
    var applications = assembled.withLock { $0 } ?? assemble()  // no postings: the index alone
    let assembling = clock.lap()
    let making = tailor.value?.seconds ?? 0
    (applications.tailorSeconds, applications.renderSeconds) = seconds.withLock {
      (making + $0.tailor, $0.render + assembling)
    }
    (applications.warnings, applications.fitFailure) = fitting.withLock { $0 }
    return applications
  }
}

/// An output folder while its files are rendered: the folder that will replace it is made (after the
/// same checks as at the end) when the first file is ready, and each file goes there at once.
final class FolderWriter: @unchecked Sendable {
  private let folderPath: String
  private let check: @Sendable () throws(OutputWriter.Failure) -> Void
  private let place: @Sendable (String) -> String?
  private let staticFiles: Set<String>
  private let lock = NSLock()
  private var made: Result<OutputWriter.Staging, OutputWriter.Failure>?

  /// `place` gives a file's path in the folder, nil for a file that does not go there.
  init(
    folder: String, check: @escaping @Sendable () throws(OutputWriter.Failure) -> Void,
    place: @escaping @Sendable (String) -> String? = { $0 }, staticFiles: Set<String> = []
  ) {
    folderPath = folder
    self.check = check
    self.place = place
    self.staticFiles = staticFiles
  }

  /// Writes the file at `path` now, unless it does not go to this folder or the folder could not be
  /// made; false then. A failure to write it is reported when the build writes the rest.
  @discardableResult
  func write(_ data: Data, to path: String) -> Bool {
    guard let placed = place(path), case .success(let staging) = folder() else { return false }
    staging.write(data, to: placed)
    return true
  }

  /// The folder the files went to, made now if none was written.
  func staging() throws(OutputWriter.Failure) -> OutputWriter.Staging {
    try folder().get()
  }

  /// Removes what was written: the build stopped.
  func abandon() {
    lock.lock()
    defer { lock.unlock() }
    if case .success(let staging) = made { staging.abandon() }
  }

  private func folder() -> Result<OutputWriter.Staging, OutputWriter.Failure> {
    lock.lock()
    defer { lock.unlock() }
    if let made { return made }
    let result = Result { () throws(OutputWriter.Failure) in
      try check()
      return try OutputWriter.Staging(folder: folderPath, staticFiles: staticFiles)
    }
    made = result
    return result
  }
}

/// Work done once, by the first thread that asks for its value; the others wait for that.
final class Deferred<Value: Sendable>: Sendable {
  private let work: @Sendable () -> Value
  private let result = Mutex<Value?>(nil)

  init(_ work: @escaping @Sendable () -> Value) {
    self.work = work
  }

  /// The work's result: made by the first caller, waited for by the others.
  var value: Value {
    result.withLock { result in
      if let result { return result }
      let made = work()
      result = made
      return made
    }
  }

  /// Gives the value before anyone asks for it; the work is then never done.
  func set(_ value: Value) {
    result.withLock { $0 = value }
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
