import ArgumentParser
import Foundation
import VitaCore
import VitaSite

@main
struct Vita: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "vita",
    abstract: "Turn Markdown experiences into a portfolio site and a tailored CV for every job posting.",
    discussion: """
      A site folder holds vita.yml and content/experiences/*.md (one file per experience), and \
      optionally content/about.md, content/jobs/*.md, templates/ and static/.

      Exit status: 0 on success, 1 when the content (or a file to import, or a page to add) has \
      errors, 2 when an output folder, the theme or the PDF printer is unusable or an import or \
      `vita job add` would overwrite a file, 64 for a wrong command line.
      """,
    version: "0.1.0",
    subcommands: [
      InitCommand.self, NewCommand.self, BuildCommand.self, CheckCommand.self, TailorCommand.self,
      JobsCommand.self, JobCommand.self, ServeCommand.self, ImportCommand.self, ThemeCommand.self,
    ]
  )
}

/// Options every command that reads a site shares.
struct SourceOptions: ParsableArguments {
  @Option(name: .long, help: ArgumentHelp("The site folder, holding vita.yml.", valueName: "dir"))
  var source: String = "."

  var path: String { URL(fileURLWithPath: source).standardizedFileURL.path }
}

enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
  case text, json
}

/// Prints diagnostics as a compiler does, or as JSON.
enum DiagnosticPrinter {
  static func print(_ diagnostics: [Diagnostic], format: OutputFormat) {
    switch format {
    case .text:
      for diagnostic in diagnostics {
        FileHandle.standardError.write(Data((diagnostic.formatted + "\n").utf8))
      }
    case .json:
      let encoder = JSONEncoder()
      encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
      let data = (try? encoder.encode(diagnostics)) ?? Data("[]".utf8)
      FileHandle.standardOutput.write(data + Data("\n".utf8))
    }
  }

  static func summary(_ diagnostics: [Diagnostic]) -> String {
    let errors = diagnostics.filter { $0.severity == .error }.count
    let notes = diagnostics.filter { $0.severity == .note }.count
    let warnings = diagnostics.count - errors - notes
    return "\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")"
      + (notes == 0 ? "" : ", \(notes) draft note\(notes == 1 ? "" : "s")")
  }
}

/// Prints `error: ` and the message to standard error. Each line is shown safely on its own, so
/// that a file name cannot break a line, while a message of several lines keeps its line breaks.
func printError(_ message: String, _ more: [String] = []) {
  let lines = ([message] + more).map(\.shownSafely)
  FileHandle.standardError.write(Data("error: \(lines.joined(separator: "\n"))\n".utf8))
}

extension PartialDate {
  /// Today's Gregorian date in the local time zone, for "a start in the future" checks and the
  /// date of a cover letter: the calendar experiences are dated in, whatever calendar the locale
  /// prefers. `VITA_TODAY=YYYY-MM-DD` sets it, so that tests and golden files do not depend on the
  /// day they run. From the C library, not Foundation's calendar, which is slow to start
  /// (docs/performance.md).
  static var today: PartialDate {
    if let fixed = ProcessInfo.processInfo.environment["VITA_TODAY"], let date = PartialDate(parsing: fixed),
      date.day != nil
    {
      return date
    }
    var now = time(nil)
    var parts = tm()
    guard localtime_r(&now, &parts) != nil else { return PartialDate(year: 2000) }
    return PartialDate(year: Int(parts.tm_year) + 1900, month: Int(parts.tm_mon) + 1, day: Int(parts.tm_mday))
  }
}

/// The command line's own words (its errors, warnings and notes), from the `cli.` keys of the
/// message catalogue, data/messages/: in English, the language of `vita`'s help.
enum CLI {
  static let messages = Messages(.en)
}
