import ArgumentParser
import Foundation
import VitaCore
import VitaSite

struct BuildCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "build",
    abstract: "Build the portfolio site into public/ and a tailored CV per job posting into applications/.",
    discussion: """
      Nothing is written when the content has an error: every error is printed as \
      path:line:column: error: message, and the previous output stays as it was. Output folders \
      are replaced as a whole, and only when Vita made them. With cv: {pages: 1} in vita.yml or a \
      posting, each tailored CV is trimmed to one printed page, measured with headless Chromium.
      """
  )

  @OptionGroup var source: SourceOptions

  @Option(help: ArgumentHelp("Where the site is written (default: SOURCE/public).", valueName: "dir"))
  var output: String?

  @Option(help: ArgumentHelp("Where tailored CVs are written (default: SOURCE/applications).", valueName: "dir"))
  var applications: String?

  @Option(name: .customLong("base-url"), help: ArgumentHelp("Overrides base_url from vita.yml.", valueName: "url"))
  var baseURL: String?

  @Flag(help: "Include experiences marked draft: true.")
  var drafts = false

  @Option(help: ArgumentHelp("Tailor for this job posting only (its slug).", valueName: "slug"))
  var job: String?

  @Flag(
    help: ArgumentHelp(
      "Also print each CV and cover letter to cv.pdf and letter.pdf beside it (public/cv/cv.pdf), with one headless Chromium from PATH or VITA_CHROMIUM; qpdf writes their metadata."
    ))
  var pdf = false

  @Flag(
    help: ArgumentHelp(
      "Also write each CV and cover letter as a Word file, cv.docx and letter.docx beside it, with pandoc from PATH."
    ))
  var docx = false

  @Flag(
    help:
      "Print the time each stage took (load, theme, tailor, render, pdf, docx, write), on the wall clock and in CPU time over all cores."
  )
  var timings = false

  func validate() throws {
    if let baseURL, !SiteConfig.isValidBaseURL(baseURL) {
      throw ValidationError(CLI.messages.text("cli.base-url", ["value": baseURL]))
    }
  }

  func run() throws {
    let sourcePath = source.path
    var options = BuildOptions(
      source: sourcePath, output: output, applications: applications, baseURL: baseURL, includeDrafts: drafts,
      job: job, today: .today, pdf: pdf)
    options.docx = docx
    if pdf { Interruption.endOnSignals() }
    let bar = ProgressBar.forTerminal()
    if let bar { options.progress = { bar.update($0) } }
    let report = Build(options: options).run()
    bar?.finish()
    // What drafts still lack is `vita check`'s and `vita serve`'s to say; a build leaves drafts out.
    DiagnosticPrinter.print(report.diagnostics.filter { $0.severity != .note }, format: .text)
    for warning in report.warnings { FileHandle.standardError.write(Data("\(warning.shownSafely)\n".utf8)) }
    if timings {
      for timing in report.timings {
        let cpu = timing.cpuSeconds.map { "  (cpu " + FixedPoint.text($0 * 1000, places: 1, width: 8) + " ms)" } ?? ""
        let stage = timing.stage + String(repeating: " ", count: max(0, 12 - timing.stage.count))
        print(stage + " " + FixedPoint.text(timing.seconds * 1000, places: 1, width: 8) + " ms" + cpu)
      }
    }
    if let failure = report.failure {
      printError(failure)
      throw ExitCode(2)
    }
    guard report.succeeded else {
      printError(CLI.messages.text("cli.build-stopped", ["summary": DiagnosticPrinter.summary(report.diagnostics)]))
      throw ExitCode(1)
    }
    for path in report.pdfs {
      print("Printed \(path)")
    }
    for path in report.wordFiles {
      print("Wrote \(path)")
    }
    let total = report.timings.map(\.seconds).reduce(0, +)
    print(
      "Built \(report.pages) pages and \(report.applications) tailored CV\(report.applications == 1 ? "" : "s") in \(FixedPoint.text(total, places: 2)) s"
    )
  }
}

/// Ends `vita build --pdf` on SIGINT, SIGTERM or SIGHUP, even where the shell that started it ignores
/// them (a background job's SIGINT): the process ends, the kernel closes the browser's DevTools pipe
/// and Chromium, reading its end, exits; the build's staging folders are the next build's to remove.
enum Interruption {
  nonisolated(unsafe) private static var sources: [DispatchSourceSignal] = []

  static func endOnSignals() {
    for signalNumber in [SIGINT, SIGTERM, SIGHUP] {
      signal(signalNumber, SIG_IGN)
      let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: .global())
      source.setEventHandler { exit(128 + signalNumber) }
      source.resume()
      sources.append(source)
    }
  }
}
