import Foundation
import Testing

@testable import VitaCore

@Suite struct TailoringSelectionTests {
  @Test(
    "score is the weighted share of proven requirements",
    arguments: [
      // must-have 2, keyword 1, a line of an untitled posting 0.6: proving only the must-have is 2 of 3.6.
      (["SQL"], 56), (["SQL", "Python"], 83), (["SQL", "Python", "Excel"], 100), ([String](), 0),
      (["Excel"], 17),
    ])
  func score(skills: [String], expected: Int) {
    let site = Fixture.site([Fixture.experience("a", skills: skills)])
    let job = Fixture.job(keywords: ["Python"], mustHave: ["SQL"], body: "Daily work in Excel.")
    #expect(Tailor(site: site).tailor(job).report.score == expected)
  }

  /// The reader meets the most relevant entries first, whatever their section; the others follow in
  /// sections, newest first within each.
  @Test func theMostRelevantEntriesOpenTheCV() {
    let site = Fixture.site([
      Fixture.experience(
        "degree", kind: .education, start: Fixture.month(2020, 8), end: .present, skills: ["Statistics"]),
      Fixture.experience(
        "old-job", kind: .job, start: Fixture.month(2019, 1), end: .on(Fixture.month(2020, 1)),
        skills: ["Zendesk", "SLA"], highlights: ["Answered 60 Zendesk tickets a day within SLA"]),
      Fixture.experience(
        "project", kind: .project, start: Fixture.month(2023, 1), end: .on(Fixture.month(2023, 5)),
        skills: ["Python"]),
      Fixture.experience(
        "volunteer", kind: .volunteer, start: Fixture.month(2024, 1), end: .on(Fixture.month(2024, 3)),
        skills: ["Zendesk"], highlights: ["Set up Zendesk for a food bank"]),
      Fixture.experience(
        "cert", kind: .certification, start: Fixture.month(2022, 1), end: .on(Fixture.month(2022, 1)),
        skills: ["Excel"]),
      Fixture.experience(
        "new-job", kind: .job, start: Fixture.month(2025, 1), end: .present, skills: ["Baking"]),
    ])
    let job = JobPosting(slug: "support", title: "Support Agent", body: "## Requirements\n- Zendesk\n- SLA")
    let tailoring = Tailor(site: site).tailor(job)
    let selected = tailoring.report.selected
    #expect(Array(selected.prefix(2)) == ["old-job", "volunteer"], "\(selected)")
    #expect(tailoring.entries.map(\.experience.slug) == selected)
    #expect(tailoring.relevantCount == 2)
    // The rest: sections in the usual order, newest first within each; the degree is not forced up.
    #expect(Array(selected.dropFirst(2)) == ["new-job", "project", "cert", "degree"])
  }

  /// A credential said in other words in the title of the entry that holds it proves it, and that
  /// entry ranks by the words it shares with the term: "Basic First Aid and CPR Certificate" for
  /// "Valid First Aid certificate". Words in a highlight hold no credential.
  @Test func aCredentialInOtherWordsIsProvenByItsHoldersTitle() {
    let holder = Fixture.experience("first-aid", kind: .certification, title: "Basic First Aid and CPR Certificate")
    let helper = Fixture.experience(
      "camp", kind: .volunteer, title: "Camp Helper",
      highlights: ["Handed out certificates after the first aid talk at an English camp"])
    let tutor = Fixture.experience("tutor", kind: .partTime, title: "English Tutor")
    let job = JobPosting(
      slug: "pre", title: "Preschool Teacher",
      body: "## Requirements\n- Valid First Aid certificate\n- Good spoken English")
    let report = Tailor(site: Fixture.site([tutor, helper, holder])).tailor(job).report
    let credential = report.requirements.first { $0.kind == .credential }
    #expect(credential?.evidence == ["first-aid"], "\(report.requirements)")
    #expect(report.selected.first == "first-aid", "\(report.selected)")
  }

  @Test func postingsOfDifferentFieldsOpenWithDifferentEntries() {
    let site = Fixture.site([
      Fixture.experience(
        "call-centre", kind: .job, title: "Customer Service Advisor",
        highlights: ["Resolved 70 calls a day in Zendesk", "Kept first-contact resolution at 85%"]),
      Fixture.experience(
        "barista", kind: .partTime, title: "Barista", highlights: ["Served 300 customers a day"]),
      Fixture.experience(
        "data-course", kind: .course, title: "Google Data Analytics Certificate", skills: ["SQL", "Tableau"],
        highlights: ["Built a Tableau dashboard of bike-share data"]),
      Fixture.experience(
        "events", kind: .volunteer, title: "Event Volunteer", skills: ["event planning"],
        highlights: ["Ran registration for a 400-person charity gala"]),
      Fixture.experience(
        "a-levels", kind: .education, title: "A-levels", highlights: ["Mathematics, Business, English"]),
    ])
    let tailor = Tailor(site: site)
    let support = tailor.tailor(
      Fixture.job(body: "## Requirements\n- Customer service experience\n- Zendesk\n- First-contact resolution"))
    let data = tailor.tailor(Fixture.job(body: "## Requirements\n- SQL\n- Tableau dashboards"))
    let events = tailor.tailor(Fixture.job(body: "## Requirements\n- Event planning\n- Registration for large events"))
    #expect(support.report.selected.first == "call-centre")
    #expect(data.report.selected.first == "data-course")
    #expect(events.report.selected.first == "events")
    for tailoring in [support, data, events] {
      #expect(tailoring.report.selected.first != "a-levels", "education is ranked like any other entry")
    }
  }

