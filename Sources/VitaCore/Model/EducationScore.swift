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
}
