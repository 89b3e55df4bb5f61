/// An estimate of a CV's printed length, in lines of a single-column A4 page.
///
/// The default theme prints A4 at 10 pt with 14 mm margins: about 52 lines a page, 104 for two.
/// The header (name, headline, contact: 6), the summary (5), the skills line (4) and the languages
/// (1) take about 16, and every page break costs several lines where an entry may not be split;
/// printing the bundled example's tailored CVs showed that 74 lines of sections is what fits. Each section's heading takes 2 lines with its spacing; each entry 3
/// (role and organization, then dates or location, then spacing), 1 more for a degree, and each
/// highlight one line per 90 characters, rounded up. Checked against the bundled example's
/// printed CVs by `make test` (scripts/check-outputs.sh): each tailored CV fits on two pages.
public enum CVLength {
  /// The lines for sections and entries on two A4 pages.
  public static let twoA4Pages = 74
  public static let sectionHeading = 2
  static let charactersPerLine = 90
  /// A tailored entry shows its relevant highlights, but never fewer than this where it has them…
  public static let minimumHighlights = 2
  /// …and never more than this.
  public static let maximumHighlights = 4

  /// The lines an entry takes with the highlights it shows.
  public static func lines(of experience: Experience, highlights: [Highlight]) -> Int {
    var lines = 3
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
