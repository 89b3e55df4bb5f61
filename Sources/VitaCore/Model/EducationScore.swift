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

  /// The first grade a score writes, on a scale of 4, to compare with the minimum a posting asks
  /// for ("IPK min. 3,00"): `3,61/4,00` and `3.61` give 3.61, `4.5/5` gives 3.6, `IPK 3,72` gives
  /// 3.72. Nil for no number, or a mark out of more than 5. Whether the score is a grade point
  /// average at all is the caller's to say (tailoring asks the vocabulary).
  public static func gradePoint(_ score: String) -> Double? {
    let scalars = Array(score.unicodeScalars)
    guard let start = scalars.firstIndex(where: { ("0"..."9").contains($0) }) else { return nil }
    return Grade(scalars, from: start)?.onScaleOfFour
  }

  /// A grade as written at a place in a text: "3,61/4,00", "3.2 / 4.0", "3". Read by hand, as it
  /// is read for every grade point average a posting names.
  struct Grade {
    var value: Double
    var scale: Double?
    /// Whether the value has decimals ("3.00", not "3").
    var hasDecimals: Bool
    /// Where the grade ends in the text.
    var end: Int

    init?(_ scalars: [Unicode.Scalar], from start: Int) {
      func number(at index: Int) -> (value: Double, decimals: Bool, end: Int)? {
        var end = index
        var text = ""
        while end < scalars.count, ("0"..."9").contains(scalars[end]) {
          text.unicodeScalars.append(scalars[end])
          end += 1
        }
        guard !text.isEmpty else { return nil }
        var decimals = false
        if end + 1 < scalars.count, scalars[end] == "." || scalars[end] == ",", ("0"..."9").contains(scalars[end + 1]) {
          text += "."
          end += 1
          while end < scalars.count, ("0"..."9").contains(scalars[end]) {
            text.unicodeScalars.append(scalars[end])
            end += 1
          }
          decimals = true
        }
        return Double(text).map { ($0, decimals, end) }
      }
      guard let value = number(at: start) else { return nil }
      (self.value, hasDecimals, end) = (value.value, value.decimals, value.end)
      var next = end
      while next < scalars.count, scalars[next] == " " { next += 1 }
      guard next < scalars.count, scalars[next] == "/" else { return }
      next += 1
      while next < scalars.count, scalars[next] == " " { next += 1 }
      if let scale = number(at: next) { (self.scale, end) = (scale.value, scale.end) }
    }

    /// On a scale of 4; nil for a value above its scale, or on a scale above 5 (a mark).
    var onScaleOfFour: Double? {
      let scale = scale ?? (value <= 4 ? 4 : 5)
      guard scale > 0, scale <= 5, value <= scale else { return nil }
      return value / scale * 4
    }
  }
}
