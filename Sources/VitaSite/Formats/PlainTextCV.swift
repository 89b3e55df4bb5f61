import VitaCore

/// A CV as plain text the way ATS vendors recommend: one column, standard headings, labelled
/// contact lines, dates as "06/2024" and highlights as "- " bullets with the Markdown removed.
public enum PlainTextCV {
  /// The text of `cv`, in the site's language; `site` gives the language and the portfolio's address.
  public static func render(_ cv: CVDocument, site: SiteConfig) -> String {
    let strings = Strings(site.language)
    let dates = DateStyle(site.language)
    let markdown = Markdown(allowsRawHTML: site.unsafeHTML)
    let person = cv.person
    // Each line is followed by a new line.
    var text = ""
    func line(_ line: String) {
      text += line
      text += "\n"
    }
    line(person.name)
    if let headline = person.headline { line(headline) }

    var contact: [String] = []
    if let location = person.location { contact.append("\(strings.location): \(location)") }
    if let email = person.email { contact.append("\(strings.email): \(email)") }
    if let phone = person.phone { contact.append("\(strings.phone): \(phone)") }
    if site.baseURL.hasPrefix("http") { contact.append("\(strings.portfolio): \(site.baseURL)") }
    contact += person.links.map { "\($0.label): \($0.url)" }
    if !contact.isEmpty {
      line("")
      contact.forEach(line)
    }

    if let summary = person.summary {
      line("")
      line(strings.summary.uppercased())
      line(markdown.plainText(summary))
    }
    func entry(_ entry: CVDocument.Entry) {
      line("")
      line(entry.experience.title)
      switch (entry.experience.organization, entry.experience.location) {
      case (let organization?, let location?): line(organization + ", " + location)
      case (let organization?, nil): line(organization)
      case (nil, let location?): line(location)
      case (nil, nil): break
      }
      line(dates.range(entry.experience.start, entry.experience.end, numeric: true))
      if let degree = degreeLine(entry.experience, strings: strings) { line(degree) }
      for highlight in entry.highlights {
        text += "- "
        line(markdown.plainText(highlight))
      }
    }
    for part in cv.parts {
      line("")
      line(strings.heading(part).uppercased())
      part.entries.forEach(entry)
    }
    if !cv.skills.isEmpty {
      line("")
      line(strings.skills.uppercased())
      line(cv.skills.joined(separator: ", "))
    }
    if !cv.languages.isEmpty {
      let spoken = cv.languages.map { language in
        language.fluency.map { "\(language.language) (\($0))" } ?? language.language
      }
      line("")
      line(strings.languages.uppercased())
      line(spoken.joined(separator: ", "))
    }
    return text
  }

  /// "Bachelor of Science, Information Systems, GPA 3.72/4.00".
  static func degreeLine(_ experience: Experience, strings: Strings) -> String? {
    var parts = [experience.degree, experience.area].compactMap { $0 }
    if let score = experience.score { parts.append(strings.labelledScore(score)) }
    return parts.isEmpty ? nil : parts.joined(separator: ", ")
  }
}
