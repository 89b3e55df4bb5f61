/// Cuts a folded word to the stem that its other forms share, so that matching sees
/// "analysing" and "analysis", or "menganalisis" and "analisis", as one term.
///
/// Both stemmers are small and rule-based: no dictionary, so a stem need not be a real word,
/// only the same for the forms a person would call the same word.
public enum Stemmer {
  /// The stem of `word` (already folded) in `language`.
  public static func stem(_ word: String, language: Language) -> String {
    switch language {
    case .en: EnglishStemmer.stem(word)
    case .id: IndonesianStemmer.stem(word)
    }
  }

  static func isPlainWord(_ word: String) -> Bool {
    word.utf8.allSatisfy { $0 >= 97 && $0 <= 122 }
  }
}

/// A light Porter-like English suffix stripper.
///
/// - Inflections: -s, -es, -ies, -ied, -ed, -ing (with a vowel left) → one stem.
/// - Derivations of the same activity: -ation/-isation/-ization, -ise/-ize, -yse/-yze/-ysis,
///   -ment and -mental, -ical, -ional, -ly, -ate. British and American spellings meet (-is-/-iz-, -ys-/-yz-).
/// - Deliberately kept apart: the person from the activity. Agent nouns in -er, -or and -ist
///   are not cut, so "analyst" ≠ "analysis", "manager" ≠ "management", "developer" ≠
///   "development": a posting that works "with product managers" does not ask for product
///   management.
/// - A final -e and a final double consonant (but -ss) are dropped last, so that "manage" and
///   "managing", "install" and "installing", "planning" and "plan" meet.
/// - Fields named in -ing whose stem would merge them with another word are kept whole
///   (`data/language/english-whole-words.txt`): branding is not brands, programming is not a
///   programme, accounting is not accounts.
/// - A British spelling is read as its American form (`data/language/spelling-variants.tsv`,
///   derived from SCOWL's word lists): colour is color, centre is center, catalogue is catalog.
public enum EnglishStemmer {
  static let wholeWords = TailoringData.builtIn.englishWholeWords
  static let americanSpellings = TailoringData.builtIn.americanSpellings

  /// The stem of a folded word. A British spelling is stemmed as its American form, so that
  /// "centre" and "center", "licence" and "license" share a stem.
  public static func stem(_ word: String) -> String {
    let word = americanSpellings[word] ?? word
    guard word.utf8.count > 3, Stemmer.isPlainWord(word), !wholeWords.contains(word) else { return word }
    var w = Array(word.utf8)

    // Step 1: inflections.
    if w.ends("sses") {
      w.removeLast(2)
    } else if (w.ends("ies") || w.ends("ied")) && w.count > 4 {
      w.removeLast(3)
      w.append(ascii("y"))
    } else if w.ends("s") && !w.ends("ss") && !w.ends("us") && !w.ends("is") && w.count > 3 {
      w.removeLast()
    }
    if w.ends("eed") {
      w.removeLast()
    } else if w.ends("ed"), w.count - 2 >= 3, w.dropLast(2).containsVowel {
      w.removeLast(2)
      w.fixAfterInflection()
    } else if w.ends("ing"), w.count - 3 >= 3, w.dropLast(3).containsVowel {
      w.removeLast(3)
      w.fixAfterInflection()
    }

    // Step 2: derivations, the first that applies.
    let rules: [(String, String, Int)] = [
      ("ization", "is", 3), ("isation", "is", 3), ("ational", "ate", 3), ("ation", "ate", 2), ("ysis", "ys", 2),
      ("yse", "ys", 2), ("yze", "ys", 2), ("ize", "is", 3), ("ise", "is", 3), ("ical", "ic", 3),
      ("ional", "ion", 3), ("mental", "", 4), ("ment", "", 4), ("ly", "", 4),
    ]
    for (suffix, replacement, minimum) in rules where w.ends(suffix) && w.count - suffix.utf8.count >= minimum {
      w.removeLast(suffix.utf8.count)
      w += Array(replacement.utf8)
      break
    }
    if w.ends("ate"), w.count - 3 >= 3 { w.removeLast(3) }

    // Step 3: a final e, then a final double consonant.
    if w.ends("e"), w.count > 3 { w.removeLast() }
    if w.count > 3, let last = w.last, last == w[w.count - 2], !isVowel(last), last != ascii("s") {
      w.removeLast()
    }
    return String(decoding: w, as: UTF8.self)
  }
}

