import Foundation

/// The rules for slugs: lower-case ASCII letters, digits and single hyphens.
public enum Slug {
  /// True when `text` is a valid slug.
  public static func isValid(_ text: String) -> Bool {
    let utf8 = text.utf8
    guard !utf8.isEmpty, utf8.count <= 100 else { return false }
    // Byte by byte: a-z, 0-9 and single hyphens, neither first nor last.
    var previous = UInt8(ascii: "-")
    for byte in utf8 {
      switch byte {
      case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): break
      case UInt8(ascii: "-"): if previous == UInt8(ascii: "-") { return false }
      default: return false
      }
      previous = byte
    }
    return previous != UInt8(ascii: "-")
  }

  /// A slug made from any title: accents removed, everything else turned into single hyphens.
  public static func make(from title: String) -> String {
    let folded = title.folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: nil)
    var slug = ""
    var pendingHyphen = false
    for scalar in folded.lowercased().unicodeScalars {
      if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
        if pendingHyphen, !slug.isEmpty { slug.append("-") }
        pendingHyphen = false
        slug.unicodeScalars.append(scalar)
      } else if scalar == "'" || scalar == "’" {
        continue
      } else {
        pendingHyphen = true
      }
      if slug.count >= 80 { break }
    }
    while slug.hasSuffix("-") { slug.removeLast() }
    return slug
  }
}
