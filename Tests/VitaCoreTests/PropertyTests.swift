import Foundation
import Testing
import VitaTestSupport

@testable import VitaCore

/// The seeded generator every test target shares, under the name this target's files use.
typealias SeededGenerator = VitaTestSupport.SeededGenerator

extension SeededGenerator {
  /// Text of up to `length` scalars, mostly from `alphabet`, sometimes any scalar at all.
  mutating func text(_ alphabet: [Unicode.Scalar], length: Int = 24) -> String {
    var result = String.UnicodeScalarView()
    for _ in 0..<Int.random(in: 0...length, using: &self) {
      if Int.random(in: 0..<8, using: &self) == 0,
        let any = Unicode.Scalar(UInt32.random(in: 1...0x10FFFF, using: &self))
      {
        result.append(any)
      } else if let scalar = alphabet.randomElement(using: &self) {
        result.append(scalar)
      }
    }
    return String(result)
  }
}

/// Letters, digits, the characters that matter to HTML and paths, and marks that join with them.
let hostileAlphabet: [Unicode.Scalar] =
  Array("abcXYZ09 -_./\\<>\"'&:;#?%\t\nÉéñßİ—’".unicodeScalars) + [
    "\u{301}", "\u{20D2}", "\u{200D}", "\u{FE0F}", "\u{2028}", "\u{0}", "\u{7F}", "\u{1F600}", "\u{FF0F}",
  ]

@Suite struct PropertyTests {
  static let cases = 400

  @Test func slugMakeGivesAValidSlugOrNothingAndIsIdempotent() {
    var random = SeededGenerator(seed: 1)
    for _ in 0..<Self.cases {
      let title = random.text(hostileAlphabet, length: 120)
      let slug = Slug.make(from: title)
      #expect(slug.isEmpty || Slug.isValid(slug), "'\(slug)' from '\(title.debugDescription)'")
      #expect(Slug.make(from: slug) == slug, "not idempotent for '\(slug)'")
      #expect(!slug.contains("..") && !slug.contains("/"))
    }
  }

  @Test func aValidSlugIsSafeAsAFolderName() {
    var random = SeededGenerator(seed: 2)
    for _ in 0..<Self.cases {
      let text = random.text(Array("ab-./".unicodeScalars) + ["\u{301}"], length: 12)
      if Slug.isValid(text) {
        #expect(
          text.unicodeScalars.allSatisfy {
            $0.isASCII && ($0 == "-" || $0.properties.isAlphabetic || ("0"..."9").contains($0))
          })
        #expect(!text.hasPrefix("-") && text != "." && text != "..")
      }
    }
  }

  @Test func aDateReadsBackAsItIsWritten() {
    var random = SeededGenerator(seed: 3)
    for _ in 0..<Self.cases {
      let year = Int.random(in: 1900...2200, using: &random)
      let month = Int.random(in: 0...12, using: &random)
      let day = Int.random(in: 0...28, using: &random)
      let date = PartialDate(year: year, month: month == 0 ? nil : month, day: month == 0 || day == 0 ? nil : day)
      #expect(PartialDate(parsing: date.description) == date, "\(date)")
    }
  }

  @Test func anythingThatParsesIsAValidDateAndPrintsTheSame() {
    var random = SeededGenerator(seed: 4)
    let digits = Array("0123456789-".unicodeScalars) + ["\u{0663}", "+", " ", "\u{FF11}"]
    var parsed = 0
    for _ in 0..<(Self.cases * 5) {
      let text = random.text(digits, length: 11)
      guard let date = PartialDate(parsing: text) else { continue }
      parsed += 1
      #expect(date.description == text, "'\(text)' read as \(date)")
      #expect((1900...2200).contains(date.year))
      if let month = date.month { #expect((1...12).contains(month)) }
    }
    for invalid in ["2024-13", "2024-00", "2023-02-29", "1899", "2201", "24-01", "2024-1", "２０２４", "2024-06-31", ""] {
      #expect(PartialDate(parsing: invalid) == nil, "'\(invalid)' parsed")
    }
    _ = parsed
  }

  @Test func linkPolicyNeverAllowsAScriptScheme() {
    var random = SeededGenerator(seed: 5)
    let prefixes = ["javascript:", "JaVaScRiPt:", "vbscript:", "data:", "file:", " javascript:", "java\tscript:"]
    for _ in 0..<Self.cases {
      let prefix = prefixes.randomElement(using: &random) ?? "javascript:"
      let url = prefix + random.text(hostileAlphabet)
      #expect(!LinkPolicy.isAllowed(url), "\(url.debugDescription)")
    }
  }

  @Test func markdownNeverLinksToAScript() {
    var random = SeededGenerator(seed: 6)
    let markdown = Markdown()
    let schemes = ["javascript", "JAVASCRIPT", "vbscript", "data", "file", "java&#x73;cript", "javascript&colon;"]
    for _ in 0..<Self.cases {
      let scheme = schemes.randomElement(using: &random) ?? "javascript"
      let body = random.text(Array("abc()1".unicodeScalars), length: 8)
      let source =
        ["[x](\(scheme):\(body))", "<\(scheme):\(body)>", "![i](\(scheme):\(body))", "[r]\n\n[r]: \(scheme):\(body)"]
        .randomElement(using: &random) ?? ""
      for html in [markdown.html(source), markdown.inlineHTML(source), Markdown(allowsRawHTML: true).html(source)] {
        let lowered = html.lowercased()
        #expect(!lowered.contains("href=\"javascript") && !lowered.contains("src=\"javascript"), "\(source) → \(html)")
        #expect(!lowered.contains("href=\"vbscript") && !lowered.contains("href=\"data:"), "\(source) → \(html)")
        #expect(!lowered.contains("href=\"file:"), "\(source) → \(html)")
      }
    }
  }
}

