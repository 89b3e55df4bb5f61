import ArgumentParser
import Foundation
import VitaCore
import VitaServe
import VitaSite

struct ServeCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "serve",
    abstract: "Build the site, serve it on 127.0.0.1, rebuild on every change and reload open pages.",
    discussion: """
      The site is built into memory and served from there: public/ is not touched, so `vita build` \
      still decides what gets published. Tailored CVs are served under /applications/ (not with --host, \
      as they hold private data). /cv/cv.pdf and each application's cv.pdf are printed with headless \
      Chromium when first asked for, and kept until the next change. A change to \
      vita.yml, content/, templates/ or static/ rebuilds the site and reloads every open page (the \
      system tells of changes through inotify; --poll looks for them instead, for network and WSL \
      folders, and is chosen by itself on NFS, SMB and 9p folders); when \
      the change does not build, the errors are printed here and shown over the page, and the last \
      good build stays served. Drafts are shown, marked as drafts, so that a new file appears at \
      once (--no-drafts leaves them out). Only this computer can connect unless --host names \
      another address.
      """
  )

  @OptionGroup var source: SourceOptions

  @Option(help: ArgumentHelp("The port to listen on; 0 picks a free one.", valueName: "n"))
  var port: UInt16 = 4000

  @Option(help: ArgumentHelp("The address to listen on; 0.0.0.0 opens it to your network.", valueName: "address"))
  var host = "127.0.0.1"

  @Flag(
    inversion: .prefixedNo,
    help: "Show experiences marked draft: true, marked as drafts (the default), or leave them out as a build does.")
  var drafts = true

  @Flag(
    help:
      "Look for changes every 0.2 s instead of hearing of them from the system (inotify): for a site on a network or WSL folder, where changes made elsewhere are not heard."
  )
  var poll = false

  func run() async throws {
    let options = DevServer.Options(
      source: source.path, host: host, port: port, includeDrafts: drafts, today: .today, poll: poll)
    do {
      try await DevServer(options: options).run { event in
        switch event {
        case .listening(let url):
          Self.announce("Serving \(url) (Ctrl-C to stop)")
        case .watching(.inotify):
          break
        case .watching(.polling(let reason)):
          Self.announce("Looking for changes every 0.2 s (\(reason))")
        case .built(let report, let milliseconds, let changed):
          DiagnosticPrinter.print(report.diagnostics, format: .text)
          if changed.isEmpty {
            Self.announce("Built \(report.pages) pages in \(Self.format(milliseconds))")
          } else {
            Self.announce("Rebuilt in \(Self.format(milliseconds)) (\(Self.describe(changed)))")
          }
        case .failed(let report, let milliseconds, let changed):
          DiagnosticPrinter.print(report.diagnostics, format: .text)
          if let failure = report.failure { printError(failure) }
          let what = changed.isEmpty ? "" : " after \(Self.describe(changed))"
          Self.announce(
            "Build failed\(what) in \(Self.format(milliseconds)): \(DiagnosticPrinter.summary(report.diagnostics)); still serving the last good build"
          )
        }
      }
    } catch let failure as DevServer.Failure {
      printError(failure.description)
      throw ExitCode(2)
    }
  }

  /// Unbuffered, so that a program reading the pipe (a test, an editor) sees each line at once.
  static func announce(_ line: String) {
    FileHandle.standardOutput.write(Data((line + "\n").utf8))
  }

  static func format(_ milliseconds: Double) -> String {
    milliseconds < 10 ? FixedPoint.text(milliseconds, places: 1) + " ms" : "\(Int(milliseconds.rounded())) ms"
  }

  static func describe(_ changed: [String]) -> String {
    let files = changed
    guard let first = files.first else { return "a change" }
    return files.count == 1 ? first : "\(first) and \(files.count - 1) more"
  }
}
