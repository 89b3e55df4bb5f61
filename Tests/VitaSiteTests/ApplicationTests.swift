import Foundation
import Testing
import VitaCore
import VitaEscaping

@testable import VitaSite

@Suite struct ApplicationTests {
  let site: Site
  let applications: OutputFiles
  let publicFiles: OutputFiles

  init() throws {
    let loaded = SiteLoader().load(from: packageRoot)
    site = try #require(loaded.site)
    var files = try SiteRenderer(site: site, theme: defaultTheme).render()
    applications = try Build.renderApplications(
      Build.tailor(site: site, jobs: site.jobs), site: site, theme: defaultTheme, publishInto: &files, complete: true)
    publicFiles = files
  }

  @Test func writesEveryFileOfSpecForEveryPosting() {
    for job in site.jobs {
      for name in [
        "index.html", "cv.txt", "resume.json", "report.json", "report.html", "interview.html", "letter.html",
        "letter.txt",
      ] {
        #expect(applications["\(job.slug)/\(name)"] != nil, "missing \(job.slug)/\(name)")
      }
    }
  }

  @Test func theReportHasTheKeysOfSpec() throws {
    let data = try #require(applications["acme-junior-data-analyst/report.json"])
    let report = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    #expect(report["job"] as? String == "acme-junior-data-analyst")
    let score = try #require(report["score"] as? Int)
    #expect((0...100).contains(score))
    #expect((report["matched"] as? [String])?.contains("SQL") == true)
    #expect((report["missing"] as? [String])?.contains("Snowflake") == true)
    let selected = try #require(report["selected"] as? [String])
    #expect(selected.contains("data-intern-nusantara"))
    let cv = text(applications, "acme-junior-data-analyst/index.html")
    let positions = selected.compactMap { slug in
      site.experiences.first { $0.slug == slug }.flatMap { cv.range(of: ">" + HTMLEscaping.escaped($0.title)) }?
        .lowerBound
    }
    #expect(positions.count == selected.count, "every selected experience is on the tailored CV")
    #expect(positions == positions.sorted(), "selected lists the experiences in the CV's order")
  }

  @Test func privateExperiencesAndReflectionsAreOnNoApplicationPage() throws {
    let secrets = site.experiences.filter { $0.visibility == .private }
    #expect(!secrets.isEmpty, "the bundled example has a private experience to check")
    let reflections = site.experiences.compactMap(\.reflection)
    #expect(!reflections.isEmpty)
    for (path, data) in applications.files where path.hasSuffix(".html") {
      let html = String(decoding: data, as: UTF8.self)
      for secret in secrets {
        #expect(!html.contains(HTMLEscaping.escaped(secret.title)), "\(secret.slug) is named in \(path)")
      }
      for reflection in reflections {
        #expect(!html.contains(HTMLEscaping.escaped(reflection)), "a reflection is in \(path)")
      }
    }
  }

  @Test func applicationsShowPrivatePersonFieldsButPublishedCVsDoNot() throws {
    let phone = try #require(site.config.person.phone)
    #expect(site.config.person.privateFields.contains("phone"))
    #expect(text(applications, "acme-junior-data-analyst/index.html").contains(HTMLEscaping.escaped(phone)))
    let published = text(publicFiles, "cv/acme-junior-data-analyst/index.html")
    #expect(!published.isEmpty)
    #expect(!published.contains(HTMLEscaping.escaped(phone)))
  }

  @Test func aPublishedCVIsNoindexUnlinkedAndNotInTheSitemap() {
    let published = text(publicFiles, "cv/acme-junior-data-analyst/index.html")
    #expect(published.contains("<meta name=\"robots\" content=\"noindex, nofollow\">"))
    #expect(!text(publicFiles, "sitemap.xml").contains("acme"))
    for (path, data) in publicFiles.files where path.hasSuffix(".html") && !path.hasPrefix("cv/acme") {
      #expect(!String(decoding: data, as: UTF8.self).contains("acme-junior-data-analyst"), "linked from \(path)")
    }
    #expect(publicFiles["cv/maju-digital-frontend-intern/index.html"] == nil, "an unpublished posting stays private")
  }

  @Test func anIndonesianPostingGetsAnIndonesianCV() {
    let cv = text(applications, "maju-digital-frontend-intern/index.html")
    #expect(cv.contains("<html lang=\"id\""))
    #expect(cv.contains("Pengalaman Relevan"), "the relevant entries open the CV under an Indonesian heading")
    #expect(cv.contains("Pengalaman Kerja"))
    #expect(cv.contains("sekarang"))
  }

  @Test func interviewStoriesAnswerEachRequirement() throws {
    let interview = text(applications, "acme-junior-data-analyst/interview.html")
    #expect(interview.contains("Tell me about a time you used SQL."))
    let story = try #require(site.experiences.first { $0.featured && $0.star?.isComplete == true }?.star)
    #expect(interview.contains(HTMLEscaping.escaped(story.result)))
  }

  @Test func theReportPageShowsMissingTermsAndEvidence() {
    let report = text(applications, "acme-junior-data-analyst/report.html")
    #expect(report.contains("Snowflake"))
    #expect(report.contains("Data Analyst Intern"))
    #expect(report.contains("<meta name=\"robots\" content=\"noindex, nofollow\">"))
    #expect(!report.contains("rel=\"canonical\""))
  }
}
