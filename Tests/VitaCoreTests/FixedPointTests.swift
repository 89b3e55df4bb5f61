import Foundation
import Testing

@testable import VitaCore

/// Timings are shown as `String(format:)` would show them, without its formatter.
@Suite struct FixedPointTests {
  /// On 20,000 generated values, 0 to 3 places, padded or not: the same text as `String(format:)`,
  /// but for values within a hair of a half, which may round the other way.
  @Test func writesWhatPrintfWrites() {
    var generator = SeededGenerator(seed: 7)
    var compared = 0
    for _ in 0..<20_000 {
      let magnitude = [1.0, 10, 1000, 100_000][Int.random(in: 0..<4, using: &generator)]
      let value = Double.random(in: -magnitude...magnitude, using: &generator)
      let places = Int.random(in: 0...3, using: &generator)
      let width = Int.random(in: 0...10, using: &generator)
      let scaled = abs(value) * pow(10, Double(places))
      guard abs(scaled - scaled.rounded(.down) - 0.5) > 1e-6 else { continue }
      #expect(
        FixedPoint.text(value, places: places, width: width) == String(format: "%*.*f", width, places, value),
        "\(value) to \(places) places in \(width)")
      compared += 1
    }
    #expect(compared > 19_000)
  }

  @Test func examples() {
    #expect(FixedPoint.text(0.15, places: 2) == "0.15")
    #expect(FixedPoint.text(12.34, places: 1, width: 8) == "    12.3")
    #expect(FixedPoint.text(0.004, places: 2) == "0.00")
    #expect(FixedPoint.text(-0.004, places: 2) == "-0.00", "as printf writes it")
    #expect(FixedPoint.text(-1.25, places: 1) == "-1.3")
    #expect(FixedPoint.text(7, places: 0) == "7")
    #expect(FixedPoint.text(1234.5678, places: 3) == "1234.568")
  }
}
