import ArgumentParser
import Foundation
import VitaCore
import VitaSite

struct CheckCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract: "Review the content: schema errors, and advice that turns tasks into results.",
    discussion: """
      Errors (exit status 1) are what `vita build` refuses. Warnings are advice; with --strict they \
      fail the check too, which is what CI should run before publishing.
      """
  )

  @OptionGroup var source: SourceOptions

  @Option(help: "How findings are printed: text (path:line:column: …) or json.")
  var format: OutputFormat = .text

  @Flag(help: "Treat warnings as errors (exit status 1).")
  var strict = false

  func run() throws {
    let loaded = SiteLoader(includeDrafts: true).load(from: source.path)
    let diagnostics = loaded.diagnostics
    DiagnosticPrinter.print(diagnostics, format: format)
    if format == .text {
      print(
        "Checked \(loaded.site.map { "\($0.experiences.count) experiences and \($0.jobs.count) job postings" } ?? "the site"): \(DiagnosticPrinter.summary(diagnostics))"
      )
    }
    let errors = diagnostics.contains { $0.severity == .error }
    if errors || (strict && !diagnostics.isEmpty) { throw ExitCode(1) }
  }
}
