import Foundation
import Testing

@testable import VitaCore

@Suite struct MarkdownTests {
  /// A highlight knows whether Markdown leaves it as it is, and keeps knowing when its text changes
  /// or it is decoded; the shortcut gives what the parser gives.
  @Test func aHighlightKnowsWhetherItIsPlain() throws {
    var highlight = Highlight(text: "Led a team of 5", location: SourceLocation(file: "x.md"))
    #expect(highlight.isPlainMarkdown)
    highlight.text = "Led **five** people"
    #expect(!highlight.isPlainMarkdown)
    #expect(Markdown().inlineHTML(highlight) == "Led <strong>five</strong> people")
    #expect(Markdown().plainText(highlight) == "Led five people")
    let decoded = try JSONDecoder().decode(Highlight.self, from: JSONEncoder().encode(highlight))
    #expect(decoded == highlight)
    #expect(!decoded.isPlainMarkdown)
    highlight.text = "Saved 3 hours a week"
    #expect(highlight.isPlainMarkdown)
    #expect(Markdown().inlineHTML(highlight) == Markdown().cmarkInlineHTML(highlight.text))
  }

  let markdown = Markdown()

  @Test func rendersGitHubTables() {
    let html = markdown.html("| a | b |\n|---|--:|\n| 1 | 2 |\n")
    #expect(html.contains("<table>"))
    #expect(html.contains("<td style=\"text-align: right\">2</td>"))
  }

  @Test func rendersStrikethroughAutolinksAndTaskLists() {
    let html = markdown.html("~~old~~ see https://example.com\n\n- [x] done\n- [ ] open\n")
    #expect(html.contains("<del>old</del>"))
    #expect(html.contains("<a href=\"https://example.com\">https://example.com</a>"))
    #expect(html.contains("type=\"checkbox\" checked=\"\" disabled=\"\""))
  }

  @Test func usesSmartPunctuation() {
    let html = markdown.html("\"Quoted\" -- and it's ...")
    #expect(html.contains("“Quoted”"))
    #expect(html.contains("–"))
    #expect(html.contains("it’s"))
    #expect(html.contains("…"))
  }

  @Test func escapesRawHTMLByDefault() {
    let html = markdown.html("<script>alert(1)</script>\n\nText with <b onclick=\"x()\">bold</b>.\n")
    #expect(!html.contains("<script>"))
    #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
    #expect(!html.contains("<b onclick"))
    #expect(html.contains("&lt;b onclick=&quot;x()&quot;&gt;"))
  }

  @Test func passesRawHTMLThroughTheAllowlistWhenTheSiteOptsIn() {
    let html = Markdown(allowsRawHTML: true).html("<div class=\"note\" title=\"A note\">Hi <kbd>K</kbd></div>\n")
    #expect(html.contains("<div title=\"A note\">Hi <kbd>K</kbd></div>"), "an attribute the allowlist lacks goes")
  }

  @Test func rendersOneHighlightInlineWithoutAParagraph() {
    #expect(markdown.inlineHTML("Cut time by **15%**") == "Cut time by <strong>15%</strong>")
    #expect(markdown.inlineHTML("2024. A year") == "2024. A year")
    #expect(markdown.inlineHTML("- not a list") == "- not a list")
  }
}

/// cmark-gfm 0.29 keeps the characters that start an extension's inline syntax in a process-wide
/// table that every parse switches on and off; parses that overlapped lost autolinks and
/// strikethrough now and then. Documents parsed on every core at once must come out as they do one
/// after another.
@Suite struct MarkdownConcurrencyTests {
  /// Documents with every extension's inline syntax, and the block syntax around it.
  static func document(_ index: Int) -> String {
    """
    # Item \(index)

    See https://example.com/\(index) and www.example.org/\(index % 7), ~~old~~ *new* and **bold** \
    "quoted" -- it's done... `code \(index)`, me@example.com.

    | a | b |
    |---|--:|
    | ~~\(index)~~ | https://example.net/\(index) |

    - [x] done \(index)
    - [ ] open ~~\(index % 3)~~

    > ~~quoted \(index)~~ at www.example.com
    """
  }

  @Test func documentsParsedAtOnceComeOutAsParsedInTurn() {
    let count = 3000
    let documents = (0..<count).map(Self.document)
    let inTurn = documents.map { Markdown().html($0) }
    #expect(inTurn[0].contains("<del>old</del>"))
    #expect(inTurn[0].contains("<a href=\"https://example.com/0\">"))
    #expect(inTurn[0].contains("<a href=\"http://www.example.org/0\">"))
    for round in 0..<3 {
      let atOnce = Parallel.map(count) { Markdown().html(documents[$0]) }
      let differing = (0..<count).filter { atOnce[$0] != inTurn[$0] }
      #expect(differing.isEmpty, "round \(round): \(differing.count) of \(count) documents came out otherwise")
    }
  }

