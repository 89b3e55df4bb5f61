import ArgumentParser
import Foundation
import VitaCore
import VitaSite

struct TailorCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "tailor",
    abstract: "Show how well your record matches one job posting: score, matched and missing terms, evidence.",
    discussion: """
      JOB is the posting's slug (the name of its file in content/jobs/ without .md or .json) or the \
      path of that file. Nothing is written; `vita build` writes the tailored CV, report and \
      interview stories to applications/JOB/. With --explain, it shows how the posting was read \
      (its parts, every requirement with its terms and weight) and why each experience ranks where \
      it does; docs/tailoring.md explains the method.
      """
  )

  @Argument(help: ArgumentHelp("The job posting's slug, or the path of its file.", valueName: "job"))
  var job: String

  @OptionGroup var source: SourceOptions

  @Option(help: "How the report is printed: text or json (the same as report.json).")
  var format: OutputFormat = .text

  @Flag(help: "Show how the posting was read and why each experience ranks where it does.")
  var explain = false

  /// The slug `job` names: itself, or the name of the file it is the path of.
  var slug: String {
    guard job.contains("/") || job.hasSuffix(".md") || job.hasSuffix(".json") else { return job }
    let name = URL(fileURLWithPath: job).lastPathComponent
    return name.hasSuffix(".json") ? String(name.dropLast(5)) : name.hasSuffix(".md") ? String(name.dropLast(3)) : name
  }

  func run() throws {
    let loaded = SiteLoader(today: .today).load(from: source.path)
    guard let site = loaded.site else {
      DiagnosticPrinter.print(loaded.diagnostics, format: .text)
      printError(CLI.messages.text("cli.content-errors", ["summary": DiagnosticPrinter.summary(loaded.diagnostics)]))
      throw ExitCode(1)
    }
    let slug = slug
    guard let posting = site.jobs.first(where: { $0.slug == slug }) else {
      let known = site.jobs.map(\.slug)
      let hint = NearMiss.closest(to: slug, among: known).map { " Did you mean '\($0)'?" } ?? ""
      printError(
        "there is no job posting '\(slug)' in content/jobs/.\(hint) Postings: \(known.isEmpty ? "none" : known.joined(separator: ", "))"
      )
      throw ExitCode(1)
    }
    let tailor = Tailor(site: site, postings: [posting])
    if explain {
      print(Self.text(tailor.explanation(of: posting)))
      return
    }
    let tailoring = tailor.tailor(posting)
    switch format {
    case .json: print(tailoring.report.json(), terminator: "")
    case .text: print(Self.text(tailoring, site: site))
    }
  }

  /// How the posting was read and why each experience ranks where it does.
  static func text(_ explanation: Explanation) -> String {
    let analysis = explanation.analysis
    var lines: [String] = ["How the posting was read, line by line (the part each line is in):"]
    var heading: String?
    for line in analysis.lines {
      if line.heading != heading, let title = line.heading { lines.append("  ## \(title)") }
      heading = line.heading
      let mark = line.part.rawValue + (line.insists ? " (insists)" : "")
      let text = line.text.count > 90 ? String(line.text.prefix(89)) + "…" : line.text
      lines.append("  \(mark.padding(toLength: 26, withPad: " ", startingAt: 0)) \(text)")
    }
    lines.append("")
    lines.append("Requirements (weight, kind; the terms that prove each):")
    for (requirement, terms) in zip(analysis.requirements, explanation.lookedFor) {
      let flags = [requirement.isMustHave ? "must have" : nil, requirement.isKeyword ? "keyword" : nil]
        .compactMap { $0 }.joined(separator: ", ")
      let looked = terms.isEmpty ? "" : " ← " + terms.joined(separator: " | ")
      lines.append(
        "  \(String(format: "%4.2f", requirement.weight))  \(requirement.kind.rawValue.padding(toLength: 10, withPad: " ", startingAt: 0)) \(requirement.term)\(flags.isEmpty ? "" : " (\(flags))")\(looked)  [\(requirement.part.rawValue)]"
      )
    }
    if !analysis.softSkills.isEmpty {
      lines.append("")
      lines.append(
        "Soft skills (reported apart, not scored): \(analysis.softSkills.map(\.term).joined(separator: ", "))")
    }
    lines.append("")
    lines.append(
      "Ranking (BM25F of each experience against the posting, the degree asked for moved towards the top;"
        + " recency only breaks ties):")
    for (place, ranked) in explanation.ranking.enumerated() {
      let degree = ranked.degreeLift.map { ["the degree asked for \(String(format: "%.1f", $0))"] } ?? []
      let reasons = (degree + ranked.reasons.prefix(6).map { "\($0.term) \(String(format: "%.1f", $0.value))" })
        .joined(separator: ", ")
      let cv = ranked.isOnCV ? "" : " (not on the CV)"
      lines.append(
        "  \(place + 1). \(ranked.slug)\(cv): \(String(format: "%.2f", ranked.relevance))\(reasons.isEmpty ? "" : " — " + reasons)"
      )
    }
    return lines.joined(separator: "\n")
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
      // An entry proves it, or vita.yml's languages, skills or summary do.
      let proofs =
        requirement.evidence + requirement.languages.map { "vita.yml languages: " + $0 }
        + requirement.skills.map { "vita.yml skills: " + $0 } + (requirement.summary ? ["vita.yml summary"] : [])
      let mark = requirement.isProven ? "✓" : "✗"
      let tag = requirement.mustHave ? " (must have)" : ""
      let name = (requirement.term + tag).padding(toLength: max(width + 12, 0), withPad: " ", startingAt: 0)
      let proof = proofs.isEmpty ? "—" : proofs.joined(separator: ", ")
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
