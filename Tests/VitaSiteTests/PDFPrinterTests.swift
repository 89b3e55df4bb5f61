import Foundation
import Testing
import VitaCore

@testable import VitaSite

/// A printer that writes a stand-in PDF, or fails, without a browser.
struct FakePrinter: PDFPrinter {
  var fails = false

  func printPDF(html: URL, to pdf: URL) throws(PDFPrintFailure) {
    guard !fails else { throw PDFPrintFailure(description: "the fake printer failed") }
    guard FileManager.default.fileExists(atPath: html.path) else {
      throw PDFPrintFailure(description: "no HTML at \(html.path)")
    }
    guard FileManager.default.createFile(atPath: pdf.path, contents: Data("%PDF-fake".utf8)) else {
      throw PDFPrintFailure(description: "could not write \(pdf.path)")
    }
  }
}

/// An executable shell script at `folder/name`.
private func script(_ body: String, named name: String, in folder: String) throws -> String {
  let path = folder + "/" + name
  try Data("#!/bin/sh\n\(body)\n".utf8).write(to: URL(fileURLWithPath: path))
  try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: path)
  return path
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
    #expect(try ChromiumPrinter.locate(environment: ["PATH": "/no/such/folder:" + folder]).executable == chrome)
    let explicit = try script("exit 0", named: "my-browser", in: folder)
    #expect(
      try ChromiumPrinter.locate(environment: ["VITA_CHROMIUM": explicit, "PATH": folder]).executable == explicit)
  }

  @Test func passesTheHeadlessPrintArguments() throws {
    let printer = ChromiumPrinter(executable: "/usr/bin/chromium")
    let arguments = printer.arguments(
      html: URL(fileURLWithPath: "/tmp/site/cv/index.html"), pdf: URL(fileURLWithPath: "/tmp/site/cv/cv.pdf"),
      profile: URL(fileURLWithPath: "/tmp/profile"))
    for flag in ["--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer"] {
      #expect(arguments.contains(flag))
    }
    #expect(arguments.contains("--print-to-pdf=/tmp/site/cv/cv.pdf"))
    #expect(arguments.last == "file:///tmp/site/cv/index.html")
  }

  @Test func reportsABrowserThatFailsWithItsLastWords() throws {
    let folder = temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let broken = try script("echo 'cannot open display' >&2; exit 3", named: "chromium", in: folder)
    let failure = #expect(throws: PDFPrintFailure.self) {
      try ChromiumPrinter(executable: broken).printPDF(
        html: URL(fileURLWithPath: folder + "/index.html"), to: URL(fileURLWithPath: folder + "/cv.pdf"))
    }
    #expect(failure?.description.contains("exit status 3") == true)
    #expect(failure?.description.contains("cannot open display") == true)
  }

  @Test(arguments: [("%PDF-1.4 fake", true), ("<html>not a pdf", false)])
  func acceptsOnlyAFileThatIsAPDF(content: String, accepted: Bool) throws {
    let folder = temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    // Writes `content` to its --print-to-pdf argument's file, as Chromium writes the PDF.
    let body =
      "for a in \"$@\"; do case \"$a\" in --print-to-pdf=*) printf '%s' '\(content)' > \"${a#--print-to-pdf=}\";; esac; done"
    let fake = try script(body, named: "chromium", in: folder)
    let pdf = URL(fileURLWithPath: folder + "/cv.pdf")
    let html = URL(fileURLWithPath: folder + "/index.html")
    if accepted {
      try ChromiumPrinter(executable: fake).printPDF(html: html, to: pdf)
      #expect(FileManager.default.contents(atPath: pdf.path) == Data(content.utf8))
    } else {
      #expect(throws: PDFPrintFailure.self) { try ChromiumPrinter(executable: fake).printPDF(html: html, to: pdf) }
    }
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
