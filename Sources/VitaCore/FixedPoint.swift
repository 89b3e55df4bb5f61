/// A number with a fixed count of decimals, for timings and sizes shown to people.
public enum FixedPoint {
  /// `value` with `places` decimals (at most 3), right-aligned in `width` characters: what
  /// `String(format: "%*.*f")` writes but for exact halves, which round away from zero, without
  /// Foundation's formatter, which is slow to start (docs/performance.md).
  public static func text(_ value: Double, places: Int, width: Int = 0) -> String {
    var text: String
    if value.isFinite, abs(value) < 1e15 {
      let scale = [1, 10, 100, 1000][min(max(places, 0), 3)]
      let scaled = Int((abs(value) * Double(scale)).rounded())
      text = (value < 0 ? "-" : "") + String(scaled / scale)
      if scale > 1 {
        let fraction = String(scaled % scale)
        text += "." + String(repeating: "0", count: String(scale).count - 1 - fraction.count) + fraction
      }
    } else {
      text = String(value)
    }
    return String(repeating: " ", count: max(0, width - text.count)) + text
  }
}
