import Foundation

/// A job posting as a recruiter reads it: its parts told apart, what it asks for, and what
/// relevance looks for.
public struct PostingAnalysis: Sendable {
  /// A line or sentence of the posting, in the part it belongs to.
  public struct Line: Sendable, Hashable {
    public var text: String
    public var part: PostingPart
    /// The heading it stands under, as written.
    public var heading: String?
    public var isBullet: Bool
    /// It insists (must, required, wajib): its requirements weigh more.
    public var insists: Bool
    /// It welcomes newcomers without the experience it names ("fresh graduates considered").
    public var welcomesNewcomers: NewcomerWelcome?
    /// The words of the line the welcome speaks of: the clause (between commas) that welcomes
    /// and the clauses on either side of it.
    var welcomeReach = 0..<0
  }

  public var lines: [Line]
  /// Everything the posting asks for but soft skills: must-haves and keywords first, then in the
  /// posting's order.
  public var requirements: [Requirement]
  /// The soft skills it asks for: reported apart.
  public var softSkills: [Requirement]
  /// What relevance looks for: a word's keys or a concept, and how much it counts.
  var query: [QueryTerm]
}

/// One thing relevance looks for: any of `units` (a word's stems, or a concept as −1 − its
/// number), weighted.
struct QueryTerm: Sendable, Hashable {
  var units: [Int32]
  var weight: Double
  /// As the posting spells it, for `--explain`.
  var text: String
}

/// Reads postings: which part each line is in (data/posting/parts.tsv and cues.tsv), then the
/// requirements of the parts that ask for something. Pure: no files, no state but its tables.
struct PostingReader {
  let vocabulary: Vocabulary
  let data: TailoringData

  /// How much a line counts as a source of requirements, by its part; 0 reads no requirement.
  static func weight(of part: PostingPart, postingHasRequirementParts: Bool) -> Double {
    switch part {
    case .title, .requirements: 1.0
    case .frontMatter: 1.0
    case .responsibilities: 0.8
    case .nice: 0.5
    case .preamble, .role: postingHasRequirementParts ? 0 : 0.6
    case .about, .benefits, .apply, .other: 0
    }
  }

  /// How much a line's words count in relevance; an untitled line counts a little even where the
  /// posting has its requirements elsewhere.
  static func queryWeight(of part: PostingPart, postingHasRequirementParts: Bool) -> Double {
    switch part {
    case .preamble, .role: postingHasRequirementParts ? 0.3 : 0.6
    case .about: 0.2
    default: weight(of: part, postingHasRequirementParts: postingHasRequirementParts)
    }
  }

  /// How soon the weight of a term the posting says again and again stops growing, as k3 of
  /// Robertson's BM25: a term of weight w counts (k3 + 1)·w / (k3 + w), so 1 stays 1 and eight
  /// mentions count 2.9, not 8: an ad that says "food" in every line does not let the word alone
  /// lead its CV. `make eval` ranks better with any value from 1.5 to 6 than without.
  static let k3 = 3.0
  /// A line that insists weighs this much more.
  static let insistence = 1.5
  /// A must-have of the front matter weighs this much.
  static let mustHaveWeight = 2.0
  /// A level of education or a line naming nothing known counts this much of its line's weight.
  static let vagueShare = 0.5
  /// A known term counts this much more in relevance than a plain word; a soft skill this much.
  static let conceptBoost = 1.5
  static let softBoost = 0.3
  /// A language counts for relevance like a soft skill: nearly every entry of a person who speaks
  /// it could show it, so the entry that names it ("A-level English") proves little of the job.
  static let languageBoost = 0.3

  /// How much a known term of `kind` counts for relevance, beside a word the vocabulary does not know.
  static func boost(of kind: Requirement.Kind) -> Double {
    switch kind {
    case .soft: softBoost
    case .language: languageBoost
    default: conceptBoost
    }
  }

  // MARK: Parts

