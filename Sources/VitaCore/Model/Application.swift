import Foundation

/// Where an application to a posting stands, from the posting's front matter: its `status`, the
/// dates that matter, who to write to, and private notes. `notes` is written nowhere but the
/// tracker (`applications/index.html`, `vita jobs`).
public struct Application: Sendable, Hashable, Codable {
  /// The stages of an application, in the order a search moves through them.
  public enum Status: String, Sendable, Hashable, CaseIterable, Codable {
    case saved, applied, interview, offer, rejected, withdrawn

    /// Whether the application is still open: one to act on.
    public var isOpen: Bool { self == .saved || self == .applied || self == .interview }
  }

  public var status: Status
  /// When it was sent.
  public var applied: PartialDate?
  /// The last day to apply.
  public var deadline: PartialDate?
  /// When the interview is.
  public var interview: Appointment?
  /// Who to write to: a name, an address.
  public var contact: String?
  /// The person's own notes: private.
  public var notes: String?

  public init(
    status: Status = .saved, applied: PartialDate? = nil, deadline: PartialDate? = nil,
    interview: Appointment? = nil, contact: String? = nil, notes: String? = nil
  ) {
    self.status = status
    self.applied = applied
    self.deadline = deadline
    self.interview = interview
    self.contact = contact
    self.notes = notes
  }
}

/// A day and a time of day, in the person's own time zone: `2026-12-10 14:00`.
public struct Appointment: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
  public var date: PartialDate
  public var hour: Int
  public var minute: Int

  public init(date: PartialDate, hour: Int, minute: Int) {
    self.date = date
    self.hour = hour
    self.minute = minute
  }

  /// Reads `YYYY-MM-DD HH:MM` (or with a `T`); a day alone is an appointment at the day's start.
  public init?(parsing text: String) {
    let parts = text.split(whereSeparator: { $0 == " " || $0 == "T" })
    guard let first = parts.first, let date = PartialDate(parsing: String(first)), date.day != nil, parts.count <= 2
    else { return nil }
    self.date = date
    guard parts.count == 2 else {
      (hour, minute) = (0, 0)
      return
    }
    let clock = parts[1].split(separator: ":")
    guard clock.count == 2, let hour = Int(clock[0]), let minute = Int(clock[1]), (0...23).contains(hour),
      (0...59).contains(minute), clock[1].count == 2
    else { return nil }
    (self.hour, self.minute) = (hour, minute)
  }

  public var description: String {
    date.description + " " + (hour < 10 ? "0" : "") + "\(hour):" + (minute < 10 ? "0" : "") + "\(minute)"
  }

  public static func < (lhs: Appointment, rhs: Appointment) -> Bool {
    (lhs.date, lhs.hour, lhs.minute) < (rhs.date, rhs.hour, rhs.minute)
  }
}

extension PartialDate {
  /// Days from `self` to `later` (negative when `later` is earlier), both known to the day; a date
  /// known only to the month or year counts from its first day.
  public func days(until later: PartialDate) -> Int {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC")!
    func date(_ partial: PartialDate) -> Date? {
      calendar.date(from: DateComponents(year: partial.year, month: partial.month ?? 1, day: partial.day ?? 1))
    }
    guard let start = date(self), let end = date(later) else { return 0 }
    return calendar.dateComponents([.day], from: start, to: end).day ?? 0
  }

  /// The day `count` days after this one (before, when negative).
  public func adding(days count: Int) -> PartialDate {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC")!
    guard let start = calendar.date(from: DateComponents(year: year, month: month ?? 1, day: day ?? 1)),
      let moved = calendar.date(byAdding: .day, value: count, to: start)
    else { return self }
    let parts = calendar.dateComponents([.year, .month, .day], from: moved)
    return PartialDate(year: parts.year ?? year, month: parts.month, day: parts.day)
  }
}

/// The person's job search as a pipeline: what needs acting on first (deadlines in the next two
/// weeks, follow-ups due), then every posting by status. Relative to `today`, which the caller
/// gives: `vita build --today`, `VITA_TODAY`, or the clock.
public struct Pipeline: Sendable {
  /// A posting's place in the pipeline.
  public struct Item: Sendable, Hashable {
    public var job: JobPosting
    /// Days left to the deadline of a posting not yet applied to; nil without one, or once applied.
    public var daysToDeadline: Int?
    /// Applied this long ago with no newer status: time to follow up.
    public var followUpDue: Bool
    public var daysSinceApplied: Int?

    /// Needs acting on now.
    public var needsAttention: Bool { followUpDue || daysToDeadline.map { (0...Pipeline.soon).contains($0) } == true }
  }

  /// A deadline this close, in days, is on top.
  public static let soon = 14
  /// Applied this long ago, in days, and nothing since: follow up.
  public static let followUpAfter = 14

  /// What to act on, soonest first: deadlines in the next two weeks, follow-ups due.
  public var attention: [Item]
  /// Every posting under its status, in the statuses' order, nearest deadline or interview first.
  public var byStatus: [(status: Application.Status, items: [Item])]

  public init(jobs: [JobPosting], today: PartialDate) {
    let items = jobs.map { job -> Item in
      let application = job.application
      let deadline = application.status == .saved ? application.deadline.map { today.days(until: $0) } : nil
      let since = application.applied.map { $0.days(until: today) }
      let followUp = application.status == .applied && (since ?? 0) >= Self.followUpAfter
      return Item(job: job, daysToDeadline: deadline, followUpDue: followUp, daysSinceApplied: since)
    }
    func urgency(_ item: Item) -> Int {
      if let days = item.daysToDeadline, days >= 0 { return days }
      return Self.soon - (item.daysSinceApplied ?? 0)
    }
    attention = items.filter(\.needsAttention).sorted { (urgency($0), $0.job.slug) < (urgency($1), $1.job.slug) }
    byStatus = Application.Status.allCases.compactMap { status in
      let members = items.filter { $0.job.application.status == status }.sorted { a, b in
        let (first, second) = (a.job.application, b.job.application)
        let keyA = first.interview?.date ?? first.deadline ?? PartialDate(year: 9999)
        let keyB = second.interview?.date ?? second.deadline ?? PartialDate(year: 9999)
        return keyA != keyB ? keyA < keyB : a.job.slug < b.job.slug
      }
      return members.isEmpty ? nil : (status, members)
    }
  }
}
