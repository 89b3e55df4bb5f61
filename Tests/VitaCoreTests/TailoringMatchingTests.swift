import Testing

@testable import VitaCore

/// An abbreviation that is also an everyday word is matched in capitals only: "menjadi topik
/// skripsi" (the topic of a thesis) proves no TOPIK, the Korean test.
@Test func anAbbreviationThatIsAWordIsMatchedInCapitalsOnly() {
  let job = Fixture.job(
    body: "## Kualifikasi\n- Menguasai Bahasa Jepang, Bahasa Korea atau Bahasa Mandarin menjadi nilai plus",
    language: .id)
  let topic = Fixture.experience("iisma", highlights: ["Isu migrasi kemudian menjadi topik skripsi saya"])
  let term = "Bahasa Jepang, Bahasa Korea atau Bahasa Mandarin"
  #expect(Tailor(site: Fixture.site([topic], language: .id)).tailor(job).evidence(term) == [])
  let test = Fixture.experience("korea", highlights: ["Lulus TOPIK level 3 dalam 6 bulan"])
  #expect(Tailor(site: Fixture.site([test], language: .id)).tailor(job).evidence(term) == ["korea"])
}

/// A product is proven by its name, never by its words in another order: "Cloud Infrastructure
/// and Services" is no Salesforce Service Cloud; a skill's words still are ("onboarded 12 new
/// customers" is customer onboarding).
@Test func aProductsWordsInAnotherOrderAreNotItsName() {
  let job = Fixture.job(
    body: "## Requirements\n- Experience with Salesforce Service Cloud\n- Customer onboarding experience")
  let degree = Fixture.experience(
    "bsc", kind: .education, title: "BSc Computer Science",
    highlights: ["Modules: Cloud Infrastructure and Services, Network Security"])
  let onboarder = Fixture.experience("cs", highlights: ["Onboarded 12 new customers in my first month"])
  let tailoring = Tailor(site: Fixture.site([degree, onboarder])).tailor(job)
  #expect(tailoring.evidence("Salesforce Service Cloud") == [])
  #expect(tailoring.report.missing.contains("Salesforce Service Cloud"), "\(tailoring.report.missing)")
  let onboarding = tailoring.report.requirements.first { $0.term.lowercased().contains("onboarding") }
  #expect(onboarding?.evidence == ["cs"], "\(tailoring.report.requirements.map(\.term))")
}

/// "Such as" opens the list right after it, and only that one: "… seperti Brebes, Garut dan
/// Majalengka, serta memiliki SIM A dan SIM C" asks for both licences, so a person with SIM C
/// lacks SIM A; "tools such as Excel, SQL or Tableau" still asks for any one of them.
@Test func suchAsOpensOnlyTheListAfterIt() {
  let licences = Fixture.job(
    body: """
      Kualifikasi: lulusan S1 Agribisnis, mahir Microsoft Excel, bersedia melakukan perjalanan dinas ke \
      sentra produksi seperti Brebes, Garut dan Majalengka, serta memiliki SIM A dan SIM C.
      """, language: .id)
  let rider = Fixture.experience("sales", highlights: ["Mengunjungi 40 kios per minggu dengan motor (SIM C)"])
  let report = Tailor(site: Fixture.site([rider], language: .id)).tailor(licences).report
  #expect(report.missing.contains { $0.contains("SIM A") }, "\(report.missing)")
  #expect(!report.missing.contains { $0.contains("SIM C") }, "\(report.missing)")
  let tools = Fixture.job(body: "## Requirements\n- Experience with tools such as Excel, SQL or Tableau")
  let analyst = Fixture.experience("bi", highlights: ["Built 3 Tableau dashboards for the sales team"])
  #expect(Tailor(site: Fixture.site([analyst])).tailor(tools).report.missing.isEmpty)
}

/// "Fresh graduates welcome" waives the experience asked beside it, before or after ("1 year as
/// PPIC, fresh graduates considered"; "Fresh graduate dipersilakan, pengalaman di laboratorium
/// QC diutamakan"), not what a one-paragraph ad asks further on: a licence named five clauses
/// later is still a gap, and the "memiliki" (having) of that later clause makes no "with related
/// experience" of the welcome.
@Test func aWelcomeToNewcomersWaivesOnlyWhatIsAskedBesideIt() {
  let paragraph = Fixture.job(
    body: """
      Kualifikasi: lulusan S1 Agribisnis, fresh graduate dipersilakan melamar, memahami komoditas \
      hortikultura, mahir Microsoft Excel, bersedia ditempatkan di Bandung, memiliki SIM A.
      """, language: .id)
  let rider = Fixture.experience("sales", highlights: ["Mengunjungi 40 kios per minggu dengan motor (SIM C)"])
  let report = Tailor(site: Fixture.site([rider], language: .id)).tailor(paragraph).report
  #expect(report.missing.contains { $0.contains("SIM A") }, "\(report.missing)")
  let bullet = Fixture.job(
    body: "## Kualifikasi\n- Fresh graduate dipersilakan, pengalaman di laboratorium QC diutamakan", language: .id)
  let graduate = Fixture.experience("s1", kind: .education, title: "S1 Farmasi")
  let waived = Tailor(site: Fixture.site([graduate], language: .id)).tailor(bullet).report
  #expect(!waived.missing.contains { $0.localizedCaseInsensitiveContains("laboratorium") }, "\(waived.missing)")
}

