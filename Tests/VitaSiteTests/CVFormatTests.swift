import Foundation
import Testing
import VitaCore

@testable import VitaSite

private let here = SourceLocation(file: "x")

/// One experience of every kind, for the mapping tables.
private func experience(_ kind: Kind, slug: String? = nil) -> Experience {
  Experience(
    slug: slug ?? "e-\(kind.rawValue)", title: "Title \(kind.rawValue)", kind: kind,
    organization: "Org \(kind.rawValue)",
    start: PartialDate(year: 2023, month: 2), end: .on(PartialDate(year: 2023, month: 9)),
    highlights: [Highlight(text: "Grew *sales* by **12%** with [a `tool`](https://x.example)", location: here)])
}

private func generalCV(_ site: Site) -> CVDocument {
  CVDocument.general(site: site, person: site.config.person.publicView)
}

private func decodedResume(_ site: Site) throws -> JSONResume {
  let json = JSONResumeExport.render(generalCV(site), site: site.config)
  return try JSONDecoder().decode(JSONResume.self, from: Data(json.utf8))
}

@Suite struct PlainTextCVTests {
  let site = makeSite(experiences: [internship, cvOnly, secret, study])

  var text: String { PlainTextCV.render(generalCV(site), site: site.config) }

  @Test func givesContactDetailsAsLabelledLinesWithoutPrivateFields() {
    #expect(text.contains("\nEmail: rina@example.com\n"))
    #expect(text.contains("\nPortfolio: https://rina.example.com/\n"))
    #expect(!text.contains("Phone"))
    #expect(!text.contains("+62 812"))
  }

  @Test func showsPhoneWhenTheCVIsGivenThePrivateView() {
    let full = PlainTextCV.render(CVDocument.general(site: site, person: site.config.person), site: site.config)
    #expect(full.contains("\nPhone: +62 812\n"))
  }

  @Test func writesNumericDatesAndPlainBullets() {
    #expect(text.contains("\nData Analyst Intern\nPT Data Nusantara\n06/2024 – 08/2024\n- Cut reporting time by 15%\n"))
    #expect(text.contains("\n2023 – present\n"))
    #expect(text.contains("Bachelor of Science, Information Systems, GPA 3.72/4.00"))
  }

  @Test func stripsInlineMarkdownToItsWords() {
    var marked = internship
    marked.highlights = [Highlight(text: "Grew *sales* by **12%** with [a `tool`](https://x.example)", location: here)]
    let site = makeSite(experiences: [marked])
    let text = PlainTextCV.render(generalCV(site), site: site.config)
    #expect(text.contains("\n- Grew sales by 12% with a tool\n"))
    #expect(!text.contains("*") && !text.contains("`") && !text.contains("]("))
  }

  @Test func leavesPrivateExperiencesOut() {
    #expect(!text.contains("SECRET"))
  }

  @Test func isOneColumnOfPlainLines() {
    #expect(!text.contains("\t"))
    #expect(!text.contains("<"))
    #expect(!text.contains("|"))
    #expect(text.hasSuffix("\n"))
  }

  @Test(arguments: [
    (Language.en, ["WORK EXPERIENCE", "EDUCATION", "SKILLS"]),
    (.id, ["PENGALAMAN KERJA", "PENDIDIKAN", "KEAHLIAN"]),
  ])
  func usesTheStandardHeadingsOfTheSiteLanguage(language: Language, headings: [String]) throws {
    var site = makeSite(experiences: [internship, study], language: language)
    site.config.skills = [SkillGroup(name: "Data", keywords: ["SQL"])]
    let text = PlainTextCV.render(generalCV(site), site: site.config)
    var previous = text.startIndex
    for heading in headings {
      let found = try #require(text.range(of: "\n\n\(heading)\n"), "no \(heading) in \(language)")
      #expect(found.lowerBound > previous, "\(heading) is out of order")
      previous = found.lowerBound
    }
  }
}