  @Test func aPostingOutsideThePersonsFieldScoresLow() {
    let site = Fixture.site([
      Fixture.experience(
        "support", kind: .job, title: "Customer Support Agent", skills: ["Zendesk", "customer service", "Excel"],
        highlights: ["Answered 50 Zendesk tickets a day within SLA"]),
      Fixture.experience("degree", kind: .education, title: "S1 Ilmu Komunikasi"),
    ])
    let tailor = Tailor(site: site)
    let inField = tailor.tailor(
      Fixture.job(body: "## Requirements\n- Customer service\n- Zendesk\n- SLA\n- Excel"))
    let outOfField = tailor.tailor(
      Fixture.job(
        body: """
          ## Requirements
          - Bachelor's degree in Accounting
          - Month-end close and bank reconciliation
          - Accounts payable and VAT returns
          - Brevet A
          - Excel
          """))
    #expect(outOfField.report.score <= 40, "\(outOfField.report)")
    #expect(outOfField.report.score < inField.report.score)
    #expect(outOfField.report.missing.contains { $0.localizedCaseInsensitiveContains("month-end close") })
  }

  @Test func whenNoHighlightMatchesTheStrongestComeFirst() {
    let site = Fixture.site([
      Fixture.experience(
        "shop", kind: .partTime,
        highlights: [
          "Responsible for helping with reports", "Cut stock-count discrepancies by 30% with a weekly cycle count",
          "Opened the shop on weekends",
        ])
    ])
    let entry = Tailor(site: site).tailor(Fixture.job(body: "## Requirements\n- Kubernetes")).entries[0]
    #expect(entry.highlights.first?.text == "Cut stock-count discrepancies by 30% with a weekly cycle count")
    #expect(!entry.highlights.contains { $0.text == "Responsible for helping with reports" })
  }

