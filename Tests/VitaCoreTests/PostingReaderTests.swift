import Testing

@testable import VitaCore

/// Postings read as a recruiter reads them: parts told apart, requirements found and weighted,
/// tools named as the posting writes them. The ads are written for the tests in the shapes real
/// ads take on job boards (headings as Markdown, bold lines, colons, or none at all).
@Suite struct PostingReaderTests {
  /// An ad, what must be among its requirements, and what must never be (company, benefits, how
  /// to apply, soft skills).
  struct Ad: Sendable, CustomTestStringConvertible {
    var name: String
    var job: JobPosting
    var found: [String]
    var absent: [String]
    var testDescription: String { name }
  }

  static let ads: [Ad] = [
    Ad(
      name: "English SaaS support ad with Markdown headings",
      job: JobPosting(
        slug: "support", title: "Customer Support Specialist", company: "Brightdesk AI",
        body: """
          ## About Brightdesk AI
          Brightdesk AI is a fast-growing SaaS company powered by AI, trusted by 2,000 teams.

          ## What you'll do
          - Answer customer tickets in Zendesk within our SLA
          - Troubleshoot login issues and escalate bugs to Jira
          - Keep our Help Centre articles up to date

          ## Requirements
          - 1+ year in customer service or a call centre
          - Excellent written English
          - Strong communication and teamwork

          ## Nice to have
          - Experience with Gainsight or Intercom is a plus

          ## What we offer
          - Private health insurance, a mentoring programme and a learning budget
          - Flexible working from our London office

          ## How to apply
          Send your CV to jobs@brightdesk.example
          """),
      found: ["Zendesk", "SLA", "Jira", "Customer Support", "call centre", "English", "Gainsight or Intercom"],
      absent: ["AI", "Brightdesk", "mentoring", "health insurance", "London", "communication", "teamwork", "Send"]),
    Ad(
      name: "Indonesian food QC ad with colon headings and numbered lists",
      job: JobPosting(
        slug: "qc", title: "Staff Quality Control", company: "PT Rasa Prima Nusantara", language: .id,
        body: """
          PT Rasa Prima Nusantara adalah perusahaan manufaktur biskuit terkemuka di Jawa Timur.

          Tanggung Jawab:
          1. Melakukan inspeksi bahan baku dan produk jadi sesuai standar HACCP dan GMP
          2. Mencatat hasil uji kadar air dan membuat laporan NCR
          3. Mendukung audit ISO 22000 dan sertifikasi halal

          Kualifikasi:
          1. Pendidikan minimal S1 Teknologi Pangan
          2. Wajib memahami HACCP
          3. Teliti, jujur, dan mampu bekerja dalam tim
          4. Bersedia ditempatkan di Pasuruan

          Fasilitas:
          1. BPJS Kesehatan dan Ketenagakerjaan, THR, uang makan
          2. Pelatihan dan jenjang karier

          Kirim CV ke hrd@rasaprima.example paling lambat 30 Juni.
          """),
      found: ["HACCP", "GMP", "NCR", "ISO 22000", "S1"],
      absent: ["BPJS", "THR", "Pasuruan", "Jawa Timur", "Teliti", "jujur", "Kirim", "Rasa Prima"]),
    Ad(
      name: "Accounting ad with bold headings and bullets as dots",
      job: JobPosting(
        slug: "accountant", title: "Staff Accountant", company: "Mitra Niaga",
        body: """
          **About us**
          Mitra Niaga distributes building materials across Java.

          **Responsibilities**
          • Prepare month-end close and bank reconciliation
          • Process accounts payable and VAT returns with CoreTax
          • Maintain records in Accurate or Jurnal.id

          **Qualifications**
          • Bachelor's degree in Accounting
          • Brevet A is preferred
          """),
      found: ["month-end close", "bank reconciliation", "accounts payable", "CoreTax", "Brevet A"],
      absent: ["Java", "Mitra Niaga", "building materials"]),
    Ad(
      name: "an ad with no headings at all",
      job: JobPosting(
        slug: "plain", title: "Warehouse Operations Coordinator", company: "Parcelwise",
        body: """
          Parcelwise is the UK's friendliest fulfilment partner for independent brands.
          You will coordinate daily picking in our WMS and book couriers with DPD and Royal Mail.
          You must have a full UK driving licence. Experience with Lean is a plus.
          We offer 25 days of annual leave and a pension. Apply by sending your CV.
          """),
      found: ["WMS", "Lean", "driving licence"],
      absent: ["annual leave", "pension", "brands", "Parcelwise"]),
    Ad(
      name: "Indonesian government announcement with conditions and a selection paragraph",
      job: JobPosting(
        slug: "dinkes", title: "Pengelola Data Surveilans", company: "Dinas Kesehatan",
        body: """
          Persyaratan:
          1. Mahir Microsoft Excel dan QGIS
          2. Berkelakuan baik dibuktikan dengan SKCK yang masih berlaku
          3. Tidak berkedudukan sebagai ASN, anggota TNI/Polri, atau terikat kontrak kerja dengan instansi lain

          Berkas lamaran dikirim ke email sdm@dinkes.example.go.id. Seleksi meliputi seleksi berkas, psikotes dan wawancara.
          """),
      found: ["Microsoft Excel", "QGIS"],
      absent: ["SKCK", "ASN", "TNI", "seleksi berkas", "psikotes"]),
    Ad(
      name: "English graduate scheme naming the job, its locations and a background check",
      job: JobPosting(
        slug: "esg", title: "Graduate ESG Analyst", company: "Northbridge Capital",
        body: """
          As a Graduate ESG Analyst you will check and register company data in Bloomberg and support
          client reporting. The successful candidate will be required to undertake an enhanced DBS check.

          ## Requirements
          - Experience with MSCI ESG or Sustainalytics

          Locations: Manchester, Leeds or Newcastle
          """),
      found: ["Bloomberg", "MSCI ESG", "Sustainalytics"],
      absent: ["ESG Analyst", "Newcastle", "DBS"]),
    Ad(
      name: "Indonesian ad whose duty names the job with the abbreviation it defines",
      job: JobPosting(
        slug: "tsa", title: "Technical Sales Agronomist (Pupuk & Pestisida) - Area Sumut", language: .id,
        body: """
          ## Deskripsi Pekerjaan
          Technical Sales Agronomist (TSA) bertanggung jawab meningkatkan penjualan produk melalui \
          demplot dan pertemuan petani, dan melaporkan aktivitas di aplikasi Salesforce.
          """),
      found: ["Salesforce"],
      absent: ["TSA", "Technical Sales Agronomist"]),
    Ad(
      name: "Indonesian startup ad whose About heading is the company's name",
      job: JobPosting(
        slug: "qa", title: "QA Tester", company: "PT Pasarin Teknologi Indonesia",
        body: """
          Tentang Pasarin
          Pasarin adalah platform B2B yang menghubungkan warung dengan distributor FMCG. Kami memakai
          teknologi (termasuk rekomendasi berbasis AI) agar warung bisa belanja stok lebih murah.

          Deskripsi Pekerjaan
          - Melakukan API testing menggunakan Postman
          - Membuat bug report di Jira
          """),
      found: ["Postman", "Jira"],
      absent: ["B2B", "FMCG", "AI"]),
    Ad(
      name: "Indonesian campus library ad that defines the university's abbreviation",
      job: JobPosting(
        slug: "pustakawan", title: "Pustakawan", company: "Universitas Cendekia Nusantara", language: .id,
        body: """
          ## Tentang Kami
          Universitas Cendekia Nusantara (UCN) adalah perguruan tinggi swasta di Semarang.

          ## Persyaratan
          - Pernah menggunakan SLiMS atau Koha di perpustakaan UCN
          """),
      found: ["SLiMS", "Koha"],
      absent: ["UCN"]),
    Ad(
      name: "English ad pasted from a careers page: the title again, then an unheaded offer",
      job: JobPosting(
        slug: "pe", title: "Project Engineer (Solar Rooftop)", company: "Sinag Power",
        body: """
          Careers › Openings › Engineering

          PROJECT ENGINEER (SOLAR ROOFTOP)

          What you'll do
          - Supervise rooftop installations and commissioning per IEC 62446-1

          Qualifications
          - Knows MS Project or Primavera P6

          Offer 💰
          • HMO after regularization, 13th month pay
          • Site allowance
          """),
      found: ["IEC 62446-1", "MS Project or Primavera P6"],
      absent: ["PROJECT ENGINEER", "ROOFTOP", "HMO"]),
    Ad(
      name: "English ads that name tools by ordinary words beside known ones",
      job: JobPosting(
        slug: "ta", title: "Recruitment Coordinator", company: "Lumira",
        body: """
          ## Requirements
          - Hands-on experience with an applicant tracking system; Workday or Greenhouse is a plus
          - Experience with call recording tools like Gong
          - Security baselines with GuardDuty, Security Hub and CloudTrail
          - Review battery offers for compliance with IEC 62619 and UL 9540A
          """),
      found: ["Greenhouse", "Gong", "Security Hub", "UL 9540A"],
      absent: ["Experience", "Hands"]),
    Ad(
      name: "Names listed after a comma, a maker's units, and what is no name beside an abbreviation",
      job: JobPosting(
        slug: "cloud", title: "Cloud Engineer", company: "Nimbus",
        body: """
          ## Responsibilities
          - Implement security baselines: IAM, GuardDuty, Security Hub, AWS Config and CloudTrail
          - Service Komatsu, Caterpillar and Hitachi units on site
          - Keep evidence of our compliance with the MAS Technology Risk Management (TRM) Guidelines and MAS Notice
          ## Requirements
          - A graduate in Computer Science, IT, Computer Engineering or a related discipline
          - A valid Annual Retention Certificate (ARC); Provisionally Registered Pharmacists are welcome
          - Experience with audit software (CaseWare or ATLAS) is a plus
          - Experience with Substance 3D Painter
          - Standards such as amfori BSCI, Worldwide Responsible Accredited Production (WRAP) and OEKO-TEX
          - BISA SPLICING & PAHAM OTDR (WAJIB)
          - BISA SAMBUNG & PAHAM ODP (wajib, ada tes praktek)
          - SQL and experience working with Opta event data feeds
          - Treat inpatients in the Stroke Unit and at the Heart Institute with the Cosmed K5
          - Commission battery inverters (SMA Sunny Island or Victron)
          """),
      found: [
        "Security Hub", "Caterpillar", "Hitachi", "ATLAS", "Substance 3D Painter",
        "Accredited Production (WRAP)", "OTDR", "Opta", "Sunny Island",
      ],
      absent: ["Guidelines", "Computer Engineering", "Provisionally", "PAHAM", "Stroke Unit", "Heart Institute"]),
    Ad(
      name: "A slash inside the last item of an \"and\" list makes no alternatives of the list",
      job: JobPosting(
        slug: "tambak", title: "Teknisi Tambak", company: "Samudra Windu", language: .id,
        body: """
          ## Tugas
          ▪️ Mengatur kincir, pompa dan aplikasi probiotik/kapur
          """),
      found: ["pompa"],
      absent: ["kincir", "kapur"]),
    Ad(
      name: "Bodies that approve, facilities, an offer to obtain and a sentence's first word name nothing",
      job: JobPosting(
        slug: "vet", title: "Plant Veterinarian", company: "Tri-Star",
        body: """
          ## Responsibilities
          - Supervise HACCP at the City Slaughterhouse; assist the BAC Secretariat in bidding
          - Log referrals to RSUD Kotapinang and the Kalibo District Hospital in Excel and Zorbix
          ## Requirements
          - Able to pass a PETRONAS-approved offshore medical and hold a BOSIET
          - Have HACCP and a JAKIM-recognised halal course
          - Menguasai Excel. Mantap kan? Kirim CV kamu
          - Registered Safety and Health Officer (SHO) with DOSH, or willing to obtain within 1 year
          """),
      found: ["Zorbix", "BOSIET", "DOSH"],
      absent: [
        "City Slaughterhouse", "Secretariat", "RSUD Kotapinang", "Kalibo District Hospital", "PETRONAS", "JAKIM",
        "Mantap", "willing",
      ]),
  ]

  static func read(_ job: JobPosting) -> (Tailor, PostingAnalysis) {
    let tailor = Tailor(site: Fixture.site([]), postings: [job])
    return (tailor, tailor.analysis(of: job))
  }

  /// Whether `term` holds the words of `phrase` in a row, case ignored.
  static func names(_ term: String, _ phrase: String) -> Bool {
    let words = term.lowercased().split { !$0.isLetter && !$0.isNumber }
    let wanted = phrase.lowercased().split { !$0.isLetter && !$0.isNumber }
    guard words.count >= wanted.count else { return false }
    return (0...(words.count - wanted.count)).contains { Array(words[$0..<($0 + wanted.count)]) == wanted }
  }

  @Test(arguments: ads)
  func requirementsAreWhatTheAdAsksFor(ad: Ad) {
    let (_, analysis) = Self.read(ad.job)
    let terms = analysis.requirements.map(\.term)
    for term in ad.found {
      #expect(terms.contains { Self.names($0, term) }, "\(term) not found in \(terms)")
    }
    for word in ad.absent {
      #expect(!terms.contains { Self.names($0, word) }, "\(word) taken as a requirement: \(terms)")
    }
  }

  @Test func partsAreToldApartInBothLanguages() {
    let (_, english) = Self.read(Self.ads[0].job)
    func part(of text: String, in analysis: PostingAnalysis) -> PostingPart? {
      analysis.lines.first { $0.text.contains(text) }?.part
    }
    #expect(part(of: "fast-growing SaaS", in: english) == .about)
    #expect(part(of: "Zendesk", in: english) == .responsibilities)
    #expect(part(of: "written English", in: english) == .requirements)
    #expect(part(of: "Gainsight", in: english) == .nice)
    #expect(part(of: "health insurance", in: english) == .benefits)
    #expect(part(of: "Send your CV", in: english) == .apply)

    let (_, indonesian) = Self.read(Self.ads[1].job)
    #expect(part(of: "manufaktur biskuit", in: indonesian) == .about)
    #expect(part(of: "inspeksi bahan baku", in: indonesian) == .responsibilities)
    #expect(part(of: "Teknologi Pangan", in: indonesian) == .requirements)
    #expect(part(of: "BPJS", in: indonesian) == .benefits)
    #expect(part(of: "Kirim CV", in: indonesian) == .apply)

    let (_, plain) = Self.read(Self.ads[3].job)
    #expect(part(of: "friendliest", in: plain) == .about)
    #expect(part(of: "coordinate daily picking", in: plain) == .responsibilities)
    #expect(part(of: "driving licence", in: plain) == .requirements)
    #expect(part(of: "Lean", in: plain) == .nice)
    #expect(part(of: "annual leave", in: plain) == .benefits)
  }

