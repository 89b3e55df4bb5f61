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
      front matter. Drafts are checked too.
      """
  )

  @OptionGroup var source: SourceOptions

  @Option(help: "How findings are printed: text (path:line:column: …) or json.")
  var format: OutputFormat = .text

  @Flag(help: "Treat warnings as errors (exit status 1).")
  var strict = false

  func run() throws {
    let today = PartialDate.today
    let loaded = SiteLoader(includeDrafts: true, today: today).load(from: source.path)
    var diagnostics = loaded.diagnostics
    var figures: RecordFigures?
    var messages = ReviewMessages.english
    if let site = loaded.site {
      let review = Review(site: site, today: today)
      diagnostics = (diagnostics + review.findings()).sorted()
      figures = review.figures()
      messages = review.messages
    }
    DiagnosticPrinter.print(diagnostics, format: format)
    if format == .text {
      print(messages.summary(ReviewSummary(files: loaded.filesRead, diagnostics: diagnostics)))
      if let figures {
        for line in messages.figures(figures) { print("  " + line) }
      }
    }
    let errors = diagnostics.contains { $0.severity == .error }
    if errors || (strict && !diagnostics.isEmpty) { throw ExitCode(1) }
  }
}