@Suite struct JSONResumeExportTests {
  @Test(arguments: [
    (Kind.job, "work"), (.internship, "work"), (.freelance, "work"), (.partTime, "work"),
    (.volunteer, "volunteer"), (.organization, "volunteer"), (.education, "education"), (.competition, "awards"),
    (.certification, "certificates"), (.project, "projects"), (.course, "projects"), (.bootcamp, "projects"),
  ])
  func mapsEveryKindToItsSection(kind: Kind, section: String) throws {
    let site = makeSite(experiences: [experience(kind)])
    let json = JSONResumeExport.render(generalCV(site), site: site.config)
    let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    let sections = ["work", "volunteer", "education", "awards", "certificates", "projects"]
    for other in sections {
      #expect((object[other] != nil) == (other == section), "\(kind) shows in \(other)")
    }
    let entry = try #require((object[section] as? [[String: Any]])?.first)
    let text = String(describing: entry)
    #expect(text.contains("Title \(kind.rawValue)"))
    #expect(text.contains("Org \(kind.rawValue)"))
    #expect(text.contains("Grew sales by 12% with a tool"), "the highlight is missing or still Markdown")
  }

  @Test func writesEducationAndProjectFields() throws {
    var course = experience(.course)
    course.skills = ["SQL"]
    let resume = try decodedResume(makeSite(experiences: [study, course, experience(.project)]))
    let education = try #require(resume.education?.first)
    #expect(education.studyType == "Bachelor of Science")
    #expect(education.area == "Information Systems")
    #expect(education.score == "3.72/4.00")
    #expect(education.institution == "Universitas Nusantara")
    let projects = try #require(resume.projects)
    #expect(projects.map(\.type) == [nil, "course"])
    #expect(projects.last?.keywords == ["SQL"])
    #expect(projects.last?.entity == "Org course")
  }

  @Test func writesISODatesAndLeavesOngoingEndsOut() throws {
    let resume = try decodedResume(makeSite(experiences: [internship, cvOnly, study]))
    let work = try #require(resume.work)
    #expect(work.map(\.startDate) == ["2023", "2024-06"])
    #expect(work.map(\.endDate) == [nil, "2024-08"])
    let award = try #require(try decodedResume(makeSite(experiences: [experience(.competition)])).awards?.first)
    #expect(award.date == "2023-09")
  }

  @Test func exportsNothingPrivate() throws {
    var person = Person(
      name: "Rina", email: "rina@example.com", phone: "+62 812",
      links: [Link(label: "GitHub", url: "https://github.com/r")],
      summary: "PRIVATE-SUMMARY", privateFields: ["phone", "summary"])
    person.location = "Bandung, Indonesia"
    var withStory = internship
    withStory.reflection = "SECRET-REFLECTION"
    withStory.star = Story(situation: "SECRET-S", task: "SECRET-T", action: "SECRET-A", result: "SECRET-R")
    withStory.body = "SECRET-BODY"
    let site = makeSite(experiences: [withStory, secret, study], person: person)
    let json = JSONResumeExport.render(generalCV(site), site: site.config)
    for leak in ["SECRET", "+62 812", "PRIVATE-SUMMARY", "secret-project"] {
      #expect(!json.contains(leak), "\(leak) leaked into resume.json")
    }
    let basics = try #require(try decodedResume(site).basics)
    #expect(basics.email == "rina@example.com")
    #expect(basics.location?.city == "Bandung")
    #expect(basics.location?.countryCode == "ID")
    #expect(basics.profiles == [JSONResume.Profile(network: "GitHub", username: "r", url: "https://github.com/r")])
  }

