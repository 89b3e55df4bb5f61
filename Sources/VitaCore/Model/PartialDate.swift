/// A calendar date known to the year, the month or the day: `2024`, `2024-06`, `2024-06-15`.
public struct PartialDate: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
  public var year: Int
  public var month: Int?
  public var day: Int?

  public init(year: Int, month: Int? = nil, day: Int? = nil) {
    self.year = year
    self.month = month
    self.day = day
  }

  /// Reads `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; nil for anything else or an impossible date.
  public init?(parsing text: String) {
    // Exactly `YYYY`, `YYYY-MM` or `YYYY-MM-DD` in ASCII digits, read byte by byte.
    let utf8 = text.utf8
    guard utf8.count == 4 || utf8.count == 7 || utf8.count == 10 else { return nil }
    var (yearDigits, monthDigits, dayDigits) = (0, 0, 0)
    var position = 0
    for byte in utf8 {
      if position == 4 || position == 7 {
        guard byte == UInt8(ascii: "-") else { return nil }
      } else {
        guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
        let digit = Int(byte - UInt8(ascii: "0"))
        if position < 4 {
          yearDigits = yearDigits * 10 + digit
        } else if position < 7 {
          monthDigits = monthDigits * 10 + digit
        } else {
          dayDigits = dayDigits * 10 + digit
        }
      }
      position += 1
    }
    year = yearDigits
    month = utf8.count >= 7 ? monthDigits : nil
    day = utf8.count == 10 ? dayDigits : nil
    guard year >= 1900, year <= 2200 else { return nil }
    if let month, !(1...12).contains(month) { return nil }
    if let month, let day {
      guard day >= 1, day <= PartialDate.daysIn(month: month, year: year) else { return nil }
    }
  }

  static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
    case 4, 6, 9, 11: 30
    default: 31
    }
  }

  /// The ISO form it was written in.
  public var description: String {
    // What `String(format: "%04d-%02d-%02d")` gives, without Foundation's formatter (once per date
    // of every CV in every format).
    func padded(_ number: Int, _ width: Int) -> String {
      let digits = String(number.magnitude)
      let zeros = String(repeating: "0", count: max(0, width - digits.count - (number < 0 ? 1 : 0)))
      return (number < 0 ? "-" : "") + zeros + digits
    }
    var text = padded(year, 4)
    if let month { text += "-" + padded(month, 2) }
    if let day { text += "-" + padded(day, 2) }
    return text
  }

  /// Months since year 0, counting an unknown month as January; for ordering and durations.
  public var monthIndex: Int { year * 12 + (month ?? 1) - 1 }

  public static func < (lhs: PartialDate, rhs: PartialDate) -> Bool {
    (lhs.year, lhs.month ?? 0, lhs.day ?? 0) < (rhs.year, rhs.month ?? 0, rhs.day ?? 0)
  }
}

/// When an experience ended: on a date, or not yet.
public enum EndDate: Sendable, Hashable, Codable {
  case on(PartialDate)
  case present

  public var date: PartialDate? {
    if case .on(let date) = self { return date }
    return nil
  }

  /// The words that mean it goes on (present, current, sekarang, saat ini, …): data/language/present-words.txt.
  static let presentWords = TailoringData.wordList(BuiltInData.files["language/present-words.txt"] ?? "")

  /// Whether `text` says it goes on: `present`, or a word that means it, in any case and spacing.
  public static func meansPresent(_ text: String) -> Bool {
    // Most ends are dates: a digit first is none of the words.
    if let first = text.utf8.first, first >= UInt8(ascii: "0"), first <= UInt8(ascii: "9") { return false }
    let words = text.lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
    return presentWords.contains(words)
  }
}
