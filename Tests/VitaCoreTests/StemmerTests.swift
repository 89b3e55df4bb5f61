import Testing

@testable import VitaCore

@Suite struct EnglishStemmerTests {
  @Test(
    "forms of one word share a stem",
    arguments: [
      ["analysing", "analyzing", "analysis", "analyse", "analyze", "analysed", "analyzed", "analyses"],
      ["developing", "developed", "development", "develops", "develop"],
      ["organisation", "organization", "organizing", "organised", "organise"],
      ["managing", "managed", "management", "manage", "manages"],
      ["studies", "studied", "studying", "study"],
      ["testing", "tests", "tested", "test"],
      ["planning", "planned", "plans", "plan"],
      ["modelling", "modeling", "models", "model"],
      ["automation", "automated", "automate", "automating"],
      ["communication", "communicating", "communicates", "communicate"],
      ["statistics", "statistical"],
      ["dashboards", "dashboard"],
      ["warehousing", "warehouse"],
      ["environmental", "environment"],
      ["developmental", "development"],
    ])
  func sharedStem(forms: [String]) {
    let stems = Set(forms.map(EnglishStemmer.stem))
    #expect(stems.count == 1, "\(forms) gave \(stems)")
  }

  @Test(
    "the person is kept apart from the activity",
    arguments: [("analyst", "analysis"), ("manager", "management"), ("developer", "development")])
  func agentNouns(person: String, activity: String) {
    #expect(EnglishStemmer.stem(person) != EnglishStemmer.stem(activity))
  }

  @Test(
    "unrelated or short words are left alone",
    arguments: [
      ("sql", "sql"), ("data", "data"), ("string", "string"), ("status", "status"), ("c++", "c++"),
      ("node.js", "node.js"),
    ])
  func untouched(word: String, stem: String) {
    #expect(EnglishStemmer.stem(word) == stem)
  }
}

@Suite struct IndonesianStemmerTests {
  @Test(
    "affixes are removed with the standard recoding",
    arguments: [
      ("menganalisis", "analisis"), ("mengembangkan", "kembang"), ("memimpin", "pimpin"), ("menyusun", "susun"),
      ("menulis", "tulis"), ("pendidikan", "didik"), ("pengembangan", "kembang"), ("keberhasilan", "hasil"),
      ("diperbaiki", "baik"), ("bekerja", "kerja"), ("berkomunikasi", "komunikasi"), ("meningkatkan", "tingkat"),
      ("mengimplementasikan", "implementasi"), ("mengelola", "kelola"), ("mengedit", "edit"), ("pemasaran", "pasar"),
      ("kemampuannya", "mampu"), ("bukunya", "buku"), ("menyelenggarakan", "selenggara"), ("pemrograman", "program"),
      ("pekerjaan", "kerja"), ("menggunakan", "guna"), ("dikembangkan", "kembang"), ("pelatihan", "latih"),
      ("bacalah", "baca"), ("rumahmu", "rumah"), ("menciptakan", "cipta"), ("terbiasa", "biasa"),
    ])
  func stems(word: String, stem: String) {
    #expect(IndonesianStemmer.stem(word) == stem)
  }

  @Test(
    "roots and short words are kept whole",
    arguments: ["sekolah", "masalah", "kerja", "data", "tim", "kelola", "informasi", "peserta", "makan"])
  func roots(word: String) {
    #expect(IndonesianStemmer.stem(word) == word)
  }

  @Test func formsOfOneRootMeet() {
    let forms = ["menganalisis", "dianalisis", "analisis", "analisisnya"]
    #expect(Set(forms.map(IndonesianStemmer.stem)).count == 1)
  }
}

/// Words that a stemmer must keep apart, and forms it must bring together, as tailoring compares
/// them: two words match when they share a key (`TextReader.keys(of:isWord:translating:)`).
@Suite struct StemmingMatchTests {
  static func keys(_ word: String) -> WordKeys {
    var reader = TextReader(keyTable: KeyTable())
    return reader.keys(of: word, isWord: true)
  }

  static func match(_ a: String, _ b: String) -> Bool {
    var reader = TextReader(keyTable: KeyTable())
    return reader.keys(of: a, isWord: true).intersects(reader.keys(of: b, isWord: true))
  }

  @Test(
    "unrelated words stay apart",
    arguments: [
      ("programme", "programming"), ("brands", "branding"), ("accounts", "accounting"), ("market", "marketing"),
      ("pipes", "piping"),
      ("latihan", "melatih"), ("analyst", "analysis"), ("belajar", "mengajar"), ("pembelajaran", "pengajaran"),
      ("meliputi", "meliput"), ("literate", "liter"), ("nilai", "nila"),
    ])
  func apart(a: String, b: String) {
    #expect(!Self.match(a, b), "\(a) and \(b) must not match")
  }

  @Test(
    "forms of one word meet, across the confixes of Indonesian",
    arguments: [
      ("perencanaan", "rencana"), ("perencanaan", "merencanakan"), ("pelatihan", "melatih"), ("perusahaan", "usaha"),
      ("keberhasilan", "berhasil"), ("penjualan", "menjual"), ("programme", "program"), ("managing", "management"),
      ("belajar", "pembelajaran"), ("mengajar", "pengajaran"), ("centre", "center"), ("licence", "license"),
      ("colours", "color"), ("catalogue", "catalog"), ("travelled", "traveling"), ("paediatric", "pediatric"),
      ("memakai", "pakai"), ("dikuasai", "kuasa"),
    ])
  func together(a: String, b: String) {
    #expect(Self.match(a, b), "\(a) and \(b) must match")
  }
}

/// Ordinary words of work meet across English and Indonesian (data/language/translations.tsv), and
/// the person stays apart from the activity there too.
@Suite struct TranslationMatchTests {
  @Test(
    "a word meets its translation, in any of its forms",
    arguments: [
      ("students", "siswa"), ("warehouse", "gudang"), ("reports", "laporan"), ("teaching", "mengajar"),
      ("customers", "pelanggan"), ("delivery", "pengiriman"),
    ])
  func together(english: String, indonesian: String) {
    #expect(StemmingMatchTests.match(english, indonesian), "\(english) and \(indonesian) must match")
  }

  @Test(
    "a translation joins no other word",
    arguments: [("teacher", "mengajar"), ("teaching", "guru"), ("students", "belajar"), ("warehouse", "laporan")])
  func apart(english: String, indonesian: String) {
    #expect(!StemmingMatchTests.match(english, indonesian), "\(english) and \(indonesian) must not match")
  }
}