  @Test func theHighestDegreeStaysWhenTheCVIsCut() {
    var experiences = (0..<30).map { number in
      Fixture.experience(
        "p\(number)", start: Fixture.month(2000 + number / 2, 1), end: .on(Fixture.month(2000 + number / 2, 6)),
        skills: ["Python"],
        highlights: (1...3).map { "Delivered result \($0) of project \(number) with Python" })
    }
    experiences.append(
      Fixture.experience(
        "sma", kind: .education, title: "SMA Negeri 3", start: Fixture.month(2010, 7), end: .on(Fixture.month(2013, 6)))
    )
    experiences.append(
      Fixture.experience(
        "s1", kind: .education, title: "S1 Teknik Industri", start: Fixture.month(2013, 8),
        end: .on(Fixture.month(2017, 8))))
    let tailoring = Tailor(site: Fixture.site(experiences)).tailor(Fixture.job(keywords: ["Python"]))
    #expect(tailoring.report.selected.contains("s1"))
    #expect(!tailoring.report.selected.contains("sma"))
    #expect(
      CVLength.lines(of: tailoring.entries) <= CVLength.twoA4Pages + CVLength.lines(of: experiences[31], highlights: [])
    )
  }

  /// The degree a posting asks for moves towards the top however few of its words the entry
  /// repeats, but never past the entry that matches the posting best; a degree the posting does not
  /// ask for, or one in another field, keeps its place.
  @Test(arguments: [
    ("Bachelor's degree in Nursing", true), ("Bachelor's degree in Accounting", false), ("Valid STR", false),
  ])
  func theDegreeAskedForMovesUpButNotPastTheBest(requirement: String, lifted: Bool) {
    let site = Fixture.site([
      Fixture.experience(
        "ward", kind: .job, title: "Staff Nurse, Medical Ward",
        highlights: [
          "Cared for 8 patients a shift on a medical ward and charted every assessment in the EHR",
          "Trained 5 new nurses on medication rounds and patient charting",
        ]),
      Fixture.experience(
        "clinic", kind: .volunteer, title: "Clinic Volunteer",
        highlights: ["Assessed and cared for 40 patients at a free clinic and charted their blood pressure"]),
      Fixture.experience(
        "bsn", kind: .education, title: "Bachelor of Science in Nursing", organization: "Central University"),
    ])
    let job = JobPosting(
      slug: "nurse", title: "Staff Nurse",
      body: """
        ## Responsibilities
        - Assess and care for patients on a medical ward
        - Chart patient assessments in the EHR
        - Take blood pressure and vital signs
        ## Requirements
        - \(requirement)
        """)
    let tailor = Tailor(site: site, postings: [job])
    let selected = tailor.tailor(job).report.selected
    #expect(selected.first == "ward", "\(selected)")
    #expect(Array(selected.prefix(2)) == (lifted ? ["ward", "bsn"] : ["ward", "clinic"]), "\(selected)")
    let degree = tailor.explanation(of: job).ranking.first { $0.slug == "bsn" }
    #expect((degree?.degreeLift != nil) == lifted)
  }

  @Test func mostRelevantHighlightsComeFirst() {
    let site = Fixture.site([
      Fixture.experience(
        "a",
        highlights: [
          "Baked 40 loaves a day", "Built a Tableau dashboard for 5 stores", "Wrote SQL for the Tableau dashboard",
        ])
    ])
    let entry = Tailor(site: site).tailor(Fixture.job(keywords: ["Tableau"], mustHave: ["SQL"])).entries[0]
    #expect(
      entry.highlights.map(\.text) == [
        "Wrote SQL for the Tableau dashboard", "Built a Tableau dashboard for 5 stores",
      ],
      "the relevant highlights, most relevant first; the bread is left off the tailored CV")
    #expect(entry.matchedTerms == ["SQL", "Tableau"])
  }

  @Test(arguments: [
    (0, ["Baked 40 loaves a day", "Sold 300 cakes in a week"]),
    (1, ["Wrote SQL for 3 reports", "Baked 40 loaves a day"]),
    (5, ["Wrote SQL 1", "Wrote SQL 2", "Wrote SQL 3", "Wrote SQL 4"]),
  ])
  func showsTheRelevantHighlightsBetweenTwoAndFour(relevant: Int, expected: [String]) {
    let texts =
      relevant == 0
      ? ["Baked 40 loaves a day", "Sold 300 cakes in a week", "Cleaned the oven daily"]
      : relevant == 1
        ? ["Baked 40 loaves a day", "Wrote SQL for 3 reports", "Cleaned the oven daily"]
        : (1...relevant).map { "Wrote SQL \($0)" }
    let site = Fixture.site([Fixture.experience("a", skills: ["SQL"], highlights: texts)])
    let entry = Tailor(site: site).tailor(Fixture.job(mustHave: ["SQL"])).entries[0]
    #expect(entry.highlights.map(\.text) == expected)
  }

  /// Thirty projects of about 6 lines each cannot fit two pages (74 lines).
  static func crowdedSite(maxEntries: Int? = nil) -> Site {
    var experiences: [Experience] = []
    for number in 0..<30 {
      let relevant = number % 3 != 0
      experiences.append(
        Fixture.experience(
          "p\(number)", start: Fixture.month(2000 + number / 2, 1), end: .on(Fixture.month(2000 + number / 2, 6)),
          skills: relevant ? ["Python"] : ["Baking"],
          highlights: [
            "Delivered result one of project \(number) on time", "Delivered result two of project \(number) on time",
            "Delivered result three of project \(number) on time",
          ]))
    }
    experiences.append(
      Fixture.experience(
        "only-proof", start: Fixture.month(1990, 1), end: .on(Fixture.month(1990, 2)), body: "Some COBOL."))
    experiences.append(
      Fixture.experience("school", kind: .education, start: Fixture.month(1985, 1), end: .on(Fixture.month(1989, 1))))
    return Fixture.site(experiences, maxEntries: maxEntries)
  }

  @Test func aLongCVIsCutToTwoPagesLeastRelevantFirst() {
    let tailor = Tailor(site: Self.crowdedSite())
    let tailoring = tailor.tailor(Fixture.job(keywords: ["Python"], mustHave: ["COBOL"]))
    #expect(CVLength.lines(of: tailoring.entries) <= CVLength.twoA4Pages)
    #expect(tailoring.entries.count < 32)
    let selected = Set(tailoring.report.selected)
    // The only proof of a must-have and the education stay, though neither is relevant otherwise.
    #expect(selected.contains("only-proof"))
    #expect(selected.contains("school"))
    #expect(tailoring.report.mustHaveMissing.isEmpty)
    // Nothing irrelevant is kept while something relevant is cut.
    let kept = tailoring.entries.filter { !["only-proof", "school"].contains($0.experience.slug) }
    let cut = (0..<30).map { "p\($0)" }.filter { !selected.contains($0) }
    #expect(!cut.isEmpty)
    #expect(kept.allSatisfy { $0.relevance > 0 })
    #expect(cut.contains { Int($0.dropFirst())! % 3 == 0 })
    // The newest relevant projects are kept, the oldest cut.
    #expect(selected.contains("p29") && !selected.contains("p1"))
    // What proves a requirement but was cut is reported only for requirements the CV leaves unproven.
    #expect(tailoring.report.unusedEvidence.isEmpty)
  }

  @Test func maxEntriesFromVitaYmlAndFromTheJob() {
    let tailor = Tailor(site: Self.crowdedSite(maxEntries: 3))
    let fromConfig = tailor.tailor(Fixture.job(keywords: ["Python"], mustHave: ["COBOL"]))
    #expect(fromConfig.entries.count == 3)
    #expect(Set(fromConfig.report.selected).isSuperset(of: ["only-proof", "school"]))
    let fromJob = tailor.tailor(Fixture.job(keywords: ["Python"], mustHave: ["COBOL"], maxEntries: 5))
    #expect(fromJob.entries.count == 5)
  }

  /// Where room allows, an entry that alone proves a requirement joins the CV, though others
  /// rank above it: the CV then shows the person has it.
  @Test func theOnlyProofOfARequirementIsKeptWhereItFits() {
    var experiences = (0..<24).map { number in
      Fixture.experience(
        "p\(number)", start: Fixture.month(2000 + number / 2, 1), end: .on(Fixture.month(2000 + number / 2, 6)),
        skills: ["Python"],
        highlights: [
          "Wrote Python for part one of project \(number)", "Wrote Python for part two of project \(number)",
          "Wrote Python for part three of project \(number)",
        ])
    }
    experiences.append(
      Fixture.experience(
        "hubspot-course", kind: .course, start: Fixture.month(1995, 1), end: .on(Fixture.month(1995, 2)),
        skills: ["HubSpot"]))
    let tailoring = Tailor(site: Fixture.site(experiences)).tailor(
      Fixture.job(body: "## Requirements\n- Python, Python and more Python\n- A CRM (HubSpot) is a plus"))
    #expect(tailoring.entries.count < 25, "the CV is cut to two pages")
    #expect(tailoring.report.selected.contains("hubspot-course"))
    #expect(!tailoring.report.missing.contains("HubSpot") && !tailoring.report.missing.contains("CRM"))
  }

  /// What the record holds on an entry the CV leaves out is no gap, only evidence left unused:
  /// the person has it, and can put that entry back.
  @Test func cutEvidenceIsReported() {
    let site = Fixture.site(
      [
        Fixture.experience("sql", skills: ["SQL"]),
        Fixture.experience("excel", start: Fixture.month(2010, 1), end: .on(Fixture.month(2010, 2)), skills: ["Excel"]),
      ], maxEntries: 1)
    let report = Tailor(site: site).tailor(Fixture.job(mustHave: ["SQL"], body: "Some Excel.")).report
    #expect(report.selected == ["sql"])
    #expect(report.missing.isEmpty, "\(report.missing)")
    #expect(!report.matched.contains("Excel"), "the CV does not show it")
    #expect(report.unusedEvidence == [.init(term: "Excel", experiences: ["excel"], reason: .cut)])
  }

  @Test func privateExperiencesAreNeverOnTheCV() throws {
    let site = Fixture.site([
      Fixture.experience(
        "secret", skills: ["SQL", "Snowflake"], highlights: ["Ran SQL on Snowflake for 3 years"], visibility: .private,
        star: Story(situation: "s", task: "t", action: "Wrote SQL", result: "r"), reflection: "Private thoughts"),
      Fixture.experience("cv-only", skills: ["SQL"], visibility: .cvOnly, reflection: "REFLECTION-TEXT on SQL"),
    ])
    let tailoring = Tailor(site: site).tailor(Fixture.job(mustHave: ["SQL", "Snowflake"]))
    #expect(tailoring.report.selected == ["cv-only"])
    #expect(tailoring.report.mustHaveMissing.isEmpty, "held, though privately: no gap")
    #expect(!tailoring.report.matched.contains("Snowflake"))
    #expect(tailoring.report.unusedEvidence == [.init(term: "Snowflake", experiences: ["secret"], reason: .private)])
    #expect(!tailoring.skills.contains("Snowflake"))
    #expect(
      tailoring.interview.allSatisfy { item in
        item.stories.allSatisfy { $0.slug != "secret" } && item.highlights.allSatisfy { $0.slug != "secret" }
      })
    // reflection appears nowhere
    #expect(tailoring.entries.allSatisfy { $0.experience.reflection == nil })
    #expect(!tailoring.report.json().contains("REFLECTION"))
    #expect(!tailoring.report.json().contains("Ran SQL on Snowflake"))
  }

  @Test func reflectionIsNotEvidence() {
    let site = Fixture.site([Fixture.experience("a", reflection: "I wish I had learned Kubernetes")])
    #expect(Tailor(site: site).tailor(Fixture.job(keywords: ["Kubernetes"])).report.missing == ["Kubernetes"])
  }

  @Test func skillsLineUsesThePostingsSpellingFirst() {
    let site = Fixture.site(
      [Fixture.experience("a", skills: ["Microsoft Excel", "SQL", "Baking"])],
      skills: [SkillGroup(name: "Data", keywords: ["SQL", "Looker"])])
    let tailoring = Tailor(site: site).tailor(
      Fixture.job(keywords: ["MS Excel"], body: "You know Excel and Snowflake."))
    #expect(tailoring.skills == ["MS Excel", "SQL", "Baking"])
  }

  /// A duty the posting words as an Indonesian verb is named as a skill on the skills line: in
  /// the person's words where they list it, else in the vocabulary's.
  @Test func skillsLineNamesAVerbDutyAsASkill() {
    let site = Fixture.site([
      Fixture.experience("a", skills: ["penulisan laporan"], highlights: ["Menyusun laporan uji untuk 12 UMKM"])
    ])
    let job = JobPosting(
      slug: "p", title: "Staff Produksi", language: .id,
      body: "## Tanggung jawab\n- Membuat laporan produksi harian\n")
    let skills = Tailor(site: site).tailor(job).skills
    #expect(!skills.contains { $0.lowercased().hasPrefix("membuat") }, "\(skills)")
    #expect(skills.first == "penulisan laporan", "\(skills)")
  }

  /// Of alternatives the posting accepts, the skills line names those the CV shows, once each,
  /// never the posting's whole list.
  @Test func skillsLineNamesTheAlternativesTheCVShows() {
    let site = Fixture.site([
      Fixture.experience("a", skills: ["Google Sheets", "customer service"], highlights: ["Edited videos in CapCut"])
    ])
    let job = JobPosting(
      slug: "o", title: "Operations Analyst",
      body: """
        ## Requirements
        - Experience in an operations, compliance, fraud or customer service role
        - Confident with Excel / Google Sheets
        - Video editing in CapCut or Premiere Pro
        - CapCut
        """)
    let skills = Tailor(site: site).tailor(job).skills
    #expect(skills.contains("customer service") && skills.contains("Google Sheets"), "\(skills)")
    #expect(!skills.contains { $0.contains(" or ") || $0.contains("/") }, "\(skills)")
    #expect(skills.filter { $0 == "CapCut" }.count == 1, "\(skills)")
  }

  /// A tool the person lists in vita.yml, which no entry shows, is no gap: the skills line names
  /// it and the report says it comes from the skills list. So is a credential they say they hold
  /// (a driving licence), and a skill listed so where the line asks to know it; where it asks for
  /// experience, a listed skill proves nothing.
  @Test func aListedToolOrSkillIsNoGapUnlessTheLineAsksForExperience() {
    let site = Fixture.site(
      [Fixture.experience("a", skills: ["Canva"])],
      skills: [
        SkillGroup(name: "Tools", keywords: ["Adobe Premiere Pro", "process improvement", "VLOOKUP"]),
        SkillGroup(name: "Licences", keywords: ["SIM C"]),
      ])
    let job = JobPosting(
      slug: "v", title: "Video Editor",
      body: """
        ## Requirements
        - Adobe Premiere Pro
        - Experience in process improvement
        - Menguasai Ms. Excel (filter, VLOOKUP)
        - Memiliki SIM C dan sepeda motor sendiri
        """)
    let tailoring = Tailor(site: site).tailor(job)
    #expect(!tailoring.report.missing.contains { $0.contains("SIM C") }, "\(tailoring.report.missing)")
    #expect(!tailoring.report.missing.contains { $0.contains("VLOOKUP") }, "\(tailoring.report.missing)")
    #expect(!tailoring.report.missing.contains("Adobe Premiere Pro"), "\(tailoring.report.missing)")
    #expect(tailoring.report.requirements.first { $0.term == "Adobe Premiere Pro" }?.skills == ["Adobe Premiere Pro"])
    #expect(tailoring.skills.contains("Adobe Premiere Pro"), "\(tailoring.skills)")
    #expect(tailoring.report.missing.contains("process improvement"), "\(tailoring.report.missing)")
  }

  @Test func interviewHasStoriesElseHighlights() {
    let story = Story(situation: "A slow report", task: "Speed it up", action: "Rewrote the SQL", result: "10x faster")
    let site = Fixture.site([
      Fixture.experience("with-story", skills: ["SQL"], star: story),
      Fixture.experience(
        "without", skills: ["Tableau"], highlights: ["Built a Tableau dashboard for 5 stores", "Baked bread"]),
    ])
    let interview = Tailor(site: site).tailor(Fixture.job(keywords: ["SQL", "Tableau", "dbt"])).interview
    // Questions come from requirements with evidence: nothing proves dbt.
    #expect(interview.map(\.requirement.term) == ["SQL", "Tableau"])
    #expect(interview[0].stories == [InterviewStory(slug: "with-story", title: "with-story", story: story)])
    #expect(interview[1].stories.isEmpty)
    #expect(interview[1].highlights.map(\.highlight.text) == ["Built a Tableau dashboard for 5 stores"])
  }

  @Test func sameInputGivesTheSameBytes() throws {
    let site = Self.crowdedSite()
    let job = Fixture.job(
      keywords: ["Python", "dashboards"], mustHave: ["COBOL", "Rust"], body: "Python, SQL, Excel, A/B testing.")
    let first = Tailor(site: site).tailor(job).report.json()
    let second = Tailor(site: site).tailor(job).report.json()
    #expect(first == second)
    let object = try #require(try JSONSerialization.jsonObject(with: Data(first.utf8)) as? [String: Any])
    for key in [
      "job", "title", "company", "score", "matched", "missing", "must_have_missing", "selected", "requirements",
      "soft_skills", "unused_evidence",
    ] {
      #expect(object[key] != nil, "missing key \(key)")
    }
    let row = try #require((object["requirements"] as? [[String: Any]])?.first)
    #expect(
      Set(row.keys) == [
        "term", "must_have", "keyword", "evidence", "kind", "weight", "part", "highlights", "languages", "skills",
        "summary",
      ])
  }
}

