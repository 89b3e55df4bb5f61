import ArgumentParser
import Foundation
import VitaCore
import VitaSite

struct InitCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "init",
    abstract: "Start a new site: vita.yml, an example of every kind, a job posting and a publishing workflow.",
    discussion: """
      The new site builds at once and passes `vita check --strict`. A folder that is not empty is \
      refused (one holding only .git counts as empty); with --force Vita writes the files that are \
      missing and still never overwrites one: each existing file is skipped and named.
      """
  )

  @Argument(help: ArgumentHelp("The folder of the new site (default: the current folder).", valueName: "dir"))
  var directory: String = "."

  @Flag(help: "Write into a folder that is not empty; existing files are still never overwritten.")
  var force = false

  func run() throws {
    let folder = URL(fileURLWithPath: directory).standardizedFileURL.path
    var isDirectory: ObjCBool = false
    if FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), !isDirectory.boolValue {
      printError(CLI.messages.text("cli.is-a-file", ["path": directory]))
      throw ExitCode(2)
    }
    let scaffold = Scaffold(folder: folder)
    if !force, !scaffold.isEmpty() {
      printError(CLI.messages.text("cli.folder-not-empty", ["path": directory]))
      throw ExitCode(2)
    }
    let result: Scaffold.Result
    do {
      result = try scaffold.write(StarterSite.files)
    } catch {
      printError(error.description)
      throw ExitCode(2)
    }
    for path in result.skipped {
      FileHandle.standardError.write(Data((CLI.messages.text("cli.skipped-existing", ["path": path]) + "\n").utf8))
    }
    print("Created a site in \(directory) with \(result.written.count) files.")
    let cd = directory == "." ? "" : "cd \(directory) && "
    print(
      """
      Next:
        \(cd)vita serve          preview it, rebuilt and reloaded on every save
        vita new project "Title"   add an experience
        vita check --strict        what .github/workflows/publish.yml runs before publishing
      """)
  }
}
