/// What a posting's lines ask for: terms the vocabulary knows, names it does not (products and
/// standards as postings write them), levels of education, and lines that name nothing known.
extension PostingReader {
  /// A term found on a line: a concept over tokens `start..<end`.
  struct FoundTerm {
    var concept: Int32
    var start: Int
    var end: Int
    /// Where its abbreviation in parentheses starts, when it is written with one.
    var abbreviation: Int?

    init(concept: Int32, start: Int, end: Int) {
      self.concept = concept
      self.start = start
      self.end = end
    }

    /// As the posting writes it: "statistical process control (SPC)".
    func spelling(in text: AnalysedText, scalars: [Unicode.Scalar]) -> String {
      guard let abbreviation else { return Tokenizer.span(text.tokens[start..<end], in: scalars) }
      return Tokenizer.span(text.tokens[start..<abbreviation], in: scalars) + " ("
        + Tokenizer.span(text.tokens[abbreviation..<end], in: scalars) + ")"
    }
  }

  /// Terms that make one requirement, any of which proves it, and the concepts the posting gives
  /// as its examples in parentheses, which prove it too.
  struct TermGroup {
    var terms: [FoundTerm]
    var examples: [Int32] = []
    /// For the examples of a term, asked for on their own: that term's concept.
    var exampleOf: Int32?
    /// For names in parentheses after words that name nothing known, those words: what the names
    /// are examples of ("courier bookings and collections" of "(DPD, Royal Mail, Evri)").
    var lead: String?
    /// The items of its "A, B or C" list that name nothing known, as token ranges: "warehouse"
    /// and "retail supervisory role" of "an operations, logistics, warehouse or retail supervisory
    /// role". They are alternatives too.
    var unnamed: [Range<Int>] = []
  }

  /// The names on the lines that ask for something that the vocabulary does not know yet, and the
  /// posting's `keywords` and `must_have` that it cannot spell: the tailor adds them as concepts
  /// before it reads postings and experiences.
  ///
  /// Each name comes with its other spelling where the posting defines an abbreviation: "Immediate
  /// Life Support (ILS)" is one term, spelled either way.
  ///
  /// With them come the wholes among them that name their own alternatives: "SIM A/C" is SIM A
  /// or SIM C, "SAP PP/MM" SAP PP or SAP MM, each of which proves it, as a part proves its whole
  /// in data/relations/suites.tsv.
  func unknownNames(in job: JobPosting, reader: inout TextReader) -> (
    names: [[String]], suites: [(whole: String, parts: [String])]
  ) {
    var names: [[String]] = []
    var suites: [(whole: String, parts: [String])] = []
    for text in job.mustHave + job.keywords {
      let analysed = reader.read(text)
      if analysed.count > 0, vocabulary.concept(spelledBy: analysed) == nil { names.append([text]) }
    }
    // The company's name, and the abbreviation the title defines, name no term.
    var notNames = Set(job.company.map(TailoringData.foldedWords) ?? [])
    let title = Set(TailoringData.foldedWords(job.title))
    let credentials = words(.credentialOpener)
    let postingLines = lines(of: job)
    // An abbreviation defined where the posting asks for nothing ("join our Testing &
    // Commissioning (T&C) team") is spelled either way where it asks ("Prepare T&C reports").
    // One that stands for the company's own name ("Universitas Cendekia Nusantara (UCN)") is the
    // company's, wherever the posting defines it.
    var definedElsewhere: [String: String] = [:]
    let companyWords = notNames
    for line in postingLines where line.text.contains("(") {
      let analysed = reader.read(line.text)
      let scalars = Array(line.text.unicodeScalars)
      for position in analysed.tokens.indices {
        guard let defined = definition(of: position..<(position + 1), in: analysed, scalars: scalars) else { continue }
        let token = analysed.tokens[position]
        if !companyWords.isEmpty, TailoringData.foldedWords(defined).allSatisfy(companyWords.contains) {
          notNames.formUnion([token.folded, token.folded + "s"])
        } else if !line.part.asksForSomething {
          definedElsewhere[token.surface] = defined
        }
      }
    }
    for line in [titleLine(job)] + postingLines where line.part.asksForSomething {
      let analysed = reader.read(line.text)
      let scalars = Array(line.text.unicodeScalars)
      let known = vocabulary.matches(in: analysed, all: false)
      var covered = Set<Int>()
      for match in known { covered.formUnion(match.start..<match.end) }
      if line.part != .title {
        names += moduleNames(in: analysed, known: known, scalars: scalars).map { [$0] }
        // A language test's score is no name: "TOEIC 650", "IELTS 6.5".
        let tests = Set(known.filter { vocabulary.kind(of: $0.concept) == .language }.map(\.end))
        names += properNames(
          in: analysed, covered: covered, scalars: scalars, company: notNames, title: title, scoresAfter: tests
        ).map { [$0] }
        names += regulations(in: analysed, scalars: scalars).map { [$0] }
        names += standardRoles(in: analysed, known: known, scalars: scalars).map { [$0] }
      }
      // A title capitalises every word: there only capitals and inner capitals make a name.
      let tools = Set(known.filter { vocabulary.kind(of: $0.concept) == .tool && $0.end - $0.start == 1 }.map(\.start))
      let spans = nameSpans(
        in: analysed, scalars: scalars, covered: covered, company: notNames, tools: tools,
        titleCase: line.part == .title)
      // A span after a definition on its own line may be what that definition named: "the CRCs".
      // Nor is the job's own name, a person's title of the title's words: "Sebagai Presales
      // Engineer, kamu akan …" in a posting for a Presales Engineer.
      let isTheJob = { (span: Range<Int>) in
        span.count >= 2 && analysed.tokens[span].allSatisfy { title.contains($0.folded) }
          && data.personWords.contains(analysed.tokens[span.upperBound - 1].folded)
      }
      for found in spans
      where !analysed.tokens[found].allSatisfy({ notNames.contains($0.folded) })
        && (line.part == .title || !isTheJob(found))
      {
        let span =
          line.part == .title ? found : leadingSkillWord(before: found, in: analysed, known: known, scalars: scalars)
        let name = Tokenizer.span(analysed.tokens[span], in: scalars)
        if let defined = definition(of: span, in: analysed, scalars: scalars) ?? definedElsewhere[name] {
          // The title's own abbreviation names the job, not something asked of the person:
          // "Management Development Program (MDP)", "Officer Development Program (ODP)". One
          // that stands for people ("Personal Care Workers (PCWs)", "Assistants in Nursing (AINs)")
          // or a person ("support the Clinical Research Coordinator (CRC)", then "the CRCs") names
          // them wherever the posting uses it, unless a credential ("Registered Nurse (RN)").
          let definedWords = defined.split(separator: " ").map(String.init)
          let isCredential = definedWords.first.map { credentials.contains(Tokenizer.fold($0)) } ?? false
          if line.part == .title
            || (!isCredential
              && (namesPeople(definedWords) || namesPeople(definedWords, plural: false)))
          {
            let letters = analysed.tokens[span].map(\.folded)
            notNames.formUnion(letters + letters.map { $0 + "s" })
            continue
          }
          names.append([name, defined])
        } else {
          names.append([name])
          if let parts = slashAlternatives(of: span, in: analysed, scalars: scalars, reader: &reader) {
            suites.append((name, parts))
          } else if let parts = slashAbbreviations(of: span, in: analysed) {
            names += parts.map { [$0] }
            suites.append((name, parts))
          }
        }
      }
    }
    return (names, suites)
  }

  /// A name that a capitalised skill's word opens, as a qualification's is: "Automotive Servicing
  /// NC III" is one name, which the skill "automotive" does not prove. Not a line's first word,
  /// which any word may be capitalised as.
  func leadingSkillWord(
    before span: Range<Int>, in text: AnalysedText, known: [Vocabulary.Match], scalars: [Unicode.Scalar]
  ) -> Range<Int> {
    let before = span.lowerBound - 1
    guard before > 0, !text.breakBefore[span.lowerBound],
      Tokenizer.between(text.tokens[before], text.tokens[span.lowerBound], in: scalars).allSatisfy({ $0 == " " }),
      text.tokens[before].surface.first?.isUppercase == true,
      known.contains(where: {
        $0.start == before && $0.end == span.lowerBound && vocabulary.kind(of: $0.concept) == .skill
      })
    else { return span }
    return before..<span.upperBound
  }

  /// A standard followed by the role one is certified in ("ISO/IEC 27001 Lead Auditor", "ISO 9001
  /// internal auditor"; cue `standard-role`): one credential, which knowing the standard does not
  /// prove.
  func standardRoles(in text: AnalysedText, known: [Vocabulary.Match], scalars: [Unicode.Scalar]) -> [String] {
    let roles = data.cues[.standardRole] ?? []
    var names: [String] = []
    for match in known where vocabulary.kind(of: match.concept) == .tool {
      guard text.tokens[match.end - 1].surface.contains(where: \.isNumber) else { continue }
      for role in roles where match.end + role.count <= text.count {
        let words = (match.end..<(match.end + role.count))
        guard words.allSatisfy({ !text.breakBefore[$0] }), words.map({ text.tokens[$0].folded }) == role else {
          continue
        }
        names.append(Tokenizer.span(text.tokens[match.start..<(match.end + role.count)], in: scalars))
        break
      }
    }
    return names
  }

  /// The abbreviations of a name written as abbreviations joined by slashes ("SPG/SPB", "Cp/Cpk"),
  /// each of which proves it; nil for any other name.
  func slashAbbreviations(of span: Range<Int>, in text: AnalysedText) -> [String]? {
    guard span.count == 1 else { return nil }
    let parts = text.tokens[span.lowerBound].surface.split(separator: "/").map(String.init)
    // In capitals, or short and capitalised ("Cpk", "MoM"); two letters at least, as S1 and D3 are
    // levels of education.
    let isAbbreviation = { (part: String) in
      Vocabulary.isAcronym(part)
        || (part.count <= 4 && part.first?.isUppercase == true && part.allSatisfy(\.isLetter))
    }
    return parts.count >= 2 && parts.allSatisfy { $0.count >= 2 && isAbbreviation($0) } ? parts : nil
  }

  /// A tool's module named with a capitalised ordinary word in running text, "Workday Recruiting"
  /// or "SQL Payroll": one product's name, not the tool and a skill side by side, so a recruiter's
  /// or a payroll clerk's work proves neither it nor the tool.
  func moduleNames(in text: AnalysedText, known: [Vocabulary.Match], scalars: [Unicode.Scalar]) -> [String] {
    func capitalised(_ position: Int) -> Bool { text.tokens[position].surface.first?.isUppercase == true }
    var names: [String] = []
    let starts = Dictionary(known.map { ($0.start, $0) }, uniquingKeysWith: { first, _ in first })
    for tool in known where tool.end < text.count && vocabulary.kind(of: tool.concept) == .tool {
      let module = tool.end
      let word = text.tokens[module]
      guard starts[module].map({ $0.end == module + 1 && vocabulary.kind(of: $0.concept) != .tool }) ?? true,
        capitalised(module), !Vocabulary.isAcronym(word.surface), data.commonWords.contains(word.folded),
        !data.stopWords.contains(word.folded), !text.breakBefore[module],
        Tokenizer.between(text.tokens[module - 1], word, in: scalars).allSatisfy(\.isWhitespace),
        // In running text, not a line in title case; the line's first word may be capitalised.
        tool.start == 0 || tool.start == 1 || !capitalised(tool.start - 1),
        module + 1 == text.count || !(capitalised(module + 1) || text.tokens[module + 1].folded.first?.isNumber == true)
      else { continue }
      names.append(Tokenizer.span(text.tokens[tool.start...module], in: scalars))
    }
    return names
  }

