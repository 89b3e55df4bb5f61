/// Words too common to be a posting's term, in English and Indonesian (folded).
public enum StopWords {
  public static let english: Set<String> = Set(
    """
    a about above after again against all also am an and any are as at be because been before being below
    between both but by can could did do does doing down during each either etc few for from further get gets
    had has have having he her here hers him his how i if in into is it its itself just may me might more most
    must my no nor not now of off on once only or other our ours out over own per please same she should so
    some such than that the their theirs them then there these they this those through to too under until up
    upon us very via was we well were what when where which while who whom why will with within without would
    you your yours yourself able across along already always among another anyone anything around based
    become etc e.g i.e including like make many much new one ones onto plus several since still take together
    two three four five using use used way ways work working year years join looking offer send want team teams
    help strong good great excellent related similar basic plus
    """.split(whereSeparator: \.isWhitespace).map(String.init))

  public static let indonesian: Set<String> = Set(
    """
    ada adalah adanya agar akan aku anda antara apa apabila atas atau bagaimana bagi bahwa baik banyak baru
    beberapa begitu belum benar berbagai bersama biasa bila bisa boleh buat bukan cara dalam dan dapat dari
    daripada dengan di dia diri ini itu jadi jika juga kalau kami kamu karena ke kita kepada ketika lagi lain
    lalu lebih maka mampu mana masih melalui mereka merupakan mungkin namun nanti oleh pada para perlu pernah
    saat saja sambil sampai sangat saya se sebagai sebelum secara sedang sehingga sejak sekali selain selalu
    seluruh semua sendiri seperti serta sesuai setelah setiap siapa suatu sudah supaya tanpa tapi telah tentang
    tersebut tetapi tidak untuk walau yang yaitu yakni ia nya pun hal kan lah juga menjadi memiliki terhadap
    hanya harus hingga kembali masing dimana tiap tanggung jawab minimal kami kamu anda kalian sejenisnya
    sekitar tahun bulan hari orang
    """.split(whereSeparator: \.isWhitespace).map(String.init))

  /// True when `word` (folded) is a stop word in either language.
  public static func isStopWord(_ word: String) -> Bool {
    english.contains(word) || indonesian.contains(word)
  }
}