/// An abbreviation written as a plural matches in capitals only, singular or plural: the stem of
/// "NICs" (National Insurance contributions) is that of "nice", and "CLO 3D is a nice to have"
/// asks for none; "ECG" still proves "ECGs".
@Test func anAbbreviationsPluralIsMatchedInCapitalsOnly() {
  let job = Fixture.job(body: "## Nice to have\n- CLO 3D is a nice to have")
  let report = Fixture.reportWithoutEvidence(for: job)
  #expect(!report.missing.contains { $0.lowercased().contains("nice") }, "\(report.missing)")
  let payroll = Fixture.job(body: "## Requirements\n- Calculating employer NICs for a UK payroll")
  let shop = Fixture.experience("shop", highlights: ["Kept the shop floor nice for 300 visitors a week"])
  let clerk = Fixture.experience("clerk", highlights: ["Checked the employer NIC of 120 staff every month"])
  #expect(Tailor(site: Fixture.site([shop, clerk])).tailor(payroll).evidence("NICs") == ["clerk"])
  let trial = Fixture.job(body: "## Responsibilities\n- Perform ECGs and vital signs at each study visit")
  let nurse = Fixture.experience("ward", highlights: ["Recorded an ECG for 15 patients a shift"])
  #expect(Tailor(site: Fixture.site([nurse])).tailor(trial).evidence("ECGs") == ["ward"])
}

/// The issuer of a course or a certification names the certificate, so it proves what the posting
/// asks of it ("recognised by SEDA"); an employer's name still proves nothing.
@Test func theIssuerOfACertificateProvesIt() {
  let job = Fixture.job(
    body: "## Nice to have\n- A certificate in PV design recognised by SEDA is an advantage")
  let course = Fixture.experience(
    "pv-course", kind: .certification, title: "Solar PV Design Certificate",
    organization: "Training provider recognised by SEDA Malaysia")
  let intern = Fixture.experience("intern", kind: .internship, title: "Solar intern", organization: "SEDA Malaysia")
  let tailoring = Tailor(site: Fixture.site([course, intern])).tailor(job)
  let seda = tailoring.report.requirements.first { $0.term.contains("SEDA") }
  #expect(seda?.evidence == ["pv-course"], "\(tailoring.report.requirements.map { ($0.term, $0.evidence) })")
}

/// Names in parentheses give examples of the words before them; an entry whose title holds all
/// those words is one too: a "Sertifikat Pelatihan Inseminator" from another centre meets
/// "sertifikat pelatihan inseminator (BBIB Singosari / BIB Lembang atau setara)". One word says
/// too little: a "Tools Developer" is no "tools (Jira, Confluence)".
@Test func anEntryNamedAsTheExamplesLeadProvesIt() {
  let job = Fixture.job(
    body: "## Persyaratan\n- WAJIB punya sertifikat pelatihan inseminator (BBIB Singosari / BIB Lembang atau setara)",
    language: .id)
  let course = Fixture.experience(
    "ib", kind: .certification, title: "Sertifikat Pelatihan Inseminator (Inseminasi Buatan pada Sapi)",
    organization: "Dinas Peternakan Jawa Tengah")
  let report = Tailor(site: Fixture.site([course], language: .id)).tailor(job).report
  #expect(report.missing.isEmpty, "\(report.missing)")
  let tools = Fixture.job(body: "## Requirements\n- Experience with tools (Jira, Confluence)")
  let developer = Fixture.experience("dev", kind: .job, title: "Tools Developer")
  let gaps = Tailor(site: Fixture.site([developer])).tailor(tools).report.missing
  #expect(gaps.contains { $0.contains("Jira") }, "\(gaps)")
}

@Suite struct TailoringMatchingTests {
  /// A keyword the posting offers as one of alternatives is proven by any of them; a must-have
  /// only by itself.
  @Test func aKeywordThePostingOffersAlternativesForIsProvenByThem() {
    let site = Fixture.site([
      Fixture.experience("looker", kind: .internship, highlights: ["Built 4 Looker Studio dashboards for the ops team"])
    ])
    let body = "## Requirements\n- Experience with Power BI or Looker Studio"
    let keyword = Tailor(site: site).tailor(Fixture.job(keywords: ["Power BI"], body: body))
    #expect(keyword.evidence("Power BI") == ["looker"])
    #expect(!keyword.report.missing.contains("Power BI"))
    let mustHave = Tailor(site: site).tailor(Fixture.job(mustHave: ["Power BI"], body: body))
    #expect(mustHave.report.missing.contains("Power BI"))
  }

