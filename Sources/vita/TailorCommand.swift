import ArgumentParser
import Foundation
import VitaCore
import VitaSite

struct TailorCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "tailor",
    abstract: "Show how well your record matches one job posting: score, matched and missing terms, evidence.",
    discussion: """
      JOB is the posting's slug: the name of its file in content/jobs/ without .md or .json. \
      Nothing is written; `vita build` writes the tailored CV, report and interview stories to \
      applications/JOB/.
      """
  )

  @Argument(help: ArgumentHelp("The job posting's slug.", valueName: "job"))
  var job: String

  @OptionGroup var source: SourceOptions

  @Option(help: "How the report is printed: text or json (the same as report.json).")
  var format: OutputFormat = .text

  func run() throws {
    let loaded = SiteLoader(today: .today).load(from: source.path)
    guard let site = loaded.site else {
      DiagnosticPrinter.print(loaded.diagnostics, format: .text)
      printError("the content has errors: \(DiagnosticPrinter.summary(loaded.diagnostics))")
      throw ExitCode(1)
    }
    guard let posting = site.jobs.first(where: { $0.slug == job }) else {
      let known = site.jobs.map(\.slug)
      let hint = NearMiss.closest(to: job, among: known).map { " Did you mean '\($0)'?" } ?? ""
      printError(
        "there is no job posting '\(job)' in content/jobs/.\(hint) Postings: \(known.isEmpty ? "none" : known.joined(separator: ", "))"
      )
      throw ExitCode(1)
    }
    let tailoring = Tailor(site: site, postings: [posting]).tailor(posting)
    switch format {
    case .json: print(tailoring.report.json(), terminator: "")
    case .text: print(Self.text(tailoring, site: site))
    }
  }

  /// The report as a person reads it in a terminal.
  static func text(_ tailoring: Tailoring, site: Site) -> String {
    let report = tailoring.report
    let titles = Dictionary(site.experiences.map { ($0.slug, $0.title) }, uniquingKeysWith: { first, _ in first })
    var lines: [String] = []
    let company = tailoring.job.company.map { " at \($0)" } ?? ""
    lines.append("\(tailoring.job.title)\(company): score \(report.score)/100")
    lines.append("")
    lines.append("Matched (\(report.matched.count)): \(report.matched.joined(separator: ", "))")
    lines.append(
      "Missing (\(report.missing.count)): \(report.missing.isEmpty ? "none" : report.missing.joined(separator: ", "))")
    if !report.mustHaveMissing.isEmpty {
      lines.append("Must-haves no experience proves: \(report.mustHaveMissing.joined(separator: ", "))")
    }
    lines.append("")
    lines.append("Requirements and the experiences that prove them:")
    let width = min(28, report.requirements.map(\.term.count).max() ?? 0)
    for requirement in report.requirements {
      let mark = requirement.evidence.isEmpty ? "✗" : "✓"
      let tag = requirement.mustHave ? " (must have)" : ""
      let name = (requirement.term + tag).padding(toLength: max(width + 12, 0), withPad: " ", startingAt: 0)
      let proof = requirement.evidence.isEmpty ? "—" : requirement.evidence.joined(separator: ", ")
      lines.append("  \(mark) \(name) \(proof)")
    }
    lines.append("")
    lines.append("On the CV, in order:")
    for (index, slug) in report.selected.enumerated() {
      lines.append("  \(index + 1). \(titles[slug] ?? slug) [\(slug)]")
    }
    if !report.unusedEvidence.isEmpty {
      lines.append("")
      lines.append("Evidence left off the CV:")
      for unused in report.unusedEvidence {
        lines.append("  \(unused.term): \(unused.experiences.joined(separator: ", ")) (\(unused.reason.rawValue))")
      }
    }
    return lines.joined(separator: "\n")
  }
}
