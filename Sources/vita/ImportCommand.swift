import ArgumentParser
import Foundation
import VitaCore
import VitaSite

struct ImportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "import",
    abstract: "Make a site folder from a résumé in another format.",
    subcommands: [JSONResumeImportCommand.self, LinkedInImportCommand.self]
  )
}

struct JSONResumeImportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "jsonresume",
    abstract: "Make vita.yml and one experience file per entry from a JSON Resume (jsonresume.org).",
    discussion: """
      work, volunteer, education, awards, certificates, publications and projects each become an \
      experience file in content/experiences/; basics, skills and languages go into vita.yml; \
      interests and references into content/about.md. No existing file is ever overwritten: when \
      one is in the way, nothing is written. docs/outputs.md gives the whole mapping.
      """
  )

  @Argument(help: ArgumentHelp("The JSON Resume file.", valueName: "file"))
  var file: String

  @Option(help: ArgumentHelp("The site folder to create or fill (default: the current folder).", valueName: "dir"))
  var into: String = "."

  func run() throws {
    guard let data = FileManager.default.contents(atPath: file) else {
      printError(CLI.messages.text("cli.cannot-read", ["file": file]))
      throw ExitCode(1)
    }
    let resume: JSONResume
    do {
      resume = try JSONResumeImport.decode(data)
    } catch {
      printError("\(file): \(error.description)")
      throw ExitCode(1)
    }
    try JSONResumeImport.site(from: resume).writeAndReport(into: into)
  }
}

struct LinkedInImportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "linkedin",
    abstract: "Make vita.yml and one experience file per entry from LinkedIn's \"Get a copy of your data\" export.",
    discussion: """
      EXPORT is the .zip LinkedIn sends, or the folder it unpacks into. Each position, education, \
      certification, project, volunteering, honour and course becomes an experience file in \
      content/experiences/ (a position's kind from its title: an intern is an internship); the \
      profile, email, skills and languages go into vita.yml. Descriptions written as bullet lists \
      become highlights. An entry that lacks a field Vita requires (a course has no date, an honour \
      no issuer) is written as a draft (`draft: true`), which builds and checks cleanly until you \
      fill it in. The home address and the birth date are never imported. No existing file is ever \
      overwritten: when one is in the way, nothing is written. docs/outputs.md gives the mapping.
      """
  )

  @Argument(help: ArgumentHelp("The export: LinkedIn's .zip, or the folder it unpacks into.", valueName: "export"))
  var export: String

  @Option(help: ArgumentHelp("The site folder to create or fill (default: the current folder).", valueName: "dir"))
  var into: String = "."

  func run() throws {
    let files: [String: String]
    do {
      files = try LinkedInExport.files(at: export)
    } catch {
      printError(error.description)
      throw ExitCode(1)
    }
    try LinkedInImport.site(from: files).writeAndReport(into: into)
  }
}

extension ImportedSite {
  /// Writes the site into `into` and says what was written and what to check; exit status 2 when a
  /// file is in the way.
  func writeAndReport(into: String) throws {
    let folder = URL(fileURLWithPath: into).standardizedFileURL.path
    do {
      try write(into: folder)
    } catch {
      printError(error.description)
      throw ExitCode(2)
    }
    print("Imported \(experiences) experience\(experiences == 1 ? "" : "s") into \(folder):")
    for file in files { print("  " + file.path) }
    for note in notes { print("note: " + note) }
    print("Next: vita check --source \(into), then vita build --source \(into)")
  }
}
