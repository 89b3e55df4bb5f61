import Foundation
import Testing
import VitaCore

@testable import VitaSite

/// Script in every value a person writes, through the loader and every renderer: no page, chart,
/// attribute or JSON-LD block may carry it as markup.
@Suite struct HostileContentTests {
  /// Values that try to leave their context, each with the bytes that must never appear in the output.
  static let payloads: [(value: String, forbidden: String)] = [
    ("<script>alert(1)</script>", "<script>alert"),
    ("\"><img src=x onerror=alert(2)>", "<img src=x"),
    ("\" onmouseover=\"alert(3)", "\" onmouseover="),
    ("x\"\u{301} onfocus=alert(4) autofocus x=\"", "\"\u{301} onfocus="),
    ("<\u{301}svg onload=alert(5)>", "<\u{301}svg"),
    ("'><svg onload=alert(6)>", "<svg onload"),
    ("</script><script>alert(7)</script>", "<script>alert(7)"),
    ("\u{2028}</title><style>*{}</style>", "<style>*"),
  ]

  static func yaml(_ value: String) -> String {
    var quoted = "\""
    for scalar in value.unicodeScalars {
      switch scalar {
      case "\"": quoted += "\\\""
      case "\\": quoted += "\\\\"
      case _ where scalar.value > 0x7E: quoted += String(format: "\\u%04X", scalar.value)
      default: quoted.unicodeScalars.append(scalar)
      }
    }
    return quoted + "\""
  }

  /// A site where every text field holds payload `index` (person, experience, posting, about.md).
  static func files(_ index: Int) -> [String: String] {
    let value = yaml(payloads[index].value)
    let raw = payloads[index].value
    return [
      "/s/vita.yml": """
      title: \(value)
      base_url: https://budi.example.com/
      person:
        name: \(value)
        headline: \(value)
        location: \(value)
        email: \(value)
        phone: \(value)
        summary: \(value)
        links: [{label: \(value), url: "https://example.com/?q=\\"><script>alert(9)</script>"}]
      skills: [{name: \(value), keywords: [\(value), SQL]}]
      languages: [{language: \(value), fluency: \(value)}]
      goals: [\(value)]
      """,
      "/s/content/about.md": "\(raw)\n\n[x](javascript:alert(10)) <a href=\"javascript:alert(11)\">y</a>\n",
      "/s/content/experiences/hostile.md": """
      ---
      title: \(value)
      kind: education
      organization: \(value)
      location: \(value)
      start: 2024-01
      skills: [\(value), SQL]
      highlights:
        - \(yaml(raw + " with SQL [x](javascript:alert(12))"))
        - \(yaml(raw + " <img src=y onerror=alert(13)>"))
      links: [{label: \(value), url: "https://example.com/\(raw.contains("\"") ? "q" : "p")"}]
      star: {situation: \(value), task: \(value), action: \(yaml(raw + " with SQL")), result: \(value)}
      degree: \(value)
      area: \(value)
      score: \(value)
      ---
      \(raw)

      [x](javascript:alert(14)) ![y](javascript:alert(15))
      """,
      "/s/content/experiences/cert.md": """
      ---
      title: \(value)
      kind: certification
      organization: \(value)
      start: 2023-01
      skills: [SQL]
      ---
      """,
      "/s/content/jobs/published.md": """
      ---
      title: \(value)
      company: \(value)
      url: https://acme.example/jobs/42
      keywords: [SQL, \(value)]
      must_have: [\(value)]
      publish: true
      ---
      \(raw) We need SQL.
      """,
    ]
  }

  static func build(_ index: Int) throws -> (site: OutputFiles, applications: OutputFiles) {
    let loaded = SiteLoader(files: .memory(files(index))).load(from: "/s")
    let site = try #require(loaded.site, "\(loaded.errors)")
    var renderer = SiteRenderer(site: site, theme: defaultTheme)
    renderer.today = PartialDate(year: 2026, month: 1)
    var output = try renderer.render()
    let applications = try Build.renderApplications(
      Build.tailor(site: site, jobs: site.jobs), site: site, theme: defaultTheme, publishInto: &output, complete: true)
    return (output, applications)
  }

