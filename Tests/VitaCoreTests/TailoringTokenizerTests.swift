import Testing

@testable import VitaCore

@Suite struct TailoringTokenizerTests {
  @Test(
    "technical tokens stay whole",
    arguments: [
      ("I write C++ and C#.", ["I", "write", "C++", "and", "C#"]),
      ("Ship .NET and Node.js apps", ["Ship", ".NET", "and", "Node.js", "apps"]),
      ("Own our CI/CD pipelines", ["Own", "our", "CI/CD", "pipelines"]),
      ("Run A/B testing in R&D", ["Run", "A/B", "testing", "in", "R&D"]),
      ("and/or", ["and", "or"]),
      ("Indonesia's e-commerce", ["Indonesia", "e", "commerce"]),
      ("Call +62 812", ["Call", "62", "812"]),
      ("**SQL**, `pandas` [docs](x)", ["SQL", "pandas", "docs", "x"]),
      ("version 3.2 ends.", ["version", "3.2", "ends"]),
    ])
  func tokens(text: String, expected: [String]) {
    #expect(Tokenizer.tokens(in: text).map(\.surface) == expected)
  }

  @Test("case and diacritics are folded", arguments: [("Analysé", "analyse"), ("KÖLN", "koln"), ("SQL", "sql")])
  func folding(text: String, folded: String) {
    #expect(Tokenizer.tokens(in: text).map(\.folded) == [folded])
  }

  @Test func technicalTokensAreFoundInText() {
    let vocabulary = Vocabulary(config: SiteConfig(title: "t", person: Person(name: "p")), experienceSkills: [])
    let terms = TermExtractor(vocabulary: vocabulary).terms(
      in: "You know C++, C#, .NET and Node.js, set up CI/CD and run A/B testing with the team.", language: .en)
    let found = terms.map(\.display)
    #expect(found == ["C++", "C#", ".NET", "Node.js", "CI/CD", "A/B testing"])
  }

  @Test func stopWordsAreNotTerms() {
    let vocabulary = Vocabulary(
      config: SiteConfig(title: "t", person: Person(name: "p")),
      experienceSkills: ["Less"])
    let terms = TermExtractor(vocabulary: vocabulary).terms(
      in: "We go further with less and with Go, dan yang untuk Python.", language: .en)
    #expect(terms.map(\.display) == ["Go", "Python"])
  }
}
