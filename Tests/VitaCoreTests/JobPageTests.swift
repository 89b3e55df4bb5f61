import Foundation
import Testing

@testable import VitaCore

/// A saved page of Tests/Fixtures/job-pages (its README says what each is).
func jobPage(_ name: String) throws -> [UInt8] {
  let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Fixtures/job-pages/" + name)
  return Array(try Data(contentsOf: url))
}

/// The one posting of a page.
func onePosting(_ name: String, format: JobPage.Format = .html) throws -> PostingDraft {
  let postings = try JobPage.postings(in: try jobPage(name), format: format)
  #expect(postings.count == 1)
  return try #require(postings.first)
}

/// What no posting's Markdown may hold: tags, and what scripts, styles, frames and pixels held.
func expectNoMarkup(_ markdown: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
  for leftover in [
    "<", "alert", "track.example", "track()", "pixel", "iframe", "color: red", "gtag", "steal", "onclick",
  ] {
    #expect(!markdown.contains(leftover), "'\(leftover)' is left in:\n\(markdown)", sourceLocation: sourceLocation)
  }
  #expect(
    !Markdown().html(markdown).contains("raw HTML"), "cmark-gfm finds raw HTML in:\n\(markdown)",
    sourceLocation: sourceLocation)
}

@Suite struct JobPageTests {
  @Test func aJobPostingInAScriptTagGivesItsFieldsAndItsDescriptionInMarkdown() throws {
    let posting = try onePosting("script-tag.html")
    #expect(posting.origin == .structuredData)
    #expect(posting.title == "Junior Data Analyst")
    #expect(posting.company == "Acme Corp")
    #expect(
      posting.url == "https://careers.acme.example/jobs/42", "the posting's own url comes before the canonical link")
    #expect(posting.location == "Jakarta, DKI Jakarta, Indonesia")
    #expect(posting.posted == PartialDate(year: 2025, month: 3, day: 1))
    #expect(posting.deadline == PartialDate(year: 2025, month: 3, day: 31))
    #expect(posting.employmentType == "full-time")
    #expect(posting.language == .en)
    #expect(posting.slug == "acme-junior-data-analyst", "the company's legal form is left out")
    #expect(
      posting.body == """
        ## About the role

        Acme Corp is one of Indonesia's fastest-growing online marketplaces. Our **Analytics** team helps product and marketing decide with data.

        ### What you will do

        - Write SQL queries to answer business questions
        - Build **Tableau** dashboards that track our key metrics
          - weekly sales
          - customer churn
        - Clean data in Python (pandas) and Excel

        ### Requirements

        1. A degree in Statistics, Information Systems or a related field
        2. Experience with SQL \\*and\\* spreadsheets

        Working hours:

        | Day | Hours |
        | --- | --- |
        | Mon-Fri | 09:00-17:00 |

        Read about [life at Acme](https://acme.example/life).

        Apply before *31 March*.

        """)
    expectNoMarkup(posting.body)
    let html = Markdown().html(posting.body)
    for tag in ["<h2>", "<h3>", "<ul>", "<ol>", "<li>", "<table>", "<strong>", "<em>"] {
      #expect(html.contains(tag), "\(tag) is not in \(html)")
    }
  }

  @Test func aJobPostingInAnAtGraphIsFoundWithItsCompanyByReference() throws {
    let posting = try onePosting("graph.html")
    #expect(posting.title == "Magang Frontend Developer")
    #expect(posting.company == "PT Maju Digital", "the company is a reference to the graph's Organization")
    #expect(posting.url == "https://majudigital.example/karier/magang-frontend/", "the canonical link")
    #expect(posting.location == "Remote (Indonesia)")
    #expect(posting.posted == PartialDate(year: 2025, month: 2, day: 10))
    #expect(posting.deadline == PartialDate(year: 2025, month: 4, day: 15))
    #expect(posting.employmentType == "internship, part-time")
    #expect(posting.language == .id)
    #expect(posting.slug == "maju-digital-magang-frontend-developer")
    #expect(posting.body.hasPrefix("PT Maju Digital adalah startup"))
    #expect(posting.body.contains("### Tanggung jawab\n\n- Mengembangkan fitur baru dengan React dan JavaScript\n"))
    #expect(posting.body.contains("### Kualifikasi\n\n- Mahasiswa aktif"))
    #expect(posting.body.hasSuffix("## Keahlian\n\nReact, Git\n"), "skills the description lacks follow it")
    expectNoMarkup(posting.body)
  }

  @Test func aDescriptionEncodedOnceMoreIsDecodedAndReadAsHTML() throws {
    let posting = try onePosting("entities.html")
    #expect(posting.title == "Staf Admin & Keuangan")
    #expect(posting.company == "CV Sinar Jaya")
    #expect(posting.url == "https://www.jobboard.example/id/job/12345?ref=feed", "the browser's saved-from address")
    #expect(posting.location == "Bandung, Jawa Barat, Indonesia")
    #expect(posting.deadline == PartialDate(year: 2025, month: 2, day: 20))
    #expect(posting.employmentType == "full-time", "schema.org's types, however they are written")
    #expect(posting.language == .id)
    #expect(posting.slug == "sinar-jaya-staf-admin-keuangan")
    #expect(
      posting.body == """
        **Deskripsi pekerjaan**

        Kami membuka lowongan untuk posisi Staf Admin & Keuangan di kantor Bandung.

        **Kualifikasi:**

        - Pendidikan minimal D3 Akuntansi
        - Menguasai Microsoft Excel (VLOOKUP, pivot table)
        - Teliti & jujur

        Gaji: Rp 4.500.000 – Rp 5.500.000

        """)
    expectNoMarkup(posting.body)
  }

  @Test func aPageWithoutJSONLDGivesItsMainTextWithoutTheSiteAroundIt() throws {
    let posting = try onePosting("no-json-ld.html")
    #expect(posting.origin == .mainText)
    #expect(posting.title == "Barista Trainee")
    #expect(posting.company == nil)
    #expect(posting.url == nil)
    #expect(posting.language == .en)
    #expect(
      posting.body == """
        # Barista Trainee

        **Location:** Yogyakarta · **Type:** Part-time

        ## What you'll do

        - Prepare espresso drinks and manual brews to our recipes
        - Keep the bar clean and the stock counted

        ## Requirements

        - Friendly, on time, and happy to work weekend shifts
        - Experience in food & beverage is a plus

        Send your CV to [jobs@kopikita.example](mailto:jobs@kopikita.example).

        """)
    for furniture in ["Menu", "Stores", "cookies", "Accept", "Other jobs", "Cashier", "2025 Kopi Kita", "Privacy"] {
      #expect(!posting.body.contains(furniture), "'\(furniture)' is not the ad")
    }
    expectNoMarkup(posting.body)
    #expect(posting.notes.contains { $0.contains("no JobPosting data") && $0.contains("check the title") })
    #expect(posting.notes.contains { $0.contains("`url`") })
  }

  @Test func aPageWithTwoPostingsGivesBothInOrderEachOnce() throws {
    let postings = try JobPage.postings(in: try jobPage("two-postings.html"), format: .html)
    #expect(postings.map(\.title) == ["Junior Data Analyst", "Data Engineer Intern"])
    #expect(postings.map(\.location) == ["Jakarta, Indonesia", "Surabaya, Indonesia"])
    #expect(postings[1].body.contains("- Build data pipelines in Python and Airflow"))
    #expect(postings[1].deadline == PartialDate(year: 2025, month: 5, day: 1))
  }

  @Test func aPageThatIsNotAPostingIsRefusedAndSaysWhatItDescribes() throws {
    let page = try jobPage("not-a-posting.html")
    let error = #expect(throws: JobPage.Failure.self) { try JobPage.postings(in: page, format: .html) }
    let text = error?.description ?? ""
    #expect(text.contains("does not look like a job posting"), "\(text)")
    #expect(text.contains("BlogPosting, Organization"), "\(text)")
    #expect(text.contains(".md file"), "\(text)")
  }

  /// Found by `make fuzz`: a title holding DEL (and C1 controls) was written into the front
  /// matter as JSON quotes it, which YAML does not allow; the posting did not load.
  @Test func aTitleWithCharactersYAMLDoesNotAllowIsWrittenSoThatItLoads() throws {
    let postings = try JobPage.postings(
      in: Array("\n{}\u{1}\u{7F}\u{85}\u{9F}\t--\nWe need SQL.\n".utf8), format: .text)
    let file = try #require(postings.first?.fileText)
    #expect(file.contains(#"\u007F"#) && file.contains(#"\u009F"#), "\(file)")
    let loaded = SiteLoader(
      files: .memory([
        "/s/vita.yml": "title: T\nbase_url: https://t.example/\nperson:\n  name: R\n", "/s/content/jobs/page.md": file,
      ])
    ).load(from: "/s")
    #expect(loaded.errors.isEmpty, "\(loaded.errors)")
  }

  /// Found by `make fuzz`: a text whose table Vita refuses to load gave a posting file that did not load.
  @Test func aTextThatWouldNotLoadAsAPostingIsRefused() throws {
    let table = "|" + String(repeating: "a|", count: 1_001) + "\n|" + String(repeating: "-|", count: 1_001) + "\n"
    let text = Array(("# Data Analyst\n\nWe need SQL.\n\n" + table).utf8)
    let error = #expect(throws: JobPage.Failure.self) { try JobPage.postings(in: text, format: .text) }
    #expect(error?.description.contains("1001 columns") == true, "\(error?.description ?? "")")
  }

  @Test func aTextFileIsTakenAsItIsWithItsHeadingForTitle() throws {
    let posting = try onePosting("posting.md", format: .text)
    let text = String(decoding: try jobPage("posting.md"), as: UTF8.self)
    #expect(posting.origin == .text)
    #expect(posting.title == "Social Media Intern")
    #expect(posting.body == text)
    #expect(posting.language == .en)
    let plain = try JobPage.postings(
      in: Array("Kasir toko\n\nKami mencari kasir yang teliti.\n".utf8), format: .unknown)
    #expect(plain.first?.title == "Kasir toko")
    #expect(plain.first?.origin == .text, "a file that does not open with a tag is text")
  }

  @Test(arguments: [
    ("", "empty"), ("  \n\t", "empty"), ("<html>\u{0}</html>", "binary"),
    ("MIME-Version: 1.0\r\nContent-Type: multipart/related;", "Webpage, HTML only"),
  ])
  func whatIsNoPageIsRefused(text: String, message: String) {
    let error = #expect(throws: JobPage.Failure.self) { try JobPage.postings(in: Array(text.utf8), format: .unknown) }
    #expect(error?.description.contains(message) == true, "\(String(describing: error))")
  }

  @Test func theFileItWritesIsAPostingVitaReadsWithTheSameFields() throws {
    for name in ["script-tag.html", "graph.html", "entities.html", "no-json-ld.html"] {
      let posting = try onePosting(name)
      let files = memorySite(["content/jobs/\(posting.slug).md": posting.fileText])
      let loaded = SiteLoader(files: files).load(from: "/site")
      #expect(loaded.diagnostics.isEmpty, "\(name): \(loaded.diagnostics.map(\.formatted))")
      let job = try #require(loaded.site?.jobs.first)
      #expect(job.title == posting.title)
      #expect(job.company == posting.company)
      #expect(job.url == posting.url)
      #expect(job.location == posting.location)
      #expect(job.application.deadline == posting.deadline)
      #expect(job.language == posting.language)
      #expect(job.body == posting.body)
    }
    let text = try onePosting("script-tag.html").fileText
    #expect(
      text.hasPrefix("---\ntitle: Junior Data Analyst\ncompany: Acme Corp\nurl: https://careers.acme.example/jobs/42\n")
    )
    #expect(text.contains("\ndeadline: 2025-03-31\n"))
    #expect(text.contains("# Read from the page's JobPosting data: posted 2025-03-01, full-time.\n"))
  }

  /// Quotes, colons, `#`, fences, control characters and line separators in any field: the file
  /// written is still a posting that loads without an error, with the page's words.
  @Test func whateverThePageHoldsTheFileLoads() throws {
    let odd = #"x: \"y\" # z \u0001\u0007\u0000 --- \u2028 ' & &amp; <b>b</b> \\ [a](javascript:x) | ~"#
    let page = """
      <script type="application/ld+json">{"@type": "JobPosting", "title": "Analyst \(odd)",
      "hiringOrganization": "---\n\(odd)", "jobLocation": {"address": "\(odd)"}, "employmentType": "\(odd)",
      "validThrough": "2025-02-30", "datePosted": "x", "url": "javascript:alert(1)",
      "description": "<p>\(odd)</p><pre>\(odd)</pre>\\n---\\ntitle: fake\\n---\\n<h2>---</h2>"}</script>
      """
    let posting = try #require(try JobPage.postings(in: Array(page.utf8), format: .html).first)
    #expect(posting.deadline == nil && posting.posted == nil && posting.url == nil)
    let loaded = SiteLoader(files: memorySite(["content/jobs/odd.md": posting.fileText])).load(from: "/site")
    #expect(loaded.diagnostics.isEmpty, "\(loaded.diagnostics.map(\.formatted))\n\(posting.fileText)")
    let job = try #require(loaded.site?.jobs.first)
    #expect(job.title == posting.title && job.company == posting.company && job.location == posting.location)
    #expect(job.title.hasPrefix("Analyst x: \"y\" # z --- ' & & b \\ [a](javascript:x) | ~"), "\(job.title)")
    #expect(!posting.fileText.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
    #expect(!Markdown().html(posting.body).contains("href=\"javascript"))
  }

  @Test func jsonLDOfEveryShapeIsRead() throws {
    let shapes = [
      #"{"@type": "JobPosting", "title": "A"}"#,
      #"[{"@type": "WebSite"}, {"@type": "JobPosting", "title": "A"}]"#,
      #"{"@context": "https://schema.org", "@graph": [{"@type": ["JobPosting", "Thing"], "title": "A"}]}"#,
      #"{"@type": "WebPage", "mainEntity": {"@type": "schema:JobPosting", "title": "A"}}"#,
      #"{"@type": "http://schema.org/JobPosting", "title": "A"}"#,
      "<!--\n{\"@type\": \"JobPosting\", \"title\": \"A\", \"description\": \"line one\nline two\"}\n-->",
    ]
    for shape in shapes {
      let page = "<html><head><script type=\"application/ld+json; charset=utf-8\">\(shape)</script></head></html>"
      let postings = try JobPage.postings(in: Array(page.utf8), format: .html)
      #expect(postings.map(\.title) == ["A"], "\(shape)")
    }
  }

  @Test func hostilePagesEndInAnAnswer() throws {
    let deepHTML = String(repeating: "<div><ul><li>", count: 3000) + "x"
    #expect(throws: JobPage.Failure.self) { try JobPage.postings(in: Array(deepHTML.utf8), format: .html) }
    let deepJSON = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
    let page = "<script type=\"application/ld+json\">\(deepJSON)</script><p>x</p>"
    #expect(throws: JobPage.Failure.self) { try JobPage.postings(in: Array(page.utf8), format: .html) }
    // A description nested as deep as libxml2 reads (256 elements) keeps its text; deeper, it
    // ends where libxml2 stops reading.
    for (levels, keepsText) in [(60, true), (2000, false)] {
      let deepDescription =
        "<script type=\"application/ld+json\">{\"@type\": \"JobPosting\", \"title\": \"A\", \"description\": \""
        + String(repeating: "<ol><li><b><a href='https://x.example'>", count: levels) + "deep\"}</script>"
      let posting = try #require(try JobPage.postings(in: Array(deepDescription.utf8), format: .html).first)
      #expect(posting.body.contains("deep") == keepsText)
      expectNoMarkup(posting.body)
    }
  }
}

