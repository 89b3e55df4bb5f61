/// What Vita says about printing, in one table: the PDF, its metadata, the Word file.
enum PDFMessages {
  static func noChromium(_ names: [String]) -> String {
    """
    --pdf prints with headless Chromium, and none was found (looked for \(names.joined(separator: ", ")) on \
    PATH, and VITA_CHROMIUM is not set). Install it with `apt-get install chromium-headless-shell` (Debian 12 \
    and later) or `apt-get install chromium`, or set \
    VITA_CHROMIUM to the path of a Chromium or Chrome binary
    """
  }

  static func notExecutable(_ path: String) -> String {
    "VITA_CHROMIUM is set to \(path), which is not an executable file; point it at a Chromium or Chrome binary, or unset it"
  }

  static func noPipe(_ executable: String) -> String {
    "could not make the pipe to talk to \(executable)"
  }

  static func cannotRun(_ executable: String, _ reason: String) -> String {
    "could not run \(executable): \(reason)"
  }

  static func didNotStart(_ executable: String, _ lastWords: String) -> String {
    "\(executable) did not start" + (lastWords.isEmpty ? "" : ":\n" + lastWords)
  }

  static func noSandbox(_ executable: String) -> String {
    "warning: \(executable) could not start its sandbox here (a container or CI runner, most likely); printing without it"
  }

  static func hung(_ name: String, seconds: Int) -> String {
    "printing \(name) did not finish within \(seconds) s; the previous output is left as it was"
  }

  static func failed(_ name: String, _ reason: String) -> String {
    "could not print \(name): \(reason)"
  }

  static func browserGone(_ name: String, _ lastWords: String) -> String {
    "the browser stopped while printing \(name)" + (lastWords.isEmpty ? "" : ":\n" + lastWords)
  }

  static let noQPDF = """
    --pdf writes the PDF's author, subject and keywords with qpdf, and none was found on PATH. Install it \
    with `apt-get install qpdf` (Debian, Ubuntu) or `brew install qpdf` (macOS)
    """

  static func qpdfFailed(_ name: String, _ reason: String) -> String {
    "could not write the metadata of \(name) with qpdf: \(reason)"
  }

  static let noPandoc = """
    --docx writes Word files with pandoc, and none was found on PATH. Install it with `apt-get install pandoc` \
    (Debian, Ubuntu) or `brew install pandoc` (macOS), or from https://pandoc.org/installing.html
    """

  static func pandocFailed(_ name: String, _ reason: String) -> String {
    "could not write \(name) with pandoc: \(reason)"
  }

  static func notOnePage(_ name: String, pages: Int) -> String {
    "warning: \(name) asks for one page (cv: {pages: 1}) and still takes \(pages) once trimmed to its five most relevant entries and one highlight each; it keeps two pages"
  }

  static let fitNeedsChromium = "cv: {pages: 1} measures the CV by printing it: "
}
