import Foundation

/// What `vita serve` keeps between builds: each experience file as it was read, so that a rebuild
/// parses only the files whose text changed.
///
/// An entry is used only when the file's text is the same as when it was parsed, so the cache
/// never needs to be told what changed; the load's other inputs (`today`, drafts) are fixed per cache.
public final class LoadCache: @unchecked Sendable {
  struct Entry {
    var text: String
    var experience: Experience?
    var diagnostics: [Diagnostic]
  }

  private let lock = NSLock()
  private var entries: [String: Entry] = [:]
  /// How many experiences the last load took from the cache and how many it parsed.
  public private(set) var reused = 0
  public private(set) var parsed = 0

  public init() {}

  func entry(for file: String, text: String) -> Entry? {
    lock.lock()
    defer { lock.unlock() }
    guard let entry = entries[file], entry.text == text else { return nil }
    reused += 1
    return entry
  }

  func store(_ entry: Entry, for file: String) {
    lock.lock()
    defer { lock.unlock() }
    entries[file] = entry
    parsed += 1
  }

  /// Starts a load: forgets the files that are gone and resets the counts.
  func begin(keeping files: Set<String>) {
    lock.lock()
    defer { lock.unlock() }
    entries = entries.filter { files.contains($0.key) }
    reused = 0
    parsed = 0
  }
}
