import ArgumentParser
import Foundation
import VitaCore
import VitaSite

struct JobCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "job",
    abstract: "Add the job postings you target to content/jobs/.",
    subcommands: [JobAddCommand.self]
  )
}

struct JobAddCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "add",
    abstract: "Add a job posting from the page it is published on, or from a text file, and show how you match it.",
    discussion: """
      FILE-OR-URL is a page saved from the browser (File → Save Page As…, "Webpage, HTML only" or \
      "Webpage, Complete"), the posting's http(s) address, or a text or Markdown file holding the \
      ad's text. Many job boards refuse requests that do not come from a browser: saving the page \
      is the way that always works. An address is fetched with the curl command.

      From a page's JobPosting data (schema.org, which job boards give search engines) Vita takes \
      the title, the company, the address, the location, the deadline (validThrough), the date \
      posted, the employment type and the description, turned into Markdown. A page without that \
      data gives its main text, and Vita says what to check. A text or Markdown file is taken as \
      it is, its first line the title.

      The posting is written to content/jobs/SLUG.md, SLUG made from the company and the title, \
      and never over an existing file. Then the match report is printed, as `vita tailor` prints \
      it. docs/authoring.md says more.

      Exit status: 0 on success; 1 when the page cannot be read, is not a posting, or the site has \
      errors; 2 when the file exists, there is no vita.yml, or curl is missing; 64 when a page \
      holds several postings and --index does not choose one.
      """
  )

  @Argument(help: ArgumentHelp("The saved page, the posting's address, or a text file.", valueName: "file-or-url"))
  var page: String

  @Option(help: ArgumentHelp("The file's name in content/jobs/, without .md.", valueName: "slug"))
  var slug: String?

  @Option(help: ArgumentHelp("Which posting to take from a page that holds several: 1, 2, …", valueName: "n"))
  var index: Int?

  @Option(help: ArgumentHelp("The posting's title, where the page or file gives another.", valueName: "title"))
  var title: String?

  @OptionGroup var source: SourceOptions

  func validate() throws {
    if let slug, !Slug.isValid(slug) {
      throw ValidationError(CLI.messages.text("cli.not-a-slug", ["value": slug, "suggestion": Slug.make(from: slug)]))
    }
    if let index, index < 1 { throw ValidationError(CLI.messages.text("cli.index-from-one")) }
    if let title, title.trimmingCharacters(in: .whitespaces).isEmpty {
      throw ValidationError(CLI.messages.text("cli.title-empty"))
    }
  }

  var isAddress: Bool {
    let lower = page.lowercased()
    return lower.hasPrefix("http://") || lower.hasPrefix("https://")
  }

  func run() throws {
    guard FileManager.default.fileExists(atPath: source.path + "/vita.yml") else {
      printError(CLI.messages.text("cli.no-site", ["path": source.path]))
      throw ExitCode(2)
    }
    let (bytes, format, address) = try read()
    let drafts: [PostingDraft]
    do {
      drafts = try JobPage.postings(in: bytes, format: format, address: address)
    } catch {
      printError("\(page): \(error.description)")
      throw ExitCode(1)
    }
    var draft = try choose(from: drafts)
    if let title { draft.title = title.trimmingCharacters(in: .whitespaces) }
    guard draft.title != nil else {
      printError(CLI.messages.text("cli.job-no-title", ["page": page]))
      throw ExitCode(1)
    }
    let slug = slug ?? draft.slug
    guard !slug.isEmpty else {
      printError(CLI.messages.text("cli.job-title-no-letters"))
      throw ExitCode(64)
    }
    let path = "content/jobs/\(slug).md"
    for existing in [path, "content/jobs/\(slug).json"]
    where FileManager.default.fileExists(atPath: source.path + "/" + existing) {
      printError(CLI.messages.text("cli.job-exists", ["path": existing]))
      throw ExitCode(2)
    }
    do {
      guard try Scaffold(folder: source.path).write([(path, draft.fileText)]).written == [path] else {
        printError(CLI.messages.text("cli.job-exists", ["path": path]))
        throw ExitCode(2)
      }
    } catch let failure as Scaffold.Failure {
      printError(failure.description)
      throw ExitCode(2)
    }
    let from =
      switch draft.origin {
      case .structuredData: "from the page's JobPosting data"
      case .mainText: "from the page's main text"
      case .text: "from the text of \(URL(fileURLWithPath: page).lastPathComponent)"
      }
    print("Added \(path) \(from).")
    var notes = draft.notes
    if let deadline = draft.deadline, deadline < PartialDate.today {
      notes.append("its deadline, \(deadline), has passed")
    }
    for note in notes { FileHandle.standardError.write(Data("note: \(note)\n".utf8)) }
    try printReport(slug: slug)
  }

  /// The page's or the file's bytes, what they are, and the address they came from.
  func read() throws -> (bytes: [UInt8], format: JobPage.Format, address: String?) {
    guard isAddress else {
      guard let data = FileManager.default.contents(atPath: page) else {
        printError(CLI.messages.text("cli.cannot-read", ["file": page]))
        throw ExitCode(1)
      }
      let suffix = URL(fileURLWithPath: page).pathExtension.lowercased()
      let format: JobPage.Format =
        ["html", "htm", "xhtml", "shtml"].contains(suffix)
        ? .html : ["md", "markdown", "txt", "text"].contains(suffix) ? .text : .unknown
      return (Array(data), format, nil)
    }
    guard let curl = ExternalLinks.findCurl() else {
      printError(
        "vita job add fetches a page through the curl command, which is not installed (Debian: apt-get install curl); or save the page from your browser and add its file"
      )
      throw ExitCode(2)
    }
    guard let fetched = ExternalLinks.page(at: page, curl: curl) else {
      printError(CLI.messages.text("cli.page-no-answer", ["page": page]))
      throw ExitCode(1)
    }
    guard (200..<300).contains(fetched.status) else {
      // Refusals: unauthorised, forbidden, too many requests, and LinkedIn's own 999.
      let refused = [401, 403, 405, 429, 451, 999].contains(fetched.status)
      printError(
        refused
          ? "\(page) answered \(fetched.status): many job boards refuse requests that do not come from a browser. Save the page from your browser (\"Webpage, HTML only\") and add its file"
          : "\(page) answered \(fetched.status); check the address, or save the page from your browser and add its file"
      )
      throw ExitCode(1)
    }
    guard fetched.body.count < ExternalLinks.largestPage else {
      printError(
        "\(page) is over \(ExternalLinks.largestPage >> 20) MiB; save the page from your browser and add its file")
      throw ExitCode(1)
    }
    let type = fetched.contentType.lowercased()
    let format: JobPage.Format =
      type.contains("html") ? .html : type.hasPrefix("text/plain") || type.contains("markdown") ? .text : .unknown
    return (fetched.body, format, fetched.address.isEmpty ? page : fetched.address)
  }

  /// The posting `--index` names, or the only one.
  func choose(from drafts: [PostingDraft]) throws -> PostingDraft {
    if let index {
      guard index <= drafts.count else {
        printError("--index \(index): \(page) holds \(drafts.count) job posting\(drafts.count == 1 ? "" : "s")")
        throw ExitCode(64)
      }
      return drafts[index - 1]
    }
    guard drafts.count == 1 else {
      let choices = drafts.enumerated().map { number, draft in
        let company = draft.company.map { ", \($0)" } ?? ""
        let location = draft.location.map { " (\($0))" } ?? ""
        return "  \(number + 1). \(draft.title ?? "(no title)")\(company)\(location)"
      }
      printError("\(page) holds \(drafts.count) job postings; choose one with --index N:", choices)
      throw ExitCode(64)
    }
    return drafts[0]
  }

  /// The match report of the new posting, as `vita tailor` prints it.
  func printReport(slug: String) throws {
    let loaded = SiteLoader(today: .today).load(from: source.path)
    guard let site = loaded.site, let posting = site.jobs.first(where: { $0.slug == slug }) else {
      DiagnosticPrinter.print(loaded.errors, format: .text)
      printError(
        CLI.messages.text(
          "cli.posting-written-site-errors", ["summary": DiagnosticPrinter.summary(loaded.diagnostics), "slug": slug]))
      throw ExitCode(1)
    }
    print("")
    print(TailorCommand.text(Tailor(site: site, postings: [posting]).tailor(posting), site: site))
  }
}
