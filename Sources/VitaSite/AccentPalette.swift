import Foundation

/// A site's accent colour made readable: darkened for light pages and lightened for dark ones until
/// text in it meets WCAG AA (4.5:1), with a text colour for buttons filled with it.
struct AccentPalette: Equatable, Sendable {
  var light: String
  var lightText: String
  var dark: String
  var darkText: String

  /// The backgrounds the theme sets its accent on (`--bg` of style.css, light and dark).
  static let lightBackground = RGB(red: 0xfb, green: 0xfa, blue: 0xf7)
  static let darkBackground = RGB(red: 0x1c, green: 0x20, blue: 0x24)

  /// nil for a value that is not `#rgb` or `#rrggbb` (the loader has refused it already).
  init?(accent: String) {
    guard let colour = RGB(hex: accent) else { return nil }
    let light = Self.adjusted(colour, toward: RGB(red: 0, green: 0, blue: 0), against: Self.lightBackground)
    let dark = Self.adjusted(colour, toward: RGB(red: 255, green: 255, blue: 255), against: Self.darkBackground)
    self.light = light.hex
    self.dark = dark.hex
    lightText = Self.textColour(on: light)
    darkText = Self.textColour(on: dark)
  }

  /// The inline style of every page: custom properties for screens only, so print stays black on white.
  var css: String {
    "@media screen{:root{--accent:\(light);--accent-text:\(lightText)}}"
      + "@media screen and (prefers-color-scheme: dark){:root{--accent:\(dark);--accent-text:\(darkText)}}"
  }

  static func adjusted(_ colour: RGB, toward target: RGB, against background: RGB) -> RGB {
    var step = 0
    var current = colour
    while current.contrast(with: background) < 4.6 && step < 20 {
      step += 1
      current = colour.mixed(with: target, amount: Double(step) / 20)
    }
    return current
  }

  static func textColour(on colour: RGB) -> String {
    let white = RGB(red: 255, green: 255, blue: 255)
    let ink = RGB(red: 0x10, green: 0x14, blue: 0x18)
    return colour.contrast(with: white) >= colour.contrast(with: ink) ? white.hex : ink.hex
  }
}

/// An sRGB colour with 8-bit channels.
struct RGB: Equatable, Sendable {
  var red, green, blue: Int

  init(red: Int, green: Int, blue: Int) {
    self.red = red
    self.green = green
    self.blue = blue
  }

  init?(hex: String) {
    guard hex.hasPrefix("#"), hex.allSatisfy(\.isASCII) else { return nil }
    var digits = String(hex.dropFirst())
    if digits.count == 3 { digits = digits.map { "\($0)\($0)" }.joined() }
    guard digits.count == 6, let value = Int(digits, radix: 16) else { return nil }
    red = (value >> 16) & 0xff
    green = (value >> 8) & 0xff
    blue = value & 0xff
  }

  var hex: String { String(format: "#%02x%02x%02x", red, green, blue) }

  /// WCAG 2 relative luminance.
  var luminance: Double {
    func channel(_ value: Int) -> Double {
      let c = Double(value) / 255
      return c <= 0.03928 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
    }
    return 0.2126 * channel(red) + 0.7152 * channel(green) + 0.0722 * channel(blue)
  }

  func contrast(with other: RGB) -> Double {
    let (a, b) = (luminance, other.luminance)
    return (max(a, b) + 0.05) / (min(a, b) + 0.05)
  }

  func mixed(with other: RGB, amount: Double) -> RGB {
    func mix(_ a: Int, _ b: Int) -> Int { Int((Double(a) + (Double(b) - Double(a)) * amount).rounded()) }
    return RGB(red: mix(red, other.red), green: mix(green, other.green), blue: mix(blue, other.blue))
  }
}