@Suite struct HighlightScanProperties {
  /// The review's hand-written scan removes exactly what the pattern `\]\([^)]*\)` removes, and its
  /// words are those a split and a trim by Foundation give.
  @Test func plainTextAndWordsAgreeWithTheRegularExpressionAndFoundation() {
    var random = SeededGenerator(seed: 7)
    let alphabet = hostileAlphabet + Array("[]()*_`~ab-'’".unicodeScalars)
    for _ in 0..<PropertyTests.cases {
      let text = random.text(alphabet, length: 60)
      let byPattern = text.replacingOccurrences(of: #"\]\([^)]*\)"#, with: "", options: .regularExpression)
      #expect(HighlightRules.withoutLinkTargets(text) == byPattern, "\(text.debugDescription)")
      let byFoundation = text.lowercased()
        .split { !($0.isLetter || $0.isNumber || $0 == "-" || $0 == "'" || $0 == "’") }
        .map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "-'’")) }
        .filter { !$0.isEmpty }
      #expect(HighlightRules.words(text) == byFoundation, "\(text.debugDescription)")
    }
  }
}

extension HighlightScanProperties {
  /// Every Unicode scalar is whitespace to the review exactly when Foundation says so.
  @Test func whitespaceIsFoundationsWhitespaceForEveryScalar() {
    let foundation = CharacterSet.whitespacesAndNewlines
    for value in UInt32(0)...0x10FFFF {
      guard let scalar = Unicode.Scalar(value) else { continue }
      #expect(
        HighlightRules.isWhitespaceOrNewline(scalar) == foundation.contains(scalar), "U+\(String(value, radix: 16))")
    }
  }
}

@Suite struct PartialDateTextProperties {
  /// A date's text is what the `%04d-%02d-%02d` format gives, for any numbers (the loader limits
  /// them; the text must not depend on that).
  @Test func descriptionMatchesTheFormat() {
    var random = SeededGenerator(seed: 11)
    for _ in 0..<2_000 {
      let year = Int.random(in: -20_000...20_000, using: &random)
      let month = Int.random(in: -15...15, using: &random)
      let day = Int.random(in: -40...40, using: &random)
      #expect(PartialDate(year: year).description == String(format: "%04d", year))
      #expect(PartialDate(year: year, month: month).description == String(format: "%04d-%02d", year, month))
      #expect(
        PartialDate(year: year, month: month, day: day).description
          == String(format: "%04d-%02d-%02d", year, month, day))
    }
  }
}
