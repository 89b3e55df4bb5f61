import VitaCore
import VitaEscaping

/// The job search's dates as an iCalendar file (RFC 5545), `applications/calendar.ics`, that any
/// calendar can import: an all-day event for each deadline of a posting not yet applied to, and a
/// timed event for each interview. Each event's UID is made from the posting's slug, so that a
/// calendar that imports the file again updates its events instead of adding them twice.
///
/// Written here: the format is a few lines of text, and the tests read it back with the
/// `icalendar` package from PyPI.
public enum ApplicationsCalendar {
  public static func render(_ jobs: [JobPosting], today: PartialDate?) -> String {
    // DTSTAMP is required; the tracker's clock gives it, so that the same content writes the same file.
    let stamp = compact(today ?? PartialDate(year: 2000, month: 1, day: 1)) + "T000000Z"
    var lines = [
      "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Vita//Job applications//EN", "CALSCALE:GREGORIAN",
      "METHOD:PUBLISH",
    ]
    for job in jobs.sorted(by: { $0.slug < $1.slug }) {
      let application = job.application
      let name = job.title + (job.company.map { " – \($0)" } ?? "")
      if application.status == .saved, let deadline = application.deadline, deadline.day != nil {
        lines += [
          "BEGIN:VEVENT", "UID:\(job.slug)-deadline@vita", "DTSTAMP:\(stamp)",
          "DTSTART;VALUE=DATE:\(compact(deadline))", "DTEND;VALUE=DATE:\(compact(deadline.adding(days: 1)))",
          "SUMMARY:" + escaped("Deadline: " + name),
        ]
        if let url = job.url { lines.append("URL:" + url) }
        lines.append("END:VEVENT")
      }
      if let interview = application.interview, application.status != .withdrawn, application.status != .rejected {
        lines += [
          "BEGIN:VEVENT", "UID:\(job.slug)-interview@vita", "DTSTAMP:\(stamp)",
          "DTSTART:\(compact(interview.date))T\(two(interview.hour))\(two(interview.minute))00", "DURATION:PT1H",
          "SUMMARY:" + escaped("Interview: " + name),
        ]
        if let contact = application.contact { lines.append("DESCRIPTION:" + escaped(contact)) }
        if let url = job.url { lines.append("URL:" + url) }
        lines.append("END:VEVENT")
      }
    }
    lines.append("END:VCALENDAR")
    return lines.flatMap(folded).joined(separator: "\r\n") + "\r\n"
  }

  /// `20261210` for 2026-12-10.
  static func compact(_ date: PartialDate) -> String {
    "\(date.year)" + two(date.month ?? 1) + two(date.day ?? 1)
  }

  static func two(_ number: Int) -> String { (number < 10 ? "0" : "") + String(number) }

  /// Text with `\`, `;`, `,` and line breaks escaped (RFC 5545, 3.3.11).
  static func escaped(_ text: String) -> String {
    text.replacingEach { character in
      switch character {
      case "\\": "\\\\"
      case ";": "\\;"
      case ",": "\\,"
      case "\n", "\r\n": "\\n"
      default: nil
      }
    }
  }

  /// A line folded at 75 octets (RFC 5545, 3.1): each following piece starts with a space, and no
  /// character's UTF-8 bytes are split.
  static func folded(_ line: String) -> [String] {
    var pieces: [String] = []
    var current = ""
    var octets = 0
    for character in line {
      let size = String(character).utf8.count
      let limit = pieces.isEmpty ? 75 : 74
      if octets + size > limit {
        pieces.append(pieces.isEmpty ? current : " " + current)
        (current, octets) = ("", 0)
      }
      current.append(character)
      octets += size
    }
    pieces.append(pieces.isEmpty ? current : " " + current)
    return pieces
  }
}
