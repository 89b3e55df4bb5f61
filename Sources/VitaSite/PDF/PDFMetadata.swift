import Foundation

/// What a PDF says about itself in its document information: pdfinfo's Title, Author, Subject and
/// Keywords. Chromium writes the title and the language (from the page's `<title>` and `lang`) and
/// tags the PDF; the rest is written by qpdf, which keeps the tags.
public struct PDFMetadata: Sendable, Hashable {
  public var title: String
  public var author: String
  public var subject: String
  public var keywords: [String]
  /// The document's language, as in `<html lang>`; Chromium writes it into the PDF's catalogue.
  public var language: String

  public init(title: String, author: String, subject: String, keywords: [String] = [], language: String) {
    self.title = title
    self.author = author
    self.subject = subject
    self.keywords = keywords
    self.language = language
  }
}

/// An external program, found on PATH, run to the end; its output and status.
struct Tool: Sendable {
  let executable: String

  /// The first `name` on `PATH`, if any.
  static func find(_ name: String, environment: [String: String] = ProcessInfo.processInfo.environment) -> Tool? {
    let folders = (environment["PATH"] ?? "").split(separator: ":")
    return folders.map { $0 + "/" + name }.first { FileManager.default.isExecutableFile(atPath: $0) }.map(Tool.init)
  }

  /// Runs the tool with `arguments`; its standard output, or why it failed (its standard error's last lines).
  func run(_ arguments: [String]) -> Result<Data, PDFPrintFailure> {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    let output = Pipe()
    let errors = Pipe()
    process.standardOutput = output
    process.standardError = errors
    process.standardInput = FileHandle.nullDevice
    do {
      try process.run()
    } catch {
      return .failure(PDFPrintFailure(description: "could not run \(executable): \(error.localizedDescription)"))
    }
    // Standard error after standard output: the tools run here write a few lines to it at most.
    let data = output.fileHandleForReading.readDataToEndOfFile()
    let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    // qpdf exits 3 when it succeeded with warnings.
    guard process.terminationStatus == 0 || (process.terminationStatus == 3 && executable.hasSuffix("qpdf")) else {
      let last = stderr.split(separator: "\n").suffix(3).joined(separator: "\n")
      return .failure(PDFPrintFailure(description: "exit status \(process.terminationStatus): \(last)"))
    }
    return .success(data)
  }
}

/// Writes a PDF's document information with qpdf, and counts its pages on the way.
///
/// qpdf needs the number of the information dictionary's object. Chromium's PDF (Skia's writer:
/// no object streams, a plain trailer) names it in its trailer, `/Info 1 0 R`, and writes each
/// page as an object of `/Type /Page`: both are read from the bytes (`quickDescription`), which
/// saves one qpdf run of the two per PDF, a third of a build's printing CPU. A PDF that does not
/// read so is described by qpdf itself (`description`), the slow, obvious reference that a test
/// compares the fast path with.
struct PDFInfoWriter: Sendable {
  let qpdf: Tool

  /// Where the information dictionary is, what it holds (Chromium's producer and dates, kept),
  /// the trailer, and the number of pages.
  struct Description {
    var information: String?
    var values: [String: Any]
    var trailer: [String: Any]
    var maxObject: Int
    var pages: Int
  }

