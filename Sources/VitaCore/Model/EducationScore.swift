import Foundation

/// What an education entry's `score` is: a grade point average (`3.72/4.00`, `3,72`), a mark out
/// of more (`85/100`, `85%`), or words and values that name themselves (`First-class honours`,
/// `2:1`, `CGPA 3.8`). The site labels it by this ("GPA 3.72/4.00", "IPK 3,72", "Grade 85/100"),
/// and tailoring reads a grade point average as one, which a posting's "IPK min. 3,00" asks for.
public enum EducationScore: Equatable, Sendable {
  case gradePointAverage
  case mark
  case asWritten

  public init(_ score: String) {
    let value = score.trimmingCharacters(in: .whitespaces)
    let numbers = value.split(separator: "/").map {
      Double($0.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: ",", with: "."))
    }
    if value.hasSuffix("%"), Double(value.dropLast().replacingOccurrences(of: ",", with: ".")) != nil {
      self = .mark
      return
    }
    guard (1...2).contains(numbers.count), let first = numbers.first ?? nil, numbers.allSatisfy({ $0 != nil })
    else {
      self = .asWritten
      return
    }
    let scale = numbers.count == 2 ? numbers[1] ?? first : first
    self = scale <= 5 ? .gradePointAverage : .mark
  }

  /// A grade point average on a scale of 4, to compare with the minimum a posting asks for
  /// ("IPK min. 3,00"): `3,61/4,00` and `3.61` give 3.61, `4.5/5` gives 3.6, `CGPA 3.8` and
  /// `IPK 3,72` give their value. Nil for a mark, a class or words.
  public static func gradePoint(_ score: String) -> Double? {
    guard let match = score.firstMatch(of: /(\d+[.,]\d+|\d)(?:\s*\/\s*(\d+(?:[.,]\d+)?))?/) else { return nil }
    func number(_ text: Substring) -> Double? { Double(text.replacingOccurrences(of: ",", with: ".")) }
    let named = score.lowercased().split(whereSeparator: { !$0.isLetter }).contains {
      ["gpa", "cgpa", "ipk"].contains($0)
    }
    guard EducationScore(score) == .gradePointAverage || named, let value = number(match.1) else { return nil }
    let scale = match.2.flatMap(number) ?? (value <= 4 ? 4 : 5)
    guard scale > 0, scale <= 5, value <= scale else { return nil }
    return value / scale * 4
  }
}
