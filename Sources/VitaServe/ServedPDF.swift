import Foundation
import Synchronization
import VitaSite

/// `vita serve`'s `cv.pdf`s: the general CV's (`/cv/cv.pdf`) and each application's, printed on
/// request from the build being served and kept until the next build. One browser serves them all,
/// started at the first request and ended with the server (it reads the end of its pipe).
final class ServedPDFs: Sendable {
  private struct Cache {
    /// The build the PDFs are of: a new build empties the cache.
    var generation = -1
    var pdfs: [String: Data] = [:]
    var printer: (any PDFPrinter)?
  }

  private let cache = Mutex(Cache())
  /// One print at a time: a page asked for twice at once is printed once.
  private let printing = NSLock()
  private let locate: @Sendable () throws(PDFPrintFailure) -> any PDFPrinter

  init(locate: @escaping @Sendable () throws(PDFPrintFailure) -> any PDFPrinter = { try ChromiumPrinter.locate() }) {
    self.locate = locate
  }

  /// The key of a path's document in `BuildOutput.documents` when it is a CV's PDF a build can
  /// print: `cv/cv.pdf` in the site, `applications/<job>/cv.pdf`; `inner` is the path in `files`.
  static func document(_ inner: String, in files: OutputFiles, prefix: String) -> String? {
    guard inner.hasSuffix("/cv.pdf") else { return nil }
    let folder = String(inner.dropLast("cv.pdf".count))
    guard files[folder + "index.html"] != nil, !prefix.isEmpty || inner == "cv/cv.pdf" else { return nil }
    return prefix + inner
  }

  /// The PDF of the page `folder/index.html` of `files` (the site's or the applications'), from
  /// the build numbered `generation`.
  func pdf(
    _ inner: String, of files: OutputFiles, key: String, metadata: PDFMetadata, generation: Int
  ) -> Result<Data, PDFPrintFailure> {
    printing.lock()
    defer { printing.unlock() }
    if let cached = cache.withLock({ cache -> Data? in
      if cache.generation != generation {
        cache.generation = generation
        cache.pdfs = [:]
      }
      return cache.pdfs[key]
    }) {
      return .success(cached)
    }
    let printer: any PDFPrinter
    do {
      printer = try cache.withLock { cache throws(PDFPrintFailure) in
        if let printer = cache.printer { return printer }
        let made = try locate()
        cache.printer = made
        return made
      }
    } catch {
      return .failure(error)
    }
    // The page and the files beside it (its stylesheet, a photo) go to a folder of their own, which
    // the browser reads them from; the other pages are left out.
    let folder = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("vita-serve-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    let page = String(inner.dropLast("cv.pdf".count)) + "index.html"
    for (path, data) in files.files where path == page || !path.hasSuffix(".html") {
      let url = folder.appendingPathComponent(path)
      try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try? data.write(to: url)
    }
    let job = PrintJob(
      html: folder.appendingPathComponent(page), pdf: folder.appendingPathComponent(inner), name: inner,
      metadata: metadata)
    do {
      _ = try printer.print([job])
    } catch {
      return .failure(error)
    }
    guard let data = FileManager.default.contents(atPath: job.pdf.path) else {
      return .failure(PDFPrintFailure(description: "the PDF of \(inner) was not written"))
    }
    cache.withLock { cache in
      if cache.generation == generation { cache.pdfs[key] = data }
    }
    return .success(data)
  }
}
