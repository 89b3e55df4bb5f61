import Foundation
import Testing

@testable import VitaCore

@Suite struct MarkdownTests {
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

  @Test func passesRawHTMLWhenTheSiteOptsIn() {
    let html = Markdown(allowsRawHTML: true).html("<div class=\"note\">Hi</div>\n")
    #expect(html.contains("<div class=\"note\">Hi</div>"))
  }

  @Test func rendersOneHighlightInlineWithoutAParagraph() {
    #expect(markdown.inlineHTML("Cut time by **15%**") == "Cut time by <strong>15%</strong>")
    #expect(markdown.inlineHTML("2024. A year") == "2024. A year")
    #expect(markdown.inlineHTML("- not a list") == "- not a list")
  }
}

/// cmark-gfm 0.29 keeps the characters that start an extension's inline syntax in a process-wide
/// table that every parser's inline pass switches on and off; parsing on several threads at once lost
/// autolinks and strikethrough now and then. Every concurrent render must still get them.
@Suite struct MarkdownConcurrencyTests {
  @Test func rendersExtensionsTheSameOnEveryThread() {
    let count = 4000
    let results = Results(count: count)
    DispatchQueue.concurrentPerform(iterations: count) { index in
      let html = Markdown().html("Item \(index): see https://example.com/\(index) and ~~old~~ *new*.\n")
      results.set(index, html.contains("<a href=\"https://example.com/\(index)\">") && html.contains("<del>old</del>"))
    }
    #expect(results.failures == 0, "\(results.failures) of \(count) renders lost an extension")
  }

  final class Results: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [Bool]

    init(count: Int) { values = Array(repeating: false, count: count) }

    func set(_ index: Int, _ value: Bool) {
      lock.lock()
      values[index] = value
      lock.unlock()
    }

    var failures: Int { values.filter { !$0 }.count }
  }
}
