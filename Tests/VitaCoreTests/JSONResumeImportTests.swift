import Foundation
import Testing

@testable import VitaCore

private let sampleURL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
  .appendingPathComponent("Fixtures/jsonresume/sample.resume.json")

/// Imports `resume` and loads the files as Vita would, in memory.
private func importAndLoad(_ resume: JSONResume, drafts: Bool = false) throws -> (ImportedSite, Site) {
  let imported = JSONResumeImport.site(from: resume)
  var files: [String: String] = [:]
  for file in imported.files { files["/site/" + file.path] = file.text }
  let loaded = SiteLoader(files: .memory(files), includeDrafts: drafts).load(from: "/site")
  let site = try #require(loaded.site, "the imported site does not load: \(loaded.errors.map(\.formatted))")
  return (imported, site)
}

private func decode(_ json: String) throws -> JSONResume {
  try JSONResumeImport.decode(Data(json.utf8))
}

@Suite struct JSONResumeImportTests {
  @Test func theOfficialSampleLoadsWithEveryEntryAndHighlight() throws {
    let resume = try JSONResumeImport.decode(try Data(contentsOf: sampleURL))
    let (imported, site) = try importAndLoad(resume)
    #expect(imported.experiences == 6)
    #expect(site.experiences.count == 6)
    let titles = Set(site.experiences.map(\.title))
    #expect(
      titles == [
        "CEO/President", "Teacher", "Bachelor in Information Technology", "Digital Compression Pioneer Award",
        "Video compression for 3d media", "Miss Direction",
      ])
    let highlights = Set(site.experiences.flatMap(\.highlights).map(\.text))
    let expected =
      (resume.work ?? []).flatMap { $0.highlights ?? [] } + (resume.volunteer ?? []).flatMap { $0.highlights ?? [] }
      + (resume.projects ?? []).flatMap { $0.highlights ?? [] } + (resume.awards ?? []).compactMap(\.summary)
      + (resume.publications ?? []).compactMap(\.summary)
    #expect(expected.count == 9)
    for line in expected { #expect(highlights.contains(line), "missing highlight: \(line)") }
  }

  @Test func theOfficialSampleKeepsEveryFieldSomewhere() throws {
    let resume = try JSONResumeImport.decode(try Data(contentsOf: sampleURL))
    let (imported, site) = try importAndLoad(resume)
    let all = imported.files.map(\.text).joined(separator: "\n")
    for value in [
      "2712 Broadway St", "CA 94115", "Awesome compression company", "DB1101 - Basic SQL", "Team lead, Designer",
      "Type: application", "level: Master", "Ferrets, Unicorns", "Erlich Bachman", "neutralthoughts",
      "lastModified 2017-12-24T15:53:00", "Global movement of free coding clubs",
    ] {
      #expect(all.contains(value), "\(value) was lost")
    }
    let person = site.config.person
    #expect(person.headline == "Programmer")
    #expect(person.location == "San Francisco, California, US")
    #expect(person.phone == "(912) 555-4321")
    #expect(person.privateFields == ["phone"])
    #expect(site.config.baseURL == "http://richardhendricks.example.com/")
    #expect(site.config.skills.map(\.name) == ["Web Development", "Compression"])
    #expect(site.config.languages == [SpokenLanguage(language: "English", fluency: "Native speaker")])
    let education = try #require(site.experiences.first { $0.kind == .education })
    #expect(education.degree == "Bachelor")
    #expect(education.area == "Information Technology")
    #expect(education.score == "4.0")
    #expect(education.organization == "University of Oklahoma")
    let award = try #require(site.experiences.first { $0.kind == .competition })
    #expect(award.start == PartialDate(year: 2014, month: 11, day: 1))
    #expect(award.end == .on(PartialDate(year: 2014, month: 11, day: 1)))
    #expect(site.about?.contains("## References") == true)
  }

