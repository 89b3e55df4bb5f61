extension String {
  /// `body` on the UTF-8 bytes, read in place: `var copy = self; copy.withUTF8` retains a large
  /// string and releases it again, a pair of atomic operations per string written. A string not
  /// stored as UTF-8 (bridged) is copied.
  @inlinable @inline(__always)
  public func readingUTF8<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
    if let result = utf8.withContiguousStorageIfAvailable(body) { return result }
    var copy = self
    return copy.withUTF8(body)
  }
}
