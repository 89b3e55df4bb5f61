/// The word lists the review judges highlights by, per language. All entries are lower-case.
///
/// They are documented here rather than in prose so that the docs and the code cannot drift:
/// a highlight is English or Indonesian by `stopWords`; it starts well when its first word is in
/// `actionVerbs` or `outcomeOpenings` (either language, since people mix them; English present tenses
/// and other `-ed` words, and Indonesian `mem-`/`men-`/`meng-`/`meny-` words count too); it has a measurable result when it holds
/// a number, `%`, an amount (`Rp`, `$`, `€`), a word in `numberWords` or `durationWords`; it has a
/// named outcome when it holds a phrase in `outcomePhrases`.
public struct WordLists: Sendable {
  public var stopWords: Set<String>
  public var actionVerbs: Set<String>
  /// Weak openings: a highlight starting with one of these reads as a task, not a result.
  public var weakOpenings: [String]
  /// Weak phrases anywhere in a highlight.
  public var weakPhrases: [String]
  public var numberWords: Set<String>
  public var durationWords: Set<String>
  public var outcomePhrases: [String]
  /// Result-first openings that are not verbs but are as good: `Finalist …`, `Juara 1 …`.
  public var outcomeOpenings: Set<String>
  /// Example verbs for messages.
  public var exampleVerbs: [String]

  public static func words(for language: Language) -> WordLists {
    switch language {
    case .en: english
    case .id: indonesian
    }
  }

