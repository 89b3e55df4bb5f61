import Testing

@testable import VitaCore

@Suite struct FrontMatterTests {
  @Test func splitsYAMLAndBodyWithLineNumbers() throws {
    let document = try FrontMatterDocument.split("---\ntitle: A\nkind: job\n---\nBody line\n").get()
    #expect(document.yaml == "title: A\nkind: job")
    #expect(document.yamlFirstLine == 2)
    #expect(document.body == "Body line\n")
    #expect(document.bodyFirstLine == 5)
  }

  @Test func acceptsDotsAsTheClosingFenceAndTrailingSpaces() throws {
    let document = try FrontMatterDocument.split("--- \ntitle: A\n...\nBody").get()
    #expect(document.yaml == "title: A")
    #expect(document.body == "Body")
  }

  @Test func keepsTheBodyWholeEvenWhenItHoldsFences() throws {
    let document = try FrontMatterDocument.split("---\n---\nIntro\n\n---\n\nMore\n").get()
    #expect(document.yaml == "")
    #expect(document.body == "Intro\n\n---\n\nMore\n")
    #expect(document.bodyFirstLine == 3)
  }

  @Test func refusesAFileWithoutOpeningFence() {
    #expect(FrontMatterDocument.split("title: A\n---\n") == .failure(.missingOpeningFence))
  }

  @Test func refusesFrontMatterThatIsNeverClosed() {
    #expect(FrontMatterDocument.split("---\ntitle: A\n") == .failure(.missingClosingFence(openedAtLine: 1)))
  }
}

@Suite struct PartialDateTests {
  @Test(arguments: [
    ("2024", PartialDate(year: 2024)),
    ("2024-06", PartialDate(year: 2024, month: 6)),
    ("2024-06-15", PartialDate(year: 2024, month: 6, day: 15)),
    ("2024-02-29", PartialDate(year: 2024, month: 2, day: 29)),
    ("2000-02-29", PartialDate(year: 2000, month: 2, day: 29)),
  ])
  func readsValidDates(text: String, expected: PartialDate) {
    #expect(PartialDate(parsing: text) == expected)
    #expect(PartialDate(parsing: text)?.description == text)
  }

  @Test(arguments: [
    "2023-02-29", "1900-02-29", "2024-13", "2024-00", "2024-6", "24-06", "2024-06-31", "June 2024", "2024/06",
    "", "2024-06-15T10:00", "+2024", "２０２４",
  ])
  func refusesImpossibleOrMalformedDates(text: String) {
    #expect(PartialDate(parsing: text) == nil)
  }

  @Test func ordersByYearThenMonthThenDay() {
    let dates = ["2024-06-15", "2023", "2024", "2024-06", "2024-01"].compactMap(PartialDate.init(parsing:))
    #expect(dates.sorted().map(\.description) == ["2023", "2024", "2024-01", "2024-06", "2024-06-15"])
  }
}

@Suite struct SlugTests {
  @Test(arguments: ["data-intern", "a", "project-2024", "x1-y2"])
  func acceptsValidSlugs(slug: String) {
    #expect(Slug.isValid(slug))
  }

  @Test(arguments: ["", "Data", "data_intern", "-data", "data-", "data--intern", "data intern", "kopi-señja", "../etc"])
  func refusesInvalidSlugs(slug: String) {
    #expect(!Slug.isValid(slug))
  }

  @Test(arguments: [
    ("Magang di PT Maju Jaya", "magang-di-pt-maju-jaya"),
    ("Café Ñandú & Co.", "cafe-nandu-co"),
    ("Juara 1 — Lomba Hackathon!", "juara-1-lomba-hackathon"),
    ("Ketua Himpunan Mahasiswa (HMSI) 2024/2025", "ketua-himpunan-mahasiswa-hmsi-2024-2025"),
    ("Rina's C++ project", "rinas-c-project"),
    ("  --  ", ""),
  ])
  func makesCleanASCIISlugsFromTitles(title: String, slug: String) {
    #expect(Slug.make(from: title) == slug)
    if !slug.isEmpty { #expect(Slug.isValid(Slug.make(from: title))) }
  }
}

@Suite struct LinkPolicyTests {
  @Test(arguments: [
    "https://example.com", "http://a.b/c", "mailto:rina@example.com", "tel:+62812", "/cv/", "../x/", "page.html",
    "#top", "docs/a:b",
  ])
  func allowsWebMailPhoneAndRelativeLinks(url: String) {
    #expect(LinkPolicy.isAllowed(url))
  }

  @Test(arguments: [
    "javascript:alert(1)", "JavaScript:alert(1)", "data:text/html,x", "vbscript:x", "file:///etc/passwd", "",
    "java\u{0}script:x", "javascript:\u{200D}alert(1)", "javascript:\u{301}x", " vbscript:\u{FE0F}x",
  ])
  func refusesOtherSchemes(url: String) {
    #expect(!LinkPolicy.isAllowed(url))
  }
}

@Suite struct NearMissTests {
  @Test(arguments: [
    ("higlights", "highlights"), ("orgnization", "organization"), ("titel", "title"), ("strat", "start"),
    ("skils", "skills"),
  ])
  func suggestsTheIntendedKey(typo: String, intended: String) {
    #expect(NearMiss.closest(to: typo, among: SiteLoader.experienceKeys) == intended)
  }

  @Test func suggestsNothingForUnrelatedKeys() {
    #expect(NearMiss.closest(to: "favourite_colour", among: SiteLoader.experienceKeys) == nil)
  }
}