/// `vita tailor --explain` shows how a posting was read and why each experience ranks where it does,
/// and names nothing private.
@Suite struct TailoringExplanationTests {
  @Test func theExplanationShowsThePartsTheRequirementsAndTheReasons() {
    let site = Fixture.site([
      Fixture.experience(
        "support", kind: .job, skills: ["Zendesk"], highlights: ["Answered 50 Zendesk tickets a day"],
        reflection: "REFLECTION-TEXT about Zendesk"),
      Fixture.experience("secret", skills: ["Zendesk", "SLA"], visibility: .private),
      Fixture.experience("bakery", skills: ["Baking"]),
    ])
    let job = JobPosting(
      slug: "support", title: "Support Agent", company: "Brightdesk",
      body:
        "## About us\nBrightdesk builds booking software.\n\n## Requirements\n- Zendesk\n- SLA\n\n## Benefits\n- Gym")
    let explanation = Tailor(site: site, postings: [job]).explanation(of: job)
    #expect(explanation.analysis.lines.map(\.part) == [.about, .requirements, .requirements, .benefits])
    #expect(explanation.analysis.requirements.map(\.term).contains("Zendesk"))
    #expect(explanation.ranking.map(\.slug) == ["support", "bakery"], "private experiences are not named")
    #expect(explanation.ranking[0].reasons.contains { $0.term == "Zendesk" && $0.value > 0 })
    #expect(explanation.ranking[1].reasons.isEmpty)
    let everything = "\(explanation.ranking.map(\.reasons))" + "\(explanation.lookedFor)"
    #expect(!everything.contains("REFLECTION"))
  }

