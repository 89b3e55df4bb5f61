import Foundation

/// The pages a build prints (or converts) and where each file goes: the general CV in the site's
/// staging folder, then each posting's CV, then each posting's cover letter where it has one.
struct Documents: Sendable {
  /// Each output's staging folder, and the folder it becomes.
  var site: (staging: URL, target: String)
  var applications: (staging: URL, target: String)
  /// The postings' slugs, in order.
  var jobs: [String]
  /// With `--job`, the posting's files are at the top of its folder, not in a folder of their own.
  var inJobFolder: Bool
  var metadata: [String: PDFMetadata]

  /// A page and the file made from it, by kind: the CV (`index.html`) or the cover letter (`letter.html`).
  enum Page: String, CaseIterable {
    case cv = "index.html"
    case letter = "letter.html"

    /// The file's name without its extension: `cv`, `letter`.
    var stem: String { self == .cv ? "cv" : "letter" }
  }

  /// Every page to make a file of with `fileExtension` (`pdf`, `docx`), with whether it is in the site.
  func jobs(extension fileExtension: String) -> [(html: URL, output: URL, name: String, key: String, inSite: Bool)] {
    var found: [(URL, URL, String, String, Bool)] = []
    let cv = site.staging.appendingPathComponent("cv")
    found.append(
      (
        cv.appendingPathComponent("index.html"), cv.appendingPathComponent("cv." + fileExtension),
        "public/cv/cv.\(fileExtension)", "cv/cv.pdf", true
      ))
    for page in Page.allCases {
      for slug in jobs {
        let folder = inJobFolder ? applications.staging : applications.staging.appendingPathComponent(slug)
        let html = folder.appendingPathComponent(page.rawValue)
        guard FileManager.default.fileExists(atPath: html.path) else { continue }
        let file = page.stem + "." + fileExtension
        let name = "applications/\(slug)/"
        found.append((html, folder.appendingPathComponent(file), name + file, name + page.stem + ".pdf", false))
      }
    }
    return found
  }

  /// Where `file`, made in either staging folder, is once that folder is swapped in; its path inside
  /// the folder is added to `made`, for the folder's manifest.
  func note(_ file: URL, inSite: Bool, in made: inout (site: [String], applications: [String])) -> String {
    let folder = inSite ? site : applications
    let relative = String(file.path.dropFirst(folder.staging.path.count + 1))
    if inSite { made.site.append(relative) } else { made.applications.append(relative) }
    return folder.target + "/" + relative
  }

  /// What `--pdf` prints.
  func printJobs() -> [(job: PrintJob, inSite: Bool)] {
    jobs(extension: "pdf").compactMap { item in
      guard let metadata = metadata[item.key] else { return nil }
      return (PrintJob(html: item.html, pdf: item.output, name: item.name, metadata: metadata), item.inSite)
    }
  }
}
