/// Inputs for code that reads text eight bytes at a time (the escapers): what it finds must not
/// depend on where in a word of eight bytes it stands.

/// Texts of every length from 0 to `longest` bytes' worth of pieces, `each` of each length: mostly
/// "a", with one of `pieces` at about one place in three, so that words of eight plain bytes come
/// between them. From a fixed seed, so that a failure repeats.
public func mixedTexts(of pieces: [String], seed: UInt64, longest: Int = 40, each: Int = 60) -> [String] {
  var state = seed
  var texts: [String] = []
  for length in 0...longest {
    for _ in 0..<each {
      var text = ""
      for _ in 0..<length {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        let pick = Int(state >> 59)
        text += pick < 20 ? "a" : pieces[pick % pieces.count]
      }
      texts.append(text)
    }
  }
  return texts
}

/// Every word of eight bytes that are `filler` but one, which is `byte`, at each `place`: for each
/// filler, each byte value and each place.
public func wordsWithOneByte(among fillers: [UInt8]) -> [(word: UInt64, byte: UInt8, place: Int, filler: UInt8)] {
  var words: [(word: UInt64, byte: UInt8, place: Int, filler: UInt8)] = []
  for filler in fillers {
    for byte in UInt8.min...UInt8.max {
      for place in 0..<8 {
        var bytes = [UInt8](repeating: filler, count: 8)
        bytes[place] = byte
        words.append((bytes.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }, byte, place, filler))
      }
    }
  }
  return words
}
