import Foundation
import Testing
import VitaCore
import VitaTestSupport

@testable import VitaSite

#if canImport(Glibc)
  import Glibc
#endif

/// A printer that writes a stand-in PDF of one page, or fails, without a browser.
struct FakePrinter: PDFPrinter {
  var fails = false

  func print(_ jobs: [PrintJob]) throws(PDFPrintFailure) -> [Int] {
    guard !fails else { throw PDFPrintFailure(description: "the fake printer failed") }
    for job in jobs {
      guard FileManager.default.fileExists(atPath: job.html.path) else {
        throw PDFPrintFailure(description: "no HTML at \(job.html.path)")
      }
      guard FileManager.default.createFile(atPath: job.pdf.path, contents: Data("%PDF-fake".utf8)) else {
        throw PDFPrintFailure(description: "could not write \(job.pdf.path)")
      }
    }
    return jobs.map { _ in 1 }
  }
}

/// An executable shell script at `folder/name`.
private func script(_ body: String, named name: String, in folder: String) throws -> String {
  let path = folder + "/" + name
  try Data("#!/bin/sh\n\(body)\n".utf8).write(to: URL(fileURLWithPath: path))
  try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: path)
  return path
}

/// The real browser and qpdf of this machine (`make test` installs them).
private func realPrinter(timeout: Double = 60, effectiveUserID: UInt32 = geteuid()) throws -> ChromiumPrinter {
  let located = try ChromiumPrinter.locate()
  return ChromiumPrinter(
    executable: located.executable, qpdf: try #require(Tool.find("qpdf")), timeout: timeout,
    effectiveUserID: effectiveUserID)
}

private let metadata = PDFMetadata(
  title: "Rina Wijaya — Data Analyst at Acme", author: "Rina Wijaya", subject: "CV for Data Analyst at Acme",
  keywords: ["SQL", "Python"], language: "en")

/// A page in `folder`, and the job that prints it to `name`.
private func page(_ html: String, named name: String, in folder: String) throws -> PrintJob {
  let url = URL(fileURLWithPath: folder + "/" + name + ".html")
  try Data(html.utf8).write(to: url)
  return PrintJob(
    html: url, pdf: URL(fileURLWithPath: folder + "/" + name + ".pdf"), name: "applications/\(name)/cv.pdf",
    metadata: metadata)
}

/// pdfinfo's fields of `pdf`.
func pdfInfo(_ pdf: String) throws -> [String: String] {
  let process = Process()
  process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
  process.arguments = ["pdfinfo", pdf]
  let output = Pipe()
  process.standardOutput = output
  try process.run()
  let data = output.fileHandleForReading.readDataToEndOfFile()
  process.waitUntilExit()
  var fields: [String: String] = [:]
  for line in String(decoding: data, as: UTF8.self).split(separator: "\n") {
    guard let colon = line.firstIndex(of: ":") else { continue }
    fields[String(line[..<colon])] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
  }
  return fields
}

