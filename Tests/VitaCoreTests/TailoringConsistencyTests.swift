import Foundation
import Testing

@testable import VitaCore

/// What must hold whichever way a tailoring is made or written.
@Suite struct TailoringConsistencyTests {
  static let words = ["SQL", "Python", "Tableau", "menganalisis data", "C++", "Node.js", "A/B testing", "teamwork"]

  static func experiences() -> [Experience] {
    (0..<120).map { number in
      Fixture.experience(
        "e\(number)", title: "Analyst \(number) using \(words[number % words.count])",
        skills: [words[number % words.count], words[(number + 3) % words.count]],
        highlights: [
          "Built \(words[(number + 1) % words.count]) reports for \(number) people",
          "Used \(words[(number + 5) % words.count]) and \(words[(number + 1) % words.count]) daily",
        ],
        body: "Worked with \(words[(number + 2) % words.count]) and data analysis.",
        star: number % 4 == 0
          ? Story(situation: "S", task: "T", action: "Used \(words[number % words.count])", result: "R") : nil)
    }
  }

  /// A tailor made for some postings tailors them, and any other, as a tailor for every posting does.
  @Test func aTailorForSomePostingsTailorsAsOneForAll() {
    var experiences = Self.experiences()
    experiences.append(
      Fixture.experience(
        "cafe", title: "Analisis data di Kafé Ibu", skills: ["SQL", "Kopi"],
        highlights: ["Menganalisis data penjualan", "Used C++ and A/B testing"], body: "Tim kecil; café."))
    let site = Fixture.site(experiences)
    let postings = [
      Fixture.job(keywords: ["SQL", "Tableau"], mustHave: ["C++"], body: "Node.js, data analysis and teamwork."),
      Fixture.job(keywords: ["analisis data", "kopi"], body: "Menganalisis data dengan Python.", language: .id),
      Fixture.job(mustHave: ["A/B testing", "reports"], body: "We use CI/CD.", maxEntries: 4),
    ]
    let other = Fixture.job(keywords: ["Python", "people"], body: "Teamwork and menganalisis data.")
    let forAll = Tailor(site: site)
    let forSome = Tailor(site: site, postings: postings)
    for job in postings + [other] {
      let expected = forAll.tailor(job)
      let tailored = forSome.tailor(job)
      #expect(tailored.report == expected.report)
      #expect(tailored.entries == expected.entries)
      #expect(tailored.skills == expected.skills)
      #expect(tailored.interview == expected.interview)
      #expect(!tailored.report.matched.isEmpty)
    }
  }

  /// The report's JSON is written by hand: it must be what JSONEncoder writes.
  @Test func reportJSONIsWhatJSONEncoderWrites() throws {
    let tricky =
      "quote \" backslash \\ slash / tab \t line \n cr \r \u{08}\u{0C}\u{01}\u{1F}\u{7F} é 🙂 \u{2028} e\u{301} \"\u{301}"
    let reports = [
      MatchReport(
        job: "job", title: tricky, company: nil, score: 0, matched: [], missing: [], mustHaveMissing: [], selected: [],
        requirements: [], softSkills: [], unusedEvidence: []),
      MatchReport(
        job: "j/2", title: "Title", company: tricky, score: 87, matched: ["SQL", tricky], missing: ["dbt"],
        mustHaveMissing: [tricky], selected: ["a", "b"],
        requirements: [
          .init(
            term: "SQL", mustHave: true, keyword: false, evidence: ["a", "b"], kind: .tool, weight: 2,
            part: .frontMatter,
            highlights: [.init(experience: "a", text: tricky)], languages: []),
          .init(
            term: tricky, mustHave: false, keyword: true, evidence: [], kind: .general, weight: 0.375, part: .nice,
            highlights: [], languages: ["English (Professional)", tricky], skills: [tricky]),
        ],
        softSkills: [.init(term: "teamwork", evidence: ["b"]), .init(term: tricky, evidence: [])],
        unusedEvidence: [
          .init(term: "dbt", experiences: ["c"], reason: .cut), .init(term: tricky, experiences: [], reason: .private),
        ]),
    ]
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    for report in reports {
      let expected = try #require(String(data: try encoder.encode(report), encoding: .utf8)) + "\n"
      #expect(report.json() == expected)
    }
  }
}
