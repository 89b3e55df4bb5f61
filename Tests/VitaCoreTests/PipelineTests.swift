import Testing

@testable import VitaCore

/// The tracker's pipeline relative to a fixed "today": what is on top, and where each posting stands.
@Suite struct PipelineTests {
  static let today = PartialDate(year: 2026, month: 6, day: 15)

  static func job(_ slug: String, _ application: Application) -> JobPosting {
    JobPosting(slug: slug, title: slug, application: application)
  }

  static func day(_ text: String) -> PartialDate { PartialDate(parsing: text)! }

  @Test(
    "a posting's place",
    arguments: [
      // slug, application, on top, reason
      ("saved-soon", Application(status: .saved, deadline: day("2026-06-25")), true, "deadline 10"),
      ("saved-today", Application(status: .saved, deadline: day("2026-06-15")), true, "deadline 0"),
      ("saved-later", Application(status: .saved, deadline: day("2026-07-30")), false, "deadline 45"),
      ("saved-past", Application(status: .saved, deadline: day("2026-06-01")), false, "deadline -14"),
      ("saved-undated", Application(status: .saved), false, ""),
      ("applied-long-ago", Application(status: .applied, applied: day("2026-05-20")), true, "follow-up 26"),
      ("applied-recently", Application(status: .applied, applied: day("2026-06-10")), false, ""),
      ("applied-undated", Application(status: .applied), false, ""),
      ("interview-after", Application(status: .interview, applied: day("2026-05-01")), false, ""),
      (
        "applied-deadline", Application(status: .applied, applied: day("2026-06-14"), deadline: day("2026-06-20")),
        false, ""
      ),
      ("offer", Application(status: .offer, applied: day("2026-04-01")), false, ""),
      ("rejected", Application(status: .rejected, applied: day("2026-04-01")), false, ""),
      ("withdrawn", Application(status: .withdrawn, deadline: day("2026-06-16")), false, ""),
    ])
  func place(slug: String, application: Application, onTop: Bool, reason: String) throws {
    let pipeline = Pipeline(jobs: [Self.job(slug, application)], today: Self.today)
    #expect(pipeline.attention.map(\.job.slug) == (onTop ? [slug] : []))
    let stage = try #require(pipeline.byStatus.first)
    #expect(stage.status == application.status)
    let item = stage.items[0]
    if reason.hasPrefix("deadline") { #expect(item.daysToDeadline == Int(reason.split(separator: " ")[1])) }
    if reason.hasPrefix("follow-up") {
      #expect(item.followUpDue && item.daysSinceApplied == Int(reason.split(separator: " ")[1]))
    } else {
      #expect(!item.followUpDue)
    }
    if application.status != .saved { #expect(item.daysToDeadline == nil, "a deadline counts only until one applies") }
  }

  @Test func theSoonestComesFirstAndStatusesKeepTheirOrder() {
    let pipeline = Pipeline(
      jobs: [
        Self.job("b-follow-up", Application(status: .applied, applied: Self.day("2026-05-01"))),
        Self.job("c-deadline-8", Application(status: .saved, deadline: Self.day("2026-06-23"))),
        Self.job("a-deadline-2", Application(status: .saved, deadline: Self.day("2026-06-17"))),
        Self.job("d-offer", Application(status: .offer)),
        Self.job("e-interview", Application(status: .interview, interview: Appointment(parsing: "2026-06-18 09:30"))),
      ], today: Self.today)
    #expect(pipeline.attention.map(\.job.slug) == ["b-follow-up", "a-deadline-2", "c-deadline-8"])
    #expect(pipeline.byStatus.map(\.status) == [.saved, .applied, .interview, .offer])
    #expect(pipeline.byStatus[0].items.map(\.job.slug) == ["a-deadline-2", "c-deadline-8"])
  }

  @Test(
    "an interview's day and time",
    arguments: [
      ("2026-12-10 14:00", "2026-12-10 14:00"), ("2026-12-10T09:05", "2026-12-10 09:05"),
      ("2026-12-10", "2026-12-10 00:00"), ("2026-12-10 25:00", nil), ("2026-12-10 9:5", nil), ("next Tuesday", nil),
      ("2026-02-30 10:00", nil),
    ])
  func appointment(text: String, expected: String?) {
    #expect(Appointment(parsing: text)?.description == expected)
  }

  @Test func daysAreCountedAcrossMonthsAndYears() {
    #expect(Self.day("2026-12-25").days(until: Self.day("2027-01-08")) == 14)
    #expect(Self.day("2028-02-28").adding(days: 1) == Self.day("2028-02-29"))
    #expect(Self.day("2026-06-15").adding(days: -15) == Self.day("2026-05-31"))
  }
}
