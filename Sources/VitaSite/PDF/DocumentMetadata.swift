import VitaCore

extension PDFMetadata {
  /// The general CV's: "Name — CV", the headline as its subject, the person's skills as keywords.
  static func generalCV(of site: Site) -> PDFMetadata {
    let strings = Strings(site.config.language)
    let person = site.config.person
    return PDFMetadata(
      title: "\(person.name) — \(strings.curriculumVitae)", author: person.name,
      subject: person.headline ?? strings.curriculumVitae, keywords: site.config.skills.flatMap(\.keywords),
      language: site.config.language.rawValue)
  }

  /// A tailored CV's: "Name — Job title at Company", the terms it matched as keywords.
  static func tailoredCV(_ tailoring: Tailoring, of site: Site) -> PDFMetadata {
    let language = tailoring.job.language ?? site.config.language
    let strings = Strings(language)
    let role = strings.role(tailoring.job.title, at: tailoring.job.company)
    let name = site.config.person.name
    return PDFMetadata(
      title: "\(name) — \(role)", author: name, subject: strings.cvFor(role), keywords: tailoring.report.matched,
      language: language.rawValue)
  }

  /// A cover letter's: as its CV's, with the letter as its subject.
  static func letter(_ tailoring: Tailoring, of site: Site) -> PDFMetadata {
    var metadata = tailoredCV(tailoring, of: site)
    let strings = Strings(tailoring.job.language ?? site.config.language)
    metadata.subject = strings.letterFor(strings.role(tailoring.job.title, at: tailoring.job.company))
    return metadata
  }
}
