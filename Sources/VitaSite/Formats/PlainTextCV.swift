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
    var lines: [String] = [person.name]
    if let headline = person.headline { lines.append(headline) }

    var contact: [String] = []
    if let location = person.location { contact.append("\(strings.location): \(location)") }
    if let email = person.email { contact.append("\(strings.email): \(email)") }
    if let phone = person.phone { contact.append("\(strings.phone): \(phone)") }
    if site.baseURL.hasPrefix("http") { contact.append("\(strings.portfolio): \(site.baseURL)") }
    contact += person.links.map { "\($0.label): \($0.url)" }
    if !contact.isEmpty { lines += [""] + contact }

    if let summary = person.summary {
      lines += ["", strings.summary.uppercased(), markdown.plainText(summary)]
    }
    for part in cv.parts {
      lines += ["", strings.heading(part.section).uppercased()]
      for entry in part.entries {
        let experience = entry.experience
        lines += ["", experience.title]
        let place = [experience.organization, experience.location].compactMap { $0 }
        if !place.isEmpty { lines.append(place.joined(separator: ", ")) }
        lines.append(dates.range(experience.start, experience.end, numeric: true))
        if let degree = degreeLine(experience, strings: strings) { lines.append(degree) }
        lines += entry.highlights.map { "- " + markdown.plainText($0.text) }
      }
    }
    if !cv.skills.isEmpty {
      lines += ["", strings.skills.uppercased(), cv.skills.joined(separator: ", ")]
    }
    if !cv.languages.isEmpty {
      let spoken = cv.languages.map { language in
        language.fluency.map { "\(language.language) (\($0))" } ?? language.language
      }
      lines += ["", strings.languages.uppercased(), spoken.joined(separator: ", ")]
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// "Bachelor of Science, Information Systems, GPA 3.72/4.00".
  static func degreeLine(_ experience: Experience, strings: Strings) -> String? {
    var parts = [experience.degree, experience.area].compactMap { $0 }
    if let score = experience.score { parts.append("\(strings.gpa) \(score)") }
    return parts.isEmpty ? nil : parts.joined(separator: ", ")
  }
}
