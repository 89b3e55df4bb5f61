/// Words too common to be a posting's term, in English and Indonesian (folded): the lists in
/// `data/language/stopwords-en.txt` and `stopwords-id.txt`.
public enum StopWords {
  public static let english = TailoringData.wordList(BuiltInData.files["language/stopwords-en.txt"] ?? "")
  public static let indonesian = TailoringData.wordList(BuiltInData.files["language/stopwords-id.txt"] ?? "")

  /// True when `word` (folded) is a stop word in either language.
  public static func isStopWord(_ word: String) -> Bool {
    english.contains(word) || indonesian.contains(word)
  }
}