  /// Verbs that say how any work is done ("Check", "Prepare", "Carry out") rank no entry: a clerk
  /// who "checked and prepared invoices" is no nearer a substation job than a trainee who saw its
  /// SCADA alarms.
  @Test func verbsOfAnyWorkRankNothing() {
    let site = Fixture.site([
      Fixture.experience(
        "clerk", kind: .job, title: "Accounts Clerk",
        highlights: ["Checked and prepared invoices, carried out and checked daily cash counts"]),
      Fixture.experience(
        "trainee", kind: .internship, title: "Vacation Trainee", highlights: ["Watched SCADA alarms during an outage"]),
    ])
    let job = Fixture.job(
      body: "## What you will do\n- Check protection settings\n- Prepare reports\n- Carry out SCADA interfacing tests")
    let explanation = Tailor(site: site).explanation(of: job)
    #expect(explanation.ranking.map(\.slug) == ["trainee", "clerk"], "\(explanation.ranking.map(\.reasons))")
    #expect(explanation.ranking[1].reasons.isEmpty, "\(explanation.ranking[1].reasons)")
  }

  /// How often work is done ("daily", "bulanan") ranks no entry, nor does "valid", said of the
  /// person's documents: a mine's daily production meetings are no nearer a clinic's daily
  /// patient summaries.
  @Test func howOftenWorkIsDoneRanksNothing() {
    let site = Fixture.site([
      Fixture.experience(
        "mine", kind: .job, title: "Production Supervisor",
        highlights: ["Ran daily, weekly and monthly production meetings", "Valid until 2027"]),
      Fixture.experience(
        "clinic", kind: .volunteer, title: "Clinic Volunteer", highlights: ["Registered patient visits"]),
    ])
    let job = Fixture.job(
      body: "## Responsibilities\n- Compile daily, weekly and monthly patient visit summaries\n- A valid passport\n")
    let explanation = Tailor(site: site).explanation(of: job)
    #expect(explanation.ranking.map(\.slug) == ["clinic", "mine"], "\(explanation.ranking.map(\.reasons))")
    #expect(explanation.ranking[1].reasons.isEmpty, "\(explanation.ranking[1].reasons)")
  }