  /// The review's scan for links (which attaches fewer extensions) and lines rendered as text,
  /// mixed with whole documents: every kind of parse takes the same turns.
  @Test func mixedKindsOfParseAtOnceComeOutAsInTurn() {
    let count = 3000
    let documents = (0..<count).map(Self.document)
    let lines = (0..<count).map { "~~Cut~~ costs by **\($0)%** at https://example.com/\($0)" }
    enum Result: Equatable {
      case html(String), text(String), references([MarkdownReference])
    }
    @Sendable func parse(_ index: Int) -> Result {
      switch index % 3 {
      case 0: .html(Markdown().html(documents[index]))
      case 1: .text(Markdown().cmarkPlainText(lines[index]))
      default: .references(MarkdownReferences.scan(documents[index]))
      }
    }
    let inTurn = (0..<count).map(parse)
    // The plain-text renderer writes a strikethrough with one tilde a side.
    #expect(inTurn[1] == .text("~Cut~ costs by 1% at https://example.com/1"))
    let atOnce = Parallel.map(count, parse)
    let differing = (0..<count).filter { atOnce[$0] != inTurn[$0] }
    #expect(differing.isEmpty, "\(differing.count) of \(count) parses came out otherwise: \(differing.prefix(5))")
  }
}

/// Plain lines skip cmark-gfm: on every generated line the shortcut takes, it must give what the
/// parser gives, as HTML (with and without raw HTML) and as plain text.
@Suite struct PlainLineTests {
  static let fragments = [
    "a", "Z", "w", "ww", "www.", "W", "9", "1", "12", " ", "  ", ".", "..", ")", "(", "-", "--", "+", "=", ",",
    ";", ":", "://", "%", "/", "?", "é", "Ürün", "日本", "\u{301}", "\u{A0}", "\u{2028}", "\u{85}", "\u{200B}",
    "http", "https://x.io", "mailto:", "xmpp:", "a@b.c", "'", "\"", "&", "<", ">", "*", "_", "`", "[", "]", "!",
    "~", "|", "#", "\\", "\t", "{", "}", "$", "^", "ftp:", "www.example.com", "1.", "2)", "e.g.", "3.5",
  ]

  /// What the shortcut accepts, so that half the picks keep a line plain.
  static let plainFragments = ["a", "w", "9", " ", ".", ")", "(", "-", "+", "=", ",", ";", ":", "%", "/", "?", "é"]

  @Test func theShortcutMatchesTheParserOnGeneratedLines() {
    var state: UInt64 = 42
    func next(_ bound: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((state >> 33) % UInt64(bound))
    }
    var taken = 0
    for _ in 0..<20_000 {
      var line = ""
      for _ in 0..<(1 + next(12)) {
        let pool = next(2) == 0 ? Self.plainFragments : Self.fragments
        line += pool[next(pool.count)]
      }
      guard Markdown.isPlainLine(line) else { continue }
      taken += 1
      for markdown in [Markdown(), Markdown(allowsRawHTML: true)] {
        #expect(markdown.cmarkInlineHTML(line) == line, "HTML of \(line.debugDescription)")
      }
      #expect(Markdown().cmarkPlainText(line) == line, "plain text of \(line.debugDescription)")
    }
    #expect(taken > 2_000, "the generator must reach the shortcut often")
  }

  @Test(arguments: [
    "Analysed 1,200 survey answers (Python, pandas): cut reporting time by 40%",
    "Menganalisis 1.200 jawaban survei dengan Python",
    "Led a team of 5 to build a dashboard used by 300+ students",
  ])
  func typicalHighlightsTakeTheShortcut(_ line: String) {
    #expect(Markdown.isPlainLine(line))
    #expect(Markdown().cmarkInlineHTML(line) == line)
  }

  @Test(arguments: [
    "Built **this**", "Said \"hi\"", "2019...2020", "1. First", "- item", "see www.example.com", "a -- b",
    "R&D", "mail a@b.co", "x\u{2028}y", " leading", "trailing ", "two  spaces",
  ])
  func linesMarkdownChangesDoNot(_ line: String) {
    #expect(!Markdown.isPlainLine(line))
  }
}
