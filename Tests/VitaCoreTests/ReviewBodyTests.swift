import Testing
import VitaCore

/// One body, the code it is judged by, and where the finding must point (nil: must not fire).
struct BodyCase: CustomTestStringConvertible, Sendable {
  var name: String
  var body: String
  var code: ReviewCode
  /// Line and column in the file, the body starting on line 12.
  var at: [Int]?

  var testDescription: String { "\(at == nil ? "quiet" : "fires"): \(code.rawValue): \(name)" }
}

@Suite struct ReviewBodyTests {
  typealias F = ReviewFixture

  static let cases: [BodyCase] = [
    .init(name: "image without alt", body: "Intro.\n\n![](static/dashboard.png)\n", code: .imageNoAlt, at: [14, 1]),
    .init(name: "image inside a sentence", body: "See it: ![ ](a.png) here.", code: .imageNoAlt, at: [12, 9]),
    .init(name: "image with alt", body: "![Dashboard of weekly sales](a.png)", code: .imageNoAlt, at: nil),
    .init(name: "gambar dengan alt", body: "![Foto kegiatan workshop](foto.jpg)", code: .imageNoAlt, at: nil),
    .init(name: "image in a code block", body: "```\n![](a.png)\n```", code: .imageNoAlt, at: nil),
    .init(name: "image in a code span", body: "Write `![](a.png)` for images.", code: .imageNoAlt, at: nil),
    .init(name: "html img without alt", body: "Text.\n\n<img src=\"a.png\">\n", code: .imageNoAlt, at: [14, 1]),
    .init(name: "html img with alt", body: "<img src=\"a.png\" alt=\"Chart\">", code: .imageNoAlt, at: nil),
    .init(name: "html img with empty alt", body: "<img src=\"a.png\" alt=\"\">", code: .imageNoAlt, at: [12, 1]),
    .init(
      name: "link to a missing experience", body: "Line one.\nSee [the app](/experiences/budget-app/).",
      code: .brokenInternalLink, at: [13, 5]),
    .init(name: "relative link to a missing one", body: "[x](../nope/)", code: .brokenInternalLink, at: [12, 1]),
    .init(name: "source link to a missing one", body: "[x](nope.md)", code: .brokenInternalLink, at: [12, 1]),
    .init(
      name: "base URL link to a missing one", body: "[x](https://rina.example.com/experiences/nope/)",
      code: .brokenInternalLink, at: [12, 1]),
    .init(name: "link to a cv-only one", body: "[x](/experiences/barista/)", code: .brokenInternalLink, at: [12, 1]),
    .init(name: "link to an existing one", body: "[x](/experiences/budget-tracker/)", code: .brokenInternalLink),
    .init(name: "relative link to an existing one", body: "[x](../budget-tracker/)", code: .brokenInternalLink),
    .init(name: "source link to an existing one", body: "[x](budget-tracker.md#demo)", code: .brokenInternalLink),
    .init(name: "tautan ke proyek yang ada", body: "Lihat [aplikasi](../budget-tracker/).", code: .brokenInternalLink),
    .init(name: "external link", body: "[x](https://example.com/experiences/nope/)", code: .brokenInternalLink),
    .init(name: "link in a code block", body: "    [x](/experiences/nope/)", code: .brokenInternalLink),
  ]

  static let others = [
    F.experience(slug: "budget-tracker"), F.experience(slug: "barista", visibility: .cvOnly),
  ]

  @Test(arguments: cases)
  func body(_ example: BodyCase) {
    let found = F.findings([F.experience(body: example.body)] + Self.others)
      .filter { $0.code == example.code.rawValue && $0.file == F.file }
    if let at = example.at {
      #expect(found.map { [$0.line, $0.column] } == [at], "\(found.map(\.formatted))")
    } else {
      #expect(found.isEmpty, "\(found.map(\.formatted))")
    }
  }

  @Test func brokenLinkSuggestsTheNearestSlug() {
    let found = F.findings([F.experience(body: "[x](/experiences/budget-traker/)")] + Self.others)
    #expect(found.first?.message.contains("did you mean 'budget-tracker'?") == true)
  }

  @Test func aboutPageLinksAreChecked() {
    let site = F.site(Self.others, about: "Intro.\n\nSee [my app](experiences/budget-app/).")
    let found = Review(site: site, today: F.today).findings().filter { $0.file == "content/about.md" }
    #expect(found.map { [$0.line, $0.column] } == [[3, 5]])
    #expect(found.first?.code == "broken-internal-link")
  }

  @Test(
    arguments: [
      ("/experiences/kostfinder/", InternalLink.Page.experience, "kostfinder"),
      ("/experiences/kostfinder", .experience, "kostfinder"),
      ("/experiences/kostfinder/index.html#top", .experience, "kostfinder"),
      ("https://rina.example.com/experiences/kostfinder/", .experience, "kostfinder"),
      ("../kostfinder/", .experience, "kostfinder"),
      ("../kostfinder", .experience, "kostfinder"),
      ("kostfinder.md", .experience, "kostfinder"),
      ("./kostfinder.md", .experience, "kostfinder"),
      ("../experiences/kostfinder.md", .experience, "kostfinder"),
      ("experiences/kostfinder/", .home, "kostfinder"),
      ("experiences/kostfinder.md", .home, "kostfinder"),
      ("/repo/experiences/kostfinder/", .experience, nil),
      ("https://example.com/experiences/kostfinder/", .experience, nil),
      ("mailto:rina@example.com", .experience, nil),
      ("#section", .experience, nil),
      ("../../cv/", .experience, nil),
      ("/cv/", .experience, nil),
      ("static/report.pdf", .experience, nil),
      ("notes/kostfinder.md", .experience, nil),
      ("kostfinder.md", .home, nil),
    ] as [(String, InternalLink.Page, String?)])
  func internalLink(_ url: String, on page: InternalLink.Page, names slug: String?) {
    #expect(InternalLink.slug(of: url, baseURL: "https://rina.example.com/", on: page) == slug)
  }

  @Test func internalLinksBehindASubPath() {
    let base = "https://u.github.io/repo/"
    #expect(InternalLink.slug(of: "/repo/experiences/kostfinder/", baseURL: base, on: .experience) == "kostfinder")
    #expect(InternalLink.slug(of: base + "experiences/kostfinder/", baseURL: base, on: .experience) == "kostfinder")
  }

  // MARK: Job postings

  @Test(
    arguments: [
      (JobPosting(slug: "empty", title: "Analyst"), true),
      (JobPosting(slug: "short", title: "Analyst", body: "Apply now!"), true),
      (JobPosting(slug: "singkat", title: "Analis", body: "Lamar di sini untuk tim kami."), true),
      (JobPosting(slug: "keywords", title: "Analyst", keywords: ["SQL"]), false),
      (JobPosting(slug: "must", title: "Analyst", mustHave: ["SQL"]), false),
      (JobPosting(slug: "text", title: "Analyst", body: "Write SQL queries and build Tableau dashboards."), false),
      (JobPosting(slug: "teks", title: "Analis", body: "Menguasai SQL, Python dan Tableau."), false),
    ] as [(JobPosting, Bool)])
  func jobWithoutTerms(_ job: JobPosting, fires: Bool) {
    // The loader reports it (`job-no-terms`), for `vita build` and `vita check` alike.
    #expect(job.hasTerms == !fires)
  }
}
