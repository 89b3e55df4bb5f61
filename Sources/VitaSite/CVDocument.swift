import VitaCore

/// A CV as content, before any format: the general CV and each tailored one are values of this.
public struct CVDocument: Sendable {
  /// One entry of a section: an experience with the highlights to show, in order.
  public struct Entry: Sendable {
    public var experience: Experience
    public var highlights: [Highlight]

    public init(experience: Experience, highlights: [Highlight]) {
      self.experience = experience
      self.highlights = highlights
    }
  }

  /// A titled section: one of the CV sections, holding entries newest first, or (nil) a tailored
  /// CV's opening "Relevant Experience", holding the entries most relevant to the posting in that order.
  public struct Part: Sendable {
    public var section: Section?
    public var entries: [Entry]
  }

  public var person: Person
  public var parts: [Part]
  /// The skills line; for a tailored CV the posting's spelling comes first.
  public var skills: [String]
  public var skillGroups: [SkillGroup]
  public var languages: [SpokenLanguage]
  /// Set for a tailored CV.
  public var job: JobPosting?

  /// Groups `entries` into sections in CV order, newest first within each.
  public init(
    person: Person, entries: [Entry], skills: [String], skillGroups: [SkillGroup], languages: [SpokenLanguage],
    job: JobPosting? = nil
  ) {
    self.person = person
    // Positions are grouped and sorted, and each entry is put once into its part.
    var grouped: [Section: [Int]] = [:]
    for index in entries.indices where entries[index].experience.visibility.isOnCV {
      grouped[entries[index].experience.kind.section, default: []].append(index)
    }
    parts = Section.allCases.compactMap { section in
      guard let members = grouped[section], !members.isEmpty else { return nil }
      let order = members.sorted { Experience.reverseChronological(entries[$0].experience, entries[$1].experience) }
      return Part(section: section, entries: order.map { entries[$0] })
    }
    self.skills = skills
    self.skillGroups = skillGroups
    self.languages = languages
    self.job = job
  }

  /// A tailored CV: the first `relevantCount` entries open it as its relevant section, in their
  /// order; the others follow in sections, as they come (the tailor orders them).
  public init(
    person: Person, tailoredEntries entries: [Entry], relevantCount: Int, skills: [String], skillGroups: [SkillGroup],
    languages: [SpokenLanguage], job: JobPosting
  ) {
    self.person = person
    let onCV = entries.filter { $0.experience.visibility.isOnCV }
    let leading = onCV.prefix(relevantCount)
    parts = leading.isEmpty ? [] : [Part(section: nil, entries: Array(leading))]
    for entry in onCV.dropFirst(leading.count) {
      let section = entry.experience.kind.section
      if let last = parts.last, last.section == section {
        parts[parts.count - 1].entries.append(entry)
      } else {
        parts.append(Part(section: section, entries: [entry]))
      }
    }
    self.skills = skills
    self.skillGroups = skillGroups
    self.languages = languages
    self.job = job
  }

  /// The general CV: every experience that may be on a CV, with all its highlights.
  public static func general(site: Site, person: Person) -> CVDocument {
    let experiences = site.experiences
    var entries: [Entry] = []
    var seen = Set<String>()
    var skills: [String] = []
    for name in site.config.skills.flatMap(\.keywords) where seen.insert(name.lowercased()).inserted {
      skills.append(name)
    }
    for index in experiences.indices where experiences[index].visibility.isOnCV {
      for name in experiences[index].skills where seen.insert(name.lowercased()).inserted {
        skills.append(name)
      }
      entries.append(Entry(experience: experiences[index], highlights: experiences[index].highlights))
    }
    return CVDocument(
      person: person, entries: entries, skills: skills, skillGroups: site.config.skills,
      languages: site.config.languages)
  }

  /// The slugs of the entries in the order the CV shows them.
  public var order: [String] { parts.flatMap { $0.entries.map(\.experience.slug) } }
}