  /// Names written as proper names in running text, of ordinary words: two capitalised words or
  /// more between lower-case ones ("memantau Berita Resmi Merek untuk", "the Industrial Relations
  /// Act 1967 and"), though not a place, the company, a team, a person's title ("the L&D
  /// Manager") or a body the person deals with ("with Production Engineering"). Names of one word
  /// are `nameSpans`' to find.
  func properNames(
    in text: AnalysedText, covered: Set<Int>, scalars: [Unicode.Scalar], company: Set<String>, title: Set<String>,
    scoresAfter: Set<Int>
  ) -> [String] {
    // A word in title case ("Resmi") or an abbreviation ("KI"); not "S1", a level of education.
    func capitalised(_ position: Int) -> Bool {
      let surface = text.tokens[position].surface
      return !data.stopWords.contains(text.tokens[position].folded)
        && (Vocabulary.isAcronym(surface)
          || (surface.first?.isUppercase == true && surface.dropFirst().allSatisfy(\.isLowercase)))
    }
    // A lower-case word that ends no sentence: what stands before a name in running text.
    func lowerCase(_ position: Int) -> Bool {
      text.tokens[position].surface.first?.isLowercase == true
        && !Tokenizer.between(text.tokens[position], text.tokens[position + 1], in: scalars).contains {
          ".!?:;".contains($0)
        }
    }
    let particles = words(.nameParticle)
    // The next word of the name: a piece a hyphen glues to it ("World-Check", "E-E-A-T"), or after
    // a space a capitalised word, a number ("Act 1967") or a particle between two ("Chef de Partie").
    func joins(_ index: Int) -> Bool {
      let token = text.tokens[index]
      if text.gluedBefore[index] {
        return token.surface.first.map { $0.isUppercase || $0.isNumber } == true || token.folded.count <= 2
      }
      guard Tokenizer.between(text.tokens[index - 1], token, in: scalars).allSatisfy(\.isWhitespace) else {
        return false
      }
      return capitalised(index) || token.folded.allSatisfy(\.isNumber)
        || (particles.contains(token.folded) && index + 1 < text.count && capitalised(index + 1))
    }
    // A person's title, and the person the job names ("Developer"), one or many, are people, not terms.
    let titles = data.personWords
    func isPerson(_ word: String) -> Bool {
      titles.contains(word) || (word.hasSuffix("s") && titles.contains(String(word.dropLast())))
    }
    let teams = words(.teamAfter)
    let owners = words(.ownerBefore)
    let credentials = words(.credentialOpener)
    // A level of education opens a degree's name ("a Bachelor of Industrial Engineering"), which
    // the degree's reading takes, with its field.
    let levels = Set(data.degreeSpellings.filter { $0.words.count == 1 }.map { $0.words[0] })
    var names: [String] = []
    // Not from a line's first word, which any line may capitalise, unless it opens a credential's
    // name: "Licensed Environmental Planner (EnP), or …".
    var position = text.count > 0 && credentials.contains(text.tokens[0].folded) ? 0 : 1
    while position < text.count {
      guard capitalised(position), position == 0 || lowerCase(position - 1) else {
        position += 1
        continue
      }
      var end = position + 1
      while end < text.count, !text.breakBefore[end], joins(end) { end += 1 }
      defer { position = end }
      let run = position..<end
      let words = text.tokens[run].map(\.folded)
      // Nor one that cuts into a known term: "punya Sertifikat Ahli K3 Umum" names Ahli K3 Umum.
      // A capitalised word after it in parentheses is its reference: "the Mental Health Act (RA 11036)".
      let beforeAside =
        end < text.count && Tokenizer.between(text.tokens[end - 1], text.tokens[end], in: scalars).contains("(")
      guard run.count >= 2, end == text.count || beforeAside || !capitalised(end), !run.allSatisfy(covered.contains),
        end == text.count || !(covered.contains(end - 1) && covered.contains(end)),
        !levels.contains(words[0]),
        // The company's name, or one holding a word of it that names no thing ("Benteng Academy");
        // an ordinary word of it does not make a name the company's ("the Cyber Security Act
        // 2024" at Benteng Digital Security).
        !words.allSatisfy(company.contains),
        !words.contains(where: { company.contains($0) && !isOrdinaryWord($0) }),
        !words.contains(where: data.notTerms.contains),
        !words.allSatisfy(title.contains),
        !data.places.contains(words.joined(separator: " ")),
        !words.contains(where: data.places.contains),
        // A person's title, headed by its last word or, in Indonesian, its first ("Inspektur
        // Tambang"), unless a credential's ("Registered Financial Planner").
        credentials.contains(words[0]) || (!isPerson(words[words.count - 1]) && !isPerson(words[0])),
        !teams.contains(words[words.count - 1]), !namesAPlaceOrUnit(run, in: text),
        end == text.count || !teams.contains(text.tokens[end].folded),
        position == 0 || !owners.contains(text.tokens[position - 1].folded),
        // Nor a known test and its score ("TOEIC 650"), which the test's reading takes.
        !scoresAfter.contains(where: { end in
          run.dropFirst().contains(end) && words[(end - position)...].allSatisfy { $0.allSatisfy(\.isNumber) }
        })
      else { continue }
      names.append(Tokenizer.span(text.tokens[run], in: scalars))
    }
    return names
  }

  /// Regulations cited by number (data/posting/regulations.tsv), each as written: "PP No. 22 Tahun
  /// 2021", "UU Nomor 9 Tahun 2010", "Permen LH No. 5 Tahun 2014", "PP 36/2021". Its type, up to
  /// three capitalised words of its issuer, the word for number if any, the number, and its year.
  func regulations(in text: AnalysedText, scalars: [Unicode.Scalar]) -> [String] {
    func isNumber(_ index: Int) -> Bool { index < text.count && text.tokens[index].folded.allSatisfy(\.isNumber) }
    func joined(_ index: Int) -> Bool { index < text.count && !text.breakBefore[index] }
    var found: [String] = []
    var start = 0
    while start < text.count {
      defer { start += 1 }
      guard data.regulationTypes.contains(text.tokens[start].folded),
        text.tokens[start].surface.first?.isUppercase == true
      else { continue }
      var index = start + 1
      while index < start + 4, joined(index), !isNumber(index), !data.numberWords.contains(text.tokens[index].folded),
        text.tokens[index].surface.first?.isUppercase == true
      {
        index += 1
      }
      if joined(index), data.numberWords.contains(text.tokens[index].folded) { index += 1 }
      guard joined(index), isNumber(index) else { continue }
      index += 1
      if joined(index), data.yearWords.contains(text.tokens[index].folded) { index += 1 }
      guard joined(index), isNumber(index), text.tokens[index].folded.count == 4 else { continue }
      found.append(Tokenizer.span(text.tokens[start...index], in: scalars))
      start = index
    }
    return found
  }

  /// For a name that ends in letters joined by a slash ("SIM A/C", the "PP/MM" after "SAP"), the
  /// terms each letter makes with the words before it ("SIM A", "SIM C"), when the vocabulary knows
  /// them all; nil otherwise.
  func slashAlternatives(
    of span: Range<Int>, in text: AnalysedText, scalars: [Unicode.Scalar], reader: inout TextReader
  )
    -> [String]?
  {
    let last = text.tokens[span.upperBound - 1].surface
    guard last.contains("/") else { return nil }
    let head =
      span.count > 1
      ? Tokenizer.span(text.tokens[span.lowerBound..<(span.upperBound - 1)], in: scalars)
      : span.lowerBound > 0 && !text.breakBefore[span.lowerBound] ? text.tokens[span.lowerBound - 1].surface : nil
    guard let head else { return nil }
    let parts = last.split(separator: "/").map { head + " " + $0 }
    return parts.allSatisfy({ vocabulary.concept(spelledBy: reader.read($0)) != nil }) ? parts : nil
  }

  /// The words an abbreviation in parentheses stands for, when their initials spell it:
  /// "Immediate Life Support (ILS)", "statistical process control (SPC)", "Training of Trainers
  /// (ToT)". Words of grammar may stand between them and an abbreviation's letters may be one
  /// word's: "Rencana Kerja dan Syarat-syarat (RKS)", "droplet digital PCR (ddPCR)".
  func definition(of span: Range<Int>, in text: AnalysedText, scalars: [Unicode.Scalar]) -> String? {
    // Capitals, or capitals around small words' letters: "ILS", "ToT" (Training of Trainers),
    // "ddPCR".
    guard span.count == 1, span.lowerBound > 0, case let token = text.tokens[span.lowerBound],
      token.surface.filter(\.isUppercase).count >= 2, (2...8).contains(token.surface.count)
    else {
      return nil
    }
    // A plural's final s is no word's letter: "Assistants in Nursing (AINs)".
    var letters = Array(token.folded.filter(\.isLetter))
    if token.surface.last == "s", letters.count > 2 { letters.removeLast() }
    if let after = definitionAfter(span.lowerBound, letters: letters, in: text, scalars: scalars) { return after }
    let before = Tokenizer.between(text.tokens[span.lowerBound - 1], token, in: scalars)
    guard before.trimmingCharacters(in: .whitespaces) == "(" else { return nil }
    guard span.lowerBound >= letters.count else { return nil }
    let words = text.tokens[(span.lowerBound - letters.count)..<span.lowerBound]
    if zip(words, letters).allSatisfy({ $0.0.folded.first == $0.1 }) {
      return Tokenizer.span(words, in: scalars)
    }
    // From the parenthesis back: a compound is one word, an abbreviation gives its letters, a
    // word of grammar that gives none is passed over, as is a credential's noun at the end that
    // the letters leave out ("Building Construction Supervisors Safety Course (BCSS)"), and the
    // phrase holds no break.
    var letter = letters.count
    var start = span.lowerBound
    if start > 1, self.words(.credentialNoun).contains(text.tokens[start - 1].folded),
      text.tokens[start - 1].folded.first != letters.last
    {
      start -= 1
    }
    while letter > 0, start > 0, span.lowerBound - start <= letters.count + 3 {
      var first = start - 1
      while first > 0, text.gluedBefore[first] { first -= 1 }
      guard text.isPhrase(first, span.lowerBound) else { return nil }
      let word = text.tokens[first]
      let capitals = Array(word.folded)
      if word.surface.count >= 2, word.surface.allSatisfy({ $0.isUppercase || !$0.isLetter }),
        letter >= capitals.count, Array(letters[(letter - capitals.count)..<letter]) == capitals
      {
        letter -= capitals.count
      } else if word.folded.first == letters[letter - 1] {
        letter -= 1
      } else if letter >= 2, Self.isCompound(capitals, giving: letters[letter - 2], letters[letter - 1]) {
        letter -= 2
      } else if !data.stopWords.contains(word.folded) {
        return nil
      }
      start = first
    }
    guard letter == 0, start < span.lowerBound, !data.stopWords.contains(text.tokens[start].folded) else { return nil }
    return Tokenizer.span(text.tokens[start..<span.lowerBound], in: scalars)
  }

  /// The words in brackets right after an abbreviation that spell it, first letters in order and
  /// words of grammar passed over: "LLD (Low Level Design)", "K3 (Keselamatan dan Kesehatan
  /// Kerja)" gives none, as a digit is no word's letter.
  func definitionAfter(
    _ position: Int, letters: [Character], in text: AnalysedText, scalars: [Unicode.Scalar]
  ) -> String? {
    let first = position + 1
    guard first < text.count, letters.count >= 2,
      Tokenizer.between(text.tokens[position], text.tokens[first], in: scalars).trimmingCharacters(in: .whitespaces)
        == "("
    else { return nil }
    var letter = 0
    var end = first
    while end < text.count, end - first <= letters.count + 3, letter < letters.count {
      if end > first,
        Tokenizer.between(text.tokens[end - 1], text.tokens[end], in: scalars).contains(where: { ")(,;".contains($0) })
      {
        return nil
      }
      let word = text.tokens[end].folded
      if word.first == letters[letter] {
        letter += 1
      } else if !data.stopWords.contains(word) {
        return nil
      }
      end += 1
    }
    guard letter == letters.count,
      Self.textAfter(first..<end, of: text, scalars: scalars).trimmingCharacters(in: .whitespaces).hasPrefix(")")
    else { return nil }
    return Tokenizer.span(text.tokens[first..<end], in: scalars)
  }

  /// Whether a word written as one is a compound of two parts that give an abbreviation two
  /// letters, its first and the first of its second part: the M and B of "multibeam", the E and S
  /// of "echosounder" in "multibeam echosounder (MBES)".
  static func isCompound(_ word: [Character], giving first: Character, _ second: Character) -> Bool {
    guard word.count >= 6, word.first == first else { return false }
    return word[3...].contains(second)
  }

  /// The minimum grade point average a line names right after the term ("IPK minimal 3,00",
  /// "GPA of 3.0/4.0 or above"), on a scale of 4, and where its number ends.
  static func minimumGradePoint(after start: Int, in scalars: [Unicode.Scalar]) -> (value: Double, end: Int)? {
    // Up to 20 characters of words ("minimal", "of", "min.") before the number, on the line.
    guard
      let digit = scalars[start..<min(scalars.count, start + 21)].firstIndex(where: {
        ("0"..."9").contains($0) || $0 == "\n"
      }), scalars[digit] != "\n",
      let grade = EducationScore.Grade(scalars, from: digit), grade.hasDecimals, let value = grade.onScaleOfFour
    else { return nil }
    return (value, grade.end)
  }

  func titleLine(_ job: JobPosting) -> PostingAnalysis.Line {
    PostingAnalysis.Line(text: job.title, part: .title, heading: nil, isBullet: false, insists: false)
  }