/// HTML to Markdown, case by case; and whatever the HTML, cmark-gfm reads back the page's words.
@Suite struct HTMLMarkdownTests {
  static let cases: [(html: String, markdown: String)] = [
    ("<p>Hello <b>world</b></p>", "Hello **world**"),
    ("<p>a<br>b</p>", "a\\\nb"),
    ("<p>Requirements:<br>• SQL<br>• Excel</p>", "Requirements:\n\n- SQL\n- Excel"),
    ("<p>- SQL</p><p>- Excel</p>", "- SQL\n- Excel"),
    ("<ul><li>a<ul><li>b</li></ul></li><li>c</li></ul>", "- a\n  - b\n- c"),
    ("<ol start=\"3\"><li>x</li><li>y</li></ol>", "3. x\n4. y"),
    ("<ul><li><p>one</p><p>two</p></li></ul>", "- one\n\n  two"),
    ("<h2><strong>Skills</strong></h2>", "## Skills"),
    ("<p><b>Location:</b>Jakarta</p>", "**Location:** Jakarta"),
    ("<p><b>bold <b>inside</b></b></p>", "**bold inside**"),
    (
      "<p>5 * 3 = 15, snake_case, _x_, [a](b), &lt;div&gt;, ~x~, `y`, \\z</p>",
      "5 \\* 3 = 15, snake_case, \\_x\\_, \\[a\\](b), \\<div>, \\~x\\~, \\`y\\`, \\\\z"
    ),
    ("<p>AT&amp;T and R&amp;D, &amp;amp; stays</p>", "AT&T and R&D, \\&amp; stays"),
    (
      "<p># not a heading</p><p>1. not a list</p><p>+ plus</p><p>&gt; quote</p><p>===</p>",
      "\\# not a heading\n\n1\\. not a list\n\n- plus\n\n\\> quote\n\n\\==="
    ),
    ("<p>#1 priority, 2024 was good</p>", "#1 priority, 2024 was good"),
    (
      "<p><a href=\"https://x.example/a_(b)\">the link</a> <a href=\"javascript:alert(1)\">click</a></p>",
      "[the link](<https://x.example/a_(b)>) click"
    ),
    ("<p><a href=\"https://x.example/\">https://x.example/</a></p>", "<https://x.example/>"),
    (
      "<p>use <code>git add -p</code></p><pre>  let x = 1\n  ```\n</pre>",
      "use `git add -p`\n\n````\n  let x = 1\n  ```\n````"
    ),
    ("<blockquote><p>We value people.</p></blockquote>", "> We value people."),
    (
      "<p>seen</p><p hidden>hidden</p><div aria-hidden=\"true\">aria</div><span style=\"display: none\">css</span>",
      "seen"
    ),
    (
      "<table><tr><td><p>Cell paragraph</p></td><td><ul><li>cell item</li></ul></td></tr></table>",
      "Cell paragraph\n\n- cell item"
    ),
    ("<p>&nbsp;</p><p>a&nbsp;&nbsp;b\u{200B}c</p><p>   </p>", "a bc"),
    (
      "<div>loose <span>inline</span> text<p>and a paragraph</p>after</div>",
      "loose inline text\n\nand a paragraph\n\nafter"
    ),
    ("<p><img src=\"https://t.example/p.gif\" width=\"1\">Text<script>x()</script><style>p{}</style></p>", "Text"),
  ]

