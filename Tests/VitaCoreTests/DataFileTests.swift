import Foundation
import Testing

@testable import VitaCore

/// The data files under `data/`: each parses, each says where it comes from, and the binary
/// carries them as they are in the repository.
@Suite struct DataFileTests {
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("data").path

  static func repositoryFiles() -> [String] {
    (FileManager.default.enumerator(atPath: folder)?.allObjects as? [String] ?? [])
      .filter { $0.hasSuffix(".tsv") || $0.hasSuffix(".txt") }.sorted()
  }

  @Test func everyLineOfEveryTableParses() {
    #expect(TailoringData.builtIn.problems.isEmpty, "\(TailoringData.builtIn.problems)")
    #expect(TailoringData.builtIn.vocabulary.count > 2_000)
    #expect(!TailoringData.builtIn.partPhrases.isEmpty && !TailoringData.builtIn.degreeSpellings.isEmpty)
    #expect(!TailoringData.builtIn.suites.isEmpty)
    for cue in PostingCue.allCases {
      #expect(!(TailoringData.builtIn.cues[cue] ?? []).isEmpty, "no phrase for the cue \(cue.rawValue)")
    }
  }

  /// A table saved on Windows reads as the same rows: a carriage return and line feed end a line.
  @Test func aTableWithWindowsLineEndingsReadsRowByRow() {
    let rows = TailoringData.rows("tool\tZendesk | Freshdesk\r\n# a comment\r\n\r\nskill\tbookkeeping\r\n")
    #expect(rows.map(\.number) == [1, 4])
    #expect(rows.map(\.fields) == [["tool", "Zendesk | Freshdesk"], ["skill", "bookkeeping"]])
    #expect(TailoringData.spellings(rows[0].fields[1]) == ["Zendesk", "Freshdesk"])
    #expect(TailoringData.wordList("# words\r\nJakarta\r\nSurabaya\t# a city\r\n") == ["jakarta", "surabaya"])
  }

  /// A file added or edited under data/ after the last build is in the binary only once SwiftPM
  /// runs the EmbedData plugin again (a new file needs `touch Package.swift`).
  @Test func theBinaryCarriesTheRepositorysDataFiles() throws {
    let files = Self.repositoryFiles()
    #expect(files.count >= 20)
    #expect(Set(BuiltInData.files.keys) == Set(files), "run `touch Package.swift && swift build` after adding a file")
    for name in files {
      let text = try String(contentsOfFile: Self.folder + "/" + name, encoding: .utf8)
      #expect(BuiltInData.files[name]?.hasPrefix(text) == true, "\(name) changed since the last build")
    }
  }

  @Test func everyFileSaysWhereItComesFrom() throws {
    for name in Self.repositoryFiles() {
      let header = try String(contentsOfFile: Self.folder + "/" + name, encoding: .utf8)
        .split(separator: "\n").prefix { $0.hasPrefix("#") }.joined(separator: " ").lowercased()
      #expect(
        ["source", "compiled by", "written by"].contains { header.contains($0) },
        "\(name) must say in its header where it comes from")
    }
  }

  /// The review's word lists, from data/review/words.tsv: every list of every language is there.
  @Test(arguments: Language.allCases) func theReviewsWordListsAreRead(_ language: Language) {
    let lists = WordLists.words(for: language)
    let sizes = [
      lists.stopWords.count, lists.actionVerbs.count, lists.weakOpenings.count, lists.weakPhrases.count,
      lists.numberWords.count, lists.durationWords.count, lists.outcomePhrases.count, lists.outcomeOpenings.count,
      lists.exampleVerbs.count,
    ]
    #expect(!sizes.contains(0), "\(sizes)")
    #expect(lists.actionVerbs.contains(language == .en ? "analysed" : "menganalisis"))
    #expect(lists.outcomePhrases.allSatisfy { !$0.contains(",") && $0 == $0.trimmingCharacters(in: .whitespaces) })
  }

  /// A whole and its parts name entries of the vocabulary, or they prove nothing.
  @Test func everySuiteNamesKnownTerms() {
    var reader = TextReader(keyTable: .shared)
    for suite in TailoringData.builtIn.suites {
      for name in [suite.whole] + suite.parts {
        #expect(Vocabulary.builtIn.concept(spelledBy: reader.read(name)) != nil, "\(name) is in no vocabulary file")
      }
    }
  }

  /// An everyday tool names an entry of the vocabulary, or it waives nothing.
  @Test func everyEverydayToolIsKnown() {
    var reader = TextReader(keyTable: .shared)
    #expect(!TailoringData.builtIn.everydayTools.isEmpty)
    for name in TailoringData.builtIn.everydayTools {
      #expect(Vocabulary.builtIn.concept(spelledBy: reader.read(name)) != nil, "\(name) is in no vocabulary file")
    }
  }

  @Test func aSpellingBelongsToOneEntry() {
    var seen: [String: String] = [:]
    var clashes: [String] = []
    for line in TailoringData.builtIn.vocabulary {
      for spelling in line.spellings {
        let key = spelling.hasPrefix("=") ? String(spelling.dropFirst()) : spelling.lowercased()
        if let first = seen[key], first != line.place { clashes.append("\(spelling): \(first) and \(line.place)") }
        seen[key] = line.place
      }
    }
    #expect(clashes.isEmpty, "\(clashes.prefix(10))")
  }

  /// A word of translations.tsv means one thing: its stem is on one line in each language, or a
  /// word would be read as the translation of two.
  @Test func aTranslatedWordIsOnOneLine() {
    let lines = TailoringData.builtIn.translations
    #expect(lines.count > 100)
    var english: [String: String] = [:]
    var indonesian: [String: String] = [:]
    var clashes: [String] = []
    for line in lines {
      let name = line.english[0]
      for form in line.english {
        let stem = EnglishStemmer.stem(form)
        if let other = english[stem], other != name { clashes.append("\(form): \(other) and \(name)") }
        english[stem] = name
      }
      for form in line.indonesian {
        let stem = IndonesianStemmer.stem(form)
        if let other = indonesian[stem], other != name { clashes.append("\(form): \(other) and \(name)") }
        indonesian[stem] = name
      }
    }
    #expect(clashes.isEmpty, "\(clashes.prefix(10))")
  }
}
