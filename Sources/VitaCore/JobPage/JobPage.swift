import Foundation

/// A job posting taken from the page it is published on, or from a text file, ready to become a
/// file in `content/jobs/` (`vita job add`).
public struct PostingDraft: Sendable, Hashable {
  /// Where the posting's fields came from.
  public enum Origin: Sendable, Hashable {
    /// The page's schema.org JobPosting data (JSON-LD), as job boards give it to search engines.
    case structuredData
    /// The page's main text: it has no JobPosting data.
    case mainText
    /// A text or Markdown file, taken as it is.
    case text
  }

  public var title: String?
  public var company: String?
  public var url: String?
  public var location: String?
  public var posted: PartialDate?
  public var deadline: PartialDate?
  /// As a person writes it: `full-time`, `internship`.
  public var employmentType: String?
  /// The posting's language, guessed from its words; nil where they do not tell.
  public var language: Language?
  /// The posting's text in Markdown.
  public var body: String
  public var origin: Origin
  /// What the person should check in the file, one sentence each.
  public var notes: [String] = []

  /// Company forms left out of a slug: `PT Maju Digital` gives `maju-digital-…`.
  static let companyForms: Set<String> = [
    "pt", "tbk", "cv", "persero", "inc", "ltd", "llc", "corp", "co", "gmbh", "pte", "plc",
  ]

  /// The file's slug: the company (without its legal form) and the title; empty when neither has
  /// a letter or digit Slug can keep.
  public var slug: String {
    let company = Slug.make(from: company ?? "").split(separator: "-").filter {
      !Self.companyForms.contains(String($0))
    }
    return Slug.make(from: (company.map(String.init) + [title ?? ""]).joined(separator: " "))
  }

  /// The whole file: front matter Vita reads, a comment on where it came from, and the text.
  public var fileText: String {
    var lines = ["---", "title: " + YAMLText.scalar(title ?? "")]
    if let company { lines.append("company: " + YAMLText.scalar(company)) }
    // An address the reader took has no spaces, so no `: ` or ` #`: plain YAML, as people write it.
    if let url { lines.append("url: " + (url.contains(where: \.isWhitespace) ? YAMLText.quoted(url) : url)) }
    if let language { lines.append("language: " + language.rawValue) }
    if let location { lines.append("location: " + YAMLText.scalar(location)) }
    if let deadline { lines.append("deadline: \(deadline)") }
    switch origin {
    case .structuredData:
      let details = [posted.map { "posted \($0)" }, employmentType].compactMap { $0 }
      lines.append(
        YAMLText.comment(
          "Read from the page's JobPosting data"
            + (details.isEmpty ? "." : ": " + details.joined(separator: ", ") + ".")))
    case .mainText:
      lines.append(
        YAMLText.comment(
          "Read from the page's main text (it has no JobPosting data): check the title, the company, and that the text below is the ad alone."
        ))
    case .text: break
    }
    lines += [
      "# keywords: []     # terms to add to those found in the text",
      "# must_have: []    # weighted highest; a missing one is flagged",
      "---",
    ]
    return lines.joined(separator: "\n") + "\n" + body + (body.hasSuffix("\n") ? "" : "\n")
  }
}

/// Reads job postings from pages saved from a browser, pages fetched from the web, and text files.
///
/// A page's JobPosting data (schema.org, in `<script type="application/ld+json">`, alone, in an
/// array or in an `@graph`) gives the title, the company, the location, the dates, the
/// employment type and the description, whose HTML becomes Markdown. A page without it gives its
/// main text, when that reads as a posting (Vita's posting reader finds duties or requirements in
/// it). Pure: bytes in, values out; libxml2 reads the HTML.
public enum JobPage {
  /// What kind of file the bytes are, where the caller knows.
  public enum Format: Sendable {
    case html, text
    /// Decided from the bytes: a file that opens with a tag is a page.
    case unknown
  }

  /// Why no posting could be read.
  public struct Failure: Error, Sendable, CustomStringConvertible {
    public var description: String
  }

