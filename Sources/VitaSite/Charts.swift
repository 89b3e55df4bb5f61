import Foundation
import VitaCore
import VitaEscaping

/// One bar of the timeline: an experience from its start to its end (nil while it goes on).
struct TimelineEntry: Sendable {
  var title: String
  var section: Section
  var start: PartialDate
  var end: PartialDate?
  var href: String
  /// The dates as the page shows them, for the bar's tooltip.
  var dates: String
}

/// One bar of the skills chart: a skill and how many experiences show it.
struct SkillBar: Sendable {
  var name: String
  var count: Int
  var href: String
}

/// Pictures drawn at build time as inline SVG: fixed coordinates, escaped text, no script.
///
/// Colours are given twice: a `fill` attribute, so that the SVG reads on its own, and a class
/// (`k-<section>`) that the theme's stylesheet uses to adapt them to dark mode.
enum Charts {
  /// The fill of each CV section's bars when no stylesheet applies.
  static let sectionColours: [Section: String] = [
    .work: "#2f6fbf", .projects: "#0a7d6b", .volunteer: "#b5477a", .leadership: "#7a55b8",
    .awards: "#a8660a", .development: "#4b7f2a", .certifications: "#357a8c", .education: "#6b6f76",
  ]

  /// A number with one decimal, the same on every machine: what `String(format: "%.1f", value)` writes
  /// (the exact binary value rounded half to even), without going through Foundation's formatter
  /// (docs/performance.md). `ChartsTests` compares the two.
  static func number(_ value: Double) -> String {
    let bits = value.bitPattern
    let biased = Int((bits >> 52) & 0x7FF)
    // value = mantissa × 2^exponent
    let mantissa = biased == 0 ? bits & ((1 << 52) - 1) : bits & ((1 << 52) - 1) | (1 << 52)
    let exponent = (biased == 0 ? 1 : biased) - 1075
    guard value.isFinite, exponent <= 6 else { return String(format: "%.1f", value) }
    let scaled = mantissa * 10  // below 2^57
    var tenths: UInt64
    if exponent >= 0 {
      tenths = scaled << UInt64(exponent)
    } else if exponent <= -64 {
      tenths = 0
    } else {
      let shift = UInt64(-exponent)
      tenths = scaled >> shift
      let remainder = scaled & ((1 << shift) - 1)
      let half: UInt64 = 1 << (shift - 1)
      if remainder > half || (remainder == half && tenths & 1 == 1) { tenths += 1 }
    }
    return (bits >> 63 == 1 ? "-" : "") + "\(tenths / 10).\(tenths % 10)"
  }

  static func shortened(_ text: String, to limit: Int) -> String {
    // No text has more characters than UTF-8 bytes: counting characters is needed only for long text.
    text.utf8.count <= limit || text.count <= limit
      ? text : String(text.prefix(limit - 1)).trimmingCharacters(in: .whitespaces) + "…"
  }