  /// A remark in brackets after a term gives no example of it: "BRCGS (our plant is audited
  /// yearly by our buyers)" is not proven by an audio audit of survey interviews, nor "CorelDRAW
  /// (Canva saja tidak cukup)" by Canva.
  @Test func aRemarkInBracketsGivesNoExample() {
    let site = Fixture.site([
      Fixture.experience(
        "survey", kind: .freelance, skills: ["Canva"], highlights: ["98% of my interviews passed the audio audit"])
    ])
    let body = """
      ## Requirements
      - Knowledge of HACCP and BRCGS (our plant is audited yearly by our buyers)
      - Menguasai CorelDRAW (Canva saja tidak cukup)
      """
    let report = Tailor(site: site).tailor(Fixture.job(body: body)).report
    #expect(report.missing.contains { $0.contains("BRCGS") }, "\(report.missing)")
    #expect(report.missing.contains { $0.contains("CorelDRAW") }, "\(report.missing)")
  }

  /// An abbreviation defined in brackets after it, "LLD (Low Level Design)", is one name that
  /// either spelling proves, and its gap is named with the definition; the "Level Design" of a
  /// game designer's work inside it proves nothing.
  @Test func anAbbreviationDefinedAfterItIsOneName() {
    let body = "## Kualifikasi\n- Membuat dokumen LLD (Low Level Design) untuk tim instalasi"
    let writer = Fixture.site([
      Fixture.experience("kp", kind: .internship, highlights: ["Wrote the Low Level Design of 12 microwave links"])
    ])
    let designer = Fixture.site([
      Fixture.experience("game", kind: .project, highlights: ["Did the level design of a 2D platformer"])
    ])
    #expect(!Tailor(site: writer).tailor(Fixture.job(body: body)).report.missing.contains { $0.contains("LLD") })
    let missing = Tailor(site: designer).tailor(Fixture.job(body: body)).report.missing
    #expect(missing.contains { $0.contains("LLD (Low Level Design)") }, "\(missing)")
  }

  /// A `must_have` item is a gap of its own though the posting gives it as an example of another,
  /// in its title too: "Backend Engineer (Golang)" with Golang a must-have names Golang.
  @Test(arguments: ["Backend Engineer (Golang)", "Backend Engineer"])
  func aMustHaveGivenAsAnExampleIsAGapOfItsOwn(title: String) {
    let site = Fixture.site([
      Fixture.experience("kkn", kind: .volunteer, highlights: ["Drafted a village development plan with 12 RT heads"])
    ])
    let body = """
      ## Requirements
      - Experience in backend development (Golang), building services for public bodies
      - Two years as a backend engineer, one of them with Golang
      """
    let job = JobPosting(slug: "b", title: title, company: "Layanan Digital", mustHave: ["Golang"], body: body)
    let report = Tailor(site: site).tailor(job).report
    #expect(report.mustHaveMissing.contains { Tailor.holds($0, "Golang") }, "\(report.missing)")
    // Named as the line says it, brackets closed.
    #expect(report.missing.allSatisfy { $0.filter { $0 == "(" }.count == $0.filter { $0 == ")" }.count })
  }

  /// "A qualification in waste management, environmental science or a related subject": the
  /// degree named by one of the alternatives proves the line, though the vocabulary knows only the
  /// first; so it does when a duty asked for waste management before.
  @Test(arguments: ["", "## Responsibilities\n- Update rounds in our Whitespace waste management system\n"])
  func aDegreeNamedAmongAQualificationsAlternativesProvesIt(duty: String) {
    let site = Fixture.site([
      Fixture.experience(
        "bsc", kind: .education, title: "BSc (Hons) Environmental Science", highlights: ["Graduated with a 2:1"])
    ])
    let body = duty + "## Desirable\n- A qualification in waste management, environmental science or a related subject."
    let report = Tailor(site: site).tailor(Fixture.job(body: body)).report
    #expect(!report.missing.contains { $0.contains("waste management") }, "\(report.missing)")
    #expect(report.requirements.contains { $0.term.contains("waste management") && $0.evidence == ["bsc"] })
  }