  /// "Sebagai …, kamu akan:" opens the duties as "As a …, you will:" does, and "Yang kamu akan
  /// dapatkan" still opens the benefits.
  @Test func youWillOpensTheDutiesInIndonesianToo() {
    let job = JobPosting(
      slug: "surveyor", title: "Junior Surveyor Tambang", company: "PT Sinar Tambang Teknik", keywords: [],
      mustHave: [],
      body: """
        Junior Surveyor Tambang
        PT Sinar Tambang Teknik
        Kolaka, Sulawesi Tenggara
        Penuh Waktu · Kerja di lokasi

        Deskripsi Pekerjaan

        PT Sinar Tambang Teknik adalah kontraktor penambangan dan jasa teknik untuk tambang nikel.
        Departemen Engineering & Survey kami menangani pengukuran topografi.

        Sebagai Junior Surveyor Tambang, kamu akan:
        1. Mengolah data ukur di Trimble Business Center
        2. Melakukan survei batimetri

        Yang kamu akan dapatkan:
        - Tunjangan site dan uang lembur
        """)
    let (_, analysis) = Self.read(job)
    #expect(
      analysis.part(ofLineStarting: "Mengolah data") == .responsibilities,
      "\(analysis.lines.map { ($0.part, $0.text) })")
    #expect(analysis.part(ofLineStarting: "Tunjangan site") == .benefits)
  }

  /// A caption written as one paragraph names its parts inside it: "Kualifikasi yang kami cari:"
  /// begins the requirements, and "Benefit …" ends them though the sentence before ends in "SIM C.".
  @Test func aParagraphNamesItsPartsInsideIt() {
    let body = """
      Halo! PT Agro Niaga Sentosa lagi buka lowongan nih. Sebagai Staff Procurement kamu akan mencari \
      pemasok dan membuat purchase order. Kualifikasi yang kami cari: lulusan S1 Agribisnis, mahir \
      Microsoft Excel, pengalaman SAP MM, serta memiliki SIM A dan SIM C. Benefit yang kamu dapatkan \
      antara lain gaji pokok dan BPJS. Rekrutmen tidak dipungut biaya apa pun.
      """
    let (_, analysis) = Self.read(Fixture.job(body: body, language: .id))
    #expect(
      analysis.part(ofLineStarting: "lulusan S1") == .requirements, "\(analysis.lines.map { ($0.part, $0.text) })")
    #expect(analysis.part(ofLineStarting: "Benefit yang") == .benefits)
    #expect(analysis.part(ofLineStarting: "Rekrutmen tidak") != .requirements)
    #expect(analysis.requirements.contains { $0.term.contains("SIM A") })
  }

  /// A caption written as one paragraph a part: "Tugasnya …" lists the duties ("kirim paket" is one,
  /// not how to apply), and "Syaratnya …" strings the requirements together with commas, each
  /// clause weighed by its own words.
  @Test func aCaptionsClausesAreReadOneByOne() {
    let body = """
      Tugasnya melayani customer yang mau kirim paket di counter, input data pengiriman ke sistem, \
      cek resi dan status paket, serta menjawab komplain lewat WhatsApp.

      Syaratnya pria/wanita usia maks 27 th, pendidikan min SMA/SMK (D3 lebih diutamakan), \
      bisa komputer minimal Excel dan email, pengalaman di call center jadi nilai plus, \
      wajib punya motor dan SIM C untuk antar dokumen, siap shift pagi atau siang.

      Share ke yang butuh ya 🙏
      """
    let (_, analysis) = Self.read(Fixture.job(body: body, language: .id))
    let parts = "\(analysis.lines.map { ($0.part, $0.text) })"
    #expect(analysis.part(ofLineStarting: "Tugasnya") == .responsibilities, "\(parts)")
    #expect(analysis.part(ofLineStarting: "bisa komputer") == .requirements, "\(parts)")
    #expect(analysis.part(ofLineStarting: "pengalaman di call center") == .nice, "\(parts)")
    #expect(analysis.part(ofLineStarting: "siap shift") == .other, "\(parts)")
    #expect(analysis.part(ofLineStarting: "Share ke") != .requirements, "\(parts)")
    let excel = analysis.requirements.first { $0.term.contains("Excel") }
    #expect(excel?.part == .requirements && excel?.isNamedWhenMissing == true)
  }

  /// A caption ends a sentence with a pictograph as well as a full stop: what follows "🚗" is a
  /// requirement of its own, named apart when it is missing.
  @Test func aPictographEndsACaptionsSentence() {
    let body = """
      You'll need a degree in Psychology and a Class D driving licence as you'll drive to schools 🚗 \
      Knowledge of safeguarding is a must.
      """
    let job = Fixture.job(body: "## Who you are\n" + body)
    let (_, analysis) = Self.read(job)
    #expect(analysis.lines.contains { $0.text.hasPrefix("Knowledge of safeguarding") }, "\(analysis.lines.map(\.text))")
    let report = Tailor(site: Fixture.site([Fixture.experience("a", skills: ["Excel"])])).tailor(job).report
    #expect(
      report.missing.contains { $0.contains("driving licence") && !$0.contains("safeguarding") }, "\(report.missing)")
  }

  /// A heading that names the job heads the board's header lines ("Job ID: …", the office), which
  /// ask for nothing; a sentence that ends in a colon introduces the list after it.
  @Test func theJobsNameAsAHeadingAndAnIntroductionAskForNothing() {
    let job = JobPosting(
      slug: "ld", title: "Learning & Development Assistant", company: "Cahaya Retail Group",
      body: """
        # Learning & Development Assistant

        Group Human Resources · Cahaya Academy · Petaling Jaya HQ
        Job ID: CRG-HR-2611 · Permanent, full-time

        ## What you'll be doing
        You will support our L&D Manager. Typical work includes:
        - Run post-training evaluation
        """)
    let (_, analysis) = Self.read(job)
    #expect(analysis.part(ofLineStarting: "Job ID") == .preamble, "\(analysis.lines.map { ($0.part, $0.text) })")
    let terms = analysis.requirements.map(\.term)
    #expect(!terms.contains { $0.contains("Petaling") || $0.contains("CRG") || $0.contains("Typical") }, "\(terms)")
    #expect(terms.contains { $0.contains("training evaluation") || $0.contains("post-training") }, "\(terms)")
  }

  /// A job board's breadcrumb over the header lines (the title, the company, the estate, the pay)
  /// heads no duties: the estate's name and the pay ask for nothing.
  @Test func aBreadcrumbHeadsTheBoardsHeaderNotTheDuties() {
    let job = JobPosting(
      slug: "me", title: "Maintenance Engineer", company: "PT Mitra Presisi Autoparts", language: .id,
      body: """
        Beranda › Lowongan Maintenance Engineer › Jawa Barat

        Maintenance Engineer
        PT Mitra Presisi Autoparts
        Kawasan Industri KIIC, Karawang
        Full time
        Rp 6.500.000 – Rp 8.000.000 per month

        Tanggung jawab
        - Melakukan preventive maintenance mesin press

        Kualifikasi
        - Mampu membaca ladder diagram PLC
        """)
    let (_, analysis) = Self.read(job)
    #expect(analysis.part(ofLineStarting: "Kawasan") == .preamble, "\(analysis.lines.map { ($0.part, $0.text) })")
    let terms = analysis.requirements.map(\.term)
    #expect(!terms.contains { $0.contains("Kawasan") || $0.contains("Full time") || $0.contains("Rp") }, "\(terms)")
    #expect(terms.contains("preventive maintenance"), "\(terms)")
  }

  /// A broadcast's header that holds the job's name and its openings heads the post's details,
  /// not the other details alone; a heading in two languages before a colon, however long each
  /// side, or after an emoji, opens its part.
  @Test func aBroadcastsBilingualHeadingsOpenTheirParts() {
    let job = JobPosting(
      slug: "ranger", title: "Marine Ranger (Renjer Laut)", company: "Semporna Islands Conservation Trust",
      body: """
        📣 KAMI MENGAMBIL PEKERJA! WE ARE HIRING

        MARINE RANGER (RENJER LAUT) – 2 positions
        📍 Based at our ranger station on Pulau Mantabuan, Semporna

        Apa yang anda akan buat / What you'll do:
        🔹 Record patrol data on the SMART mobile app (SMART Conservation Tools)

        📝 Job scope:
        🔹 Conduct HIRARC and safety inspections
        """)
    let (_, analysis) = Self.read(job)
    let parts = analysis.lines.map { ($0.part, $0.text) }
    #expect(analysis.part(ofLineStarting: "Record patrol") == .responsibilities, "\(parts)")
    #expect(analysis.part(ofLineStarting: "Conduct HIRARC") == .responsibilities, "\(parts)")
    let terms = analysis.requirements.map(\.term)
    #expect(terms.contains { $0.contains("SMART Conservation Tools") }, "\(terms)")
    #expect(terms.contains("HIRARC"), "\(terms)")
    #expect(!terms.contains { $0.contains("HIRING") }, "\(terms)")
  }

  /// An item's label before a colon names its topic, not a part, unless a part's name is most of
  /// it: "Perform contract abstraction:" holds the "contract" of a job's type, yet the item is a
  /// duty; "📚 Fasilitas di LPK:" lists perks. A notice's sections on the documents to send and the
  /// selection's schedule say how to apply.
  @Test func anItemsLabelNamesItsTopicNotAPart() {
    let job = JobPosting(
      slug: "contracts", title: "Contracts Analyst", company: "Lexcentra",
      body: """
        Job Responsibilities
        • Perform contract abstraction: extract key terms into the CLM system
        • Maintain the contract repository in Icertis and DocuSign CLM
        """)
    let (_, analysis) = Self.read(job)
    #expect(
      analysis.part(ofLineStarting: "Maintain the contract") == .responsibilities,
      "\(analysis.lines.map { ($0.part, $0.text) })")
    #expect(analysis.requirements.contains { $0.term.contains("Icertis") })
    let notice = JobPosting(
      slug: "surveilans", title: "Pengelola Data Surveilans", company: "Dinas Kesehatan", language: .id,
      body: """
        D. URAIAN TUGAS
           1. Mengolah data surveilans penyakit dari 26 Puskesmas

        E. KELENGKAPAN BERKAS
           1. Fotokopi KTP, SKCK dan surat keterangan sehat

        F. JADWAL SELEKSI
           1. Pendaftaran dan penyerahan berkas: 14 s.d. 23 Desember 2026
        """)
    let (_, read) = Self.read(notice)
    let parts = read.lines.map { ($0.part, $0.text) }
    #expect(read.part(ofLineStarting: "Fotokopi KTP") == .apply, "\(parts)")
    #expect(read.part(ofLineStarting: "Pendaftaran dan") == .apply, "\(parts)")
  }

  /// A tool's module written in running text ("Workday Recruiting", "SQL Payroll") is one product:
  /// a recruiter or a payroll clerk who never used it does not prove it.
  @Test func aToolsModuleIsOneProduct() {
    let job = JobPosting(
      slug: "hr", title: "HR Executive",
      body: """
        ## Requirements
        - Hands-on experience with our applicant tracking system (Workday Recruiting)
        - Experience with payroll software (SQL Payroll or Info-Tech) is an advantage
        - Hosting TikTok Live sessions is a plus
        """)
    let person = Fixture.experience(
      "hr-intern", title: "HR Intern",
      highlights: ["Ran recruitment for 40 roles", "Prepared the monthly payroll", "Posted weekly TikTok videos"])
    let report = Tailor(site: Fixture.site([person])).tailor(job).report
    #expect(report.missing.contains { $0.contains("Workday Recruiting") }, "\(report.missing)")
    #expect(report.missing.contains { $0.contains("SQL Payroll") && $0.contains("Info-Tech") }, "\(report.missing)")
    // At a line's start too, where its first word is capitalised anyway.
    #expect(report.missing.contains("TikTok Live"), "\(report.missing)")
  }

  /// A language's name that opens a proper name is a people's or a country's adjective: "Chinese
  /// New Year" proves no Mandarin.
  @Test func aLanguageOpeningAProperNameIsNoLanguage() {
    let job = Fixture.job(body: "## Nice to have\n- Mandarin is an advantage")
    let person = Fixture.experience(
      "events", highlights: ["Coordinated the Chinese New Year celebrations for 300 staff"])
    let report = Tailor(site: Fixture.site([person])).tailor(job).report
    #expect(report.missing.contains("Mandarin"), "\(report.missing)")
    let speaker = Fixture.experience("tutor", highlights: ["Taught Chinese to 12 pupils"])
    #expect(!Tailor(site: Fixture.site([speaker])).tailor(job).report.missing.contains("Mandarin"))
  }

  /// A language test's score in an aside is the test, not a product named by its number: "Good
  /// English (TOEIC 650 or equivalent)" asks for TOEIC, which a certificate of TOEIC 805 proves.
  @Test func aTestsScoreIsTheTestNotAName() {
    let job = Fixture.job(body: "## Requirements\n- Good English, written and spoken (TOEIC 650 or equivalent)")
    let terms = Self.read(job).1.requirements.map { ($0.term, $0.kind) }
    #expect(!terms.contains { $0.0.contains("650") }, "\(terms)")
    #expect(terms.contains { $0.0 == "TOEIC" && $0.1 == .language }, "\(terms)")
    let person = Fixture.experience("toeic", title: "TOEIC Listening and Reading: 805")
    let missing = Tailor(site: Fixture.site([person])).tailor(job).report.missing
    #expect(!missing.contains { $0.contains("TOEIC") }, "\(missing)")
  }

  /// An item that says where to send the application ("Send your CV to … or WhatsApp Kelvin 016-…")
  /// is how to apply, though it is a bullet under the requirements, and so is what follows it; an
  /// item that only uses the word ("Apply knowledge of GMP …") stays a requirement.
  @Test func anItemGivingAnAddressToSendToSaysHowToApply() {
    let job = JobPosting(
      slug: "m", title: "Medical Representative",
      body: """
        ## Requirements
        - Apply knowledge of GMP on the production floor
        - Send your CV to jobs@talentbridge.example.com or WhatsApp Kelvin 016-552 0918 (Subject: MR Penang)
        - Pls share with your friends
        """)
    let (_, analysis) = Self.read(job)
    #expect(analysis.part(ofLineStarting: "Apply knowledge") == .requirements, "\(analysis.lines)")
    #expect(analysis.part(ofLineStarting: "Send your CV") == .apply, "\(analysis.lines)")
    #expect(analysis.part(ofLineStarting: "Pls share") == .apply, "\(analysis.lines)")
    #expect(!analysis.requirements.contains { $0.term.contains("Kelvin") }, "\(analysis.requirements.map(\.term))")
  }

  /// Rules, housing and the interview ask for nothing a CV proves: "mematuhi peraturan yayasan" (to
  /// obey the rules) is no compliance, "tinggal di mess karyawan" no dormitory management, "OJT
  /// dihitung" counts an internship as experience, and "Interview: …" says how to apply. A name
  /// after "Jl." is a street, not a tool.
  @Test func rulesHousingAndTheInterviewAskForNothing() {
    let job = JobPosting(
      slug: "h", title: "Housekeeping Coordinator",
      body: """
        Tugas:
        - Mengantar laporan ke kantor pusat di Jl. Gatot Subroto setiap minggu
        Kualifikasi:
        - Pengalaman min. 1 tahun di housekeeping hotel (OJT dihitung)
        - Bersedia bekerja penuh waktu (Senin s.d. Sabtu) dan mematuhi peraturan yayasan
        - Bisa bahasa Inggris
        - Bersedia tinggal di mess karyawan
        - Interview: Kantor cabang Medan, 9-11 Desember 2026
        """)
    let (_, analysis) = Self.read(job)
    let terms = analysis.requirements.filter { $0.kind != .general }.map(\.term)
    #expect(terms.sorted() == ["bahasa Inggris", "housekeeping"], "\(terms)")
    #expect(analysis.part(ofLineStarting: "Kantor cabang") == .apply, "\(analysis.lines)")
  }

  /// Letters a posting defines with other words than the vocabulary's stand for those words on
  /// every line: the PHO of "the Provincial Health Office (PHO)" is no provisional handover, while
  /// "Good Manufacturing Practice (GMP)" and "Joint Commission International (JCI)" keep their
  /// sense. A public notice's "Documentary requirements" are how to apply.
  @Test func lettersThePostingDefinesKeepItsSenseOnEveryLine() {
    let job = JobPosting(
      slug: "p", title: "Health Promotion Officer",
      body: """
        The Provincial Health Office (PHO) follows Good Manufacturing Practice (GMP) and is preparing for Joint Commission International (JCI) accreditation.

        ## Duties and responsibilities
        - Plans the health promotion campaigns of the PHO
        - Keeps the storeroom to GMP
        - Prepares documents for JCI surveys

        ## Documentary requirements
        - Letter of intent addressed to Hon. Provincial Governor, through the Human Resource Management Office
        """)
    let (_, analysis) = Self.read(job)
    let terms = analysis.requirements.filter { $0.kind != .general }.map(\.term)
    #expect(!terms.contains("PHO") && terms.contains("GMP") && terms.contains("JCI"), "\(terms)")
    #expect(analysis.part(ofLineStarting: "Letter of intent") == .apply, "\(analysis.lines)")
  }

  /// A telephone number or an e-mail address is a contact; a sum of money or a row of years is not.
  @Test(arguments: [
    ("WhatsApp 0812-3456-7890", true), ("+62 812 3456 7890", true), ("email hr@acme.example.com", true),
    ("Gaji Rp 10.000.000", false), ("lulusan 2025 2026 2027", false), ("@acme on Instagram", false),
  ])
  func aContactIsANumberOrAnAddress(text: String, isContact: Bool) {
    #expect(PostingReader.namesAContact(text) == isContact)
  }

  /// A broadcast without headings: "is advantage" prefers, a working week is a condition, and
  /// "Interested pls WhatsApp CV to …" says how to apply; none of them asks for a name. A
  /// standard's code after letters that spell an everyday word is one name: "API RP 40".
  @Test func aBroadcastsPreferenceScheduleAndContactAreToldApart() {
    let job = JobPosting(
      slug: "w", title: "Air Freight Export Executive",
      body: """
        Requirements
        - Familiar with uCustoms
        - Exp in pharma handling (CEIV Pharma) is advantage
        - Memahami prosedur analisa batuan inti sesuai API RP 40
        Mon–Fri 9am–6pm, alternate Sat half day.
        Interested pls WhatsApp CV to Ms Kavitha 012-381 6604
        """)
    let (_, analysis) = Self.read(job)
    #expect(analysis.part(ofLineStarting: "Exp in pharma") == .nice, "\(analysis.lines)")
    #expect(analysis.part(ofLineStarting: "Mon–Fri") == .other, "\(analysis.lines)")
    #expect(analysis.part(ofLineStarting: "Interested") == .apply, "\(analysis.lines)")
    let terms = analysis.requirements.map(\.term)
    #expect(terms.contains("API RP 40"), "\(terms)")
    #expect(!terms.contains { $0.contains("Kavitha") || $0.contains("Fri") }, "\(terms)")
  }

  /// Malaysian ads ask for a licence in Malay ("lesen memandu kelas D"), Philippine public posts
  /// for a civil service eligibility: both are credentials, proven by the licence a person lists,
  /// and a class D licence is a driving licence. So is a vehicle of one's own.
  @Test func aMalayLicenceAndACivilServiceEligibilityAreCredentials() {
    let job = JobPosting(
      slug: "s", title: "Area Supervisor",
      body: """
        ## Requirements
        - Ada lesen memandu kelas D & kereta sendiri
        - Ada lesen memandu
        - Eligibility: Career Service Professional
        """)
    let nothing = Tailor(site: Fixture.site([Fixture.experience("a")])).tailor(job).report
    #expect(nothing.missing.count == 3, "\(nothing.missing)")
    let driver = Fixture.site(
      [Fixture.experience("a")], skills: [SkillGroup(name: "Licences", keywords: ["Class D driving licence"])])
    let report = Tailor(site: driver).tailor(job).report
    #expect(report.missing == ["kereta sendiri", "Career Service Professional"], "\(report.missing)")
    // A vehicle of one's own is asked beside the licence, even on a line of conditions.
    let field = JobPosting(
      slug: "f", title: "Sales Executive",
      body: "## Requirements\n- Must have own transport, willing to travel\n- Punya SIM C & motor sendiri\n")
    let gaps = Tailor(site: Fixture.site([Fixture.experience("a")])).tailor(field).report.missing
    #expect(gaps.contains { $0.contains("own transport") }, "\(gaps)")
    #expect(gaps.count == 2 && gaps.contains("SIM C"), "\(gaps)")
  }

  /// A prose ad says what the job does in the third person ("He or she will also encode …",
  /// "Kandidat juga akan membantu …"), or under a heading written as a question ("Apa yang akan
  /// kamu kerjakan"): those are its duties, not the company's description.
  @Test func aProseAdsDutiesInTheThirdPersonAreDuties() {
    let job = JobPosting(
      slug: "r", title: "Project Research Assistant", company: "Tarlac Agricultural University",
      body: """
        The Research Office is looking for a Project Research Assistant who will join a two-year study. \
        He or she will also encode the data in Excel and run the statistical analysis in R or SPSS.

        Kandidat juga akan membantu scale-up dari laboratorium ke pilot plant.

        ## Siapa kami
        Lumina Derma adalah produsen skincare lokal.

        Apa yang akan kamu kerjakan

        Kamu akan mengembangkan formula sediaan topikal.
        """)
    let (_, analysis) = Self.read(job)
    #expect(analysis.part(ofLineStarting: "He or she") == .responsibilities, "\(analysis.lines)")
    #expect(analysis.part(ofLineStarting: "Kandidat juga") == .responsibilities, "\(analysis.lines)")
    #expect(analysis.part(ofLineStarting: "Kamu akan") == .responsibilities, "\(analysis.lines)")
  }

  /// Places are no tools, joined in a list ("Kintamani & Nusa Penida", "Langkawi and Hat Yai") or
  /// named with an initial ("Bandara I Gusti Ngurah Rai").
  @Test func placesJoinedOrNamedWithAnInitialAreNoTerms() {
    let job = JobPosting(
      slug: "g", title: "Tour Guide", language: .id,
      body: """
        ## Tugas
        - Airport assistance di Bandara I Gusti Ngurah Rai (meet & greet)
        - Memandu tur harian ke Kintamani & Nusa Penida
        - Build crew rosters for routes to Langkawi and Hat Yai
        """)
    let terms = Self.read(job).1.requirements.filter { $0.kind != .general && $0.part != .title }.map(\.term)
    #expect(terms.isEmpty, "\(terms)")
  }

  /// Grades of a school level's subjects name no field: "SPM with credits in Bahasa Melayu and
  /// English" asks for the level, which a bachelor's proves, as does "Copies of your IC, SPM
  /// certificate" (the IC is no field).
  @Test func aSchoolLevelsSubjectGradesAreNoField() {
    let job = JobPosting(
      slug: "c", title: "Cabin Crew",
      body: """
        ## Requirements
        - Minimum SPM with credits in Bahasa Melayu and English
        ## What to bring
        - Copies of your IC, SPM certificate and other qualifications
        """)
    let degree = Fixture.experience("b", kind: .education, title: "Bachelor of Aviation Management")
    let report = Tailor(site: Fixture.site([degree])).tailor(job).report
    #expect(!report.missing.contains { $0.contains("SPM") }, "\(report.missing)")
  }

  /// A level the person will study for once hired is not asked ("Willing to pursue a clinical
  /// Master's programme"), and what a "Remuneration" heading lists is what the employer gives.
  @Test func aLevelToPursueAndTheRemunerationAskForNothing() {
    let job = JobPosting(
      slug: "t", title: "Clinical Tutor",
      body: """
        C. REQUIREMENTS
        1. Bachelor of Dental Surgery (BDS)
        2. Willing to pursue a clinical Master's programme under the Academic Trainee Scheme

        D. REMUNERATION
        1. Full sponsorship of Master's fees
        2. Medical benefits, EPF, SOCSO
        """)
    let degree = Fixture.experience("bds", kind: .education, title: "Bachelor of Dental Surgery (BDS)")
    let report = Tailor(site: Fixture.site([degree])).tailor(job).report
    #expect(report.missing.isEmpty, "\(report.missing)")
  }

  /// A credential's opening word makes a name of the capitalised words after it even where a line
  /// opens with it, which any line may capitalise: "Licensed Environmental Planner (EnP)".
  @Test func aLineOpeningWithACredentialsNameNamesIt() {
    let job = JobPosting(
      slug: "p", title: "Urban Planner",
      body: "## Nice to have\n- Licensed Environmental Planner (EnP), or taking the MA URP\n")
    let report = Tailor(site: Fixture.site([Fixture.experience("a")])).tailor(job).report
    #expect(report.missing.contains { $0.contains("Licensed Environmental Planner") }, "\(report.missing)")
  }

  /// A short opening phrase before the job as the subject leaves the sentence the job's duty:
  /// "Sehari-hari, Staff R&D akan merancang …", "Day to day, the Graduate Analyst will …".
  @Test func theJobAsSubjectAfterAnOpeningPhraseSaysItsDuty() {
    let job = JobPosting(
      slug: "r", title: "Staff R&D", company: "PT Karya Surfaktan Indonesia", language: .id,
      body: """
        PT Karya Surfaktan Indonesia adalah produsen surfaktan berbasis sawit. \
        Sehari-hari, Staff R&D akan merancang percobaan sintesis skala laboratorium dan analisis HLB.
        """)
    let (_, analysis) = Self.read(job)
    #expect(analysis.part(ofLineStarting: "Sehari-hari") == .responsibilities, "\(analysis.lines)")
  }

  /// A rule a duty keeps that a requirement asks for plainly is named: "Menerapkan GLP", then
  /// "Memahami Good Laboratory Practice (GLP)".
  @Test func aRuleADutyKeepsIsNamedWhereARequirementAsksForIt() {
    let lab = JobPosting(
      slug: "l", title: "Analis Laboratorium", language: .id,
      body: """
        ## Tanggung jawab
        - Menerapkan GLP dan K3 laboratorium
        ## Kualifikasi
        - Memahami Good Laboratory Practice (GLP)
        """)
    let gaps = Tailor(site: Fixture.site([Fixture.experience("a")])).tailor(lab).report.missing
    #expect(gaps.contains { $0.contains("Good Laboratory Practice") }, "\(gaps)")
  }

  /// A language's name before a word that says nothing of language is an adjective: "Japanese and
  /// Korean vehicles" asks for no language, "Mandarin preferred" and "Inggris lisan" do. Nor does
  /// an entry's "Indonesian forest policy" prove Indonesian.
  @Test func aLanguageQualifyingAThingIsNoLanguage() {
    let job = JobPosting(
      slug: "p", title: "Parts Counter Staff",
      body: """
        ## Requirements
        - Knowledge of Japanese and Korean vehicles
        - Experience with Filipino cities
        - Mandarin preferred
        - Inggris lisan dan tulisan
        """)
    let languages = Self.read(job).1.requirements.filter { $0.kind == .language }.map(\.term)
    #expect(Set(languages) == ["Mandarin", "Inggris"], "\(languages)")
    let analyst = Fixture.experience("policy", highlights: ["Reviewed Indonesian forest policy for an NGO"])
    let wanted = Fixture.job(body: "## Requirements\n- Fluent Indonesian")
    #expect(Tailor(site: Fixture.site([analyst])).tailor(wanted).report.missing.contains("Indonesian"))
  }

  /// Ordinary words written as a proper name in running text are a term ("memantau Berita Resmi
  /// Merek", "the Industrial Relations Act 1967"), though not a person's title, the job's own name
  /// or a body the person works with.
  @Test func aProperNameOfOrdinaryWordsIsATerm() {
    let english = JobPosting(
      slug: "hr", title: "HR Executive",
      body: """
        ## Requirements
        - Good knowledge of the Industrial Relations Act 1967 and statutory requirements
        - Report to the Head of People and work with our Application Lab on trials
        """)
    // A line that names nothing else is a requirement in its own words.
    let terms = Self.read(english).1.requirements.filter { $0.kind != .general }.map(\.term)
    #expect(terms.contains { $0.contains("Industrial Relations Act 1967") }, "\(terms)")
    #expect(!terms.contains { $0.contains("Application Lab") || $0.contains("Head of People") }, "\(terms)")
    let indonesian = JobPosting(
      slug: "hki", title: "Staf HKI", language: .id,
      body: "## Tugas\n- Rutin memantau Berita Resmi Merek untuk kepentingan oposisi bersama Tim Legal")
    let found = Self.read(indonesian).1.requirements.filter { $0.kind != .general }.map(\.term)
    #expect(found.contains { $0.contains("Berita Resmi Merek") }, "\(found)")
    #expect(!found.contains { $0.contains("Tim Legal") }, "\(found)")
  }

  /// A law's name is one term though it holds a known one, or an ordinary word of the company's
  /// name, or is followed by its reference in parentheses: "the Cyber Security Act 2024" at Benteng
  /// Digital Security is not cyber security, and "the Mental Health Act (RA 11036)" is a name.
  @Test func aLawsNameIsOneTermWhateverItHolds() {
    let job = JobPosting(
      slug: "soc", title: "SOC Analyst", company: "Benteng Digital Security Sdn Bhd",
      body: """
        ## Requirements
        - Awareness of the Cyber Security Act 2024 and NACSA's Code of Practice
        - Support campaigns in line with the Mental Health Act (RA 11036)
        - Run the Benteng Academy webinars
        """)
    let terms = Self.read(job).1.requirements.filter { $0.kind != .general }.map(\.term)
    #expect(terms.contains("Cyber Security Act 2024"), "\(terms)")
    #expect(terms.contains("Mental Health Act"), "\(terms)")
    #expect(!terms.contains { $0.contains("Benteng") }, "\(terms)")
    let graduate = Fixture.experience("bsc", kind: .education, title: "BSc Computer Science (Cyber Security)")
    let missing = Tailor(site: Fixture.site([graduate])).tailor(job).report.missing
    #expect(missing.contains { $0.contains("Cyber Security Act 2024") }, "\(missing)")
  }

  /// What the company has done, told in its first person under "About the job", is about the
  /// company though it names what its clients require: "… to meet Bank Negara Malaysia's RMiT
  /// requirement" asks nothing of the person. A sentence that asks stays a requirement.
  @Test func whatTheCompanyHasDoneIsAboutIt() {
    let job = Fixture.job(
      body: """
        ## About the job
        Since 2017 we have delivered more than 1,200 security assessments for banks, many of them \
        to meet Bank Negara Malaysia's RMiT requirement for independent penetration testing.

        Experience with Burp Suite is required.
        """)
    let (_, analysis) = Self.read(job)
    let parts = "\(analysis.lines.map { ($0.part, $0.text) })"
    #expect(analysis.part(ofLineStarting: "Since 2017") == .about, "\(parts)")
    #expect(analysis.part(ofLineStarting: "Experience with Burp") == .requirements, "\(parts)")
    #expect(!analysis.requirements.contains { $0.term.contains("RMiT") }, "\(analysis.requirements.map(\.term))")
  }

  /// A sentence whose subject is the job says what its holder will do, as "you will" does: "Staf
  /// Digitalisasi akan memindai …", "The Records Assistant will …", and "Kamu juga akan …" after
  /// it. "Kami akan …" (we will) is the company's.
  @Test func whatTheJobWillDoIsADuty() {
    let job = JobPosting(
      slug: "digitalisasi", title: "Staf Digitalisasi Arsip", company: "PT Suara Pesisir Media", language: .id,
      body: """
        Staf Digitalisasi akan memindai koran terjilid dengan scanner overhead Zeutschel dan mengisi metadata \
        berbasis Dublin Core. Kamu juga akan memeriksa kualitas citra sesuai pedoman FADGI.

        Kami akan memberikan pelatihan selama dua minggu di Semarang.
        """)
    let (_, analysis) = Self.read(job)
    let parts = "\(analysis.lines.map { ($0.part, $0.text) })"
    #expect(analysis.part(ofLineStarting: "Staf Digitalisasi akan") == .responsibilities, "\(parts)")
    #expect(analysis.part(ofLineStarting: "Kamu juga akan") == .responsibilities, "\(parts)")
    #expect(analysis.part(ofLineStarting: "Kami akan") != .responsibilities, "\(parts)")
    #expect(analysis.requirements.contains { $0.term.contains("FADGI") }, "\(analysis.requirements.map(\.term))")
    let english = JobPosting(
      slug: "records", title: "Technical Records Assistant", company: "Awan Biru Airlines",
      body: "The Records Assistant will update AMOS after every check.\n\nThe company will pay for your licence.")
    let (_, read) = Self.read(english)
    #expect(read.part(ofLineStarting: "The Records Assistant will") == .responsibilities)
    #expect(read.part(ofLineStarting: "The company will") != .responsibilities)
  }

  /// In a duty a level spelled by an everyday word is that word: "produce master TIFF files" asks
  /// for no Master's degree, so a bachelor still meets the posting's degree.
  @Test func aMasterFileInADutyIsNoMastersDegree() {
    let job = Fixture.job(
      body: """
        ## Tanggung Jawab
        - Menghasilkan master TIFF dan salinan akses PDF/A
        ## Kualifikasi
        - Lulusan D3/S1 Ilmu Perpustakaan
        """, language: .id)
    let degree = Fixture.experience("s1", kind: .education, title: "S1 Ilmu Perpustakaan")
    let tailoring = Tailor(site: Fixture.site([degree], language: .id)).tailor(job)
    let asked = tailoring.report.requirements.filter { $0.kind == .degree }
    #expect(asked.count == 1 && asked.allSatisfy { $0.evidence == ["s1"] }, "\(asked)")
  }

  /// A board's header names the level ("Pendidikan minimal S1 · 1-3 tahun pengalaman"), the
  /// requirements its fields ("S1 Akuntansi atau Perpajakan"): the degree is the line that names
  /// the fields, and a degree in another field leaves it missing.
  @Test func theLineThatNamesTheFieldsNamesTheDegree() {
    let job = Fixture.job(
      body: """
        Full time · Akuntansi / Keuangan
        Pendidikan minimal S1 · 1-3 tahun pengalaman

        ## Kualifikasi
        - S1 Akuntansi atau Perpajakan
        """, language: .id)
    let degree = Fixture.experience("s1", kind: .education, title: "S1 Peternakan")
    let report = Tailor(site: Fixture.site([degree], language: .id)).tailor(job).report
    #expect(report.missing.contains { $0.contains("S1 Akuntansi") }, "\(report.missing)")
  }

  /// A label before a colon names no field: "Education: Bachelor's Degree" takes any bachelor's,
  /// while "… Degree in Education" asks for that field.
  @Test func aLabelBeforeTheLevelNamesNoField() {
    let engineer = Fixture.experience("bs", kind: .education, title: "Bachelor of Science in Industrial Technology")
    func evidence(_ line: String) -> [String]? {
      let job = Fixture.job(body: "## Qualifications\n- \(line)")
      let report = Tailor(site: Fixture.site([engineer])).tailor(job).report
      return report.requirements.first { $0.kind == .degree }?.evidence
    }
    #expect(evidence("Education: Bachelor's Degree") == ["bs"])
    #expect(evidence("Education: Bachelor's Degree in Education") == [])
  }

  /// A preference after a second level is that level's: "SMK Teknik Mesin / Teknik Elektro, D3
  /// lebih diutamakan" prefers a D3 and still asks for the fields, which a law degree lacks; "S1
  /// Akuntansi diutamakan" only prefers its field.
  @Test func aPreferenceAfterASecondLevelIsThatLevels() {
    let lawyer = Fixture.experience("s1", kind: .education, title: "S1 Ilmu Hukum")
    func evidence(_ line: String) -> [String]? {
      let job = Fixture.job(body: "## Kualifikasi\n- \(line)", language: .id)
      let report = Tailor(site: Fixture.site([lawyer], language: .id)).tailor(job).report
      return report.requirements.first { $0.kind == .degree }?.evidence
    }
    #expect(evidence("Pendidikan min. SMK Teknik Mesin / Teknik Elektro / Mekatronika, D3 lebih diutamakan") == [])
    #expect(evidence("Pendidikan S1, jurusan Akuntansi diutamakan") == ["s1"])
  }

  /// No one has experience with a school level: after "experience with", "SMA" is the inverter
  /// maker, named missing, and the line asks for no degree. "Lulusan SMA/SMK" still does.
  @Test func aLevelAfterExperienceWithIsAName() {
    let site = Fixture.site([Fixture.experience("a", skills: ["Excel"])])
    let job = Fixture.job(body: "## Requirements\n- Experience with SMA Sunny Island or Victron systems is a plus")
    let report = Tailor(site: site).tailor(job).report
    #expect(!report.requirements.contains { $0.kind == .degree }, "\(report.requirements.map(\.term))")
    #expect(report.missing.contains { $0.contains("SMA Sunny Island") }, "\(report.missing)")
    let school = Fixture.job(body: "## Kualifikasi\n- Lulusan SMA/SMK sederajat", language: .id)
    #expect(Tailor(site: site).tailor(school).report.requirements.contains { $0.kind == .degree })
  }

  /// A regulation cited by number is one term, named missing as the ad wrote it: the dot of
  /// "No." and the slash before a year end no name, though "No. 1 in customer satisfaction" is
  /// still no citation.
  @Test(arguments: [
    (
      "Paham Permen LH No. 5 Tahun 2014 dan PP No. 22 Tahun 2021",
      ["Permen LH No. 5 Tahun 2014", "PP No. 22 Tahun 2021"]
    ),
    ("Memahami PP Nomor 28 Tahun 2018 tentang Kerja Sama Daerah", ["PP Nomor 28 Tahun 2018"]),
    ("Memahami aturan BPJS Ketenagakerjaan dan PP 36/2021", ["PP 36/2021"]),
  ])
  func aRegulationCitedByNumberIsOneTerm(line: String, cited: [String]) {
    let job = Fixture.job(body: "## Kualifikasi\n- \(line)\n- No. 1 in customer satisfaction", language: .id)
    let report = Tailor(site: Fixture.site([Fixture.experience("a", skills: ["Excel"])], language: .id)).tailor(job)
      .report
    for citation in cited {
      #expect(report.missing.contains { $0.contains(citation) }, "\(report.missing)")
    }
    #expect(!report.missing.contains { $0.hasPrefix("No. 1") }, "\(report.missing)")
  }

  /// A heading run into its line in a caption ("Kerjaan sehari-hari: …", "Yang dicari: …") opens
  /// its part, and a list in parentheses stays in its clause: "bahasa asing ketiga (Prancis,
  /// Jepang atau Mandarin) nilai plus" is one nice-to-have, not "(Prancis" and "Jepang atau Mandarin)".
  @Test func aCaptionsRunInHeadingsAndAsidesAreRead() {
    let body = """
      Kerjaan sehari-hari: susun rundown dan function sheet dengan hotel; urus registrasi delegasi \
      pakai Cvent atau Eventbrite; bikin laporan pasca-acara.

      Yang dicari: S1 Hubungan Internasional / Ilmu Komunikasi, pengalaman min. 1 thn di event, \
      bahasa Inggris lancar, bahasa asing ketiga (Prancis, Jepang atau Mandarin) nilai plus, \
      biasa pakai Excel/Google Sheets, siap kerja lembur & akhir pekan saat event.
      """
    let (_, analysis) = Self.read(Fixture.job(body: body, language: .id))
    let parts = "\(analysis.lines.map { ($0.part, $0.text) })"
    #expect(analysis.part(ofLineStarting: "urus registrasi") == .responsibilities, "\(parts)")
    #expect(analysis.requirements.contains { $0.kind == .degree }, "\(parts)")
    #expect(analysis.lines.contains { $0.text.contains("(Prancis, Jepang atau Mandarin)") }, "\(parts)")
    let cvent = analysis.requirements.first { $0.term.contains("Cvent") }
    #expect(cvent?.part == .responsibilities, "\(analysis.requirements.map(\.term))")
  }

  /// A parenthesis gives examples of the term right before it, not of one said several words
  /// earlier: the "merek" of "… mengelola docketing tenggat waktu (perpanjangan merek, …)" does not
  /// prove the Berita Resmi Merek of the clause before.
  @Test func aParenthesisFarFromATermIsNotItsExamples() {
    let job = JobPosting(
      slug: "hki", title: "Staf HKI", language: .id,
      body: """
        ## Tugas
        - Rutin memantau Berita Resmi Merek untuk kepentingan oposisi, serta mengelola docketing \
        tenggat waktu (perpanjangan merek, biaya tahunan)
        """)
    let person = Fixture.experience("klinik", skills: ["merek"])
    let report = Tailor(site: Fixture.site([person], language: .id)).tailor(job).report
    #expect(report.missing.contains { $0.contains("Berita Resmi Merek") }, "\(report.missing)")
  }

  /// What a job board prints around an ad, copied with it, asks for nothing: its buttons ("Show
  /// less", "Laporkan lowongan ini"), LinkedIn's criteria and its footer. Its screening questions
  /// ask for what they name ("Apakah Anda memiliki SIM C?"), but a question is no requirement in
  /// its own words.
  @Test func aJobBoardsPageAroundTheAdAsksForNothing() {
    let linkedIn = Fixture.job(
      body: """
        Responsibilities
        - Build weekly sales dashboards in Looker Studio

        Show more
        Show less

        Seniority level
        Entry level
        Industries
        Food and Beverage Services

        Referrals increase your chances of interviewing at Kopi Kita by 2x
        See who you know
        Get notified about new Data Analyst jobs in Jakarta, Indonesia.
        """)
    let (_, english) = Self.read(linkedIn)
    let terms = english.requirements.map(\.term)
    #expect(terms.contains("Looker Studio"), "\(terms)")
    for junk in ["Show", "Seniority", "Entry level", "Food and Beverage", "Referrals", "notified"] {
      #expect(!terms.contains { $0.contains(junk) }, "\(junk) in \(terms)")
    }
    let jobStreet = Fixture.job(
      body: """
        Requirements:
        - Menguasai Microsoft Excel (VLOOKUP, Pivot Table)

        Pertanyaan dari perusahaan
        - Berapa tahun pengalaman Anda sebagai admin gudang?
        - Apakah Anda memiliki SIM C?

        Laporkan lowongan ini
        Pekerjaan ini menarik? Lamar sekarang
        """, language: .id)
    let indonesian = Self.read(jobStreet).1.requirements.map(\.term)
    #expect(indonesian.contains("SIM C"), "\(indonesian)")
    for junk in ["Berapa", "Laporkan", "Pekerjaan ini"] {
      #expect(!indonesian.contains { $0.contains(junk) }, "\(junk) in \(indonesian)")
    }
  }

  /// The company's own names, amounts of money and the bodies a duty serves are no terms:
  /// "Senandikawan" (Senandika's community), "Rp 150", the "Credit Risk Management Unit".
  @Test func theCompanysNamesMoneyAndUnitsAreNoTerms() {
    let job = JobPosting(
      slug: "s", title: "Social Media Specialist", company: "Senandika Coffee", language: .id,
      body: """
        ## Tanggung Jawab
        - Aktif mengelola komunitas Senandikawan di Instagram dan TikTok
        - Mengelola budget iklan ±Rp 150 juta per bulan untuk mencapai target ROAS
        - Prepare credit memos for the Credit Risk Management Unit every week
        """)
    let terms = Self.read(job).1.requirements.filter { $0.kind != .general }.map(\.term)
    #expect(terms.contains("ROAS"), "\(terms)")
    for junk in ["Senandikawan", "Rp", "Credit Risk Management Unit"] {
      #expect(!terms.contains { $0.contains(junk) }, "\(junk) in \(terms)")
    }
  }

  /// Abbreviations joined by a slash ("SPG/SPB") are alternatives: a person who worked as one
  /// proves the name.
  @Test func abbreviationsJoinedByASlashAreAlternatives() {
    let job = Fixture.job(body: "## Tugas\n- Mengelola tim SPG/SPB dari agency", language: .id)
    let person = Fixture.experience("spg", title: "SPG Event Sampling", highlights: ["Menjual 300 botol per hari"])
    let report = Tailor(site: Fixture.site([person], language: .id)).tailor(job).report
    #expect(!report.missing.contains { $0.contains("SPG") }, "\(report.missing)")
  }

  /// A degree's fields are named in its own part of a line: a board's header line ("Full-time ·
  /// On-site · Minimum Bachelor's Degree") asks for any bachelor's degree.
  @Test func aDegreeOnABoardsHeaderLineTakesAnyField() {
    let job = Fixture.job(body: "Full-time · On-site · 1 - 3 years of experience · Minimum Bachelor's Degree")
    let degree = Fixture.experience(
      "s1", kind: .education, title: "S1 Manajemen", highlights: ["IPK 3,64"])
    let report = Tailor(site: Fixture.site([degree])).tailor(job).report
    #expect(!report.missing.contains { $0.contains("Bachelor") }, "\(report.missing)")
  }

  /// A proper name runs across the pieces a hyphen glues to it ("World-Check", "E-E-A-T"), and a
  /// credential named after its holder ("holding a Registered Financial Planner designation") is a term, though
  /// it ends in a person.
  @Test func aNameRunsAcrossHyphensAndACredentialNamesItsHolder() {
    let job = Fixture.job(
      body: """
        ## Requirements
        - Screen clients against sanctions lists in World-Check One and resolve matches
        - Write articles that follow E-E-A-T guidelines for our blog
        - Holding a Registered Financial Planner designation is an advantage
        """)
    let terms = Self.read(job).1.requirements.filter { $0.kind != .general }.map(\.term)
    for name in ["World-Check", "E-E-A-T", "Registered Financial Planner"] {
      #expect(terms.contains { $0.contains(name) }, "\(name) not in \(terms)")
    }
  }

  /// An initialism written with dots is named with its last dot, as the posting writes it.
  @Test func anInitialismKeepsItsLastDot() {
    let (_, analysis) = Self.read(Fixture.job(body: "## Requirements\n- Understanding of GlobalG.A.P. standards"))
    #expect(analysis.requirements.map(\.term).contains("GlobalG.A.P."), "\(analysis.requirements.map(\.term))")
  }

  /// An apostrophe inside a word keeps the word whole: "Al-Qur'an" is named as written.
  @Test func anApostropheInsideANameKeepsItWhole() {
    let job = Fixture.job(
      body: "## Kualifikasi\n- Mampu membaca Al-Qur'an dengan tartil, diutamakan mampu mengajar Iqro'", language: .id)
    let terms = Self.read(job).1.requirements.map(\.term)
    #expect(terms.contains { $0.contains("Al-Qur'an") }, "\(terms)")
  }

  /// A list inside a long sentence keeps its items together: the sentence is not read clause by
  /// clause at its commas.
  @Test func aListInALongSentenceStaysOneRequirement() {
    let body = """
      ## Requirements
      The ideal candidate holds a degree in Agronomy, Soil Science, Agrotechnology or a related field \
      with a GPA of at least 3.25, understands experimental design and is proficient in R, SPSS or SAS.
      """
    let (_, analysis) = Self.read(Fixture.job(body: body))
    #expect(
      analysis.requirements.contains { $0.term.contains("R") && $0.term.contains("SPSS") && $0.term.contains("SAS") })
  }

  @Test func wordingAndPlaceWeighARequirement() {
    let job = JobPosting(
      slug: "w", title: "Analyst", keywords: ["Looker"], mustHave: ["SQL"],
      body: """
        ## Responsibilities
        - Build reports in Tableau

        ## Requirements
        - Python is required
        - Excel

        ## Nice to have
        - dbt
        """)
    let (_, analysis) = Self.read(job)
    let weight = { (term: String) in analysis.requirements.first { $0.term == term }?.weight }
    #expect(weight("SQL") == PostingReader.mustHaveWeight)
    #expect(analysis.requirements.first { $0.term == "SQL" }?.isMustHave == true)
    #expect(analysis.requirements.first { $0.term == "Looker" }?.isKeyword == true)
    #expect(weight("Python") == 1.0 * PostingReader.insistence)
    #expect(weight("Excel") == 1.0)
    #expect(weight("Tableau") == 0.8)
    #expect(weight("dbt") == 0.5)
    // Must-haves and keywords come first.
    #expect(analysis.requirements.prefix(2).map(\.term) == ["SQL", "Looker"])
  }

  @Test func alternativesAreOneRequirementAndListsAreSeveral() {
    let job = JobPosting(
      slug: "o", title: "Support",
      body: """
        ## Requirements
        - Experience with Zendesk, Freshdesk or Intercom
        - SQL, Python and Excel
        - A CRM such as Salesforce, HubSpot
        - Menguasai Accurate atau Jurnal.id
        """)
    let (_, analysis) = Self.read(job)
    let terms = analysis.requirements.map(\.term)
    #expect(terms.contains("Zendesk, Freshdesk or Intercom"))
    #expect(terms.contains("SQL") && terms.contains("Python") && terms.contains("Excel"))
    #expect(terms.contains("Salesforce, HubSpot"))
    #expect(terms.contains("Accurate atau Jurnal.id"))
  }

  /// A term with examples in parentheses: the examples prove it, and are asked for together as
  /// the tools the posting names.
  @Test func examplesInParenthesesProveTheirTermAndAreOneRequirement() throws {
    let job = JobPosting(
      slug: "p", title: "Account Executive",
      body: """
        ## Requirements
        - Experience with a CRM (Salesforce, HubSpot, Pipedrive) is a plus
        - Build dashboards (Tableau / Power BI)
        - Excel (advanced) and SQL
        """)
    let (_, analysis) = Self.read(job)
    let terms = analysis.requirements.map(\.term)
    #expect(terms.contains("CRM") && terms.contains("Salesforce, HubSpot, Pipedrive"), "\(terms)")
    #expect(terms.contains("dashboards") && terms.contains("Tableau / Power BI"), "\(terms)")
    #expect(!terms.contains("HubSpot") && !terms.contains("Power BI"))
    // A word in parentheses is no list: what follows it is a requirement of its own.
    #expect(terms.contains("Excel") && terms.contains("SQL"), "\(terms)")

    let site = Fixture.site([Fixture.experience("hubspot", skills: ["HubSpot"])])
    let report = Tailor(site: site).tailor(job).report
    #expect(report.requirements.first { $0.term == "CRM" }?.evidence == ["hubspot"])
    #expect(report.requirements.first { $0.term == "Salesforce, HubSpot, Pipedrive" }?.evidence == ["hubspot"])
    #expect(report.missing.contains { $0.contains("Tableau / Power BI") }, "\(report.missing)")
  }

  /// A name written with a hyphen is one name, and one letter of it is no term: the C of C-MeX is
  /// not the C language. A place's name is no product's: East Java is no Java.
  @Test func compoundsAndPlacesAreNotTheTermsInsideThem() {
    let job = JobPosting(
      slug: "c", title: "Team Leader",
      body: """
        ## Requirements
        - Manage performance against AHT and C-MeX
        - Willing to travel across East Java and Jawa Timur
        - Java
        """)
    let (_, analysis) = Self.read(job)
    let terms = analysis.requirements.map(\.term)
    #expect(terms.contains("C-MeX"), "\(terms)")
    #expect(!terms.contains("C") && !terms.contains("MeX"))
    #expect(analysis.requirements.filter { $0.term == "Java" }.count == 1)
    #expect(analysis.requirements.first { $0.term == "Java" }?.line == "Java")
  }

  /// What only looks like a product's name: a capitalised word in a title or at the start of a
  /// line (after ✅ too), a name written before a place as an address, letters that abbreviate the
  /// words before them, a department one works with, and the position's own line.
  @Test func wordsThatOnlyLookLikeNamesAreNoTerms() {
    let job = JobPosting(
      slug: "t", title: "Commis Chef", company: "Eko Grand", language: .id,
      body: """
        Eko Grand · Lekki Phase 1, Lagos · Full-time
        Position: Commis Chef (Continental Kitchen)

        Tugas:
        ✅ Melayani nasabah di loket
        ✅ Mengecek kelengkapan berkas sesuai ketentuan
        - Memproses purchase requisition (PR) menjadi purchase order di SAP
        - Berkoordinasi dengan gudang dan QC untuk penerimaan barang
        """)
    let (_, analysis) = Self.read(job)
    let terms = analysis.requirements.filter { $0.kind != .general }.map(\.term)
    for word in ["Commis", "Chef", "Lekki", "Mengecek", "PR", "QC", "Continental"] {
      #expect(!terms.contains { Self.names($0, word) }, "\(word) taken as a requirement: \(terms)")
    }
    #expect(terms.contains("SAP"))
    #expect(analysis.lines.filter { $0.isBullet }.count == 4, "\(analysis.lines.map(\.text))")
  }

  /// One gap is named once: "SAP", then "SAP or another ERP", both unproven, is one missing item.
  @Test func aLackingToolIsNamedOnce() {
    let job = JobPosting(
      slug: "s", title: "Staff PPIC", language: .id,
      body: """
        ## Tanggung jawab
        - Menginput data produksi di SAP
        ## Kualifikasi
        - Pengalaman menggunakan SAP atau ERP lainnya
        """)
    let report = Tailor(site: Fixture.site([Fixture.experience("a", skills: ["Excel"])])).tailor(job).report
    #expect(report.missing.filter { $0.contains("SAP") }.count == 1, "\(report.missing)")
  }

  /// A gap named twice, once alone and once among alternatives, is named with every alternative
  /// the posting accepts: the person learns that any one of them would do.
  @Test func aLackingToolIsNamedWithItsAlternatives() {
    let job = JobPosting(
      slug: "cs", title: "Customer Success Associate", keywords: ["Gainsight"],
      body: """
        ## Responsibilities
        - Monitor customer health scores in Gainsight
        ## About you
        - Familiarity with Gainsight, ChurnZero or Totango is a big plus
        """)
    let report = Tailor(site: Fixture.site([Fixture.experience("a", skills: ["Excel"])])).tailor(job).report
    let named = report.missing.filter { $0.contains("Gainsight") }
    #expect(named.count == 1, "\(report.missing)")
    #expect(named.first.map { $0.contains("ChurnZero") && $0.contains("Totango") } == true, "\(report.missing)")
  }

  /// A tool everyone uses (data/posting/everyday-tools.txt) is never a gap, alone or with another
  /// everyday tool; beside a tool that is a gap, it stays in the gap's name.
  @Test func anEverydayToolIsNoGap() {
    let job = JobPosting(
      slug: "cs", title: "Customer Success Associate",
      body: """
        ## Responsibilities
        - Run onboarding calls for new customers (Zoom/Teams)
        - Answer customers on WhatsApp and Telegram
        - Send the weekly summary to clients as a PDF
        - Log every call in Zendesk and in Outlook
        ## Requirements
        - Microsoft Office, especially Excel and Word
        """)
    let report = Tailor(site: Fixture.site([Fixture.experience("a", skills: ["Excel"])])).tailor(job).report
    for everyday in ["Zoom", "Teams", "WhatsApp", "Telegram", "Word", "Outlook", "PDF"] {
      #expect(!report.missing.contains { $0.contains(everyday) }, "\(everyday): \(report.missing)")
    }
    #expect(report.missing.contains { $0.contains("Zendesk") }, "\(report.missing)")
    // Read all the same: the tools rank the experiences that show them.
    #expect(report.requirements.contains { $0.term == "Telegram" }, "\(report.requirements.map(\.term))")
  }

  /// A phone is an everyday tool too: "Bisa pakai HP android" asks for no Android development.
  @Test func aPhoneIsAnEverydayTool() {
    let job = Fixture.job(body: "## Kualifikasi\n- Bisa pakai HP android, WA, Google Sheets", language: .id)
    let report = Tailor(site: Fixture.site([Fixture.experience("a", skills: ["Excel"])], language: .id)).tailor(job)
      .report
    #expect(!report.missing.contains { $0.localizedCaseInsensitiveContains("android") }, "\(report.missing)")
    #expect(report.missing.contains { $0.contains("Google Sheets") }, "\(report.missing)")
  }

  /// The Filipino words of a Taglish ad and the short names of a people are ordinary words, no
  /// product: "Basta with pedia exposure", "Aussie clients".
  @Test(arguments: [
    "Knowledge of Kardex is a plus!! Basta with pedia internship exposure",
    "Good English, we talk to Aussie clients every day, Kardex experience a plus",
  ])
  func aTaglishWordOrAPeopleIsNoName(line: String) {
    let job = Fixture.job(body: "## Requirements\n- \(line)")
    let report = Tailor(site: Fixture.site([Fixture.experience("a", skills: ["Excel"])])).tailor(job).report
    #expect(report.missing.contains { $0.contains("Kardex") }, "\(report.missing)")
    #expect(!report.missing.contains { $0.contains("Basta") || $0.contains("Aussie") }, "\(report.missing)")
  }

  /// "hindi" in lower case is the Filipino for "not", no language; "Hindi" is the language.
  @Test func aFilipinoWordIsNoLanguage() {
    let job = Fixture.job(
      body: """
        ## Requirements
        - Fresh grads welcome, hindi required ang experience
        - Hindi or Tamil is an advantage
        """)
    let report = Tailor(site: Fixture.site([Fixture.experience("a", skills: ["Excel"])])).tailor(job).report
    let hindi = report.requirements.filter { $0.kind == .language }
    #expect(
      hindi.count == 1 && hindi.allSatisfy { $0.term.contains("Hindi") }, "\(report.requirements.map { $0.term })")
  }

  /// A rule a duty keeps ("Follow … HACCP procedures", "Menerapkan prinsip KYC") is learnt on the
  /// job: scored, never named missing. What the work must meet ("in line with PSAK"), what a
  /// requirement asks one to know, and what a duty follows up are named.
  @Test func aRuleADutyKeepsIsNoGap() {
    let job = JobPosting(
      slug: "k", title: "Kitchen and Finance Assistant",
      body: """
        ## Responsibilities
        - Follow food safety and HACCP procedures and keep allergen records
        - Menerapkan prinsip KYC dalam setiap transaksi
        - Prepare monthly statements in line with PSAK
        - Follow up every quotation until the SAP order is raised
        """)
    let report = Tailor(site: Fixture.site([Fixture.experience("a", skills: ["Excel"])])).tailor(job).report
    #expect(!report.missing.contains { $0.contains("HACCP") || $0.contains("KYC") }, "\(report.missing)")
    #expect(report.missing.contains { $0.contains("PSAK") }, "\(report.missing)")
    #expect(report.missing.contains { $0.contains("SAP") }, "\(report.missing)")
    #expect(report.requirements.contains { $0.term.contains("HACCP") }, "\(report.requirements.map(\.term))")
    let asked = JobPosting(slug: "q", title: "Cook", body: "## Requirements\n- Follow HACCP procedures\n")
    #expect(Tailor(site: Fixture.site([Fixture.experience("a")])).tailor(asked).report.missing == ["HACCP"])
  }

  /// A term and the examples the posting gives of it, both lacking, are one gap named with its
  /// examples; so are names listed together in parentheses after words that name nothing known,
  /// named with those words.
  @Test func aLackingTermIsNamedOnceWithItsExamples() {
    let job = JobPosting(
      slug: "fo", title: "Front Office Supervisor",
      body: """
        ## Responsibilities
        - Manage courier bookings and collections (DPD, Royal Mail, Evri)
        - Monitor stock in our WMS (Mintsoft)
        ## Requirements
        - Experience using a WMS
        - Ideally you know OTAs like Booking.com and Expedia, and upselling
        """)
    let site = Fixture.site([Fixture.experience("a", skills: ["Excel"])])
    let report = Tailor(site: site).tailor(job).report
    let tax = JobPosting(
      slug: "pajak", title: "Staff Accounting", language: .id,
      body: """
        ## Tanggung jawab
        - Menghitung dan melaporkan PPh 21
        ## Kualifikasi
        - Memahami perpajakan (PPN, PPh 21, PPh 23)
        """)
    let missing = report.missing + Tailor(site: site).tailor(tax).report.missing
    for (name, together) in [
      ("OTAs", ["Booking.com", "Expedia"]), ("WMS", ["Mintsoft"]), ("DPD", ["Royal Mail", "Evri"]),
      ("perpajakan", ["PPN", "PPh 21", "PPh 23"]),
    ] {
      let named = missing.filter { entry in ([name] + together).contains { entry.contains($0) } }
      #expect(named.count == 1, "\(name): \(missing)")
      #expect(named.first.map { entry in together.allSatisfy(entry.contains) } == true, "\(missing)")
    }
    // Names in parentheses after words that name nothing known are named with those words.
    #expect(missing.contains("courier bookings and collections (DPD, Royal Mail, Evri)"), "\(missing)")
    // The list of examples ends where the line's own list goes on: upselling is no OTA.
    #expect(!report.missing.contains { $0.contains("upselling)") }, "\(report.missing)")
  }

  /// The gaps of one line are one requirement, named as the line says them when they stand close
  /// together, else listed; each line, and each `keywords` item, is its own gap.
  @Test func theGapsOfOneLineAreNamedTogether() {
    let job = JobPosting(
      slug: "qa", title: "QA Engineer", keywords: ["Jira", "Confluence"],
      body: """
        ## Requirements
        - Performance testing with JMeter
        - BDD with Cucumber
        - Accurate, nilai plus jika pernah pakai Zahir
        """)
    let report = Tailor(site: Fixture.site([Fixture.experience("a", skills: ["Excel"])])).tailor(job).report
    #expect(report.missing.contains("Performance testing with JMeter"), "\(report.missing)")
    #expect(report.missing.contains("BDD with Cucumber"), "\(report.missing)")
    #expect(report.missing.contains("Accurate, Zahir"), "\(report.missing)")
    #expect(report.missing.contains("Jira") && report.missing.contains("Confluence"), "\(report.missing)")
    #expect(report.missing.count == 5, "\(report.missing)")
  }

  /// A term that widens another of its line (the issuers in parentheses after a certificate) is
  /// named with it: the certificate is not lost behind the letters of who grants it.
  @Test func aWiderTermOfTheSameLineKeepsTheFirst() {
    let job = Fixture.job(
      body: "## Kualifikasi\n- Memiliki Sertifikasi Manajemen Risiko Level 1 (BSMR/LSPP)", language: .id)
    let report = Tailor(site: Fixture.site([Fixture.experience("a", skills: ["Excel"])], language: .id)).tailor(job)
      .report
    #expect(
      report.missing.contains { $0.contains("Sertifikasi Manajemen Risiko") && $0.contains("BSMR/LSPP") },
      "\(report.missing)")
  }

  /// A duty's skill in plain words is named with a gap its line names already, never alone, and
  /// not where it opens the duty.
  @Test func aDutysSkillIsNamedBesideItsLinesGap() {
    let job = Fixture.job(
      body: """
        ## Responsibilities
        - Handle ticket triage and escalations in Zendesk
        - Drive process improvement and root cause analysis across the team
        """)
    let report = Tailor(site: Fixture.site([Fixture.experience("a", skills: ["Excel"])])).tailor(job).report
    #expect(report.missing.contains { $0.contains("ticket triage") && $0.contains("Zendesk") }, "\(report.missing)")
    #expect(!report.missing.contains { $0.contains("process improvement") }, "\(report.missing)")
    #expect(report.missing.count == 1, "\(report.missing)")
    // Not the words that open the duty, which say what the work is.
    let lab = Fixture.job(body: "## Responsibilities\n- Calibrate the autoclaves and log each run in Kardex")
    let gaps = Tailor(site: Fixture.site([Fixture.experience("a", skills: ["Excel"])])).tailor(lab).report.missing
    #expect(gaps.contains { $0.contains("Kardex") } && !gaps.contains { $0.contains("Calibrate") }, "\(gaps)")
  }

  /// A gap's term that another of its line holds as whole words is named by that one, so a long
  /// degree line is not listed twice; a term inside another word ("CPA" in "CPALE") is its own.
  @Test func aGapHeldByAnotherOfItsLineIsNamedOnce() {
    let line = "Diploma / Degree in Accounting, or ACCA / LCCI qualification"
    #expect(Tailor.span(of: [line, "Accounting, or ACCA / LCCI"], in: line) == line)
    #expect(Tailor.span(of: ["CPA", "CPALE", "ACCA"], in: "CPA or CPALE passer; ACCA") == "CPA or CPALE passer; ACCA")
    #expect(Tailor.span(of: ["Git", "GitHub"], in: "Git and GitHub") == "Git and GitHub")
  }

  /// Words every ad uses about itself ("company", "pengalaman") do not rank experiences: the field's
  /// words on the same line do.
  @Test func wordsEveryAdUsesDoNotRank() {
    let job = JobPosting(
      slug: "ad", title: "Staff", language: .id,
      body: """
        ## Kualifikasi
        - Pengalaman minimal 1 tahun di perusahaan manufaktur pangan
        - Experience in a logistics company
        - Familiar with warehouse systems, mahir sistem gudang dan paham pekerjaan admin
        """)
    let (_, analysis) = Self.read(job)
    let words = Set(analysis.query.map { $0.text.lowercased() })
    #expect(
      words.isDisjoint(with: [
        "pengalaman", "perusahaan", "tahun", "experience", "company", "familiar", "mahir", "paham", "pekerjaan",
      ]), "\(words)")
    #expect(words.contains("warehouse") && words.contains("admin"), "\(words)")
    #expect(words.contains("manufaktur"), "\(words)")
  }

  /// The words that say how a line asks ("diutamakan", "is a plus", "wajib", "bertanggung jawab")
  /// are the posting's grammar: they do not rank experiences, the words of what it asks for do.
  @Test func wordsThatSayHowALineAsksDoNotRank() {
    let job = JobPosting(
      slug: "ad", title: "Staff", language: .id,
      body: """
        ## Kualifikasi
        - Memahami pengolahan pangan beku diutamakan
        - Wajib teliti dan bertanggung jawab
        - Knowledge of cold chain logistics is a plus
        """)
    let (_, analysis) = Self.read(job)
    let words = Set(analysis.query.map { $0.text.lowercased() })
    for word in ["diutamakan", "wajib", "bertanggung", "memahami", "plus", "knowledge"] {
      #expect(!words.contains(word), "\(word) ranks: \(words)")
    }
    #expect(words.contains("beku") && words.contains { $0.contains("chain") }, "\(words)")
  }

  /// A language asked for again and again ranks an entry less than the job's own skill does: an
  /// A-level in English proves little of a support job that asks for English three times.
  @Test func aLanguageRanksLessThanTheJobsSkill() {
    let site = Fixture.site(
      [
        Fixture.experience("a-level", kind: .education, title: "A-level English Language"),
        Fixture.experience(
          "helpdesk", title: "Helpdesk assistant", skills: ["Zendesk", "live chat"],
          highlights: ["Answered 40 tickets a day in Zendesk"]),
      ] + ["barista", "netball", "photography"].map { Fixture.experience($0, highlights: ["Did \($0) every week"]) })
    let job = JobPosting(
      slug: "cx", title: "Customer Support Associate (English)",
      body: """
        ## Requirements
        - Fluent English, written and spoken
        - Excellent English grammar
        - Experience with Zendesk
        """)
    let selected = Tailor(site: site).tailor(job).report.selected
    #expect(selected.first == "helpdesk", "\(selected)")
  }

  /// The job's title is a name: its words are no cue. "As a Graduate Analyst you'll …" under
  /// "The role" describes the job, it asks for no graduate.
  @Test func theTitleInASentenceIsNoCue() {
    let job = JobPosting(
      slug: "t", title: "Graduate Operations Analyst",
      body: """
        ## The role
        As a Graduate Operations Analyst you'll sit in our Leeds hub and help the operations team run smarter.
        """)
    let (_, analysis) = Self.read(job)
    #expect(analysis.lines.first { $0.text.hasPrefix("As a") }?.part == .responsibilities, "\(analysis.lines)")
  }

  /// The abbreviation a title defines names the job: a bank's "Management Development Program
  /// (MDP)" asks for no tool called MDP, in the title or where the ad says it again.
  @Test func theTitlesOwnAbbreviationIsNoTool() {
    let job = JobPosting(
      slug: "mdp", title: "Management Development Program (MDP) 2027", company: "Bank Nusantara", language: .id,
      body: """
        Bank Nusantara membuka kesempatan bagi lulusan terbaik untuk bergabung dalam program MDP.

        Persyaratan:
        - Memahami dasar-dasar analisis kredit
        """)
    let (_, analysis) = Self.read(job)
    let terms = analysis.requirements.map(\.term)
    #expect(!terms.contains { $0.contains("MDP") }, "\(terms)")
    #expect(terms.contains("analisis kredit"), "\(terms)")
  }

  /// A name the title gives in parentheses qualifies the job ("Account Executive (SMB)"), and
  /// "Q&A" is a kind of document: neither is something to have.
  @Test func theTitlesAsideAndQAndAAreNoTools() {
    let job = JobPosting(
      slug: "ae", title: "Account Executive (SMB) - HR Software",
      body: """
        ## Responsibilities
        - Write press releases and Q&A documents for management
        ## Requirements
        - 1 year of B2B sales using HubSpot
        """)
    let terms = Self.read(job).1.requirements.filter { $0.kind != .general }.map(\.term)
    #expect(!terms.contains { $0.contains("SMB") || $0.contains("Q&A") }, "\(terms)")
    #expect(terms.contains("HubSpot"), "\(terms)")
  }

  /// An item of a list may end in a common word ("youth work"): the list stays one requirement,
  /// and an entry whose title holds any item proves it.
  @Test func aListItemMayEndInACommonWord() {
    let job = JobPosting(
      slug: "ta", title: "Teaching Assistant",
      body: """
        ## Person specification
        - Experience of working with young people, e.g. tutoring, mentoring, youth work or volunteering
        """)
    let site = Fixture.site([Fixture.experience("volunteer", kind: .volunteer, title: "Social media volunteer")])
    let report = Tailor(site: site).tailor(job).report
    #expect(report.missing.isEmpty, "\(report.missing)")
    #expect(report.matched.contains { $0.contains("youth work or volunteering") }, "\(report.matched)")
  }

  /// A preference in parentheses belongs to the aside: the line still asks for what it names.
  @Test func aPreferenceInParenthesesLeavesTheLineARequirement() {
    let job = JobPosting(
      slug: "dm", title: "Digital Marketing Specialist", language: .id,
      body: """
        Kualifikasi:
        - Pengalaman minimal 1 tahun di bidang digital marketing (diutamakan agency)
        - Menguasai Canva (CapCut menjadi nilai tambah)
        - Memahami SEO diutamakan
        """)
    let (_, analysis) = Self.read(job)
    #expect(analysis.part(ofLineStarting: "Pengalaman") == .requirements)
    #expect(analysis.part(ofLineStarting: "Menguasai") == .requirements)
    #expect(analysis.part(ofLineStarting: "Memahami") == .nice)
  }

  /// "X or another Y (A, B)" offers Y's kind in X's place: a Python developer is no Ruby gap.
  @Test func aNameOrAnotherOfItsKindIsOneRequirement() {
    let job = JobPosting(
      slug: "dev", title: "Junior Software Developer",
      body: """
        ## What you'll need
        - Some experience with Ruby or another backend language (Python, Node.js)
        ## Nice to have
        - Experience with Stripe
        """)
    let site = Fixture.site([Fixture.experience("api", title: "Flask API project", skills: ["Python"])])
    let report = Tailor(site: site).tailor(job).report
    #expect(!report.missing.contains { $0.contains("Ruby") }, "\(report.missing)")
    #expect(report.missing.contains("Stripe"), "\(report.missing)")
  }

  /// An ad pasted from a job board lists one item a line without markers: each line is its own,
  /// as a list item is, while a paragraph wrapped at the margin stays one.
  @Test func linesWithoutMarkersAreItemsOfTheirOwn() {
    let job = JobPosting(
      slug: "cs", title: "Customer Service Online Shop", language: .id,
      body: """
        Persyaratan :
        Wanita usia 20-30 tahun
        Pendidikan min SMA/SMK sederajat
        Menguasai Excel dan Google Sheets
        Membalas chat pelanggan di marketplace dan WhatsApp Business
        Bisa membuat konten untuk Instagram menjadi nilai plus

        Gaji UMR + bonus penjualan. Lokasi Malang.

        Kami adalah toko kue rumahan di Malang yang menjual kue kering dan bolu untuk pelanggan di
        seluruh Jawa Timur melalui Shopee dan Tokopedia.
        """)
    let (_, analysis) = Self.read(job)
    #expect(analysis.part(ofLineStarting: "Wanita") == .other, "\(analysis.lines)")
    #expect(analysis.part(ofLineStarting: "Menguasai Excel") == .requirements, "\(analysis.lines)")
    #expect(analysis.part(ofLineStarting: "Bisa membuat") == .nice, "\(analysis.lines)")
    #expect(analysis.lines.contains { $0.text == "Membalas chat pelanggan di marketplace dan WhatsApp Business" })
    #expect(analysis.part(ofLineStarting: "Gaji") == .benefits, "\(analysis.lines)")
    #expect(analysis.part(ofLineStarting: "Lokasi") == .other, "\(analysis.lines)")
    #expect(analysis.lines.contains { $0.text.hasPrefix("Kami adalah") && $0.text.hasSuffix("Tokopedia.") })
    #expect(!analysis.requirements.contains { $0.term.contains("UMR") }, "\(analysis.requirements.map(\.term))")
  }

  /// A degree line is no gap for a person whose degree answers it: a field named in the other
  /// language ("S1 Ilmu Komunikasi" for a "Strategic Communication" degree), fields the line only
  /// prefers ("ideally in History"), and "sederajat", "setara" or "equivalent" after a level,
  /// which name no field.
  @Test(arguments: [
    (
      "Pendidikan minimal S1 Ilmu Komunikasi, Psikologi, atau jurusan terkait", Language.id,
      "Bachelor of Communication (S.I.Kom.), Strategic Communication"
    ),
    (
      "A degree (2:1 or above), ideally in History, Geography or a related subject", .en,
      "Bachelor of Arts, Strategic Communication"
    ),
    ("Pendidikan min SMA/SMK sederajat", .id, "SMA, Jurusan MIPA"),
    ("S1 Psikologi, Manajemen SDM, Pendidikan atau jurusan terkait", .id, "S1 Pendidikan Bahasa Inggris"),
  ])
  func aDegreeThatAnswersTheLineIsNoGap(line: String, language: Language, degree: String) {
    let job = JobPosting(slug: "d", title: "Staff", language: language, body: "## Requirements\n- \(line)\n")
    let entry = Fixture.experience("degree", kind: .education, title: degree)
    let report = Tailor(site: Fixture.site([entry])).tailor(job).report
    #expect(report.missing.isEmpty, "\(report.missing)")
  }

  /// The "Master" of a duty's "Master Production Schedule (MPS)" asks for no Master's degree, so a
  /// bachelor's degree still answers the requirement; a bachelor of laws is still a bachelor.
  @Test func aLevelsWordInsideATermIsNoLevel() {
    let job = JobPosting(
      slug: "p", title: "Staff PPIC",
      body: """
        ## Job Description
        - Prepare the monthly Master Production Schedule (MPS) and the daily production schedule
        ## Requirements
        - Bachelor's degree (S1) in Industrial Engineering
        """)
    let entry = Fixture.experience("s1", kind: .education, title: "Bachelor of Engineering in Industrial Engineering")
    let report = Tailor(site: Fixture.site([entry])).tailor(job).report
    #expect(!report.missing.contains { $0.contains("degree") }, "\(report.missing)")
    let laws = JobPosting(slug: "l", title: "Legal Officer", body: "## Requirements\n- Bachelor of Laws (LLB)\n")
    let school = Fixture.experience("sma", kind: .education, title: "SMA Negeri 1")
    let row = Tailor(site: Fixture.site([school])).tailor(laws).report.requirements.first { $0.kind == .degree }
    #expect(row != nil && row!.evidence.isEmpty, "a school proves no bachelor of laws")
  }

  /// Letters joined by a slash after a term's head are its alternatives: "SIM A/C" is SIM A or SIM
  /// C, and a driver with SIM C has it; "SAP PP/MM" is SAP PP or SAP MM.
  @Test(arguments: [
    ("Memiliki SIM A/C", "SIM C", "SIM A/C"),
    ("Experience using an ERP system, preferably SAP PP/MM", "SAP PP", "PP/MM"),
  ])
  func lettersJoinedBySlashAreAlternatives(line: String, held: String, gap: String) {
    let job = JobPosting(slug: "s", title: "Staff", body: "## Requirements\n- \(line)\n")
    let with = Fixture.experience("driver", kind: .job, skills: [held])
    let without = Fixture.experience("other", kind: .job, skills: ["Excel"])
    #expect(!Tailor(site: Fixture.site([with])).tailor(job).report.missing.contains { $0.contains(gap) })
    let lacking = Tailor(site: Fixture.site([without])).tailor(job).report.missing
    #expect(lacking.contains { $0.contains(gap) }, "\(lacking)")
  }

  /// A run of capitals longer than any product's name is no name: "SIM A/C" said 2,000 times on one
  /// line names no 6,000-word tool (and is read once, not once a word: bench/families.py times it).
  @Test func aRunOfCapitalsLongerThanANameIsNoName() {
    let line = "Memiliki SIM " + Array(repeating: "A/C", count: 2_000).joined(separator: " SIM ")
    let job = JobPosting(slug: "s", title: "Driver", body: "## Requirements\n- \(line)\n")
    let terms = Self.read(job).1.requirements.filter { $0.kind != .general }.map(\.term)
    #expect(terms.allSatisfy { $0.split(separator: " ").count <= PostingReader.longestName }, "\(terms.map(\.count))")
  }

  /// The city a job is in and a job board's "Posted 4d ago" rank no one: an entry in the same city
  /// that does other work is not nearer the job.
  /// The board's classification of an ad in its header, alone or with its sub-class, asks for
  /// nothing: "Pertanian, Hewan & Konservasi (Pertanian, Hortikultura & Perkebunan)" names no
  /// "Hewan & Konservasi"; the same words in a line of the ad still ask.
  @Test func theBoardsClassificationAsksForNothing() {
    let job = JobPosting(
      slug: "m", title: "Management Trainee", language: .id,
      body: """
        Sawit Mulia Group
        Pertanian, Hewan & Konservasi (Pertanian, Hortikultura & Perkebunan)
        Marketing & Communications

        ## Kualifikasi
        - Lulusan Marketing & Communications atau Teknik Kimia
        """)
    let lines = Self.read(job).1.lines
    #expect(lines.filter { $0.text.contains("Hewan") }.allSatisfy { $0.part == .other }, "\(lines)")
    #expect(lines.filter { $0.text == "Marketing & Communications" }.allSatisfy { $0.part == .other })
    #expect(lines.contains { $0.text.hasPrefix("Lulusan Marketing") && $0.part == .requirements })
    let terms = Self.read(job).1.requirements.map(\.term)
    #expect(!terms.contains { $0.contains("Hewan") }, "\(terms)")
  }

  @Test func theJobsCityAndTheBoardsWordsRankNoOne() {
    let job = JobPosting(
      slug: "t", title: "Staff Training", company: "PT Celebes Mitra", language: .id,
      body: "Makassar, Sulawesi Selatan\nPosted 4d ago\n\n## Kualifikasi\n- Pengalaman sebagai trainer di Makassar\n")
    let site = Fixture.site([
      Fixture.experience("city", kind: .job, title: "Kasir di Makassar", body: "Posted daily sales in Makassar."),
      Fixture.experience("trainer", kind: .job, title: "Trainer", body: "Ran onboarding training."),
    ])
    let explanation = Tailor(site: site, postings: [job]).explanation(of: job)
    let reasons = explanation.ranking.flatMap { $0.reasons.map(\.term) }
    #expect(!reasons.contains { ["makassar", "posted"].contains($0.lowercased()) }, "\(reasons)")
    #expect(explanation.ranking.first?.slug == "trainer", "\(explanation.ranking.map(\.slug))")
  }

  /// "Pendidikan" before the level labels the line ("Pendidikan minimal S1 Akuntansi"): it names no
  /// field, so a degree in education does not answer it.
  @Test func educationAsTheLinesLabelIsNoField() {
    let job = JobPosting(
      slug: "a", title: "Staff Accounting", language: .id, body: "## Kualifikasi\n- Pendidikan minimal S1 Akuntansi\n")
    let entry = Fixture.experience("s1", kind: .education, title: "S1 Pendidikan Bahasa Inggris")
    let report = Tailor(site: Fixture.site([entry])).tailor(job).report
    #expect(report.missing.contains { $0.contains("Akuntansi") }, "\(report.missing)")
  }

  /// A welcome to newcomers on a degree line waives the experience it asks for, not the field:
  /// "(fresh graduates are welcome to apply)" prefers no field, so a design degree does not answer
  /// "an S1 Accounting degree".
  @Test func aWelcomeToNewcomersKeepsTheDegreesField() {
    let job = JobPosting(
      slug: "a", title: "Staff Accounting",
      body: """
        ## Requirements
        - An S1 Accounting degree, with at least 1 year as accounting staff (fresh graduates are welcome to apply)
        """)
    let entry = Fixture.experience("s1", kind: .education, title: "Bachelor of Design, Visual Communication Design")
    let report = Tailor(site: Fixture.site([entry])).tailor(job).report
    #expect(report.missing.contains { $0.contains("S1 Accounting") }, "\(report.missing)")
  }

  /// Headings written without marks ("Main duties", "What we are looking for") stand alone, even
  /// where one ends in a word that leaves a phrase open ("for"); a long item of a one-a-line list
  /// is still an item.
  @Test func headingsWithoutMarksOpenTheirParts() {
    let job = JobPosting(
      slug: "h", title: "Front Office Receptionist",
      body: """
        Main duties
        Welcoming guests and handling check-in and check-out efficiently
        Processing payments and balancing the cash float at the end of each shift
        Upselling room upgrades and breakfast packages
        What we are looking for
        Previous front desk experience in hospitality or retail
        Flexibility to work early, late and weekend shifts

        In return: staff discounts across our hotels, meals on duty, 28 days holiday
        """)
    let (_, analysis) = Self.read(job)
    #expect(analysis.part(ofLineStarting: "Upselling") == .responsibilities, "\(analysis.lines)")
    #expect(analysis.part(ofLineStarting: "Previous front desk") == .requirements, "\(analysis.lines)")
    #expect(analysis.part(ofLineStarting: "Flexibility") == .other, "\(analysis.lines)")
    #expect(analysis.part(ofLineStarting: "staff discounts") == .benefits, "\(analysis.lines)")
  }

  /// A list under "Job Description" written one item a line lists the duties, though its lines
  /// name the company's trade ("media" of "PT Sinar Media"); "Why Belanjain" opens the benefits.
  @Test func anUnmarkedListUnderAJobDescriptionListsTheDuties() {
    let job = JobPosting(
      slug: "pr", title: "Public Relations Officer", company: "PT Sinar Media Komunika", language: .id,
      body: """
        Job Description
        Menyusun press release dan materi komunikasi perusahaan
        Membangun hubungan baik dengan media dan KOL
        Melakukan media monitoring harian

        Job Requirements
        Menguasai Canva dan Microsoft Office

        Why Belanjain
        Stock options, BPJS & private insurance, flexible hours
        """)
    let (_, analysis) = Self.read(job)
    #expect(analysis.part(ofLineStarting: "Membangun") == .responsibilities, "\(analysis.lines)")
    #expect(analysis.part(ofLineStarting: "Melakukan media") == .responsibilities, "\(analysis.lines)")
    #expect(analysis.requirements.contains { $0.term == "media monitoring" }, "\(analysis.requirements.map(\.term))")
    #expect(!analysis.requirements.contains { $0.term.contains("BPJS") }, "\(analysis.requirements.map(\.term))")
  }

  /// Who may apply is no requirement, and those a posting welcomes are a plus.
  @Test func whoMayApplyIsNoRequirement() {
    let job = JobPosting(
      slug: "s", title: "Social Media Intern",
      body: """
        Responsibilities:
        1. Reply to comments and DMs within 2 hours

        Requirements:
        1. Final-year student or fresh graduate of any major
        2. Comfortable with CapCut
        3. Food science students are welcome!
        """)
    let (_, analysis) = Self.read(job)
    #expect(analysis.part(ofLineStarting: "Final-year") == .other, "\(analysis.lines)")
    #expect(analysis.part(ofLineStarting: "Food science") == .nice, "\(analysis.lines)")
    let named = analysis.requirements.filter { $0.kind != .general }.map(\.term)
    #expect(!named.contains { $0.contains("DMs") }, "\(named)")
  }

  /// What the company gives is never read for requirements, under the headings ads use for it.
  @Test(arguments: ["What's in it for you", "Apa yang kamu dapatkan", "Rewards"])
  func benefitHeadingsOpenTheBenefits(heading: String) {
    let job = JobPosting(
      slug: "b", title: "Analyst",
      body: """
        ## Requirements
        - SQL
        ## \(heading)
        - Hybrid working and a cycle-to-work scheme
        - Private healthcare
        """)
    let (_, analysis) = Self.read(job)
    #expect(analysis.requirements.map(\.term) == ["SQL"], "\(analysis.requirements.map(\.term))")
  }

  /// A standard is no synonym of the field it serves: a halal supervisor's certificate proves halal
  /// assurance (SJPH), not the HAS 23000 criteria.
  @Test func aCertificateProvesItsFieldButNotAStandard() {
    let job = JobPosting(
      slug: "halal", title: "Staf Penjaminan Halal", language: .id,
      body: "## Kualifikasi\n- Memahami SJPH\n- Memahami kriteria HAS 23000\n")
    let site = Fixture.site([Fixture.experience("bnsp", skills: ["sertifikat penyelia halal"])])
    let report = Tailor(site: site).tailor(job).report
    #expect(report.matched.contains("SJPH"), "\(report.matched)")
    #expect(report.missing.contains("HAS 23000"), "\(report.missing)")
  }

  /// A person's skills match a name in any case ("excel"), but never another form of the word:
  /// "window functions" is no Windows.
  @Test func aSkillInAnyCaseIsTheNameButNotAnotherWord() {
    let job = JobPosting(
      slug: "it", title: "Service Desk Analyst",
      body: "## Requirements\n- Good knowledge of Windows\n- Skilled in Excel\n")
    let site = Fixture.site([Fixture.experience("sql", skills: ["window functions", "excel"])])
    let report = Tailor(site: site).tailor(job).report
    #expect(report.missing.contains("Windows"), "\(report.missing)")
    #expect(report.matched.contains { $0.contains("Excel") }, "\(report.matched)")
  }

  /// A name that is also an everyday word is the word when it opens a line as a verb: an observer
  /// who will "Go on board" is asked for no programming language. Opening a list, it is the name.
  @Test func aLineOpeningWithAnEverydayWordIsNoName() {
    let job = JobPosting(
      slug: "o", title: "Fisheries Observer",
      body: "## Responsibilities\n- Go on board fishing vessels for 7-14 days\n- Swift at data entry\n")
    let (_, analysis) = Self.read(job)
    #expect(analysis.requirements.filter { $0.kind == .tool }.isEmpty, "\(analysis.requirements.map(\.term))")
    let developer = JobPosting(
      slug: "d", title: "Backend Developer", body: "## Requirements\n- Go or Rust for backend services\n")
    let (_, named) = Self.read(developer)
    #expect(
      named.requirements.contains { $0.kind == .tool && $0.term == "Go or Rust" }, "\(named.requirements.map(\.term))")
  }

  /// "X or other Y" and "X atau sejenisnya" offer X as an example of Y: one requirement, which X
  /// proves. A semicolon parts lists: "AutoCAD; SAP2000 or ETABS" asks for AutoCAD and for one of
  /// the others.
  @Test func aNameOfferedAsOneOfAKindIsOneRequirement() {
    let job = JobPosting(
      slug: "m", title: "Marketing Executive",
      body: """
        ## Requirements
        - HubSpot or other marketing automation tools is a plus
        - Proficient in AutoCAD; SAP2000 or ETABS is preferred
        """)
    let (_, analysis) = Self.read(job)
    let terms = analysis.requirements.map(\.term)
    #expect(terms.contains { $0.contains("HubSpot") && $0.contains("marketing automation") }, "\(terms)")
    #expect(terms.contains("AutoCAD") && terms.contains("SAP2000 or ETABS"), "\(terms)")
    let report = Tailor(site: Fixture.site([Fixture.experience("h", skills: ["HubSpot"])])).tailor(job).report
    #expect(!report.missing.contains { $0.contains("marketing automation") }, "\(report.missing)")
  }

  /// Working conditions and who may apply are asked of the person but proven by no experience: they are neither
  /// requirements nor words to rank by, unless the line also names something a CV shows.
  @Test(arguments: [
    ("Work 12.5-hour shifts including nights, weekends and bank holidays", Language.en),
    ("Bersedia bekerja lembur jika diperlukan", Language.id),
    ("Bersedia ditempatkan di seluruh Indonesia", Language.id),
    ("Pria/Wanita, usia maksimal 28 tahun", Language.id),
    ("Domisili Sidoarjo dan sekitarnya", Language.id),
    ("Fresh graduate dipersilakan melamar", Language.id),
    ("Bersedia WFO di Surabaya", Language.id),
    ("Warga Negara Indonesia", Language.id),
    ("Tidak terikat ikatan dinas dengan instansi lain", Language.id),
    ("Usia maksimal 26 tahun (S1) atau 28 tahun (S2)", Language.id),
    ("Willing to commute to our Leeds office three days a week", Language.en),
  ])
  func workingConditionsAreNoRequirements(line: String, language: Language) {
    let job = JobPosting(
      slug: "c", title: "Staff", language: language,
      body: """
        ## Requirements
        - Microsoft Excel
        - \(line)
        - Own a motorbike with a valid SIM C; willing to travel within East Java
        """)
    let (_, analysis) = Self.read(job)
    #expect(!analysis.requirements.contains { $0.line == line }, "\(analysis.requirements.map(\.term))")
    #expect(analysis.lines.first { $0.text == line }?.part == .other)
    #expect(analysis.requirements.contains { $0.term.contains("SIM C") }, "\(analysis.requirements.map(\.term))")
    let rankedBy = Set(analysis.query.map { $0.text.lowercased() })
    for word in ["shifts", "weekends", "lembur", "ditempatkan"] { #expect(!rankedBy.contains(word)) }
  }

  /// A capitalised ordinary word given in parentheses as a named example is a tool the posting
  /// names; examples of teams are teams.
  @Test(arguments: [
    ("Experience with payments (e.g. Stripe)", "Stripe", true),
    ("Understanding of attribution (AppsFlyer / Adjust)", "Adjust", true),
    ("Collaborate with other teams (e.g. Finance, Marketing) on reports", "Finance", false),
  ])
  func namedExamplesInParenthesesAreNames(line: String, name: String, isTerm: Bool) {
    let job = JobPosting(slug: "n", title: "Analyst", body: "## Requirements\n- \(line)\n")
    let (_, analysis) = Self.read(job)
    let terms = analysis.requirements.filter { $0.kind != .general }.map(\.term)
    #expect(terms.contains { $0.contains(name) } == isTerm, "\(terms)")
  }

  /// A level of education is named with the fields it asks for, cut at a word when long, without
  /// an aside in parentheses: a person whose degree is in another field sees which fields count.
  @Test(arguments: [
    (
      "Bachelor's degree in Statistics, Mathematics, Economics, Engineering, Business or related field",
      "Bachelor's degree in Statistics, Mathematics, Economics, Engineering,"
    ),
    (
      "A degree in Information Systems, Computer Science or a related field (final-year students welcome)",
      "degree in Information Systems, Computer Science or a related field"
    ),
  ])
  func aDegreeIsNamedWithItsFields(line: String, named: String) {
    let job = JobPosting(slug: "d", title: "Analyst", body: "## Requirements\n- \(line)\n")
    let (_, analysis) = Self.read(job)
    let terms = analysis.requirements.filter { $0.kind == .degree }.map(\.term)
    #expect(terms.count == 1 && terms[0].count <= 90 && terms[0].hasPrefix(named), "\(terms)")
  }

  @Test func aTermNeverRunsAcrossALineOrBulletBreak() {
    let job = JobPosting(
      slug: "b", title: "Writer",
      body: """
        ## Responsibilities
        - Plan and write blog content
        - Create copy for newsletters
        """)
    let (_, analysis) = Self.read(job)
    #expect(!analysis.requirements.contains { $0.term.lowercased().contains("content creation") })
    #expect(!analysis.requirements.contains { $0.term.lowercased() == "content create" })
  }

  @Test func softSkillsAreReportedApart() {
    let (_, analysis) = Self.read(Self.ads[0].job)
    #expect(analysis.softSkills.map { $0.term.lowercased() }.contains("communication"))
    #expect(!analysis.requirements.contains { $0.kind == .soft })
  }

  @Test func languageRequirementsAreRequirements() {
    let job = JobPosting(
      slug: "l", title: "Admin", language: .id,
      body: """
        Kualifikasi:
        - Mampu berbahasa Inggris dengan skor TOEIC minimal 600
        - Fasih Bahasa Mandarin menjadi nilai tambah
        """)
    let (_, analysis) = Self.read(job)
    let languages = analysis.requirements.filter { $0.kind == .language }.map(\.term)
    #expect(languages.contains { $0.contains("TOEIC") })
    #expect(languages.contains { $0.contains("Mandarin") })
  }

  /// A test the person's fluency names proves a language-test requirement: "Professional (IELTS
  /// 7.0)" answers "TOEFL 550 / IELTS 6.5 or equivalent".
  @Test func aTestNamedInTheFluencyProvesTheTest() {
    let job = JobPosting(
      slug: "t", title: "Brand Trainee",
      body: """
        ## Requirements
        - TOEFL 550 / IELTS 6.5 or equivalent
        """)
    var site = Fixture.site([Fixture.experience("a")])
    #expect(Tailor(site: site).tailor(job).report.missing.contains { $0.contains("IELTS") })
    site.config.languages = [SpokenLanguage(language: "English", fluency: "Professional (IELTS 7.0)")]
    let report = Tailor(site: site).tailor(job).report
    #expect(!report.missing.contains { $0.contains("IELTS") }, "\(report.missing)")
    #expect(report.requirements.first { $0.term.contains("IELTS") }?.languages == ["English"])
  }

  /// "A, B or C" offers alternatives even when some items name nothing known: the list is one
  /// requirement, named as written, that a known term proves, and so does an experience whose
  /// title holds every word of an unknown item; a word elsewhere does not.
  @Test func aListOfAlternativesKeepsTheItemsNoTermNames() {
    let job = JobPosting(
      slug: "o", title: "Operations Coordinator",
      body: """
        ## Requirements
        - Previous experience in an operations, logistics, warehouse or retail supervisory role
        - Experience in an operations, compliance, fraud or customer service role
        """)
    let (_, analysis) = Self.read(job)
    let terms = analysis.requirements.map(\.term)
    #expect(terms.contains("operations, logistics, warehouse or retail supervisory"), "\(terms)")
    #expect(terms.contains { $0.hasPrefix("operations, compliance, fraud or customer service") }, "\(terms)")
    #expect(!terms.contains("logistics") && !terms.contains("compliance"), "\(terms)")

    let supervisor = Fixture.experience("s", kind: .job, title: "Warehouse Volunteer")
    let advisor = Fixture.experience("c", kind: .job, title: "Advisor", skills: ["customer service"])
    let proven = Tailor(site: Fixture.site([supervisor, advisor])).tailor(job).report
    #expect(proven.missing.isEmpty, "\(proven.missing)")
    let mention = Fixture.experience("m", highlights: ["Visited a warehouse and a retail supervisory team"])
    let unproven = Tailor(site: Fixture.site([mention])).tailor(job).report
    #expect(unproven.missing.contains("operations, logistics, warehouse or retail supervisory"), "\(unproven.missing)")
  }

  /// A line of experience that welcomes fresh graduates does not ask it of a newcomer: its field
  /// is not named missing. When the welcome asks for related experience, it is not named for a
  /// person with an experience holding a word of it, and named for one without.
  @Test(arguments: [
    ("Pengalaman min. 1 tahun sebagai PPIC di perusahaan manufaktur (fresh graduate dipertimbangkan)", "PPIC", false),
    ("0-2 years of experience in B2B sales (fresh graduates with sales experience are welcome)", "B2B sales", false),
    (
      "Pengalaman 1-2 tahun di regulatory affairs (fresh graduate dengan pengalaman terkait akan dipertimbangkan)",
      "regulatory affairs", true
    ),
    ("Pengalaman min. 1 tahun sebagai PPIC di perusahaan manufaktur", "PPIC", true),
  ])
  func experienceWaivedForNewcomersIsNotMissing(line: String, term: String, isMissing: Bool) {
    let job = JobPosting(slug: "n", title: "Staff", body: "## Requirements\n- \(line)\n")
    let site = Fixture.site([Fixture.experience("p", title: "Sales Promotion Staff", highlights: ["Sold 300 packs"])])
    let report = Tailor(site: site).tailor(job).report
    #expect(report.missing.contains(term) == isMissing, "\(report.missing)")
    #expect(report.requirements.contains { $0.term == term && $0.evidence.isEmpty })
  }

  /// A field the person should care for ("passion di dunia kuliner") is an interest, reported
  /// with the soft skills and never missing; a tool on such a line is still a tool.
  @Test func aFieldToCareForIsAnInterest() {
    let job = JobPosting(
      slug: "i", title: "Staf R&D", language: .id,
      body: """
        ## Kualifikasi
        - Memiliki passion di dunia kuliner dan kopi
        - Passionate about data and Tableau
        - Suka kopi dan dunia F&B jadi nilai tambah
        """)
    let report = Tailor(site: Fixture.site([Fixture.experience("a")])).tailor(job).report
    #expect(!report.missing.contains("kuliner"), "\(report.missing)")
    #expect(!report.missing.contains("F&B"), "\(report.missing)")
    #expect(report.softSkills.map(\.term).contains("kuliner"), "\(report.softSkills.map(\.term))")
    #expect(report.missing.contains("Tableau"), "\(report.missing)")
  }

  /// Headings that speak to the reader about themselves open the requirements, as "Requirements"
  /// does: UK and Indonesian ads write them so.
  @Test(arguments: ["About you", "Person specification", "What you'll bring", "Tentang kamu", "You will need"])
  func headingsAboutTheReaderOpenTheRequirements(heading: String) {
    let job = JobPosting(
      slug: "h", title: "Coordinator",
      body: """
        ## \(heading)
        - Confident using Excel every day
        """)
    let (_, analysis) = Self.read(job)
    #expect(analysis.lines.first { $0.text.contains("Excel") }?.part == .requirements, "\(analysis.lines)")
  }

  /// "The job" heads the job in general, not the company: the duties under it are read as duties,
  /// not as the company's description (a Malaysian newspaper's and a research agency's ads).
  @Test func theJobHeadsTheDutiesNotTheCompany() {
    let job = JobPosting(
      slug: "j", title: "Research Executive", company: "Cendana Research",
      body: """
        ABOUT US
        Cendana is an independent market research agency founded in 2011.

        THE JOB
        Design questionnaires with the Research Manager
        Run cross-tabulations in SPSS and Displayr

        YOU HAVE
        A degree in Statistics
        """)
    let (_, analysis) = Self.read(job)
    #expect(analysis.lines.first { $0.text.contains("Displayr") }?.part == .responsibilities, "\(analysis.lines)")
  }

  /// A grade point average asked for ("IPK minimal 3,00") is proven by an education entry's
  /// score, and a language test by another test of the same language ("or equivalent").
  @Test func aGradeAverageAndAnEquivalentTestProveWhatIsAsked() {
    let job = JobPosting(
      slug: "g", title: "Management Trainee", language: .id,
      body: """
        ## Kualifikasi
        - IPK minimal 3,00
        - TOEIC 700 atau setara
        """)
    let nothing = Tailor(site: Fixture.site([Fixture.experience("a")])).tailor(job).report
    #expect(
      nothing.missing.contains("IPK minimal 3,00") && nothing.missing.contains { $0.contains("TOEIC") },
      "\(nothing.missing)")
    var degree = Fixture.experience("s1", kind: .education, title: "S1 Teknologi Pangan")
    degree.score = "3,61/4,00"
    let test = Fixture.experience("toefl", kind: .certification, title: "TOEFL ITP (skor 563)")
    let report = Tailor(site: Fixture.site([degree, test])).tailor(job).report
    #expect(report.missing.isEmpty, "\(report.missing)")
    #expect(report.matched.contains("IPK minimal 3,00"), "\(report.matched)")
  }

  /// A grade point average proves the minimum a posting names only when it reaches it, on any
  /// scale up to 5; the report names the minimum as the posting writes it.
  @Test(arguments: [
    ("IPK minimal 3,00", "2,85/4,00", false), ("IPK minimal 3,00", "3,00/4,00", true),
    ("GPA of 3.2/4.0 or above", "3.8/5.0", false), ("GPA of 3.2/4.0 or above", "4.2/5", true),
    ("Minimum GPA 3.0", "IPK 3,45", true), ("GPA min. 3.50", "3.4", false),
  ])
  func aGradeAverageBelowTheMinimumProvesNothing(line: String, score: String, proves: Bool) {
    let job = JobPosting(slug: "g", title: "Management Trainee", body: "## Requirements\n- \(line)")
    var degree = Fixture.experience("s1", kind: .education, title: "S1 Manajemen")
    degree.score = score
    let report = Tailor(site: Fixture.site([degree])).tailor(job).report
    // Named from the term to the minimum: "GPA of 3.2/4.0", "GPA 3.0".
    let named = line.replacing("Minimum ", with: "").replacing(" or above", with: "")
    #expect(report.matched.contains(named) == proves, "\(report.matched)")
    #expect(report.missing.contains(named) == !proves, "\(report.missing)")
  }

  /// A sentence that opens with the company's name and describes it speaks of the company, though
  /// it says "berpengalaman": what it names is no requirement.
  @Test func aSentenceDescribingTheCompanyAsksForNothing() {
    let job = JobPosting(
      slug: "a", title: "Admin Gudang", company: "PT Sinar Logistik Nusantara", language: .id,
      body: """
        PT Sinar Logistik Nusantara adalah perusahaan distribusi FMCG yang berpengalaman lebih dari 20 tahun.

        Kualifikasi:
        - Menguasai Microsoft Excel
        """)
    let (_, analysis) = Self.read(job)
    #expect(analysis.lines.first?.part == .about, "\(analysis.lines)")
    #expect(!analysis.requirements.contains { $0.term == "FMCG" }, "\(analysis.requirements.map(\.term))")
  }

  /// "Such as" gives examples of the term before it, even after a word naming its kind ("a BI
  /// tool such as"); a list before it keeps asking for each of its terms.
  @Test func examplesAfterAKindLeaveTheListBeforeThem() {
    let job = JobPosting(
      slug: "b", title: "Graduate Data Analyst",
      body: """
        ## What we're looking for
        - Some experience with SQL and a BI tool such as Power BI or Tableau
        """)
    let (_, analysis) = Self.read(job)
    let terms = analysis.requirements.map(\.term)
    #expect(terms.contains("SQL"), "\(terms)")
    #expect(!terms.contains { $0.contains("SQL") && $0.contains("BI") }, "\(terms)")
    let report = Tailor(site: Fixture.site([Fixture.experience("t", skills: ["Tableau"])])).tailor(job).report
    #expect(report.missing.contains("SQL"), "\(report.missing)")
    #expect(!report.missing.contains { $0.contains("Tableau") }, "\(report.missing)")
  }

  /// A degree that "equivalent experience" may replace is never a gap; a product proves the kind
  /// of system it is ("our CRM (Coins)" is answered by Salesforce).
  @Test func whatAPostingAcceptsInsteadIsNoGap() {
    let job = JobPosting(
      slug: "c", title: "Administrator",
      body: """
        ## About you
        - A 2:1 degree or above in a numerate subject, or equivalent experience
        - Log and track defect reports in our CRM (Coins)
        """)
    let site = Fixture.site([
      Fixture.experience("s", kind: .job, title: "Advisor", skills: ["Salesforce Service Cloud"])
    ])
    let report = Tailor(site: site).tailor(job).report
    #expect(report.missing.isEmpty, "\(report.missing)")
    #expect(report.matched.contains("CRM"), "\(report.matched)")
  }

  /// Teams the person works with are no requirements: one beside a word for a team, and every
  /// term of a list that such a word heads or ends, a name the vocabulary does not know too when
  /// the word heads it. A skill on the same line still is.
  @Test(arguments: [
    ("Berkoordinasi dengan bagian Produksi, Purchasing, QC dan Gudang", Language.id, ["Purchasing", "QC"]),
    ("Share insights with the Sales, Marketing and Finance teams using SQL", Language.en, ["Sales", "Finance"]),
    ("Bekerja sama dengan tim Marketing", Language.id, ["Marketing"]),
    ("Build weekly forecasts with Excel and the Sales team", Language.en, ["Sales"]),
    ("Membangun dashboard KPI harian di Looker Studio untuk tim Growth dan Ops", Language.id, ["Ops"]),
  ])
  func teamsThePersonWorksWithAreNoRequirements(line: String, language: Language, teams: [String]) {
    let job = JobPosting(slug: "t", title: "Staff", language: language, body: "## Responsibilities\n- \(line)\n")
    let (_, analysis) = Self.read(job)
    let terms = analysis.requirements.map(\.term)
    for team in teams { #expect(!terms.contains(team), "\(terms)") }
    // A tool joined to a team's list is no team.
    for tool in ["SQL", "Excel"] where line.contains(tool) { #expect(terms.contains(tool), "\(terms)") }
  }

  /// A list pasted without markers right under a heading is read item by item, though its first
  /// item runs past 70 characters: its tools are the duties', not lost in one long paragraph.
  @Test func aLongFirstItemUnderAHeadingStillOpensAList() {
    let job = JobPosting(
      slug: "t", title: "IT Support Technician",
      body: """
        Main duties
        Respond to and resolve support tickets logged on our helpdesk system, in person, by phone and remotely
        Build, deploy and maintain Windows devices using Intune and SCCM
        Maintain the asset register and keep documentation up to date
        """)
    let (_, analysis) = Self.read(job)
    #expect(analysis.lines.count == 3, "\(analysis.lines.map(\.text))")
    #expect(analysis.lines.allSatisfy { $0.part == .responsibilities }, "\(analysis.lines.map(\.part))")
    let terms = analysis.requirements.map(\.term)
    #expect(terms.contains("Intune") && terms.contains("SCCM"), "\(terms)")
  }

  /// An ad pasted from a chat group, with no heading and no marker: a long item among short ones is
  /// still one item, lines that say what the person can do ("Bisa pakai Accurate", "Paham …") ask
  /// for it, and who may apply (religion) asks for nothing a CV proves; a vehicle of one's own is a
  /// credential the summary can state.
  @Test func aChatGroupAdIsReadLineByLine() {
    let job = JobPosting(
      slug: "a", title: "Admin Keuangan", company: "CV Maju Jaya", language: .id,
      body: """
        *LOKER SLEMAN*

        Dibutuhkan 1 orang admin keuangan untuk toko bangunan CV Maju Jaya
        Pria/wanita usia maks 26 th
        Bisa pakai Accurate
        Paham pembukuan kas harian dan petty cash
        Tugas input nota penjualan dan pembelian, bikin invoice ke proyek, cek piutang pelanggan, rekap kas mingguan ke owner
        Antar uang ke bank tiap hari jadi wajib punya motor sendiri
        Muslim/Muslimah, bisa baca Al-Qur'an
        """)
    let (_, analysis) = Self.read(job)
    #expect(analysis.part(ofLineStarting: "Bisa pakai") == .requirements, "\(analysis.lines)")
    #expect(analysis.part(ofLineStarting: "Paham") == .requirements, "\(analysis.lines)")
    #expect(analysis.lines.contains { $0.text.hasPrefix("Antar uang") }, "\(analysis.lines.map(\.text))")
    #expect(analysis.part(ofLineStarting: "Muslim") == .other, "\(analysis.lines)")
    let terms = analysis.requirements.map(\.term)
    #expect(terms.contains("Accurate") && terms.contains("petty cash"), "\(terms)")
    #expect(terms.contains("punya motor sendiri"), "\(terms)")
    #expect(!terms.contains { $0.contains("Muslim") || $0.contains("Antar") }, "\(terms)")
  }

  /// Names that only the company has are no requirement: its team ("our Storefront team"), a name
  /// it puts in quotation marks (our design system "Benih"), and the departments a line
  /// coordinates with ("berkoordinasi dengan gudang, PPIC dan QC").
  @Test func theCompanysOwnNamesAreNoRequirement() {
    let job = JobPosting(
      slug: "d", title: "Product Designer",
      body: """
        ## Responsibilities
        - Join our Storefront team and design the pages shoppers see
        - Maintain and extend our design system "Benih" (components, icons, documentation)
        - Memonitor kedatangan barang dan berkoordinasi dengan gudang, PPIC dan QC
        ## Requirements
        - Experience with Figma and Zeplin
        """)
    let terms = Self.read(job).1.requirements.filter { $0.kind != .general }.map(\.term)
    for own in ["Storefront", "Benih", "PPIC", "QC"] {
      #expect(!terms.contains { $0.contains(own) }, "\(own): \(terms)")
    }
    #expect(terms.contains("Zeplin"), "\(terms)")
  }

  /// A school's ad written as an outline: "A. Tugas Pokok", "B. Kualifikasi" are headings, so the
  /// numbered lines under them are its duties and requirements; the page's footer (an address
  /// after ©) asks for nothing.
  @Test func anOutlinesLetteredHeadingsOpenParts() {
    let job = JobPosting(
      slug: "g", title: "Guru Bahasa Inggris SD", language: .id,
      body: """
        A. Tugas Pokok
        1. Mengelola kelas digital di Google Classroom dan menginput nilai ke e-Rapor
        2. Menyusun modul ajar sesuai Kurikulum Merdeka

        B. Kualifikasi
        1. Memahami Jolly Phonics
        2. IPK minimal 3,00

        II. Fasilitas
        - BPJS Kesehatan

        © 2026 SD Al-Fikri Makassar · Jl. Daeng Tata Raya No. 17, Makassar
        """)
    let (_, analysis) = Self.read(job)
    #expect(
      analysis.part(ofLineStarting: "Mengelola kelas") == .responsibilities,
      "\(analysis.lines.map { ($0.text, $0.part) })")
    #expect(
      analysis.part(ofLineStarting: "Memahami Jolly") == .requirements, "\(analysis.lines.map { ($0.text, $0.part) })")
    #expect(analysis.part(ofLineStarting: "BPJS") == .benefits, "\(analysis.lines.map { ($0.text, $0.part) })")
    let terms = analysis.requirements.map(\.term)
    #expect(terms.contains("Google Classroom") && terms.contains("Jolly Phonics"), "\(terms)")
    #expect(!terms.contains { $0.contains("Daeng") || $0.contains("Tugas") }, "\(terms)")
  }

  /// A notice numbered as a decimal outline: "1. Main responsibilities" over "1.1 …" and "3. How to
  /// apply" over a paragraph are headings, and the items lose their numbers; "1. Requirements
  /// gathering" over "2. Write reports" stays an item of its list, and "3.5 years" keeps its number.
  @Test func aDecimalOutlinesNumberedHeadingsOpenParts() {
    let job = JobPosting(
      slug: "o", title: "Programme Officer",
      body: """
        About us
        Yayasan Contoh is a non-profit foundation.

        1. Main responsibilities
        1.1 Manage field data collection with KoboToolbox
        1.2 Write donor reports

        2. Requirements
        2.1 Fluent in English; Kadazandusun is an advantage
        2.2 Valid driving licence
        3.5 years of experience with Power BI

        3. How to apply
        Send your CV to jobs@example.org
        """)
    let (_, analysis) = Self.read(job)
    let parts = "\(analysis.lines.map { ($0.text, $0.part) })"
    #expect(analysis.part(ofLineStarting: "Manage field data") == .responsibilities, "\(parts)")
    #expect(analysis.part(ofLineStarting: "Fluent in English") == .requirements, "\(parts)")
    #expect(analysis.part(ofLineStarting: "3.5 years") == .requirements, "\(parts)")
    #expect(analysis.part(ofLineStarting: "Send your CV") == .apply, "\(parts)")
    let terms = analysis.requirements.map(\.term)
    #expect(terms.contains("KoboToolbox") && terms.contains("Kadazandusun"), "\(terms)")
    let items = Self.read(
      JobPosting(
        slug: "i", title: "Analyst", body: "## Responsibilities\n1. Requirements gathering\n2. Write reports\n")
    ).1
    #expect(
      items.part(ofLineStarting: "Write reports") == .responsibilities, "\(items.lines.map { ($0.text, $0.part) })")
  }

  /// What a line only asks of the person's week or desk is a condition: "Available to teach …
  /// Saturdays", a laptop and an internet connection of so many Mbps. Government bodies named as
  /// a certificate's issuer or a report's reader (Kemnaker, Disnaker) and the people a duty is done
  /// with ("bersama Wakasek Kurikulum") are no skill.
  @Test func conditionsBodiesAndColleaguesAreNoRequirement() {
    let job = JobPosting(
      slug: "h", title: "HSE Officer", language: .id,
      body: """
        ## Tugas
        - Menyusun laporan statistik K3 bulanan untuk manajemen dan Disnaker
        - Menyusun jadwal ujian bersama Wakasek Kurikulum
        ## Kualifikasi
        - Wajib memiliki sertifikat Ahli K3 Umum dari Kemnaker RI
        - Memiliki laptop (RAM 8 GB) dan koneksi internet stabil min. 20 Mbps
        - Available to teach afternoons, evenings and Saturdays
        """)
    let terms = Self.read(job).1.requirements.filter { $0.kind != .general }.map(\.term)
    for junk in ["Disnaker", "Wakasek", "Kemnaker", "Mbps", "Saturdays"] {
      #expect(!terms.contains { $0.contains(junk) }, "\(junk): \(terms)")
    }
    #expect(terms.contains { $0.contains("Ahli K3 Umum") }, "\(terms)")
  }

  /// What a posting says around its asks is no term: how to apply and whom to write to ("Send CV
  /// … (Puan Juliana). Closing 15 Dec 2026."), an ordinary word in capitals ("= BIG plus",
  /// "DIPUNGUT"), two letters in the plural ("Singapore Citizens/PRs"). An
  /// abbreviation's plural is the abbreviation: "FGDs and KIIs" asks for focus group discussions
  /// and key informant interviews, "P&IDs" for P&IDs.
  @Test func applyingEmphasisAndPluralsAreNoTerms() {
    let job = JobPosting(
      slug: "o", title: "Outreach Assistant",
      body: """
        ## Duties
        - Conduct FGDs and KIIs with refugee families
        - Read P&IDs of the water plant
        ## Requirements
        - Singapore Citizens/PRs only
        - Burmese, Arabic or Somali = BIG plus
        - Mampu bekerja dalam tim, DIPUNGUT dari desa sekitar

        Send CV + IC copy to recruit@example.com or WhatsApp 019-880 2215 (Puan Juliana). Closing 15 Dec 2026.
        """)
    let requirements = Self.read(job).1.requirements
    let terms = requirements.filter { $0.kind != .general }.map(\.term)
    for junk in ["BIG", "DIPUNGUT", "PR", "Juliana", "recruit", "Dec"] {
      #expect(!terms.contains { $0.contains(junk) }, "\(junk): \(terms)")
    }
    let site = Fixture.site([
      Fixture.experience("survey", highlights: ["Ran 12 focus group discussions and 20 key informant interviews"]),
      Fixture.experience("plant", highlights: ["Marked up 30 P&ID sheets for the demineralisation unit"]),
    ])
    let report = Tailor(site: site).tailor(job).report
    #expect(!report.missing.contains { ["FGD", "KII", "P&ID"].contains(where: $0.contains) }, "\(report.missing)")
    let languages = requirements.first { $0.kind == .language }
    #expect(languages?.part == .nice, "\(requirements.map { ($0.term, $0.part) })")
  }

  /// Capitalised ordinary words that cut into a known term are no name of their own: "punya
  /// Sertifikat Ahli K3 Umum" names Ahli K3 Umum, not "Sertifikat Ahli", which would then stand
  /// for the Ahli K3 Kimia of the next line too.
  @Test func aNameNeverCutsIntoAKnownTerm() {
    let job = JobPosting(
      slug: "h", title: "HSE Officer", language: .id,
      body: """
        ## Kualifikasi
        - WAJIB punya Sertifikat Ahli K3 Umum (Kemnaker RI) yang masih aktif
        - Sertifikat Ahli K3 Kimia
        """)
    let terms = Self.read(job).1.requirements.map(\.term)
    #expect(terms.contains("Ahli K3 Umum") && terms.contains("Ahli K3 Kimia"), "\(terms)")
    #expect(!terms.contains("Sertifikat Ahli"), "\(terms)")
    let site = Fixture.site([Fixture.experience("ak3u", kind: .certification, title: "Ahli K3 Umum")])
    #expect(Tailor(site: site).tailor(job).report.missing == ["Ahli K3 Kimia"])
  }

  /// A name and the letters the posting abbreviates it by are one term, the abbreviation in
  /// mixed case too: "Training of Trainers (ToT)" is no second gap "ToT".
  @Test func anAbbreviationInMixedCaseIsTheNameBeforeIt() {
    let job = JobPosting(
      slug: "t", title: "Staff Training", language: .id,
      body: "## Kualifikasi\n- Memiliki sertifikat Training of Trainers (ToT) menjadi nilai plus\n")
    let (tailor, analysis) = Self.read(job)
    #expect(!analysis.requirements.contains { $0.term == "ToT" }, "\(analysis.requirements.map(\.term))")
    let missing = tailor.tailor(job).report.missing
    #expect(missing.count == 1 && missing[0].contains("Training of Trainers"), "\(missing)")
  }

  /// A sentence in which the company describes what it makes ("PT Pakan Nusantara adalah produsen
  /// pakan …") speaks of the company, though it names the trade and is pasted, as Indeed shows
  /// it, right under a line that reads as the first item of a list.
  @Test func theCompanyDescribingWhatItMakesAsksForNothing() {
    let job = JobPosting(
      slug: "p", title: "Analis Laboratorium QC", company: "PT Pakan Nusantara Celebes", language: .id,
      body: """
        Lokasi
        Maros, Sulawesi Selatan

        Deskripsi lengkap pekerjaan
        PT Pakan Nusantara Celebes adalah produsen pakan ternak unggas dan ikan. Kami membuka kesempatan untuk posisi Analis Laboratorium QC.

        ## Kualifikasi
        - Memahami analisis proksimat
        """)
    let (_, analysis) = Self.read(job)
    let line = analysis.lines.first { $0.text.hasPrefix("PT Pakan") }
    #expect(line?.part == .about, "\(analysis.lines.map { ($0.text, $0.part) })")
    let fromCompany = analysis.requirements.filter { $0.term.contains("Laboratorium QC") && $0.part != .title }
    #expect(fromCompany.isEmpty, "\(analysis.requirements.map { ($0.term, $0.part) })")
  }

  /// A proper name runs across the lower-case particles inside it: "Chef de Partie" is one name,
  /// not "Partie".
  @Test func aNameRunsAcrossItsParticles() {
    let job = JobPosting(
      slug: "c", title: "Sous Chef",
      body: "## Requirements\n- 2 years as a Chef de Partie in a busy kitchen\n")
    let terms = Self.read(job).1.requirements.filter { $0.kind != .general }.map(\.term)
    #expect(terms.contains("Chef de Partie"), "\(terms)")
  }

  /// A line without marks is a heading only when a part's name is most of it: "Experience with
  /// Intune or SCCM" is an item of the list above it, not a heading that opens the requirements.
  @Test func anItemThatNamesAPartIsNoHeading() {
    let job = JobPosting(
      slug: "t", title: "IT Support Technician",
      body: """
        Desirable
        ITIL Foundation certificate
        Experience with Intune or SCCM
        Knowledge of networking
        """)
    let (_, analysis) = Self.read(job)
    #expect(analysis.lines.map(\.part) == [.nice, .nice, .nice], "\(analysis.lines.map { ($0.text, $0.part) })")
  }

  /// Pay and working hours pasted without markers after the duties are no duties: "UMK" is no
  /// tool, "Jam kerja" no requirement.
  @Test func payAndHoursAfterUnmarkedDutiesAreNoDuties() {
    let job = JobPosting(
      slug: "a", title: "Staff Admin", language: .id,
      body: """
        Tugas
        Membuat invoice & faktur penjualan
        Menerima telepon

        Jam kerja Senin–Jumat 08.00–16.00
        Gaji UMK + uang makan + BPJS
        """)
    let (_, analysis) = Self.read(job)
    #expect(analysis.lines.first { $0.text.hasPrefix("Gaji") }?.part == .benefits, "\(analysis.lines)")
    #expect(analysis.lines.first { $0.text.hasPrefix("Jam") }?.part == .other, "\(analysis.lines)")
    #expect(!analysis.requirements.contains { $0.term.contains("UMK") || $0.term.contains("Jam") })
  }

  /// On a line of working conditions, a name the vocabulary does not know is a place: "Bersedia
  /// ditempatkan di Tugu" asks for nothing a CV shows.
  @Test(arguments: [
    "Domisili Semarang (diutamakan Semarang Barat / Tugu)", "Bersedia ditempatkan di Ungaran, Kab. Mranggen",
  ])
  func unknownNamesOnAConditionLineAreNoRequirement(line: String) {
    let job = JobPosting(slug: "a", title: "Staff Admin", language: .id, body: "Persyaratan:\n- \(line)")
    let (_, analysis) = Self.read(job)
    #expect(analysis.requirements.isEmpty, "\(analysis.requirements.map(\.term))")
    #expect(analysis.lines.first?.part == .other, "\(analysis.lines)")
  }

  /// A paragraph that opens with the company's name and describes it speaks of the company,
  /// below the requirements too: "The Trust is committed to safeguarding" asks for no
  /// safeguarding.
  @Test func theCompanysCommitmentBelowTheRequirementsAsksForNothing() {
    let job = JobPosting(
      slug: "t", title: "IT Support Technician", company: "Three Rivers Academy Trust",
      body: """
        ## Desirable
        - ITIL Foundation certificate

        The Trust is committed to safeguarding and promoting the welfare of children.
        """)
    let (_, analysis) = Self.read(job)
    #expect(analysis.lines.last?.part == .about, "\(analysis.lines)")
    #expect(!analysis.requirements.contains { $0.term.lowercased().contains("safeguarding") })
  }

  /// A name the posting gives the job itself ("Store Supervisor Trainee (SST)" above the duties)
  /// is not something to have; the title's words in a requirement ("1 year as Chef de Partie")
  /// are.
  @Test func theJobsOwnNameAboveTheDutiesIsNoRequirement() {
    let trainee = JobPosting(
      slug: "s", title: "Store Supervisor Trainee", language: .id,
      body: """
        Store Supervisor Trainee (SST) – Area Jawa Tengah

        Kualifikasi:
        - Menguasai Microsoft Excel
        """)
    let terms = Self.read(trainee).1.requirements.map(\.term)
    #expect(!terms.contains { $0.contains("SST") || $0.contains("Store") }, "\(terms)")
    let chef = JobPosting(
      slug: "c", title: "Chef de Partie",
      body: """
        ## Requirements
        - At least 1 year as Chef de Partie in a busy kitchen
        """)
    let named = Self.read(chef).1.requirements.map(\.term)
    #expect(named.contains { $0.contains("Partie") }, "\(named)")
  }

  /// What an aside or a later clause only prefers ranks entries as a nice-to-have, though its line
  /// insists: in "(diutamakan Akuntansi)" the field, so that the tool the next line asks for ranks
  /// first; in "(pivot table, macro menjadi nilai tambah)", whose cue follows its last item, only
  /// the macros; in "Canva; pengalaman Figma menjadi nilai tambah" and "Canva — experience with
  /// Figma is a plus" Figma, not the first clause's Canva. The entry that should lose is the newer, so a tie would put it first.
  @Test(arguments: [
    (
      "- Pendidikan min. D3/S1 semua jurusan (diutamakan Akuntansi)\n- Menguasai Microsoft Excel", "akuntansi dasar",
      "Microsoft Excel"
    ),
    ("- Menguasai Microsoft Excel (pivot table, macro menjadi nilai tambah)", "macro", "pivot table"),
    ("- Menguasai Canva; pengalaman Figma menjadi nilai tambah", "Figma", "Canva"),
    ("- Skilled in Canva — experience with Figma is a plus", "Figma", "Canva"),
  ])
  func whatAnAsidePrefersRanksAsANiceToHave(lines: String, preferred: String, asked: String) {
    let job = JobPosting(slug: "a", title: "Staff Admin", language: .id, body: "Persyaratan:\n\(lines)")
    let newer = Fixture.experience(
      "preferred", kind: .course, title: "Kursus \(preferred)", end: .on(Fixture.month(2025, 1)))
    let older = Fixture.experience("asked", kind: .course, title: "Kursus \(asked)", end: .on(Fixture.month(2023, 1)))
    let tailoring = Tailor(site: Fixture.site([newer, older])).tailor(job)
    #expect(tailoring.report.selected.first == "asked", "\(tailoring.report.selected)")
  }

  /// A tool proves the field or practice it serves: Shopee a marketplace, React frontend
  /// development, GitHub Actions CI/CD, pytest software testing, a barista job hospitality.
  @Test(arguments: [
    ("Pengalaman sebagai admin marketplace", "Shopee"), ("Experience in frontend development", "React"),
    ("Experience with CI/CD pipelines", "GitHub Actions"), ("Some experience in software testing", "pytest"),
    ("Experience in hospitality", "barista"),
  ])
  func aToolProvesTheFieldItServes(line: String, skill: String) {
    let job = JobPosting(slug: "m", title: "Staff", body: "## Requirements\n- \(line)")
    let lacking = Tailor(site: Fixture.site([Fixture.experience("none", title: "Volunteer")])).tailor(job).report
    #expect(!lacking.missing.isEmpty, "\(lacking.missing)")
    let entry = Fixture.experience("work", kind: .partTime, title: "Part-time work", skills: [skill])
    let report = Tailor(site: Fixture.site([entry])).tailor(job).report
    #expect(report.missing.isEmpty, "\(report.missing)")
  }

  /// A class of honours asked for ("a 2:1 or above") is proven by a degree whose score reaches
  /// it, and named when the score falls short; a score that names no class is not compared.
  @Test(arguments: [("2:2", false), ("Upper Second (2:1)", true), ("First-class honours", true), ("3.6/4.0", true)])
  func aClassOfHonoursBelowTheOneAskedForIsMissing(score: String, proves: Bool) {
    let job = JobPosting(
      slug: "g", title: "Graduate Analyst", body: "## Requirements\n- A 2:1 degree or above in Sociology")
    var degree = Fixture.experience("ba", kind: .education, title: "BA Sociology")
    degree.degree = "BA"
    degree.score = score
    let report = Tailor(site: Fixture.site([degree])).tailor(job).report
    #expect(report.missing.contains { $0.hasPrefix("2:1 degree") } == !proves, "\(report.missing)")
  }

  /// What a person holding only the degree titled `degree` lacks for a posting whose one
  /// requirement is `line`.
  static func missing(asked line: String, holding degree: String) -> [String] {
    let job = JobPosting(slug: "d", title: "Staff", body: "## Requirements\n- \(line)\n")
    let entry = Fixture.experience("degree", kind: .education, title: degree)
    return Tailor(site: Fixture.site([entry])).tailor(job).report.missing
  }

  /// The degree requirements a posting titled `job` reads from its one requirement `line`, for a
  /// person holding only the education entry `title` (its `degree`, and `skills`).
  static func degreeRequirements(
    asked line: String, job: String = "Staff", holding title: String, degree: String, skills: [String] = []
  ) -> [MatchReport.Evidence] {
    let posting = JobPosting(slug: "d", title: job, body: "## Requirements\n- \(line)\n")
    var entry = Fixture.experience("degree", kind: .education, title: title, skills: skills)
    entry.degree = degree
    return Tailor(site: Fixture.site([entry])).tailor(posting).report.requirements.filter { $0.kind == .degree }
  }

  /// A professional degree is a level and a field at once: a Juris Doctor proves "Juris Doctor or
  /// Bachelor of Laws" and "Law graduate (JD/LLB)", where a slash joins to the LLB a degree the data
  /// does not know; a bachelor's in another field proves neither. A DVM proves a DVM.
  @Test(arguments: [
    ("Juris Doctor or Bachelor of Laws graduate", "Juris Doctor", false),
    ("Juris Doctor or Bachelor of Laws graduate", "BA Political Science", true),
    ("Law graduate (JD/LLB)", "Juris Doctor", false),
    ("Law graduate (JD/LLB)", "BA Political Science", true),
    ("Doctor of Veterinary Medicine (DVM) with a valid PRC license", "Doctor of Veterinary Medicine", false),
    ("Doctor of Veterinary Medicine (DVM)", "BSc Biology", true),
  ])
  func aProfessionalDegreeIsALevelAndAField(line: String, degree: String, isMissing: Bool) {
    let missing = Self.missing(asked: line, holding: degree).filter { !$0.contains("PRC") }
    #expect(!missing.isEmpty == isMissing, "\(missing)")
  }

  /// A degree that a length of experience may replace ("or 6+ months in technical support") names
  /// no field as missing; a degree asked for with experience still does.
  @Test(arguments: [
    ("A technical degree, or 6+ months in a technical support or IT helpdesk role", false),
    ("Bachelor's degree in Computer Science or 2 years of relevant experience", false),
    ("S1 Teknik Informatika atau pengalaman minimal 1 tahun sebagai IT support", false),
    ("Bachelor's degree in Computer Science with 2 years of experience", true),
  ])
  func aDegreeThatExperienceMayReplaceIsNoGap(line: String, isMissing: Bool) {
    let missing = Self.missing(asked: line, holding: "BSc Mathematics")
    #expect(!missing.isEmpty == isMissing, "\(missing)")
  }

  /// An item of a list that names nothing known ends at its last word that is neither grammar nor
  /// the line's cue: the gap is "healthcare or regulated product", not "… product is", and "SKK
  /// Juru Gambar / Drafter", not "… Drafter nilai plus".
  @Test(arguments: [
    ("Experience in a healthcare or regulated product is a plus", "healthcare or regulated product"),
    ("SKK Juru Gambar / Drafter nilai plus", "SKK Juru Gambar / Drafter"),
  ])
  func anUnnamedItemEndsBeforeTheCue(line: String, gap: String) {
    let job = JobPosting(slug: "u", title: "Assistant", body: "## Requirements\n- \(line)\n")
    let report = Tailor(site: Fixture.site([Fixture.experience("a", skills: ["Excel"])])).tailor(job).report
    #expect(report.missing == [gap])
  }

  /// A degree's fields are the words right around its level: the list ends at a number or a word
  /// every ad uses ("a degree and 1 year of sales experience" asks for no degree in sales), and
  /// before the level only the words after the last word of grammar name one ("if you have a
  /// diploma" names no field "love").
  @Test(arguments: [
    ("A degree and 1 year of sales experience", false),
    (
      "We would love to hear from you if you have a diploma or degree and at least 1 year of B2B sales experience",
      false
    ),
    ("Degree in Marketing with 1 year of sales experience", true),
    ("Marketing graduate (S1)", true),
  ])
  func aDegreesFieldsAreTheWordsAroundItsLevel(line: String, isMissing: Bool) {
    let missing = Self.missing(asked: line, holding: "BSc Mathematics")
    #expect(!missing.isEmpty == isMissing, "\(missing)")
  }

  /// "Or related" takes a degree of the same family as a field the line names: Management for
  /// Marketing, Information Systems for Computer Science; not Civil Engineering for Informatics,
  /// nor any field where the line does not say "related". A family the line names as a whole
  /// ("social sciences", "jurusan kesehatan") takes any of its fields, "related" or not.
  @Test(arguments: [
    ("S1 Marketing, Ilmu Komunikasi, DKV, or related", "S1 Manajemen", false),
    ("Bachelor's degree in Computer Science or a related field", "BSc Information Systems", false),
    ("S1 Teknik Informatika atau jurusan terkait", "S1 Teknik Sipil", true),
    ("S1 Marketing atau Ilmu Komunikasi", "S1 Manajemen", true),
    (
      "Degree in Social Science, Development Studies or related field",
      "Bachelor of Arts (Hons) in International and Strategic Studies", false
    ),
    ("Diploma or degree in logistics, business or social sciences", "BSc International Relations", false),
    ("D3, diutamakan S1 Farmasi atau jurusan kesehatan", "S1 Keperawatan", false),
    ("Degree in Mechanical Engineering", "BEng Civil Engineering", true),
    ("Degree in Public Health", "BS Nursing", true),
  ])
  func aRelatedFieldIsOneOfTheSameFamily(line: String, degree: String, isMissing: Bool) {
    let missing = Self.missing(asked: line, holding: degree)
    #expect(!missing.isEmpty == isMissing, "\(missing)")
  }

  /// An aside that holds a number remarks on the level ("(lulus tahun 2025 atau 2026)"): the fields
  /// named after it are still the line's. "S-1" and "D-IV" are levels as "S1" and "D4" are, and a
  /// "Diploma IV" is a D4, not any diploma. A field named in English is proven by its Indonesian
  /// name ("Environmental Engineering", "Nautical Studies"), and the arts are one family.
  @Test(arguments: [
    (
      "Fresh graduate S1/S2 (lulus tahun 2025 atau 2026) jurusan Teknik Lingkungan atau Teknik Kimia",
      "S1 Teknik Lingkungan", false
    ),
    ("S1 (IPK minimal 3,00) jurusan Teknik Kimia", "S1 Teknik Lingkungan", true),
    ("S-1 Teknik Lingkungan", "S1 Teknik Lingkungan", false),
    ("S-2 Teknik Lingkungan", "S1 Teknik Lingkungan", true),
    ("D-IV Teknik Lingkungan", "D3 Teknik Lingkungan", true),
    ("Diploma IV Teknik Lingkungan", "D3 Teknik Lingkungan", true),
    ("Bachelor's degree in Environmental Engineering", "S1 Teknik Lingkungan", false),
    ("Diploma IV (D4) in Nautical Studies", "D4 Nautika", false),
    ("BS Multimedia Arts, Fine Arts or related course", "Bachelor of Science in Animation", false),
    ("BS Multimedia Arts or Fine Arts", "Bachelor of Science in Animation", true),
  ])
  func aDegreeIsReadPastARemarkAndInEitherLanguage(line: String, degree: String, isMissing: Bool) {
    let missing = Self.missing(asked: line, holding: degree)
    #expect(!missing.isEmpty == isMissing, "\(missing)")
  }

  /// The level is the one where the posting asks most plainly: a title's "MSc by research" is what
  /// the post leads to when the requirements ask for a Bachelor of Pharmacy. A matriculation
  /// certificate is no degree, whatever its stream.
  @Test(arguments: [
    (
      "Graduate Research Assistant (GRA), MSc by research", "Bachelor of Pharmacy (Honours)",
      "Bachelor of Pharmacy (Honours)", false
    ),
    ("Graduate Research Assistant", "Matriculation Programme (Science stream)", "Matriculation Certificate", true),
  ])
  func theRequirementsLevelStandsOverTheTitles(job title: String, entry: String, degree: String, isMissing: Bool) {
    let read = Self.degreeRequirements(
      asked: "Bachelor of Pharmacy (Hons) or BSc (Hons) in Pharmaceutical Sciences or Science", job: title,
      holding: entry, degree: degree)
    #expect(read.count == 1 && read.allSatisfy { $0.evidence.isEmpty } == isMissing, "\(read)")
  }

  /// A degree's field is read from its name (title, degree, area), never from a course it lists:
  /// a BSN's "Nursing Informatics" is no BS Information Technology. Nor does a field come from the
  /// line's other parts: a second level ("… / S1 Biologi"), what follows "or a related course",
  /// or a place ("… Quantity Surveyors Malaysia" and an SPM). A field named in full in the
  /// degree's name proves it, wherever the line names it ("…; BSBA Financial Management …"); of
  /// several levels, the lowest is asked for, and "atau sederajat" takes a related field.
  @Test(arguments: [
    (
      "BS Computer Science, BS Information Technology or a related course, with up to two years of experience",
      "Bachelor of Science in Nursing", "BSN", ["nursing informatics", "pharmacology"], true
    ),
    ("Pendidikan min D3 Analis Kesehatan / S1 Biologi / S1 Mikrobiologi", "S1 Manajemen", "S.M.", [], true),
    (
      "Graduate of BS Animal Science, BS Biology or a related course, or a holder of TESDA Animal Health Care and Management NC III",
      "Bachelor of Science in Business Administration, major in Financial Management", "BSBA", [], true
    ),
    (
      "Degree in Quantity Surveying accredited by the Board of Quantity Surveyors Malaysia", "Sijil Pelajaran Malaysia",
      "SPM", [],
      true
    ),
    (
      "Graduates of BS Accountancy; BS Management Accounting, BSBA Financial Management and Economics graduates are also welcome",
      "Bachelor of Science in Business Administration (BSBA), major in Financial Management", "BSBA", [], false
    ),
    ("Pendidikan min SMK TKJ / D3 / S1 Teknik Informatika atau sederajat", "S1 Sistem Informasi", "S.Kom.", [], false),
  ])
  func aDegreesFieldIsReadFromItsName(line: String, title: String, degree: String, skills: [String], isMissing: Bool) {
    let read = Self.degreeRequirements(asked: line, holding: title, degree: degree, skills: skills)
    #expect(read.count == 1 && read.allSatisfy { $0.evidence.isEmpty } == isMissing, "\(read)")
  }

  /// A unit of measure names a quantity the job needs, not a skill: "at least 20 Mbps" is no tool.
  @Test func aUnitOfMeasureIsNoGap() {
    let job = JobPosting(
      slug: "tutor", title: "Online Tutor",
      body: "## Requirements\n- Stable wired internet (at least 20 Mbps) and 8 GB of RAM\n- Experience with ClassIn\n")
    let report = Tailor(site: Fixture.site([Fixture.experience("a", title: "Barista")])).tailor(job).report
    #expect(report.missing.contains { $0.contains("ClassIn") }, "\(report.missing)")
    #expect(!report.missing.contains { $0.contains("Mbps") || $0.contains("GB") }, "\(report.missing)")
  }

  /// A credential the line offers instead of its degree is no gap for a person with the degree;
  /// one the line asks for beside it is.
  @Test(arguments: [
    (
      "A bachelor's degree in Education (B.Ed) or a degree with a PGCE or equivalent teaching qualification", "PGCE",
      false
    ),
    ("Diploma / Degree in Education, or ACCA / LCCI qualification", "ACCA", false),
    (
      "A degree in Education or Psychology, experience with young people, and a Class D driving licence",
      "Class D driving licence", true
    ),
  ])
  func aCredentialOfferedInsteadOfTheDegreeIsNoGap(line: String, credential: String, isMissing: Bool) {
    let job = JobPosting(slug: "t", title: "Teacher", body: "## Requirements\n- \(line)\n")
    var degree = Fixture.experience("bed", kind: .education, title: "Bachelor of Education (TESL)")
    degree.degree = "B.Ed (Hons)"
    let report = Tailor(site: Fixture.site([degree])).tailor(job).report
    #expect(report.missing.contains { $0.contains(credential) } == isMissing, "\(report.missing)")
  }

  /// The sector a posting asks experience in is named when nothing on the CV shows it, as the
  /// posting names it; an entry in that sector proves it.
  @Test(arguments: [
    (
      "Pengalaman di bidang pelayanan pelanggan; pengalaman di perbankan lebih diutamakan", "perbankan",
      "Magang Teller, Bank BPD (perbankan)"
    ),
    ("Experience in beauty / skincare industry is a plus", "skincare", "Content intern, skincare brand"),
    ("Diutamakan berpengalaman di bidang packaging", "packaging", "Sales intern, packaging supplier"),
  ])
  func aSectorAskedForIsNamedWhenNothingShowsIt(line: String, named: String, provingTitle: String) {
    let job = JobPosting(slug: "s", title: "Staff", language: .id, body: "Kualifikasi:\n- \(line)")
    let other = Fixture.experience("kasir", kind: .partTime, title: "Kasir", organization: "Swalayan Mitra")
    let lacking = Tailor(site: Fixture.site([other])).tailor(job).report
    #expect(lacking.missing.contains { $0.contains(named) }, "\(lacking.missing)")
    let proving = Fixture.experience("sector", kind: .internship, title: provingTitle)
    let report = Tailor(site: Fixture.site([other, proving])).tailor(job).report
    #expect(!report.missing.contains { $0.contains(named) }, "\(report.missing)")
  }

  /// A word the posting says in every line counts more than one it says once, but not in
  /// proportion: the entry with two tools the posting asks for leads the one that says "food".
  @Test func aWordSaidOftenDoesNotLeadTheCVAlone() {
    let job = JobPosting(
      slug: "f", title: "Technical Sales Executive",
      body: """
        ## Requirements
        - Experience selling food ingredients
        - Understanding of food labels
        - Contacts among food producers
        - Knowledge of food markets
        - HACCP and GMP
        """)
    let volunteer = Fixture.experience(
      "volunteer", kind: .volunteer, title: "Volunteer", end: .on(Fixture.month(2025, 6)),
      highlights: ["Sorted food donations"])
    let intern = Fixture.experience(
      "intern", kind: .internship, title: "Intern", end: .on(Fixture.month(2024, 6)),
      highlights: ["Applied HACCP and GMP"])
    let tailoring = Tailor(site: Fixture.site([volunteer, intern])).tailor(job)
    #expect(tailoring.report.selected.first == "intern", "\(tailoring.report.selected)")
  }

  /// A short question right above a list heads it: "Why Banksia Grove?" above the perks opens the
  /// benefits, so that visa sponsorship and salary packaging ask for nothing.
  @Test func aQuestionAboveAListHeadsIt() {
    let job = JobPosting(
      slug: "b", title: "Registered Nurse", company: "Banksia Grove Care Communities",
      body: """
        What we're looking for:

        - Current CPR certificate

        Why Banksia Grove?

        - Sponsorship of the 482 visa, with a pathway to permanent residency
        - Salary packaging and meal entertainment benefits
        """)
    let (_, analysis) = Self.read(job)
    #expect(analysis.part(ofLineStarting: "Sponsorship") == .benefits, "\(analysis.lines)")
    let terms = analysis.requirements.map(\.term)
    #expect(!terms.contains { $0.lowercased().contains("sponsorship") || $0.lowercased().contains("packaging") })
    #expect(terms.contains("CPR"), "\(terms)")
  }

  /// An NHS Jobs page: its person specification's "Knowledge and skills" asks, and the badges,
  /// documents and employer's details below are the page's, not requirements.
  @Test func aJobBoardsSectionsAfterTheRequirementsAskForNothing() {
    let job = JobPosting(
      slug: "n", title: "Staff Nurse", company: "Calder Valley Hospitals NHS Foundation Trust",
      body: """
        Person Specification

        Knowledge and skills
        Essential
        - Knowledge of NEWS2 and of the recognition of the deteriorating patient

        Documents to download
        Job Description – Band 5 Staff Nurse (PDF, 412KB)

        Employer details
        Calder Royal Infirmary, Salterhebble, Halifax, HX3 0PW
        """)
    let (_, analysis) = Self.read(job)
    let terms = analysis.requirements.map(\.term)
    #expect(terms.contains("NEWS2"), "\(terms)")
    for junk in ["PDF", "Salterhebble", "HX3"] {
      #expect(!terms.contains { $0.contains(junk) }, "\(junk): \(terms)")
    }
  }

  /// The people a job works with are no requirement, named in the plural by a credential, a title
  /// or letters the posting defines ("Assistants in Nursing (AINs)"); a plural that also names
  /// things ("generate leads") and letters ending in a capital S ("MPS") are still terms.
  @Test func thePeopleAJobWorksWithAreNoRequirement() {
    let job = JobPosting(
      slug: "a", title: "Registered Nurse",
      body: """
        ## The role
        - You will work with Enrolled Nurses, Assistants in Nursing (AINs) and Personal Care Workers (PCWs)
        - Leading and supervising AINs and PCWs on shift, and escalating to GPs
        - Work with Marketing on campaigns to generate leads
        - Prepare the monthly Master Production Schedule (MPS)
        """)
    let terms = Self.read(job).1.requirements.filter { $0.kind != .general }.map(\.term)
    for people in ["Enrolled Nurse", "AINs", "PCWs", "GPs"] {
      #expect(!terms.contains { $0.contains(people) }, "\(people): \(terms)")
    }
    #expect(terms.contains { $0.contains("leads") }, "\(terms)")
    #expect(terms.contains { $0.contains("MPS") || $0.contains("Master Production Schedule") }, "\(terms)")
  }

  /// A heading with the company's name opens its description ("Life at Kopi Senja"), by a word of
  /// the name that is no ordinary word: an item's label with "swim" of AquaStars Swim Academy is
  /// still an item of the requirements.
  @Test func anOrdinaryWordOfTheCompanysNameMakesNoHeadingTheCompanys() {
    let job = JobPosting(
      slug: "s", title: "Swim Coach", company: "AquaStars Swim Academy",
      body: """
        Requirements:
        - Recognised swim teacher certification: AUSTSWIM, STA or equivalent
        - Registered with the National Registry of Coaches (NROC)

        ## Life at AquaStars
        Our coaches teach 1,800 children every week.
        """)
    let (_, analysis) = Self.read(job)
    #expect(analysis.part(ofLineStarting: "Registered") == .requirements, "\(analysis.lines)")
    #expect(analysis.part(ofLineStarting: "Our coaches") == .about, "\(analysis.lines)")
  }

  /// A sentence on applying that ends in a colon introduces how to apply: the subject line after
  /// it ("SURVEYOR SKM_Nama_Domisili", its underscores inside the word) asks for nothing.
  @Test func theFormatOfAnApplicationIsHowToApply() {
    let job = JobPosting(
      slug: "s", title: "Surveyor SKM",
      body: """
        Syarat:
        - Punya motor & SIM C

        Minat? Kirim CV + foto KTP ke WA 0813-3420-9157 (chat only) dengan format:
        SURVEYOR SKM_Nama_Domisili
        Paling lambat 5 Januari 2027
        """)
    let (_, analysis) = Self.read(job)
    #expect(analysis.part(ofLineStarting: "SURVEYOR") == .apply, "\(analysis.lines)")
    #expect(analysis.lines.contains { $0.text.contains("SKM_Nama_Domisili") }, "\(analysis.lines)")
    let whatsApp = JobPosting(
      slug: "w", title: "ACMV Technician",
      body: """
        - Valid CIDB Green Card

        Interested candidates WhatsApp your resume to 012-778 3041 (Mr. Lim) or email hr@cooltech.example.com
        """)
    let (_, byWhatsApp) = Self.read(whatsApp)
    #expect(byWhatsApp.part(ofLineStarting: "Interested") == .apply, "\(byWhatsApp.lines)")
  }

  /// A Philippine public notice: a heading in capitals after an emoji ("📌 DUTIES AND
  /// RESPONSIBILITIES"), the form's request for "vacant positions" (no duty of the job) and its
  /// "Preference" (nice-to-haves).
  @Test func aPublicNoticesEmojiHeadingsPositionsAndPreferences() {
    let job = JobPosting(
      slug: "n", title: "Social Welfare Officer I",
      body: """
        ## REQUEST FOR PUBLICATION OF VACANT POSITIONS
        To: CIVIL SERVICE COMMISSION (CSC)
        MARIA TERESA B. LOBERIZA

        📌 QUALIFICATION STANDARDS
        ✅ Education: Bachelor's degree in Social Work

        📌 DUTIES AND RESPONSIBILITIES
        ▪️ Conducts home visits and encodes updates in the Pantawid Pamilya Information System

        ## PREFERENCE (as determined by the HRMPSB)
        - Proficient in MS Word and MS Excel
        """)
    let (_, analysis) = Self.read(job)
    #expect(analysis.part(ofLineStarting: "To:") == .other, "\(analysis.lines)")
    #expect(analysis.part(ofLineStarting: "MARIA") == .other, "\(analysis.lines)")
    #expect(analysis.part(ofLineStarting: "Conducts") == .responsibilities, "\(analysis.lines)")
    #expect(analysis.part(ofLineStarting: "Proficient") == .nice, "\(analysis.lines)")
    #expect(!analysis.lines.contains { $0.text.contains("DUTIES") }, "\(analysis.lines)")
  }

  /// A sentence that calls what it names useful, or says it will help an application, prefers
  /// it: a nice-to-have, though it speaks of "our clients".
  @Test func whatIsUsefulIsANiceToHave() {
    let job = JobPosting(
      slug: "u", title: "Graduate Consultant Trainee", company: "Northbridge Actuarial Consulting",
      body: """
        We are looking for a degree in Actuarial Science and excellent Excel skills. Bahasa Malaysia and \
        Mandarin are useful for working with our clients. Experience with group medical claims will help \
        your application.
        """)
    let (_, analysis) = Self.read(job)
    #expect(analysis.part(ofLineStarting: "Bahasa Malaysia") == .nice, "\(analysis.lines)")
    #expect(analysis.part(ofLineStarting: "Experience with group") == .nice, "\(analysis.lines)")
    #expect(analysis.requirements.contains { $0.kind == .language && $0.term.contains("Mandarin") })
  }

  /// The job's own name in the text is no requirement: "Sebagai Presales Engineer, kamu akan …"
  /// in a posting for a Presales Engineer.
  @Test func theJobsOwnNameIsNoRequirement() {
    let job = JobPosting(
      slug: "p", title: "Presales Engineer – Enterprise Network & Wireless",
      body: """
        ## Kualifikasi
        - Sebagai Presales Engineer, kamu akan mempresentasikan solusi Cambium dan MikroTik
        """)
    let terms = Self.read(job).1.requirements.filter { $0.kind != .general }.map(\.term)
    #expect(!terms.contains { $0.contains("Presales") }, "\(terms)")
    #expect(terms.contains { $0.contains("MikroTik") }, "\(terms)")
  }

  /// A person the posting names by letters is a person wherever the letters stand, in the plural
  /// too; a credential's letters (RN) are still a term.
  @Test func lettersThatStandForAPersonAreNoRequirement() {
    let job = JobPosting(
      slug: "c", title: "Research Assistant",
      body: """
        ## Responsibilities
        - Support the Clinical Research Coordinator (CRC) and the other CRCs on site
        - Send the site's reports to the CRC every week
        - Hand over to the Assistant in Nursing (AIN) on each shift, and brief new AINs
        ## Requirements
        - Licensed as a Registered Nurse (RN)
        """)
    let terms = Self.read(job).1.requirements.filter { $0.kind != .general }.map(\.term)
    #expect(!terms.contains { $0.contains("CRC") || $0.contains("Coordinator") }, "\(terms)")
    #expect(!terms.contains { $0.contains("AIN") || $0.contains("Assistant") }, "\(terms)")
    #expect(terms.contains { $0.contains("Registered Nurse") || $0.contains("RN") }, "\(terms)")
  }

  /// Places are no terms: towns and cities of the countries Vita's users apply in (GeoNames), their
  /// states, provinces and regions, Indonesia's regencies and districts, and a name a word of place
  /// heads or ends, though the place itself is in no list ("Kabupaten …", "… Island").
  @Test(arguments: [
    "Cover the territory of Guimaras and Negros Occidental",
    "Melayani nasabah UMKM di wilayah Serdang Bedagai dan Asahan",
    "Visit customers' plants in Cibitung and Balaraja every week",
    "Kunjungan lapangan ke Kabupaten Banggailaut dan Kepulauan Sangkaraya",
    "Travel to the barangays of San Miguelito Island by boat",
    "Report to our newsroom in Petaling Jaya",
    "Travel to clinics in Quezon City and Makati",
    "Run campaigns across Selangor, Johor and Peninsular Malaysia",
  ])
  func placesAreNoTerms(line: String) {
    let job = JobPosting(slug: "p", title: "Officer", body: "## Responsibilities\n- \(line)\n")
    let terms = Self.read(job).1.requirements.filter { $0.kind != .general }.map(\.term)
    #expect(terms.isEmpty, "\(terms)")
  }

  /// A posting's SOP is the employer's own document, followed on the job: "follow SOPs strictly"
  /// and "ikut SOP food safety" name no gap; writing procedures is a skill, and is one.
  @Test(arguments: [
    ("- Careful, organised and able to follow SOPs strictly", false),
    ("- Jaga kebersihan dapur & bar, ikut SOP food safety", false),
    ("- Experience drafting SOPs for a laboratory", true),
  ])
  func aPostingsOwnSOPIsNoGap(line: String, isGap: Bool) {
    let job = JobPosting(slug: "s", title: "Technician", body: "## Requirements\n\(line)\n")
    let missing = Tailor(site: Fixture.site([Fixture.experience("a", skills: ["Excel"])])).tailor(job).report.missing
    #expect(missing.contains { $0.contains("SOP") } == isGap, "\(missing)")
  }

  /// Workplace practice and plant a duty works with (5R housekeeping, pumps) are skills the job
  /// teaches, not tools a newcomer lacks: a duty that names them names no gap.
  @Test(arguments: ["- Memastikan area kerja rapi sesuai standar 5R", "- Memeriksa pompa dan aerator setiap pagi"])
  func aDutysPracticeAndPlantAreNoGap(line: String) {
    let job = JobPosting(slug: "p", title: "Staff Produksi", language: .id, body: "## Tugas\n\(line)\n")
    let report = Tailor(site: Fixture.site([Fixture.experience("a", skills: ["Excel"])], language: .id)).tailor(job)
      .report
    #expect(report.missing.isEmpty, "\(report.missing)")
  }

  /// A regional language a field posting asks for is named missing as the ad names it, though
  /// the island shares its name: "bahasa Nias atau Batak Toba", "berbahasa Karo", "Maranao".
  @Test(arguments: [
    ("- Bisa bahasa Nias atau Batak Toba nilai plus", ["Nias", "Batak Toba"]),
    ("- Bisa berbahasa Karo (untuk posisi di Karo)", ["Karo"]),
    ("- Bisa berbahasa Batak Simalungun menjadi nilai plus", ["Batak Simalungun"]),
    ("- Speaks Maranao or Tausug", ["Maranao", "Tausug"]),
  ])
  func aRegionalLanguageIsNamedMissing(line: String, languages: [String]) {
    let job = JobPosting(slug: "r", title: "Enumerator", language: .id, body: "## Kualifikasi\n\(line)\n")
    let report = Tailor(site: Fixture.site([Fixture.experience("a", skills: ["Excel"])], language: .id)).tailor(job)
      .report
    for language in languages {
      #expect(report.missing.contains { $0.contains(language) }, "\(report.missing)")
    }
  }

  /// A Malaysian clinic's caption: "Apa yang kami bagi" opens the perks, so EPF and SOCSO are no
  /// tools to have, and the "doktor" a dental assistant works under is a dentist, not a doctorate.
  @Test func aMalayCaptionsPerksAndItsDoktorAreNoRequirements() {
    let job = JobPosting(
      slug: "m", title: "Dental Surgery Assistant",
      body: """
        Kelayakan 📋
        ✅ Boleh ambil X-ray periapical & OPG under supervision doktor
        ✅ Ada sijil CPR / BLS

        Apa yang kami bagi 🎁
        🏥 EPF, SOCSO, EIS
        """)
    let (_, analysis) = Self.read(job)
    #expect(analysis.part(ofLineStarting: "EPF") == .benefits, "\(analysis.lines.map { ($0.text, $0.part) })")
    let terms = analysis.requirements.map(\.term)
    #expect(
      !terms.contains { $0.contains("EPF") } && !analysis.requirements.contains { $0.kind == .degree }, "\(terms)")
  }

  /// A public body's notice numbers its sections and writes their names in capitals, with a
  /// translation in brackets where it is bilingual: "2. TUGAS DAN TANGGUNGJAWAB (DUTIES)". A
  /// numbered item in ordinary case stays an item.
  @Test func aNoticesNumberedSectionsInCapitalsAreHeadings() {
    let job = JobPosting(
      slug: "n", title: "Pegawai Sains Sukan",
      body: """
        1. JAWATAN
           Pegawai Sains Sukan (Kontrak), Gred S41
           Tempat bertugas: Unit Sains Sukan, Kompleks Sukan MSNPk, Ipoh
           Gaji: RM 3,100 sebulan + elaun

        2. TUGAS DAN TANGGUNGJAWAB (DUTIES)
           2.1 Menggunakan force plate (VALD ForceDecks) untuk pemantauan beban latihan.

        3. SYARAT LANTIKAN (REQUIREMENTS)
           3.1 Memiliki Sijil Kejurulatihan Sukan Kebangsaan (SKSK) Tahap 1.

        4. KUALIFIKASI TAMBAHAN
        1. Pengalaman dengan Lactate Pro 2
        """)
    let (_, analysis) = Self.read(job)
    // A place of duty is where the job is, though "bertugas" holds "tugas" (duties).
    #expect(analysis.part(ofLineStarting: "Unit Sains") == .other, "\(analysis.lines)")
    #expect(analysis.part(ofLineStarting: "Menggunakan") == .responsibilities, "\(analysis.lines)")
    #expect(analysis.part(ofLineStarting: "Memiliki") == .requirements, "\(analysis.lines)")
    #expect(analysis.part(ofLineStarting: "Pengalaman dengan") == .requirements, "\(analysis.lines)")
    let terms = analysis.requirements.map(\.term)
    #expect(terms.contains { $0.contains("ForceDecks") } && terms.contains { $0.contains("SKSK") }, "\(terms)")
  }

  /// A public notice heads its sections in capitals under a Roman numeral, with words beside the
  /// part's name: "III. PERSYARATAN KHUSUS TFL TEKNIK" opens requirements, "IV. HONORARIUM DAN
  /// FASILITAS" the pay, and neither the numeral nor "FASILITAS" is a tool to have.
  @Test func aNoticesSectionTitlesInCapitalsUnderANumeralAreHeadings() {
    let job = JobPosting(
      slug: "t", title: "Tenaga Fasilitator Lapangan",
      body: """
        II. PERSYARATAN UMUM
        1. Warga Negara Indonesia, usia maksimal 35 tahun;
        2. Memiliki SIM C dan kendaraan roda dua.

        III. PERSYARATAN KHUSUS TFL TEKNIK
        1. Pendidikan minimal S1 Teknik Lingkungan atau Teknik Sipil;
        2. Menguasai AutoCAD dan perhitungan RAB.

        IV. HONORARIUM DAN FASILITAS
        Honorarium setara UMK, BPJS Kesehatan dan BPJS Ketenagakerjaan, serta laptop kerja.
        """)
    let (_, analysis) = Self.read(job)
    #expect(analysis.part(ofLineStarting: "Menguasai") == .requirements, "\(analysis.lines)")
    #expect(analysis.part(ofLineStarting: "Honorarium setara") == .benefits, "\(analysis.lines)")
    let terms = analysis.requirements.map(\.term)
    #expect(terms.contains { $0.contains("AutoCAD") }, "\(terms)")
    #expect(!terms.contains { ["III", "FASILITAS", "HONORARIUM", "BPJS"].contains(where: $0.contains) }, "\(terms)")
  }

  /// A bilingual notice gives each heading in both languages with a slash between them and letters
  /// its items in brackets: "1. BIDANG TUGAS / DUTIES" heads the duties, "(a) Translate …" is an
  /// item, and "CARA MEMOHON / HOW TO APPLY" opens how to apply, whose portal and office ask for
  /// nothing. "Sekurang-kurangnya" (at least) opens a line as a word, not a name.
  @Test func aBilingualNoticesSlashedHeadingsAndBracketedItemsAreRead() {
    let job = JobPosting(
      slug: "b", title: "Language Officer",
      body: """
        1. BIDANG TUGAS / DUTIES
        (a) Translate official university documents between Bahasa Melayu and English, following the spelling of Dewan Bahasa dan Pustaka (DBP);
        (b) Update the university website in WordPress after translation;

        2. SYARAT LANTIKAN / REQUIREMENTS
        (e) Sekurang-kurangnya 1 tahun pengalaman dalam terjemahan / At least 1 year of experience in translation;
        (g) Knowledge of Mandarin is an advantage.

        3. CARA MEMOHON / HOW TO APPLY
        Applications must be made online through the university's e-Recruitment portal, with a resume.

        Bahagian Sumber Manusia / Human Resources Division
        """)
    let (_, analysis) = Self.read(job)
    #expect(analysis.part(ofLineStarting: "Translate") == .responsibilities, "\(analysis.lines)")
    #expect(analysis.part(ofLineStarting: "Update") == .responsibilities, "\(analysis.lines)")
    #expect(analysis.part(ofLineStarting: "Applications") == .apply, "\(analysis.lines)")
    let terms = analysis.requirements.map(\.term)
    #expect(terms.contains { $0.contains("WordPress") } && terms.contains { $0.contains("DBP") }, "\(terms)")
    #expect(terms.contains("Mandarin"), "\(terms)")
    #expect(
      !terms.contains { ["Sekurang", "Recruitment", "Bahagian", "Knowledge of"].contains(where: $0.contains) },
      "\(terms)")
  }

  /// A vacancy notice of an NGO or a public body heads its duties "Scope of work" and its
  /// context "Background", in capitals, under an outline's numeral.
  @Test func aVacancyNoticesScopeOfWorkListsTheDuties() {
    let job = JobPosting(
      slug: "v", title: "Community Health Nurse",
      body: """
        Monthly fee: PHP 33,000 plus allowances

        BACKGROUND

        The foundation has worked with rural health units since 1998.

        II. SCOPE OF WORK

        - Collect project monitoring data with KoboToolbox
        - Supervise sputum collection and transport to the GeneXpert sites
        """)
    let (_, analysis) = Self.read(job)
    #expect(analysis.part(ofLineStarting: "Collect") == .responsibilities, "\(analysis.lines)")
    #expect(analysis.part(ofLineStarting: "The foundation") == .about, "\(analysis.lines)")
    let terms = analysis.requirements.map(\.term)
    #expect(terms.contains { $0.contains("KoboToolbox") } && terms.contains { $0.contains("GeneXpert") }, "\(terms)")
  }

  /// "Of" joins the words of a name ("the NMC Test of Competence Part 1"), but a degree's name is
  /// the degree's: "a Bachelor of Industrial Engineering" asks for the field.
  @Test func ofJoinsANamesWordsButNotADegrees() {
    let job = JobPosting(
      slug: "o", title: "Staff Nurse",
      body: """
        ## Requirements
        - Passed the NMC Test of Competence Part 1 (CBT) before interview
        - We are looking for a Bachelor of Industrial Engineering with Lean experience
        """)
    let requirements = Self.read(job).1.requirements
    let terms = requirements.map(\.term)
    #expect(terms.contains { $0.contains("NMC Test of Competence Part 1") }, "\(terms)")
    #expect(!requirements.contains { $0.kind != .degree && $0.term.contains("Bachelor") }, "\(terms)")
    #expect(requirements.contains { $0.kind == .degree && $0.term.contains("Industrial Engineering") }, "\(terms)")
  }

  /// A named scale is its own tool: a nurse who scored MEWS has not used NEWS2, though both are
  /// early warning scores; and a duty to "provide first aid" asks for no "Provide First Aid" unit.
  @Test func aNamedScaleIsNotItsKindAndADutyIsNoUnit() {
    let job = JobPosting(
      slug: "n", title: "Staff Nurse",
      body: """
        ## Responsibilities
        - Provide first aid and nursing care to employees
        ## Requirements
        - Knowledge of NEWS2 and of the deteriorating patient
        """)
    let nurse = Fixture.experience(
      "ward", kind: .job, title: "Staff Nurse",
      highlights: ["Scored the Modified Early Warning Score (MEWS) of 12 patients every four hours"])
    let tailor = Tailor(site: Fixture.site([nurse]), postings: [job])
    let credentials = tailor.analysis(of: job).requirements.filter { $0.kind == .credential }.map(\.term)
    #expect(credentials.isEmpty, "\(credentials)")
    #expect(tailor.tailor(job).report.missing.contains("NEWS2"), "\(tailor.tailor(job).report.missing)")
  }

  /// "A or B C" says "A C or B C": the tester who did manual testing meets "manual or automation
  /// testing", and the KKN student who gave nutrition education meets "pernah kasih edukasi atau
  /// konseling gizi".
  @Test(arguments: [
    ("- Experience in manual or automation testing", "manual testing", Language.en),
    ("- Pernah kasih edukasi atau konseling gizi", "edukasi gizi", Language.id),
  ])
  func anItemBeforeATermSharesItsLastWords(line: String, held: String, language: Language) {
    let job = JobPosting(slug: "e", title: "Staff", language: language, body: "## Requirements\n\(line)\n")
    let intern = Fixture.experience("intern", kind: .internship, title: "Intern", skills: [held])
    let report = Tailor(site: Fixture.site([intern], language: language)).tailor(job).report
    #expect(report.missing.isEmpty, "\(report.missing)")
  }

  /// A chat message's "Tugasnya …" opens the duties, one a line below it whatever their length,
  /// and "Syaratnya …" the requirements, as headings would.
  @Test func aLineThatOpensWithItsPartsNameOpensTheList() {
    let job = JobPosting(
      slug: "w", title: "Admin Proyek", language: .id,
      body: """
        Tugasnya rekap progres pembangunan unit per blok dan per kavling tiap minggu
        Siapkan dokumen progres fisik untuk pencairan KPR dan akad di bank tiap bulan ya
        Input data unit rumah subsidi ke aplikasi SiKasep dan SIKUMBANG

        Syaratnya pendidikan min. D3/S1 Teknik Sipil atau Arsitektur
        Punya motor dan SIM C
        """)
    let (_, analysis) = Self.read(job)
    #expect(analysis.part(ofLineStarting: "Input data") == .responsibilities, "\(analysis.lines)")
    #expect(analysis.part(ofLineStarting: "Punya motor") == .requirements, "\(analysis.lines)")
    let terms = analysis.requirements.map(\.term)
    #expect(terms.contains { $0.contains("SiKasep") } && terms.contains { $0.contains("SIM C") }, "\(terms)")
  }

  /// A tool a duty is done with is no rule the duty keeps ("follow your stories' performance in
  /// Chartbeat" names a gap), and a tool's name in ordinary words counts only as written ("from
  /// idea to final cut" names no Final Cut).
  @Test func aToolADutyUsesIsNoRuleAndAPhraseIsNoTool() {
    let job = JobPosting(
      slug: "j", title: "Journalist",
      body: """
        ## What you will do
        - Write headlines and follow your stories' performance in Chartbeat
        - Take stories from idea to final cut
        """)
    let report = Tailor(site: Fixture.site([Fixture.experience("paper", title: "Campus paper")])).tailor(job).report
    #expect(report.missing == ["Chartbeat"], "\(report.missing)")
  }

  /// An aside that only insists sits inside a list of alternatives ("Trados Studio (wajib) atau
  /// memoQ" is met by memoQ), and LinkedIn's Premium lines ask for nothing.
  @Test func anInsistingAsideKeepsTheAlternativesAndPremiumLinesAskNothing() {
    let job = JobPosting(
      slug: "t", title: "Penerjemah", language: .id,
      body: """
        See how you compare to 87 applicants. Try Premium for IDR0

        Kualifikasi:
        - Menguasai CAT tools: Trados Studio (wajib) atau memoQ
        """)
    let translator = Fixture.experience("freelance", kind: .freelance, title: "Penerjemah lepas", skills: ["memoQ"])
    let tailor = Tailor(site: Fixture.site([translator], language: .id), postings: [job])
    #expect(tailor.analysis(of: job).part(ofLineStarting: "Try Premium") == .other)
    let report = tailor.tailor(job).report
    #expect(report.missing.isEmpty, "\(report.missing)")
  }

  /// A credential is proven by its holder naming it, not by its words near each other: "helped
  /// licence holders with bat box checks" holds no bat licence.
  @Test func aCredentialsWordsNearEachOtherProveNothing() {
    let job = JobPosting(
      slug: "e", title: "Assistant Ecologist", body: "## Desirable\n- A Natural England bat licence\n")
    let volunteer = Fixture.experience(
      "volunteer", kind: .volunteer, title: "Bat Survey Volunteer",
      highlights: ["Helped licence holders with bat box checks in two woodlands"])
    let report = Tailor(site: Fixture.site([volunteer])).tailor(job).report
    #expect(report.missing.contains { $0.contains("bat licence") }, "\(report.missing)")
  }

  /// A database proves SQL, and an advanced resuscitation course proves the basic one and CPR.
  @Test(arguments: [("Write basic SQL queries", "MySQL"), ("Current CPR certificate", "BLS")])
  func aKindOfTheThingProvesIt(line: String, held: String) {
    let job = JobPosting(slug: "k", title: "Officer", body: "## Requirements\n- \(line)\n")
    let intern = Fixture.experience("intern", kind: .internship, title: "Intern", skills: [held])
    let report = Tailor(site: Fixture.site([intern])).tailor(job).report
    #expect(report.missing.isEmpty, "\(report.missing)")
  }

  /// An abbreviation the ad defines where it asks for nothing ("join our Testing & Commissioning
  /// (T&C) team") is spelled either way where it asks: an entry that did the testing and
  /// commissioning proves "Prepare T&C reports".
  @Test func anAbbreviationDefinedInTheIntroductionIsSpelledEitherWay() {
    let job = JobPosting(
      slug: "t", title: "Graduate Engineer", company: "Voltara Power",
      body: """
        ## About the job
        We are looking for Graduate Engineers to join our Testing & Commissioning (T&C) team.

        ## What you will do
        - Prepare T&C reports for submission to the utility
        """)
    let engineer = Fixture.experience(
      "solar", kind: .job, title: "Junior Solar Engineer", skills: ["testing and commissioning"])
    let report = Tailor(site: Fixture.site([engineer])).tailor(job).report
    #expect(!report.missing.contains { $0.contains("T&C") }, "\(report.missing)")
  }

  /// A card asked for on a line of conditions is a credential, not the name of a place: "CIDB Green
  /// Card (or willing to obtain)" is asked for, and named missing when no entry holds it.
  @Test func aCardOnALineOfConditionsIsACredential() {
    let job = JobPosting(
      slug: "c", title: "Site Engineer",
      body: """
        ## What we are looking for
        - CIDB Green Card (or willing to obtain)
        - Willing to be placed in Ungaran, Kab. Semarang
        """)
    let tailor = Tailor(site: Fixture.site([Fixture.experience("course", kind: .course)]), postings: [job])
    let analysis = tailor.analysis(of: job)
    #expect(analysis.part(ofLineStarting: "CIDB") == .requirements)
    #expect(analysis.requirements.contains { $0.term == "CIDB Green Card" && $0.kind == .credential })
    #expect(analysis.part(ofLineStarting: "Willing to be placed") == .other)
  }

  /// A sentence that opens with the company's name and "adalah" (is) describes the company, though a
  /// board's header line above it asks for a degree: its clients' sectors and the tools its team uses
  /// are asked of no one.
  @Test func aSentenceOpeningWithTheCompanysNameDescribesIt() {
    let job = JobPosting(
      slug: "s", title: "SEO Content Writer", company: "PT Tumbuh Digital Kreatif", language: .id,
      body: """
        Surabaya, Jawa Timur · Full time · Hybrid
        Entry Level / Associate
        Bachelor's Degree

        Tumbuh Digital adalah digital marketing agency di Surabaya yang membantu 40+ klien, mulai dari \
        klinik, properti, pendidikan hingga brand F&B, tumbuh lewat SEO, konten dan iklan digital.

        Kualifikasi:
        - Terbiasa menggunakan WordPress
        """)
    let (_, analysis) = Self.read(job)
    #expect(analysis.part(ofLineStarting: "Tumbuh Digital adalah") == .about)
    #expect(!analysis.requirements.contains { Self.names($0.term, "properti") }, "\(analysis.requirements.map(\.term))")
  }

  /// A short word of grammar before a dot and a capital ends a sentence, as "e.g." and "min." do
  /// not: "… but we will train you. You must hold a Class D driving licence" asks for the licence
  /// as a requirement, not as the plus before it.
  @Test func aSentenceEndingInAShortWordEnds() {
    let job = JobPosting(
      slug: "f", title: "Field Service Engineer",
      body: """
        ## About you
        Basic PLC knowledge is an advantage, and ABB drives certification is a plus but we will train you. \
        You must hold a Class D driving licence, e.g. a Malaysian one.
        """)
    let (_, analysis) = Self.read(job)
    #expect(analysis.part(ofLineStarting: "Basic PLC") == .nice)
    #expect(analysis.part(ofLineStarting: "You must hold") == .requirements, "\(analysis.lines.map(\.text))")
    #expect(analysis.lines.contains { $0.text.hasSuffix("e.g. a Malaysian one.") })
  }

  /// Equipment a duty runs, and a method with a proper name, is named missing as a tool is:
  /// "Operate and maintain uninterruptible power supply systems and generator sets", "Karl Fischer
  /// titration" show what a recruiter screens for, unlike a duty in plain words ("Keep maintenance
  /// records").
  @Test func equipmentInTheDutiesIsAGap() {
    let job = JobPosting(
      slug: "d", title: "Facilities Engineer",
      body: """
        ## What you will do
        - Operate and maintain uninterruptible power supply systems and generator sets
        - Determine moisture by Karl Fischer titration
        - Keep maintenance records and process improvement logs
        """)
    let report = Fixture.reportWithoutEvidence(for: job)
    #expect(report.missing.contains { Self.names($0, "generator sets") }, "\(report.missing)")
    #expect(report.missing.contains { Self.names($0, "uninterruptible power supply") }, "\(report.missing)")
    #expect(report.missing.contains { Self.names($0, "Karl Fischer") }, "\(report.missing)")
    #expect(!report.missing.contains { Self.names($0, "process improvement") }, "\(report.missing)")
  }

  /// A target the work must keep, named among the duties ("clear breaks within SLA"), says how the
  /// work will be judged: no gap. Asked for among the requirements, it is one.
  @Test func aTargetOfTheDutiesIsNoGap() {
    let duty = JobPosting(
      slug: "o", title: "Payments Operations", body: "## What you will do\n- Clear breaks within SLA\n")
    #expect(!Fixture.reportWithoutEvidence(for: duty).missing.contains("SLA"))
    let asked = JobPosting(
      slug: "r", title: "Payments Operations", body: "## Requirements\n- Experience working to an SLA\n")
    #expect(Fixture.reportWithoutEvidence(for: asked).missing.contains("SLA"))
  }

  /// An abbreviation's definition may hold words of grammar, compounds and abbreviations: "Rencana
  /// Kerja dan Syarat-syarat (RKS)", "droplet digital PCR (ddPCR)" and "multibeam echosounder
  /// (MBES)", whose words written as one give two letters each, are each one term, named whole; a
  /// degree's "BSc" is no balanced scorecard (BSC).
  @Test func anAbbreviationIsDefinedAcrossSmallWordsAndAbbreviations() {
    let job = JobPosting(
      slug: "r", title: "Pengawas Lapangan", language: .id,
      body: """
        ## Tugas
        - Mengawasi pekerjaan sesuai gambar kerja dan Rencana Kerja dan Syarat-syarat (RKS)
        - Experience with droplet digital PCR (ddPCR) is a plus
        - Akuisisi data multibeam echosounder (MBES) di kapal survei
        ## Kualifikasi
        - BSc in Life Sciences or a related discipline
        """)
    let report = Fixture.reportWithoutEvidence(for: job)
    #expect(report.missing.contains { Self.names($0, "Rencana Kerja dan Syarat-syarat") }, "\(report.missing)")
    #expect(report.missing.contains { Self.names($0, "droplet digital PCR") }, "\(report.missing)")
    #expect(report.missing.contains { Self.names($0, "multibeam echosounder (MBES)") }, "\(report.missing)")
    #expect(!report.requirements.contains { $0.term == "BSc" }, "\(report.requirements.map(\.term))")
  }
}

extension PostingAnalysis {
  /// The part of the first line that starts with `start`.
  func part(ofLineStarting start: String) -> PostingPart? { lines.first { $0.text.hasPrefix(start) }?.part }
}
