import Foundation
import Testing

@testable import VitaCore

/// What keeps Debian's cmark-gfm out of its quadratic cases: unclosed HTML marks that it would read
/// past again and again, and tables of too many columns; everything ordinary passes.
@Suite struct MarkdownLimitsTests {
  @Test(arguments: [
    ("a <?", "markdown-processing-instruction"), ("a <!A ", "markdown-declaration"),
    ("x <![CDATA[", "markdown-cdata"),
  ])
  func unclosedMarksOverTheLimitAreRefusedWhereTheyBegin(mark: String, code: String) throws {
    let text = "---\ntitle: T\n---\nIntro.\n\n" + String(repeating: mark, count: 40_000)
    let finding = try #require(MarkdownLimits.check(text))
    #expect(finding.code == code)
    #expect(finding.line == 6 && finding.column == 3, "the first of those left open: \(finding)")
    #expect(finding.message.contains("256 MiB"), "\(finding.message)")
  }

  @Test func theMessageIsInTheSitesLanguage() throws {
    let finding = try #require(MarkdownLimits.check(String(repeating: "a <?", count: 40_000), in: .id))
    #expect(finding.message.contains("pengurai Markdown"), "\(finding.message)")
  }

  @Test(arguments: [
    "closed ones", "escaped ones", "a few left open in a long text", "comments", "a PHP tutorial",
  ])
  func ordinaryTextPasses(kind: String) {
    let text: String
    switch kind {
    case "closed ones": text = String(repeating: "a <?x?> and <!DOCTYPE html> and <![CDATA[ y ]]> ", count: 50_000)
    case "escaped ones": text = String(repeating: "a \\<? ", count: 200_000)
    case "a few left open in a long text":
      text = "<?php\n" + String(repeating: "Plain prose, line after line.\n", count: 130_000) + "<?php and <!DOCTYPE x"
    case "comments": text = String(repeating: "a <!-- ", count: 200_000)
    default: text = String(repeating: "```php\n<?php echo 'hi';\n```\n\nThen `<?= $x ?>` prints it.\n\n", count: 20_000)
    }
    #expect(MarkdownLimits.check(text) == nil, "\(kind)")
  }

  @Test func tablesMayHaveAThousandColumns() throws {
    func table(_ columns: Int) -> String {
      "Intro\n\n|" + String(repeating: "a|", count: columns) + "\n|" + String(repeating: ":-:|", count: columns) + "\n"
    }
    #expect(MarkdownLimits.check(table(1_000)) == nil)
    let finding = try #require(MarkdownLimits.check(table(1_001)))
    #expect(finding.code == "markdown-table-columns")
    #expect(finding.line == 4 && finding.message.contains("1001 columns"), "\(finding)")
    #expect(MarkdownLimits.check(String(repeating: "-", count: 100_000)) == nil, "a long rule is not a table")
  }

  /// The reference: the bytes the parser would read again, counted the slow, obvious way.
  @Test func theSumMatchesAnObviousCount() {
    var generator = SeededGenerator(seed: 42)
    for _ in 0..<200 {
      let pieces = ["a", " ", "<?", "?>", "\n", "\\<?"]
      let text = (0..<Int.random(in: 0...60, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }
        .joined()
      let bytes = Array(text.utf8)
      // Each opener not inside an earlier one is read to the next `?>`, or to the end.
      var read = 0
      var index = 0
      while index + 1 < bytes.count {
        if bytes[index] == UInt8(ascii: "<"), bytes[index + 1] == UInt8(ascii: "?"),
          index == 0 || bytes[index - 1] != UInt8(ascii: "\\")
        {
          var end = index + 2
          while end + 1 < bytes.count, !(bytes[end] == UInt8(ascii: "?") && bytes[end + 1] == UInt8(ascii: ">")) {
            end += 1
          }
          let closed = end + 1 < bytes.count
          read += (closed ? end : bytes.count) - index
          if closed {
            index = end + 2
            continue
          }
        }
        index += 1
      }
      let counted = bytes.withUnsafeBufferPointer { buffer in
        MarkdownLimits.readAgain(buffer, MarkdownLimits.openers[0])
      }
      #expect(counted == read, "\(text.debugDescription)")
    }
  }
}
