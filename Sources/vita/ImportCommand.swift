import ArgumentParser
import Foundation
import VitaCore
import VitaSite

struct ImportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "import",
    abstract: "Make a site folder from a résumé in another format.",
    subcommands: [JSONResumeImportCommand.self]
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
      printError("cannot read \(file)")
      throw ExitCode(1)
    }
    let resume: JSONResume
    do {
      resume = try JSONResumeImport.decode(data)
    } catch {
      printError("\(file): \(error.description)")
      throw ExitCode(1)
    }
    let site = JSONResumeImport.site(from: resume)
    let folder = URL(fileURLWithPath: into).standardizedFileURL.path
    do {
      try site.write(into: folder)
    } catch {
      printError(error.description)
      throw ExitCode(2)
    }
    print("Imported \(site.experiences) experience\(site.experiences == 1 ? "" : "s") into \(folder):")
    for file in site.files { print("  " + file.path) }
    for note in site.notes { print("note: " + note) }
    print("Next: vita check --source \(into), then vita build --source \(into)")
  }
}