  public static let english = WordLists(
    stopWords: [
      "the", "a", "an", "and", "of", "to", "in", "for", "with", "by", "on", "that", "from", "at", "as", "into",
      "over", "per", "which", "who", "their", "my", "our", "its", "it", "is", "was", "were", "be", "been", "this",
      "these", "those", "than", "after", "before", "while", "using", "across", "each", "every", "all", "more",
      "less", "up", "down", "out", "about", "through", "during", "within", "without", "under", "between", "team",
      "new", "weekly", "monthly", "i", "we", "they", "or", "but", "not", "so", "one",
    ],
    actionVerbs: [
      "accelerated", "achieved", "acquired", "adapted", "addressed", "administered", "advised", "advocated",
      "analysed", "analyzed", "applied", "appointed", "architected", "arranged", "assembled", "assessed", "audited",
      "authored", "automated", "awarded", "balanced", "began", "boosted", "briefed", "brought", "budgeted",
      "built", "calculated", "campaigned", "captained", "catalogued", "chaired", "championed", "charted",
      "clarified", "classified", "coached", "coded", "collaborated", "collected", "combined", "communicated",
      "compiled", "completed", "composed", "computed", "conceived", "conducted", "configured", "consolidated",
      "constructed", "consulted", "contributed", "converted", "coordinated", "co-founded", "cofounded", "created",
      "curated", "cut", "debugged", "decreased", "defined", "delivered", "demonstrated", "deployed", "designed",
      "detected", "determined", "developed", "devised", "diagnosed", "digitised", "digitized", "directed",
      "discovered", "documented", "doubled", "drafted", "drove", "earned", "edited", "educated", "eliminated",
      "enabled", "engineered", "enhanced", "established", "estimated", "evaluated", "exceeded", "executed",
      "expanded", "expedited", "experimented", "explained", "explored", "extracted", "facilitated", "finished",
      "fixed", "forecast", "forecasted", "formed", "formulated", "fostered", "founded", "gained", "gathered",
      "generated", "grew", "guided", "halved", "handled", "headed", "hired", "hosted", "identified", "illustrated",
      "implemented", "improved", "increased", "influenced", "initiated", "innovated", "inspected", "installed",
      "instituted", "instructed", "integrated", "interviewed", "introduced", "invented", "investigated", "launched",
      "lectured", "led", "lifted", "lowered", "maintained", "managed", "mapped", "marketed", "maximised",
      "maximized", "measured", "mentored", "merged", "migrated", "minimised", "minimized", "modelled", "modeled",
      "moderated", "modernised", "modernized", "monitored", "motivated", "negotiated", "optimised", "optimized",
      "orchestrated", "organised", "organized", "originated", "outperformed", "overhauled", "oversaw", "painted",
      "partnered", "performed", "photographed", "piloted", "pioneered", "placed", "planned", "predicted",
      "prepared", "presented", "prioritised", "prioritized", "processed", "produced", "programmed", "promoted",
      "proposed", "prototyped", "published", "raised", "ran", "ranked", "rebuilt", "recognised", "recommended",
      "reconciled", "recorded", "recruited", "redesigned", "reduced", "refactored", "refined", "reorganised",
      "reorganized", "replaced", "reported", "represented", "researched", "resolved", "restructured", "revamped",
      "reviewed", "revised", "saved", "scaled", "scheduled", "secured", "selected", "served", "set", "shaped",
      "shipped", "simplified", "sold", "solved", "spearheaded", "sped", "spoke", "sponsored", "standardised",
      "standardized", "started", "steered", "streamlined", "strengthened", "structured", "summarised",
      "summarized", "supervised", "surpassed", "surveyed", "taught", "tested", "tracked", "trained", "transformed",
      "translated", "tripled", "troubleshot", "tutored", "uncovered", "unified", "upgraded", "validated",
      "visualised", "visualized", "volunteered", "won", "wrote",
    ],
    weakOpenings: [
      "helped", "assisted", "worked", "participated", "involved", "tasked", "duties", "handled various", "attended",
    ],
    weakPhrases: [
      "responsible for", "helped with", "helped to", "assisted with", "assisted in", "involved in", "participated in",
      "tasked with", "duties included", "in charge of", "worked on", "helped out", "attended",
    ],
    numberWords: [
      "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "fifteen", "twenty",
      "thirty", "forty", "fifty", "hundred", "hundreds", "thousand", "thousands", "million", "millions", "dozen",
      "dozens", "double", "doubled", "doubling", "triple", "tripled", "tripling", "halved", "halving", "halve",
      "halves", "half", "twice", "thrice",
    ],
    durationWords: [
      "seconds", "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "month", "months",
      "quarter", "quarters", "year", "years", "semester", "semesters",
    ],
    outcomePhrases: [
      "adopted", "launched", "won", "award", "awarded", "first place", "second place", "third place", "winner",
      "finalist", "champion", "promoted", "published", "featured in", "selected", "shortlisted", "certified",
      "merged", "shipped", "released", "deployed", "used by", "approved", "accepted", "recognised", "recognized",
      "scholarship", "grant", "patent", "best", "top", "honourable mention", "honorable mention", "graduated",
      "in production", "went live", "now used", "now use", "now uses", "now using", "became the default",
      "by a third", "by a quarter", "by half", "by two thirds", "cut in half",
    ],
    outcomeOpenings: [
      "winner", "finalist", "semifinalist", "champion", "runner-up", "recipient", "top", "first", "second", "third",
    ],
    exampleVerbs: ["Developed", "Led", "Analysed", "Increased", "Created", "Implemented"]
  )

