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

  @Test(
    "a span is spelled as written, on one line",
    arguments: [
      ("We use Node.js daily", 2..<3, "Node.js"),
      ("data\r\n   analysis and more", 0..<2, "data analysis"),
      ("**data** analysis", 0..<2, "data analysis"),
      ("analisis  data\tpenjualan", 0..<3, "analisis data penjualan"),
      ("A/B   testing", 0..<2, "A/B testing"),
    ])
  func span(text: String, tokens range: Range<Int>, expected: String) {
    let tokens = Tokenizer.tokens(in: text)
    #expect(Tokenizer.span(tokens[range], in: Array(text.unicodeScalars)) == expected)
  }

  @Test("case and diacritics are folded", arguments: [("Analysé", "analyse"), ("KÖLN", "koln"), ("SQL", "sql")])
  func folding(text: String, folded: String) {
    #expect(Tokenizer.tokens(in: text).map(\.folded) == [folded])
  }

  /// ASCII text is tokenised in place; the same text with one accented word after it goes the
  /// general way, and must give the same tokens before that word.
  @Test(arguments: [
    "I write C++ and C#, .NET and Node.js; CI/CD and A/B tests in R&D and/or UI/UX.",
    "Indonesia's e-commerce +62 812 version 3.2 **SQL**, `pandas` [docs](x) g++ F# x.y.z",
    "KPIs: 27% of 48 teams' MAE — 'quoted' ABC/DEFG a/b/c .net .5 end.",
  ])
  func asciiTokensAreTheGeneralTokens(text: String) {
    let ascii = Tokenizer.tokens(in: text)
    let general = Tokenizer.tokens(in: text + " Analysé")
    #expect(general.last?.folded == "analyse")
    #expect(ascii == Array(general.dropLast()))
    #expect(ascii.allSatisfy { $0.isWord == Token.isLetters($0.folded) })
  }

  @Test func asciiIsFoundEightBytesAtATime() {
    for text in ["", "a", "abcdefgh", "abcdefghi", "abcdefg\u{e9}", "\u{e9}abcdefghijklmnop", "abcdefghijklmno\u{e9}"] {
      var copy = text
      #expect(copy.withUTF8 { Tokenizer.isASCII($0) } == text.utf8.allSatisfy { $0 < 128 }, "\(text)")
    }
  }

  @Test func technicalTokensAreFoundInText() {
    let job = JobPosting(
      slug: "t", title: "Developer",
      body: "## Requirements\n- You know C++, C#, .NET and Node.js, set up CI/CD and run A/B testing with the team.")
    let terms = Tailor(site: Fixture.site([]), postings: [job]).analysis(of: job).requirements.map(\.term)
    #expect(terms == ["C++", "C#", ".NET", "Node.js", "CI/CD", "A/B testing"])
  }

  @Test func commonWordsAreNotTerms() {
    let site = Fixture.site([Fixture.experience("a", skills: ["Less"])])
    let job = JobPosting(
      slug: "t", title: "Developer",
      body: "## Requirements\n- We go further with less and with Go, dan yang untuk Python.")
    let terms = Tailor(site: site, postings: [job]).analysis(of: job).requirements.map(\.term)
    #expect(terms == ["Go", "Python"])
  }
}