  /// The posting read for tailoring, once the vocabulary knows its names.
  func analyse(_ job: JobPosting, reader: inout TextReader) -> PostingAnalysis {
    var lines = lines(of: job)
    let hasRequirementParts = lines.contains { [.requirements, .responsibilities, .nice].contains($0.part) }
    let company = Set(job.company.map(TailoringData.foldedWords) ?? [])
    let title = Set(TailoringData.foldedWords(job.title))
    let titleName = Self.name(ofTitle: job.title)
    var requirements = RequirementList()
    var soft = RequirementList()
    // What relevance looks for: words that share a stem are one term ("customer", "customers"),
    // whose weights add up, so that no word counts twice.
    var query: [QueryTerm] = []
    var termOfUnit: [Int32: Int] = [:]
    func ask(_ units: [Int32], _ weight: Double, _ text: String) {
      guard weight > 0, !units.isEmpty else { return }
      guard let place = units.lazy.compactMap({ termOfUnit[$0] }).first else {
        for unit in units { termOfUnit[unit] = query.count }
        query.append(QueryTerm(units: units, weight: weight, text: text))
        return
      }
      query[place].weight += weight
      for unit in units where !query[place].units.contains(unit) {
        query[place].units.append(unit)
        termOfUnit[unit] = place
      }
    }

    // The front matter first: must-haves, then keywords, each one term as written.
    for (texts, mustHave) in [(job.mustHave, true), (job.keywords, false)] {
      for text in texts {
        let analysed = reader.read(text)
        guard let concept = vocabulary.concept(spelledBy: analysed) else { continue }
        let kind = vocabulary.kind(of: concept)
        let weight = mustHave ? Self.mustHaveWeight : 1.0
        var requirement = Requirement(
          term: text, kind: kind == .soft ? .soft : kind, part: .frontMatter, weight: weight, isMustHave: mustHave,
          isKeyword: !mustHave, line: text)
        requirement.concepts = [concept]
        if kind == .soft { soft.add(requirement) } else { requirements.add(requirement) }
        ask([-1 - concept], weight * Self.boost(of: kind), text)
      }
    }

    // Letters the posting defines with other words than the vocabulary's ("Provincial Health
    // Office (PHO)", no provisional handover) stand for those words wherever it uses them.
    var redefined = Set<String>()
    for line in lines where line.text.contains("(") {
      let analysed = reader.read(line.text)
      let scalars = Array(line.text.unicodeScalars)
      for match in vocabulary.matches(in: analysed, all: false)
      where match.end - match.start == 1 && Vocabulary.isAcronym(analysed.tokens[match.start].surface) {
        guard let defined = definition(of: match.start..<match.end, in: analysed, scalars: scalars),
          vocabulary.isSpelledOut(match.concept),
          !vocabulary.sharesAWord(match.concept, with: reader.read(defined).keys)
        else { continue }
        redefined.insert(analysed.tokens[match.start].surface)
      }
    }
    for (number, line) in ([titleLine(job)] + lines).enumerated() {
      let weight =
        Self.weight(of: line.part, postingHasRequirementParts: hasRequirementParts)
        * (line.insists ? Self.insistence : 1)
      let queryWeight =
        Self.queryWeight(of: line.part, postingHasRequirementParts: hasRequirementParts)
        * (line.insists ? Self.insistence : 1)
      guard weight > 0 || queryWeight > 0 else { continue }
      let analysed = reader.read(line.text)
      let folded = analysed.tokens.map(\.folded)
      // A line that asks the person not to be something ("Tidak berkedudukan sebagai ASN, anggota
      // TNI/Polri …") asks for nothing a CV shows.
      if number > 0, has(.excludes, in: folded) {
        lines[number - 1].part = .other
        continue
      }
      let scalars = Array(line.text.unicodeScalars)
      let terms = joiningClasses(
        Self.joiningAbbreviations(
          terms(in: analysed, scalars: scalars, company: company, redefined: redefined), in: analysed,
          scalars: scalars),
        in: analysed)
      // Working conditions ("shifts including nights and weekends", "bersedia lembur") are asked
      // of the person but proven by no experience: unless the line names something a CV shows,
      // it is read as the posting's other details.
      let isCondition = number > 0 && has(.conditions, in: folded)
      // A level's word inside a longer term is no level: the "Master" of "Master Production
      // Schedule (MPS)", though the "Bachelor" of "Bachelor of Laws", a field of study, is.
      let inTerms = terms.filter {
        vocabulary.origin(of: $0.concept) == .builtIn && !vocabulary.isFieldOfStudy($0.concept)
      }.map { $0.start..<$0.end }
      // A duty says what the person will do: there a level spelled by one everyday word is that
      // word, the "master" of "menghasilkan master TIFF" (a master file); "SMK", "S1" and "a
      // Master's degree" are still levels.
      var levels = degrees(
        in: analysed, outside: inTerms, everydayWordsAreLevels: line.part != .responsibilities)
      // No one has experience with a school level: "experience with SMA Sunny Island" names the
      // inverter maker (cue `uses`).
      if !levels.isEmpty {
        let uses = positions(of: [.uses], in: folded)
        levels.removeAll { uses.contains($0.start - 1) }
      }
      // Of several levels, a posting asks for the lowest ("min SMK TKJ / D3 / S1 Teknik
      // Informatika", "S1, S2 a plus"); the requirement is read from the first.
      var degree = levels.min { $0.level < $1.level }.map {
        (level: $0.level, start: levels[0].start, end: levels[0].end)
      }
      // A level in parentheses on such a line qualifies the condition: "usia maksimal 26 tahun
      // (S1) atau 28 tahun (S2)" asks for no S2.
      if isCondition, let found = degree, Self.inParentheses(found.start..<found.end, of: analysed, scalars: scalars) {
        degree = nil
      }
      // A level the person will study for once hired is not asked: "Willing to pursue a clinical
      // Master's programme" (cue `pursues`).
      if let found = degree, let pursued = positions(of: [.pursues], in: folded).min(), pursued < found.start {
        degree = nil
      }
      // A name the vocabulary does not know on such a line is a place ("Bersedia ditempatkan di
      // Ungaran, Kab. Semarang"), unless it names a credential ("CIDB Green Card (or willing to
      // obtain)").
      if isCondition, degree == nil,
        terms.allSatisfy({
          let kind = vocabulary.kind(of: $0.concept)
          return kind == .soft || (vocabulary.origin(of: $0.concept) == .posting && kind != .credential)
        })
      {
        lines[number - 1].part = .other
        continue
      }
      var covered = Set<Int>()
      for term in terms { covered.formUnion(term.start..<term.end) }

      // Relevance: each known term as its concept (and its words at `termWordShare`), each other
      // word by its stems; what an aside only prefers counts as a nice-to-have.
      let preferred =
        line.part != .nice && has(.nice, in: folded) ? preferredAsides(in: analysed, scalars: scalars) : []
      let preferredWeight = min(
        queryWeight, Self.queryWeight(of: .nice, postingHasRequirementParts: hasRequirementParts))
      for term in terms {
        let boost = Self.boost(of: vocabulary.kind(of: term.concept))
        let weight = preferred.contains(term.start) ? preferredWeight : queryWeight
        ask([-1 - term.concept], weight * boost, term.spelling(in: analysed, scalars: scalars))
        guard term.end - term.start >= 2 else { continue }
        for position in term.start..<term.end
        where Self.isContentWord(analysed.tokens[position], data: data)
          && !data.adWords.contains(analysed.tokens[position].folded)
        {
          // A word that is a language or a soft skill on its own counts as one: the "English" of
          // "English grammar".
          let alone = vocabulary.concept(spelledBy: reader.read(analysed.tokens[position].surface))
          let damping = alone.map { min(1, Self.boost(of: vocabulary.kind(of: $0))) } ?? 1
          ask(analysed.keys[position].all, weight * damping * Self.termWordShare, analysed.tokens[position].surface)
        }
      }
      let grammar = positions(of: Self.grammarCues, in: folded)
      for (position, token) in analysed.tokens.enumerated() where !covered.contains(position) {
        // Nor does the city the job is in: a person who lives there is no nearer the job.
        guard Self.isContentWord(token, data: data), !data.adWords.contains(token.folded),
          !data.workVerbs.contains(token.folded), !grammar.contains(position),
          !data.places.contains(token.folded)
        else { continue }
        ask(analysed.keys[position].all, preferred.contains(position) ? preferredWeight : queryWeight, token.surface)
      }

      guard weight > 0 else { continue }
      // A line that names a level of education names its fields of study too ("S1 Teknologi
      // Pangan / Kimia"): they belong to that one requirement, not each its own.
      var fields: [FoundTerm] = []
      var asked = terms
      if degree != nil {
        fields = terms.filter {
          vocabulary.kind(of: $0.concept) == .skill || vocabulary.origin(of: $0.concept) == .posting
        }
        asked = terms.filter { term in !fields.contains { $0.concept == term.concept && $0.start == term.start } }
      }
      // Requirements: lists of terms joined by "or" are one; the others one each.
      var named = false
      // A field the person should care for is an interest, not a skill they lack.
      let isInterest = has(.interest, in: folded)
      // A line that asks for experience of what it names wants an entry that shows it.
      let asksForExperience = has(.experience, in: folded)
      // Where a duty names the rules it keeps ("Follow … HACCP procedures"), read once a line.
      let rules =
        line.part == .responsibilities
        ? positions(of: [.complies], in: folded).subtracting(positions(of: [.compliesNot], in: folded)).sorted() : []
      // A duty that opens with learning ("Learn the engines of Komatsu excavators", "Mempelajari
      // SAP"; cue `learns`) names what the job will teach.
      let teaches =
        line.part == .responsibilities && (data.cues[.learns] ?? []).contains { folded.starts(with: $0) }
      // Whether the line offers a term instead of its degree: "Degree in Accounting, or ACCA", "a
      // B.Ed, or a degree with a PGCE"; not after a comma that follows the "or" of its fields
      // ("Psychology or Social Work, …, and a Class D driving licence").
      let alternatives = words(.alternative)
      func isInsteadOfDegree(_ start: Int) -> Bool {
        guard let degree, start > degree.end,
          let or = (degree.end..<start).last(where: { alternatives.contains(folded[$0]) })
        else { return false }
        return ((or + 1)...start).allSatisfy { index in
          !Tokenizer.between(analysed.tokens[index - 1], analysed.tokens[index], in: scalars).contains {
            ",;".contains($0)
          }
        }
      }
      for found in groups(asked, in: analysed, scalars: scalars, line: line.text) {
        let group = found.terms
        let kinds = group.map { vocabulary.kind(of: $0.concept) }
        if kinds.allSatisfy({ $0 == .soft || (isInterest && $0 == .skill) }) {
          for term in group {
            var requirement = Requirement(
              term: term.spelling(in: analysed, scalars: scalars), kind: .soft, part: line.part, weight: weight,
              line: line.text)
            requirement.concepts = [term.concept]
            soft.add(requirement)
          }
          continue
        }
        let hard = group.filter { vocabulary.kind(of: $0.concept) != .soft }
        // A name of the posting's own made of the job's title words, where the posting names the
        // job ("Store Supervisor Trainee (SST)" above the duties), is not something to have; in a
        // requirement ("1 year as Chef de Partie") it is.
        if [.title, .preamble, .role].contains(line.part),
          hard.allSatisfy({ term in
            vocabulary.origin(of: term.concept) == .posting
              && (term.start..<term.end).allSatisfy { title.contains(folded[$0]) }
          })
        {
          continue
        }
        // So is the job's whole name where a duty names the job ("As a Graduate ESG Analyst you
        // will …"), with the abbreviation it defines ("Technical Sales Agronomist (TSA)
        // bertanggung jawab …"): the person will be one, not have one.
        if number > 0, ![.requirements, .nice].contains(line.part), titleName.count >= 2 {
          let names = Self.occurrences(of: titleName, in: folded).map { name in
            name.upperBound < analysed.count
              && Self.inParentheses(name.upperBound..<(name.upperBound + 1), of: analysed, scalars: scalars)
              ? name.lowerBound..<(name.upperBound + 1) : name
          }
          if hard.allSatisfy({ term in names.contains { $0.contains(term.start) && $0.contains(term.end - 1) } }) {
            continue
          }
        }
        // A name the title gives in parentheses qualifies the job, its level or market ("Account
        // Executive (SMB)", "Teller (Frontliner)"): nothing to have.
        if line.part == .title,
          hard.allSatisfy({ term in
            vocabulary.origin(of: term.concept) == .posting
              && Self.inParentheses(term.start..<term.end, of: analysed, scalars: scalars)
          })
        {
          continue
        }
        // An item that names nothing known ends at its last word that is neither grammar nor the
        // line's cue: "a healthcare or regulated product is a plus" names "regulated product".
        let cueWords = found.unnamed.isEmpty ? [] : positions(of: Self.grammarCues, in: folded)
        let unnamedItems = found.unnamed.map { items in
          items
            .lowerBound..<((items.lowerBound..<items.upperBound).last { index in
              !data.stopWords.contains(folded[index]) && !cueWords.contains(index)
            }.map { $0 + 1 } ?? items.upperBound)
        }
        // The whole list as written, with the items that name nothing known.
        let start = min(hard[0].start, unnamedItems.first?.lowerBound ?? .max)
        let end = max(hard[hard.count - 1].end, unnamedItems.last?.upperBound ?? 0)
        let display =
          hard.count == 1 && unnamedItems.isEmpty
          ? hard[0].spelling(in: analysed, scalars: scalars)
          : Tokenizer.span(analysed.tokens[start..<end], in: scalars)
        let spelled =
          hard.count > 1 && display.count > 60
          ? hard.map { $0.spelling(in: analysed, scalars: scalars) }.joined(separator: " / ") : display
        var requirement = Requirement(
          term: found.lead.map { "\($0) (\(spelled))" } ?? spelled,
          kind: vocabulary.kind(of: hard[0].concept), part: line.part, weight: weight, line: line.text)
        requirement.lineNumber = number
        // What an aside or a later clause only prefers is a nice-to-have of a line that asks.
        if preferred.contains(hard[0].start) {
          requirement.part = .nice
          requirement.weight = min(
            weight, Self.weight(of: .nice, postingHasRequirementParts: hasRequirementParts))
        }
        requirement.concepts = hard.map(\.concept)
        requirement.isInsteadOfDegree = requirement.kind == .credential && isInsteadOfDegree(hard[0].start)
        requirement.asksForExperience = asksForExperience
        requirement.examples = found.examples.filter { !requirement.concepts.contains($0) }
        requirement.exampleOf = found.exampleOf
        requirement.newcomers = line.welcomeReach.contains(hard[0].start) ? line.welcomesNewcomers : nil
        requirement.isLearntOnTheJob =
          teaches || hard.allSatisfy { followsRule($0.start, after: rules, in: analysed, scalars: scalars) }
        if requirement.newcomers == .withRelatedExperience {
          requirement.relatedWords = hard.flatMap { $0.start..<$0.end }.filter {
            Self.isContentWord(analysed.tokens[$0], data: data)
          }.map { analysed.keys[$0].all }
        }
        // "A or B C" says "A C or B C": an item before a term of two words or more, with that
        // term's words after its first, may name something known ("edukasi atau konseling gizi"
        // names edukasi gizi, "manual or automation testing" manual testing).
        var unnamed = unnamedItems
        if let last = hard.last, last.end - last.start >= 2 {
          let shared = Tokenizer.span(analysed.tokens[(last.start + 1)..<last.end], in: scalars)
          unnamed.removeAll { items in
            guard items.upperBound <= last.start else { return false }
            // The item's last words, longest first: the "edukasi" of "pernah kasih edukasi".
            for start in items {
              let words = Tokenizer.span(analysed.tokens[start..<items.upperBound], in: scalars)
              guard let concept = vocabulary.concept(spelledBy: reader.read(words + " " + shared)) else { continue }
              if !requirement.concepts.contains(concept) { requirement.concepts.append(concept) }
              return true
            }
            return false
          }
        }
        requirement.unnamedAlternatives = unnamed.map { items in
          items.filter { Self.isContentWord(analysed.tokens[$0], data: data) }.map { analysed.keys[$0].all }
        }
        // The words before the examples name what they are examples of: an entry whose title
        // holds them all is one ("Sertifikat Pelatihan Inseminator" for "sertifikat pelatihan
        // inseminator (BBIB Singosari / BIB Lembang)"). One word says too little ("tools").
        if let lead = found.lead {
          let words = reader.read(lead)
          let content = words.tokens.indices.filter { Self.isContentWord(words.tokens[$0], data: data) }
          if content.count >= 2 { requirement.unnamedAlternatives.append(content.map { words.keys[$0].all }) }
        }
        if hard.count == 1, vocabulary.gradePointAverage.map(vocabulary.concept) == vocabulary.concept(hard[0].concept),
          let minimum = Self.minimumGradePoint(after: analysed.tokens[hard[0].end - 1].end, in: scalars)
        {
          requirement.minimumGradePoint = minimum.value
          requirement.term = String(
            String.UnicodeScalarView(scalars[analysed.tokens[hard[0].start].start..<minimum.end]))
        }
        requirements.add(requirement)
        named = true
      }
      if let degree {
        // "A 2:1 or above": the class of honours it takes, whose words name no field.
        let honours = data.degreeClass(in: scalars)
        let classWords = Set(
          analysed.tokens.indices.filter { index in
            honours.map { $0.range.overlaps(analysed.tokens[index].start..<analysed.tokens[index].end) } ?? false
          })
        // The class (when it comes first), the level and the fields as the line names them, to its
        // end: "S1 Teknik Informatika, Ilmu Komputer atau sejenisnya", cut at a word when long.
        // An aside in parentheses ("(final-year students welcome)") is left out.
        let aside = (degree.end..<analysed.count).first { index in
          scalars[analysed.tokens[index - 1].end..<analysed.tokens[index].start].contains("(")
        }
        // An aside that holds a number ("S1 (lulus tahun 2025 atau 2026) jurusan Teknik Elektro")
        // remarks on the level: the fields named after it are still the line's.
        let remark = aside.flatMap { start -> Range<Int>? in
          let end =
            (start + 1..<analysed.count).first { index in
              scalars[analysed.tokens[index - 1].end..<analysed.tokens[index].start].contains(")")
            } ?? analysed.count
          let holdsNumber = (start..<end).contains { analysed.tokens[$0].folded.contains(where: \.isNumber) }
          return holdsNumber && end < analysed.count ? start..<end : nil
        }
        let first = min(degree.start, classWords.min() ?? degree.start)
        let asWritten =
          remark.map { remark in
            let clauseEnd =
              (remark.upperBound + 1..<analysed.count).first { analysed.breakBefore[$0] } ?? analysed.count
            let closing = Tokenizer.between(
              analysed.tokens[remark.upperBound - 1], analysed.tokens[remark.upperBound], in: scalars)
            let after =
              closing.contains(where: ",.;:".contains)
              ? "" : " " + Tokenizer.span(analysed.tokens[remark.upperBound..<clauseEnd], in: scalars)
            return Tokenizer.span(analysed.tokens[first..<remark.lowerBound], in: scalars) + after
          } ?? Tokenizer.span(analysed.tokens[first..<(aside ?? analysed.count)], in: scalars)
        var requirement = Requirement(
          term: Self.shortened(asWritten, to: 90),
          kind: .degree,
          part: line.part, weight: weight * Self.vagueShare, line: line.text)
        requirement.lineNumber = number
        requirement.level = degree.level
        requirement.minimumClass = honours?.rank
        // Fields the line only prefers ("ideally in English or History", "S1 Akuntansi
        // diutamakan") are a wish: any field will do. "Fresh graduates are welcome" welcomes
        // newcomers to the experience the line asks for; it prefers no field.
        let welcoming = line.welcomesNewcomers == nil ? [] : words(.welcome)
        let isLevel = { (index: Int) in levels.contains { ($0.start..<$0.end).contains(index) } }
        // A preference after another level is that level's: "SMK Teknik Mesin / Teknik Elektro, D3
        // lebih diutamakan" prefers a D3, and still asks for the SMK's fields. A level joined to
        // the first ("Diploma / Degree in Accounting"), or one more alternative ("SMK TKJ / D3 / S1
        // Teknik Informatika"), shares the line's fields.
        let preferences = (data.cues[.nice] ?? []).filter { phrase in !phrase.contains(where: welcoming.contains) }
          .flatMap { Self.occurrences(of: $0, in: folded).map(\.lowerBound) }
        let laterLevel =
          levels.filter { level in
            level.start >= degree.end && preferences.contains { $0 >= level.end }
              && (degree.end..<level.start).contains { index in
                !isLevel(index) && Self.isContentWord(analysed.tokens[index], data: data)
              }
          }.map(\.start).min() ?? analysed.count
        let prefers = preferences.contains { $0 < laterLevel }
        requirement.anyField = has(.anyField, in: folded) || prefers || offersExperienceInstead(folded)
        // A cue's word after the level is a field's name: the "Pendidikan" of "S1 Psikologi atau
        // Pendidikan" (education), not of "Pendidikan min. S1". A place names none: the
        // "Malaysia" of "accredited by the Board of Quantity Surveyors Malaysia".
        let notFields = words(.fieldWords)
        // Its fields are named in its own part of the line: not the "Full-time" of "Full-time ·
        // On-site · Minimum Bachelor's Degree".
        let part = Self.segment(around: degree.start, in: analysed, scalars: scalars)
        // The list of fields ends at a number, a word every ad uses, a word that insists ("at
        // least") or one that grades subjects (cue `subject-grades`) after the level: "a degree
        // and 1 year of sales experience" asks for no degree in sales, "SPM with credits in Bahasa
        // Melayu and English" for no field.
        let insisting = positions(of: [.must], in: folded)
        let grades = words(.subjectGrades)
        let plainEnd =
          (min(degree.end, part.upperBound)..<part.upperBound).first { index in
            remark?.contains(index) != true
              && (data.adWords.contains(folded[index]) || folded[index].allSatisfy(\.isNumber)
                || insisting.contains(index) || grades.contains(folded[index]))
          } ?? part.upperBound
        let fields = fields.filter { !(plainEnd..<part.upperBound).contains($0.start) }
        // A level is no field, though the vocabulary knows its name ("SMK"); a professional
        // degree is both ("LLB", "DVM": a level and the field of law or veterinary medicine).
        requirement.fields = fields.filter {
          !($0.start..<$0.end).allSatisfy(isLevel) || vocabulary.isFieldOfStudy($0.concept)
        }.map(\.concept)
        let professional = Set(
          fields.filter { vocabulary.isFieldOfStudy($0.concept) && ($0.start..<$0.end).allSatisfy(isLevel) }
            .flatMap { $0.start..<$0.end })
        let isFieldWord = { (index: Int) in
          Self.isContentWord(analysed.tokens[index], data: data) && !notFields.contains(analysed.tokens[index].folded)
            && (!isLevel(index) || professional.contains(index))
        }
        requirement.fieldPhrases = fields.map { field in
          (field.start..<field.end).filter(isFieldWord).map { analysed.keys[$0].all }
        }.filter { !$0.isEmpty }
        // Before the level, only the words right before it name fields ("Accounting graduate
        // (S1)"), back to a word of grammar, a label's colon or a list's comma: not the "love" and
        // "hear" of "We would love to hear from you if you have a diploma", nor the "Education" of
        // "Education: Bachelor's Degree", nor the "IC" of "Copies of your IC, SPM certificate".
        let opening =
          (part.lowerBound..<min(degree.start, part.upperBound)).last { index in
            data.stopWords.contains(folded[index])
              || Tokenizer.between(analysed.tokens[index], analysed.tokens[index + 1], in: scalars).contains {
                $0 == ":" || $0 == ","
              }
          }.map { $0 + 1 } ?? part.lowerBound
        let asking = positions(of: [.nice], in: folded)
        let fieldNames = part.filter { index in
          index >= opening && remark?.contains(index) != true && isFieldWord(index) && !asking.contains(index)
            && !data.places.contains(analysed.tokens[index].folded)
            && !(grammar.contains(index) && index < degree.start) && !classWords.contains(index)
        }
        // The list of fields ends at "or a related field": what follows names none ("with two
        // years in software development", "or a holder of TESDA Animal Health Care and
        // Management NC III").
        let related = words(.relatedField)
        // Nor past a later level, whose words are its own ("SMA/SMK, D3/S1 lebih disukai").
        let end = min(
          plainEnd, laterLevel,
          fieldNames.first.flatMap { first in (first..<part.upperBound).first { related.contains(folded[$0]) } }
            ?? part.upperBound)
        requirement.fieldWords = fieldNames.filter { $0 < end }.map { analysed.keys[$0].all }
        // "Or related" accepts a field of the family of any it names; a family named as a whole
        // ("a degree in social sciences, statistics or public health") accepts any of its fields.
        let listed = Array(folded[part.lowerBound..<end])
        requirement.relatedFamilies = data.fieldFamilies(of: listed, namedWhole: !has(.relatedField, in: folded))
        requirements.add(requirement)
        named = true
      }
      // A sentence that ends in a colon ("Typical work includes:") introduces what follows; one
      // that asks a question ("Suka ngonten?") names its wish only in the terms it holds.
      if !named, terms.isEmpty, line.part != .title, !line.text.hasSuffix(":"), !line.text.hasSuffix("?") {
        let words = analysed.tokens.indices.filter { Self.isContentWord(analysed.tokens[$0], data: data) }
        if words.count >= 2 {
          var requirement = Requirement(
            term: Self.shortened(line.text, to: 120), kind: .general,
            part: line.part, weight: weight * Self.vagueShare, line: line.text)
          // Words every ad uses ("experience", "knowledge", "pengalaman") are in no one's entries:
          // the line is proven by the words that say what it asks.
          let telling = words.filter { !data.adWords.contains(analysed.tokens[$0].folded) }
          requirement.words = (telling.isEmpty ? words : telling).map { analysed.keys[$0].all }
          requirements.add(requirement)
        }
      }
    }
    // A term said often counts more, but not in proportion: BM25's query-term saturation.
    for index in query.indices {
      query[index].weight = (Self.k3 + 1) * query[index].weight / (Self.k3 + query[index].weight)
    }
    // The languages of one line ("English, Filipino and Cebuano") share its weight: to speak the
    // languages of the place is one requirement, however many it names.
    var asked = requirements.items
    var languagesOnLine: [Int: Int] = [:]
    for requirement in asked where requirement.kind == .language && requirement.lineNumber >= 0 {
      languagesOnLine[requirement.lineNumber, default: 0] += 1
    }
    for index in asked.indices where asked[index].kind == .language {
      if let count = languagesOnLine[asked[index].lineNumber], count > 1 { asked[index].weight /= Double(count) }
    }
    return PostingAnalysis(lines: lines, requirements: asked, softSkills: soft.items, query: query)
  }

