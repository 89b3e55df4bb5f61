import Foundation
import Testing

/// A site whose every private value carries a marker, `PRIVATE-CANARY-<n>`, built by the real binary:
/// no marker may reach any file, or any file's name, under `public/`.
enum CanarySite {
  static let config = """
    title: Budi Santoso
    base_url: https://budi.example.com/
    person:
      name: Budi Santoso
      headline: Data analyst
      location: PRIVATE-CANARY-1 Street
      email: PRIVATE-CANARY-2@example.com
      phone: "+62 PRIVATE-CANARY-3"
      links:
        - {label: GitHub, url: https://github.com/budi}
      summary: Finds the story in the numbers.
      private: [location, email, phone]
    skills:
      - {name: Data, keywords: [SQL, Python]}
    """

  static let secret = """
    ---
    title: PRIVATE-CANARY-4 Secret Role
    kind: job
    slug: private-canary-9
    organization: PRIVATE-CANARY-5 Holdings
    location: PRIVATE-CANARY-12 City
    start: 2023-01
    end: 2023-06
    skills: [SQL, Canarytics]
    highlights:
      - Built PRIVATE-CANARY-7 reports in SQL for 40 stores
    links:
      - {label: PRIVATE-CANARY-10, url: "https://example.com/private-canary-11"}
    star:
      situation: PRIVATE-CANARY-13 situation
      task: PRIVATE-CANARY-13 task
      action: PRIVATE-CANARY-13 action
      result: PRIVATE-CANARY-13 result
    reflection: PRIVATE-CANARY-14 what I would change
    visibility: private
    ---
    PRIVATE-CANARY-6 the whole story, with [a link](https://example.com/private-canary-6).
    """

  static let intern = """
    ---
    title: Data Analyst Intern
    kind: internship
    organization: PT Data Nusantara
    start: 2024-06
    end: 2024-08
    skills: [SQL, Python, Tableau]
    highlights:
      - Built a Tableau dashboard that cut weekly reporting time by 15%
      - Wrote 30 SQL queries for the sales team
    star:
      situation: STAR-MARKER-S the reports were late
      task: STAR-MARKER-T make them weekly
      action: STAR-MARKER-A built a dashboard in SQL
      result: STAR-MARKER-R reporting time fell by 15%
    reflection: PRIVATE-CANARY-15 I should have asked sooner
    ---
    Three months of SQL and Tableau.
    """

  static let cvOnly = """
    ---
    title: Barista
    kind: part-time
    organization: Kopi Senja
    start: 2022-01
    end: 2022-12
    highlights:
      - Served 200 customers a day
    reflection: PRIVATE-CANARY-16 patience
    visibility: cv-only
    ---
    """

  static let unpublishedJob = """
    ---
    title: PRIVATE-CANARY-17 Analyst
    company: PRIVATE-CANARY-18 Corp
    keywords: [SQL, PRIVATE-CANARY-19]
    must_have: [SQL]
    ---
    PRIVATE-CANARY-20 We need SQL, Python and Canarytics.
    """

  static let publishedJob = """
    ---
    title: Junior Data Analyst
    company: Acme Corp
    keywords: [SQL, Canarytics]
    publish: true
    status: interview
    interview: 2026-06-18 10:00
    contact: PRIVATE-CANARY-21 Dewi
    notes: PRIVATE-CANARY-22 ask about the team
    ---
    We need SQL, Python, Tableau and Canarytics.
    """

  static var files: [String: String] {
    [
      "vita.yml": config, "content/about.md": "I like data.\n",
      "content/experiences/private-canary-9.md": secret, "content/experiences/data-intern.md": intern,
      "content/experiences/barista.md": cvOnly, "content/jobs/private-canary-job.md": unpublishedJob,
      "content/jobs/acme-analyst.md": publishedJob,
    ]
  }
}

@Suite(.serialized) struct PrivacyEndToEndTests {
  /// Every file under `folder` as text, and the names, lower-cased for the search.
  func texts(_ folder: String) -> [(path: String, text: String)] {
    snapshot(folder).map { ($0.key, String(decoding: $0.value, as: UTF8.self).lowercased()) }
      .sorted { $0.path < $1.path }
  }

