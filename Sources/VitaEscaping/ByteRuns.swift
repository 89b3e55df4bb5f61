/// Splits `bytes` at the bytes `isSpecial` picks: `plain` gets each run of the others (never
/// empty), `special` each picked byte, in order. Eight bytes are tested at a time with
/// `mayHoldSpecial`, which must be true of every eight that hold a picked byte, and only such
/// eights are read byte by byte: most text has nothing to escape.
@inlinable @inline(__always)
func forEachRun(
  of bytes: UnsafeBufferPointer<UInt8>, mayHoldSpecial: (UInt64) -> Bool, isSpecial: (UInt8) -> Bool,
  plain: (UnsafeBufferPointer<UInt8>) -> Void, special: (UInt8) -> Void
) {
  guard let base = bytes.baseAddress else { return }
  let count = bytes.count
  var start = 0
  var index = 0
  while index < count {
    let stop = Swift.min(index + 8, count)
    // The last few bytes of a text of eight or more are tested with the eight that end it: the
    // bytes before them were read already, and reading them again changes nothing.
    if count >= 8, !mayHoldSpecial(UnsafeRawPointer(base + stop - 8).loadUnaligned(as: UInt64.self)) {
      index = stop
      continue
    }
    while index < stop {
      let byte = base[index]
      if isSpecial(byte) {
        if start < index { plain(UnsafeBufferPointer(start: base + start, count: index - start)) }
        special(byte)
        start = index + 1
      }
      index += 1
    }
  }
  if start < count { plain(UnsafeBufferPointer(start: base + start, count: count - start)) }
}
