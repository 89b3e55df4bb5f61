/// The text of a new experience file, as `vita new` writes it: front matter for the kind, with prompts.
public enum ExperienceTemplate {
  /// A new experience of `kind` called `title`, starting on `start`.
  ///
  /// Fields a kind requires are present; `organization` is left empty where it is required, so that
  /// `vita build` and `vita serve` point at the line until it is filled in.
  public static func text(kind: Kind, title: String, start: PartialDate) -> String {
    var lines = [
      "---",
      "title: \(yamlQuoted(title))" + padding(title) + "# \(titlePrompt(kind))",
      "kind: \(kind.rawValue)",
    ]
    if kind.organizationIsOptional {
      lines.append("# organization:                  # optional for a \(kind.rawValue): who ran it, if anyone")
    } else {
      lines.append("organization: \"\"                # required: \(organizationPrompt(kind))")
    }
    lines += [
      "# location: Jakarta (remote)",
      "start: \(start)" + String(repeating: " ", count: max(1, 23 - "\(start)".count))
        + "# YYYY, YYYY-MM or YYYY-MM-DD",
      "# end: \(start.year)-12                   # leave out, or write present, while it goes on",
    ]
    switch kind {
    case .internship:
      lines.append("mandatory: false                 # true if your curriculum required this internship")
    case .education:
      lines += [
        "degree: \"\"                       # e.g. Bachelor of Science",
        "area: \"\"                         # e.g. Information Systems",
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
      "# draft: true                      # kept out of the site until it is ready",
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
    var escaped = ""
    for character in text {
      switch character {
      case "\\": escaped += "\\\\"
      case "\"": escaped += "\\\""
      case "\n", "\r", "\t": escaped += " "
      default: escaped.append(character)
      }
    }
    return "\"" + escaped + "\""
  }

  private static func padding(_ title: String) -> String {
    String(repeating: " ", count: max(1, 27 - title.count))
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
