import Testing
import VitaCore

@testable import VitaSite

/// calendar.ics as RFC 5545 asks: CRLF lines of at most 75 octets, text escaped, stable UIDs.
@Suite struct ApplicationsCalendarTests {
  static let today = PartialDate(year: 2026, month: 6, day: 15)

  static func job(_ slug: String, title: String = "Analyst", _ application: Application) -> JobPosting {
    JobPosting(slug: slug, title: title, company: "Acme, Inc.; Jakarta", application: application)
  }

  @Test func deadlinesAreAllDayAndInterviewsTimed() {
    let calendar = ApplicationsCalendar.render(
      [
        Self.job("b", Application(status: .interview, interview: Appointment(parsing: "2026-06-18 09:30"))),
        Self.job("a", Application(status: .saved, deadline: PartialDate(parsing: "2026-12-31"))),
        Self.job("c", Application(status: .applied, deadline: PartialDate(parsing: "2026-06-20"))),
        Self.job("d", Application(status: .withdrawn, interview: Appointment(parsing: "2026-06-19 10:00"))),
      ], today: Self.today)
    let lines = calendar.components(separatedBy: "\r\n")
    #expect(lines.first == "BEGIN:VCALENDAR" && lines.dropLast().last == "END:VCALENDAR" && lines.last == "")
    #expect(lines.filter { $0 == "BEGIN:VEVENT" }.count == 2, "no deadline once applied, no event once withdrawn")
    #expect(lines.contains("UID:a-deadline@vita") && lines.contains("UID:b-interview@vita"))
    #expect(lines.contains("DTSTART;VALUE=DATE:20261231") && lines.contains("DTEND;VALUE=DATE:20270101"))
    #expect(lines.contains("DTSTART:20260618T093000") && lines.contains("DURATION:PT1H"))
    #expect(lines.contains("DTSTAMP:20260615T000000Z"))
    #expect(lines.contains("SUMMARY:Deadline: Analyst – Acme\\, Inc.\\; Jakarta"))
    #expect(!calendar.contains("\n\n") && !calendar.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
  }

  @Test func longLinesAreFoldedWithoutSplittingACharacter() {
    let title = String(repeating: "Analis Data Senior é ", count: 12)
    let calendar = ApplicationsCalendar.render(
      [Self.job("a", title: title, Application(status: .saved, deadline: PartialDate(parsing: "2026-07-01")))],
      today: Self.today)
    let lines = calendar.components(separatedBy: "\r\n")
    #expect(lines.allSatisfy { $0.utf8.count <= 75 })
    let summary = lines.drop { !$0.hasPrefix("SUMMARY:") }.prefix { $0.hasPrefix("SUMMARY:") || $0.hasPrefix(" ") }
    #expect(summary.count > 1)
    #expect(
      summary.enumerated().map { $0.offset == 0 ? $0.element : String($0.element.dropFirst()) }.joined()
        == "SUMMARY:" + ApplicationsCalendar.escaped("Deadline: \(title) – Acme, Inc.; Jakarta"))
  }
}