  /// A line that names nothing known is proven by the words that say what it asks, not by the
  /// words every ad uses ("experience", "knowledge").
  @Test func aPlainLineIsProvenWithoutTheWordsEveryAdUses() {
    let site = Fixture.site([
      Fixture.experience(
        "library", kind: .volunteer, title: "Library Volunteer",
        highlights: ["Shelved 200 library returns each shift"])
    ])
    let body = "## Requirements\n- Knowledge and experience of library returns"
    let tailoring = Tailor(site: site).tailor(Fixture.job(body: body))
    #expect(tailoring.evidence("Knowledge and experience of library returns") == ["library"])
  }

  /// Two requirements that share a term but each name others are two gaps: the tools of the
  /// second are named, not hidden behind the first.
  @Test func aRequirementSharingATermStillNamesItsTools() {
    let site = Fixture.site([
      Fixture.experience("kasir", kind: .partTime, highlights: ["Melayani 150 pembeli per hari"])
    ])
    let body = """
      ## Kualifikasi
      - Pengalaman di bidang accounting / pajak
      - Terbiasa menggunakan software akuntansi Accurate atau Jurnal.id
      """
    let missing = Tailor(site: site).tailor(Fixture.job(body: body, language: .id)).report.missing
    #expect(missing.contains { $0.contains("Accurate") } && missing.contains { $0.contains("pajak") }, "\(missing)")
  }

  /// A keyword the posting's text says too is one gap with what else its line names.
  @Test func aKeywordIsOneGapWithTheRestOfItsLine() {
    let site = Fixture.site([Fixture.experience("guide", kind: .freelance, highlights: ["Guided 40 tours in Ubud"])])
    let body = "## Requirements\n- Understanding of airline ticketing: fares, fare rules, reissue and refund"
    let missing = Tailor(site: site).tailor(Fixture.job(keywords: ["airline ticketing"], body: body)).report.missing
    #expect(missing.count == 1, "\(missing)")
    #expect(missing.first?.contains("airline ticketing") == true && missing.first?.contains("fare rules") == true)
  }

  /// A tool the posting names in a duty and again among a line's examples is named once.
  @Test func anExampleSaidTwiceIsNamedOnce() {
    let site = Fixture.site([Fixture.experience("driver", kind: .partTime, highlights: ["Drove 40 deliveries a day"])])
    let body = """
      ## Responsibilities
      - Monitor the fleet through GPS tracking (McEasy) every shift
      ## Nice to have
      - Experience with a TMS and GPS tracking (McEasy, Cartrack or similar) is a plus
      """
    let missing = Tailor(site: site).tailor(Fixture.job(body: body)).report.missing
    let named = missing.joined(separator: " ").components(separatedBy: "McEasy").count - 1
    #expect(named == 1, "\(missing)")
  }

  /// A tool named in a duty and again as the example of a category is named with the category.
  @Test func aToolNamedAsAnExampleIsNamedWithItsCategory() {
    let site = Fixture.site([Fixture.experience("sales", kind: .internship, highlights: ["Visited 30 kiosks a week"])])
    let body = """
      ## Responsibilities
      - Record all visits in Salesforce CRM
      ## Nice to have
      - Experience with a CRM such as Salesforce is a plus
      """
    let missing = Tailor(site: site).tailor(Fixture.job(body: body)).report.missing
    #expect(missing.contains { $0.contains("Salesforce") }, "\(missing)")
  }

  /// An experience's title names what the person was, and so what they did; a highlight that
  /// only works with such a person does not.
  @Test func aTitlesPersonProvesTheirWork() {
    let site = Fixture.site([
      Fixture.experience("bootcamp", kind: .bootcamp, title: "Data Analyst Bootcamp"),
      Fixture.experience("designer", kind: .internship, title: "Graphic Designer Intern"),
      Fixture.experience(
        "helper", kind: .job, title: "Store Assistant", highlights: ["Sent weekly figures to the data analyst"]),
    ])
    let tailoring = Tailor(site: site).tailor(Fixture.job(mustHave: ["data analysis", "graphic design"]))
    #expect(tailoring.evidence("data analysis") == ["bootcamp"])
    #expect(tailoring.evidence("graphic design") == ["designer"])
  }

  /// The same words in what was done rank above them in what was learnt.
  @Test func practiceRanksAboveTheSyllabusThatNamesTheSameWords() {
    let words = "Inventory control, demand forecasting and warehouse management"
    let site = Fixture.site([
      Fixture.experience("course", kind: .course, title: "Supply Chain Course", highlights: [words]),
      Fixture.experience("internship", kind: .internship, title: "Supply Chain Intern", highlights: [words]),
    ])
    let tailoring = Tailor(site: site).tailor(Fixture.job(body: "## Requirements\n- \(words)"))
    #expect(tailoring.report.selected.first == "internship")
  }

