import Foundation
import Testing
import VitaCore

@testable import VitaSite

/// Cover letters: the forms of both languages, evidence from the person's own content and nothing
/// else, a paragraph per requirement, and the person's own letter when there is one.
@Suite struct CoverLetterTests {
  static let today = PartialDate(year: 2026, month: 6, day: 15)
  let site: Site
  let tailorings: [Tailoring]

  init() throws {
    site = try #require(SiteLoader().load(from: packageRoot).site)
    tailorings = Build.tailor(site: site, jobs: site.jobs)
  }

  func letter(_ slug: String, site: Site? = nil) throws -> CoverLetter {
    let tailoring = try #require(tailorings.first { $0.job.slug == slug })
    return CoverLetter.letter(for: tailoring, site: site ?? self.site, today: Self.today)
  }

  func text(_ letter: CoverLetter) -> String {
    PlainTextLetter.render(letter, markdown: Markdown(allowsRawHTML: false))
  }

  @Test func anEnglishPostingGetsABusinessLetter() throws {
    let text = text(try letter("acme-junior-data-analyst"))
    for part in [
      "Rina Wijaya\nBandung, Indonesia", "15 June 2026", "Hiring Manager\nAcme Corp",
      "Re: Application for Junior Data Analyst", "Dear Hiring Manager,",
      "I am writing to apply for the Junior Data Analyst position at Acme Corp.", "Sincerely,", "Enclosed: CV",
    ] {
      #expect(text.contains(part), "no '\(part)' in\n\(text)")
    }
  }

  @Test func anIndonesianPostingGetsASuratLamaran() throws {
    let text = text(try letter("maju-digital-frontend-intern"))
    let order = [
      "Bandung, 15 Juni 2026", "Perihal: Lamaran Pekerjaan sebagai Frontend Developer Intern", "Lampiran:",
      "Kepada Yth.", "PT Maju Digital", "di tempat", "Dengan hormat,", "Saya yang bertanda tangan di bawah ini:",
      "Nama: Rina Wijaya", "bermaksud melamar posisi Frontend Developer Intern", "Hormat saya,",
    ]
    var position = text.startIndex
    for part in order {
      let found = try #require(text.range(of: part, range: position..<text.endIndex), "no '\(part)' in order")
      position = found.upperBound
    }
  }

  /// Every number and every term of a paragraph is in the person's content or the posting.
  @Test(arguments: ["acme-junior-data-analyst", "maju-digital-frontend-intern"])
  func aLetterStatesOnlyWhatTheContentOrThePostingSays(slug: String) throws {
    let letter = try letter(slug)
    let job = try #require(site.jobs.first { $0.slug == slug })
    let content =
      site.experiences.map { experience in
        [experience.title, experience.organization ?? "", experience.body]
          + experience.highlights.map(\.text) + experience.skills
          + [experience.star?.situation, experience.star?.result].compactMap { $0 }
      }.joined().joined(separator: "\n") + "\n" + job.title + "\n" + job.body + "\n"
      + job.keywords.joined(separator: " ")
    #expect(letter.paragraphs.count >= 2)
    for paragraph in letter.paragraphs {
      let numbers = paragraph.markdown.split { !$0.isNumber && $0 != "," && $0 != "." }
        .map { $0.trimmingCharacters(in: CharacterSet(charactersIn: ",.")) }.filter { $0.contains(where: \.isNumber) }
      for number in numbers { #expect(content.contains(number), "\(number) is in no content: \(paragraph.markdown)") }
      #expect(
        (job.body + job.keywords.joined() + job.mustHave.joined()).localizedCaseInsensitiveContains(
          paragraph.requirement),
        "\(paragraph.requirement) is not the posting's")
    }
  }

  @Test(arguments: ["acme-junior-data-analyst", "maju-digital-frontend-intern"])
  func eachParagraphNamesARequirementAndItsEvidence(slug: String) throws {
    let letter = try letter(slug)
    for paragraph in letter.paragraphs {
      let experience = try #require(site.experiences.first { $0.slug == paragraph.experience })
      #expect(paragraph.markdown.contains(paragraph.requirement))
      #expect(paragraph.markdown.contains(experience.title))
      #expect(
        experience.highlights.contains { paragraph.markdown.localizedCaseInsensitiveContains($0.text.dropLast(1)) }
          || experience.star.map { paragraph.markdown.contains($0.result.dropLast(1)) } == true,
        "the paragraph gives none of the experience's own results: \(paragraph.markdown)")
    }
    #expect(Set(letter.paragraphs.map(\.experience)).count == letter.paragraphs.count, "one experience a paragraph")
  }

  @Test func postingsOfDifferentFieldsShareNoParagraph() throws {
    let data = try letter("acme-junior-data-analyst").paragraphs.map(\.markdown)
    let web = try letter("maju-digital-frontend-intern").paragraphs.map(\.markdown)
    #expect(Set(data).isDisjoint(with: web))
  }

  @Test func thePersonsOwnLetterReplacesTheDraftVerbatim() throws {
    var site = self.site
    let own = "Dear Ms Tan,\n\nI met your team at the **Bandung Data Meetup** and would love to join.\n\nBest,\nRina"
    site.letters["acme-junior-data-analyst"] = own
    let letter = try letter("acme-junior-data-analyst", site: site)
    #expect(letter.ownText == own)
    let text = text(letter)
    #expect(text.contains(own))
    #expect(!text.contains("Dear Hiring Manager"))
    #expect(text.contains("Re: Application for Junior Data Analyst"), "the same layout around it")
    let tailoring = try #require(tailorings.first { $0.job.slug == "acme-junior-data-analyst" })
    let files = try ApplicationRenderer(site: site, theme: defaultTheme, job: tailoring.job).render(tailoring)
    let html = String(decoding: try #require(files["acme-junior-data-analyst/letter.html"]), as: UTF8.self)
    #expect(html.contains("<strong>Bandung Data Meetup</strong>"))
  }

  @Test func withoutADateTheLetterHasNoDateLine() throws {
    let tailoring = try #require(tailorings.first)
    let letter = CoverLetter.letter(for: tailoring, site: site, today: nil)
    #expect(letter.placeAndDate == nil)
    #expect(!text(letter).contains("2026\n"))
  }

  @Test func whereThePostingWasSeenIsNamed() {
    #expect(CoverLetter.source(of: "https://www.linkedin.com/jobs/view/1") == "LinkedIn")
    #expect(CoverLetter.source(of: "https://id.jobstreet.com/id/job/2") == "JobStreet")
    #expect(CoverLetter.source(of: "https://acme.example/jobs/42") == nil)
    #expect(CoverLetter.source(of: nil) == nil)
  }
}