@Suite struct PDFPrinterTests {
  @Test func aMissingChromiumSaysHowToInstallIt() throws {
    let empty = temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: empty) }
    let failure = #expect(throws: PDFPrintFailure.self) {
      try ChromiumPrinter.locate(environment: ["PATH": empty])
    }
    #expect(failure?.description.contains("apt-get install chromium") == true)
    #expect(failure?.description.contains("VITA_CHROMIUM") == true)
  }

  @Test func aMissingQPDFSaysHowToInstallIt() throws {
    let folder = temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    _ = try script("exit 0", named: "chromium", in: folder)
    let failure = #expect(throws: PDFPrintFailure.self) {
      try ChromiumPrinter.locate(environment: ["PATH": folder])
    }
    #expect(failure?.description.contains("apt-get install qpdf") == true)
  }

  @Test func vitaChromiumMustBeAnExecutable() throws {
    let failure = #expect(throws: PDFPrintFailure.self) {
      try ChromiumPrinter.locate(environment: ["VITA_CHROMIUM": "/no/such/chromium", "PATH": "/usr/bin"])
    }
    #expect(failure?.description.contains("/no/such/chromium") == true)
  }

  @Test func findsTheFirstBrowserOnPath() throws {
    let folder = temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let chrome = try script("exit 0", named: "google-chrome", in: folder)
    #expect(try ChromiumPrinter.locateBrowser(environment: ["PATH": "/no/such/folder:" + folder]) == chrome)
    let explicit = try script("exit 0", named: "my-browser", in: folder)
    #expect(try ChromiumPrinter.locateBrowser(environment: ["VITA_CHROMIUM": explicit, "PATH": folder]) == explicit)
  }

  @Test func prefersTheHeadlessShellToTheFullBrowser() throws {
    let full = temporaryFolder()
    let shell = temporaryFolder()
    defer { for folder in [full, shell] { try? FileManager.default.removeItem(atPath: folder) } }
    _ = try script("exit 0", named: "chromium", in: full)
    let headless = try script("exit 0", named: "chromium-headless-shell", in: shell)
    // Found later on PATH, the headless shell still wins: it prints the same pages in half the time.
    #expect(try ChromiumPrinter.locateBrowser(environment: ["PATH": full + ":" + shell]) == headless)
  }

  @Test(arguments: [(UInt32(1000), true), (UInt32(0), false)])
  func theSandboxIsOffOnlyForRoot(userID: UInt32, sandboxed: Bool) {
    #expect(ChromiumLaunch.sandboxed(effectiveUserID: userID) == sandboxed)
    let launch = ChromiumLaunch(executable: "/usr/bin/chromium", sandbox: sandboxed, profile: "/tmp/profile")
    #expect(launch.arguments.contains("--no-sandbox") == !sandboxed)
    for flag in ["--headless", "--remote-debugging-pipe", "--user-data-dir=/tmp/profile"] {
      #expect(launch.arguments.contains(flag))
    }
    #expect(launch.arguments.contains { $0.hasPrefix("--host-resolver-rules=MAP * ~NOTFOUND") })
  }

  @Test func aBrowserThatCannotStartIsReportedWithItsLastWordsAfterTheFallback() throws {
    let folder = temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let log = folder + "/calls"
    let broken = try script(
      "echo \"$*\" >> \(log); echo 'cannot open display' >&2; exit 3", named: "chromium", in: folder)
    let printer = ChromiumPrinter(
      executable: broken, qpdf: Tool(executable: "/bin/true"), timeout: 30, effectiveUserID: 1000)
    let failure = #expect(throws: PDFPrintFailure.self) {
      try printer.print([try page("<p>x</p>", named: "one", in: folder)])
    }
    #expect(failure?.description.contains("cannot open display") == true)
    // Sandboxed first, as the user is not root; then once more without the sandbox, with a warning.
    let calls = try String(contentsOfFile: log, encoding: .utf8).split(separator: "\n")
    #expect(calls.count == 2)
    #expect(calls.first?.contains("--no-sandbox") == false)
    #expect(calls.last?.contains("--no-sandbox") == true)
    #expect(printer.takeWarnings().first?.contains("could not start its sandbox") == true)
  }

  @Test func aSandboxThatFailsFallsBackWithOneWarning() throws {
    let folder = temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let real = try ChromiumPrinter.locateBrowser()
    let log = folder + "/calls"
    // Like Chromium in a container without user namespaces: the sandboxed start fails at once.
    let wrapper = try script(
      """
      echo "$*" >> \(log)
      case "$*" in *--no-sandbox*) exec \(real) "$@";; esac
      echo 'No usable sandbox!' >&2; exit 1
      """, named: "chromium", in: folder)
    let printer = ChromiumPrinter(
      executable: wrapper, qpdf: try #require(Tool.find("qpdf")), timeout: 60, effectiveUserID: 1000)
    defer { printer.close() }
    let pages = try printer.print([try page("<title>t</title><p>Hello</p>", named: "one", in: folder)])
    #expect(pages == [1])
    let calls = try String(contentsOfFile: log, encoding: .utf8).split(separator: "\n")
    #expect(calls.map { $0.contains("--no-sandbox") } == [false, true])
    let warnings = printer.takeWarnings()
    #expect(warnings.count == 1)
    #expect(warnings.first?.hasPrefix("warning: ") == true)
  }

  @Test func printsManyPagesInOneBrowserWithTheirMetadataAndTags() throws {
    let folder = temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let printer = try realPrinter()
    let long = (1...120).map { "<p>Line \($0)</p>" }.joined()
    let jobs = [
      try page("<html lang=en><title>One</title><p>One page</p></html>", named: "one", in: folder),
      try page("<html lang=en><title>Two</title>\(long)</html>", named: "two", in: folder),
    ]
    let pages = try printer.print(jobs)
    let browser = try #require(printer.browserProcess)
    let family = ProcessTree.descendants(of: browser).union([browser])
    printer.close()
    #expect(ProcessTree.waitUntilGone(family).isEmpty, "no Chromium process is left once the printer is closed")
    #expect(pages[0] == 1)
    #expect(pages[1] > 1)
    for job in jobs {
      let info = try pdfInfo(job.pdf.path)
      #expect(info["Title"] == "Rina Wijaya — Data Analyst at Acme")
      #expect(info["Author"] == "Rina Wijaya")
      #expect(info["Subject"] == "CV for Data Analyst at Acme")
      #expect(info["Keywords"] == "SQL, Python")
      #expect(info["Tagged"] == "yes")
    }
    #expect(try pdfInfo(jobs[1].pdf.path)["Pages"] == String(pages[1]))
  }

  @Test func theQuickReadingOfChromiumsPDFsAgreesWithQPDFs() throws {
    let folder = temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let printer = try realPrinter()
    let qpdf = PDFInfoWriter(qpdf: try #require(Tool.find("qpdf")))
    let browser = try ChromiumBrowser(printer.launch(sandbox: geteuid() != 0), startTimeout: 60)
    defer {
      browser.close()
      try? FileManager.default.removeItem(atPath: browser.launch.profile)
    }
    let tab = try browser.openTab(until: .now() + 60)
    for lines in [1, 90, 260] {
      let page = try page(
        "<html lang=en><title>Lines</title>" + (0..<lines).map { "<p>Line \($0)</p>" }.joined(),
        named: "lines-\(lines)",
        in: folder)
      let data = try browser.print(page.html, in: tab, until: .now() + 60)
      try data.write(to: page.pdf)
      let quick = try #require(PDFInfoWriter.quickDescription(of: data))
      let slow = try #require(qpdf.description(of: page.pdf))
      #expect(quick.information == slow.information)
      #expect(quick.pages == slow.pages)
      #expect(lines == 1 ? quick.pages == 1 : quick.pages > 1)
    }
    #expect(PDFInfoWriter.quickDescription(of: Data("%PDF-1.4 no trailer".utf8)) == nil)
  }

  @Test func aHungPrintNamesItsCVAndLeavesNoBrowser() throws {
    let folder = temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    // The page never finishes loading: its script never returns.
    let printer = try realPrinter(timeout: 5)
    let hung = try page("<title>Hung</title><script>for (;;) {}</script>", named: "acme-analyst", in: folder)
    let failure = #expect(throws: PDFPrintFailure.self) { try printer.print([hung]) }
    #expect(failure?.description.contains("applications/acme-analyst/cv.pdf") == true)
    #expect(failure?.description.contains("did not finish within 5 s") == true)
    #expect(printer.browserProcess == nil, "the hung browser is closed")
    #expect(!FileManager.default.fileExists(atPath: hung.pdf.path))
    #expect(printer.lastBrowser.map { ProcessTree.waitUntilGone([$0]).isEmpty } == true)
  }

  @Test func printingMakesNoNetworkRequest() throws {
    let folder = temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    // A server on loopback that notes any connection: the page's image and script point at it by IP.
    let listener = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    defer { Glibc.close(listener) }
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    var length = socklen_t(MemoryLayout<sockaddr_in>.size)
    _ = withUnsafePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(listener, $0, length) }
    }
    listen(listener, 8)
    _ = withUnsafeMutablePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(listener, $0, &length) }
    }
    let port = UInt16(bigEndian: address.sin_port)
    let flags = fcntl(listener, F_GETFL)
    _ = fcntl(listener, F_SETFL, flags | O_NONBLOCK)
    let printer = try realPrinter()
    defer { printer.close() }
    let html = """
      <title>Net</title><img src="http://127.0.0.1:\(port)/a.png"><link rel=stylesheet href="https://example.com/x.css">
      <p>Text</p>
      """
    #expect(try printer.print([try page(html, named: "net", in: folder)]) == [1])
    #expect(accept(listener, nil, nil) < 0, "no connection reached the server")
  }
}