  /// Whether the term at `start` is a rule the duty keeps: after "follow", "mematuhi" or
  /// "menerapkan" (`rules`, the sorted positions of the cue `complies`, not "follow up"), at most
  /// `ruleReach` words before it in the same clause ("Follow food safety and HACCP procedures",
  /// "Menerapkan prinsip KYC").
  func followsRule(_ start: Int, after rules: [Int], in text: AnalysedText, scalars: [Unicode.Scalar]) -> Bool {
    // The last cue before the term, by halving: a duty may repeat the cue thousands of times.
    var (low, high) = (0, rules.count)
    while low < high {
      let middle = (low + high) / 2
      if rules[middle] < start { low = middle + 1 } else { high = middle }
    }
    guard low > 0, case let last = rules[low - 1], start - last <= Self.ruleReach else { return false }
    // A tool the duty is done with is no rule: "follow your stories' performance in Chartbeat".
    let through = words(.compliesThrough)
    return (last + 1...start).allSatisfy { index in
      !text.breakBefore[index]
        && !Tokenizer.between(text.tokens[index - 1], text.tokens[index], in: scalars).contains(where: ".;:".contains)
        && (index == start || !through.contains(text.tokens[index].folded))
    }
  }

  /// The most words between a `complies` cue and the rule it names.
  static let ruleReach = 6

  /// Whether a line on education offers a length of experience instead: "or" and a number of months
  /// or years within a few words ("A technical degree, or 6+ months in a technical support role",
  /// "Bachelor's degree or 2 years of relevant experience").
  func offersExperienceInstead(_ words: [String]) -> Bool {
    let (alternatives, durations) = (self.words(.alternative), self.words(.duration))
    return words.indices.contains { index in
      guard alternatives.contains(words[index]) else { return false }
      let after = words[(index + 1)..<min(words.count, index + 5)]
      return zip(after, after.dropFirst()).contains { $0.0.first?.isNumber == true && durations.contains($0.1) }
    }
  }

  /// The positions of the tokens in parentheses, or in a clause after the first, that say they are
  /// only preferred: all of "(diutamakan Akuntansi / Manajemen)" on a line that insists on a level
  /// of education, or of "; Cebuano or Bikol is a plus"; the last item of "(pivot table, VLOOKUP,
  /// macro menjadi nilai tambah)", whose cue follows it.
  func preferredAsides(in text: AnalysedText, scalars: [Unicode.Scalar]) -> Set<Int> {
    var preferred = Set<Int>()
    func read(_ aside: [Int]) {
      let cue = positions(of: [.nice], in: aside.map { text.tokens[$0].folded })
      guard let first = cue.min() else { return }
      // From the cue, or from the start of the item it ends.
      let start = first == 0 ? 0 : (1...first).last { text.breakBefore[aside[$0]] } ?? 0
      preferred.formUnion(aside[start...])
    }
    var aside: [Int] = []
    var clause: [Int]?
    var open = false
    for index in text.tokens.indices {
      let before = Tokenizer.between(index > 0 ? text.tokens[index - 1] : nil, text.tokens[index], in: scalars)
      if open, before.contains(")") {
        read(aside)
        (open, aside) = (false, [])
      }
      if !open, Self.clauseBreaks.contains(where: before.contains) {
        if let clause { read(clause) }
        clause = []
      }
      if before.contains("(") { (open, aside) = (true, []) }
      if open { aside.append(index) }
      clause?.append(index)
    }
    if open { read(aside) }
    if let clause { read(clause) }
    return preferred
  }

  /// Whether the tokens `range` of `text` stand alone in parentheses: "(S1)".
  static func inParentheses(_ range: Range<Int>, of text: AnalysedText, scalars: [Unicode.Scalar]) -> Bool {
    guard !range.isEmpty, range.upperBound <= text.count else { return false }
    let before = Tokenizer.between(
      range.lowerBound > 0 ? text.tokens[range.lowerBound - 1] : nil, text.tokens[range.lowerBound], in: scalars)
    return before.trimmingCharacters(in: .whitespaces).hasSuffix("(")
      && textAfter(range, of: text, scalars: scalars).trimmingCharacters(in: .whitespaces).hasPrefix(")")
  }

  /// The text after the tokens `range`, up to the next token or the end.
  static func textAfter(_ range: Range<Int>, of text: AnalysedText, scalars: [Unicode.Scalar]) -> String {
    let last = text.tokens[range.upperBound - 1]
    return range.upperBound < text.count
      ? Tokenizer.between(last, text.tokens[range.upperBound], in: scalars)
      : String(String.UnicodeScalarView(scalars[last.end...]))
  }

