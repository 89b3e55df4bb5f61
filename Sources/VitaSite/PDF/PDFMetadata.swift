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
struct PDFInfoWriter: Sendable {
  let qpdf: Tool

  /// Replaces `pdf` with a copy whose document information holds `metadata` (the dates and producer
  /// Chromium wrote are kept); returns the number of pages. `name` is for messages.
  func write(_ metadata: PDFMetadata, into pdf: URL, name: String) throws(PDFPrintFailure) -> Int {
    // The objects, without their streams: the trailer names the information dictionary.
    let described = qpdf.run(["--json=2", "--json-key=qpdf", pdf.path])
    guard case .success(let json) = described,
      let top = (try? JSONSerialization.jsonObject(with: json)) as? [String: Any],
      let parts = top["qpdf"] as? [Any], parts.count > 1,
      let header = parts[0] as? [String: Any], let objects = parts[1] as? [String: Any],
      let trailer = (objects["trailer"] as? [String: Any])?["value"] as? [String: Any]
    else {
      if case .failure(let failure) = described {
        throw PDFPrintFailure(description: PDFMessages.qpdfFailed(name, failure.description))
      }
      throw PDFPrintFailure(description: PDFMessages.qpdfFailed(name, "its description of the PDF could not be read"))
    }
    let pages = objects.values.count { object in
      ((object as? [String: Any])?["value"] as? [String: Any])?["/Type"] as? String == "/Page"
    }
    var update: [String: Any] = [:]
    var information: [String: Any] = [:]
    let reference: String
    if let existing = trailer["/Info"] as? String {
      reference = existing
      information = (objects["obj:" + existing] as? [String: Any])?["value"] as? [String: Any] ?? [:]
    } else {
      let next = (header["maxobjectid"] as? Int ?? 0) + 1
      reference = "\(next) 0 R"
      var newTrailer = trailer
      newTrailer["/Info"] = reference
      newTrailer["/Size"] = next + 1
      update["trailer"] = ["value": newTrailer]
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
}
