import ArgumentParser
import Foundation
import VitaCore
import VitaSite

struct ThemeCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "theme",
    abstract: "Work with the site's theme.",
    subcommands: [EjectCommand.self]
  )
}

struct EjectCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "eject",
    abstract: "Copy the theme (the default, or the one vita.yml selects) into the site's templates/ to edit it.",
    discussion: """
      A file that already exists in templates/ is never overwritten: it is listed as kept. \
      A build reads templates/ over the bundled theme, file by file.
      """
  )

  @OptionGroup var source: SourceOptions

  func run() throws {
    let loaded = SiteLoader().load(from: source.path)
    guard let site = loaded.site else {
      DiagnosticPrinter.print(loaded.diagnostics, format: .text)
      printError(CLI.messages.text("cli.site-errors", ["summary": DiagnosticPrinter.summary(loaded.diagnostics)]))
      throw ExitCode(1)
    }
    guard let directory = Theme.defaultDirectory() else {
      printError(CLI.messages.text("cli.theme-not-found"))
      throw ExitCode(2)
    }
    let name = site.config.theme.name
    let target = source.path + "/templates"
    if URL(fileURLWithPath: target).standardizedFileURL.path == URL(fileURLWithPath: directory).standardizedFileURL.path
    {
      printError(CLI.messages.text("cli.theme-is-default"))
      throw ExitCode(2)
    }
    let ejection: ThemeEjection
    do {
      ejection = try ThemeEjection.run(
        directory: directory, variant: Theme.variantDirectory(named: name, defaultDirectory: directory), into: target)
    } catch {
      printError(CLI.messages.text("cli.theme-copy-failed", ["error": error.localizedDescription]))
      throw ExitCode(2)
    }
    for path in ejection.kept { print("kept    templates/\(path) (already there)") }
    for path in ejection.copied { print("copied  templates/\(path)") }
    print(
      "Ejected the \(name) theme: \(ejection.copied.count) file\(ejection.copied.count == 1 ? "" : "s") copied, "
        + "\(ejection.kept.count) kept")
  }
}