  @Test func groupsSkillsAsVitaYmlAndPutsTheRestUnderOther() throws {
    var site = makeSite(experiences: [internship])
    site.config.skills = [SkillGroup(name: "Data", keywords: ["SQL", "Tableau"])]
    let skills = try #require(try decodedResume(site).skills)
    #expect(
      skills == [
        JSONResume.Skill(name: "Data", keywords: ["SQL", "Tableau"]), .init(name: "Other", keywords: ["Python"]),
      ])
  }

  @Test func isDeterministicWithSortedKeys() {
    let site = makeSite(experiences: [internship, cvOnly, study])
    let json = JSONResumeExport.render(generalCV(site), site: site.config)
    #expect(json == JSONResumeExport.render(generalCV(site), site: site.config))
    let keys = json.split(separator: "\n").filter { $0.hasPrefix("  \"") }.map { $0.split(separator: "\"")[1] }
    #expect(keys == keys.sorted())
    #expect(keys.first == "$schema")
  }
}

@Suite struct StructuredDataTests {
  static let hostile = "</script><script>alert(1)</script><!-- & more"

  @Test func cannotBreakOutOfItsScriptElement() throws {
    var person = Person(name: Self.hostile, headline: Self.hostile)
    person.links = [Link(label: "x", url: "https://x.example/\(Self.hostile)")]
    var hostileSkill = internship
    hostileSkill.skills = [Self.hostile]
    let site = makeSite(experiences: [hostileSkill], person: person)
    let files = try SiteRenderer(site: site, theme: defaultTheme).render()
    let home = text(files, "index.html")
    let start = try #require(home.range(of: "<script type=\"application/ld+json\">"))
    let end = try #require(home.range(of: "</script>", range: start.upperBound..<home.endIndex))
    let json = String(home[start.upperBound..<end.lowerBound])
    #expect(!json.contains("<") && !json.contains(">") && !json.contains("&"))
    #expect(json.contains("\\u003c/script\\u003e"))
    let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    #expect(object["name"] as? String == Self.hostile, "the escapes must decode to the same text")
    #expect((object["knowsAbout"] as? [String])?.contains(Self.hostile) == true)
  }

  @Test func describesThePersonWithSchemaOrgTerms() throws {
    let site = makeSite(
      experiences: [internship, study, experience(.certification), secret],
      person: Person(
        name: "Rina", headline: "Data analyst", phone: "+62 812",
        links: [Link(label: "GitHub", url: "https://github.com/r")], privateFields: ["phone"]))
    let json = StructuredData.person(generalCV(site), site: site.config)
    let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    #expect(object["@context"] as? String == "https://schema.org")
    #expect(object["@type"] as? String == "Person")
    #expect(object["jobTitle"] as? String == "Data analyst")
    #expect(object["url"] as? String == "https://rina.example.com/")
    #expect(object["sameAs"] as? [String] == ["https://github.com/r"])
    #expect((object["alumniOf"] as? [[String: Any]])?.first?["name"] as? String == "Universitas Nusantara")
    #expect((object["hasCredential"] as? [[String: Any]])?.first?["name"] as? String == "Title certification")
    #expect((object["knowsAbout"] as? [String]) == ["SQL", "Python"])
    #expect(!json.contains("SECRET") && !json.contains("+62"))
  }

  @Test func givesEveryPageOpenGraphAndTwitterCardTags() throws {
    let files = try SiteRenderer(site: makeSite(experiences: [internship, study]), theme: defaultTheme).render()
    let pages = files.files.keys.filter { $0.hasSuffix(".html") }
    #expect(pages.count == 5)
    for path in pages {
      let html = text(files, path)
      for tag in ["og:title", "og:description", "og:url", "og:type"] {
        #expect(html.contains("<meta property=\"\(tag)\" content=\""), "\(path) has no \(tag)")
      }
      #expect(html.contains("<meta name=\"twitter:card\" content=\"summary\">"), "\(path) has no twitter:card")
    }
    #expect(
      text(files, "experiences/data-intern/index.html").contains(
        "og:url\" content=\"https://rina.example.com/experiences/data-intern/\""))
    #expect(text(files, "index.html").contains("og:type\" content=\"profile\""))
  }
}