  @Test(arguments: [
    ("Data Analyst Intern", Kind.internship), ("Summer Internship", .internship), ("Freelance Designer", .freelance),
    ("Barista (part-time)", .partTime), ("Internal Auditor", .job), ("Software Engineer", .job),
  ])
  func readsTheKindOfWorkFromThePosition(position: String, kind: Kind) throws {
    let (_, site) = try importAndLoad(
      try decode(#"{"work": [{"name": "Acme", "position": "\#(position)", "startDate": "2024-01"}]}"#))
    #expect(site.experiences.first?.kind == kind)
  }

  @Test func readsCoursesAndBootcampsFromProjectTypes() throws {
    let (_, site) = try importAndLoad(
      try decode(
        #"{"projects": [{"name": "SQL 101", "type": "course", "startDate": "2024"}, {"name": "Data Camp", "type": "bootcamp", "entity": "Akademi", "startDate": "2023"}]}"#
      ))
    #expect(site.experiences.map(\.kind).sorted { $0.rawValue < $1.rawValue } == [.bootcamp, .course])
  }

  @Test(arguments: [
    "Lead: data & \"growth\" # team", "- starts like a list", "yes", "4.0", "  padded  ", "[not a list]",
    "50% faster: {really}", "Ünïcödé – naïve café", "line one\nline two", "@handle", "'quoted'",
  ])
  func writesAnyTitleSoThatItReadsBackTheSame(title: String) throws {
    var award = JSONResume.Award()
    award.title = title
    award.awarder = title
    award.date = "2020-02"
    award.summary = "Won " + title
    var resume = JSONResume()
    resume.awards = [award]
    let (_, site) = try importAndLoad(resume)
    let experience = try #require(site.experiences.first)
    #expect(experience.title == title)
    #expect(experience.organization == title)
  }

  @Test func givesEveryEntryItsOwnSlug() throws {
    let (imported, site) = try importAndLoad(
      try decode(
        #"{"work": [{"name": "Acme", "position": "Analyst", "startDate": "2024"}, {"name": "Beta", "position": "Analyst", "startDate": "2023"}, {"name": "Beta", "position": "Analyst", "startDate": "2022"}, {"name": "日本", "position": "日本", "startDate": "2021"}]}"#
      ))
    #expect(
      imported.files.map(\.path).dropFirst()
        == [
          "content/experiences/analyst.md", "content/experiences/analyst-beta.md", "content/experiences/analyst-2.md",
          "content/experiences/job.md",
        ])
    #expect(site.experiences.count == 4)
  }

  @Test func leavesAMissingDateForThePersonAsADraftAndSaysSo() throws {
    let imported = JSONResumeImport.site(from: try decode(#"{"awards": [{"title": "Best Paper", "awarder": "ACM"}]}"#))
    #expect(
      imported.notes.contains { $0.contains("best-paper.md") && $0.contains("a draft until you write its start") })
    let text = try #require(imported.files.last?.text)
    #expect(text.contains("\ndraft: true\n") && text.contains("\nstart:\n"))
    // It loads, a draft, with a note (not an error) on the empty start.
    let (_, site) = try importAndLoad(
      JSONResumeImport.decode(Data(#"{"awards": [{"title": "Best Paper", "awarder": "ACM"}]}"#.utf8)), drafts: true)
    #expect(site.experiences.first?.draft == true)
  }

  @Test func readsNumbersWhereTheSchemaWantsText() throws {
    let resume = try decode(#"{"education": [{"institution": "ITB", "score": 3.5, "startDate": "2020"}]}"#)
    #expect(resume.education?.first?.score == "3.5")
  }

  @Test(arguments: ["not json", "[1, 2]", #"{"work": "a string"}"#])
  func refusesWhatIsNotAJSONResume(text: String) {
    #expect(throws: JSONResumeImport.Failure.self) { try decode(text) }
  }

  @Test func saysWhereTheWrongTypeIs() {
    let failure = #expect(throws: JSONResumeImport.Failure.self) {
      try decode(#"{"work": [{"highlights": [{"a": 1}]}]}"#)
    }
    #expect(failure?.description.contains("work[0].highlights[0]") == true)
  }
}