/// Affix removal in the spirit of Nazief and Adriani, without their dictionary.
///
/// In order: a particle (-lah, -kah, -tah, -pun), a possessive (-ku, -mu, -nya), one suffix
/// (-kan, -an, -i), then a prefix with the standard recoding of meN-/peN- (menganalisis →
/// analisis, mengembangkan → kembang, memimpin → pimpin, menyusun → susun, menulis → tulis),
/// and a second prefix after di-/ke-/se- (diperbaiki → baik, keberhasilan → hasil).
///
/// Without a dictionary some choices are heuristics, documented here:
/// - -an is cut only as part of a confix (pe-…-an, per-…-an, ke-…-an, ber-…-an): a noun in -an
///   alone names a thing apart from its verb, so latihan (practice) stays, while pelatihan
///   (training) and melatih (trained) meet.
/// - peN-…-an is a noun confix: a word starting with pe- loses -an, not -kan (pendidikan → didik).
/// - per- before a vowel may also be pe- before a root in r (perencanaan: rencana, not encana):
///   both stems are kept, the per- one first, and a match on either counts.
/// - -i is kept after s, since loanwords end in -si (informasi, implementasi), and on a word
///   with no prefix (nilai, pantai, lantai); after a prefix the stem both without and with it
///   counts (dikuasai: kuasa; memakai: pakai).
/// - meng- before e restores k (mengelola → kelola), except before loanword starts ed-, ev-,
///   ef-, es-, eks- (mengedit → edit, mengevaluasi → evaluasi).
/// - mem- before a vowel restores p (memimpin → pimpin), so memiliki gives "pilik", consistently.
/// - ke- and se- are prefixes only with -an (ke-…-an) or -nya (se-…-nya): kelola, sekolah stay.
/// - Every cut leaves at least four letters.
public enum IndonesianStemmer {
  /// Words kept whole (`data/language/indonesian-whole-words.txt`): roots that end like a particle
  /// or an affix, and words whose affixes would merge them with another word.
  static let roots = TailoringData.builtIn.indonesianWholeWords

  /// The stem of `word` (folded); the first of `stems(of:)`.
  public static func stem(_ word: String) -> String { stems(of: word)[0] }

  /// The stems of `word` (folded): one, or two where the prefix is ambiguous.
  public static func stems(of word: String) -> [String] {
    guard word.utf8.count >= 5, Stemmer.isPlainWord(word), !roots.contains(word) else { return [word] }
    var w = Array(word.utf8)
    let minimum = 4

    for particle in ["lah", "kah", "tah", "pun"] where w.ends(particle) && w.count - 3 >= minimum {
      w.removeLast(3)
      break
    }
    var possessive = false
    for suffix in ["nya", "ku", "mu"] where w.ends(suffix) && w.count - suffix.utf8.count >= minimum {
      w.removeLast(suffix.utf8.count)
      possessive = true
      break
    }
    if roots.contains(String(decoding: w, as: UTF8.self)) { return [String(decoding: w, as: UTF8.self)] }
    var suffix = ""
    if !w.starts("pe"), w.ends("kan"), w.count - 3 >= minimum {
      suffix = "kan"
    } else if w.ends("an"), w.count - 2 >= minimum {
      suffix = "an"
    } else if w.ends("i"), !w.ends("si"), w.count - 1 >= minimum {
      suffix = "i"
    }
    let whole = w
    w.removeLast(suffix.utf8.count)

    guard let first = removePrefix(w, suffix: suffix, possessive: possessive) else {
      // -an or -i alone is no confix: the word keeps it (nilai is no nila, pantai no panta).
      return [String(decoding: suffix == "an" || suffix == "i" ? whole : w, as: UTF8.self)]
    }
    var stems: [[UInt8]] = []
    for (stem, kind) in first {
      if ["di", "ke", "se"].contains(kind),
        let second = removePrefix(stem, suffix: suffix, possessive: possessive)?.first,
        !["di", "ke", "se"].contains(second.kind)
      {
        stems.append(second.stem)
      } else {
        stems.append(stem)
      }
    }
    // The -i of a prefixed verb may be its root's own: memakai is pakai, as dikuasai is kuasa;
    // both readings count.
    if suffix == "i" { stems += stems.map { $0 + [UInt8(ascii: "i")] } }
    var unique: [String] = []
    for stem in stems.map({ String(decoding: $0, as: UTF8.self) }) where !unique.contains(stem) { unique.append(stem) }
    return unique
  }

