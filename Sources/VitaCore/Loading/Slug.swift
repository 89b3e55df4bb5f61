import Foundation

/// The rules for slugs: lower-case ASCII letters, digits and single hyphens.
public enum Slug {
  /// True when `text` is a valid slug.
  public static func isValid(_ text: String) -> Bool {
    guard !text.isEmpty, text.count <= 100, text.first != "-", text.last != "-", !text.contains("--")
    else { return false }
    return text.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
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
