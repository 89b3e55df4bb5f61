import Foundation
import Testing
import VitaCore

@testable import VitaSite

let internship = Experience(
  slug: "data-intern", title: "Data Analyst Intern", kind: .internship, organization: "PT Data Nusantara",
  start: PartialDate(year: 2024, month: 6), end: .on(PartialDate(year: 2024, month: 8)), skills: ["SQL", "Python"],
  highlights: [Highlight(text: "Cut reporting time by **15%**", location: SourceLocation(file: "x"))],
  featured: true, body: "The story.")
let cvOnly = Experience(
  slug: "barista", title: "Barista", kind: .partTime, organization: "Kopi Senja", start: PartialDate(year: 2023),
  end: .present, visibility: .cvOnly)
let secret = Experience(
  slug: "secret-project", title: "SECRET-TITLE", kind: .project, start: PartialDate(year: 2022),
  highlights: [Highlight(text: "SECRET-HIGHLIGHT", location: SourceLocation(file: "x"))], visibility: .private,
  reflection: "SECRET-REFLECTION")
let study = Experience(
  slug: "bsc", title: "Information Systems", kind: .education, organization: "Universitas Nusantara",
  start: PartialDate(year: 2022, month: 8), end: .present, degree: "Bachelor of Science", area: "Information Systems",
  score: "3.72/4.00")

@Suite struct SiteRendererTests {
  let files: OutputFiles

  init() throws {
    files = try SiteRenderer(site: makeSite(experiences: [internship, cvOnly, secret, study]), theme: defaultTheme)
      .render()
  }

  @Test func writesTheLayoutOfSpec() {
    for path in [
      "index.html", "experiences/data-intern/index.html", "experiences/bsc/index.html", "cv/index.html",
      "sitemap.xml", "robots.txt", "404.html", "assets/style.css",
    ] {
      #expect(files[path] != nil, "missing \(path)")
    }
  }

  @Test func givesPagesOnlyToPublicExperiences() {
    #expect(files["experiences/barista/index.html"] == nil)
    #expect(files["experiences/secret-project/index.html"] == nil)
    #expect(!text(files, "index.html").contains("Barista"))
    #expect(!text(files, "sitemap.xml").contains("barista"))
  }

  @Test func putsCVOnlyExperiencesOnTheCVButPrivateOnesNowhere() {
    let cv = text(files, "cv/index.html")
    #expect(cv.contains("Barista"))
    for (path, data) in files.files {
      let content = String(decoding: data, as: UTF8.self)
      #expect(!content.contains("SECRET"), "a private value leaked into \(path)")
      #expect(!path.contains("secret"), "a private slug leaked into a file name: \(path)")
    }
  }

  @Test func keepsPrivatePersonFieldsOffPublicPages() {
    for (path, data) in files.files {
      #expect(!String(decoding: data, as: UTF8.self).contains("+62 812"), "the private phone leaked into \(path)")
    }
    #expect(text(files, "cv/index.html").contains("rina@example.com"))
  }

  @Test func ordersCVSectionsAsTheKindTableAndFormatsDates() throws {
    let cv = text(files, "cv/index.html")
    let work = try #require(cv.range(of: "Work Experience"))
    let education = try #require(cv.range(of: ">Education<"))
    #expect(work.lowerBound < education.lowerBound)
    let barista = try #require(cv.range(of: "Barista"))
    let intern = try #require(cv.range(of: "Data Analyst Intern"))
    #expect(barista.lowerBound < intern.lowerBound, "the ongoing job comes first")
    #expect(cv.contains("June 2024 – August 2024"))
    #expect(cv.contains("Bachelor of Science, Information Systems · GPA 3.72/4.00"))
    #expect(cv.contains("Cut reporting time by <strong>15%</strong>"))
  }

  @Test func linksEachSkillToTheExperiencesThatShowIt() {
    let home = text(files, "index.html")
    #expect(home.contains("id=\"skill-sql\""))
    #expect(home.contains("<a href=\"experiences/data-intern/\">Data Analyst Intern</a>"))
    #expect(text(files, "experiences/data-intern/index.html").contains("href=\"../../#skill-sql\""))
  }

