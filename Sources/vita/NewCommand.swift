import ArgumentParser
import Foundation
import VitaCore
import VitaSite

struct NewCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "new",
    abstract: "Write a new experience file, front matter filled in for its kind, and print its path.",
    discussion: """
      The file is content/experiences/<slug>.md, the slug made from the title (accents removed, \
      ASCII only). An existing file is never overwritten: the new one gets -2, -3, … instead. \
      The file is a draft (`draft: true`): `vita serve` shows it, marked as a draft, `vita build` \
      leaves it out, and `vita check` notes each required field still empty (the organization, \
      where the kind needs one, and the start) without failing, even with --strict. Delete the \
      `draft: true` line when it is ready: what is still missing is then an error.

      Kinds: \(Kind.allCases.map(\.rawValue).joined(separator: ", ")).
      """
  )

  @Argument(help: ArgumentHelp("The kind of experience.", valueName: "kind"))
  var kind: String

  @Argument(help: ArgumentHelp("The role, or the name of the project, course or award.", valueName: "title"))
  var title: String

  @Option(help: ArgumentHelp("The company, school or organisation, filled in.", valueName: "name"))
  var org: String?

  @Option(help: ArgumentHelp("When it began, YYYY, YYYY-MM or YYYY-MM-DD, filled in.", valueName: "date"))
  var start: String?

  @OptionGroup var source: SourceOptions

  func validate() throws {
    if let start, PartialDate(parsing: start) == nil {
      throw ValidationError(CLI.messages.text("cli.start-date", ["value": start]))
    }
    guard Kind(rawValue: kind.lowercased()) != nil else {
      var message = CLI.messages.text("cli.unknown-kind", ["value": kind])
      if let guess = Self.closestKind(to: kind) { message += CLI.messages.text("hint.did-you-mean", ["name": guess]) }
      message += " " + CLI.messages.text("cli.kinds", ["kinds": Kind.allCases.map(\.rawValue).joined(separator: ", ")])
      throw ValidationError(message)
    }
    guard !Slug.make(from: title).isEmpty else {
      throw ValidationError(CLI.messages.text("cli.title-no-letters", ["title": title]))
    }
  }

  func run() throws {
    guard let kind = Kind(rawValue: kind.lowercased()) else { throw ExitCode(64) }
    guard FileManager.default.fileExists(atPath: source.path + "/vita.yml") else {
      printError(CLI.messages.text("cli.no-site", ["path": source.path]))
      throw ExitCode(2)
    }
    let slug = Slug.make(from: title)
    let organization = org.map { $0.trimmingCharacters(in: .whitespaces) }.flatMap { $0.isEmpty ? nil : $0 }
    let text = ExperienceTemplate.text(
      kind: kind, title: title, organization: organization, start: start.flatMap(PartialDate.init(parsing:)))
    let scaffold = Scaffold(folder: source.path)
    for attempt in 1...100 {
      let name = attempt == 1 ? slug : "\(slug)-\(attempt)"
      let path = "content/experiences/\(name).md"
      let result: Scaffold.Result
      do {
        result = try scaffold.write([(path, text)])
      } catch {
        printError(error.description)
        throw ExitCode(2)
      }
      if result.written == [path] {
        print(path)
        return
      }
    }
    printError(CLI.messages.text("cli.experience-names-used", ["slug": slug]))
    throw ExitCode(2)
  }

  /// The kind nearest to a misspelt one, by edit distance; also `parttime` and `part time`.
  static func closestKind(to word: String) -> String? {
    let typed = word.lowercased()
    let scored = Kind.allCases.map { ($0.rawValue, editDistance(typed, $0.rawValue)) }
    guard let best = scored.min(by: { $0.1 < $1.1 }), best.1 <= max(2, best.0.count / 3) else {
      return Kind.allCases.first { $0.rawValue.hasPrefix(typed.prefix(3)) }?.rawValue
    }
    return best.0
  }

  static func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a)
    let b = Array(b)
    var row = Array(0...b.count)
    for i in 1...max(a.count, 1) where !a.isEmpty {
      var previous = row[0]
      row[0] = i
      for j in 1...max(b.count, 1) where !b.isEmpty {
        let saved = row[j]
        row[j] = min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] == b[j - 1] ? 0 : 1))
        previous = saved
      }
    }
    return a.isEmpty ? b.count : row[b.count]
  }
}