  @Test func eachCase() {
    for (html, markdown) in Self.cases {
      #expect(HTMLMarkdown().markdown(HTMLTree.fragment(html)) == markdown + "\n", "\(html)")
    }
  }

  /// The words a page shows and those cmark-gfm shows of its Markdown are the same: nothing the
  /// page says is read as a mark, and nothing is lost.
  @Test func cmarkReadsBackThePagesWords() {
    let pages =
      Self.cases.map(\.html) + [
        "<p>*a* _b_ **c** __d__ `e` [f] ![g](h) <i>i</i> \\j &lt;k&gt; |l| ~m~ ~~n~~</p>",
        "<p>1) one<br>2. two<br>- three<br>+ four<br>* five<br># six<br>&gt; seven<br>--- <br>=== </p>",
        "<ul><li># heading?</li><li>1. list?</li><li>&gt; quote?</li><li>- dash</li></ul>",
        "<p><b>bold:</b>word <i>(it)</i>x y<b>[z]</b></p>",
        "<h3>Skills #</h3><h4>C# and F#</h4>",
        "<p>&amp;copy; &amp;#169; &amp;lt; http://auto.example www.auto.example a@b.example</p>",
      ]
    for page in pages {
      let markdown = HTMLMarkdown().markdown(HTMLTree.fragment(page))
      let rendered = Markdown().html(markdown)
      #expect(words(ofHTML: rendered) == words(ofHTML: page), "\(page)\n→ \(markdown)\n→ \(rendered)")
    }
  }

  /// The visible text of some HTML, spaces collapsed, scripts and hidden elements aside.
  func words(ofHTML html: String) -> String {
    let hidden = HTMLMarkdown.dropped
    func text(_ nodes: [HTMLNode]) -> String {
      nodes.map { node in
        switch node {
        case .text(let value): return value
        case .comment: return ""
        case .element(let element):
          if hidden.contains(element.name) || element["hidden"] != nil || element["aria-hidden"] == "true"
            || (element["style"] ?? "").contains("none")
          {
            return ""
          }
          return " " + text(element.children) + " "
        }
      }.joined()
    }
    // Bullets written as characters become list markers, a space may part emphasis from a word
    // (`**Location:** Jakarta`), and smart punctuation makes dashes of hyphens: none of that is a word.
    var normal = text(HTMLTree.fragment(html)).replacingOccurrences(of: "—", with: "---")
      .replacingOccurrences(of: "–", with: "--")
    normal.unicodeScalars.removeAll { Inline.invisible.contains($0) }
    return normal.split(whereSeparator: { Inline.isSpace($0) })
      .filter { !["-", "*", "+", "•"].contains($0) }.joined()
  }
}