@Suite struct BuildPDFTests {
  func options(output: String, printer: (any PDFPrinter)?) -> BuildOptions {
    BuildOptions(
      source: packageRoot, output: output + "/public", applications: output + "/applications",
      themeDirectory: packageRoot + "/templates", pdf: true, printer: printer)
  }

  @Test func printsTheGeneralCVBesideItsHTMLBeforeTheSwap() throws {
    let root = temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: root) }
    let report = Build(options: options(output: root, printer: FakePrinter())).run()
    #expect(report.succeeded, "\(report.failure ?? "") \(report.diagnostics)")
    #expect(
      report.pdfs.map { $0.replacingOccurrences(of: URL(fileURLWithPath: root).standardizedFileURL.path, with: "") }
        == [
          "/public/cv/cv.pdf", "/applications/acme-junior-data-analyst/cv.pdf",
          "/applications/maju-digital-frontend-intern/cv.pdf", "/applications/acme-junior-data-analyst/letter.pdf",
          "/applications/maju-digital-frontend-intern/letter.pdf",
        ])
    #expect(
      FileManager.default.contents(atPath: root + "/applications/acme-junior-data-analyst/cv.pdf")
        == Data("%PDF-fake".utf8))
    #expect(FileManager.default.contents(atPath: root + "/public/cv/cv.pdf") == Data("%PDF-fake".utf8))
    #expect(report.timings.contains { $0.stage == "pdf" })
  }

  @Test func aBuildThatStopsBeforePrintingLeavesNoBrowser() throws {
    let root = temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: root) }
    // The browser starts while the site renders; the content's error stops the build first.
    try FileManager.default.createDirectory(atPath: root + "/content/experiences", withIntermediateDirectories: true)
    try Data("title: Budi\nbase_url: https://budi.example.com/\nperson:\n  name: Budi\n".utf8).write(
      to: URL(fileURLWithPath: root + "/vita.yml"))
    try Data("---\ntitle: Teacher\nkind: volunteer\n---\n".utf8).write(
      to: URL(fileURLWithPath: root + "/content/experiences/teacher.md"))
    let printer = try realPrinter()
    var buildOptions = options(output: root, printer: printer)
    buildOptions.source = root
    let report = Build(options: buildOptions).run()
    #expect(!report.succeeded)
    // The start begun during the render may still be under way: none may finish after the build.
    // (With the start skipped or closed, no browser ever appears; the wait only gives a late one time.)
    let until = Date().addingTimeInterval(5)
    while printer.browserProcess == nil, Date() < until { usleep(20_000) }
    #expect(printer.browserProcess == nil, "no browser is running once the build has returned")
    #expect(printer.lastBrowser.map { ProcessTree.waitUntilGone([$0]).isEmpty } ?? true)
  }

  @Test func aFailedPrintWritesNothingAndKeepsThePreviousOutput() throws {
    let root = temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: root) }
    var first = options(output: root, printer: nil)
    first.pdf = false
    #expect(Build(options: first).run().succeeded)
    let before = try FileManager.default.contentsOfDirectory(atPath: root + "/public").sorted()

    let report = Build(options: options(output: root, printer: FakePrinter(fails: true))).run()
    #expect(!report.succeeded)
    #expect(report.failure?.contains("the fake printer failed") == true)
    #expect(try FileManager.default.contentsOfDirectory(atPath: root + "/public").sorted() == before)
    #expect(!FileManager.default.fileExists(atPath: root + "/public/cv/cv.pdf"))
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: root).sorted() == ["applications", "public"],
      "no staging folder is left")
  }
}