  /// The text cut at a word to at most `limit` characters, with an ellipsis when cut: a level of
  /// education keeps the fields it names first ("Bachelor's degree in Statistics, Mathematics, …").
  static func shortened(_ text: String, to limit: Int) -> String {
    guard text.count > limit else { return text }
    let cut = text.prefix(limit - 1)
    var word = cut.lastIndex(of: " ").map { cut[..<$0] } ?? cut
    while let last = word.last, " ,;/".contains(last) { word = word.dropLast() }
    return word + "…"
  }

  /// A name the posting uses right before a credential is the credential's class, not a term of its
  /// own: "Class D driving licence" is one licence, which the licence proves.
  func joiningClasses(_ terms: [FoundTerm], in text: AnalysedText) -> [FoundTerm] {
    var joined: [FoundTerm] = []
    for term in terms {
      if let last = joined.last, last.end == term.start, text.isPhrase(last.start, term.end),
        vocabulary.origin(of: last.concept) == .posting, vocabulary.kind(of: last.concept) != .credential,
        vocabulary.kind(of: term.concept) == .credential
      {
        joined[joined.count - 1] = FoundTerm(concept: term.concept, start: last.start, end: term.end)
        continue
      }
      joined.append(term)
    }
    return joined
  }

  /// A term written twice in a row, the second time as its abbreviation in parentheses
  /// ("statistical process control (SPC)"), is one term over both.
  static func joiningAbbreviations(_ terms: [FoundTerm], in text: AnalysedText, scalars: [Unicode.Scalar])
    -> [FoundTerm]
  {
    var joined: [FoundTerm] = []
    for term in terms {
      if let last = joined.last, last.concept == term.concept {
        let gap = Tokenizer.between(text.tokens[last.end - 1], text.tokens[term.start], in: scalars)
        if gap.trimmingCharacters(in: .whitespaces) == "(" {
          joined[joined.count - 1].abbreviation = term.start
          joined[joined.count - 1].end = term.end
          continue
        }
      }
      joined.append(term)
    }
    return joined
  }

  /// Whether words, as written, end in a person's title: in the plural, the people a job works
  /// with ("Enrolled Nurses", "Personal Care Workers", "GPs"), whom no one is asked to be; in the
  /// singular, one person ("the Clinical Research Coordinator"). The plural's s is small: the S of
  /// "MPS" (master production schedule) is a letter of the name. The head is the last word before
  /// one of cue `after-head`: "Assistants in Nursing" names people, "Training of Trainers" a course.
  func namesPeople(_ words: [String], plural: Bool = true) -> Bool {
    let afterHead = self.words(.afterHead)
    guard let last = words.prefix(while: { !afterHead.contains(Tokenizer.fold($0)) }).last else { return false }
    let folded = Tokenizer.fold(last)
    guard plural else { return data.personWords.contains(folded) }
    guard last.hasSuffix("s"), !last.hasSuffix("ss") else { return false }
    return data.pluralPersonWords.contains(String(folded.dropLast()))
      || (folded.hasSuffix("es") && data.pluralPersonWords.contains(String(folded.dropLast(2))))
  }

  /// The one-word phrases of a cue, as a set.
  func words(_ cue: PostingCue) -> Set<String> { data.cueWords[cue] ?? [] }

  /// The folded words that name a job: its title up to a qualifier ("Tenaga Teknis Kefarmasian"
  /// of "Tenaga Teknis Kefarmasian (TTK)", "Laboratory Technician" of "Laboratory Technician –
  /// Water Quality").
  static func name(ofTitle title: String) -> [String] {
    let qualifier = title.firstIndex { "([|,–—:".contains($0) } ?? title.endIndex
    let name = title[..<qualifier].components(separatedBy: " - ")[0]
    return TailoringData.foldedWords(String(name))
  }

  /// Where `phrase` stands in `words`, every time.
  static func occurrences(of phrase: [String], in words: [String]) -> [Range<Int>] {
    guard !phrase.isEmpty, phrase.count <= words.count else { return [] }
    return (0...(words.count - phrase.count)).filter { start in
      (0..<phrase.count).allSatisfy { words[start + $0] == phrase[$0] }
    }.map { $0..<($0 + phrase.count) }
  }

  /// A word that says something: not a stop word, not a number, two letters or more.
  static func isContentWord(_ token: Token, data: TailoringData) -> Bool {
    token.folded.count >= 2 && !data.stopWords.contains(token.folded)
      && token.folded.contains(where: \.isLetter)
  }

  /// The known terms of a requirement's line, in order, less those that are not asked of the
  /// person: the company's own name, places, job-ad shorthand, and teams the person works with
  /// ("with the Sales team", "dengan tim Marketing").
  func terms(
    in text: AnalysedText, scalars: [Unicode.Scalar], company: Set<String>, redefined: Set<String> = []
  ) -> [FoundTerm] {
    // "Work with" coordinates, though not as words of use: "experience working with Opta data".
    let folded = text.tokens.map(\.folded)
    let coordinates = !positions(of: [.coordination], in: folded).subtracting(positions(of: [.uses], in: folded))
      .isEmpty
    let matches = vocabulary.matches(in: text, all: false)
    let teams = teamLists(matches, in: text, scalars: scalars, coordinates: coordinates)
    return matches.enumerated().compactMap { number, match -> FoundTerm? in
      if teams.contains(number) { return nil }
      let folded = text.tokens[match.start..<match.end].map(\.folded)
      // People the job works with ("work with Enrolled Nurses", "together with families and GPs").
      if namesPeople(text.tokens[match.start..<match.end].map(\.surface)) { return nil }
      if match.end - match.start == 1, data.stopWords.contains(folded[0]),
        vocabulary.kind(of: match.concept) != .tool
      {
        return nil
      }
      // A place is no term, though a language is ("Japanese" customers, fluent in Japanese).
      let isName = vocabulary.origin(of: match.concept) == .posting
      if folded.allSatisfy({
        company.contains($0) || (isName && data.places.contains($0)) || data.notTerms.contains($0)
      }) {
        return nil
      }
      // A body the person deals with ("liaise with Ofwat", "berkoordinasi dengan Kemenkes") is a
      // name the posting uses, but no skill.
      // So is a department by its letters ("berkoordinasi dengan gudang dan QC").
      let isAbbreviation = match.end - match.start == 1 && Vocabulary.isAcronym(text.tokens[match.start].surface)
      if coordinates, vocabulary.origin(of: match.concept) == .posting || isAbbreviation, match.start > 0,
        words(.with).contains(text.tokens[match.start - 1].folded)
      {
        return nil
      }
      // A body that approves what the line asks for is no term: "a PETRONAS-approved offshore
      // medical".
      if isApprover(endingAt: match.end, in: text) { return nil }
      // Letters in parentheses after the words they abbreviate stand for those words here, not for
      // the term they spell elsewhere: the PR of "purchase requisition (PR)" is no public relations;
      // nor is the PHO of a posting that defines "Provincial Health Office (PHO)" on another line.
      if isAbbreviation,
        redefined.contains(text.tokens[match.start].surface)
          || definition(of: match.start..<match.end, in: text, scalars: scalars) != nil,
        !matches.contains(where: { $0.concept == match.concept && $0.end == match.start })
      {
        return nil
      }
      return FoundTerm(concept: match.concept, start: match.start, end: match.end)
    }
  }

  /// The terms, by number, that a word for a team heads or ends, alone or with the rest of their
  /// list: "the Sales team", "tim Marketing", "bagian Produksi, Purchasing, QC dan Gudang", "the
  /// Sales, Marketing and Finance teams". Each is a team the person works with, as are the
  /// departments listed after a coordinating "with".
  func teamLists(_ matches: [Vocabulary.Match], in text: AnalysedText, scalars: [Unicode.Scalar], coordinates: Bool)
    -> Set<Int>
  {
    let list = ListReader(
      reader: self, text: text, scalars: scalars,
      terms: matches.map { FoundTerm(concept: $0.concept, start: $0.start, end: $0.end) })
    let (teamBefore, teamAfter) = (words(.teamBefore), words(.teamAfter))
    var teams = Set<Int>()
    var first = 0
    while first < matches.count {
      var last = first
      while last + 1 < matches.count {
        let (end, next) = (matches[last].end, matches[last + 1].start)
        guard
          (end == next && [",", "/"].contains(list.mark(before: next))) || list.items(after: end, until: next).reached
        else { break }
        last += 1
      }
      let start = list.items(before: matches[first].start).items.first?.lowerBound ?? matches[first].start
      let end = list.items(after: matches[last].end, until: text.count).items.last?.upperBound ?? matches[last].end
      let headed = start > 0 && !text.breakBefore[start] && teamBefore.contains(text.tokens[start - 1].folded)
      let ended = end < text.count && !text.breakBefore[end] && teamAfter.contains(text.tokens[end].folded)
      // A team is named by its field ("Sales", "QC"), never by a tool, language or credential:
      // "Excel and the Sales team" still asks for Excel. After a word for a team ("tim Growth
      // dan Ops"), a name the vocabulary does not know is a team's too.
      if headed || ended {
        teams.formUnion(
          (first...last).filter { number in
            [.skill, .soft].contains(vocabulary.kind(of: matches[number].concept))
              || (headed && vocabulary.origin(of: matches[number].concept) == .posting)
          })
      }
      // The departments and bodies a line coordinates with, by their letters or names, the whole
      // list after "with": "berkoordinasi dengan gudang, PPIC dan QC".
      if coordinates, start > 0, !text.breakBefore[start], words(.with).contains(text.tokens[start - 1].folded) {
        teams.formUnion(
          (first...last).filter { number in
            let match = matches[number]
            return vocabulary.origin(of: match.concept) == .posting
              || (match.end - match.start == 1 && Vocabulary.isAcronym(text.tokens[match.start].surface))
          })
      }
      first = last + 1
    }
    return teams
  }

