import Foundation
import VitaCore

/// Writes each CV and cover letter as a Word file (`cv.docx`, `letter.docx`) with pandoc, from the
/// page's HTML: the `<article>` alone (no site header, menu or footer), its icons left out. pandoc
/// turns the headings into Word's Heading styles and the lists into list paragraphs, in one column,
/// with no table, text box, header or footer: the contact details stay in the body, where ATS
/// parsers read them.
public struct WordWriter: Sendable {
  let pandoc: Tool

  /// pandoc from PATH, or how to install it.
  public static func locate(
    environment: [String: String] = ProcessInfo.processInfo.environment
  ) throws(PDFPrintFailure) -> WordWriter {
    guard let pandoc = Tool.find("pandoc", environment: environment) else {
      throw PDFPrintFailure(description: PDFMessages.noPandoc)
    }
    return WordWriter(pandoc: pandoc)
  }

  /// Converts every page of `jobs` (the page's HTML, the Word file's path, its name for messages), on every core.
  func write(_ jobs: [(html: URL, output: URL, name: String)]) throws(PDFPrintFailure) {
    let results = Parallel.map(jobs.count) { index in
      convert(jobs[index].html, to: jobs[index].output, name: jobs[index].name)
    }
    for result in results { try result.get() }
  }

  private func convert(_ html: URL, to output: URL, name: String) -> Result<Void, PDFPrintFailure> {
    guard let page = try? String(contentsOf: html, encoding: .utf8), let article = Self.article(of: page) else {
      return .failure(PDFPrintFailure(description: PDFMessages.pandocFailed(name, "the page has no <article>")))
    }
    let source = output.deletingLastPathComponent().appendingPathComponent(".\(output.lastPathComponent).html")
    defer { try? FileManager.default.removeItem(at: source) }
    do {
      try Data(article.utf8).write(to: source)
    } catch {
      return .failure(PDFPrintFailure(description: PDFMessages.pandocFailed(name, error.localizedDescription)))
    }
    let converted = pandoc.run(["--from=html", "--to=docx", "--output=" + output.path, source.path])
    return converted.map { _ in () }.mapError {
      PDFPrintFailure(description: PDFMessages.pandocFailed(name, $0.description))
    }
  }

  /// The page's `<article>` in a page of its own, with the page's language, and without its inline
  /// SVG icons (which pandoc would turn into images).
  static func article(of page: String) -> String? {
    guard let start = page.range(of: "<article"),
      let end = page.range(of: "</article>", range: start.upperBound..<page.endIndex)
    else { return nil }
    var article = String(page[start.lowerBound..<end.upperBound])
    while let open = article.range(of: "<svg"),
      let close = article.range(of: "</svg>", range: open.upperBound..<article.endIndex)
    {
      article.removeSubrange(open.lowerBound..<close.upperBound)
    }
    let language =
      page.range(of: "<html lang=\"").map { found in
        String(page[found.upperBound...].prefix { $0 != "\"" })
      } ?? "en"
    return
      "<!doctype html><html lang=\"\(language)\"><head><meta charset=\"utf-8\"></head><body>\(article)</body></html>"
  }
}