  /// The word without its first prefix, recoded, and which prefix it was; two readings where
  /// per- may be pe- before a root in r; nil when no prefix applies.
  static func removePrefix(_ w: [UInt8], suffix: String, possessive: Bool) -> [(stem: [UInt8], kind: String)]? {
    func rest(_ count: Int, _ restored: String = "") -> [UInt8]? {
      let result = Array(restored.utf8) + w.dropFirst(count)
      return result.count >= 4 ? result : nil
    }
    func next(_ count: Int) -> UInt8? { w.count > count ? w[count] : nil }
    func nextIsVowel(_ count: Int) -> Bool { next(count).map(isVowel) ?? false }
    func nextIn(_ count: Int, _ letters: String) -> Bool { next(count).map { letters.utf8.contains($0) } ?? false }

    for nasal in ["me", "pe"] where w.starts(nasal) {
      let p = nasal == "me" ? "m" : "p"
      if w.starts(p + "emper"), let r = rest(6) { return [(r, "per")] }
      if w.starts(nasal + "ng") {
        if nextIn(4, "ghk"), let r = rest(4) { return [(r, nasal)] }
        if nextIsVowel(4) {
          let loanword =
            w.dropFirst(4).starts("ed") || w.dropFirst(4).starts("ev") || w.dropFirst(4).starts("ef")
            || w.dropFirst(4).starts("es") || w.dropFirst(4).starts("eks")
          if next(4) == ascii("e") && !loanword, let r = rest(4, "k") { return [(r, nasal)] }
          if let r = rest(4) { return [(r, nasal)] }
        }
        return nil
      }
      if w.starts(nasal + "ny") {
        if nextIsVowel(4), let r = rest(4, "s") { return [(r, nasal)] }
        return nil
      }
      if w.starts(nasal + "m") {
        if nextIn(3, "bfvp"), let r = rest(3) { return [(r, nasal)] }
        if nextIn(3, "r"), let r = rest(3, "p") { return [(r, nasal)] }
        if nextIsVowel(3), let r = rest(3, "p") { return [(r, nasal)] }
        return nil
      }
      if w.starts(nasal + "n") {
        if nextIn(3, "cdjz"), let r = rest(3) { return [(r, nasal)] }
        if nextIsVowel(3), let r = rest(3, "t") { return [(r, nasal)] }
        return nil
      }
      if nasal == "pe", w.starts("per"), let r = rest(3) {
        // perencanaan: pe- before rencana, or per- before a root in a vowel (perusahaan: usaha).
        if nextIsVowel(3), let alternative = rest(2) { return [(r, "per"), (alternative, "pe")] }
        return [(r, "per")]
      }
      if nextIn(2, "lmnrwy"), let r = rest(2) { return [(r, nasal)] }
      // pekerja → kerja (but peserta stays)
      if nasal == "pe", nextIn(2, "k"), w.dropFirst(3).starts("er"), let r = rest(2) {
        return [(r, nasal)]
      }
      return nil
    }
    if w.starts("ber"), let r = rest(3) { return [(r, "ber")] }
    if w.starts("be"), next(2).map({ !isVowel($0) && $0 != ascii("r") }) ?? false, w.dropFirst(3).starts("er"),
      let r = rest(2)
    {
      return [(r, "ber")]
    }
    if w.starts("ter"), let r = rest(3) { return [(r, "ter")] }
    if w.starts("di"), let r = rest(2) { return [(r, "di")] }
    if w.starts("ke"), suffix == "an", let r = rest(2) { return [(r, "ke")] }
    if w.starts("se"), suffix == "an" || possessive, let r = rest(2) { return [(r, "se")] }
    return nil
  }
}

@inline(__always) func ascii(_ character: Unicode.Scalar) -> UInt8 { UInt8(character.value) }

@inline(__always) func isVowel(_ byte: UInt8) -> Bool {
  byte == 97 || byte == 101 || byte == 105 || byte == 111 || byte == 117
}

extension Array where Element == UInt8 {
  func ends(_ suffix: String) -> Bool {
    let bytes = suffix.utf8
    return count >= bytes.count && self[(count - bytes.count)...].elementsEqual(bytes)
  }

  func starts(_ prefix: String) -> Bool { self.starts(with: prefix.utf8) }

  /// Porter's step 1b repair: automat(ed) → automate, so that -ate is cut like in automation.
  mutating func fixAfterInflection() {
    if ends("at") || ends("bl") { append(ascii("e")) }
    if ends("yz") || ends("iz") { self[count - 1] = ascii("s") }
  }
}

extension ArraySlice where Element == UInt8 {
  var containsVowel: Bool { contains { isVowel($0) || $0 == 121 } }
  func starts(_ prefix: String) -> Bool { self.starts(with: prefix.utf8) }
}