  /// What a duty that opens with learning names is taught on the job: no gap, though a
  /// requirement naming it is one.
  @Test func whatTheJobTeachesIsNoGap() {
    let job = Fixture.job(
      body: """
        ## What you will do
        - Learn to work with cloud platforms (we use Microsoft Azure)
        - Mempelajari sistem SAP untuk pencatatan produksi
        - Deploy services on Kubernetes
        ## Requirements
        - Experience with Minitab
        """)
    let report = Fixture.reportWithoutEvidence(for: job)
    #expect(report.missing == ["Minitab", "Kubernetes"], "\(report.missing)")
    #expect(report.requirements.contains { $0.term.contains("Azure") }, "\(report.requirements.map(\.term))")
  }

  /// A credential the summary names heads the CV, so it is no gap; a skill it names is no proof.
  @Test func aCredentialTheSummaryNamesIsShown() {
    let config = SiteConfig(
      title: "Test", language: .en,
      person: Person(name: "Arif", summary: "Graduate engineer. Class D driving licence and own car; knows SCADA."))
    let site = Site(config: config, experiences: [Fixture.experience("course", kind: .course)], jobs: [])
    let job = Fixture.job(body: "## Requirements\n- You must hold a Class D driving licence\n- Experience with SCADA\n")
    let report = Tailor(site: site).tailor(job).report
    #expect(!report.missing.contains { $0.contains("driving licence") }, "\(report.missing)")
    #expect(report.requirements.contains { $0.term.contains("driving licence") && $0.summary && $0.isProven })
    #expect(report.missing.contains("SCADA"), "\(report.missing)")
    // The licence's class is the licence's, not a name of its own.
    #expect(!report.missing.contains { $0.contains("Class D") }, "\(report.missing)")
    let without = Fixture.reportWithoutEvidence(for: job)
    #expect(without.missing.contains("Class D driving licence"), "\(without.missing)")
  }
  /// What the Philippines' postings write: "BS" opens a degree ("BS Mechanical Engineering"), which
  /// a Bachelor of Science in that field proves; a shift pattern ("on a roster", "on shifting
  /// schedule") is a condition of the job, not a skill; "Cp/Cpk" is proven by either abbreviation.
  @Test func philippinePostingsDegreesAndShiftPatterns() {
    var degree = Fixture.experience(
      "bsme", kind: .education, title: "Bachelor of Science in Mechanical Engineering", organization: "USC")
    degree.degree = "Bachelor of Science"
    degree.area = "Mechanical Engineering"
    let ojt = Fixture.experience("ojt", kind: .internship, title: "Manufacturing OJT", skills: ["SPC", "Cpk"])
    let job = Fixture.job(
      body: """
        ## Responsibilities
        - Monitor critical parameters using SPC and compute process capability (Cp/Cpk)
        ## Qualifications
        - BS Mechanical Engineering or BS Metallurgical Engineering graduate
        - Amenable to work on shifting schedule and on weekends when needed
        - Able to respond to call-outs after hours on a roster
        """)
    let report = Tailor(site: Fixture.site([degree, ojt])).tailor(job).report
    #expect(report.missing.isEmpty, "\(report.missing)")
    #expect(report.requirements.contains { $0.kind == .degree && $0.evidence == ["bsme"] }, "\(report.requirements)")
    let without = Fixture.reportWithoutEvidence(for: job)
    #expect(without.missing.contains { $0.hasPrefix("BS Mechanical Engineering") }, "\(without.missing)")
    #expect(without.missing.contains { $0.contains("Cp/Cpk") }, "\(without.missing)")
    #expect(!without.missing.contains { $0.contains("roster") || $0.contains("shift") }, "\(without.missing)")
  }
  /// A person the duty reports to or works beside is no gap, whether the title ends with the
  /// person's word ("Authorized Inspector") or, in Indonesian, opens with it ("Inspektur Tambang").
  @Test func aPersonsTitleIsNoGap() {
    let job = Fixture.job(
      body: """
        ## Tanggung Jawab
        - Menyusun statistik dan laporan K3 bulanan ke Inspektur Tambang
        - Menyiapkan data untuk penilaian oleh Inspektur Tambang
        ## Responsibilities
        - Accompany client and Authorized Inspector inspections using Minitab
        """)
    let report = Fixture.reportWithoutEvidence(for: job)
    #expect(!report.missing.contains { $0.contains("Inspektur") || $0.contains("Inspector") }, "\(report.missing)")
    #expect(report.missing.contains("Minitab"), "\(report.missing)")
  }
  /// The languages of one line share its weight, so that a teller's "English, Filipino and
  /// Cebuano" does not lift an engineer's score on a bank's posting; a regional language the
  /// person lists in vita.yml proves itself.
  @Test func theLanguagesOfOneLineAreOneRequirementsWeight() {
    var site = Fixture.site([Fixture.experience("course", kind: .course)])
    site.config.languages = ["English", "Filipino", "Cebuano"].map { SpokenLanguage(language: $0) }
    let job = Fixture.job(
      body: """
        ## Qualifications
        - Good communication skills in English, Filipino and Cebuano
        - Experience with Minitab
        """)
    let report = Tailor(site: site).tailor(job).report
    #expect(report.missing == ["Minitab"], "\(report.missing)")
    let languages = report.requirements.filter { $0.kind == .language }
    #expect(languages.map(\.term) == ["English", "Filipino", "Cebuano"], "\(languages)")
    #expect(languages.allSatisfy { abs($0.weight - 1.0 / 3) < 0.01 }, "\(languages.map(\.weight))")
    #expect(report.score == 50, "\(report.score)")
  }

