import Foundation
import Testing

/// Each field `person.private` may name, alone, with a canary value: every trace it could leave in
/// `public/` (a file and its name, a link, JSON-LD, resume.json, cv.txt, Open Graph and the other meta
/// tags, the published CV of a posting) is looked for, by the real binary; and the same field, not
/// private, does leave those traces, so that the search is shown to find them.
@Suite(.serialized) struct PrivatePersonFieldTests {
  static let fields = ["headline", "location", "email", "phone", "photo", "links", "summary"]

  /// What each field is given: a canary that the search looks for, lower-cased.
  static let values = [
    "headline": "headline: Canary-headline analyst", "location": "location: Canary-location City",
    "email": "email: canary-email@example.com", "phone": "phone: \"+62 811 canary-phone\"",
    "photo": "photo: static/canary-photo.jpg",
    "links": "links:\n    - {label: Canary-links, url: https://example.com/canary-links}",
    "summary": "summary: Canary-summary finds stories in numbers.",
  ]

  static func site(privateField: String?) throws -> String {
    let person = fields.map { "  " + values[$0]! }.joined(separator: "\n")
    let config =
      "title: Budi\nbase_url: https://budi.example.com/\nperson:\n  name: Budi Santoso\n\(person)\n"
      + (privateField.map { "  private: [\($0)]\n" } ?? "")
    return try makeSiteFolder([
      "vita.yml": config, "content/experiences/teacher.md": minimalExperience,
      "static/canary-photo.jpg": "JPEG canary-photo bytes",
      "content/jobs/acme.md": "---\ntitle: Teacher\ncompany: Acme\npublish: true\n---\nWe need teaching.\n",
    ])
  }

  /// Where the field shows when it is public, by file: what the search must find.
  static func traces(of field: String) -> [String] {
    switch field {
    case "photo": ["canary-photo.jpg", "cv/resume.json"]
    case "headline", "summary": ["index.html", "cv/index.html", "cv/resume.json", "cv/cv.txt"]
    default: ["index.html", "cv/index.html", "cv/resume.json", "cv/cv.txt", "cv/acme/index.html"]
    }
  }

  func texts(_ folder: String) -> [String: String] {
    snapshot(folder).mapValues { String(decoding: $0, as: UTF8.self).lowercased() }
  }

  @Test(arguments: fields)
  func aPrivateFieldLeavesNoTraceInPublic(field: String) throws {
    let site = try Self.site(privateField: field)
    defer { try? FileManager.default.removeItem(atPath: site) }
    let run = try vita(["build", "--source", site])
    #expect(run.status == 0, "\(run.stderr)")
    let canary = "canary-" + field
    let published = texts(site + "/public")
    #expect(published["cv/acme/index.html"] != nil, "the published posting's CV is searched too")
    for (path, text) in published {
      #expect(!path.contains(canary), "a file named for the private \(field): public/\(path)")
      #expect(!text.contains(canary), "the private \(field) in public/\(path)")
    }
    // The traces named one by one, where each would be.
    let home = try #require(published["index.html"])
    for marker in ["application/ld+json", "og:description", "twitter:description", "name=\"description\""] {
      #expect(home.contains(marker), "the home page has its \(marker) to search")
    }
    let resume = try #require(published["cv/resume.json"])
    #expect(!resume.contains(canary) && !(field == "photo" && resume.contains("\"image\"")))

    // The tailored CV still has it.
    let applications = texts(site + "/applications")
    let tailored = [
      "acme/index.html", "acme/cv.txt", "acme/resume.json",
    ].compactMap { applications[$0] }.joined()
    #expect(tailored.contains(canary), "the tailored CV has the private \(field)")
    if field == "photo" {
      #expect(applications["assets/canary-photo.jpg"] == "jpeg canary-photo bytes", "the photo goes with the CVs")
      let tailoredResume = try #require(applications["acme/resume.json"])
      #expect(tailoredResume.contains("\"image\" : \"../assets/canary-photo.jpg\""), "\(tailoredResume)")
    }
  }

  /// The same site with nothing private: each trace the test above looks for is there to be found.
  @Test func aPublicFieldLeavesTheTracesTheSearchLooksFor() throws {
    let site = try Self.site(privateField: nil)
    defer { try? FileManager.default.removeItem(atPath: site) }
    let run = try vita(["build", "--source", site])
    #expect(run.status == 0, "\(run.stderr)")
    let published = texts(site + "/public")
    for field in Self.fields {
      for path in Self.traces(of: field) {
        let found =
          path.contains(".jpg") ? published[path] != nil : published[path]?.contains("canary-" + field) == true
        #expect(found, "public \(field) in public/\(path)")
      }
    }
    #expect(published["cv/resume.json"]?.contains("https://budi.example.com/canary-photo.jpg") == true)
    #expect(published["index.html"]?.contains("og:description\" content=\"canary-headline") == true)
  }
}