  @Test(arguments: payloads.indices)
  func noValueBecomesMarkupOnAnyPage(index: Int) throws {
    let (site, applications) = try Self.build(index)
    let forbidden = Data(Self.payloads[index].forbidden.utf8)
    var checked: Set<String> = []
    for (folder, files) in [("public", site), ("applications", applications)] {
      for (path, bytes) in files.files where [".html", ".xml", ".svg"].contains(where: path.hasSuffix) {
        checked.insert(folder + "/" + path)
        // The JSON-LD block is checked on its own below: a `\"` inside a JSON string is not markup.
        let data = Self.withoutJSONLD(bytes)
        if let range = data.range(of: forbidden) {
          let context = String(
            decoding: data[max(range.lowerBound - 80, 0)..<min(range.upperBound + 40, data.count)], as: UTF8.self)
          Issue.record("payload \(index) unescaped in \(folder)/\(path): …\(context)…")
        }
        let html = String(decoding: data, as: UTF8.self).lowercased()
        #expect(!html.contains("href=\"javascript:"), "a javascript: link in \(folder)/\(path)")
        #expect(!html.contains("src=\"javascript:"), "a javascript: source in \(folder)/\(path)")
        #expect(!html.contains("<img src=y"), "raw HTML from a highlight in \(folder)/\(path)")
      }
    }
    for page in [
      "public/index.html", "public/experiences/hostile/index.html", "public/cv/index.html", "public/404.html",
      "public/cv/published/index.html", "public/sitemap.xml", "applications/index.html",
      "applications/published/index.html", "applications/published/report.html",
      "applications/published/interview.html",
    ] {
      #expect(checked.contains(page), "\(page) was not rendered")
    }
    let home = text(site, "index.html")
    #expect(home.contains("<svg class=\"chart chart-timeline\""), "the timeline chart is on the page checked")
    #expect(home.contains("<svg class=\"chart chart-skills\""), "the skills chart is on the page checked")
  }

  static func withoutJSONLD(_ data: Data) -> Data {
    let open = Data("<script type=\"application/ld+json\">".utf8)
    guard let start = data.range(of: open),
      let end = data.range(of: Data("</script>".utf8), in: start.upperBound..<data.count)
    else { return data }
    return data[..<start.lowerBound] + data[end.upperBound...]
  }

  @Test(arguments: payloads.indices)
  func jsonLDCannotEndItsScriptElement(index: Int) throws {
    let home = text(try Self.build(index).site, "index.html")
    let start = try #require(home.range(of: "<script type=\"application/ld+json\">"))
    let end = try #require(home.range(of: "</script>", range: start.upperBound..<home.endIndex))
    let json = home[start.upperBound..<end.lowerBound]
    #expect(!json.contains("<"), "JSON-LD holds a '<'")
    #expect(!json.unicodeScalars.contains("\u{2028}"))
    let decoded = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
    #expect(decoded?["name"] as? String == Self.payloads[index].value, "the escapes mean the same text")
  }

  @Test func rawHTMLPassesOnlyWhenTheSiteAllowsIt() throws {
    var files = Self.files(1)
    files["/s/vita.yml", default: ""] += "\nmarkdown: {unsafe_html: true}\n"
    let site = try #require(SiteLoader(files: .memory(files)).load(from: "/s").site)
    let output = try SiteRenderer(site: site, theme: defaultTheme).render()
    let page = text(output, "experiences/hostile/index.html")
    #expect(page.contains("<img src=\"x\">"), "the body's raw HTML is kept, as asked, through the allowlist")
    #expect(
      !page.contains("onerror=alert(2)>") && !page.contains("onerror=\"alert"),
      "an event handler is no attribute the allowlist keeps")
    #expect(!page.contains("<script>alert"), "the allowlist removes <script>, <iframe> and the like")
    #expect(!page.contains("href=\"javascript:"), "a Markdown link is still limited to safe schemes")
    #expect(!page.contains("<h1>\"><img"), "front matter is still escaped")
  }
}