  /// A course named with its abbreviation, whose letters leave out the word "Course" ("Building
  /// Construction Supervisors Safety Course (BCSS)"), is one credential, spelled either way.
  @Test func aCoursesAbbreviationLeavesOutTheWordCourse() {
    let job = Fixture.job(body: "## Nice to have\n- Building Construction Supervisors Safety Course (BCSS) is a plus\n")
    let report = Fixture.reportWithoutEvidence(for: job)
    #expect(report.missing == ["Building Construction Supervisors Safety Course (BCSS)"], "\(report.missing)")
    #expect(report.requirements.first?.kind == .credential, "\(report.requirements)")
    let site = Fixture.site([Fixture.experience("bcss", kind: .certification, title: "BCSS")])
    #expect(Tailor(site: site).tailor(job).report.missing.isEmpty)
  }
  /// A standard's code is part of its name: "ASHRAE 90.1" is not proven by ASHRAE 62.1, "AWS D1.1"
  /// (welding) not by Amazon Web Services, and "ASME Section IX" is asked for as written. A score
  /// after a test ("IELTS 6.5") and a version ("WCAG 2.1") are no codes.
  @Test func aStandardsCodeIsPartOfItsName() {
    let site = Fixture.site([
      Fixture.experience("hvac", kind: .job, skills: ["ASHRAE 62.1", "AWS", "WCAG", "IELTS"])
    ])
    let job = Fixture.job(
      body: """
        ## Requirements
        - Knowledge of ASHRAE 62.1 and ASHRAE 90.1
        - Inspection records for AWS D1.1 structural work
        - Welder qualification to ASME Section IX
        - Web accessibility (WCAG 2.1)
        - IELTS 6.5 or above
        """)
    let report = Tailor(site: site).tailor(job).report
    #expect(report.missing == ["ASHRAE 90.1", "AWS D1.1", "ASME Section IX"], "\(report.missing)")
  }
  /// An Indonesian credential opens with its noun ("Sertifikat Kompetensi Surveyor Batubara"), and an ordinary word
  /// listed beside a product's name in parentheses is a name too: "(Jigsaw / Minestar)", named
  /// with the duty's skill it is an example of.
  @Test func anIndonesianCredentialAndAnOrdinaryWordBesideAName() {
    let job = Fixture.job(
      body: """
        ## Tanggung Jawab
        - Berkoordinasi dengan dispatcher yang memantau unit melalui dispatch system (Jigsaw / Minestar)
        ## Kualifikasi
        - Memiliki Sertifikat Kompetensi Surveyor Batubara (BNSP) merupakan nilai plus
        """)
    let report = Fixture.reportWithoutEvidence(for: job)
    #expect(
      report.missing == ["dispatch (Jigsaw / Minestar)", "Sertifikat Kompetensi Surveyor Batubara (BNSP)"],
      "\(report.missing)")
    let site = Fixture.site([Fixture.experience("kp", kind: .internship, skills: ["Jigsaw"])])
    let missing = Tailor(site: site).tailor(job).report.missing
    #expect(!missing.contains { $0.contains("Jigsaw") }, "\(missing)")
  }
}
