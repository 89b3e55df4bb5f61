import ArgumentParser
import Testing

@testable import vita

/// `vita build`'s command line, read by ArgumentParser.
@Suite struct BuildCommandTests {
  @Test func everyOptionIsRead() throws {
    let command = try BuildCommand.parse([
      "--source", "situs saya/ñ 日本", "--output", "out/public", "--applications", "out/apps", "--base-url",
      "https://rina.example.com/", "--drafts", "--job", "data-analyst", "--pdf", "--docx", "--timings",
    ])
    #expect(command.source.source == "situs saya/ñ 日本")
    #expect(command.output == "out/public")
    #expect(command.applications == "out/apps")
    #expect(command.baseURL == "https://rina.example.com/")
    #expect(command.job == "data-analyst")
    #expect(command.drafts && command.pdf && command.docx && command.timings)
  }

  @Test func theDefaultsBuildTheCurrentFolder() throws {
    let command = try BuildCommand.parse([])
    #expect(command.source.source == ".")
    #expect(command.output == nil && command.applications == nil && command.baseURL == nil && command.job == nil)
    #expect(!command.drafts && !command.pdf && !command.docx && !command.timings)
  }

  @Test(arguments: [
    ["--base-url", "not a url"], ["--base-url", "/relative/"], ["--source"], ["--unknown"], ["extra"],
    ["--drafts", "--drafts=yes"],
  ])
  func aWrongCommandLineIsRefused(words: [String]) {
    #expect(throws: (any Error).self) { try BuildCommand.parse(words) }
  }

  /// The help names every option, each with its words.
  @Test func theHelpListsEveryOption() {
    let help = BuildCommand.helpMessage(columns: 200)
    for option in [
      "--source <dir>", "--output <dir>", "--applications <dir>", "--base-url <url>", "--drafts", "--job <slug>",
      "--pdf", "--docx", "--timings",
    ] {
      #expect(help.contains(option), "\(option)")
    }
  }
}
