import Foundation
import Testing

@testable import VitaCore

private let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
  .appendingPathComponent("Fixtures/linkedin").path

/// The files of one fixture export, by path inside it.
func linkedInFixture(_ name: String) -> [String: String] {
  let root = fixtures + "/" + name
  var files: [String: String] = [:]
  for case let path as String in FileManager.default.enumerator(atPath: root)?.allObjects ?? []
  where path.hasSuffix(".csv") {
    files[path] = FileManager.default.contents(atPath: root + "/" + path).map { String(decoding: $0, as: UTF8.self) }
  }
  return files
}

@Suite struct LinkedInImportTests {
  /// Imports a fixture and loads it as `vita check` would, drafts included.
  func importAndLoad(_ name: String) throws -> (ImportedSite, Site, [Diagnostic]) {
    let imported = LinkedInImport.site(from: linkedInFixture(name))
    var files: [String: String] = [:]
    for file in imported.files { files["/site/" + file.path] = file.text }
    let today = PartialDate(year: 2026, month: 11, day: 29)
    let loaded = SiteLoader(files: .memory(files), includeDrafts: true, today: today).load(from: "/site")
    let site = try #require(loaded.site, "\(name) does not load: \(loaded.errors.map(\.formatted))")
    let findings = loaded.diagnostics + Review(site: site, today: today).findings()
    return (imported, site, findings)
  }

  @Test(arguments: ["current", "old-format", "partial"])
  func eachFixtureImportsAndChecksWithoutErrors(_ name: String) throws {
    let (_, _, findings) = try importAndLoad(name)
    #expect(!findings.contains { $0.severity == .error }, "\(findings.map(\.formatted))")
  }

  @Test func theCurrentExportLosesNoPositionDescriptionLineDateOrSkill() throws {
    let (imported, site, _) = try importAndLoad("current")
    let all = imported.files.map(\.text).joined(separator: "\n")
    let byTitle = Dictionary(site.experiences.map { ($0.title, $0) }, uniquingKeysWith: { first, _ in first })

    let intern = try #require(byTitle["Data Analyst Intern"])
    #expect(intern.kind == .internship)
    #expect(intern.organization == "PT Data Nusantara")
    #expect(intern.location == "Jakarta, Indonesia")
    #expect(intern.start == PartialDate(year: 2024, month: 6) && intern.end == .on(PartialDate(year: 2024, month: 8)))
    #expect(
      intern.highlights.map(\.text) == [
        "Built a Tableau dashboard that cut weekly reporting time by 15%",
        "Wrote SQL views for the finance team, used by 12 analysts",
      ])
    #expect(intern.body.contains("Worked with the BI team in Jakarta."))

    let barista = try #require(byTitle["Part-time Barista"])
    #expect(barista.kind == .partTime && barista.end == .present && barista.start == PartialDate(year: 2022, month: 9))
    #expect(barista.body.contains("trained 3 new baristas"))
    let consultant = try #require(byTitle["Freelance Data Consultant"])
    #expect(consultant.kind == .freelance && consultant.organization == "Café \"Lima\"")
    #expect(consultant.start == PartialDate(year: 2023) && consultant.end == .on(PartialDate(year: 2023, month: 12)))
    #expect(consultant.highlights.count == 2)

    let degree = try #require(byTitle["Bachelor of Science - BS"])
    #expect(degree.kind == .education && degree.organization == "Universitas Nusantara")
    #expect(degree.degree == "Bachelor of Science - BS")
    #expect(degree.body.contains("Himpunan Mahasiswa Sistem Informasi, Datathon Club"))
    #expect(degree.body.contains("Thesis on churn prediction"))

    let tableau = try #require(byTitle["Tableau Desktop Specialist"])
    #expect(tableau.kind == .certification && tableau.organization == "Tableau")
    #expect(tableau.links.map(\.url) == ["https://www.credly.com/badges/tds-rina"])
    #expect(tableau.body.contains("TDS-12345") && tableau.body.contains("2026-03"))

    let project = try #require(byTitle["KostFinder"])
    #expect(project.kind == .project && project.highlights.count == 2)
    #expect(project.body.contains("helps students find rooms"))
    #expect(byTitle["Volunteer Teacher"]?.kind == .volunteer)
    #expect(byTitle["Volunteer Teacher"]?.body.contains("Cause: Education") == true)

    // An honour names no issuer and a course no date: drafts, their fields left empty, never made up.
    let honour = try #require(byTitle["First place, Bandung City Datathon"])
    #expect(honour.kind == .competition && honour.draft && honour.organization == nil)
    let course = try #require(byTitle["Database Systems"])
    #expect(course.kind == .course && course.draft)
    #expect(course.body.contains("IF2240"))
    #expect(imported.experiences == 11)
    #expect(site.experiences.filter(\.draft).count == 3)