  /// An English ad finds an Indonesian experience by the ordinary words of work, not only by the
  /// vocabulary's terms.
  @Test func anEnglishPostingFindsAnIndonesianExperience() {
    let site = Fixture.site(
      [
        Fixture.experience(
          "ppl", kind: .internship, title: "Guru Praktikan",
          highlights: ["Mendampingi 3 kelas, 96 siswa, dan bertemu orangtua tiap bulan"]),
        // The newer entry: with nothing matched, recency would put it first.
        Fixture.experience(
          "kasir", kind: .partTime, title: "Kasir", end: .present, highlights: ["Melayani 200 pembeli tiap hari"]),
      ], language: .id)
    let job = Fixture.job(body: "## Responsibilities\n- Look after classes of 20 students and meet their parents")
    #expect(Tailor(site: site).tailor(job).report.selected.first == "ppl")
  }

  @Test func theCOfCPlusPlusDoesNotMatchEveryC() {
    let site = Fixture.site([
      Fixture.experience("cpp", highlights: ["Wrote C++ services for a payment gateway"]),
      Fixture.experience("plan-c", highlights: ["Chose plan c when the vendor failed, see appendix c"]),
      Fixture.experience("embedded", highlights: ["Wrote embedded C firmware for 3 sensors"]),
    ])
    let tailoring = Tailor(site: site).tailor(Fixture.job(mustHave: ["C"]))
    #expect(tailoring.evidence("C") == ["embedded"])
    let plus = Tailor(site: site).tailor(Fixture.job(mustHave: ["C++"]))
    #expect(plus.evidence("C++") == ["cpp"])
  }

  @Test(
    "built-in aliases",
    arguments: [
      ("JS", "Built the checkout in JavaScript"), ("React.js", "A React front end"), ("ReactJS", "A React front end"),
      ("Postgres", "Tuned PostgreSQL queries"), ("k8s", "Deployed on Kubernetes"),
      ("MS Excel", "Kept the stock in Microsoft Excel"), ("ML", "Trained machine learning models"),
      ("machine learning", "Shipped 2 ML models"),
    ])
  func builtInAliases(term: String, text: String) {
    let site = Fixture.site([
      Fixture.experience("yes", highlights: [text]),
      Fixture.experience("no", highlights: ["Baked bread for 40 customers a day"]),
    ])
    #expect(Tailor(site: site).tailor(Fixture.job(keywords: [term])).evidence(term) == ["yes"])
  }

  @Test func aliasesFromVitaYml() {
    let experiences = [Fixture.experience("care", highlights: ["Ran the kedai kopi keliling for 200 clients a week"])]
    let without = Tailor(site: Fixture.site(experiences)).tailor(Fixture.job(mustHave: ["mobile coffee cart"]))
    #expect(without.report.mustHaveMissing == ["mobile coffee cart"])
    let with = Tailor(site: Fixture.site(experiences, aliases: ["mobile coffee cart": ["kedai kopi keliling"]]))
      .tailor(Fixture.job(mustHave: ["mobile coffee cart"]))
    #expect(with.report.mustHaveMissing.isEmpty)
    #expect(with.evidence("mobile coffee cart") == ["care"])
  }

  /// A name that is also a word is the name in a skills list only where no longer term starts:
  /// the skill "jurnal umum" (journal entries) is no Jurnal.id. A credential written with a slash
  /// is the credential, and a higher one proves it.
  @Test(arguments: [
    ("Jurnal.id", "Input jurnal umum ke SAP untuk 3 cabang", false),
    ("Jurnal.id", "Mencatat transaksi 3 cabang di Jurnal.id", true),
    ("Brevet A/B", "Lulus ujian Brevet A dan B dengan nilai 84", true),
    ("Brevet A", "Lulus ujian Brevet A dan B dengan nilai 84", true),
    ("Brevet A/B", "Lulus ujian Brevet A dengan nilai 84", false),
  ])
  func namesAndCredentialsProveWhatTheySay(term: String, text: String, proves: Bool) {
    let site = Fixture.site([Fixture.experience("yes", skills: ["jurnal umum", "SAP"], highlights: [text])])
    let evidence = Tailor(site: site).tailor(Fixture.job(keywords: [term], language: .id)).evidence(term)
    #expect(evidence == (proves ? ["yes"] : []), "\(term): \(String(describing: evidence))")
  }

