import Foundation
import Testing

@testable import VitaCore

/// The data structures that keep tailoring linear: each must give what the plain computation
/// it replaces gives.
@Suite struct TailoringStructureTests {
  /// A small deterministic generator, so that failures repeat.
  @Test(arguments: [0, 1, 2, 3, 5, 40])
  func smallestIsTheSortedPrefix(count: Int) {
    var generator = SeededGenerator(seed: UInt64(count + 1))
    for length in [0, 1, 2, 7, 100] {
      // Ties on the value are broken by the position, so that the order is total.
      let values = (0..<length).map { (value: Int.random(in: 0..<10, using: &generator), position: $0) }
      let less = { (a: (value: Int, position: Int), b: (value: Int, position: Int)) in
        a.value != b.value ? a.value > b.value : a.position < b.position
      }
      var smallest = Smallest<(value: Int, position: Int)>(count)
      for value in values { smallest.add(value, by: less) }
      #expect(smallest.elements.map(\.position) == values.sorted(by: less).prefix(count).map(\.position))
    }
  }

  @Test func heapPopsInOrder() {
    var generator = SeededGenerator(seed: 7)
    for length in [0, 1, 2, 3, 10, 257] {
      let values = (0..<length).map { _ in Double(Int.random(in: 0..<20, using: &generator)) }
      let less = { (a: Int, b: Int) in values[a] != values[b] ? values[a] > values[b] : a < b }
      var heap = Heap(Array(values.indices), by: less)
      var popped: [Int] = []
      while let next = heap.pop() { popped.append(next) }
      #expect(popped == values.indices.sorted(by: less))
      #expect(heap.isEmpty)
    }
  }

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

  /// An index of some keys holds, for each, exactly what the index of every key holds, and records
  /// which keys it covers. Texts in and out of ASCII take different paths.
  @Test func anIndexOfSomeKeysHoldsTheirOccurrences() {
    var experiences = Self.experiences()
    experiences.append(
      Fixture.experience(
        "cafe", title: "Analisis data di Kafé Ibu", skills: ["SQL", "Teamwork"],
        highlights: ["Menganalisis data penjualan — naik 20 %", "Used C++ and A/B testing"],
        body: "Tim kecil; café, *Python* dan SQL."))
    let site = Fixture.site(experiences)
    let vocabulary = Vocabulary(config: site.config, experienceSkills: experiences.flatMap(\.skills))
    let full = TermIndex(experiences: experiences, vocabulary: vocabulary, slices: 1).postings
    let allKeys = full.keys.sorted()
    for step in [1, 2, 5] {
      let wanted = Set(stride(from: 0, to: allKeys.count, by: step).map { allKeys[$0] } + ["en:never-seen"])
      let index = TermIndex(experiences: experiences, vocabulary: vocabulary, keys: wanted, slices: 3)
      #expect(index.postings == full.filter { wanted.contains($0.key) })
      #expect(index.coverage == wanted)
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

  /// The evidence of a term groups its occurrences by experience as a dictionary of fields would.
  @Test func termEvidenceGroupsOccurrencesByExperience() {
    var generator = SeededGenerator(seed: 3)
    let occurrences = (0..<300).map { _ in
      Occurrence(
        experience: Int32.random(in: 0..<30, using: &generator),
        field: [0, 1, 2, 3, 4, 10, 11, 12].randomElement(using: &generator)!, start: 0, end: 1)
    }
    var fields: [Int: Set<Field>] = [:]
    for occurrence in occurrences {
      fields[Int(occurrence.experience), default: []].insert(Field(code: occurrence.field))
    }
    let evidence = TermEvidence(occurrences)
    #expect(evidence.experiences == fields.keys.sorted())
    for (place, experience) in evidence.experiences.enumerated() {
      let found = fields[experience]!
      #expect(evidence.weights[place] == found.map(\.weight).max())
      #expect(evidence.inStory[place] == found.contains(.story))
      let highlights = found.compactMap { field -> Int? in
        if case .highlight(let index) = field { return index }
        return nil
      }
      #expect(evidence.highlightRange(at: place).map(evidence.highlight).sorted() == highlights.sorted())
      #expect(evidence.contains(experience))
    }
    #expect(!evidence.contains(30))
  }

  /// ASCII text is tokenised in place; the same text with one accented word after it goes the
  /// general way, and must give the same tokens before that word.
  @Test(arguments: [
    "I write C++ and C#, .NET and Node.js; CI/CD and A/B tests in R&D and/or UI/UX.",
    "Indonesia's e-commerce +62 812 version 3.2 **SQL**, `pandas` [docs](x) g++ F# x.y.z",
    "KPIs: 27% of 48 teams' MAE — 'quoted' ABC/DEFG a/b/c .net .5 end.",
  ])
  func asciiTokensAreTheGeneralTokens(text: String) {
    let ascii = Tokenizer.tokens(in: text)
    let general = Tokenizer.tokens(in: text + " Analysé")
    #expect(general.last?.folded == "analyse")
    #expect(ascii == Array(general.dropLast()))
    #expect(ascii.allSatisfy { $0.isWord == Token.isLetters($0.folded) })
  }

  /// The report's JSON is written by hand: it must be what JSONEncoder writes.
  @Test func reportJSONIsWhatJSONEncoderWrites() throws {
    let tricky =
      "quote \" backslash \\ slash / tab \t line \n cr \r \u{08}\u{0C}\u{01}\u{1F}\u{7F} é 🙂 \u{2028} e\u{301} \"\u{301}"
    let reports = [
      MatchReport(
        job: "job", title: tricky, company: nil, score: 0, matched: [], missing: [], mustHaveMissing: [], selected: [],
        requirements: [], unusedEvidence: []),
      MatchReport(
        job: "j/2", title: "Title", company: tricky, score: 87, matched: ["SQL", tricky], missing: ["dbt"],
        mustHaveMissing: [tricky], selected: ["a", "b"],
        requirements: [
          .init(term: "SQL", mustHave: true, keyword: false, evidence: ["a", "b"]),
          .init(term: tricky, mustHave: false, keyword: true, evidence: []),
        ],
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