  /// The posting's body as lines, each in its part: headings open parts, bullets are lines,
  /// paragraphs are split into sentences, and cues move a sentence where it belongs.
  func lines(of job: JobPosting) -> [PostingAnalysis.Line] {
    let company = Set(job.company.map(TailoringData.foldedWords) ?? [])
    let title = TailoringData.foldedWords(job.title)
    let jobName = Self.name(ofTitle: job.title)
    var lines: [PostingAnalysis.Line] = []
    var part = PostingPart.preamble
    var heading: String?
    for block in blocks(of: job.body) {
      if !block.isBullet,
        let title = headingText(block.text)
          ?? (block.introducesList || block.isOutlineHeading ? Self.plain(block.text) : nil)
      {
        heading = title
        // A heading that names the job ("# Learning & Development Assistant") heads the board's
        // header lines ("Job ID: CRG-HR-2611 · Permanent"), not its duties; so does a page's
        // breadcrumb ("Beranda › Lowongan Drafter › Semarang"), and a heading that holds the job's
        // name beside details of the post ("MARINE RANGER (RENJER LAUT) – 2 positions"), which
        // would otherwise name the post's other details.
        let words = TailoringData.foldedWords(title)
        let namesJob = !jobName.isEmpty && words == jobName
        let holdsJob = jobName.count >= 2 && Self.contains(words, jobName)
        part =
          self.part(named: title, company: company).map { $0 == .other && holdsJob ? .preamble : $0 }
          ?? (namesJob || Self.isBreadcrumb(title) ? .preamble : .role)
        continue
      }
      var text = Self.plain(block.text)
      // A web page's footer ("© 2026 SD Al-Fikri · Jl. …") is the page's, not the posting's.
      if text.hasPrefix("©") {
        lines.append(PostingAnalysis.Line(text: text, part: .other, heading: heading, isBullet: false, insists: false))
        continue
      }
      // The title said again ("STAFF PERTANAHAN (LAND ACQUISITION)" under a page's breadcrumb) is
      // read once, as the title.
      if !block.isMarked, case let words = TailoringData.foldedWords(text), !words.isEmpty,
        words == title || words == jobName
      {
        lines.append(
          PostingAnalysis.Line(text: text, part: .other, heading: heading, isBullet: block.isBullet, insists: false))
        continue
      }
      var linePart = part
      // "Requirements: SQL, Excel" names its part and its content on one line; the lines after it
      // are in that part too, as after a heading. An item's label names its topic, not a part,
      // unless a part's name is most of it: "Perform contract abstraction: extract key terms …"
      // holds the "contract" of a job's type.
      if let colon = text.firstIndex(of: ":"),
        text[..<colon].split(separator: " ").count <= 4,
        let named = self.part(named: String(text[..<colon]), company: company),
        !block.isBullet || labelNamesAPart(String(text[..<colon]))
      {
        linePart = named
        part = named
        text = text[text.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        if text.isEmpty { continue }
      }
      var previous: PostingPart?
      let sentences =
        block.isBullet
        ? [text] : Self.sentences(text, startsPart: startsPart, isStopWord: data.stopWords.contains).flatMap(clauses)
      for var sentence in sentences {
        // A sentence may name its part as a line does: "… di Bandung. Kualifikasi yang kami cari:
        // lulusan S1 …" in a caption written as one paragraph.
        var namesItsPart = false
        if !block.isBullet, let colon = sentence.firstIndex(of: ":"),
          sentence[..<colon].split(separator: " ").count <= 4,
          let named = self.part(named: String(sentence[..<colon]), company: company)
        {
          (linePart, part, previous, namesItsPart) = (named, named, nil, true)
          sentence = sentence[sentence.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        let words = TailoringData.foldedWords(sentence)
        guard !words.isEmpty else { continue }
        // A job board's button or link copied with the ad ("Show more", "Laporkan lowongan ini"),
        // or its classification of the ad ("Kesehatan & Medis (Farmasi)").
        let joined = words.joined(separator: " ")
        let withoutAside =
          sentence.hasSuffix(")")
          ? TailoringData.foldedWords(String(sentence.prefix { $0 != "(" })).joined(separator: " ") : joined
        if data.boardLines.contains(joined) || data.boardLinePrefixes.contains(where: joined.hasPrefix)
          || data.boardClasses.contains(withoutAside)
        {
          lines.append(
            PostingAnalysis.Line(
              text: sentence, part: .other, heading: heading, isBullet: block.isBullet, insists: false))
          continue
        }
        // "Benefit yang kamu dapatkan antara lain …": the sentences after it are in that part too
        // (what comes after the pay is no requirement). One that opens with a part's name made its
        // topic ("Tugasnya pasang …", "Syarat kamu …") puts the rest of its paragraph in that part.
        if !namesItsPart, !block.isBullet, let named = self.part(startingWith: words) {
          if sentences.count > 1, [.benefits, .apply].contains(named) {
            (linePart, part, previous) = (named, named, nil)
          } else if Self.opensWithTopic(words) {
            (linePart, previous) = (named, nil)
            // A line of its own opens a list: the lines after it are in that part too, as under a
            // heading ("Tugasnya rekap …" / "Input data unit …"); a caption's paragraph does not.
            if sentences.count == 1 { part = named }
          }
        }
        // The job's title is a name, not a cue: "As a Graduate Analyst you'll …" asks for no graduate.
        // A preference in parentheses is the aside's own: "1 tahun di bidang digital marketing
        // (diutamakan agency)" still asks for the experience.
        // So is one in a later clause: "Law graduate (JD/LLB) — Bar examinees are welcome" and
        // "Fluent in Filipino and English; Cebuano is a plus" still ask for the degree and the
        // languages.
        var cueWords = Self.removing(title, from: words)
        if sentence.contains("("), has(.nice, in: cueWords) {
          let outside = TailoringData.foldedWords(Self.outsideParentheses(sentence))
          if !outside.isEmpty, !has(.nice, in: outside) { cueWords = outside }
        }
        if has(.nice, in: cueWords), let first = Self.clauses(of: sentence).first,
          case let opening = TailoringData.foldedWords(Self.outsideParentheses(first)),
          !opening.isEmpty, !has(.nice, in: opening)
        {
          cueWords = opening
        }
        let namesAContact = Self.namesAContact(sentence)
        var refined = refine(
          linePart, words: cueWords, isBullet: block.isBullet, isMarked: block.isMarked, company: company,
          namesAContact: namesAContact,
          isTheJobsDuty: opensWithTheJobsDuty(words, title: title)
            || Self.afterOpeningPhrase(of: sentence).map {
              opensWithTheJobsDuty(TailoringData.foldedWords($0), title: title)
            } == true)
        // A sentence that says nothing of its own goes on as the one before it in the paragraph
        // ("You will plan and run events; grow our community on Discord; …").
        if refined == linePart, linePart == .preamble || linePart == .role, let previous { refined = previous }
        // A sentence on applying that ends in a colon introduces how: "Kirim CV ke WA dengan
        // format:" / "SURVEYOR SKM_Nama_Domisili".
        // So does an item that says where to send the application ("Send your CV to jobs@… or
        // WhatsApp 016-552 0918"): what follows it in the list is how to apply, not a requirement.
        if refined == .apply, sentence.hasSuffix(":") || (block.isBullet && namesAContact) { part = .apply }
        previous = refined
        let welcome = welcome(in: sentence, words: words)
        lines.append(
          PostingAnalysis.Line(
            text: sentence, part: refined, heading: heading, isBullet: block.isBullet,
            insists: refined != .nice && has(.must, in: words),
            welcomesNewcomers: welcome?.welcome, welcomeReach: welcome?.reach ?? 0..<0))
      }
    }
    return lines
  }

  /// The body's blocks: headings, list items and paragraphs, each on one line. A line that is
  /// neither a heading nor an item goes on the block before it, as Markdown wraps paragraphs and
  /// items; a blank line ends a block.
  func blocks(of body: String) -> [Block] {
    var blocks: [Block] = []
    var open = false
    var previous = ""
    // Whether the lines since the last heading or blank line are items written one a line.
    var inList = false
    var linesInBlock = 0
    let rawLines = body.split(separator: "\n", omittingEmptySubsequences: false)
    for (number, raw) in rawLines.enumerated() {
      var text = raw.trimmingCharacters(in: .whitespaces)
      defer { previous = text }
      if text.isEmpty {
        open = false
        inList = false
        continue
      }
      var (isBullet, unmarked) = Self.withoutBulletMarker(text)
      // A part's name under a capital letter or a Roman numeral ("A. Tugas Pokok", "II.
      // Kualifikasi") is a heading of an outline, not an item.
      // So is a section's title in capitals there that holds a part's name, as a public notice
      // heads its sections: "III. PERSYARATAN KHUSUS TFL TEKNIK", "IV. HONORARIUM DAN FASILITAS".
      var isOutlineHeading = false
      if let heading = Self.afterOutlineMarker(text) {
        if headingText(heading) != nil {
          (isBullet, unmarked, text) = (false, heading, heading)
        } else if Self.isSectionTitle(heading), part(named: heading, company: []) != nil {
          (isBullet, unmarked, text, isOutlineHeading) = (false, heading, heading, true)
        }
      }
      // So is a part's name numbered as an item, unless the next line is the next item: "2.
      // Requirements" over "2.1 Degree in …" or over a paragraph, not "2. Experience" over "3. Excel".
      if isBullet, headingText(unmarked) != nil, let marker = Int(text.prefix(while: \.isNumber)) {
        let next = rawLines[(number + 1)...].lazy.map { $0.trimmingCharacters(in: .whitespaces) }.first { !$0.isEmpty }
        if !(next.map { ["\(marker + 1).", "\(marker + 1))"].contains(where: $0.hasPrefix) } ?? false) {
          (isBullet, text) = (false, unmarked)
        }
      }
      // So is one in capitals or before a colon after an emoji: "📌 QUALIFICATION STANDARDS",
      // "📝 Job scope:".
      if isBullet, text.unicodeScalars.first?.properties.generalCategory == .otherSymbol,
        Self.isInCapitals(unmarked) || unmarked.hasSuffix(":"), headingText(unmarked) != nil
      {
        (isBullet, text) = (false, unmarked)
      }
      // A heading without marks ("Main duties", "What we are looking for") stands alone.
      // So does a line that opens with a part's name made its topic ("Tugasnya rekap progres …"):
      // the lines after it are its list's items, whatever their length.
      let afterHeading =
        blocks.last.map {
          $0.isOutlineHeading || ["#", "**", "__"].contains(where: $0.text.hasPrefix) || $0.text.hasSuffix(":")
            || (open && !$0.isBullet && (headingText($0.text) != nil || opensTopicList($0.text)))
        } ?? true
      let isHeading = !isBullet && (headingText(text) != nil || isOutlineHeading)
      let item = !afterHeading && !isHeading && isUnmarkedItem(text, after: previous, inList: inList)
      let startsBlock =
        isBullet || text.hasPrefix("#") || text.hasPrefix("**") || text.hasPrefix("__") || text.hasSuffix(":")
        || afterHeading || item || isHeading
      defer { linesInBlock += 1 }
      if open, !startsBlock {
        blocks[blocks.count - 1].text += " " + text
        inList = false
      } else {
        // Items of a list written one a line are list items, the first one too, unless they read
        // as sentences (a full stop ends the line before).
        let listed = item && !(previous.last.map { ".!?".contains($0) } ?? false)
        if listed, let last = blocks.indices.last, linesInBlock == 1, headingText(blocks[last].text) == nil,
          !blocks[last].text.hasSuffix(":")
        {
          blocks[last].isBullet = true
        }
        linesInBlock = 0
        blocks.append(
          Block(
            text: isBullet ? unmarked : text, isBullet: isBullet || listed, isMarked: isBullet, introducesList: false,
            isOutlineHeading: isOutlineHeading))
        // The first line under a heading may open a list written one a line: its items may be long.
        inList =
          item
          || (!blocks.dropLast().isEmpty && afterHeading && !isHeading && !isBullet
            && text.first.map { $0.isUppercase || $0.isNumber } == true)
      }
      open = true
    }
    // A short line without a full stop right before a list introduces it, as a heading does
    // ("What you'll learn and do", "Who we're looking for"), a question too ("Why Banksia Grove?").
    for index in blocks.indices.dropLast() where !blocks[index].isBullet && blocks[index + 1].isBullet {
      let text = blocks[index].text
      // Under a heading of details, a short line is its value ("Industries" / "Food and Beverage
      // Services"), not a heading.
      if index > 0, let above = headingText(blocks[index - 1].text),
        part(named: above, company: []).map({ !$0.asksForSomething }) == true
      {
        continue
      }
      blocks[index].introducesList =
        text.split(separator: " ").count <= 8 && !(text.last.map { ".!".contains($0) } ?? true)
    }
    return blocks
  }

  /// Whether a line is a web page's trail of links to where it stands: "Careers › Open roles ›
  /// Sustainability", "Home » Jobs".
  static func isBreadcrumb(_ line: String) -> Bool {
    line.split(whereSeparator: breadcrumbSeparators.contains).count >= 2
  }

  /// The marks a page's breadcrumb puts between its links.
  static let breadcrumbSeparators: Set<Character> = ["›", "»"]

  /// Whether a block opens with a part's name made its topic, alone on its line: "Tugasnya rekap
  /// progres …" opens the duties, one a line below it.
  func opensTopicList(_ text: String) -> Bool {
    let words = TailoringData.foldedWords(text)
    return Self.opensWithTopic(words) && part(startingWith: words) != nil
  }

  /// Whether `line` is the next item of a list written without markers, one item a line, as ads
  /// pasted from job boards are ("Wanita usia 20-30 tahun" / "Pendidikan min SMA/SMK"): the line
  /// before it ends no phrase half-way, and this one opens with a capital or a digit. The line
  /// before is short (under 70 characters), or of any length once such a list has begun or right
  /// under a heading: a paragraph wrapped by its writer runs its lines to the margin and stays one
  /// block, but a list of short lines has no margin, and a long item in it is still one item.
  func isUnmarkedItem(_ line: String, after previous: String, inList: Bool) -> Bool {
    guard inList || previous.count < 70, let first = line.first, first.isUppercase || first.isNumber,
      let last = previous.last, !",-–(&/".contains(last)
    else { return false }
    // A line that ends in a word that leaves a phrase open ("and", "dengan", "the") goes on.
    return TailoringData.foldedWords(previous).last.map { !words(.continues).contains($0) } ?? false
  }

  /// A heading, a list item or a paragraph of a posting's body, on one line.
  struct Block {
    var text: String
    var isBullet: Bool
    /// Whether its line has a list marker (-, *, •, 1.): an item read as one by its shape has none.
    var isMarked: Bool
    var introducesList: Bool
    /// Whether it is a section's title in capitals under an outline's numeral.
    var isOutlineHeading = false
  }

  /// The text of a heading line: a Markdown heading, a line all in bold, a short line ending in a
  /// colon, or a few words that name a part. Nil for any other line.
  func headingText(_ line: String) -> String? {
    if line.hasPrefix("#") {
      return line.drop { $0 == "#" }.trimmingCharacters(in: .whitespaces.union(CharacterSet(charactersIn: ":")))
    }
    var text = line
    var bold = false
    for mark in ["**", "__"] where text.hasPrefix(mark) {
      let inner = text.dropFirst(2)
      if inner.hasSuffix(mark) || inner.hasSuffix(mark + ":") {
        text = String(inner.dropLast(inner.hasSuffix(":") ? 3 : 2))
        bold = true
      }
    }
    text = text.trimmingCharacters(in: .whitespaces)
    let words = text.split(separator: " ").count
    if bold, words <= 10 { return text.trimmingCharacters(in: CharacterSet(charactersIn: ":")) }
    // A heading given in two languages, a slash between them, as Malaysian and Indonesian ads and
    // notices write them: "BIDANG TUGAS / DUTIES", "Apa yang anda akan buat / What you'll do:".
    let label = String(text.prefix { $0 != ":" })
    let sides = label.components(separatedBy: " / ")
    if sides.count == 2, text.last.map({ !".!?".contains($0) }) == true,
      text.firstIndex(of: ":").map({ text.index(after: $0) == text.endIndex }) ?? true,
      sides.allSatisfy({ $0.split(separator: " ").count <= Self.wordsOfAHeadingsSide }),
      sides.contains(where: { part(named: $0, company: []) != nil && startsPart(TailoringData.foldedWords($0)) })
    {
      return label.trimmingCharacters(in: .whitespaces)
    }
    if text.hasSuffix(":"), words <= 8 { return String(text.dropLast()).trimmingCharacters(in: .whitespaces) }
    // A few words without marks are a heading when a part's name is most of them, or of the label
    // before a colon: "Main duties", "Position: Commis Chef", not the item "Experience with Intune
    // or SCCM".
    // So is a part's name with its translation in brackets: "TUGAS DAN TANGGUNGJAWAB (DUTIES)".
    let named = isMostlyAPartsName
    guard words <= 8, let last = text.last, !".!?".contains(last) else { return nil }
    if words <= 5, named(TailoringData.foldedWords(label)) { return text }
    if let open = label.firstIndex(of: "("), label.hasSuffix(")"), open > label.startIndex,
      named(TailoringData.foldedWords(String(label[..<open]))),
      named(TailoringData.foldedWords(String(label[open...])))
    {
      return text
    }
    if sides.count == 2, sides.allSatisfy({ $0.split(separator: " ").count <= 4 }),
      sides.contains(where: { named(TailoringData.foldedWords($0)) })
    {
      return text
    }
    return nil
  }

  /// Whether a part's name is most of `words`: "Main duties", not the item "Experience with Intune
  /// or SCCM" nor the label "Perform contract abstraction".
  func isMostlyAPartsName(_ words: [String]) -> Bool {
    data.partPhrases.contains(where: { Self.contains(words, $0.words) && $0.words.count * 2 >= words.count })
  }

  /// Whether an item's label before its colon names a part: a part's name is most of its words
  /// but grammar's, on either side of a slash ("Fasilitas di LPK", "Tugas / Job Scope").
  func labelNamesAPart(_ label: String) -> Bool {
    label.components(separatedBy: " / ").contains { side in
      let words = TailoringData.foldedWords(side)
      return isMostlyAPartsName(words) || isMostlyAPartsName(words.filter { !data.stopWords.contains($0) })
    }
  }

  /// The most words of each side of a heading given in two languages.
  static let wordsOfAHeadingsSide = 6

  /// The part a heading names: its longest phrase in data/posting/parts.tsv, or the company's own
  /// name (About Acme), by a word of it that is no ordinary word: "swim" of AquaStars Swim Academy
  /// does not make "Recognised swim teacher certification:" the company's.
  func part(named heading: String, company: Set<String>) -> PostingPart? {
    let words = TailoringData.foldedWords(heading)
    for (part, phrase) in data.partPhrases where Self.contains(words, phrase) { return part }
    if !company.isEmpty, words.count <= 6, words.contains(where: { company.contains($0) && !isOrdinaryWord($0) }) {
      return .about
    }
    return nil
  }

  /// Whether words begin with the name of a posting's part ("Benefit yang kamu dapatkan").
  func startsPart(_ words: [String]) -> Bool { part(startingWith: words) != nil }

  /// The part whose name words begin with, the longest name first.
  func part(startingWith words: [String]) -> PostingPart? {
    guard let first = words.first else { return nil }
    return data.partPhrasesByFirstWord[first]?.first { phrase in
      phrase.words.count <= words.count && words.starts(with: phrase.words)
    }?.part
  }

  /// Where a line belongs once its own words are read: a preference makes it a nice-to-have; a
  /// sentence about benefits, applying or the company goes there; an untitled sentence that asks
  /// for something or says what the person will do is a requirement or a responsibility.
  func refine(
    _ part: PostingPart, words: [String], isBullet: Bool, isMarked: Bool, company: Set<String>,
    namesAContact: Bool = false, isTheJobsDuty: Bool = false
  ) -> PostingPart {
    let untitled = part == .preamble || part == .role
    // A sentence on applying ends any part ("Kirim CV ke …" after the benefits); an item of a list
    // does when it also gives an address or a number to send to ("Apply knowledge of …" is a duty).
    if !isBullet || untitled || namesAContact, has(.apply, in: words) { return .apply }
    guard part.asksForSomething else { return part }
    // Pay and perks end a list too, when its items have no markers ("Gaji UMK + BPJS" pasted under
    // the duties); a marked item under a heading stays in its part ("Menjual produk asuransi").
    if !isMarked || untitled, has(.benefits, in: words) { return .benefits }
    // A sentence that opens with the company's name and describes it ("PT Sinar Logistik adalah
    // perusahaan distribusi yang berpengalaman …", "The Trust is committed to safeguarding …",
    // "Tumbuh Digital adalah digital marketing agency …") speaks of the company, though it says
    // "berpengalaman", wherever it stands, in a list written without markers too.
    if !isMarked, let first = words.firstIndex(where: { !data.stopWords.contains($0) }), company.contains(words[first])
    {
      let after = words[first...].firstIndex { !company.contains($0) }
      if has(.about, in: words) || after.map({ has(.aboutAfterName, in: [words[$0]]) }) == true { return .about }
    }
    if has(.nice, in: words) { return .nice }
    if untitled {
      if !isBullet, has(.companyRecord, in: words) { return .about }
      if has(.requirement, in: words) || has(.must, in: words) { return .requirements }
      if has(.responsibility, in: words) || isTheJobsDuty { return .responsibilities }
      if !isBullet, has(.about, in: words) || words.contains(where: company.contains) { return .about }
      // A list under "Job description" or "Deskripsi Pekerjaan" lists the duties.
      if isBullet, part == .role { return .responsibilities }
    }
    return part
  }

  /// Whether a sentence opens with the job as its subject and says what it will do: words of the
  /// title, up to four, then "akan" or "will" (cue `will`): "Staf Digitalisasi akan memindai …",
  /// "The Graduate Analyst will rotate through …". Not "Kami akan …" (we will) nor "The company
  /// will …".
  func opensWithTheJobsDuty(_ words: [String], title: [String]) -> Bool {
    let will = self.words(.will)
    guard let at = words.prefix(Self.wordsOfTheJobsSubject + 2).firstIndex(where: will.contains) else { return false }
    let subject = words[..<at].filter { !data.stopWords.contains($0) }
    return !subject.isEmpty && subject.count <= Self.wordsOfTheJobsSubject && subject.allSatisfy(title.contains)
  }

  /// The most words of the title before "will" in a sentence that says what the job will do.
  static let wordsOfTheJobsSubject = 4

  /// The sentence after a short opening phrase and its comma, where the subject then stands:
  /// "Sehari-hari, Staff R&D akan merancang …", "Day to day, the Graduate Analyst will …".
  static func afterOpeningPhrase(of sentence: String) -> String? {
    guard let comma = sentence.firstIndex(of: ","),
      sentence[..<comma].split(whereSeparator: \.isWhitespace).count <= wordsOfAnOpeningPhrase
    else { return nil }
    return String(sentence[sentence.index(after: comma)...])
  }

  /// The most words of an opening phrase before the subject ("Day to day,").
  static let wordsOfAnOpeningPhrase = 3

  /// Whether a sentence of `words` welcomes newcomers, and the words it speaks of: the clause
  /// (between commas) that says it and the clause on either side, where the experience it waives
  /// is asked ("1 year as PPIC, fresh graduates considered"; "Fresh graduate dipersilakan,
  /// pengalaman di laboratorium QC diutamakan"), not what a paragraph asks further on ("…, fresh
  /// graduate dipersilakan melamar, …, serta memiliki SIM A dan SIM C"). "With related
  /// experience" is said in its own clause.
  func welcome(in sentence: String, words: [String]) -> (welcome: NewcomerWelcome, reach: Range<Int>)? {
    guard has(.welcome, in: words) else { return nil }
    let newcomers = data.cues[.newcomers] ?? []
    let clauses = Self.topLevelParts(of: sentence).map { TailoringData.foldedWords(String($0)) }
    var starts = [0]
    for clause in clauses { starts.append(starts[starts.count - 1] + clause.count) }
    for (number, clause) in clauses.enumerated() {
      guard let start = newcomers.compactMap({ Self.position(of: $0, in: clause) }).min() else { continue }
      let welcome: NewcomerWelcome =
        has(.newcomersWith, in: Array(clause[start...])) ? .withRelatedExperience : .always
      return (welcome, starts[max(0, number - 1)]..<starts[min(clauses.count, number + 2)])
    }
    return nil
  }

  func has(_ cue: PostingCue, in words: [String]) -> Bool {
    let phrases = data.cues[cue] ?? []
    // A long line is searched only for the phrases whose first word it holds: every phrase of a
    // cue looked for at every word made a line of 16,000 words take 4.8 s in a debug build (found by
    // `make fuzz`, whose time-out is 10 s).
    guard words.count > 16 else { return phrases.contains { Self.contains(words, $0) } }
    let present = Set(words)
    return phrases.contains { phrase in phrase.first.map(present.contains) == true && Self.contains(words, phrase) }
  }

  /// The cues whose words are the posting's own grammar: they say how a line asks ("is a plus",
  /// "diutamakan", "bertanggung jawab", "at least"), not what it asks for, so relevance skips them.
  static let grammarCues: [PostingCue] = [.must, .nice, .requirement, .responsibility, .newcomers, .welcome, .interest]

  /// The positions in `words` that a phrase of one of `cues` covers.
  func positions(of cues: [PostingCue], in words: [String]) -> Set<Int> {
    var covered = Set<Int>()
    let present = Set(words)
    for cue in cues {
      for phrase in data.cues[cue] ?? [] where phrase.first.map(present.contains) == true {
        for start in 0..<max(0, words.count - phrase.count + 1)
        where (0..<phrase.count).allSatisfy({ words[start + $0] == phrase[$0] }) {
          covered.formUnion(start..<(start + phrase.count))
        }
      }
    }
    return covered
  }

  /// The clauses of a sentence, as a semicolon or a spaced dash parts them: "Law graduate —
  /// Bar examinees are welcome; 4th-year students may apply" has three.
  static func clauses(of text: String) -> [String] {
    clauseBreaks.reduce([text]) { parts, mark in parts.flatMap { $0.components(separatedBy: mark) } }
  }
  /// What parts a sentence's clauses: a semicolon, a spaced em or en dash.
  static let clauseBreaks = [";", " — ", " – "]

  /// Whether a text gives an e-mail address or a telephone number: eight digits or more from a 0
  /// or a +, one space or dash at most between them ("016-552 0918", "+62 812 3456 7890"; not a
  /// sum of money, "10.000.000", nor years, "2025 2026").
  static func namesAContact(_ text: String) -> Bool {
    var digits = 0
    var afterSeparator = false
    var previous: Character = " "
    for character in text {
      defer { previous = character }
      if character.isASCII, character.isNumber,
        digits > 0 || (character == "0" && !previous.isNumber) || previous == "+"
      {
        digits += 1
        afterSeparator = false
        if digits >= 8 { return true }
      } else if character == " " || character == "-", digits > 0, !afterSeparator {
        afterSeparator = true
      } else {
        digits = 0
        afterSeparator = false
      }
    }
    return text.split(separator: " ").contains { word in
      word.firstIndex(of: "@").map { at in at > word.startIndex && word[at...].contains(".") } ?? false
    }
  }

  /// The text without what it says in parentheses.
  static func outsideParentheses(_ text: String) -> String {
    var depth = 0
    return String(
      text.filter { character in
        if character == "(" { depth += 1 }
        defer { if character == ")" { depth = max(0, depth - 1) } }
        return depth == 0 && character != ")"
      })
  }

  /// `words` without the first run of `phrase` in them, when the phrase is two words or more.
  static func removing(_ phrase: [String], from words: [String]) -> [String] {
    guard phrase.count >= 2, let start = position(of: phrase, in: words) else { return words }
    return Array(words[..<start] + words[(start + phrase.count)...])
  }

  /// Whether `words` holds `phrase` as consecutive words.
  static func contains(_ words: [String], _ phrase: [String]) -> Bool { position(of: phrase, in: words) != nil }

  /// Where `phrase` first starts in `words`, as consecutive words.
  static func position(of phrase: [String], in words: [String]) -> Int? {
    guard !phrase.isEmpty, phrase.count <= words.count else { return nil }
    return (0...(words.count - phrase.count)).first { start in
      (0..<phrase.count).allSatisfy { words[start + $0] == phrase[$0] }
    }
  }

  /// A list item's text without its marker: `-`, `*`, `+`, `•`, `·`, `▪`, `–`, `✓`, any symbol such as ✅, `1.`, `a)`, `1.1`.
  static func withoutBulletMarker(_ line: String) -> (Bool, String) {
    let markers: Set<Character> = ["-", "*", "+", "•", "·", "▪", "‣", "–", "—", "○", "●", "✓", "✔", "➢", "►", "◦"]
    // Any symbol written as a bullet counts as one: ✅, ✔️, 📌, ➡️ open list items in many ads.
    // Not © or ®, which open a page's footer.
    let isSymbol =
      line.unicodeScalars.first.map {
        $0.properties.generalCategory == .otherSymbol && !"©®".unicodeScalars.contains($0)
      }
      ?? false
    if let first = line.first, markers.contains(first) || isSymbol {
      let rest = line.dropFirst()
      // `**bold**` opens a line, not a list.
      if first == "*", rest.first == "*" { return (false, line) }
      if rest.first == " " || first != "-" && first != "*" && first != "+" {
        return (true, rest.trimmingCharacters(in: .whitespaces))
      }
    }
    // 1. 2) a) i.
    let head = line.prefix(4)
    if let end = head.firstIndex(where: { $0 == "." || $0 == ")" }), end > head.startIndex,
      head[..<end].allSatisfy({ $0.isNumber })
        || (head.distance(from: head.startIndex, to: end) == 1 && head.first!.isLetter),
      line[line.index(after: end)...].first == " "
    {
      return (true, line[line.index(after: end)...].trimmingCharacters(in: .whitespaces))
    }
    // (a) (2) (iv): a marker in brackets, as public notices and contracts letter their items.
    if line.first == "(", let close = line.prefix(6).firstIndex(of: ")"),
      case let inside = line[line.index(after: line.startIndex)..<close], !inside.isEmpty,
      inside.allSatisfy(\.isNumber) || inside.count == 1 && inside.first!.isLetter
        || inside.allSatisfy({ "ivx".contains($0) }),
      line[line.index(after: close)...].first == " "
    {
      return (true, line[line.index(after: close)...].trimmingCharacters(in: .whitespaces))
    }
    // 1.1 2.10 of an outline, before a capital: not the "3.5 years" of an item.
    let number = line.prefix { $0.isNumber || $0 == "." }
    let levels = number.split(separator: ".", omittingEmptySubsequences: false)
    if levels.count >= 2, levels.dropLast(number.hasSuffix(".") ? 1 : 0).allSatisfy({ (1...2).contains($0.count) }),
      case let rest = line.dropFirst(number.count), rest.first == " ",
      rest.dropFirst().first?.isUppercase == true
    {
      return (true, rest.trimmingCharacters(in: .whitespaces))
    }
    return (false, line)
  }

  /// Whether a line is a section's title in capitals: letters, none in lower case, at most six
  /// words, no full stop at its end.
  static func isSectionTitle(_ text: String) -> Bool {
    isInCapitals(text) && text.split(separator: " ").count <= 6 && !(text.last.map { ".!?".contains($0) } ?? true)
  }

  /// Whether a text has letters and none in lower case: "QUALIFICATION STANDARDS".
  static func isInCapitals(_ text: String) -> Bool {
    text.contains(where: \.isLetter) && !text.contains(where: \.isLowercase)
  }

  /// The text after an outline's capital letter or Roman numeral ("A. ", "B) ", "IV. "), or after
  /// its number where the text is in capitals ("2. KUALIFIKASI", as a public body's notice numbers
  /// its sections); nil for a line that opens with none.
  static func afterOutlineMarker(_ line: String) -> String? {
    guard let end = line.prefix(5).firstIndex(where: { $0 == "." || $0 == ")" }), end > line.startIndex,
      line[line.index(after: end)...].first == " "
    else { return nil }
    let marker = line[..<end]
    let text = line[line.index(after: end)...].trimmingCharacters(in: .whitespaces)
    let inCapitals = isInCapitals(text)
    guard
      (marker.count == 1 && marker.first!.isUppercase) || marker.allSatisfy({ "IVX".contains($0) })
        || (marker.allSatisfy(\.isNumber) && inCapitals)
    else {
      return nil
    }
    return text
  }

  /// A line's text without Markdown marks: emphasis, code, link targets, quotes.
  static func plain(_ text: String) -> String {
    var text = text
    while let open = text.range(of: "]("), let close = text[open.upperBound...].firstIndex(of: ")") {
      text.removeSubrange(open.lowerBound..<text.index(after: close))
      text.insert("]", at: open.lowerBound)
    }
    // An underscore inside a word is the word's ("SKM_Nama_Domisili"), as in CommonMark.
    let characters = Array(text)
    text = String(
      characters.indices.filter { index in
        let character = characters[index]
        guard character == "_" else { return !"*`[]>".contains(character) }
        return index > 0 && index + 1 < characters.count
          && (characters[index - 1].isLetter || characters[index - 1].isNumber)
          && (characters[index + 1].isLetter || characters[index + 1].isNumber)
      }.map { characters[$0] })
    return text.trimmingCharacters(in: .whitespaces)
  }

  /// Whether a sentence opens with a word made its topic in Indonesian, by -nya ("Tugasnya …",
  /// "Syaratnya …") or by the reader's pronoun after it ("Syarat kamu …").
  static func opensWithTopic(_ words: [String]) -> Bool {
    guard let first = words.first else { return false }
    return (first.count > 5 && first.hasSuffix("nya")) || (words.count > 1 && ["kamu", "anda"].contains(words[1]))
  }

  /// A long sentence that strings clauses together with commas, as a caption written as one
  /// paragraph does ("Syaratnya pria, usia maks 27 tahun, pendidikan min SMK TKJ …, pengalaman
  /// fiber optik diutamakan, wajib punya SIM C, …"), read clause by clause when its clauses
  /// differ in whether they prefer, insist or set a condition: that is each clause's, not the
  /// whole sentence's. A list of names ("Zendesk, Freshdesk or Intercom", "Word, Excel, Canva") has
  /// short items and stays one sentence.
  func clauses(_ sentence: String) -> [String] {
    let parts = Self.topLevelParts(of: sentence)
    guard parts.count >= Self.clausesInASentence else { return [sentence] }
    let lengths = parts.map { $0.split(separator: " ").count }
    let long = lengths.filter { $0 >= Self.wordsInAClause }.count
    // A list inside a clause ("a degree in Agronomy, Soil Science or a related field", "R, SPSS or
    // SAS") has items of a word or two; only the opening may be that short ("Syaratnya pria").
    let short = lengths.indices.filter { lengths[$0] < Self.wordsInAListItem }
    guard 3 * long >= 2 * parts.count, sentence.split(separator: " ").count >= Self.wordsInALongSentence,
      short.isEmpty || short == [0]
    else { return [sentence] }
    let clauses = parts.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    let cues = clauses.map { clause in
      let words = TailoringData.foldedWords(clause)
      return [PostingCue.nice, .must, .conditions].filter { has($0, in: words) }
    }
    return Set(cues).count > 1 ? clauses : [sentence]
  }

  /// A sentence's parts between the commas outside parentheses: "bahasa asing ketiga (Prancis,
  /// Jepang atau Mandarin) nilai plus" is one part, a list inside an aside.
  static func topLevelParts(of sentence: String) -> [Substring] {
    var parts: [Substring] = []
    var depth = 0
    var start = sentence.startIndex
    for index in sentence.indices {
      switch sentence[index] {
      case "(", "[": depth += 1
      case ")", "]": depth = max(0, depth - 1)
      case "," where depth == 0:
        parts.append(sentence[start..<index])
        start = sentence.index(after: index)
      default: break
      }
    }
    parts.append(sentence[start...])
    return parts.filter { !$0.isEmpty }
  }

  /// A sentence read clause by clause has this many commas' parts or more, two thirds of them of
  /// this many words or more and none after the first shorter than a list's item, and this many
  /// words in all.
  static let clausesInASentence = 4
  static let wordsInAClause = 4
  static let wordsInAListItem = 3
  static let wordsInALongSentence = 25

  /// Whether a character is a pictograph ("🚗", "✅"), not a digit or sign that may also be one.
  static func isEmoji(_ character: Character) -> Bool {
    character.unicodeScalars.contains {
      $0.properties.isEmojiPresentation || ($0.properties.isEmoji && $0.value > 0xFF)
    }
  }

  /// A paragraph split into sentences at `.`, `!`, `?` or `;` followed by a space, or at a
  /// pictograph followed by a space and a capital. `startsPart` says whether words begin the name
  /// of a posting's part, `isStopWord` whether a folded word is a word of grammar.
  static func sentences(
    _ text: String, startsPart: ([String]) -> Bool = { _ in false }, isStopWord: (String) -> Bool = { _ in false }
  ) -> [String] {
    var sentences: [String] = []
    var current = ""
    var currentCount = 0
    // The length of the last word of `current`, with its dot.
    var lastWord = 0
    var previous: Character = " "
    let characters = Array(text)
    for (offset, character) in characters.enumerated() {
      // "e.g. SQL", "min. 2 years", "Jl. Raya": a word of three letters or less before a dot is
      // an abbreviation, unless a part's name follows ("… SIM A dan SIM C. Benefit yang kamu dapatkan …")
      // or it is a word of grammar before a capital ("… but we will train you. You must hold …").
      // A caption ends a sentence with an emoji too: "… drive to schools 🚗 Knowledge of …".
      let beforeCapital = offset + 1 < characters.count && characters[offset + 1].isUppercase
      let endsWithEmoji = Self.isEmoji(previous) && beforeCapital
      if character == " ", endsWithEmoji || ".!?;".contains(previous), currentCount > 3,
        !(previous == "." && lastWord <= 4
          && !(beforeCapital && isStopWord(String(current.suffix(lastWord).dropLast()).lowercased()))
          && !startsPart(
            TailoringData.foldedWords(String(characters[(offset + 1)..<min(characters.count, offset + 40)]))))
      {
        sentences.append(current.trimmingCharacters(in: .whitespaces))
        current = ""
        currentCount = 0
      } else {
        current.append(character)
        currentCount += 1
      }
      lastWord = character == " " ? 0 : lastWord + 1
      previous = character
    }
    let last = current.trimmingCharacters(in: .whitespaces)
    if !last.isEmpty { sentences.append(last) }
    return sentences
  }
}