  /// A timeline of `entries`, one row each in the given order, on a scale of whole years up to
  /// `until` (where ongoing bars end).
  static func timeline(_ entries: [TimelineEntry], until: PartialDate, id: String, title: String, description: String)
    -> String
  {
    guard !entries.isEmpty else { return "" }
    let width = 880.0
    let left = 8.0
    let right = 8.0
    let top = 26.0
    let row = 29.0
    let firstYear = entries.map(\.start.year).min() ?? until.year
    let ends = entries.map { entry in max(entry.end ?? until, entry.start) }
    let lastYear = max(ends.map(\.year).max() ?? until.year, firstYear)
    let firstMonth = Double(firstYear * 12)
    let months = Double((lastYear + 1 - firstYear) * 12)
    let scale = (width - left - right) / months
    func x(_ monthIndex: Int) -> Double { left + (Double(monthIndex) - firstMonth) * scale }
    let height = top + Double(entries.count) * row + 6

    var svg = ""
    // About 400 bytes a row: reserved once rather than grown as the rows are appended.
    svg.reserveCapacity(1024 + entries.count * 400)
    svg +=
      "<svg class=\"chart chart-timeline\" viewBox=\"0 0 \(number(width)) \(number(height))\" "
      + "width=\"\(number(width))\" height=\"\(number(height))\" aria-labelledby=\"\(id)-title \(id)-desc\" "
      + "font-size=\"13\">\n"
    svg += "<title id=\"\(id)-title\">\(HTMLEscaping.escaped(title))</title>\n"
    svg += "<desc id=\"\(id)-desc\">\(HTMLEscaping.escaped(description))</desc>\n"
    svg += "<g class=\"axis\" aria-hidden=\"true\">\n"
    for year in firstYear...(lastYear + 1) {
      let position = x(year * 12)
      svg +=
        "<line x1=\"\(number(position))\" y1=\"\(number(top - 18))\" x2=\"\(number(position))\" "
        + "y2=\"\(number(height))\" stroke=\"#8a8f96\" stroke-opacity=\"0.35\"/>\n"
      if year <= lastYear {
        svg += "<text x=\"\(number(position + 4))\" y=\"\(number(top - 8))\" fill=\"currentColor\">\(year)</text>\n"
      }
    }
    svg += "</g>\n"
    for (index, entry) in entries.enumerated() {
      let y = top + Double(index) * row
      let startX = x(entry.start.monthIndex)
      let endX = max(x(max(entry.end ?? until, entry.start).monthIndex + 1), startX + 6)
      let label = HTMLEscaping.escaped(shortened(entry.title, to: 46))
      let anchorsAtEnd = startX > width * 0.55
      let labelX = anchorsAtEnd ? endX : startX
      let colour = sectionColours[entry.section] ?? "#6b6f76"
      // Piece by piece into the one string: an interpolation would build each line apart first.
      for piece in [
        "<a href=\"", HTMLEscaping.escaped(entry.href), "\" class=\"bar k-", entry.section.rawValue, "\"><title>",
        HTMLEscaping.escaped(entry.title), ": ", HTMLEscaping.escaped(entry.dates), "</title><rect x=\"",
        number(startX), "\" y=\"",
        number(y + 16), "\" width=\"", number(endX - startX), "\" height=\"9\" rx=\"3\" fill=\"", colour,
        "\"/><text x=\"", number(labelX), "\" y=\"", number(y + 11), anchorsAtEnd ? "\" text-anchor=\"end\" " : "\" ",
        "fill=\"currentColor\">", label, "</text></a>\n",
      ] {
        svg.append(piece)
      }
    }
    svg += "</svg>"
    return svg
  }

  /// Horizontal bars, one per skill in the given order, as long as the number of experiences.
  static func skills(_ bars: [SkillBar], id: String, title: String, description: String) -> String {
    guard !bars.isEmpty else { return "" }
    let width = 560.0
    let labelWidth = 200.0
    let row = 26.0
    let top = 4.0
    let most = Double(bars.map(\.count).max() ?? 1)
    let room = width - labelWidth - 36
    let height = top + Double(bars.count) * row + 4

    var svg =
      "<svg class=\"chart chart-skills\" viewBox=\"0 0 \(number(width)) \(number(height))\" "
      + "width=\"\(number(width))\" height=\"\(number(height))\" aria-labelledby=\"\(id)-title \(id)-desc\" "
      + "font-size=\"14\">\n"
    svg += "<title id=\"\(id)-title\">\(HTMLEscaping.escaped(title))</title>\n"
    svg += "<desc id=\"\(id)-desc\">\(HTMLEscaping.escaped(description))</desc>\n"
    for (index, bar) in bars.enumerated() {
      let y = top + Double(index) * row
      let length = max(Double(bar.count) / max(most, 1) * room, 2)
      svg += "<a href=\"\(HTMLEscaping.escaped(bar.href))\" class=\"bar\">"
      svg +=
        "<text x=\"\(number(labelWidth - 10))\" y=\"\(number(y + 17))\" text-anchor=\"end\" "
        + "fill=\"currentColor\">\(HTMLEscaping.escaped(shortened(bar.name, to: 22)))</text>"
      svg +=
        "<rect x=\"\(number(labelWidth))\" y=\"\(number(y + 5))\" width=\"\(number(length))\" height=\"15\" "
        + "rx=\"3\" fill=\"#0a6e60\" class=\"skill-bar\"/>"
      svg +=
        "<text x=\"\(number(labelWidth + length + 6))\" y=\"\(number(y + 17))\" fill=\"currentColor\" "
        + "class=\"count\">\(bar.count)</text>"
      svg += "</a>\n"
    }
    svg += "</svg>"
    return svg
  }
}
