import Foundation
import Testing

@testable import VitaCore

/// The loader writes its errors and warnings in the site's language, as the review does.
@Suite struct LoaderLanguageTests {
  /// A site with a mistake of each kind the loader reports, in `language`.
  func brokenSite(_ language: String) -> FileIO {
    let config = """
      title: T
      base_url: not a url
      colour: blue
      person:
        name: Rina
        private: [age]
      language: \(language)
      theme: {font: mono}
      """
    return memorySite(
      config: config,
      [
        "content/experiences/a.md": experienceFile(
          "title: A\nkind: internhsip\norganization: O\nstart: 2024-13\nhighlights: [[x]]\nhours: many\nlink: x"),
        "content/experiences/b.md": experienceFile("title: B\nkind: job\nstart: 2024-01\nend: 2023-05"),
        "content/experiences/c.md": experienceFile("title: C\nkind: project\nstart: 2024-01\nslug: f"),
        "content/experiences/f.md": experienceFile("title: F\nkind: project\nstart: 2024-01"),
        "content/experiences/d.md": "no front matter\n",
        "content/experiences/e.md": "   \n",
        "content/jobs/j.md": experienceFile("title: J\nurl: ftp://x\nlanguage: fr"),
      ])
  }

  @Test func anIndonesianSiteGetsEveryLoaderMessageInIndonesian() {
    let english = SiteLoader(files: brokenSite("en")).load(from: "/site").diagnostics
    let indonesian = SiteLoader(files: brokenSite("id")).load(from: "/site").diagnostics
    // The same findings, at the same places, with the same codes: only the words differ.
    #expect(english.count >= 15)
    #expect(english.map(\.code) == indonesian.map(\.code))
    #expect(
      english.map { "\($0.file):\($0.line):\($0.column)" }
        == indonesian.map { "\($0.file):\($0.line):\($0.column)" })
    for (en, id) in zip(english, indonesian) {
      #expect(en.message != id.message, "not translated: \(en.code): \(en.message)")
    }
    let messages = indonesian.map(\.message)
    #expect(messages.contains("'base_url' harus alamat lengkap, seperti https://anda.example.com/"))
    #expect(messages.contains("kunci 'colour' tidak dikenal"))
    #expect(messages.contains { $0.hasPrefix("kind 'internhsip' tidak dikenal; maksud Anda 'internship'?") })
    #expect(messages.contains("'start' harus tanggal yang ada, ditulis YYYY, YYYY-MM atau YYYY-MM-DD, bukan '2024-13'"))
    #expect(messages.contains("'hours' harus bilangan bulat"))
    #expect(messages.contains("'end' (2023-05) sebelum 'start' (2024-01)"))
    #expect(messages.contains("berkas ini kosong"))
    #expect(messages.contains("'url' harus alamat http atau https"))
    #expect(messages.contains("'language' harus en atau id, bukan 'fr'"))
    #expect(messages.contains("slug 'f' sudah dipakai oleh content/experiences/c.md; beri salah satunya `slug:` lain"))
    #expect(messages.contains("'organization' wajib diisi untuk kind job"))
    // English words of the English messages do not leak into the Indonesian ones.
    for message in messages {
      for word in ["must", "unknown", "required", "did you mean", "the file"] {
        #expect(!message.contains(word), "\(message)")
      }
    }
  }

  /// `vita serve` reuses an unchanged experience's parse; a change of the site's language is a change.
  @Test func aReusedParseFollowsTheSitesLanguage() {
    let experience = experienceFile("title: A\nkind: job\norganization: O\nstart: 2024-01\nhours: many")
    let cache = LoadCache()
    func load(_ language: String) -> [String] {
      var loader = SiteLoader(
        files: memorySite(
          config: "title: T\nbase_url: https://t.example/\nlanguage: \(language)\nperson:\n  name: Rina\n",
          ["content/experiences/a.md": experience]))
      loader.cache = cache
      return loader.load(from: "/site").diagnostics.map(\.message)
    }
    #expect(load("en") == ["'hours' must be a whole number"])
    #expect(load("id") == ["'hours' harus bilangan bulat"])
    #expect(load("en") == ["'hours' must be a whole number"])
  }
}