  /// A deliverable of a field shows the field: a prototype is interaction design, UI/UX work is
  /// product design, a Laravel site is MVC work, ArcGIS Pro is ArcGIS; never the other way round.
  @Test(arguments: [
    ("interaction design", "Built a clickable prototype for 5 rounds of user tests", true),
    ("product design", "Led the UI/UX design of a transit app used by 2,000 riders", true),
    ("prototyping", "Studied interaction design in a 6-week course", false),
    ("MVC", "Built a booking site in Laravel for 3 clinics", true),
    ("OOP", "Wrote a Java inventory app for the campus shop", true),
    ("Laravel", "Designed the app's MVC layers", false),
    ("ArcGIS", "Made 12 constraints maps in ArcGIS Pro", true),
    ("ArcGIS Online", "Made 12 constraints maps in ArcGIS Pro", false),
    // A solar inverter's setting is no motor drive's.
    ("variable frequency drives", "Ran the feeder with a 0.95 power-factor setting on the inverters", false),
    ("variable frequency drives", "Commissioned the VFD of each conveyor motor", true),
  ])
  func aDeliverableShowsItsField(term: String, text: String, proves: Bool) {
    let site = Fixture.site([Fixture.experience("yes", highlights: [text])])
    let evidence = Tailor(site: site).tailor(Fixture.job(keywords: [term], language: .en)).evidence(term)
    #expect(evidence == (proves ? ["yes"] : []), "\(term): \(String(describing: evidence))")
  }

  @Test(
    "stemming in both languages",
    arguments: [
      ("analysing", "Wrote an analysis of 3 churn drivers", Language.en),
      ("analysis", "Analysed 9 months of sales", Language.en),
      ("development", "Developed a booking app", Language.en),
      ("menganalisis", "Analisis data penjualan untuk 42 toko", Language.id),
      ("mengembangkan", "Pengembangan sistem presensi untuk himpunan", Language.id),
      ("kerja sama", "Bekerja sama dengan 12 relawan", Language.id),
    ])
  func stemming(term: String, text: String, language: Language) {
    let site = Fixture.site([
      Fixture.experience("yes", highlights: [text]),
      Fixture.experience("no", highlights: ["Baked bread for 40 customers a day"]),
    ])
    #expect(Tailor(site: site).tailor(Fixture.job(keywords: [term], language: language)).evidence(term) == ["yes"])
  }

  /// An analyst is no analysis outside a title: a highlight that works with one did none.
  @Test func analystIsNotAnalysis() {
    let site = Fixture.site([
      Fixture.experience("helper", title: "Store Assistant", highlights: ["Sent the weekly figures to our analyst"])
    ])
    #expect(Tailor(site: site).tailor(Fixture.job(keywords: ["analysis"])).report.missing == ["analysis"])
  }

  @Test func phrasesMatchAsPhrases() {
    let site = Fixture.site([
      Fixture.experience("phrase", highlights: ["Led project management for a 6-week campus event"]),
      Fixture.experience("scattered", highlights: ["Managed the budget of a project with 4 people"]),
      Fixture.experience("warehouse", highlights: ["Moved 12 reports to a cloud data warehouse"]),
    ])
    let tailor = Tailor(site: site)
    #expect(tailor.tailor(Fixture.job(keywords: ["project management"])).evidence("project management") == ["phrase"])
    #expect(
      tailor.tailor(Fixture.job(keywords: ["cloud data warehouse"])).evidence("cloud data warehouse") == ["warehouse"])
  }

  @Test func termsAreFoundInThePostingText() {
    let site = Fixture.site(
      [Fixture.experience("a", skills: ["Python"])], skills: [SkillGroup(name: "x", keywords: ["Looker"])])
    let job = Fixture.job(body: "You will use Python, Node.js and Looker; CI/CD is a plus, as is data analysis.")
    let terms = Tailor(site: site).tailor(job).report.requirements.map(\.term)
    #expect(terms == ["Python", "Node.js", "Looker", "CI/CD", "data analysis"])
  }

  @Test func explicitTermsComeFirstAndMergeWithTheirOtherSpellings() {
    let site = Fixture.site([Fixture.experience("a", skills: ["JavaScript"])])
    let job = Fixture.job(keywords: ["JS", "SQL"], mustHave: ["SQL"], body: "Write JavaScript and SQL daily.")
    let rows = Tailor(site: site).tailor(job).report.requirements
    #expect(rows.map(\.term) == ["SQL", "JS"])
    #expect(rows[0].mustHave && rows[0].keyword)
    #expect(!rows[1].mustHave && rows[1].keyword)
  }
}

/// A capital letter after a grade's or a class's word, after a number, or among other letters
/// labels something: the C of "Grade A/B, C and D", "4 °C", "girik/letter C" or "DL code C" is no C language,
/// which a firmware developer's C still proves where a posting asks for it.
@Test func aLetterThatLabelsIsNoLanguage() {
  let developer = Fixture.experience("firmware", highlights: ["Wrote embedded firmware in C for an STM32 board"])
  let labels = Fixture.job(
    body: """
      ## Responsibilities
      - Environmental monitoring in Grade A/B, C and D cleanrooms
      - Store retained samples at 4 °C
      - Check land records (girik/letter C)
      - Move trucks in the yard (driver's licence with DL code C)
      """)
  let report = Tailor(site: Fixture.site([developer])).tailor(labels).report
  #expect(!report.requirements.contains { $0.evidence.contains("firmware") }, "\(report.requirements.map(\.term))")
  // Nor are letters joined by a slash a name: "Grade A/B areas" asks for no "Grade A/B".
  let areas = Fixture.job(body: "## Requirements\n- Able to pass the gowning qualification for Grade A/B areas")
  let gowning = Tailor(site: Fixture.site([developer])).tailor(areas).report
  #expect(!gowning.missing.contains { $0.contains("A/B") }, "\(gowning.missing)")
  let language = Fixture.job(body: "## Requirements\n- Programming in C or Python")
  let proven = Tailor(site: Fixture.site([developer])).tailor(language).report
  #expect(proven.requirements.contains { $0.evidence == ["firmware"] }, "\(proven.requirements.map(\.term))")
}