    let person = site.config.person
    #expect(person.name == "Rina Wijaya")
    #expect(person.email == "rina@example.com")
    #expect(person.location == "Bandung, West Java, Indonesia")
    #expect(person.links.map(\.url) == ["https://rina.example.com", "https://github.com/rina"])
    #expect(site.config.skills.flatMap(\.keywords) == ["SQL", "Python", "Tableau", "Data Visualization", "Power BI"])
    #expect(site.config.languages.map(\.language) == ["Indonesian", "English"])
    #expect(site.about?.contains("\"clean\" dashboards") == true)
    #expect(!all.contains("Budi"), "Connections.csv is not imported")
  }

  @Test(arguments: ["current", "old-format"])
  func theHomeAddressAndTheBirthDateAreNeverImported(_ name: String) throws {
    let all = LinkedInImport.site(from: linkedInFixture(name)).files.map(\.text).joined(separator: "\n")
    for secret in ["Rahasia", "14 Feb 2002", "40132", "Kenanga", "1/2/1996", "60111"] {
      #expect(!all.contains(secret), "\(secret) was imported")
    }
  }

  @Test func theOldFormatIsReadByItsColumnNames() throws {
    let (_, site, _) = try importAndLoad("old-format")
    let byTitle = Dictionary(site.experiences.map { ($0.title, $0) }, uniquingKeysWith: { first, _ in first })
    let staff = try #require(byTitle["Accounting Staff"])
    #expect(staff.organization == "CV Maju Bersama" && staff.start == PartialDate(year: 2018, month: 3))
    #expect(staff.end == .present)
    #expect(
      staff.highlights.map(\.text) == [
        "Reconciled 400 invoices a month", "Automated the petty cash report with Excel macros",
      ])
    let intern = try #require(byTitle["Accounting Intern"])
    #expect(intern.kind == .internship && intern.end == .on(PartialDate(year: 2017, month: 8)))
    #expect(site.config.person.name == "Budi Santoso" && site.config.person.email == "budi@example.com")
    #expect(site.config.person.links.map(\.url) == ["https://budi.example.com"])
    #expect(site.config.skills.flatMap(\.keywords) == ["Accounting", "Microsoft Excel"])
  }

  @Test func aPartialExportGivesDraftsForWhatItLacks() throws {
    let (imported, site, findings) = try importAndLoad("partial")
    #expect(site.experiences.count == 2)
    #expect(site.experiences.allSatisfy { $0.draft })
    let untitled = try #require(site.experiences.first { $0.organization == "Warung Digital" })
    #expect(untitled.start == PartialDate(year: 2021, month: 3))
    let undated = try #require(site.experiences.first { $0.title == "Bookkeeper" })
    #expect(undated.organization == "Koperasi Sejahtera")
    #expect(findings.filter { $0.code == "required" }.allSatisfy { $0.severity == .note })
    #expect(imported.notes.contains { $0.contains("the export gives no name") })
    let texts = imported.files.map(\.text).joined(separator: "\n")
    #expect(!texts.contains("title: Work") && texts.contains("title:\n"))
  }

  @Test(
    arguments: [
      ("Jan 2024", "2024-01"), ("January 2024", "2024-01"), ("Sept 2019", "2019-09"), ("2024", "2024"),
      ("01/2024", "2024-01"), ("1/2024", "2024-01"), ("2024-03", "2024-03"), ("Oct 2, 2022", "2022-10-02"),
      ("2 Oct 2022", "2022-10-02"), ("3/15/2024", "2024-03-15"), ("", nil), ("  ", nil), ("soon", "soon"),
      ("13/2024", "13/2024"),
    ] as [(String, String?)])
  func datesAreWrittenAsVitaWritesThem(_ text: String, _ expected: String?) {
    #expect(LinkedInImport.date(text) == expected)
  }

  @Test(
    arguments: [
      ("• One\n• Two\nA note.", ["One", "Two"], ["A note."]),
      ("- One\n- Two", ["One", "Two"], []),
      ("1. One\n2) Two", ["One", "Two"], []),
      ("Just prose, with commas, on one line.", [], ["Just prose, with commas, on one line."]),
      ("First paragraph\nstill first.\n\nSecond.", [], ["First paragraph\nstill first.", "Second."]),
      ("• One • Two • Three", ["One", "Two", "Three"], []),
      ("Intro:\r\n* One\r\n* Two", ["One", "Two"], ["Intro:"]),
    ] as [(String, [String], [String])])
  func bulletListsBecomeHighlightsAndProseStaysTheBody(_ text: String, highlights: [String], body: [String]) {
    let split = LinkedInImport.split(text)
    #expect(split.highlights == highlights)
    #expect(split.body == body)
  }
}
