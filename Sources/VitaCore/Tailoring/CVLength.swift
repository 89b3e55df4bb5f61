/// An estimate of a CV's printed length, in lines of a single-column A4 page.
///
/// A4 at 10.5–11 pt with 2 cm margins holds about 52 lines; two pages are 104. The header (name,
/// headline, contact: 4), the summary (4), the skills line (3) and the languages (2) take about
/// 13, which leaves 90 for the sections. Each section's heading takes 2 lines with its spacing;
/// each entry 2 (role, organization, dates; then spacing), 1 more for a degree, and each
/// highlight one line per 95 characters, rounded up.
public enum CVLength {
  /// The lines for sections and entries on two A4 pages.
  public static let twoA4Pages = 90
  public static let sectionHeading = 2
  static let charactersPerLine = 95

  /// The lines an entry takes with the highlights it shows.
  public static func lines(of experience: Experience, highlights: [Highlight]) -> Int {
    var lines = 2
    if experience.degree != nil || experience.kind == .education { lines += 1 }
    for highlight in highlights {
      lines += max(1, (highlight.text.count + charactersPerLine - 1) / charactersPerLine)
    }
    return lines
  }

  /// The lines of a whole CV of these entries, headings included.
  public static func lines(of entries: [TailoredEntry]) -> Int {
    let sections = Set(entries.map(\.experience.kind.section))
    return sections.count * sectionHeading
      + entries.reduce(0) { $0 + lines(of: $1.experience, highlights: $1.highlights) }
  }
}
