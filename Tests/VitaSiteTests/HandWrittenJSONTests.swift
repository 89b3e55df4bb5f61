import Foundation
import Testing
import VitaCore
import VitaEscaping

@testable import VitaSite

/// `resume.json` and the home page's JSON-LD are written by hand: they must be what JSONEncoder writes.
@Suite struct HandWrittenJSONTests {
  static let tricky =
    "quote \" backslash \\ slash / </script> tab \t line \n cr \r \u{08}\u{0C}\u{01}\u{1F}\u{7F} é 🙂 👩‍👩‍👧 "
    + "\u{2028}\u{2029} e\u{301} \"\u{301} <!-- & > '"

  static func encoded(_ value: some Encodable) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return try #require(String(data: try encoder.encode(value), encoding: .utf8))
  }

  /// A résumé with every field set to `text`, its lists holding `text` and one other string.
  static func full(_ text: String) -> JSONResume {
    let list = [text, "b/c"]
    var resume = JSONResume()
    resume.schema = JSONResume.schemaURL
    var basics = JSONResume.Basics()
    (basics.name, basics.label, basics.image, basics.email) = (text, text, text, text)
    (basics.phone, basics.url, basics.summary) = (text, text, text)
    var location = JSONResume.Location()
    (location.address, location.postalCode, location.city, location.countryCode, location.region) =
      (text, text, text, text, text)
    basics.location = location
    basics.profiles = [JSONResume.Profile(network: text, username: text, url: text), JSONResume.Profile()]
    resume.basics = basics
    var work = JSONResume.Work()
    (work.name, work.location, work.description, work.position, work.url) = (text, text, text, text, text)
    (work.startDate, work.endDate, work.summary, work.highlights) = (text, text, text, list)
    resume.work = [work, JSONResume.Work()]
    var volunteer = JSONResume.Volunteer()
    (volunteer.organization, volunteer.position, volunteer.url, volunteer.startDate) = (text, text, text, text)
    (volunteer.endDate, volunteer.summary, volunteer.highlights) = (text, text, list)
    resume.volunteer = [volunteer]
    var education = JSONResume.Education()
    (education.institution, education.url, education.area, education.studyType) = (text, text, text, text)
    (education.startDate, education.endDate, education.score) = (text, text, text)
    (education.courses, education.highlights) = (list, [])
    resume.education = [education]
    var award = JSONResume.Award()
    (award.title, award.date, award.awarder, award.summary) = (text, text, text, text)
    resume.awards = [award]
    var certificate = JSONResume.Certificate()
    (certificate.name, certificate.date, certificate.url, certificate.issuer) = (text, text, text, text)
    certificate.highlights = list
    resume.certificates = [certificate]
    var publication = JSONResume.Publication()
    (publication.name, publication.publisher, publication.releaseDate) = (text, text, text)
    (publication.url, publication.summary) = (text, text)
    resume.publications = [publication]
    resume.skills = [JSONResume.Skill(name: text, level: text, keywords: list), JSONResume.Skill(name: "x")]
    resume.languages = [JSONResume.Language(language: text, fluency: text), JSONResume.Language()]
    var interest = JSONResume.Interest()
    (interest.name, interest.keywords) = (text, list)
    resume.interests = [interest]
    var reference = JSONResume.Reference()
    (reference.name, reference.reference) = (text, text)
    resume.references = [reference]
    var project = JSONResume.Project()
    (project.name, project.description, project.startDate, project.endDate) = (text, text, text, text)
    (project.url, project.entity, project.type) = (text, text, text)
    (project.highlights, project.keywords, project.roles) = (list, list, list)
    resume.projects = [project]
    var meta = JSONResume.Meta()
    (meta.canonical, meta.version, meta.lastModified) = (text, text, text)
    resume.meta = meta
    return resume
  }

  @Test(arguments: [tricky, "", "plain", "/", "\\", "\"", "\u{0}", "🙂"])
  func resumeJSONIsWhatJSONEncoderWrites(text: String) throws {
    var sparse = JSONResume()
    sparse.basics = JSONResume.Basics()
    sparse.basics?.location = JSONResume.Location()
    sparse.meta = JSONResume.Meta()
    sparse.work = [JSONResume.Work()]
    for resume in [Self.full(text), JSONResume(), sparse] {
      #expect(JSONResumeExport.json(resume) == (try Self.encoded(resume)) + "\n")
    }
  }

  @Test(arguments: [tricky, "", "plain", "</script>"])
  func structuredDataIsWhatJSONEncoderWrites(text: String) throws {
    let thing = StructuredData.Thing(
      type: text, name: text, recognizedBy: StructuredData.Organization(type: text, name: text))
    let people = [
      StructuredData.PersonLD(
        context: text, type: text, name: text, jobTitle: text, description: text, url: text, sameAs: [text, "b"],
        alumniOf: [thing, StructuredData.Thing(type: "t", name: text)], knowsAbout: [text],
        hasCredential: [thing]),
      StructuredData.PersonLD(name: text),
    ]
    for person in people {
      #expect(StructuredData.json(person) == (try Self.encoded(person)))
    }
  }

  /// The whole documents of a site with hostile content are what they were with JSONEncoder.
  @Test func exportsOfAHostileSiteAreWhatJSONEncoderWrites() throws {
    let text = Self.tricky
    let experiences = Kind.allCases.enumerated().map { index, kind in
      Experience(
        slug: "e-\(index)", title: text, kind: kind, organization: index.isMultiple(of: 2) ? text : nil,
        location: text, start: PartialDate(year: 2020 + index % 3, month: 2), end: .on(PartialDate(year: 2024)),
        skills: [text, "SQL"], highlights: [Highlight(text: text, location: SourceLocation(file: "x"))],
        degree: text, area: text, score: text)
    }
    var config = SiteConfig(title: text, baseURL: "https://x.example/", person: Person(name: text))
    config.person.headline = text
    config.person.summary = text
    config.person.location = text + ", Indonesia"
    config.person.links = [Link(label: text, url: "https://x.example/" + text)]
    let site = Site(config: config, experiences: experiences, jobs: [])
    let cv = CVDocument.general(site: site, person: site.config.person.publicView)
    let resume = JSONResumeExport.resume(cv, site: site.config)
    #expect(JSONResumeExport.render(cv, site: site.config) == (try Self.encoded(resume)) + "\n")
    let person = StructuredData.personLD(cv, site: site.config)
    #expect(StructuredData.person(cv, site: site.config) == PrettyJSON.scriptSafe(try Self.encoded(person)))
  }
}