  /// The postings in `bytes`: one for a text file or a page's main text, one or more for a page
  /// with JobPosting data. `address` is where a page was fetched from.
  public static func postings(in bytes: [UInt8], format: Format, address: String? = nil) throws(Failure)
    -> [PostingDraft]
  {
    let postings = try read(bytes, format: format, address: address)
    // Vita reads content files up to 4 MiB: a posting longer is no one ad.
    if postings.contains(where: { $0.fileText.utf8.count > TextFile.maximumSize }) {
      throw Failure(description: "its text is over \(TextFile.maximumSize >> 20) MiB, more than any one job ad")
    }
    // A posting file Vita would then refuse to load (a table of 5,000 columns, say) is not written.
    for posting in postings {
      if let finding = MarkdownLimits.check(posting.fileText) {
        throw Failure(description: "its text is more than a posting file may hold: \(finding.message)")
      }
    }
    return postings
  }

  static func read(_ bytes: [UInt8], format: Format, address: String?) throws(Failure) -> [PostingDraft] {
    var bytes = bytes
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
    guard bytes.contains(where: { !($0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09) }) else {
      throw Failure(description: "it is empty")
    }
    if bytes.contains(0) { throw Failure(description: "it is not a web page or a text file (it holds binary data)") }
    if isMHTML(bytes) {
      throw Failure(
        description:
          "it is a web archive (.mhtml, \"Webpage, Single File\"), which Vita does not read; save the page as \"Webpage, HTML only\" or \"Webpage, Complete\" instead"
      )
    }
    let isHTML =
      switch format {
      case .html: true
      case .text: false
      case .unknown: bytes.first { !($0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09) } == UInt8(ascii: "<")
      }
    if !isHTML {
      guard let text = String(validating: bytes, as: UTF8.self) else {
        throw Failure(description: "it is not UTF-8 text; save it as UTF-8")
      }
      return [textPosting(text, address: webAddress(address))]
    }
    guard let nodes = HTMLTree.parse(bytes) else { throw Failure(description: "it has no HTML to read") }
    let document = HTMLTree.document(nodes)
    let pageAddress = webAddress(address) ?? self.pageAddress(document)
    var types: [String] = []
    let found = structuredPostings(in: document, types: &types)
    if !found.isEmpty {
      return found.map { posting(from: $0, document: document, pageAddress: pageAddress) }
    }
    let draft = mainTextPosting(document, pageAddress: pageAddress)
    guard looksLikePosting(draft) else {
      let described =
        types.isEmpty
        ? "it has no JobPosting data"
        : "its structured data describes \(types.joined(separator: ", ")), not a JobPosting"
      throw Failure(
        description:
          "it does not look like a job posting: \(described), and its text names no duties or requirements. If it is one, copy the ad's text into a .md file and add that file"
      )
    }
    return [draft]
  }

  // MARK: Text files