/// A place of work the posting names is proven by working there: an internship at "Kantor
/// Pertanahan Kabupaten Gresik" meets "pengalaman di Kantor Pertanahan atau KJSB". The employer's
/// name proves no tool the vocabulary knows: a driver at "Zendesk Indonesia" has no Zendesk.
@Test func aWorkplaceThePostingNamesIsProvenByWorkingThere() {
  let job = Fixture.job(
    body: """
      ## Persyaratan
      - Pengalaman minimal 1 tahun di Kantor Pertanahan atau KJSB
      - Terbiasa memakai Zendesk
      """, language: .id)
  let intern = Fixture.experience(
    "magang-bpn", kind: .internship, title: "Magang Survei dan Pemetaan",
    organization: "Kantor Pertanahan Kabupaten Gresik", highlights: ["Mengukur 120 bidang tanah untuk PTSL"])
  let driver = Fixture.experience(
    "driver", kind: .job, title: "Driver", organization: "Zendesk Indonesia", highlights: ["Mengantar tamu kantor"])
  let report = Tailor(site: Fixture.site([intern, driver], language: .id)).tailor(job).report
  let workplace = report.requirements.first { $0.term.contains("Kantor Pertanahan") }
  #expect(workplace?.evidence == ["magang-bpn"], "\(report.requirements.map { ($0.term, $0.evidence) })")
  #expect(report.missing.contains { $0.contains("Zendesk") }, "\(report.missing)")
}

/// An abbreviation the posting defines is proven by that abbreviation, not by the same letters
/// inside a longer name: "TOEFL ITP" is no "Inspection Test Plan (ITP)"; an ITP prepared is.
@Test func anAbbreviationInsideALongerNameIsThatNames() {
  let job = Fixture.job(
    body: """
      ## Requirements
      - Able to prepare an Inspection Test Plan (ITP) for structural works
      """)
  let test = Fixture.experience("toefl", kind: .certification, title: "TOEFL ITP", highlights: ["Scored 550"])
  let site = Fixture.experience(
    "qc", kind: .internship, title: "QC Intern", highlights: ["Prepared the ITP for bored piling works"])
  let report = Tailor(site: Fixture.site([test, site])).tailor(job).report
  let plan = report.requirements.first { $0.term.contains("ITP") }
  #expect(plan?.evidence == ["qc"], "\(report.requirements.map { ($0.term, $0.evidence) })")
}

/// A qualification's name opened by a skill's word is one name: "Automotive Servicing NC III" is
/// not proven by automotive work, nor by the NC II below it.
@Test func aNameOpenedByASkillsWordIsOneName() {
  let job = Fixture.job(
    body: """
      ## Requirements
      - A valid Welding NC II (Automotive Servicing NC III is preferred)
      """)
  let mechanic = Fixture.experience(
    "mechanic", kind: .job, title: "Automotive Technician", skills: ["Automotive Servicing NC II"],
    highlights: ["Serviced 300 cars at a Toyota dealer"])
  let report = Tailor(site: Fixture.site([mechanic])).tailor(job).report
  #expect(report.missing.contains { $0.contains("Automotive Servicing NC III") }, "\(report.missing)")
}

/// Two letters glued to a name's piece are part of that name: the Go of "Go-KUPS" is no Go
/// language, while "Go" alone still is.
@Test func twoLettersGluedToANameArePartOfIt() {
  let site = Fixture.site(
    [Fixture.experience("a", skills: ["Excel"])], aliases: ["KUPS": ["Kelompok Usaha Perhutanan Sosial"]],
    language: .id)
  let programme = Fixture.job(body: "## Kualifikasi\n- Pernah memperbarui data kelas KUPS di Go-KUPS", language: .id)
  #expect(!Tailor(site: site).tailor(programme).report.requirements.contains { $0.term == "Go" })
  let language = Fixture.job(body: "## Kualifikasi\n- Menguasai Go dan PostgreSQL", language: .id)
  #expect(Tailor(site: site).tailor(language).report.missing.contains { $0.contains("Go") })
}

