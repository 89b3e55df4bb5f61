import Testing
import VitaCore

@testable import VitaSite

/// What a new user saw on their site in the first hour: scores, figures, phone links and drafts.
@Suite struct FirstHourSiteTests {
  @Test(arguments: [
    ("3.72/4.00", Language.en, "GPA 3.72/4.00"),
    ("3,72", .id, "IPK 3,72"),
    ("3,72/4,00", .id, "IPK 3,72/4,00"),
    ("3.8", .en, "GPA 3.8"),
    ("First-class honours", .en, "First-class honours"),
    ("2:1", .en, "2:1"),
    ("Upper Second Class (2:1)", .en, "Upper Second Class (2:1)"),
    ("Cum laude", .id, "Cum laude"),
    ("85/100", .en, "Grade 85/100"),
    ("85%", .id, "Nilai 85%"),
    ("CGPA 3.9/4.0", .en, "CGPA 3.9/4.0"),
  ])
  func anEducationScoreGetsTheLabelItsValueNeeds(score: String, language: Language, shown: String) throws {
    let education = Experience(
      slug: "degree", title: "BSc Economics", kind: .education, organization: "University of Leeds",
      start: PartialDate(year: 2020), end: .on(PartialDate(year: 2023)), degree: "BSc", area: "Economics",
      score: score)
    let files = try SiteRenderer(site: makeSite(experiences: [education], language: language), theme: defaultTheme)
      .render()
    let page = text(files, "experiences/degree/index.html")
    #expect(page.contains("BSc, Economics · \(shown)</p>"), "\(page)")
    #expect(!page.contains("GPA 2:1") && !page.contains("GPA First"))
    #expect(text(files, "cv/cv.txt").contains("BSc, Economics, \(shown)"))
  }

  @Test func theSelfInitiatedFigureSaysWhatItCounts() throws {
    let required = Experience(
      slug: "required", title: "Intern", kind: .internship, organization: "PT A", start: PartialDate(year: 2024),
      mandatory: true)
    let chosen = Experience(slug: "chosen", title: "App", kind: .project, start: PartialDate(year: 2023))
    let files = try SiteRenderer(site: makeSite(experiences: [required, chosen]), theme: defaultTheme).render()
    #expect(text(files, "index.html").contains("<strong>1</strong> by choice, not required</li>"))
    let indonesian = try SiteRenderer(
      site: makeSite(experiences: [required, chosen], language: .id), theme: defaultTheme
    ).render()
    #expect(text(indonesian, "index.html").contains("<strong>1</strong> atas pilihan sendiri, tidak wajib</li>"))
  }

  @Test func aPhoneLinkHoldsNoSpaces() throws {
    let person = Person(name: "Rina", phone: "+62 812 0000 0000")
    let files = try SiteRenderer(site: makeSite(experiences: [], person: person), theme: defaultTheme).render()
    #expect(text(files, "index.html").contains("<a href=\"tel:+6281200000000\">+62 812 0000 0000</a>"))
  }

  @Test func aDraftIsMarkedOnItsCardAndItsPage() throws {
    let draft = Experience(
      slug: "draft", title: "Relawan", kind: .volunteer, start: PartialDate(year: 2024), draft: true)
    let files = try SiteRenderer(site: makeSite(experiences: [draft, internship]), theme: defaultTheme).render()
    #expect(text(files, "experiences/draft/index.html").contains("<span class=\"draft-mark\">Draft</span>"))
    #expect(text(files, "index.html").components(separatedBy: "draft-mark").count == 2, "one card is a draft")
    #expect(!text(files, "experiences/data-intern/index.html").contains("draft-mark"))
  }
}