/// `cv: {pages: 1}`: the tailored CV printed on one page, every output showing the same entries.
@Suite struct OnePageBuildTests {
  /// A copy of the bundled example in a new folder, its Acme posting asking for one page.
  func exampleAskingForOnePage() throws -> String {
    let root = temporaryFolder()
    for item in ["vita.yml", "content"] {
      try FileManager.default.copyItem(atPath: packageRoot + "/" + item, toPath: root + "/" + item)
    }
    let posting = root + "/content/jobs/acme-junior-data-analyst.md"
    let text = try String(contentsOfFile: posting, encoding: .utf8)
    try Data(text.replacingOccurrences(of: "\npublish: true\n", with: "\npublish: true\ncv: {pages: 1}\n").utf8).write(
      to: URL(fileURLWithPath: posting))
    return root
  }

  func build(_ source: String, pdf: Bool = true) -> BuildReport {
    Build(
      options: BuildOptions(
        source: source, output: source + "/public", applications: source + "/applications",
        themeDirectory: packageRoot + "/templates", pdf: pdf)
    ).run()
  }

  @Test func theTailoredCVFitsOnePageAndEveryOutputShowsTheSameEntries() throws {
    let root = try exampleAskingForOnePage()
    defer { try? FileManager.default.removeItem(atPath: root) }
    let report = build(root)
    #expect(report.succeeded, "\(report.failure ?? "") \(report.diagnostics)")
    let folder = root + "/applications/acme-junior-data-analyst"
    #expect(try pdfInfo(folder + "/cv.pdf")["Pages"] == "1")
    // Two pages without the setting.
    let whole = root + "/whole"
    try FileManager.default.createDirectory(atPath: whole, withIntermediateDirectories: true)
    for item in ["vita.yml"] {
      try FileManager.default.copyItem(atPath: packageRoot + "/" + item, toPath: whole + "/" + item)
    }
    try FileManager.default.copyItem(atPath: packageRoot + "/content", toPath: whole + "/content")
    #expect(build(whole).succeeded)
    #expect(try pdfInfo(whole + "/applications/acme-junior-data-analyst/cv.pdf")["Pages"] == "2")

    let reportJSON = try JSONSerialization.jsonObject(
      with: Data(contentsOf: URL(fileURLWithPath: folder + "/report.json")))
    let selected = try #require((reportJSON as? [String: Any])?["selected"] as? [String])
    let wholeReport = try JSONSerialization.jsonObject(
      with: Data(contentsOf: URL(fileURLWithPath: whole + "/applications/acme-junior-data-analyst/report.json")))
    let wholeSelected = try #require((wholeReport as? [String: Any])?["selected"] as? [String])
    #expect(Set(selected).isSubset(of: Set(wholeSelected)))
    #expect(Array(wholeSelected.prefix(5)).allSatisfy(selected.contains), "the five most relevant stay")
    // The report proves its terms with the entries the one-page CV shows, and the PDF's keywords are them.
    let rows = try #require((reportJSON as? [String: Any])?["requirements"] as? [[String: Any]])
    for row in rows {
      #expect(Set(row["evidence"] as? [String] ?? []).isSubset(of: Set(selected)), "\(row["term"] ?? "")")
    }
    let matched = try #require((reportJSON as? [String: Any])?["matched"] as? [String])
    #expect(try pdfInfo(folder + "/cv.pdf")["Keywords"] == matched.joined(separator: ", "))
    let html = try String(contentsOfFile: folder + "/index.html", encoding: .utf8)
    let plain = try String(contentsOfFile: folder + "/cv.txt", encoding: .utf8)
    let resume = try String(contentsOfFile: folder + "/resume.json", encoding: .utf8)
    let wholeHTML = try String(
      contentsOfFile: whole + "/applications/acme-junior-data-analyst/index.html", encoding: .utf8)
    #expect(html.components(separatedBy: "<li>").count < wholeHTML.components(separatedBy: "<li>").count, "trimmed")
    // Each highlight the CV's HTML lost is gone from cv.txt and resume.json too; each kept is in both.
    let highlights = { (page: String) in
      page.components(separatedBy: "<li>").dropFirst().map { String($0.prefix { $0 != "<" }) }.filter { $0.count > 30 }
    }
    // (The HTML has typographic apostrophes, the text and JSON the ones in the file.)
    for highlight in highlights(wholeHTML).map({ $0.replacingOccurrences(of: "\u{2019}", with: "'") }) {
      let kept = html.replacingOccurrences(of: "\u{2019}", with: "'").contains(highlight)
      #expect(plain.contains(highlight) == kept, "\(highlight)")
      #expect(resume.contains(highlight) == kept, "\(highlight)")
    }
  }