  /// Terms side by side in a list form one group: "Zendesk, Freshdesk or Intercom", "X atau Y",
  /// "such as X, Y" are one requirement each of whose terms proves it; "SQL, Python and Excel" are
  /// three. A term alone is a group of one.
  func groups(_ terms: [FoundTerm], in text: AnalysedText, scalars: [Unicode.Scalar], line: String) -> [TermGroup] {
    let separators = words(.list)
    let alternatives = words(.alternative)
    // Lines that offer examples make their lists alternatives: "tools such as Excel, SQL and
    // Tableau", "Zendesk, Freshdesk or similar". After "such as", "seperti" and the like, only the
    // list it opens: "SQL and a BI tool such as Power BI or Tableau" still asks for SQL, and
    // "… seperti Brebes, Garut dan Majalengka, serta memiliki SIM A dan SIM C" for both licences.
    let folded = text.tokens.map(\.folded)
    let introducers = data.cues[.examplesAfter] ?? []
    let examplePhrases = data.cues[.examples] ?? []
    let trailingExamples = examplePhrases.filter { !introducers.contains($0) }
    let offersExamples = trailingExamples.contains { Self.contains(folded, $0) }
    let examplesOpenAt = Set(
      examplePhrases.filter(introducers.contains).flatMap { Self.occurrences(of: $0, in: folded).map(\.upperBound) })
    // An aside that only insists or prefers is no part of the list: "Trados Studio (wajib) atau
    // memoQ" offers memoQ instead.
    func gap(_ before: FoundTerm, _ after: FoundTerm) -> String {
      var between = Tokenizer.between(text.tokens[before.end - 1], text.tokens[after.start], in: scalars)
        .lowercased()
      if let opening = between.firstIndex(of: "("), let closing = between[opening...].firstIndex(of: ")") {
        let inner = between[between.index(after: opening)..<closing].split { !$0.isLetter }.map(String.init)
        if (1...3).contains(inner.count), has(.must, in: inner) || has(.nice, in: inner) {
          between.removeSubrange(opening...closing)
        }
      }
      return between
    }
    func opens(_ gap: String) -> Bool {
      guard let opening = gap.lastIndex(of: "(") else { return false }
      return gap.lastIndex(of: ")").map { $0 < opening } ?? true
    }
    func wordsIn(_ gap: String) -> [String] { gap.split { !$0.isLetter }.map(String.init) }
    // "such as" right after a term, or after up to two words naming its kind ("a BI tool such as").
    func introducesExamples(_ gap: String) -> Bool {
      let words = wordsIn(gap)
      return introducers.contains { phrase in
        words.count >= phrase.count && words.count <= phrase.count + 2 && Array(words.suffix(phrase.count)) == phrase
          && words.dropLast(phrase.count).allSatisfy { !data.stopWords.contains($0) }
      }
    }
    // A semicolon parts lists: "AutoCAD; SAP2000 or ETABS" asks for AutoCAD and one of the others.
    func isList(_ gap: String) -> Bool {
      gap.count <= 12 && !gap.contains(";") && wordsIn(gap).allSatisfy(separators.contains)
    }
    // "HubSpot or other marketing automation tools", "Excel atau sejenisnya": the name and the kind
    // it is an example of are one requirement.
    let orOther = (data.cues[.examples] ?? []).filter { $0.contains(where: alternatives.contains) }
    func offersAnother(_ gap: String) -> Bool {
      !gap.contains("(") && !gap.contains(")") && orOther.contains(wordsIn(gap))
    }
    // A list of examples ends where the outer list goes on: at ", and", a semicolon or a stop.
    func endsExamples(_ gap: String) -> Bool {
      let words = wordsIn(gap)
      return gap.contains(".")
        || (gap.contains(",") && words.first.map(separators.contains) == true
          && !words.contains(where: alternatives.contains))
    }
    // Each term with its examples or parts: the terms in parentheses after it ("a CRM (Salesforce,
    // HubSpot, Pipedrive)", "SAP (modul PP/MM)", "attribution (AppsFlyer / Adjust)"), or the list
    // right after "like", "such as", "seperti" ("OTAs like Booking.com and Expedia"). Terms in
    // parentheses after words that name nothing known ("courier bookings (DPD, Royal Mail, Evri)")
    // are one unit too, any of which proves it (`bracketed`).
    var units: [(head: FoundTerm, examples: [FoundTerm], bracketed: Bool)] = []
    var inParentheses = false
    var inExamples = false
    let negations = words(.negation)
    // The words from `start` up to the closing bracket, on its line.
    func wordsInBrackets(from start: Int) -> [String] {
      var end = start + 1
      while end < text.count, !text.breakBefore[end],
        !Tokenizer.between(text.tokens[end - 1], text.tokens[end], in: scalars).contains(")")
      {
        end += 1
      }
      return text.tokens[start..<end].map(\.folded)
    }
    for term in terms {
      if let last = units.last.map({ $0.examples.last ?? $0.head }) {
        let between = gap(last, term)
        // A parenthesis opened a few words after the last term is that term's examples; further
        // on, the words before it are what it qualifies ("… mengelola docketing tenggat waktu
        // (perpanjangan merek, …)"), a unit of its own.
        if opens(between), let opening = between.lastIndex(of: "("),
          wordsIn(String(between[..<opening])).count > Self.wordsBeforeExamples
        {
          units.append((term, [], true))
          inParentheses = true
          inExamples = false
          continue
        }
        // Not a remark in brackets, where a clause stands before the term or the brackets deny
        // (cue `negation`): "BRCGS (our plant is audited yearly by our buyers)", "CorelDRAW (Canva
        // saja tidak cukup)" give no example.
        let isRemark =
          opens(between)
          && (between.lastIndex(of: "(").map { wordsIn(String(between[$0...])).count > 2 } == true
            || wordsInBrackets(from: term.start).contains(where: negations.contains))
        if (inParentheses && !between.contains(")")) || (opens(between) && !isRemark) {
          units[units.count - 1].examples.append(term)
          inParentheses = true
          continue
        }
        if (inExamples && isList(between) && !endsExamples(between))
          || (!between.contains("(") && !between.contains(")") && introducesExamples(between))
        {
          units[units.count - 1].examples.append(term)
          inExamples = true
          continue
        }
      }
      inExamples = false
      let before =
        units.last.map { gap($0.examples.last ?? $0.head, term) }
        ?? Tokenizer.between(nil, text.tokens[term.start], in: scalars)
      inParentheses = units.isEmpty && opens(before)
      units.append((term, [], inParentheses))
    }
    // Chains of units with only list words between them, and for each gap whether it says "or".
    // Items that name nothing known may stand between them: "corporate communications, PR agency
    // or media".
    let list = ListReader(reader: self, text: text, scalars: scalars, terms: terms)
    var chains:
      [(
        units: [(head: FoundTerm, examples: [FoundTerm], bracketed: Bool)], alternative: [Bool], unnamed: [Range<Int>]
      )] = []
    for unit in units {
      if let previous = chains.last?.units.last, !previous.bracketed, !unit.bracketed {
        let end = (previous.examples.last ?? previous.head).end
        let between = gap(previous.examples.last ?? previous.head, unit.head)
        if isList(between) || offersAnother(between) {
          chains[chains.count - 1].units.append(unit)
          chains[chains.count - 1].alternative.append(
            wordsIn(between).contains(where: alternatives.contains) || between.contains("/"))
          continue
        }
        let walk = list.items(after: end, until: unit.head.start)
        if walk.reached, let alternative = walk.lastIsAlternative {
          chains[chains.count - 1].units.append(unit)
          chains[chains.count - 1].alternative.append(alternative)
          chains[chains.count - 1].unnamed += walk.items
          continue
        }
      }
      chains.append(([unit], [], []))
    }
    // "A, B or C" and "such as A, B" offer alternatives throughout; in "A, B and C / D" only C and
    // D are alternatives. The examples of a term prove it, and are asked for as one requirement of
    // their own: the tools a posting names are what an ATS looks for.
    var groups: [TermGroup] = []
    for chain in chains {
      // The list may go on before and after the terms, with items that name nothing known.
      var unnamed: [Range<Int>] = []
      var lastIsAlternative = chain.alternative.last
      var listStart = chain.units.first?.head.start ?? 0
      if let first = chain.units.first, let last = chain.units.last, !first.bracketed, last.examples.isEmpty {
        let before = list.items(before: first.head.start)
        let after = list.items(after: last.head.end, until: text.count)
        lastIsAlternative = after.lastIsAlternative ?? lastIsAlternative ?? before.lastIsAlternative
        unnamed = before.items + chain.unnamed + after.items
        listStart = before.items.first?.lowerBound ?? listStart
      }
      if lastIsAlternative != true { unnamed = [] }
      // The list opens right after "such as", or after up to two words more ("such as the").
      let afterExamples = (max(0, listStart - Self.wordsAfterExamplesOpener)...listStart).contains(
        where: examplesOpenAt.contains)
      let throughout = offersExamples || afterExamples || chain.alternative.last == true || !unnamed.isEmpty
      let chainGroup = groups.count
      for (index, unit) in chain.units.enumerated() {
        let examples = unit.examples.map(\.concept)
        if unit.bracketed {
          groups.append(
            TermGroup(terms: [unit.head] + unit.examples, lead: lead(before: unit.head, in: text, scalars: scalars)))
          continue
        }
        if index > 0, throughout || chain.alternative[index - 1] {
          groups[groups.count - 1].terms.append(unit.head)
          groups[groups.count - 1].examples += examples
        } else {
          groups.append(TermGroup(terms: [unit.head], examples: examples))
        }
      }
      if !unnamed.isEmpty, chainGroup < groups.count { groups[chainGroup].unnamed = unnamed }
      for unit in chain.units where !unit.examples.isEmpty && !unit.bracketed {
        groups.append(TermGroup(terms: unit.examples, exampleOf: unit.head.concept))
      }
    }
    return groups
  }

  /// The tokens around `position` up to the marks that part a line into items of their own ("·",
  /// "|", "•", ";").
  static func segment(around position: Int, in text: AnalysedText, scalars: [Unicode.Scalar]) -> Range<Int> {
    func parts(_ index: Int) -> Bool {
      Tokenizer.between(text.tokens[index - 1], text.tokens[index], in: scalars).contains { "·|•;".contains($0) }
    }
    var start = position
    while start > 0, !parts(start) { start -= 1 }
    var end = position + 1
    while end < text.count, !parts(end) { end += 1 }
    return start..<end
  }

  /// What each word of a term of two words or more counts, beside the term: an entry that says it
  /// in other words ("Basic First Aid and CPR Certificate" for "First Aid certificate") still
  /// meets part of it, as a search engine's would.
  static let termWordShare = 0.5

  /// The most words between "such as" (or "seperti", …) and the list of examples it opens.
  static let wordsAfterExamplesOpener = 2

  /// The most words between a term and the parenthesis that gives its examples ("Excel skills
  /// (VLOOKUP, pivot)").
  static let wordsBeforeExamples = 3

  /// Reads the items of a list that name nothing known, beside the terms of a line: "warehouse or
  /// retail supervisory role" after "logistics". An item is up to three content words (a hyphen
  /// joins two: "customer-facing"); items are parted by a comma, a slash or a list word ("or",
  /// "dan"). "Or similar" and the like are no item: they offer examples.
  struct ListReader {
    let reader: PostingReader
    let text: AnalysedText
    let scalars: [Unicode.Scalar]
    /// The tokens that are part of a known term.
    let named: Set<Int>
    let separators: Set<String>
    let alternatives: Set<String>
    /// "And", "dan", "serta": the list words that join.
    let conjunctions: Set<String>
    /// Words for a team ("tim", "teams"): they head or end a list, never stand in it.
    let teamWords: Set<String>

    init(reader: PostingReader, text: AnalysedText, scalars: [Unicode.Scalar], terms: [FoundTerm]) {
      self.reader = reader
      self.text = text
      self.scalars = scalars
      named = Set(terms.flatMap { $0.start..<$0.end })
      separators = reader.words(.list)
      alternatives = reader.words(.alternative)
      conjunctions = reader.words(.joins).subtracting(alternatives)
      teamWords = reader.words(.teamBefore).union(reader.words(.teamAfter))
    }

    /// The text between tokens `index - 1` and `index`, less the spaces around it.
    func mark(before index: Int) -> String {
      Tokenizer.between(text.tokens[index - 1], text.tokens[index], in: scalars).trimmingCharacters(in: .whitespaces)
    }

    func isItemWord(_ index: Int) -> Bool {
      let token = text.tokens[index]
      return !named.contains(index) && PostingReader.isContentWord(token, data: reader.data)
        && !reader.data.adWords.contains(token.folded) && !separators.contains(token.folded)
        && !teamWords.contains(token.folded)
    }

    /// Whether token `index` is a common word that ends an item, before a mark, a list word or the
    /// line's end: "work" of "tutoring, youth work or volunteering".
    func endsItem(_ index: Int) -> Bool {
      let token = text.tokens[index]
      guard !named.contains(index), !separators.contains(token.folded), !teamWords.contains(token.folded),
        !reader.data.adWords.contains(token.folded), token.folded.contains(where: \.isLetter)
      else { return false }
      let next = index + 1
      return next == text.count || !mark(before: next).isEmpty || separators.contains(text.tokens[next].folded)
    }

    /// Whether the words from `index` offer examples ("or similar", "atau sejenisnya").
    func offersExamples(at index: Int) -> Bool {
      (reader.data.cues[.examples] ?? []).contains { phrase in
        index + phrase.count <= text.count && text.tokens[index..<(index + phrase.count)].map(\.folded) == phrase
      }
    }

    /// The items from token `start` on, each after a separator, up to `limit`; `reached` when the
    /// last separator ends at `limit`. The walk may begin with the rest of the item it starts in
    /// ("agency" of "PR agency").
    func items(after start: Int, until limit: Int) -> (items: [Range<Int>], lastIsAlternative: Bool?, reached: Bool) {
      var position = start
      var items: [Range<Int>] = []
      var lastIsAlternative: Bool?
      // After an "and", a slash parts the last item's words, not the list: "kincir, pompa dan
      // aplikasi probiotik/kapur" asks for each.
      var joined = false
      while position < limit, position - start < 2, isItemWord(position), mark(before: position).isEmpty {
        position += 1
      }
      while position < limit, position > 0 {
        // "… or similar", "… or a related subject": the items before it are alternatives.
        guard !offersExamples(at: position) else {
          if !items.isEmpty, alternatives.contains(text.tokens[position].folded) { lastIsAlternative = true }
          break
        }
        let mark = mark(before: position)
        guard mark.isEmpty || mark == "," || mark == "/" else { break }
        var separated = !mark.isEmpty
        var alternative = mark == "/"
        while position < limit, separators.contains(text.tokens[position].folded),
          !separated || self.mark(before: position).isEmpty || self.mark(before: position) == ","
        {
          alternative = alternative || alternatives.contains(text.tokens[position].folded)
          joined = joined || conjunctions.contains(text.tokens[position].folded)
          separated = true
          position += 1
        }
        guard separated else { break }
        if joined, mark == "/" { alternative = false }
        if position == limit { return (items, alternative, true) }
        let itemStart = position
        while position < limit, position - itemStart < 3,
          isItemWord(position) || (position > itemStart && endsItem(position)),
          position == itemStart || self.mark(before: position).isEmpty || text.gluedBefore[position]
        {
          position += 1
        }
        guard position > itemStart else { break }
        items.append(itemStart..<position)
        lastIsAlternative = alternative
      }
      return (items, lastIsAlternative, false)
    }

    /// The items before token `end`, each before a separator, back to where the list begins;
    /// `lastIsAlternative` tells the separator nearest `end`.
    func items(before end: Int) -> (items: [Range<Int>], lastIsAlternative: Bool?) {
      var position = end
      var items: [Range<Int>] = []
      var nearest: Bool?
      while position > 0 {
        var separated = false
        var alternative = false
        while position > 1, separators.contains(text.tokens[position - 1].folded), mark(before: position).isEmpty {
          alternative = alternative || alternatives.contains(text.tokens[position - 1].folded)
          separated = true
          position -= 1
        }
        let mark = mark(before: position)
        if mark == "," || mark == "/" {
          separated = true
          alternative = alternative || mark == "/"
        } else if !mark.isEmpty {
          break
        }
        guard separated else { break }
        let itemEnd = position
        while position > 0, itemEnd - position < 3, isItemWord(position - 1),
          position == itemEnd || self.mark(before: position).isEmpty || text.gluedBefore[position]
        {
          position -= 1
        }
        guard position < itemEnd else { break }
        items.insert(position..<itemEnd, at: 0)
        nearest = nearest ?? alternative
      }
      return (items, nearest)
    }
  }

  /// The most content words a lead holds, a credential's opening noun aside.
  static let longestLead = 3

  /// The words right before the parenthesis that opens at `term`: at most three content words,
  /// with the "and" between them, back to a stop word, a mark or the line's first word (its verb,
  /// or a word any line may capitalise): "Manage courier bookings and collections (DPD, …)" gives
  /// "courier bookings and collections".
  func lead(before term: FoundTerm, in text: AnalysedText, scalars: [Unicode.Scalar]) -> String? {
    let joiners = words(.list).subtracting(words(.alternative))
    var start = term.start
    var words = 0
    while start > 1, words < Self.longestLead, !text.breakBefore[start - 1] {
      let token = text.tokens[start - 1]
      let gap = Tokenizer.between(token, text.tokens[start], in: scalars)
      guard start == term.start || gap.allSatisfy({ $0 == " " }) else { break }
      if joiners.contains(token.folded) {
        guard start < term.start, start - 1 > 1 else { break }
      } else {
        guard Self.isContentWord(token, data: data), !data.adWords.contains(token.folded) else { break }
        words += 1
      }
      start -= 1
    }
    // A credential's noun opens the name in Indonesian: "Sertifikat Kompetensi Surveyor Tambang (BNSP)".
    if words == Self.longestLead, start > 1, !text.breakBefore[start - 1],
      self.words(.credentialNoun).contains(text.tokens[start - 1].folded),
      Tokenizer.between(text.tokens[start - 1], text.tokens[start], in: scalars).allSatisfy({ $0 == " " })
    {
      start -= 1
    }
    while start < term.start, joiners.contains(text.tokens[start].folded) { start += 1 }
    guard words > 0, start < term.start else { return nil }
    return Tokenizer.span(text.tokens[start..<term.start], in: scalars)
  }