  public static let indonesian = WordLists(
    stopWords: [
      "yang", "dan", "di", "ke", "dari", "untuk", "dengan", "dalam", "pada", "sebesar", "oleh", "ini", "itu",
      "adalah", "selama", "atau", "para", "sebagai", "serta", "bagi", "kepada", "tidak", "juga", "secara", "orang",
      "tim", "setiap", "menjadi", "hingga", "sampai", "agar", "sehingga", "karena", "saya", "kami", "mereka",
      "lebih", "dapat", "akan", "telah", "sudah", "bersama", "antara", "melalui", "tentang", "per", "hari",
      "baru", "sebuah", "seluruh", "semua", "berbasis", "beranggotakan", "peserta", "mahasiswa", "acara",
    ],
    actionVerbs: [
      "memimpin", "mengembangkan", "menganalisis", "meningkatkan", "menciptakan", "mengimplementasikan",
      "membangun", "membuat", "merancang", "mendesain", "menyusun", "mengelola", "mengoordinasikan",
      "mengkoordinasikan", "menyelenggarakan", "mengorganisasi", "mengorganisir", "melatih", "mengajar",
      "membimbing", "mementori", "menulis", "menerbitkan", "meluncurkan", "memperkenalkan", "menginisiasi",
      "mendirikan", "menggagas", "memprakarsai", "merintis", "mengotomatiskan", "mengotomatisasi",
      "menyederhanakan", "mempercepat", "memangkas", "mengurangi", "menurunkan", "menghemat", "menaikkan",
      "memperluas", "menumbuhkan", "menambah", "menghasilkan", "mencapai", "memenangkan", "meraih",
      "mendapatkan", "memperoleh", "menyelesaikan", "menuntaskan", "menerapkan", "mengintegrasikan",
      "memigrasikan", "memodernisasi", "memperbaiki", "menyempurnakan", "mengoptimalkan", "mengevaluasi",
      "menilai", "meneliti", "mengkaji", "mengidentifikasi", "menemukan", "memetakan", "memvisualisasikan",
      "memprediksi", "memodelkan", "mengukur", "memantau", "menguji", "memvalidasi", "mendokumentasikan",
      "menyajikan", "mempresentasikan", "memaparkan", "menyampaikan", "mengomunikasikan", "menegosiasikan",
      "merekrut", "mewawancarai", "memfasilitasi", "menginisiasikan", "mengadakan", "menjalankan",
      "mengeksekusi", "mengawasi", "mengarahkan", "mengampanyekan", "menggalang", "mengumpulkan", "menjual",
      "memasarkan", "mempromosikan", "menerjemahkan", "mengedit", "memproduksi", "menyunting", "mewakili",
      "berkolaborasi", "berkontribusi", "berhasil", "bermitra", "berinisiatif", "berpartisipasi",
      "diangkat", "dipercaya", "ditunjuk", "terpilih", "dipilih", "dianugerahi", "menjuarai",
    ],
    weakOpenings: ["membantu", "ikut", "terlibat", "bertugas", "bertanggung", "mengerjakan", "menghadiri"],
    weakPhrases: [
      "bertanggung jawab atas", "bertanggung jawab untuk", "terlibat dalam", "ikut serta", "ikut membantu",
      "membantu-bantu", "menghadiri",
    ],
    numberWords: [
      "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh", "sebelas", "belas", "puluh",
      "puluhan", "seratus", "ratus", "ratusan", "seribu", "ribu", "ribuan", "juta", "jutaan", "miliar", "lipat",
      "separuh", "setengah", "sepertiga", "seperempat", "berlipat",
    ],
    durationWords: ["detik", "menit", "jam", "hari", "minggu", "pekan", "bulan", "tahun", "semester", "triwulan"],
    outcomePhrases: [
      "juara", "diadopsi", "pemenang", "finalis", "penghargaan", "diterbitkan", "dipublikasikan", "diluncurkan",
      "dipromosikan", "terpilih", "digunakan oleh", "dipakai oleh", "lulus", "bersertifikat", "peringkat",
      "terbaik", "beasiswa", "diterima", "disetujui", "menang", "memenangkan", "meraih", "hibah", "paten",
      "kini dipakai", "kini digunakan", "sekarang dipakai", "sekarang digunakan", "kini memakai", "kini menggunakan",
    ],
    outcomeOpenings: ["juara", "finalis", "semifinalis", "pemenang", "penerima", "peringkat", "lulusan", "terbaik"],
    exampleVerbs: ["Mengembangkan", "Memimpin", "Menganalisis", "Meningkatkan", "Menciptakan"]
  )
}
