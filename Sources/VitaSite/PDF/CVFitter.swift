import Foundation
import VitaCore

/// `cv: {pages: 1}`: trims a tailored CV (see `OnePage`) until its printed page count is one,
/// measured by printing each try with the build's browser. The fewest cuts that fit are found by
/// halving: a CV of twenty entries takes five or six prints. When even every cut leaves more than
/// one page, the CV is kept whole (two pages) and a warning says so.
struct CVFitter: Sendable {
  let printer: any PDFPrinter
  let site: Site
  /// The tailor of the build's CVs: a trimmed CV's report is made anew by it.
  let tailor: Tailor

  /// Whether `job`'s CV is to fit one page.
  static func wantsOnePage(_ job: JobPosting, site: Site) -> Bool {
    (job.pages ?? site.config.cvPages) == 1
  }

  /// The tailoring that fits one page, or the whole one with a warning.
  func fit(_ tailoring: Tailoring, theme: Theme) throws(PDFPrintFailure) -> (tailoring: Tailoring, warning: String?) {
    let onePage = OnePage(tailoring, tailor: tailor)
    let folder = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("vita-fit-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    for (path, data) in theme.assets {
      let url = folder.appendingPathComponent("assets/" + path)
      try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try? data.write(to: url)
    }
    let slug = tailoring.job.slug
    let page = folder.appendingPathComponent(slug).appendingPathComponent("index.html")
    try? FileManager.default.createDirectory(at: page.deletingLastPathComponent(), withIntermediateDirectories: true)
    let renderer = ApplicationRenderer(site: site, theme: theme, job: tailoring.job)
    let name = "applications/\(slug)/cv.pdf"
    func pages(_ cuts: Int) throws(PDFPrintFailure) -> Int {
      let trimmed = onePage.trimmed(by: cuts)
      do {
        let cv = ApplicationRenderer.document(trimmed, site: renderer.renderer.site, person: site.config.person)
        try renderer.cvPage(cv, slug: slug).write(to: page)
      } catch {
        throw PDFPrintFailure(description: "could not render \(name) to measure it: \(error)")
      }
      let job = PrintJob(
        html: page, pdf: page.deletingLastPathComponent().appendingPathComponent("cv.pdf"), name: name,
        metadata: PDFMetadata(title: "", author: "", subject: "", language: "en"))
      return try printer.print([job]).first ?? 0
    }
    if try pages(0) <= 1 { return (tailoring, nil) }
    let all = onePage.cuts.count
    let most = all == 0 ? 2 : try pages(all)
    guard most <= 1 else { return (tailoring, PDFMessages.notOnePage(name, pages: most)) }
    // Fits with every cut and not with none: the fewest cuts that fit lie between.
    var (tooFew, enough) = (0, all)
    while enough - tooFew > 1 {
      let middle = (tooFew + enough) / 2
      if try pages(middle) <= 1 { enough = middle } else { tooFew = middle }
    }
    return (onePage.trimmed(by: enough), nil)
  }
}
