import Foundation
import Testing

@testable import VitaCore

/// The message catalogues under data/messages/: every language has the same messages with the
/// same placeholders, every key the code asks for is there, and placeholders are filled in as written.
@Suite struct MessagesTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  @Test func everyLanguageHasTheSameKeysAndPlaceholders() {
    let english = Messages(.en)
    #expect(english.keys.count > 250)
    for language in Language.allCases where language != .en {
      let other = Messages(language)
      #expect(
        other.keys.subtracting(english.keys).isEmpty, "only in \(language): \(other.keys.subtracting(english.keys))")
      #expect(
        english.keys.subtracting(other.keys).isEmpty, "missing in \(language): \(english.keys.subtracting(other.keys))")
      for key in english.keys.intersection(other.keys) {
        let (ours, theirs) = (english.template(key) ?? "", other.template(key) ?? "")
        #expect(
          Messages.placeholders(in: ours) == Messages.placeholders(in: theirs),
          "\(key): '\(ours)' and '\(theirs)' have different placeholders")
      }
    }
  }

  /// A space at either end of a text is invisible in the file and lost by many editors.
  @Test(arguments: Language.allCases) func noTextIsEmptyOrStartsOrEndsWithASpace(_ language: Language) {
    let messages = Messages(language)
    for key in messages.keys {
      let text = messages.template(key) ?? ""
      #expect(!text.isEmpty && text.trimmingCharacters(in: .whitespaces) == text, "\(language) \(key): '\(text)'")
    }
  }

  /// Every `messages.text("key"` written in the sources names a message; keys made at run time
  /// (`"site.month.\(month)"`) are checked below, one test per family.
  @Test func everyKeyTheCodeNamesIsInTheCatalogue() throws {
    let sources = Self.root.appendingPathComponent("Sources").path
    let files = (FileManager.default.enumerator(atPath: sources)?.allObjects as? [String] ?? [])
      .filter { $0.hasSuffix(".swift") }
    let pattern = try Regex(#"(?:messages\.text\(\s*|message: )"([a-z0-9.\-]+)""#)
    let keys = Messages(.en).keys
    var named = 0
    for file in files {
      let source = try String(contentsOfFile: sources + "/" + file, encoding: .utf8)
      for match in source.matches(of: pattern) {
        guard let key = match.output[1].substring.map(String.init) else { continue }
        named += 1
        #expect(
          keys.contains(key) ? true : false, "\(file) asks for '\(key)', which data/messages/en.tsv does not have")
      }
    }
    #expect(named > 150)
  }

  /// The command line's words come from the catalogue, as the loader's do: every `cli.` key is one
  /// that Sources/vita asks for (none left behind when a message goes), in every language.
  @Test func everyCommandLineMessageIsAskedForByTheCommandLine() throws {
    let folder = Self.root.appendingPathComponent("Sources/vita").path
    var sources = ""
    for file in try FileManager.default.contentsOfDirectory(atPath: folder) where file.hasSuffix(".swift") {
      sources += try String(contentsOfFile: folder + "/" + file, encoding: .utf8)
    }
    let named = Set(
      sources.matches(of: try Regex(#"messages\.text\(\s*"(cli\.[a-z0-9.\-]+)""#)).compactMap {
        $0.output[1].substring.map(String.init)
      })
    let keys = Messages(.en).keys.filter { $0.hasPrefix("cli.") }
    #expect(keys.count >= 20)
    for key in keys {
      #expect(named.contains(key), "data/messages/en.tsv has '\(key)', which no command asks for")
      #expect(Messages(.id).has(key), "data/messages/id.tsv lacks '\(key)'")
    }
  }

  @Test(arguments: Language.allCases) func keysMadeAtRunTimeAreThere(_ language: Language) {
    let keys = Messages(language).keys
    var made = (1...12).map { "site.month.\($0)" } + Kind.allCases.map { "loader.kind-named.\($0.rawValue)" }
    made += Section.allCases.map { "site.section.\($0.rawValue)" } + Kind.allCases.map { "site.kind.\($0.rawValue)" }
    made += Application.Status.allCases.map { "site.status.\($0.rawValue)" }
    made += Requirement.Kind.allCases.map { "site.requirement.\($0.rawValue)" }
    made += [
      "responsibilities", "qualifications", "skills", "experienceRequirements", "educationRequirements", "jobBenefits",
    ]
    .map { "posting.section.\($0)" }
    made += MarkdownLimits.openers.map { "markdown.opener.\($0.code)" }
    made += ["file-too-large", "empty-file", "binary-file", "not-utf8"].map { "file.\($0)" }
    made += ["file", "error", "warning", "draft-note"].flatMap {
      ["review.count.\($0).one", "review.count.\($0).other"]
    }
    for key in made { #expect(keys.contains(key), "\(language): no '\(key)'") }
  }

  @Test(arguments: [
    ("plain", [Messages.Part.literal("plain")]),
    ("{name}", [.placeholder("name")]),
    ("a {b} c", [.literal("a "), .placeholder("b"), .literal(" c")]),
    ("{first}{second_2}", [.placeholder("first"), .placeholder("second_2")]),
    ("`{label: GitHub}`", [.literal("`{label: GitHub}`")]),
    ("{ x} {1x} {} {", [.literal("{ x} {1x} {} {")]),
    ("}{x}", [.literal("}"), .placeholder("x")]),
  ])
  func placeholdersAreANameInBraces(_ text: String, _ parts: [Messages.Part]) {
    #expect(Messages.parts(of: text) == parts)
  }

  @Test func valuesAreWrittenAsInterpolationWritesThem() {
    let messages = Messages(.en)
    #expect(
      messages.text("yaml.out-of-range", ["key": "pages", "low": 1, "high": 2, "value": 3])
        == "'pages' must be between 1 and 2, not 3")
    #expect(
      messages.text(
        "review.start-in-future", ["start": PartialDate(year: 2030, month: 1), "today": PartialDate(year: 2026)])
        == "'start' (\(PartialDate(year: 2030, month: 1))) is after today (2026); write the date it began, or keep the file as a draft until then"
    )
    // A value not given leaves its placeholder, so that the gap shows.
    #expect(messages.text("yaml.not-list", [:]) == "'{key}' must be a list")
    // A key the catalogue lacks shows itself rather than stopping the run.
    #expect(messages.text("no.such.message", ["key": "x"]) == "no.such.message")
    #expect(messages.either(["a", "b", "c"]) == "a or b or c")
    #expect(Messages(.id).either(["default", "classic"]) == "default atau classic")
  }

  @Test func theFileIsReadAsWritten() {
    let table = Messages.parse("# a comment\n\nkey\ttext with\ta tab and # hash\r\nnotab\nother\t`x`\n")
    #expect(table == ["key": "text with\ta tab and # hash", "other": "`x`"])
  }
}