  /// The highest level of education a text names, and where: "S1", "Bachelor's degree", "D3"; an
  /// experience's degree is the highest it names. A level's word inside one of `terms` of two words
  /// or more is none.
  func degree(in text: AnalysedText, outside terms: [Range<Int>] = []) -> (level: Int, start: Int, end: Int)? {
    degrees(in: text, outside: terms).max { $0.level < $1.level }
  }

  /// Every level of education a line names, in order: "D3", "S1" and "S1" in "D3 Analis Kesehatan /
  /// S1 Biologi / S1 Mikrobiologi". Levels joined by a slash ("D3/S1", "SMA/SMK") are one, at the
  /// lowest of them; a slash joins alternatives of one kind, so a level joins to it a degree the
  /// data does not know ("JD/LLB", "S1/sederajat").
  func degrees(in text: AnalysedText, outside terms: [Range<Int>] = [], everydayWordsAreLevels: Bool = true)
    -> [(level: Int, start: Int, end: Int)]
  {
    var found: [(level: Int, start: Int, end: Int)] = []
    var inTerm = [Bool](repeating: false, count: text.count)
    for term in terms where term.count > 1 {
      for position in term where position < text.count { inTerm[position] = true }
    }
    for start in text.tokens.indices {
      if inTerm[start] { continue }
      let surface = text.tokens[start].surface
      if surface.contains("/") {
        let levels = surface.split(separator: "/").map { part in
          data.degreeSpellings.first {
            $0.words == [Tokenizer.fold(String(part))] && $0.exact.map { $0 == [String(part)] } ?? true
          }?
          .level
        }
        if let lowest = levels.compactMap({ $0 }).min() {
          found.append((lowest, start, start + 1))
        }
        continue
      }
      for spelling in data.degreeSpellings
      where everydayWordsAreLevels || spelling.words.count > 1 || !data.commonWords.contains(spelling.words[0]) {
        let end = start + spelling.words.count
        guard end <= text.count,
          (0..<spelling.words.count).allSatisfy({ text.tokens[start + $0].folded == spelling.words[$0] })
        else { continue }
        if let exact = spelling.exact, text.tokens[start..<end].map(\.surface) != exact { continue }
        found.append((spelling.level, start, end))
        break
      }
    }
    return found
  }

  /// Spans of tokens that name a product, a standard or a tool the vocabulary does not know:
  /// capitals (SLA, HACCP; three or more, as two letters say too little), capitals inside a word
  /// (CoreTax, HubSpot), or a capitalised word that is no ordinary word, place or name of the
  /// company (Zendesk, Gainsight), though not as a line's first word nor in a title (`titleCase`),
  /// where any word may be capitalised; a number right after one belongs to it (ISO 45001). A name
  /// written before a place as an address is ("Lekki Phase 1, Lagos") is a place too.
  func nameSpans(
    in text: AnalysedText, scalars: [Unicode.Scalar], covered: Set<Int>, company: Set<String>, tools: Set<Int> = [],
    titleCase: Bool = false
  ) -> [Range<Int>] {
    enum Shape { case none, strong, capitalised }
    let listed = listedNames(in: text, scalars: scalars, covered: covered, tools: tools)
    // Each word's phrase (between breaks) of two words or more in capitals only: a line shouted
    // in part, "BISA SPLICING & PAHAM OTDR (wajib, ada tes praktek)", where every word stands
    // beside a name.
    var isShouted = [Bool](repeating: false, count: text.count)
    var phraseStart = 0
    for end in stride(from: 1, through: text.count, by: 1) where end == text.count || text.breakBefore[end] {
      let phrase = phraseStart..<end
      if phrase.count >= 2, !text.tokens[phrase].contains(where: { $0.surface.contains(where: \.isLowercase) }) {
        for position in phrase { isShouted[position] = true }
      }
      phraseStart = end
    }
    // A standard's code after a name: "API 650", "API 5L", or after a code's part, "API RP 40".
    func opensCode(after position: Int) -> Bool {
      var next = position + 1
      let hasPart = next < text.count && !text.breakBefore[next] && words(.codePart).contains(text.tokens[next].folded)
      if hasPart { next += 1 }
      guard next < text.count, !text.breakBefore[next] else { return false }
      let code = text.tokens[next].surface
      let digits = code.filter(\.isNumber).count
      return code.first?.isNumber == true && code.allSatisfy { $0.isLetter || $0.isNumber || $0 == "." }
        && (hasPart || digits >= 3 || (digits > 0 && code.contains(where: \.isLetter)))
    }
    func shape(_ position: Int) -> Shape {
      let token = text.tokens[position]
      let folded = token.folded
      guard !covered.contains(position), folded.count >= 2, folded.contains(where: \.isLetter),
        !data.stopWords.contains(folded), !data.notTerms.contains(folded), !data.places.contains(folded),
        !company.contains(folded), !data.personWords.contains(folded),
        // A name made from the company's ("Senandikawan", Senandika's community) is its own.
        !company.contains(where: { $0.count >= 5 && folded.hasPrefix($0) })
      else { return .none }
      let surface = token.surface
      // Single letters joined by slashes after a word they label name grades or classes ("Grade
      // A/B areas"; data/language/letter-labels.txt), not the licences of "SIM A/C".
      if surface.contains("/"), position > 0, data.letterLabels.contains(text.tokens[position - 1].folded),
        surface.split(separator: "/").allSatisfy({ $0.count == 1 && $0.first!.isLetter })
      {
        return .none
      }
      // An ordinary word written in capitals ("WAJIB", "URGENT", "DIPUNGUT") is no abbreviation,
      // unless listed beside a name, "(CaseWare or ATLAS)", before a standard's code ("API RP 40",
      // "api" being fire in Indonesian), or defined by the words before it:
      // "Advanced Chemical Tanker Cargo Operations (ACT)". Not on a line all in capitals, where
      // every word stands beside a name: "BISA SPLICING & PAHAM OTDR".
      if Vocabulary.isAcronym(surface) {
        // Two capitals glued before a name open a name of their own: the SD of "SD-WAN".
        if surface.count == 2, position + 1 < text.count, text.gluedBefore[position + 1],
          Vocabulary.isNameShaped(text.tokens[position + 1].surface)
        {
          return .strong
        }
        guard surface.count >= 3 else { return .none }
        return !isOrdinaryWord(folded) || (listed.contains(position) && !isShouted[position])
          || opensCode(after: position)
          || definition(of: position..<(position + 1), in: text, scalars: scalars) != nil ? .strong : .none
      }
      let scalars = Array(surface.unicodeScalars)
      if scalars.count >= 3, scalars.dropFirst().contains(where: { $0.properties.isUppercase }),
        scalars.contains(where: { $0.properties.isLowercase })
      {
        return .strong
      }
      guard scalars.count >= 3, scalars[0].properties.isUppercase,
        !data.commonWords.contains(folded) || isNamedExample(position) || listed.contains(position)
      else {
        return .none
      }
      // An Indonesian word with its affixes (Pengalaman, Diutamakan) is no name.
      let stem = IndonesianStemmer.stem(folded)
      return stem == folded || !data.commonWords.contains(stem) ? .capitalised : .none
    }
    func gap(before position: Int) -> String {
      Tokenizer.between(text.tokens[position - 1], text.tokens[position], in: scalars)
    }
    func isStrong(_ position: Int) -> Bool {
      let surface = text.tokens[position].surface
      return covered.contains(position) || (Vocabulary.isAcronym(surface) && surface.count >= 3)
        || surface.unicodeScalars.dropFirst().contains(where: { $0.properties.isUppercase })
    }
    // A capitalised ordinary word given in parentheses as a named example is a name: "(e.g.
    // Stripe)", or listed beside a name there: "(AppsFlyer / Adjust)"; examples of teams are not.
    func isNamedExample(_ position: Int) -> Bool {
      var open = position
      while open > 0, position - open < 8, !gap(before: open).contains("("), !gap(before: open).contains(")") {
        open -= 1
      }
      // Examples of teams ("other teams (e.g. Finance, Marketing)") are teams, not names.
      guard open > 0, gap(before: open).contains("("), !words(.teamAfter).contains(text.tokens[open - 1].folded)
      else { return false }
      var close = position + 1
      while close < text.count, close - position < 8, !gap(before: close).contains(")") { close += 1 }
      let inside = open..<close
      let words = text.tokens[open..<position].map(\.folded)
      if (data.cues[.examples] ?? []).contains(where: { words.starts(with: $0) }) { return true }
      let alternatives = self.words(.alternative)
      let listed = inside.dropFirst().allSatisfy { index in
        gap(before: index).contains { $0 == "/" || $0 == "," }
          || alternatives.contains(text.tokens[index].folded) || alternatives.contains(text.tokens[index - 1].folded)
      }
      // Beside a name in capitals or one that is no ordinary word: "(Jigsaw / Minestar)".
      return listed
        && inside.contains { index in
          let token = text.tokens[index]
          return index != position
            && (isStrong(index)
              || (token.surface.first?.isUppercase == true && token.folded.count >= 3
                && !data.commonWords.contains(token.folded)))
        }
    }
    // A line's first word, which any word may be capitalised as: the text's first (after a bullet
    // or an emoji), the first after a line break, or a sentence's first ("… cek IG kami ya. Mantap
    // kan?"), though not after an abbreviation's stop ("e.g. Stripe").
    let firstWord = text.tokens.firstIndex { $0.folded.contains(where: \.isLetter) } ?? 0
    func startsLine(_ position: Int) -> Bool {
      guard position != firstWord else { return true }
      guard position > 0 else { return false }
      let gap = scalars[text.tokens[position - 1].end..<text.tokens[position].start]
      if gap.contains("\n") { return true }
      let before = text.tokens[position - 1]
      return gap.first.map { ".!?".unicodeScalars.contains($0) } == true && gap.dropFirst().first == " "
        && before.folded.count >= 3 && before.folded.allSatisfy(\.isLetter)
    }
    // A code after a name is part of it: "ASHRAE 90.1", "AWS D1.1", "ASME Section IX" (cue
    // `code-part`), even after a tool the vocabulary knows by another name (AWS). A score is no
    // code: one digit before a decimal point ("GPA 3.00", "IELTS 6.5"), as is a version ("WCAG 2.1").
    func codeLength(at position: Int) -> Int {
      guard position < text.count, !text.breakBefore[position], !covered.contains(position) else { return 0 }
      let surface = text.tokens[position].surface
      let isScore = surface.allSatisfy { $0.isNumber || $0 == "." } && surface.dropFirst().first == "."
      if surface.count <= 12, surface.contains(where: \.isNumber), !isScore,
        surface.first.map({ $0.isNumber || $0.isUppercase }) == true,
        surface.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "." })
      {
        return 1
      }
      guard words(.codePart).contains(text.tokens[position].folded), position + 1 < text.count,
        !text.breakBefore[position + 1], case let next = text.tokens[position + 1].surface,
        next.allSatisfy(\.isNumber) || (next.count <= 5 && next.allSatisfy { "IVXL".contains($0) })
      else { return 0 }
      return 2
    }
    var spans: [Range<Int>] = []
    var position = 0
    while position < text.count {
      let first = shape(position)
      // Not a version after a known name ("PHP 8"), which any version of it proves.
      let knownBeforeCode =
        tools.contains(position) && Vocabulary.isAcronym(text.tokens[position].surface)
        && text.tokens[position].surface.count >= 3 && codeLength(at: position + 1) > 0
        && !text.tokens[position + 1].surface.allSatisfy(\.isNumber)
      // A standards body of two capitals before its standard's code: "UL 9540A", "BS 7671", "EN
      // 1090"; a short number after two capitals is no standard ("PP 35", a regulation's type).
      let bodyBeforeCode =
        !covered.contains(position) && text.tokens[position].surface.count == 2
        && Vocabulary.isAcronym(text.tokens[position].surface) && codeLength(at: position + 1) == 1
        && Self.isStandardsCode(text.tokens[position + 1].surface)
      guard first != .none || knownBeforeCode || bodyBeforeCode, !(titleCase && first == .capitalised) else {
        position += 1
        continue
      }
      var end = position + 1
      while end < text.count, !text.breakBefore[end] {
        if shape(end) != .none || (text.tokens[end].folded.allSatisfy(\.isNumber) && !covered.contains(end)) {
          end += 1
        } else if case let length = codeLength(at: end), length > 0 {
          end += length
        } else {
          break
        }
      }
      // A place in Indonesian follows "di" ("berdomisili di Sawojajar").
      let afterDi = position > 0 && text.tokens[position - 1].folded == "di" && !text.breakBefore[position]
      let run = titleCaseRun(around: position..<end, in: text, covered: covered)
      // A place, or a name written before one as an address is ("Lekki Phase 1, Lagos"), or a
      // place or a unit by its words ("Kabupaten Banggai", "the Stroke Unit").
      let isPlace =
        isPlaces(run, in: text)
        || namesAPlaceOrUnit(run, in: text)
        || (run.upperBound < text.count && data.places.contains(text.tokens[run.upperBound].folded)
          && scalars[text.tokens[run.upperBound - 1].end..<text.tokens[run.upperBound].start].first == ",")
      // The posting's own names: a team ("our Storefront team") or a name it puts in quotation
      // marks (our design system "Benih"), which no one outside the company has.
      // Not a maker's machines, in lower case: "Hitachi units" (cue `machines-after`), though "the
      // Special Investigations Unit" is a team.
      let isTeam =
        run.upperBound < text.count && !text.breakBefore[run.upperBound]
        && words(.teamAfter).contains(text.tokens[run.upperBound].folded)
        && !(words(.machinesAfter).contains(text.tokens[run.upperBound].surface))
      let approves = isApprover(endingAt: run.upperBound, in: text)
      let isQuoted =
        run.lowerBound > 0 && gap(before: run.lowerBound).contains(where: Self.quotationMarks.contains)
        && Self.textAfter(run, of: text, scalars: scalars).contains(where: Self.quotationMarks.contains)
      if !(first == .capitalised && startsLine(position) && run.count == 1) && !(first == .capitalised && afterDi)
        && !isPlace && !isTeam && !isQuoted && !approves && run.count <= Self.longestName
      {
        spans.append(run)
      }
      // The run is read once: the names inside it are its own ("SIM A/C SIM A/C …" would read the
      // whole run again at each of them).
      position = max(end, run.upperBound)
    }
    return spans
  }

  /// The positions of capitalised ordinary words that running text gives as names: listed beside
  /// a tool or a name in capitals ("Workday or Greenhouse", "GuardDuty, Security Hub", "SAP,
  /// Accurate"), or given as an example ("call recording tools like Gong"). A run of up to
  /// `longestListedName` capitalised words is one name; a line's first word is any word.
  func listedNames(in text: AnalysedText, scalars: [Unicode.Scalar], covered: Set<Int>, tools: Set<Int>) -> Set<Int> {
    func gap(before position: Int) -> String {
      Tokenizer.between(text.tokens[position - 1], text.tokens[position], in: scalars)
    }
    func isCapitalised(_ position: Int) -> Bool {
      let surface = text.tokens[position].surface
      return surface.count >= 3 && surface.first?.isUppercase == true && !covered.contains(position)
        && !data.stopWords.contains(text.tokens[position].folded)
    }
    // A tool the vocabulary knows, or a word shaped as a name: in capitals, or with a capital
    // inside ("GuardDuty"), not a compound ("US-China").
    func isName(_ position: Int) -> Bool {
      let surface = text.tokens[position].surface
      return tools.contains(position) || (Vocabulary.isAcronym(surface) && surface.count >= 3)
        || (surface.unicodeScalars.dropFirst().contains(where: { $0.properties.isUppercase })
          && surface.allSatisfy { $0.isLetter || $0.isNumber })
    }
    let joining = words(.joins)
    let openers = data.cues[.examplesAfter] ?? []
    func isJoinedToName(before position: Int) -> Bool {
      guard position >= 2 else { return false }
      if gap(before: position).contains(where: Self.listMarks.contains) { return isName(position - 1) }
      guard joining.contains(text.tokens[position - 1].folded), !text.breakBefore[position - 1] else { return false }
      return gap(before: position - 1).allSatisfy { $0 == " " } && isName(position - 2)
    }
    func isJoinedToName(after end: Int) -> Bool {
      guard end + 1 < text.count, !text.breakBefore[end] else { return false }
      if gap(before: end).contains(where: Self.listMarks.contains) { return isName(end) }
      guard joining.contains(text.tokens[end].folded), !text.breakBefore[end + 1] else { return false }
      return isName(end + 1)
    }
    // After "like" or "such as", or after words of use ("experience with Substance 3D Painter").
    let uses = positions(of: [.uses], in: text.tokens.map(\.folded))
    func followsOpener(_ position: Int) -> Bool {
      let before = text.tokens[..<position].suffix(2).map(\.folded)
      return openers.contains { before.count >= $0.count && Array(before.suffix($0.count)) == $0 }
        || (uses.contains(position - 1) && !text.breakBefore[position])
    }
    // A word of a name may be a code: the "3D" of "Substance 3D Painter".
    func isCode(_ position: Int) -> Bool {
      let surface = text.tokens[position].surface
      return surface.first?.isNumber == true && surface.contains(where: \.isUppercase) && !covered.contains(position)
    }
    var names = Set<Int>()
    var position = 1
    while position < text.count {
      // After a list's mark ("GuardDuty, Security Hub"), not after another break: a line's first
      // word is any word, and "(TRM) Guidelines" closes a name.
      let before = gap(before: position)
      guard isCapitalised(position), !text.breakBefore[position] || before.contains(where: Self.listMarks.contains),
        !before.contains("\n"), !isCapitalised(position - 1) || text.breakBefore[position]
      else {
        position += 1
        continue
      }
      var end = position + 1
      while end < text.count, end - position < Self.longestListedName, isCapitalised(end) || isCode(end),
        !text.breakBefore[end], gap(before: end).allSatisfy({ $0 == " " })
      {
        end += 1
      }
      // A field of study listed beside an abbreviation ("Computer Science, IT, Computer Engineering")
      // is no product: its last word names a discipline (cue `field-words`).
      let isField = words(.fieldWords).contains(text.tokens[end - 1].folded)
      if !isField, isJoinedToName(before: position) || isJoinedToName(after: end) || followsOpener(position) {
        names.formUnion(position..<end)
      }
      position = end
    }
    return names
  }

  /// Whether the name that ends before `end` is a body approving what the line asks for: the
  /// PETRONAS of "a PETRONAS-approved offshore medical" (a word of the cue `approver-after` glued
  /// after it).
  func isApprover(endingAt end: Int, in text: AnalysedText) -> Bool {
    end < text.count && text.gluedBefore[end] && words(.approverAfter).contains(text.tokens[end].folded)
  }

  /// Whether a capitalised name of two words or more is a place or a unit of an organisation by its
  /// words: a word of place heads it (cue `place-head`: "Kabupaten Banggai") or ends it (cue
  /// `place-tail`: "San Miguel Island", though not a maker's product, "SMA Sunny Island"), or a
  /// unit's word ends it (cue `unit-end`: "the Stroke Unit", "the Heart Institute"), or is all of
  /// it: "assist the BAC Secretariat", where BAC is a known term.
  func namesAPlaceOrUnit(_ run: Range<Int>, in text: AnalysedText) -> Bool {
    // A name right after a place's first word, a dot between them or not: the street of "Jl.
    // Gatot Subroto".
    if run.lowerBound > 0, words(.placeHead).contains(text.tokens[run.lowerBound - 1].folded) { return true }
    guard run.count >= 2 else { return run.count == 1 && words(.unitEnd).contains(text.tokens[run.lowerBound].folded) }
    let (first, last) = (text.tokens[run.lowerBound].folded, text.tokens[run.upperBound - 1].folded)
    if words(.placeHead).contains(first) || words(.unitEnd).contains(last) { return true }
    guard words(.placeTail).contains(last) else { return false }
    // A maker's letters in the name or right before it make it a product.
    let start = run.lowerBound > 0 && !text.breakBefore[run.lowerBound] ? run.lowerBound - 1 : run.lowerBound
    return !text.tokens[start..<run.upperBound].contains { $0.surface.count >= 2 && Vocabulary.isAcronym($0.surface) }
  }

  /// Whether the tokens of `run` are a place's name, or places' names joined ("Kintamani & Nusa
  /// Penida", "Langkawi and Hat Yai").
  func isPlaces(_ run: Range<Int>, in text: AnalysedText) -> Bool {
    let joins = words(.joins)
    var start = run.lowerBound
    while start < run.upperBound {
      if start > run.lowerBound, joins.contains(text.tokens[start].folded) {
        start += 1
        continue
      }
      guard
        let end = (start + 1...min(run.upperBound, start + Self.longestPlaceName)).last(where: {
          data.places.contains(text.tokens[start..<$0].map(\.folded).joined(separator: " "))
        })
      else { return false }
      start = end
    }
    return true
  }

  /// The most words of a place's name `isPlaces` reads.
  static let longestPlaceName = 4

  /// Whether a code reads as a standard's number: four digits or more, or digits and a capital
  /// ("9540A", "7671"), not a short number ("35").
  static func isStandardsCode(_ code: String) -> Bool {
    let digits = code.filter(\.isNumber).count
    return digits >= 4 || (digits >= 2 && code.contains(where: \.isUppercase))
  }

  /// The most capitalised ordinary words that `listedNames` reads as one name.
  static let longestListedName = 3
  /// The marks between two names of one list.
  static let listMarks: Set<Character> = [",", "/", "&"]

  /// Whether a folded word is an ordinary English or Indonesian word, with its Indonesian affixes
  /// too ("dipungut"): written in capitals, it is emphasis, no abbreviation.
  func isOrdinaryWord(_ folded: String) -> Bool {
    if data.commonWords.contains(folded) { return true }
    let stem = IndonesianStemmer.stem(folded)
    return stem != folded && stem.count >= 4 && data.commonWords.contains(stem)
  }

  /// The most words a name has: a longer run of capitals is a line in title case or in capitals,
  /// no product's name ("Money Laundering Regulations 2017" has four).
  static let longestName = 8

  static let quotationMarks: Set<Character> = ["\"", "\u{201C}", "\u{201D}", "'", "\u{2018}", "\u{2019}"]

  /// A name with the capitalised words around it that make one proper name with it ("Money
  /// Laundering Regulations 2017", "Chef de Partie"): the posting's own spelling of it, not one
  /// word of it.
  func titleCaseRun(around span: Range<Int>, in text: AnalysedText, covered: Set<Int>) -> Range<Int> {
    let particles = words(.nameParticle)
    func capitalised(_ position: Int) -> Bool {
      let token = text.tokens[position]
      return !covered.contains(position) && token.surface.first?.isUppercase == true
        && !data.stopWords.contains(token.folded) && !data.notTerms.contains(token.folded)
    }
    // A particle joins where a capitalised word stands on its other side, on the same line; so
    // does a capital letter alone, the I of "Bandara I Gusti Ngurah Rai".
    func joins(_ position: Int) -> Bool {
      if capitalised(position) { return true }
      let surface = text.tokens[position].surface
      let isInitial = surface.count == 1 && surface.first?.isUppercase == true
      guard particles.contains(text.tokens[position].folded) || isInitial, position > 0, position + 1 < text.count,
        !text.breakBefore[position], !text.breakBefore[position + 1]
      else { return false }
      return capitalised(position - 1) && capitalised(position + 1)
    }
    // A piece of a compound written with a hyphen: a capital, a number or a letter or two (the C
    // of C-MeX, the e of e-Faktur), never a word such as "based" in Excel-based.
    func isPiece(_ position: Int) -> Bool {
      let token = text.tokens[position]
      return !covered.contains(position)
        && (token.surface.first.map { $0.isUppercase || $0.isNumber } == true || token.folded.count <= 2)
    }
    var start = span.lowerBound
    var end = span.upperBound
    // Not back to a line's first word, which any word may be capitalised as.
    while start > 0, !text.breakBefore[start],
      (start > 1 && joins(start - 1)) || (text.gluedBefore[start] && isPiece(start - 1))
    {
      start -= 1
    }
    while end < text.count, !text.breakBefore[end],
      joins(end) || text.tokens[end].folded.allSatisfy(\.isNumber) || (text.gluedBefore[end] && isPiece(end))
    {
      end += 1
    }
    // A particle stands between a name's words, never at its edge: the "of" of "Knowledge of HTTP"
    // joins a line's first word, which the run leaves out.
    while start < span.lowerBound, particles.contains(text.tokens[start].folded) { start += 1 }
    return start..<end
  }
}