  /// The information dictionary's reference and the pages, read from Skia's bytes; nil when they
  /// do not read as Skia writes them.
  static func quickDescription(of data: Data) -> (information: String, pages: Int)? {
    let tail = String(decoding: data.suffix(512), as: UTF8.self)
    guard let trailer = tail.range(of: "trailer", options: .backwards),
      let info = tail.range(of: "/Info ", range: trailer.upperBound..<tail.endIndex)
    else { return nil }
    let reference = tail[info.upperBound...].prefix { $0 != "/" && $0 != ">" && $0 != "\n" }
      .trimmingCharacters(in: .whitespaces)
    let parts = reference.split(separator: " ")
    guard parts.count == 3, Int(parts[0]) != nil, Int(parts[1]) != nil, parts[2] == "R" else { return nil }
    var pages = 0
    let marker = Array("/Type /Page".utf8)
    data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) in
      var index = 0
      let end = bytes.count - marker.count
      while index < end {
        if bytes[index] == 0x2F, bytes[index + 1] == 0x54,
          (0..<marker.count).allSatisfy({ bytes[index + $0] == marker[$0] })
        {
          let next = index + marker.count < bytes.count ? bytes[index + marker.count] : 0x20
          // "/Type /Pages" is the page tree; a letter or digit after would be another name.
          if !(next >= 0x41 && next <= 0x5A) && !(next >= 0x61 && next <= 0x7A) && !(next >= 0x30 && next <= 0x39) {
            pages += 1
          }
          index += marker.count
        } else {
          index += 1
        }
      }
    }
    guard pages > 0 else { return nil }
    return (reference, pages)
  }

  /// qpdf's own description of the PDF: the objects without their streams.
  func description(of pdf: URL) -> Description? {
    guard case .success(let json) = qpdf.run(["--json=2", "--json-key=qpdf", pdf.path]),
      let top = (try? JSONSerialization.jsonObject(with: json)) as? [String: Any],
      let parts = top["qpdf"] as? [Any], parts.count > 1,
      let header = parts[0] as? [String: Any], let objects = parts[1] as? [String: Any],
      let trailer = (objects["trailer"] as? [String: Any])?["value"] as? [String: Any]
    else { return nil }
    let pages = objects.values.count { object in
      ((object as? [String: Any])?["value"] as? [String: Any])?["/Type"] as? String == "/Page"
    }
    let information = trailer["/Info"] as? String
    let values = information.flatMap { (objects["obj:" + $0] as? [String: Any])?["value"] as? [String: Any] } ?? [:]
    return Description(
      information: information, values: values, trailer: trailer, maxObject: header["maxobjectid"] as? Int ?? 0,
      pages: pages)
  }

  /// Replaces `pdf` (whose bytes are `data`) with a copy whose document information holds
  /// `metadata`; returns the number of pages. `name` is for messages.
  func write(_ metadata: PDFMetadata, into pdf: URL, data: Data, name: String) throws(PDFPrintFailure) -> Int {
    var update: [String: Any] = [:]
    var information: [String: Any] = [:]
    let reference: String
    let pages: Int
    if let quick = Self.quickDescription(of: data) {
      reference = quick.information
      pages = quick.pages
      // Chromium's producer and dates are not read back here: the same values are written anew.
      information["/Producer"] = "u:Skia/PDF (Chromium)"
      let now = Self.pdfDate(Date())
      information["/CreationDate"] = "u:" + now
      information["/ModDate"] = "u:" + now
    } else {
      guard let described = description(of: pdf) else {
        throw PDFPrintFailure(description: PDFMessages.qpdfFailed(name, "its description of the PDF could not be read"))
      }
      pages = described.pages
      information = described.values
      if let existing = described.information {
        reference = existing
      } else {
        let next = described.maxObject + 1
        reference = "\(next) 0 R"
        var trailer = described.trailer
        trailer["/Info"] = reference
        trailer["/Size"] = next + 1
        update["trailer"] = ["value": trailer]
      }
    }
    information["/Title"] = "u:" + metadata.title
    information["/Author"] = "u:" + metadata.author
    information["/Subject"] = "u:" + metadata.subject
    information["/Keywords"] = "u:" + metadata.keywords.joined(separator: ", ")
    information["/Creator"] = "u:Vita"
    update["obj:" + reference] = ["value": information]
    let document: [String: Any] = [
      "qpdf": [["jsonversion": 2, "pushedinheritedpageresources": false, "calledgetallpages": false], update]
    ]
    let folder = pdf.deletingLastPathComponent()
    let changes = folder.appendingPathComponent(".\(pdf.lastPathComponent).metadata.json")
    let written = folder.appendingPathComponent(".\(pdf.lastPathComponent).qpdf")
    defer {
      try? FileManager.default.removeItem(at: changes)
      try? FileManager.default.removeItem(at: written)
    }
    do {
      try JSONSerialization.data(withJSONObject: document).write(to: changes)
    } catch {
      throw PDFPrintFailure(description: PDFMessages.qpdfFailed(name, error.localizedDescription))
    }
    if case .failure(let failure) = qpdf.run([pdf.path, "--update-from-json=" + changes.path, written.path]) {
      throw PDFPrintFailure(description: PDFMessages.qpdfFailed(name, failure.description))
    }
    guard rename(written.path, pdf.path) == 0 else {
      throw PDFPrintFailure(description: PDFMessages.qpdfFailed(name, String(cString: strerror(errno))))
    }
    return pages
  }

  /// A date as PDF writes it: `D:20260615093000Z`.
  static func pdfDate(_ date: Date) -> String {
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.timeZone = TimeZone(identifier: "UTC")
    formatter.dateFormat = "'D:'yyyyMMddHHmmss'Z'"
    return formatter.string(from: date)
  }
}
