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
