import VitaEscaping

/// The text of a new experience file, as `vita new` writes it: front matter for the kind, with prompts.
public enum ExperienceTemplate {
  /// A new experience of `kind` called `title`: a draft, which builds and checks cleanly while its
  /// required fields are still empty, each named in a comment. `organization` and `start` are filled
  /// in where given.
  public static func text(kind: Kind, title: String, organization: String? = nil, start: PartialDate? = nil)
    -> String
  {
    var lines = [
      "---",
      "# A draft: `vita serve` shows it, `vita build` leaves it out, `vita check` notes what it lacks.",
      "# Fill in the fields marked required, then delete the `draft: true` line to publish it.",
      "draft: true",
      commented("title: \(yamlQuoted(title))", "required: \(titlePrompt(kind))"),
      commented("kind: \(kind.rawValue)", "required: one of the kinds in `vita new --help`"),
    ]
    if kind.organizationIsOptional {
      lines.append(
        organization.map { "organization: \(yamlQuoted($0))" }
          ?? "# organization:                  # optional for \(kind.withArticle): who ran it, if anyone")
    } else {
      let value = organization.map { " " + yamlQuoted($0) } ?? ""
      lines.append(
        commented("organization:\(value)", "required for \(kind.withArticle): \(organizationPrompt(kind))"))
    }
    lines += [
      "# location: Jakarta (remote)",
      commented("start:" + (start.map { " \($0)" } ?? ""), "required: YYYY, YYYY-MM or YYYY-MM-DD"),
      commented("# end: \(start.map { "\($0.year)" } ?? "2024")-12", "leave out, or write present, while it goes on"),
    ]
    switch kind {
    case .internship:
      lines.append(commented("mandatory: false", "true if your curriculum required this internship"))
    case .education:
      lines += [
        "degree:                          # e.g. Bachelor of Science",
        "area:                            # e.g. Information Systems",
        "# score: \"3.60/4.00\"               # GPA or final grade, if it helps",
      ]
    case .certification:
      lines.append("# links: [{label: Credential, url: https://example.com/verify/123}]")
    default:
      break
    }
    lines += [
      "# hours: 40                        # the effort you put in, shown on your portfolio",
      "skills: []                         # e.g. [SQL, Python, teamwork]: each links to this page",
      "highlights: []                     # Results, not tasks: start with a verb, add a number",
      "#   - \(highlightExample(kind))",
      "# links:",
      "#   - {label: Demo, url: https://example.com/demo}",
      "# featured: true                   # on the home page; add a STAR story below for interviews",
      "# visibility: public               # public | cv-only | private",
      "# star:                            # an interview story: Situation, Task, Action, Result",
      "#   situation: What was the problem, and for whom?",
      "#   task: What were you asked, or did you set out, to do?",
      "#   action: What did you do, yourself?",
      "#   result: What changed, in numbers where you can?",
      "reflection: \"\"                     # never published: what went well, what would you do differently?",
      "---",
      "The story, in Markdown, for this experience's own page: the problem, what you did, what changed.",
      "",
    ]
    return lines.joined(separator: "\n")
  }

  static func yamlQuoted(_ text: String) -> String {
    let escaped = text.replacingEach { character in
      switch character {
      case "\\": "\\\\"
      case "\"": "\\\""
      case "\n", "\r", "\t": " "
      default: nil
      }
    }
    return "\"" + escaped + "\""
  }

  /// `field` with `comment` after it, in the comments' column.
  private static func commented(_ field: String, _ comment: String) -> String {
    field + String(repeating: " ", count: max(1, 35 - field.count)) + "# " + comment
  }

  private static func titlePrompt(_ kind: Kind) -> String {
    switch kind {
    case .project: "the project's name, with what it is"
    case .course, .bootcamp: "the course's name"
    case .certification: "the certificate's name"
    case .competition: "the competition, and your place in it"
    case .education: "the degree or programme"
    default: "your role"
    }
  }

  private static func organizationPrompt(_ kind: Kind) -> String {
    switch kind {
    case .job, .internship, .partTime: "the company or institution"
    case .freelance: "the client, or Self-employed"
    case .volunteer: "the cause or organisation you helped"
    case .organization: "the club, society or community"
    case .competition: "who held it"
    case .bootcamp: "who ran it"
    case .certification: "who issued it"
    case .education: "the school or university"
    case .project, .course: "who ran it"
    }
  }

  private static func highlightExample(_ kind: Kind) -> String {
    switch kind {
    case .job, .internship, .partTime, .freelance: "Built a dashboard that cut weekly reporting time by 15%"
    case .project: "Launched an app that 120 students used in its first month"
    case .volunteer: "Taught 30 children to read in 6 months"
    case .organization: "Led a team of 8 that ran 4 workshops for 200 members"
    case .competition: "Won 2nd place among 45 teams with a churn model scoring 0.87 AUC"
    case .course, .bootcamp: "Completed 12 graded projects, including a SQL analysis of 1 million orders"
    case .certification: "Passed with a score of 920/1000"
    case .education: "Graduated with a GPA of 3.60/4.00, in the top 10% of 180 students"
    }
  }
}