  /// A text or Markdown file as it is; the title from its first line or heading.
  static func textPosting(_ text: String, address: String? = nil) -> PostingDraft {
    let body = text.replacingOccurrences(of: "\r\n", with: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
    let first = body.split(separator: "\n").first { !$0.trimmingCharacters(in: .whitespaces).isEmpty } ?? ""
    var title = first.trimmingCharacters(in: .whitespaces)
    if title.hasPrefix("#") {
      title = String(title.drop { $0 == "#" }.reversed().drop { $0 == "#" }.reversed())
    }
    title = HighlightRules.plainText(title).trimmingCharacters(in: .whitespaces)
    if title.count > 120 { title = String(title.prefix(120)).trimmingCharacters(in: .whitespaces) + "…" }
    let missing = address == nil ? "`company` and `url`" : "`company`"
    return PostingDraft(
      title: title.isEmpty ? nil : title, url: address, body: body + "\n", origin: .text,
      notes: ["the title is the file's first line: check it, and add \(missing)"]
    ).withLanguageGuessed()
  }

  // MARK: JobPosting data

  /// Every JobPosting object in the page's JSON-LD, in order, each once; `types` gets the types of
  /// the other objects found.
  static func structuredPostings(in document: HTMLElement, types: inout [String]) -> [[String: Any]] {
    let scripts = document.elements { element in
      element.name == "script"
        && element["type"]?.split(separator: ";").first?.trimmingCharacters(in: .whitespaces).lowercased()
          == "application/ld+json"
    }
    var found: [[String: Any]] = []
    var seen: Set<String> = []
    for script in scripts {
      guard let value = json(script.text) else { continue }
      var postings: [[String: Any]] = []
      collectPostings(in: value, into: &postings, types: &types)
      var nodes: [String: [String: Any]] = [:]
      collectNodes(in: value, into: &nodes)
      for var posting in postings {
        // In an @graph the company and the place are often references: {"@id": "…#organization"}.
        for key in ["hiringOrganization", "jobLocation"] {
          posting[key] = resolved(posting[key], nodes: nodes)
        }
        // The same posting given twice (in the head and in the body) is one posting.
        let key = [
          string(posting["title"]), organization(posting["hiringOrganization"]), string(posting["description"]),
        ]
        .map { $0 ?? "" }.joined(separator: "\u{1F}")
        if seen.insert(key).inserted { found.append(posting) }
      }
    }
    return found
  }

  /// A script's JSON; written with raw line breaks inside strings, as some sites do, too.
  static func json(_ text: String) -> Any? {
    var text = text.trimmingCharacters(in: .whitespacesAndNewlines)
    if text.hasPrefix("<!--") { text.removeFirst(4) }
    if text.hasSuffix("-->") { text.removeLast(3) }
    if let value = try? JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed]) {
      return value
    }
    var repaired = ""
    var inString = false
    var escaped = false
    for scalar in text.unicodeScalars {
      if inString, !escaped, scalar.value < 0x20 {
        repaired += String(format: "\\u%04x", scalar.value)
        continue
      }
      if inString, !escaped, scalar == "\\" {
        escaped = true
      } else {
        if scalar == "\"", !escaped { inString.toggle() }
        escaped = false
      }
      repaired.unicodeScalars.append(scalar)
    }
    return try? JSONSerialization.jsonObject(with: Data(repaired.utf8), options: [.fragmentsAllowed])
  }

  /// The JobPosting objects in `value`, wherever they are (in an array, an `@graph`, a page's
  /// `mainEntity`); `types` gets the types of the other objects at the top or in an `@graph`.
  static func collectPostings(
    in value: Any, into postings: inout [[String: Any]], types: inout [String], isTop: Bool = true
  ) {
    if let array = value as? [Any] {
      for item in array { collectPostings(in: item, into: &postings, types: &types, isTop: isTop) }
      return
    }
    guard let object = value as? [String: Any] else { return }
    let names = typeNames(object["@type"])
    if names.contains("JobPosting") {
      postings.append(object)
      return
    }
    if isTop { for name in names where !types.contains(name) { types.append(name) } }
    if let graph = object["@graph"] { collectPostings(in: graph, into: &postings, types: &types, isTop: isTop) }
    for key in object.keys.sorted() where key != "@graph" {
      if let inner = object[key], inner is [Any] || inner is [String: Any] {
        collectPostings(in: inner, into: &postings, types: &types, isTop: false)
      }
    }
  }

  /// Every object with an `@id` and more to say, by its `@id`.
  static func collectNodes(in value: Any, into nodes: inout [String: [String: Any]]) {
    if let array = value as? [Any] {
      for item in array { collectNodes(in: item, into: &nodes) }
    } else if let object = value as? [String: Any] {
      if let id = object["@id"] as? String, object.count > 1, nodes[id] == nil { nodes[id] = object }
      for inner in object.values { collectNodes(in: inner, into: &nodes) }
    }
  }

  /// `value` with references (`{"@id": …}` alone) replaced by the objects they name.
  static func resolved(_ value: Any?, nodes: [String: [String: Any]]) -> Any? {
    if let array = value as? [Any] { return array.map { resolved($0, nodes: nodes) ?? $0 } }
    if let object = value as? [String: Any], object.count == 1, let id = object["@id"] as? String {
      return nodes[id] ?? object
    }
    return value
  }

  /// `JobPosting`, `schema:JobPosting`, `https://schema.org/JobPosting`: the type's own name.
  static func typeNames(_ value: Any?) -> [String] {
    let values = (value as? [Any]) ?? (value.map { [$0] } ?? [])
    return values.compactMap { $0 as? String }.map { name in
      String(name.split(whereSeparator: { $0 == "/" || $0 == ":" || $0 == "#" }).last ?? Substring(name))
    }
  }

  static func posting(from object: [String: Any], document: HTMLElement, pageAddress: String?) -> PostingDraft {
    var description = string(object["description"]).map(markdown(fromHTML:)) ?? ""
    var notes: [String] = []
    let language = guessLanguage(description)
    // schema.org's JobPosting properties, each with its heading (`posting.section.<property>`).
    let sections = [
      "responsibilities", "qualifications", "skills", "experienceRequirements", "educationRequirements", "jobBenefits",
    ]
    let plainDescription = Inline.collapsed(HighlightRules.plainText(description))
    for section in sections {
      let items = texts(object[section]).map(markdown(fromHTML:))
        .filter { !plainDescription.contains(Inline.collapsed(HighlightRules.plainText($0))) }
      guard !items.isEmpty else { continue }
      let heading = "## " + (language ?? .en).messages.text("posting.section.\(section)")
      let text =
        items.count == 1 ? items[0] : items.map { "- " + $0.trimmingCharacters(in: .newlines) }.joined(separator: "\n")
      description += (description.isEmpty ? "" : "\n") + heading + "\n\n" + text
    }
    if description.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
      description = mainText(of: document).markdown
      notes.append(
        "the JobPosting data has no description, so the text is the page's main text: check that it is the ad alone")
    }
    let url = webAddress(string(object["url"])) ?? pageAddress
    if url == nil { notes.append("the page does not give its address: add `url`") }
    let named = { (text: String?) in text.map(plainText(fromHTML:)).flatMap { $0.isEmpty ? nil : $0 } }
    var draft = PostingDraft(
      title: named(string(object["title"])) ?? named(string(object["name"])),
      company: named(organization(object["hiringOrganization"])), url: url,
      location: location(of: object), posted: day(object["datePosted"]), deadline: day(object["validThrough"]),
      employmentType: employmentType(object["employmentType"]), body: description, origin: .structuredData,
      notes: notes)
    if draft.company == nil { draft.notes.append("the JobPosting data names no company: add `company`") }
    return draft.withLanguageGuessed()
  }

  static func organization(_ value: Any?) -> String? {
    if let name = string(value) { return name }
    if let object = value as? [String: Any] { return string(object["name"]) ?? string(object["legalName"]) }
    if let array = value as? [Any] { return array.lazy.compactMap(organization).first }
    return nil
  }

  /// The places of `jobLocation` (`Jakarta, DKI Jakarta, Indonesia`), and whether the job is remote.
  static func location(of posting: [String: Any]) -> String? {
    let values = (posting["jobLocation"] as? [Any]) ?? (posting["jobLocation"].map { [$0] } ?? [])
    var places: [String] = []
    for value in values {
      let place = value as? [String: Any]
      let address = place?["address"] ?? value
      var parts: [String] = []
      if let text = string(address) {
        parts = [text]
      } else if let fields = (address as? [String: Any]) ?? (address as? [Any])?.first as? [String: Any] {
        for key in ["addressLocality", "addressRegion", "addressCountry"] {
          var part = string(fields[key]) ?? (fields[key] as? [String: Any]).flatMap { string($0["name"]) }
          if key == "addressCountry", let code = part, code.count == 2, code.allSatisfy(\.isUppercase) {
            part = Locale(identifier: "en").localizedString(forRegionCode: code) ?? code
          }
          if let part, !parts.contains(part) { parts.append(part) }
        }
      }
      if parts.isEmpty, let name = place.flatMap({ string($0["name"]) }) { parts = [name] }
      let text = parts.map(plainText(fromHTML:)).joined(separator: ", ")
      if !text.isEmpty, !places.contains(text) { places.append(text) }
    }
    let remote = texts(posting["jobLocationType"]).contains { $0.uppercased() == "TELECOMMUTE" }
    guard remote else { return places.isEmpty ? nil : places.joined(separator: "; ") }
    if !places.isEmpty { return places.joined(separator: "; ") + " (remote)" }
    let countries = texts(posting["applicantLocationRequirements"])
    return countries.isEmpty ? "Remote" : "Remote (\(countries.joined(separator: ", ")))"
  }

  /// schema.org's employment types as a person writes them; any other value as it is.
  static func employmentType(_ value: Any?) -> String? {
    let names = [
      "FULL_TIME": "full-time", "PART_TIME": "part-time", "CONTRACTOR": "contract", "TEMPORARY": "temporary",
      "INTERN": "internship", "VOLUNTEER": "volunteer", "PER_DIEM": "per diem", "OTHER": "other",
    ]
    let types = texts(value).map {
      names[$0.uppercased().replacingOccurrences(of: "-", with: "_")] ?? plainText(fromHTML: $0)
    }
    return types.isEmpty ? nil : types.joined(separator: ", ")
  }

  /// The date of `2025-03-31` or `2025-03-31T23:59:59+07:00`; nil for anything else.
  static func day(_ value: Any?) -> PartialDate? {
    guard let text = string(value), text.count >= 10, let date = PartialDate(parsing: String(text.prefix(10))),
      date.day != nil
    else { return nil }
    return date
  }

  // MARK: Pages without JobPosting data

  /// The page's main text, and the title it gives.
  static func mainTextPosting(_ document: HTMLElement, pageAddress: String?) -> PostingDraft {
    let (root, markdown) = mainText(of: document)
    let meta = { (property: String) in
      document.elements { $0.name == "meta" && ($0["property"] ?? $0["name"])?.lowercased() == property }.first?[
        "content"]
    }
    let title = [root.first("h1")?.text, meta("og:title"), document.first("title")?.text]
      .compactMap { $0.map(Inline.collapsed) }.first { !$0.isEmpty }
    var notes = [
      "the page has no JobPosting data, so this is its main text: check the title, that the text is the ad alone (no menus, cookie notices or other ads), and add `company`"
    ]
    if pageAddress == nil { notes.append("the page does not give its address: add `url`") }
    return PostingDraft(title: title, url: pageAddress, body: markdown, origin: .mainText, notes: notes)
      .withLanguageGuessed()
  }

  /// The element holding the page's main text (`<main>`, else the element with `role="main"`, else
  /// the longest `<article>`, else `<body>`), and its text in Markdown without the page's furniture.
  static func mainText(of document: HTMLElement) -> (root: HTMLElement, markdown: String) {
    let root =
      document.first("main") ?? document.elements { $0["role"]?.lowercased() == "main" }.first
      ?? document.elements { $0.name == "article" }.max { $0.text.count < $1.text.count }
      ?? document.first("body") ?? document
    var converter = HTMLMarkdown()
    // A page's header is furniture; the header of its main part or article holds the ad's title.
    converter.furniture = HTMLMarkdown.pageFurniture
    if root.name != "body" && root.name != "#document" { converter.furniture.remove("header") }
    return (root, converter.markdown(root.children))
  }

  /// Whether Vita's posting reader finds what a posting says: duties or requirements.
  static func looksLikePosting(_ draft: PostingDraft) -> Bool {
    let job = JobPosting(slug: "page", title: draft.title ?? "", body: draft.body)
    let reader = PostingReader(vocabulary: .builtIn, data: .builtIn)
    return reader.lines(of: job).contains { [.requirements, .responsibilities, .nice].contains($0.part) }
  }

  /// Where a saved page came from: its canonical link, its `og:url`, or the address browsers
  /// write into a saved page (`<!-- saved from url=(0042)https://… -->`).
  static func pageAddress(_ document: HTMLElement) -> String? {
    let canonical = document.elements {
      $0.name == "link" && ($0["rel"] ?? "").lowercased().split(separator: " ").contains("canonical")
    }.first?["href"]
    let og = document.elements { $0.name == "meta" && $0["property"]?.lowercased() == "og:url" }.first?["content"]
    var saved: String?
    for case .comment(let text) in document.children {
      guard let marker = text.range(of: "saved from url=(") else { continue }
      let rest = text[marker.upperBound...]
      if let close = rest.firstIndex(of: ")") {
        saved = rest[rest.index(after: close)...].trimmingCharacters(in: .whitespacesAndNewlines)
      }
    }
    return [canonical, og, saved].lazy.compactMap(webAddress).first
  }

  /// `text` where it is an absolute http(s) address.
  static func webAddress(_ text: String?) -> String? {
    guard let text = text?.trimmingCharacters(in: .whitespacesAndNewlines) else { return nil }
    let lower = text.lowercased()
    guard lower.hasPrefix("https://") || lower.hasPrefix("http://"), text.count > 8, LinkPolicy.isAllowed(text),
      !text.contains(where: \.isWhitespace)
    else { return nil }
    return text
  }

  // MARK: HTML in JSON

  /// A description's HTML as Markdown. Some sites encode it once more (`&lt;p&gt;`): text that
  /// holds no tag is decoded and read again, twice at most. Text without tags keeps its lines.
  static func markdown(fromHTML html: String) -> String {
    var html = html
    for _ in 0..<3 {
      if holdsTags(html) { return HTMLMarkdown().markdown(HTMLTree.fragment(html)) }
      let decoded = HTMLTree.document(HTMLTree.fragment(html)).text
      if decoded == html || decoded.isEmpty { break }
      html = decoded
    }
    return HTMLMarkdown().markdown(plainText: html)
  }

  /// Text in a JSON-LD field, with its entities and any tags taken out.
  static func plainText(fromHTML text: String) -> String {
    guard text.contains("&") || text.contains("<") else { return Inline.collapsed(text) }
    var text = text
    for _ in 0..<2 where text.contains("&") || holdsTags(text) {
      text = HTMLTree.document(HTMLTree.fragment(text)).text
    }
    return Inline.collapsed(text)
  }

  /// Whether `text` holds a tag: `<` followed by a letter, `/` or `!`.
  static func holdsTags(_ text: String) -> Bool {
    var previous: Character?
    for character in text {
      if previous == "<", character.isASCII, character.isLetter || character == "/" || character == "!" { return true }
      previous = character
    }
    return false
  }

  static func string(_ value: Any?) -> String? {
    if let text = value as? String {
      let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
      return trimmed.isEmpty ? nil : trimmed
    }
    if let array = value as? [Any] { return array.lazy.compactMap { $0 as? String }.compactMap { string($0) }.first }
    return nil
  }

  /// Every text in a field: a string, a list of strings, or objects with a name or description.
  static func texts(_ value: Any?) -> [String] {
    let values = (value as? [Any]) ?? (value.map { [$0] } ?? [])
    return values.compactMap { item in
      if let text = string(item) { return text }
      guard let object = item as? [String: Any] else { return nil }
      return string(object["description"]) ?? string(object["name"]) ?? string(object["credentialCategory"])
    }
  }

  static func isMHTML(_ bytes: [UInt8]) -> Bool {
    let head = String(decoding: bytes.prefix(512), as: UTF8.self).lowercased()
    return head.hasPrefix("from:") || head.hasPrefix("mime-version:")
      || (head.contains("mime-version:") && head.contains("multipart/related"))
  }

  static func guessLanguage(_ markdown: String) -> Language? {
    HighlightRules.language(of: HighlightRules.words(HighlightRules.plainText(markdown)))
  }
}

extension PostingDraft {
  func withLanguageGuessed() -> PostingDraft {
    var draft = self
    draft.language = JobPage.guessLanguage((title ?? "") + "\n" + body)
    return draft
  }
}
