import ArgumentParser
import Testing

@testable import vita

/// `vita build`'s usual command lines are read without ArgumentParser; they must mean what they mean
/// to it, and anything else must be left to it.
@Suite struct BuildArgumentsTests {
  static let everything = [
    "--source", "my site", "--output", "out/public", "--applications", "out/apps", "--base-url",
    "https://rina.example.com/", "--drafts", "--job", "data-analyst", "--pdf", "--timings",
  ]

  @Test(arguments: [
    [],
    ["--source", "site"],
    ["--timings"],
    ["--source", ""],
    ["--source", "situs saya/ñ 日本", "--output", "/tmp/x y"],
    ["--job", "posting-0000", "--source", "s"],
    ["--pdf", "--drafts"],
    everything,
    [
      "--timings", "--pdf", "--job", "data-analyst", "--drafts", "--base-url", "http://localhost:8080/",
      "--applications", "a", "--output", "o", "--source", "s",
    ],
  ])
  func usualCommandLinesMeanWhatTheyMeanToArgumentParser(words: [String]) throws {
    let quick = try #require(BuildArguments(quickly: words))
    #expect(quick == (try BuildCommand.parse(words)).arguments)
  }

  /// Every option `vita build --help` lists is read quickly: a new option left out would still work,
  /// through ArgumentParser, but every build would pay for reading it that way.
  @Test func everyOptionOfTheHelpIsReadQuickly() throws {
    let help = BuildCommand.helpMessage(columns: 200)
    let names = Set(
      help.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "," || $0 == "[" || $0 == "]" })
        .filter { $0.hasPrefix("--") && $0 != "--help" && $0 != "--version" }.map(String.init))
    #expect(names.count >= 8)
    for name in names {
      let withValue = BuildArguments(quickly: [name, "https://example.com/"])
      let alone = BuildArguments(quickly: [name])
      #expect(withValue != nil || alone != nil, "\(name) is left to ArgumentParser")
    }
  }

  @Test(arguments: [
    ["--help"], ["-h"], ["help"], ["--source=site"], ["--source"], ["--source", "--output", "o"],
    ["--drafts", "--drafts"], ["--source", "a", "--source", "b"], ["--base-url", "not a url"],
    ["--unknown"], ["extra"], ["--"], ["--source", "-dash"], ["--version"],
  ])
  func anythingElseIsLeftToArgumentParser(words: [String]) {
    #expect(BuildArguments(quickly: words) == nil)
  }
}
