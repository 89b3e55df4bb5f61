import Foundation

/// Why a PDF could not be printed.
public struct PDFPrintFailure: Error, Sendable, CustomStringConvertible {
  public var description: String

  public init(description: String) {
    self.description = description
  }
}

/// Prints an HTML page on disk to a PDF file; headless Chromium in real builds, a fake in tests.
public protocol PDFPrinter: Sendable {
  /// Writes `pdf` from the page at `html`.
  func printPDF(html: URL, to pdf: URL) throws(PDFPrintFailure)
}

extension PDFPrinter {
  /// Prints `<folder>/index.html` to `<folder>/cv.pdf` for each folder (relative to `root`), in order;
  /// returns the PDFs' paths relative to `root`.
  public func printCVs(in folders: [String], under root: URL) throws(PDFPrintFailure) -> [String] {
    try print("index.html", to: "cv.pdf", in: folders, under: root)
  }

  /// Prints each posting's `letter.html` to `letter.pdf`, where the folder has one.
  public func printLetters(in folders: [String], under root: URL) throws(PDFPrintFailure) -> [String] {
    let written = folders.filter { folder in
      let directory = folder.isEmpty ? root : root.appendingPathComponent(folder)
      return FileManager.default.fileExists(atPath: directory.appendingPathComponent("letter.html").path)
    }
    return try print("letter.html", to: "letter.pdf", in: written, under: root)
  }

  private func print(_ page: String, to pdf: String, in folders: [String], under root: URL) throws(PDFPrintFailure)
    -> [String]
  {
    var printed: [String] = []
    for folder in folders {
      let directory = folder.isEmpty ? root : root.appendingPathComponent(folder)
      try printPDF(html: directory.appendingPathComponent(page), to: directory.appendingPathComponent(pdf))
      printed.append(folder.isEmpty ? pdf : folder + "/" + pdf)
    }
    return printed
  }
}

/// Headless Chromium (or Google Chrome), found on PATH or at `VITA_CHROMIUM`.
public struct ChromiumPrinter: PDFPrinter {
  /// The browser's executable.
  public let executable: String
  /// Seconds before a print that hangs is stopped.
  public var timeout: Double

  /// The names looked for on PATH, in order.
  public static let names = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"]

  public init(executable: String, timeout: Double = 120) {
    self.executable = executable
    self.timeout = timeout
  }

  /// The browser named by `VITA_CHROMIUM`, else the first of `names` on PATH.
  public static func locate(
    environment: [String: String] = ProcessInfo.processInfo.environment
  ) throws(PDFPrintFailure) -> ChromiumPrinter {
    let fileManager = FileManager.default
    if let explicit = environment["VITA_CHROMIUM"], !explicit.isEmpty {
      guard fileManager.isExecutableFile(atPath: explicit) else {
        throw PDFPrintFailure(
          description:
            "VITA_CHROMIUM is set to \(explicit), which is not an executable file; point it at a Chromium or Chrome binary, or unset it"
        )
      }
      return ChromiumPrinter(executable: explicit)
    }
    let folders = (environment["PATH"] ?? "").split(separator: ":").map(String.init)
    for name in names {
      for folder in folders where fileManager.isExecutableFile(atPath: folder + "/" + name) {
        return ChromiumPrinter(executable: folder + "/" + name)
      }
    }
    throw PDFPrintFailure(
      description: """
        --pdf prints with headless Chromium, and none was found (looked for \(names.joined(separator: ", ")) on \
        PATH, and VITA_CHROMIUM is not set). Install it with `apt-get install chromium` (Debian, Ubuntu), or set \
        VITA_CHROMIUM to the path of a Chromium or Chrome binary
        """)
  }

  /// The command line of one print.
  public func arguments(html: URL, pdf: URL, profile: URL) -> [String] {
    [
      "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer", "--no-first-run",
      "--user-data-dir=\(profile.path)", "--print-to-pdf=\(pdf.path)", html.absoluteString,
    ]
  }

  public func printPDF(html: URL, to pdf: URL) throws(PDFPrintFailure) {
    let fileManager = FileManager.default
    // A profile of its own, so that a browser the person has open does not take the job over; beside
    // the PDF, in the staging folder, so that a build killed while it prints leaves no profile in
    // the system's temporary folder (the next build removes the staging folder with it).
    let profile = pdf.deletingLastPathComponent().appendingPathComponent(".vita-chromium-\(UUID().uuidString)")
    defer { try? fileManager.removeItem(at: profile) }
    try? fileManager.removeItem(at: pdf)
    let log = profile.appendingPathComponent("stderr.log")
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments(html: html, pdf: pdf, profile: profile)
    do {
      try fileManager.createDirectory(at: profile, withIntermediateDirectories: true)
      _ = fileManager.createFile(atPath: log.path, contents: nil)
      process.standardOutput = FileHandle.nullDevice
      process.standardError = try FileHandle(forWritingTo: log)
      process.standardInput = FileHandle.nullDevice
      try process.run()
    } catch {
      throw PDFPrintFailure(description: "could not run \(executable): \(error.localizedDescription)")
    }
    let deadline = Date().addingTimeInterval(timeout)
    while process.isRunning, Date() < deadline { usleep(50_000) }
    if process.isRunning {
      process.terminate()
      process.waitUntilExit()
      throw PDFPrintFailure(description: "\(executable) did not print \(html.path) within \(Int(timeout)) s")
    }
    let header = fileManager.contents(atPath: pdf.path)?.prefix(5)
    guard process.terminationStatus == 0, header == Data("%PDF-".utf8) else {
      let output = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
      let lastLines = output.split(separator: "\n").suffix(5).joined(separator: "\n")
      throw PDFPrintFailure(
        description:
          "\(executable) could not print \(html.path) (exit status \(process.terminationStatus))\(lastLines.isEmpty ? "" : ":\n" + lastLines)"
      )
    }
  }
}