  @Test func aCVThatCannotFitKeepsTwoPagesWithAWarning() throws {
    let root = temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: root) }
    let long = String(
      repeating: "Taught reading and writing to children at the community library every week, ", count: 14)
    var files = [
      "vita.yml": "title: Budi\nbase_url: https://budi.example.com/\nperson:\n  name: Budi Santoso\ncv: {pages: 1}\n",
      "content/jobs/tutor.md": "---\ntitle: Tutor\ncompany: Acme\n---\nWe need teaching, reading and writing.\n",
    ]
    for number in 0..<6 {
      files["content/experiences/teacher-\(number).md"] =
        "---\ntitle: Teacher \(number)\nkind: volunteer\norganization: Library\nstart: 202\(number)-01\nhighlights:\n  - \(long)\n---\n"
    }
    for (path, text) in files {
      try FileManager.default.createDirectory(
        atPath: (root + "/" + path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
      try Data(text.utf8).write(to: URL(fileURLWithPath: root + "/" + path))
    }
    let report = build(root)
    #expect(report.succeeded, "\(report.failure ?? "") \(report.diagnostics)")
    #expect(report.warnings.contains { $0.contains("applications/tutor/cv.pdf") && $0.contains("keeps two pages") })
    #expect(Int(try pdfInfo(root + "/applications/tutor/cv.pdf")["Pages"] ?? "") ?? 0 > 1)
  }
}