  @Test func noPrivateValueReachesPublic() throws {
    let site = try makeSiteFolder(CanarySite.files)
    defer { try? FileManager.default.removeItem(atPath: site) }
    let run = try vita(["build", "--source", site])
    #expect(run.status == 0, "\(run.stderr)")

    let published = texts(site + "/public")
    #expect(published.count > 10)
    #expect(published.contains { $0.path == "cv/acme-analyst/index.html" }, "the published posting's CV is there")
    for (path, text) in published {
      #expect(!path.lowercased().contains("canary"), "a private name in the file name \(path)")
      #expect(!text.contains("private-canary"), "a private value in public/\(path)")
      #expect(!text.contains("star-marker"), "a STAR story in public/\(path)")
      #expect(!text.contains("canarytics"), "a private experience's skill in public/\(path)")
    }
    let home = try #require(published.first { $0.path == "index.html" }?.text)
    #expect(home.contains("data analyst intern") && home.contains("finds the story in the numbers"))
    let cv = try #require(published.first { $0.path == "cv/index.html" }?.text)
    #expect(cv.contains("barista"), "cv-only experiences are on the CV")
  }

  @Test func applicationsNameAPrivateExperienceBySlugOnlyAndNeverAReflection() throws {
    let site = try makeSiteFolder(CanarySite.files)
    defer { try? FileManager.default.removeItem(atPath: site) }
    #expect(try vita(["build", "--source", site]).status == 0)

    let applications = texts(site + "/applications")
    #expect(applications.contains { $0.path == "acme-analyst/interview.html" })
    let privateExperience =
      [4, 5, 6, 7, 10, 12, 13].map { "private-canary-\($0) " }
      + ["private-canary-6 the", "private-canary-11", "canary-10<"]
    let reflections = ["private-canary-14", "private-canary-15", "private-canary-16"]
    for (path, text) in applications {
      for marker in privateExperience + reflections {
        #expect(!text.contains(marker), "'\(marker)' in applications/\(path)")
      }
      let isReport = path.hasSuffix("report.json") || path.hasSuffix("report.html")
      if !isReport {
        #expect(!text.contains("private-canary-9"), "the private slug outside a report: \(path)")
      }
    }
    for name in ["index.html", "cv.txt", "resume.json"] {
      let cv = try #require(applications.first { $0.path == "acme-analyst/" + name }?.text)
      #expect(!cv.contains("canarytics"), "a skill only a private experience shows is on the tailored \(name)")
    }
    let tailored = try #require(applications.first { $0.path == "acme-analyst/index.html" }?.text)
    #expect(tailored.contains("private-canary-3"), "the tailored CV has the private phone")
    let report = try #require(applications.first { $0.path == "acme-analyst/report.json" }?.text)
    #expect(report.contains("private-canary-9"), "the report names the private experience as unused evidence")
    let interview = try #require(applications.first { $0.path == "acme-analyst/interview.html" }?.text)
    #expect(interview.contains("star-marker-a"), "STAR stories are in interview.html")
    // A cover letter may give a story's result, the person's own outcome, but never the story.
    // The tracker's notes are written in the tracker only; the contact in the tracker and the calendar.
    for (path, text) in applications {
      #expect(text.contains("private-canary-22") == (path == "index.html"), "the notes in applications/\(path)")
      #expect(
        text.contains("private-canary-21") == ["index.html", "calendar.ics"].contains(path),
        "the contact in applications/\(path)")
    }
    for (path, text) in applications where !path.hasSuffix("interview.html") {
      let isLetter = path.hasSuffix("letter.html") || path.hasSuffix("letter.txt")
      for marker in ["star-marker-s", "star-marker-t", "star-marker-a"] + (isLetter ? [] : ["star-marker-r"]) {
        #expect(!text.contains(marker), "a STAR story outside interview.html: \(path)")
      }
    }
  }
}