  @Test func writesAbsoluteURLsOnlyInCanonicalLinksAndTheSitemap() {
    #expect(text(files, "sitemap.xml").contains("<loc>https://rina.example.com/experiences/data-intern/</loc>"))
    #expect(
      text(files, "experiences/data-intern/index.html").contains(
        "<link rel=\"canonical\" href=\"https://rina.example.com/experiences/data-intern/\">"))
    #expect(text(files, "robots.txt").contains("Sitemap: https://rina.example.com/sitemap.xml"))
  }

  @Test func worksUnderASubPath() throws {
    let site = makeSite(experiences: [internship], baseURL: "https://u.github.io/repo/")
    let files = try SiteRenderer(site: site, theme: defaultTheme).render()
    #expect(text(files, "experiences/data-intern/index.html").contains("href=\"../../assets/style.css\""))
    #expect(text(files, "404.html").contains("href=\"/repo/assets/style.css\""))
    #expect(text(files, "sitemap.xml").contains("<loc>https://u.github.io/repo/cv/</loc>"))
  }

  @Test func speaksIndonesian() throws {
    let site = makeSite(experiences: [internship, study], language: .id)
    let files = try SiteRenderer(site: site, theme: defaultTheme).render()
    let cv = text(files, "cv/index.html")
    #expect(cv.contains("<html lang=\"id\" "))
    #expect(cv.contains("Pengalaman Kerja"))
    #expect(cv.contains("Pendidikan"))
    #expect(cv.contains("Juni 2024 – Agustus 2024"))
    #expect(cv.contains("Agustus 2022 – sekarang"))
    #expect(cv.contains("IPK 3.72/4.00"))
  }

  @Test func escapesEveryValueFromFrontMatter() throws {
    var hostile = internship
    hostile.title = "<script>alert('t')</script>"
    hostile.organization = "\"><img src=x onerror=alert(1)>"
    hostile.skills = ["<b>SQL</b>"]
    hostile.highlights = [Highlight(text: "<script>x</script> grew 5%", location: SourceLocation(file: "x"))]
    let files = try SiteRenderer(site: makeSite(experiences: [hostile]), theme: defaultTheme).render()
    for (path, data) in files.files where path.hasSuffix(".html") {
      let html = String(decoding: data, as: UTF8.self)
      #expect(!html.contains("<script>"), "unescaped script in \(path)")
      #expect(!html.contains("<img src=x"), "unescaped attribute in \(path)")
      #expect(!html.contains("<b>SQL"), "unescaped skill in \(path)")
    }
  }

  @Test func rendersTheSameBytesTwice() throws {
    let site = makeSite(experiences: [internship, cvOnly, secret, study])
    let again = try SiteRenderer(site: site, theme: defaultTheme).render()
    #expect(again.files == files.files)
  }
}

@Suite struct DateStyleTests {
  @Test(arguments: [
    (Language.en, "2024-06", "2024-08", "June 2024 – August 2024"),
    (.en, "2024-06", "present", "June 2024 – present"),
    (.id, "2024-06", "present", "Juni 2024 – sekarang"),
    (.id, "2023-12", "2024-05", "Desember 2023 – Mei 2024"),
    (.en, "2023", "2024", "2023 – 2024"),
    (.en, "2025-02-14", "2025-02-14", "February 2025"),
    (.en, "2025-02-14", "2025-02-16", "February 2025"),
  ])
  func formatsRangesAsPeopleReadThem(language: Language, start: String, end: String, expected: String) throws {
    let startDate = try #require(PartialDate(parsing: start))
    let endDate: EndDate = try end == "present" ? .present : .on(#require(PartialDate(parsing: end)))
    #expect(DateStyle(language).range(startDate, endDate) == expected)
  }

  @Test func formatsNumericDatesForATS() throws {
    #expect(DateStyle(.en).numeric(try #require(PartialDate(parsing: "2024-06"))) == "06/2024")
    #expect(
      DateStyle(.en).range(try #require(PartialDate(parsing: "2021-12")), .present, numeric: true)
        == "12/2021 – present")
  }
}

@Suite struct SourceLinkTests {
  @Test(arguments: [
    ("bsc.md", "../bsc/"), ("./bsc.md#grades", "../bsc/#grades"), ("../experiences/bsc.md", "../bsc/"),
  ])
  func turnsLinksToSourceFilesIntoPageLinks(link: String, page: String) throws {
    var linking = internship
    linking.body = "See [my studies](\(link))."
    let files = try SiteRenderer(site: makeSite(experiences: [linking, study]), theme: defaultTheme).render()
    #expect(text(files, "experiences/data-intern/index.html").contains("<a href=\"\(page)\">my studies</a>"))
  }

  /// An experience without a page (CV only, private) has no page to link to: its file stays as written.
  @Test(arguments: ["barista.md", "secret-project.md"])
  func leavesLinksToExperiencesWithoutAPageAlone(link: String) throws {
    var linking = internship
    linking.body = "See [that](\(link)) and [my studies](bsc.md)."
    let files = try SiteRenderer(site: makeSite(experiences: [linking, study, cvOnly, secret]), theme: defaultTheme)
      .render()
    let html = text(files, "experiences/data-intern/index.html")
    #expect(html.contains("<a href=\"\(link)\">that</a>"))
    #expect(html.contains("<a href=\"../bsc/\">my studies</a>"))
  }

  @Test func leavesOtherLinksAlone() throws {
    var linking = internship
    linking.body = "See [notes](notes.md#x) and [web](https://example.com/a.md)."
    let files = try SiteRenderer(site: makeSite(experiences: [linking]), theme: defaultTheme).render()
    let html = text(files, "experiences/data-intern/index.html")
    #expect(html.contains("href=\"notes.md#x\""))
    #expect(html.contains("href=\"https://example.com/a.md\""))
  }
}