/// Requirements in order, one per thing asked: a second mention adds its weight's maximum and its
/// flags to the first.
extension Requirement {
  /// Takes the term as `other` spells it, on the line `other` stands on.
  fileprivate mutating func stands(as other: Requirement) {
    term = other.term
    line = other.line
    lineNumber = other.lineNumber
  }
}

struct RequirementList {
  private(set) var items: [Requirement] = []
  private var places: [String: Int] = [:]

  mutating func add(_ requirement: Requirement) {
    let identity: String
    switch requirement.kind {
    case .degree: identity = "degree"
    case .general: identity = "line:" + requirement.term
    default: identity = requirement.concepts.sorted().map(String.init).joined(separator: "|")
    }
    if let place = places[identity] {
      let earlierAsking = items[place].part.asking
      let asksMorePlainly = requirement.part.asking > earlierAsking
      // Said again where the posting asks more plainly (a duty, then a requirement): that is where
      // it stands, as the posting spells it there.
      if asksMorePlainly {
        items[place].part = requirement.part
        items[place].stands(as: requirement)
        items[place].newcomers = requirement.newcomers
        items[place].relatedWords = requirement.relatedWords
        items[place].unnamedAlternatives = requirement.unnamedAlternatives
        // "a CRM such as Salesforce" after "in Salesforce CRM": an example of the CRM asked for.
        items[place].exampleOf = requirement.exampleOf ?? items[place].exampleOf
      } else if items[place].lineNumber < 0, requirement.lineNumber >= 0 {
        // A keyword the text says too stands on that line: what else the line names is one gap
        // with it ("airline ticketing: fares, fare rules").
        items[place].line = requirement.line
        items[place].lineNumber = requirement.lineNumber
      }
      items[place].examples += requirement.examples.filter { !items[place].examples.contains($0) }
      items[place].weight = max(items[place].weight, requirement.weight)
      items[place].isMustHave = items[place].isMustHave || requirement.isMustHave
      items[place].isKeyword = items[place].isKeyword || requirement.isKeyword
      // A rule a duty keeps that another line asks for is asked for: "Menerapkan GLP", then
      // "Memahami … Good Laboratory Practice (GLP)".
      items[place].isLearntOnTheJob = items[place].isLearntOnTheJob && requirement.isLearntOnTheJob
      if requirement.kind == .degree {
        // A level on a board's header line ("Pendidikan minimal S1 · 1-3 tahun pengalaman"), then
        // its fields on a line of its own ("S1 Akuntansi atau Perpajakan"): the line that names
        // the fields names the degree.
        // A line that asks more plainly names the fields: not the "research" of a title's "MSc by
        // research" when the requirements ask for "Bachelor of Pharmacy or BSc in Chemistry".
        if !requirement.fieldWords.isEmpty, asksMorePlainly || items[place].fieldWords.isEmpty {
          items[place].stands(as: requirement)
          items[place].fieldWords = requirement.fieldWords
          items[place].fieldPhrases = requirement.fieldPhrases
          items[place].relatedFamilies = requirement.relatedFamilies
        }
        if asksMorePlainly, !requirement.fieldWords.isEmpty || !requirement.fields.isEmpty {
          items[place].fields = requirement.fields
          items[place].anyField = requirement.anyField
        } else {
          let known = items[place].fields
          items[place].fields += requirement.fields.filter { !known.contains($0) }
          items[place].anyField = items[place].anyField || requirement.anyField
        }
        // The level is the one where the posting asks most plainly: a title's "MSc by research"
        // is what the post leads to when the requirements ask for a Bachelor of Pharmacy.
        if let level = requirement.level,
          asksMorePlainly || (requirement.part.asking == earlierAsking && level > items[place].level ?? 0)
        {
          items[place].level = level
          items[place].term = requirement.term
        }
      }
      return
    }
    places[identity] = items.count
    items.append(requirement)
  }
}
