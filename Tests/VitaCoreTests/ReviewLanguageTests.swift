import Testing

@testable import VitaCore

/// The review speaks the site's language; its examples follow the highlight's own language.
@Suite struct ReviewLanguageTests {
  @Test(arguments: [
    (Language.en, "not an action verb", "Social media posts for the club at 3 events in 2024"),
    (.id, "bukan kata kerja aktif", "Social media posts for the club at 3 events in 2024"),
    (.id, "bukan kata kerja aktif", "Akun media sosial klub untuk 3 acara pada 2024"),
  ])
  func aWeakVerbIsExplainedInTheSitesLanguage(language: Language, words: String, highlight: String) throws {
    let findings = ReviewFixture.findings(
      [ReviewFixture.experience(highlights: [highlight])], language: language)
    let weakVerb = try #require(findings.first { $0.code == ReviewCode.weakVerb.rawValue }, "\(findings)")
    #expect(weakVerb.message.contains(words), "\(weakVerb.message)")
  }

  @Test func anEnglishHighlightOnAnIndonesianSiteGetsAnEnglishExample() throws {
    let findings = ReviewFixture.findings(
      [ReviewFixture.experience(highlights: ["Worked on the social media accounts of the club"])], language: .id)
    let noResult = try #require(findings.first { $0.code == ReviewCode.noResult.rawValue })
    #expect(noResult.message.contains("hasil terukur"))
    // The person's own sentence, rewritten in its own language, inside the site's.
    #expect(noResult.message.contains("the social media accounts of the club, "), "\(noResult.message)")
    #expect(noResult.message.contains("dengan angka Anda sendiri untuk [N]"))
  }

  @Test func theSummaryAndFiguresAreInTheSitesLanguage() {
    let site = ReviewFixture.site([ReviewFixture.experience()], language: .id)
    let review = Review(site: site, today: ReviewFixture.today)
    #expect(
      review.messages.summary(ReviewSummary(files: 3, errors: 0, warnings: 2))
        == "3 berkas diperiksa: 0 galat, 2 peringatan")
    #expect(
      review.messages.figures(review.figures()).contains { $0.hasPrefix("pencapaian dengan hasil terukur: 1 dari 1") })
  }
}
