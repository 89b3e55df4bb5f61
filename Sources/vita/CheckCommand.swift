import ArgumentParser
import Foundation
import VitaCore
import VitaSite

struct CheckCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract: "Review the content: schema errors, and advice that turns tasks into results.",
    discussion: """
      Errors (exit status 1) are what `vita build` refuses. Warnings are advice, each with its \
      code in brackets; with --strict they fail the check too, which is what CI should run before \
      publishing. Silence a warning for one experience with `review: {ignore: [code]}` in its \
      front matter. Drafts are checked too: what a draft (`draft: true`) still lacks, a required \
      field or a highlight, is a note, which never fails the check, not even with --strict; \
      remove `draft: true` and the same findings are errors and warnings again.

      With --links the site is also built in memory (nothing is written) and every href and src \
      of every page is followed: a link to a file that is not in the output, or to a #fragment \
      that the target page has no id for, is an error [broken-link]. --external also asks each \
      http(s) link elsewhere with a HEAD request (5 s timeout): a 4xx or 5xx answer is an error, \
      no answer at all only a warning [unreachable-link], so a check offline stays harmless.
      """
  )

  @OptionGroup var source: SourceOptions

  @Option(help: "How findings are printed: text (path:line:column: …) or json.")
  var format: OutputFormat = .text

  @Flag(help: "Treat warnings as errors (exit status 1).")
  var strict = false

  @Flag(help: "Build the site in memory and report links to files or #fragments that do not exist.")
  var links = false

  @Flag(help: "With --links, also ask every link to another site whether it answers (needs the network).")
  var external = false

  func validate() throws {
    if external && !links { throw ValidationError(CLI.messages.text("cli.external-needs-links")) }
  }

  func run() throws {
    let today = PartialDate.today
    let loaded = SiteLoader(includeDrafts: true, today: today).load(from: source.path)
    var diagnostics = loaded.diagnostics
    var figures: RecordFigures?
    var messages = ReviewMessages(.en)
    if let site = loaded.site {
      let review = Review(site: site, today: today)
      diagnostics = (diagnostics + review.findings()).sorted()
      figures = review.figures()
      messages = review.messages
      if links { diagnostics += try linkFindings() }
    }
    DiagnosticPrinter.print(diagnostics, format: format)
    if format == .text {
      print(messages.summary(ReviewSummary(files: loaded.filesRead, diagnostics: diagnostics)))
      if let figures {
        for line in messages.figures(figures) { print("  " + line) }
      }
    }
    let errors = diagnostics.contains { $0.severity == .error }
    let warnings = diagnostics.contains { $0.severity == .warning }
    if errors || (strict && warnings) { throw ExitCode(1) }
  }
}

extension CheckCommand {
  /// Builds the published site in memory and follows its links.
  func linkFindings() throws -> [Diagnostic] {
    var report = BuildReport()
    let build = Build(options: BuildOptions(source: source.path, today: .today))
    guard let output = build.render(into: &report) else {
      let reason = report.failure ?? "the site does not build"
      return [Diagnostic(file: "vita.yml", code: "broken-link", message: "links were not checked: \(reason)")]
    }
    let baseURL = (SiteLoader().load(from: source.path).site?.config.baseURL) ?? "/"
    let check = LinkCheck(files: output.site, baseURL: baseURL)
    var findings = check.brokenLinks().map { broken in
      Diagnostic(
        file: "public/" + broken.link.page, line: broken.link.line, column: broken.link.column, code: "broken-link",
        message: "the link '\(broken.link.target)' leads nowhere: \(broken.reason)")
    }
    if external {
      do {
        findings += try ExternalLinks.check(check.externalLinks())
      } catch {
        printError(error.description)
        throw ExitCode(2)
      }
    }
    return findings
  }
}
