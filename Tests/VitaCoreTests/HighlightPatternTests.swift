import Foundation
import Testing

@testable import VitaCore

/// The review's scans give what the regular expressions they replaced give, on every generated text:
/// digits of several scripts, currency signs, codes, words in both languages, marks and spaces.
@Suite struct HighlightPatternTests {
  static let pieces = [
    "a", "Z", "b", "x", "é", "e\u{301}", "Ω", "3", "0", "٣", "७", "²", "½", " ", "\u{A0}", "\t", "\n", "_", "-", ".",
    ",", "%", "$", "€", "£", "¥", "Rp", "rp", "RP", "USD", "usd", "IDR", "IDRx", "st", "nd", "rd", "th", "ST", "B",
    "H", "\u{200D}", "\u{301}", "\r", "\u{2028}", "😀", "(", "’", "Rp.", "aRp", "_USD", "1st", "22nd", "3rd", "4th",
    "11th", "st1",
  ]

  /// `count` texts of up to six pieces, the same on every run.
  static func texts(_ count: Int) -> [String] {
    var generator = SeededGenerator(seed: 0x5EED)
    return (0..<count).map { _ in
      (0..<Int.random(in: 0...6, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
    }
  }

  static func matches(_ text: String, _ pattern: String) -> Bool {
    text.range(of: pattern, options: .regularExpression) != nil
  }

  @Test func numbersAsThePatternFindsThem() {
    for text in Self.texts(20_000) {
      #expect(HighlightRules.hasNumber(text) == Self.matches(text, #"(?<![A-Za-z])\d"#), "\(text.debugDescription)")
    }
  }

  @Test func amountsOfMoneyAsThePatternFindsThem() {
    for text in Self.texts(20_000) {
      #expect(
        HighlightRules.hasAmountOfMoney(text) == Self.matches(text, #"(?:\bRp|\$|€|£|\bUSD|\bIDR)\s?\d"#),
        "\(text.debugDescription)")
    }
  }

  @Test func ordinalsAsThePatternFindsThem() {
    for text in Self.texts(20_000) + ["1st", "22nd", "103rd", "4th", "٣rd", "st", "1s", "1st2", "1sth", "x1st"] {
      let word = text.lowercased()
      #expect(HighlightRules.isOrdinal(word) == Self.matches(word, #"^\d+(st|nd|rd|th)$"#), "\(word.debugDescription)")
    }
  }

  @Test func examplesAUserWouldWrite() {
    #expect(HighlightRules.hasAmountOfMoney("Raised Rp 5.000.000 for the library"))
    #expect(HighlightRules.hasAmountOfMoney("Saved $300 a month"))
    #expect(HighlightRules.hasAmountOfMoney("Won USD 40 in prizes"))
    #expect(!HighlightRules.hasAmountOfMoney("Worked with PRp 5 records"))
    #expect(HighlightRules.hasNumber("Taught 30 children"))
    #expect(!HighlightRules.hasNumber("Built an H2O sensor"))
    #expect(HighlightRules.isOrdinal("2nd"))
  }

  /// ASCII text takes a path of its own through `plainText` and `words`: it must give what the
  /// general path gives.
  @Test func asciiTextReadsAsTheGeneralPathReadsIt() {
    let pieces = [
      "a", "Z", "Led", "co-founded", "'", "-", "--", "'s", "*", "**", "_", "`", "[", "]", "(", ")", "~", " ", "  ",
      "\t", "\n", "\r\n", "\r", "\u{0B}", "\u{0C}", "3", "42", "%", ".", ",", "!", "/", "#", "[x](https://a.b/c)",
      "](", "x)",
    ]
    var generator = SeededGenerator(seed: 0xA5C11)
    for _ in 0..<20_000 {
      let text = (0..<Int.random(in: 0...8, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }
        .joined()
      #expect(HighlightRules.words(text) == HighlightRules.generalWords(text), "\(text.debugDescription)")
      var general = HighlightRules.withoutLinkTargets(text)
      general.removeAll { "*_`[]~".contains($0) }
      #expect(
        HighlightRules.plainText(text) == HighlightRules.trimmingWhitespace(general), "\(text.debugDescription)")
    }
  }

  /// A highlight with two weak phrases is named by the one the lists give first, wherever it
  /// stands; a weak phrase of either language counts, English first.
  @Test func theWeakPhraseNamedIsTheListsFirst() {
    let words = HighlightRules.words
    #expect(
      HighlightRules.weakPhrase(in: words("Worked on the stand and was responsible for sales")) == "responsible for")
    #expect(HighlightRules.weakPhrase(in: words("Worked on the stand")) == "worked on")
    #expect(HighlightRules.weakPhrase(in: words("Ikut serta; bertanggung jawab atas stok")) == "bertanggung jawab atas")
    #expect(HighlightRules.weakPhrase(in: words("Cut stock-count discrepancies by 30%")) == nil)
  }
}
