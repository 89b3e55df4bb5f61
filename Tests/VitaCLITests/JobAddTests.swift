import Foundation
import Testing

/// `vita job add`: a posting from the page it is published on (saved, or fetched), or from a text file.
@Suite(.serialized) struct JobAddTests {
  static let pages = packageRoot + "/Tests/Fixtures/job-pages/"

  /// A site of one experience; the caller removes it.
  func site() throws -> String {
    try makeSiteFolder(["vita.yml": minimalConfig, "content/experiences/teacher.md": minimalExperience])
  }

  func file(_ path: String, in site: String) -> String? {
    FileManager.default.contents(atPath: site + "/" + path).map { String(decoding: $0, as: UTF8.self) }
  }

  func postings(in site: String) -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: site + "/content/jobs")) ?? []).sorted()
  }

  @Test func aJobPostingInAScriptTagBecomesAPostingFileAndItsMatchReport() throws {
    let site = try site()
    defer { try? FileManager.default.removeItem(atPath: site) }
    let run = try vita(["job", "add", Self.pages + "script-tag.html"], in: site)
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stdout.hasPrefix("Added content/jobs/acme-junior-data-analyst.md from the page's JobPosting data.\n"))
    // The match report, as `vita tailor` prints it.
    #expect(run.stdout.contains("Junior Data Analyst at Acme Corp: score "), "\(run.stdout)")
    #expect(run.stdout.contains("Requirements and the experiences that prove them:"))
    let text = try #require(file("content/jobs/acme-junior-data-analyst.md", in: site))
    #expect(
      text.hasPrefix(
        """
        ---
        title: Junior Data Analyst
        company: Acme Corp
        url: https://careers.acme.example/jobs/42
        language: en
        location: "Jakarta, DKI Jakarta, Indonesia"
        deadline: 2025-03-31
        # Read from the page's JobPosting data: posted 2025-03-01, full-time.
        # keywords: []     # terms to add to those found in the text
        # must_have: []    # weighted highest; a missing one is flagged
        ---
        ## About the role

        """), "\(text)")
    #expect(text.contains("### What you will do\n\n- Write SQL queries"))
    #expect(text.contains("\n  - weekly sales\n"), "nested lists stay nested")
    #expect(text.contains("### Requirements\n\n1. A degree in Statistics"))
    for leftover in ["<", "alert", "pixel", "iframe", "color: red", "gtag"] {
      #expect(!text.contains(leftover), "'\(leftover)' is left in the posting")
    }
    #expect(run.stderr.contains("note: its deadline, 2025-03-31, has passed"))
    // The file is a posting Vita reads without a finding.
    let check = try vita(["check", "--strict"], in: site)
    #expect(check.status == 0, "\(check.stderr)")
  }

  @Test func aJobPostingInAnAtGraphGivesTheCompanyItReferences() throws {
    let site = try site()
    defer { try? FileManager.default.removeItem(atPath: site) }
    let run = try vita(["job", "add", Self.pages + "graph.html"], in: site)
    #expect(run.status == 0, "\(run.stderr)")
    let text = try #require(file("content/jobs/maju-digital-magang-frontend-developer.md", in: site))
    for line in [
      "title: Magang Frontend Developer", "company: PT Maju Digital",
      "url: https://majudigital.example/karier/magang-frontend/", "language: id", "location: Remote (Indonesia)",
      "deadline: 2025-04-15", "# Read from the page's JobPosting data: posted 2025-02-10, internship, part-time.",
    ] {
      #expect(text.contains("\n" + line + "\n"), "no line '\(line)' in:\n\(text)")
    }
    #expect(text.contains("### Kualifikasi\n\n- Mahasiswa aktif jurusan Informatika atau Sistem Informasi\n"))
    #expect(run.stdout.contains("Magang Frontend Developer at PT Maju Digital: score "))
  }

  @Test func entitiesInTheDescriptionAreDecodedOnceAndTheHTMLRead() throws {
    let site = try site()
    defer { try? FileManager.default.removeItem(atPath: site) }
    let run = try vita(["job", "add", Self.pages + "entities.html"], in: site)
    #expect(run.status == 0, "\(run.stderr)")
    let text = try #require(file("content/jobs/sinar-jaya-staf-admin-keuangan.md", in: site))
    #expect(text.contains("\ntitle: Staf Admin & Keuangan\n"))
    #expect(text.contains("\nurl: https://www.jobboard.example/id/job/12345?ref=feed\n"), "from `saved from url`")
    #expect(
      text.hasSuffix(
        """
        ---
        **Deskripsi pekerjaan**

        Kami membuka lowongan untuk posisi Staf Admin & Keuangan di kantor Bandung.

        **Kualifikasi:**

        - Pendidikan minimal D3 Akuntansi
        - Menguasai Microsoft Excel (VLOOKUP, pivot table)
        - Teliti & jujur

        Gaji: Rp 4.500.000 – Rp 5.500.000

        """), "\(text)")
    #expect(!text.contains("&lt;") && !text.contains("&amp;") && !text.contains("track()"))
  }

  @Test func aPageWithoutJSONLDGivesItsMainTextAndSaysWhatToCheck() throws {
    let site = try site()
    defer { try? FileManager.default.removeItem(atPath: site) }
    let run = try vita(["job", "add", Self.pages + "no-json-ld.html"], in: site)
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stdout.hasPrefix("Added content/jobs/barista-trainee.md from the page's main text.\n"))
    #expect(run.stderr.contains("note: the page has no JobPosting data"), "\(run.stderr)")
    #expect(run.stderr.contains("check the title, that the text is the ad alone"))
    #expect(run.stderr.contains("add `company`"))
    let text = try #require(file("content/jobs/barista-trainee.md", in: site))
    #expect(text.hasPrefix("---\ntitle: Barista Trainee\nlanguage: en\n# Read from the page's main text"))
    #expect(text.contains("## What you'll do\n\n- Prepare espresso drinks"))
    #expect(text.contains("## Requirements\n\n- Friendly, on time"))
    for furniture in ["Stores", "cookies", "Other jobs", "Privacy", "querySelector", "<"] {
      #expect(!text.contains(furniture), "'\(furniture)' is not the ad")
    }
  }

  @Test func aPageWithTwoPostingsListsThemAndIndexTakesOne() throws {
    let site = try site()
    defer { try? FileManager.default.removeItem(atPath: site) }
    let page = Self.pages + "two-postings.html"
    let listed = try vita(["job", "add", page], in: site)
    #expect(listed.status == 64)
    #expect(listed.stderr.contains("holds 2 job postings; choose one with --index N:"), "\(listed.stderr)")
    #expect(listed.stderr.contains("  1. Junior Data Analyst, Acme Corp (Jakarta, Indonesia)\n"))
    #expect(listed.stderr.contains("  2. Data Engineer Intern, Acme Corp (Surabaya, Indonesia)\n"))
    #expect(postings(in: site).isEmpty, "nothing is written until one is chosen")

    let second = try vita(["job", "add", page, "--index", "2"], in: site)
    #expect(second.status == 0, "\(second.stderr)")
    let text = try #require(file("content/jobs/acme-data-engineer-intern.md", in: site))
    #expect(
      text.contains("\ntitle: Data Engineer Intern\n") && text.contains("\nurl: https://careers.acme.example/jobs/43\n")
    )
    #expect(text.contains("- Build data pipelines in Python and Airflow"))
    #expect(!text.contains("Junior Data Analyst"))

    let beyond = try vita(["job", "add", page, "--index", "3"], in: site)
    #expect(beyond.status == 64)
    #expect(beyond.stderr.contains("holds 2 job postings"))
  }

  @Test func anAddressIsFetchedWithCurl() throws {
    // A local server stands for the job board: `vita serve` of a site whose static/ holds the pages.
    let board = try makeSiteFolder([
      "vita.yml": minimalConfig, "content/experiences/teacher.md": minimalExperience,
      "static/jobs/12345.html": String(
        decoding: try Data(contentsOf: URL(fileURLWithPath: Self.pages + "entities.html")), as: UTF8.self),
    ])
    defer { try? FileManager.default.removeItem(atPath: board) }
    let server = try ServeProcess(["--source", board, "--port", "0"])
    defer { server.stop() }
    let base = try server.url()
    let site = try site()
    defer { try? FileManager.default.removeItem(atPath: site) }

    let run = try vita(["job", "add", base + "jobs/12345.html"], in: site)
    #expect(run.status == 0, "\(run.stderr)")
    let text = try #require(file("content/jobs/sinar-jaya-staf-admin-keuangan.md", in: site))
    #expect(text.contains("\nurl: \(base)jobs/12345.html\n"), "the address it was fetched from: \(text)")
    #expect(text.contains("- Menguasai Microsoft Excel (VLOOKUP, pivot table)"))

    let missing = try vita(["job", "add", base + "jobs/gone.html"], in: site)
    #expect(missing.status == 1)
    #expect(missing.stderr.contains("answered 404"), "\(missing.stderr)")
    let closed = try vita(["job", "add", "http://127.0.0.1:\(try HTTPPort.unused())/job"], in: site)
    #expect(closed.status == 1)
    #expect(closed.stderr.contains("did not answer") && closed.stderr.contains("save the page from your browser"))
    #expect(postings(in: site) == ["sinar-jaya-staf-admin-keuangan.md"])
  }

  @Test func withoutCurlAnAddressSaysWhatToInstall() throws {
    let site = try site()
    defer { try? FileManager.default.removeItem(atPath: site) }
    let empty = NSTemporaryDirectory() + "vita-no-curl-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: empty, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: empty) }
    let run = try vita(["job", "add", "https://jobs.example/1"], in: site, environment: ["PATH": empty])
    #expect(run.status == 2)
    #expect(run.stderr.contains("apt-get install curl"), "\(run.stderr)")
  }

  @Test func anExistingPostingIsNeverOverwritten() throws {
    let site = try site()
    defer { try? FileManager.default.removeItem(atPath: site) }
    let mine = "---\ntitle: My notes on this job\n---\nMine.\n"
    try FileManager.default.createDirectory(atPath: site + "/content/jobs", withIntermediateDirectories: true)
    try Data(mine.utf8).write(to: URL(fileURLWithPath: site + "/content/jobs/acme-junior-data-analyst.md"))
    let run = try vita(["job", "add", Self.pages + "script-tag.html"], in: site)
    #expect(run.status == 2)
    #expect(run.stderr.contains("content/jobs/acme-junior-data-analyst.md already exists"), "\(run.stderr)")
    #expect(run.stderr.contains("never overwrites") && run.stderr.contains("--slug"))
    #expect(file("content/jobs/acme-junior-data-analyst.md", in: site) == mine)

    // Nor is a JSON posting of the same slug shadowed.
    try Data("{\"title\": \"Analyst\"}".utf8).write(to: URL(fileURLWithPath: site + "/content/jobs/analyst.json"))
    let json = try vita(["job", "add", Self.pages + "script-tag.html", "--slug", "analyst"], in: site)
    #expect(json.status == 2)
    #expect(json.stderr.contains("content/jobs/analyst.json already exists"))

    let renamed = try vita(["job", "add", Self.pages + "script-tag.html", "--slug", "acme-analyst"], in: site)
    #expect(renamed.status == 0, "\(renamed.stderr)")
    #expect(postings(in: site) == ["acme-analyst.md", "acme-junior-data-analyst.md", "analyst.json"])
  }

  @Test func aPageThatIsNotAPostingIsRefusedClearly() throws {
    let site = try site()
    defer { try? FileManager.default.removeItem(atPath: site) }
    let run = try vita(["job", "add", Self.pages + "not-a-posting.html"], in: site)
    #expect(run.status == 1)
    #expect(
      run.stderr.contains(
        "not-a-posting.html: it does not look like a job posting: its structured data describes BlogPosting, Organization, not a JobPosting"
      ), "\(run.stderr)")
    #expect(run.stderr.contains("copy the ad's text into a .md file"))
    #expect(postings(in: site).isEmpty)
  }

  @Test func aTextFileIsTakenAsItIs() throws {
    let site = try site()
    defer { try? FileManager.default.removeItem(atPath: site) }
    let run = try vita(["job", "add", Self.pages + "posting.md"], in: site)
    #expect(run.status == 0, "\(run.stderr)")
    let original = String(
      decoding: try Data(contentsOf: URL(fileURLWithPath: Self.pages + "posting.md")), as: UTF8.self)
    let text = try #require(file("content/jobs/social-media-intern.md", in: site))
    #expect(text.hasPrefix("---\ntitle: Social Media Intern\nlanguage: en\n"))
    #expect(text.hasSuffix("---\n" + original), "the text as it is")
    #expect(run.stderr.contains("the title is the file's first line"))

    let notes = NSTemporaryDirectory() + "vita-ad-" + UUID().uuidString + ".txt"
    try Data("Dicari kasir\n\nKami mencari kasir yang teliti untuk toko kami di Solo.\n".utf8)
      .write(to: URL(fileURLWithPath: notes))
    defer { try? FileManager.default.removeItem(atPath: notes) }
    let titled = try vita(["job", "add", notes, "--title", "Kasir Toko Roti", "--slug", "kasir-solo"], in: site)
    #expect(titled.status == 0, "\(titled.stderr)")
    let kasir = try #require(file("content/jobs/kasir-solo.md", in: site))
    #expect(kasir.hasPrefix("---\ntitle: Kasir Toko Roti\nlanguage: id\n"))
    #expect(kasir.hasSuffix("---\nDicari kasir\n\nKami mencari kasir yang teliti untuk toko kami di Solo.\n"))
  }

  @Test func wrongUseIsRefusedWithAReason() throws {
    let site = try site()
    defer { try? FileManager.default.removeItem(atPath: site) }
    let page = Self.pages + "script-tag.html"
    let badSlug = try vita(["job", "add", page, "--slug", "Not A Slug"], in: site)
    #expect(badSlug.status == 64)
    #expect(badSlug.stderr.contains("'not-a-slug' is"), "\(badSlug.stderr)")
    #expect(try vita(["job", "add", page, "--index", "0"], in: site).status == 64)
    let unreadable = try vita(["job", "add", site + "/no-such-page.html"], in: site)
    #expect(unreadable.status == 1 && unreadable.stderr.contains("cannot read"))
    let outside = NSTemporaryDirectory() + "vita-no-site-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: outside, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: outside) }
    let noSite = try vita(["job", "add", page], in: outside)
    #expect(noSite.status == 2 && noSite.stderr.contains("vita init"))
    #expect(postings(in: site).isEmpty)
  }

  @Test func helpSaysHowToSaveAPage() throws {
    let help = try vita(["job", "add", "--help"])
    #expect(help.status == 0)
    // Read as one line: the help is wrapped to the terminal's width.
    let text = help.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    for words in ["Save Page As", "Webpage, HTML only", "JobPosting", "--index", "--slug", "--title", "never over"] {
      #expect(text.contains(words), "'\(words)' is not in the help:\n\(help.stdout)")
    }
    let readme = String(
      decoding: FileManager.default.contents(atPath: packageRoot + "/README.md") ?? Data(), as: UTF8.self)
    #expect(readme.contains("vita job add FILE|URL"))
  }
}
