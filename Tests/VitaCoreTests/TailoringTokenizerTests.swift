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

/// The index reads ASCII texts in place, without a string per token: what it reads must be what
/// the tokens give.
@Suite struct TailoringInPlaceReadingTests {
  static let pieces = [
    "C++", "c#", ".NET", "Node.js", "CI/CD", "and/or", "A/B", "R&D", "Indonesia's", "e-commerce", "+62", "3.2",
    "**SQL**", "`pandas`", "[docs](x)", "Analysed", "ANALYSED", "analysis", "Go", "go", ";", ",", ".", "'s", "/",
    "&", "#", "g++", "x86_64", "\n", "\t", "  ", "a/b/c", "abcd/ef", "ui/ux", "R&", "'S", "C+", "++", "#x", "ab#",
    "..NET", "(.js", "x.", ".5", "and/or/", "*", "_", "'", "\"", "1", "e", "DATA",
  ]

  /// The byte reader against the general one (which `tokens(in:)` uses), on generated texts.
  @Test func tokenRangesAreTheTokensRanges() {
    var generator = SeededGenerator(seed: 11)
    for _ in 0..<20_000 {
      let text = (0..<Int.random(in: 0..<12, using: &generator)).map { _ in
        Self.pieces.randomElement(using: &generator)!
      }.joined(separator: Bool.random(using: &generator) ? " " : "")
      var ranges: [Range<Int>] = []
      var copy = text
      copy.withUTF8 { bytes in Tokenizer.forEachToken(inASCII: bytes) { ranges.append($0) } }
      #expect(ranges == Tokenizer.tokens(in: text).map { $0.start..<$0.end }, "\(text)")
    }
  }

  @Test func asciiIsFoundEightBytesAtATime() {
    for text in ["", "a", "abcdefgh", "abcdefghi", "abcdefg\u{e9}", "\u{e9}abcdefghijklmnop", "abcdefghijklmno\u{e9}"] {
      var copy = text
      #expect(copy.withUTF8 { Tokenizer.isASCII($0) } == text.utf8.allSatisfy { $0 < 128 }, "\(text)")
    }
  }

  /// On generated texts, one cache read in place and read token by token: the same word for the same
  /// folded spelling, whatever its length (eight bytes and less have a table of their own) or case.
  @Test func wordsReadInPlaceNumberAsTheirFoldedSpellings() {
    let vocabulary = Vocabulary(
      config: SiteConfig(title: "t", person: Person(name: "p")), experienceSkills: ["Data Analysis", "Go"])
    let words = Self.pieces + ["abcdefgh", "ABCDEFGH", "abcdefghi", "Abcdefgh", "abcdefg", "a1b2c3d4", "x.y/z&w+"]
    var generator = SeededGenerator(seed: 5)
    var cache = WordCache()
    var spellings: [Int32: String] = [:]
    for _ in 0..<3_000 {
      let text = (0..<Int.random(in: 1..<16, using: &generator)).map { _ in
        words.randomElement(using: &generator)!
      }.joined(separator: " ")
      var copy = text
      copy.withUTF8 { bytes in
        Tokenizer.forEachToken(inASCII: bytes) { range in
          let number = cache.number(ofASCII: bytes, range, vocabulary: vocabulary)
          let folded = String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self).lowercased()
          #expect(spellings[number, default: folded] == folded, "\(text)")
          spellings[number] = folded
        }
      }
    }
    #expect(Set(spellings.values).count == spellings.count, "one number per spelling")
    #expect(spellings.count > 40)
  }

  /// A word read in place and the same word read as a token are one word, with the same keys.
  @Test func wordsReadInPlaceAreTheTokensWords() {
    let vocabulary = Vocabulary(
      config: SiteConfig(title: "t", person: Person(name: "p")), experienceSkills: ["Data Analysis", "Go"])
    var cache = WordCache()
    let text = "Analysed DATA analysis with Go, go and C++; 3.2 Node.js and node.JS, c++ data"
    var numbers: [Int32] = []
    var copy = text
    copy.withUTF8 { bytes in
      Tokenizer.forEachToken(inASCII: bytes) {
        numbers.append(cache.number(ofASCII: bytes, $0, vocabulary: vocabulary))
      }
    }
    let tokens = Tokenizer.tokens(in: text)
    #expect(tokens.map { cache.number(of: $0, vocabulary: vocabulary) } == numbers)
    var fresh = WordCache()
    for (token, number) in zip(tokens, numbers) {
      let word = cache.word(number)
      let freshNumber = fresh.number(of: token, vocabulary: vocabulary)
      let expected = fresh.word(freshNumber)
      #expect(word.english == expected.english && word.indonesian == expected.indonesian, "\(token.surface)")
      #expect(
        cache.englishIDs[Int(number)] == fresh.englishIDs[Int(freshNumber)] && word.isWord == expected.isWord,
        "\(token.surface)")
    }
    #expect(Set(numbers).count < numbers.count, "Analysed, DATA and go come back as known words")
  }
}
