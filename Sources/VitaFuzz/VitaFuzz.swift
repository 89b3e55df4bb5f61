import Foundation
import VitaCore
import VitaSite

/// One input of the fuzzer, run through the whole pipeline in memory: the bytes are read as a job
/// page (`vita job add`) and loaded as an experience file (and, when they name a `company`, as a
/// job posting), and a site that loads is reviewed, rendered, tailored and its applications rendered. Nothing is written; any crash, trap or
/// hang is a finding.
enum FuzzCase {
  static let root = "/fuzz"
  static let config = """
    title: Fuzz
    base_url: https://fuzz.example.com/
    person:
      name: Fuzz Tester
      email: fuzz@example.com
      phone: "+62 800"
      private: [phone]
    skills:
      - {name: Data, keywords: [SQL, Python]}
    """
  static let experience = """
    ---
    title: Data Intern
    kind: internship
    organization: Nusantara
    start: 2024-06
    end: 2024-08
    skills: [SQL, Python]
    highlights:
      - Cut reporting time by 15% with a **dashboard**
    star: {situation: s, task: t, action: a, result: r}
    ---
    Body with a [link](https://example.com).
    """
  static let job = """
    ---
    title: Junior Data Analyst
    company: Acme
    keywords: [SQL, dashboards]
    must_have: [SQL]
    ---
    We need SQL, Python and dashboards.
    """

  /// The default theme, from VITA_THEME_DIR or this repository's `templates/`.
  static let theme: Theme? = {
    let directory =
      ProcessInfo.processInfo.environment["VITA_THEME_DIR"]
      ?? URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("templates").path
    guard case .success(let theme) = Theme.load(directory: directory, overrides: nil) else { return nil }
    return theme
  }()

  static func files(_ contents: [String: Data]) -> FileIO {
    FileIO(
      read: { contents[$0] },
      list: { folder in
        let prefix = folder + "/"
        let names = contents.keys.filter { $0.hasPrefix(prefix) }.map { String($0.dropFirst(prefix.count)) }
          .filter { !$0.contains("/") }
        return names.isEmpty ? nil : names
      })
  }

  static func run(_ input: Data) {
    readAsJobPage(input)
    checkRawHTML(input)
    let text = { (string: String) in Data(string.utf8) }
    // As an experience, beside a posting to tailor against.
    load([
      root + "/vita.yml": text(config), root + "/content/experiences/fuzz.md": input,
      root + "/content/jobs/acme.md": text(job),
    ])
    // As a job posting, beside an experience; only for inputs that name a company, since tailoring is
    // the slow part and most experience-shaped inputs would load as a posting too.
    guard input.range(of: Data("company".utf8)) != nil else { return }
    load([
      root + "/vita.yml": text(config), root + "/content/experiences/intern.md": text(experience),
      root + "/content/jobs/fuzz.md": input,
    ])
  }

  static let iframeHosts = ["www.youtube-nocookie.com"]
  static let rawHTML = Markdown(allowsRawHTML: true, iframeHosts: iframeHosts)

  /// As Markdown with `unsafe_html: true`: the page may hold nothing the allowlist does not keep.
  static func checkRawHTML(_ input: Data) {
    let page = rawHTML.html(String(decoding: input, as: UTF8.self))
    let left = HTMLAllowlist(iframeHosts: iframeHosts).violations(in: page)
    precondition(left.isEmpty, "raw HTML kept what the allowlist does not allow: \(left)")
  }

  /// As `vita job add` reads a saved page or a text file: each posting it gives, written as its
  /// file, must load without an error; a trap here is a finding.
  static func readAsJobPage(_ input: Data) {
    guard let postings = try? JobPage.postings(in: Array(input), format: .unknown) else { return }
    for posting in postings.prefix(4) where posting.title != nil {
      let loaded = SiteLoader(
        files: files([
          root + "/vita.yml": Data(config.utf8), root + "/content/jobs/page.md": Data(posting.fileText.utf8),
        ])
      ).load(from: root)
      precondition(loaded.errors.isEmpty, "vita job add would write a posting that does not load: \(loaded.errors)")
    }
  }

  static func load(_ contents: [String: Data]) {
    let loaded = SiteLoader(files: files(contents), includeDrafts: true).load(from: root)
    guard let site = loaded.site, let theme else { return }
    _ = Review(site: site, today: PartialDate(year: 2026, month: 1)).findings()
    var renderer = SiteRenderer(site: site, theme: theme)
    renderer.today = PartialDate(year: 2026, month: 1)
    _ = try? renderer.render()
    // As a build tailors: with an index of what the postings look for.
    let tailor = Tailor(site: site, postings: site.jobs)
    for job in site.jobs {
      let tailoring = tailor.tailor(job)
      let applications = ApplicationRenderer(site: site, theme: theme, job: job)
      _ = try? applications.render(tailoring)
      _ = try? applications.renderPublished(tailoring)
    }
  }
}

#if VITA_FUZZ
  /// libFuzzer's entry point: `swift build -Xswiftc -sanitize=fuzzer,address -Xswiftc -DVITA_FUZZ` (`make fuzz`).
  @_cdecl("LLVMFuzzerTestOneInput")
  public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    FuzzCase.run(Data(bytes: data, count: size))
    return 0
  }

  /// Runs one good input before fuzzing, so that what is made once per process (the theme, cmark's
  /// extensions, Swift's metadata) is not taken for a leak of the first input.
  @_cdecl("LLVMFuzzerInitialize")
  public func fuzzInitialize(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>
  ) -> CInt {
    FuzzCase.run(Data(FuzzCase.experience.utf8))
    return 0
  }

  /// libFuzzer's own `main`, as a function to call.
  @_silgen_name("LLVMFuzzerRunDriver")
  func runFuzzerDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
  ) -> CInt

  /// SwiftPM links a debug executable with `main` defined as `<Target>_main` (so that tests can link
  /// the target), which would leave libFuzzer's `main` out: this hands over to libFuzzer's driver.
  @_cdecl("VitaFuzz_main")
  public func vitaFuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc
    var arguments = argv
    return runFuzzerDriver(&count, &arguments) { data, size in
      guard let data else { return 0 }
      return fuzz(data, size)
    }
  }
#else
  /// Without the fuzzer, runs each file named on the command line through the same code: a replay of findings.
  @main struct VitaFuzz {
    static func main() {
      guard FuzzCase.theme != nil else {
        FileHandle.standardError.write(Data("VitaFuzz: the default theme was not found; set VITA_THEME_DIR\n".utf8))
        exit(2)
      }
      for path in CommandLine.arguments.dropFirst() {
        guard let data = FileManager.default.contents(atPath: path) else {
          FileHandle.standardError.write(Data("VitaFuzz: cannot read \(path)\n".utf8))
          exit(2)
        }
        FuzzCase.run(data)
        print("ok \(path)")
      }
    }
  }
#endif