/// Capitals glued before a name make a name of their own: a posting's "SD-WAN" is not proven by
/// WAN links, nor "NB-IoT" by IoT, though an entry's "SD-WAN" or "UN-REDD" still proves the WAN or
/// the REDD+ a posting asks for.
@Test func capitalsGluedBeforeANameMakeANameOfTheirOwn() {
  let wan = Fixture.site([
    Fixture.experience("noc", kind: .internship, highlights: ["Monitored 40 WAN links and 12 IoT gateways"])
  ])
  let compound = Fixture.job(
    body: """
      ## Responsibilities
      - Configure SD-WAN (FortiGate) for branch offices
      ## Requirements
      - Experience with NB-IoT modules
      """)
  let missing = Tailor(site: wan).tailor(compound).report.missing
  #expect(missing.contains { $0.contains("SD-WAN") }, "\(missing)")
  #expect(missing.contains { $0.contains("NB-IoT") }, "\(missing)")
  let sdwan = Fixture.site([
    Fixture.experience("noc", kind: .internship, highlights: ["Rolled out SD-WAN to 30 branches over NB-IoT backhaul"])
  ])
  let plain = Fixture.job(body: "## Requirements\n- Experience with WAN and IoT")
  let report = Tailor(site: sdwan).tailor(plain).report
  #expect(!report.missing.contains { $0.contains("WAN") || $0.contains("IoT") }, "\(report.missing)")
}

/// A credential that an entry or the summary says is not held yet proves nothing: "sambil menunggu
/// STR terbit", "STR sedang dalam proses", "CPIM Part 1 in progress"; one held still does.
@Test func aCredentialNotHeldYetProvesNothing() {
  let waiting = Fixture.experience(
    "asisten", kind: .partTime, title: "Asisten Bidan",
    highlights: ["Mendampingi 40 persalinan normal sambil menunggu STR terbit"])
  let course = Fixture.experience("cpim", kind: .course, title: "APICS CPIM Part 1 (in progress)")
  var site = Fixture.site([waiting, course], language: .id)
  site.config.person.summary = "Lulus Uji Kompetensi Bidan; STR sedang dalam proses penerbitan."
  let job = Fixture.job(body: "## Persyaratan\n- Memiliki STR aktif\n- Sertifikasi CPIM", language: .id)
  let missing = Tailor(site: site).tailor(job).report.missing
  #expect(missing.contains { $0.contains("STR") }, "\(missing)")
  #expect(missing.contains { $0.contains("CPIM") }, "\(missing)")
  let holder = Fixture.experience(
    "bidan", kind: .job, title: "Bidan Pelaksana", highlights: ["Bekerja dengan STR aktif sejak 2024"])
  let held = Tailor(site: Fixture.site([holder], language: .id)).tailor(job).report.missing
  #expect(!held.contains { $0.contains("STR") }, "\(held)")
}

/// A standard's number names that standard: a seismic design to SNI 1726 proves the family of SNI
/// construction standards, not SNI 1729 (steel).
@Test func aStandardsNumberNamesThatStandard() {
  let engineer = Fixture.experience(
    "kp", kind: .internship, title: "Structural Engineering Intern",
    highlights: ["Checked a 6-storey frame to SNI 1726:2019 in ETABS"])
  let job = Fixture.job(
    body: """
      ## Requirements
      - Design steel members and connections to SNI 1729:2020
      - Familiar with SNI construction standards
      """)
  let report = Tailor(site: Fixture.site([engineer])).tailor(job).report
  #expect(report.missing.contains { $0.contains("SNI 1729") }, "\(report.missing)")
  #expect(!report.missing.contains { $0.contains("SNI construction standards") }, "\(report.missing)")
}

/// A standard and the role one is certified in are one credential: knowing ISO/IEC 27001 proves
/// no "ISO/IEC 27001 Lead Auditor", which a course of that name does.
@Test func aStandardsRoleIsACredentialOfItsOwn() {
  let job = Fixture.job(
    body: """
      ## Requirements
      - Knowledge of ISO/IEC 27001
      - Hold ISO/IEC 27001 Lead Auditor or ITIL 4 Foundation
      """)
  let analyst = Fixture.experience(
    "risk-intern", kind: .internship, title: "Technology Risk Intern",
    highlights: ["Mapped 40 controls to ISO/IEC 27001 Annex A for a bank's audit"])
  let report = Tailor(site: Fixture.site([analyst])).tailor(job).report
  #expect(report.missing.contains { $0.contains("Lead Auditor") }, "\(report.missing)")
  let course = Fixture.experience("lead-auditor", kind: .certification, title: "ISO/IEC 27001 Lead Auditor")
  let certified = Tailor(site: Fixture.site([analyst, course])).tailor(job).report
  #expect(certified.missing.isEmpty, "\(certified.missing)")
}
