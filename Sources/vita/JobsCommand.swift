import ArgumentParser
import Foundation
import VitaCore
import VitaSite

struct JobsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "jobs",
    abstract: "Show your applications as a pipeline: what to act on now, then every posting by status.",
    discussion: """
      Reads each posting's status (saved, applied, interview, offer, rejected, withdrawn), applied, \
      deadline, interview, contact and notes from content/jobs/. On top: deadlines in the next 14 \
      days of postings not yet applied to, and follow-ups due (applied 14 days ago or more with no \
      newer status). `vita build` writes the same to applications/index.html, with \
      applications/calendar.ics for any calendar. Today is --today, else VITA_TODAY, else the clock.
      """
  )

  @OptionGroup var source: SourceOptions

  @Option(help: "How it is printed: text, or json (one object per posting).")
  var format: OutputFormat = .text

  @Option(help: ArgumentHelp("The day to count from, YYYY-MM-DD (default: today).", valueName: "date"))
  var today: String?

  func run() throws {
    var day = PartialDate.today
    if let today {
      guard let parsed = PartialDate(parsing: today), parsed.day != nil else {
        throw ValidationError(CLI.messages.text("cli.today-date", ["value": today]))
      }
      day = parsed
    }
    let loaded = SiteLoader(today: .today).load(from: source.path)
    guard let site = loaded.site else {
      DiagnosticPrinter.print(loaded.diagnostics, format: .text)
      printError(CLI.messages.text("cli.content-errors", ["summary": DiagnosticPrinter.summary(loaded.diagnostics)]))
      throw ExitCode(1)
    }
    let tailor = Tailor(site: site)
    let scores = Dictionary(
      site.jobs.map { ($0.slug, tailor.tailor($0).report.score) }, uniquingKeysWith: { first, _ in first })
    let pipeline = Pipeline(jobs: site.jobs, today: day)
    switch format {
    case .json: print(try Self.json(pipeline, scores: scores))
    case .text: print(Self.text(pipeline, scores: scores, language: site.config.language))
    }
  }

  /// The pipeline as a person reads it in a terminal.
  static func text(_ pipeline: Pipeline, scores: [String: Int], language: Language) -> String {
    let strings = Strings(language)
    func name(_ job: JobPosting) -> String { job.title + (job.company.map { " · \($0)" } ?? "") }
    var lines: [String] = []
    if !pipeline.attention.isEmpty {
      lines.append(strings.actNow + ":")
      for item in pipeline.attention {
        lines.append("  \(name(item.job)): \(strings.attention(item))  [\(item.job.slug)]")
      }
      lines.append("")
    }
    for stage in pipeline.byStatus {
      lines.append("\(strings.status(stage.status)) (\(stage.items.count))")
      for item in stage.items {
        let application = item.job.application
        let dates = [
          application.deadline.map { "\(strings.deadlineLabel.lowercased()) \($0)" },
          application.applied.map { "\(strings.appliedLabel.lowercased()) \($0)" },
          application.interview.map { "\(strings.interviewLabel.lowercased()) \($0)" },
        ].compactMap { $0 }.joined(separator: ", ")
        lines.append(
          "  \(name(item.job))  \(strings.score) \(scores[item.job.slug] ?? 0)\(dates.isEmpty ? "" : "  " + dates)")
        if let contact = application.contact { lines.append("    \(strings.contactLabel): \(contact)") }
        if let notes = application.notes { lines.append("    \(strings.notesLabel): \(notes)") }
      }
    }
    if pipeline.byStatus.isEmpty {
      lines.append("No postings in content/jobs/ yet: add one, then set its status as you apply.")
    }
    return lines.joined(separator: "\n")
  }

  /// One object per posting: what the text shows, as data.
  struct Row: Encodable {
    var slug, title, status: String
    var company, applied, deadline, interview, contact, notes: String?
    var score: Int
    var daysToDeadline, daysSinceApplied: Int?
    var followUpDue, needsAttention: Bool

    enum CodingKeys: String, CodingKey {
      case slug, title, status, company, applied, deadline, interview, contact, notes, score
      case daysToDeadline = "days_to_deadline"
      case daysSinceApplied = "days_since_applied"
      case followUpDue = "follow_up_due"
      case needsAttention = "needs_attention"
    }
  }

  static func json(_ pipeline: Pipeline, scores: [String: Int]) throws -> String {
    let rows = pipeline.byStatus.flatMap(\.items).map { item in
      let application = item.job.application
      return Row(
        slug: item.job.slug, title: item.job.title, status: application.status.rawValue, company: item.job.company,
        applied: application.applied?.description, deadline: application.deadline?.description,
        interview: application.interview?.description, contact: application.contact, notes: application.notes,
        score: scores[item.job.slug] ?? 0, daysToDeadline: item.daysToDeadline, daysSinceApplied: item.daysSinceApplied,
        followUpDue: item.followUpDue, needsAttention: item.needsAttention)
    }
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return String(decoding: try encoder.encode(rows), as: UTF8.self)
  }
}
