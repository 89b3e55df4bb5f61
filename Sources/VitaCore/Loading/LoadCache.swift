import Synchronization

/// What `vita serve` keeps between builds: values made from some inputs, each under a name, reused
/// while the inputs are equal to last time. The cache never needs to be told what changed.
public final class ReuseCache<Inputs: Equatable & Sendable, Value: Sendable>: Sendable {
  private struct State {
    var entries: [String: (inputs: Inputs, value: Value)] = [:]
    var reused = 0
    var made = 0
  }

  private let state = Mutex(State())

  public init() {}

  /// How many values the last build took from the cache, and how many it made.
  public var reused: Int { state.withLock { $0.reused } }
  public var made: Int { state.withLock { $0.made } }

  /// The value stored under `name`, when it was made from these inputs.
  public func value(for name: String, inputs: Inputs) -> Value? {
    state.withLock { state in
      guard let entry = state.entries[name], entry.inputs == inputs else { return nil }
      state.reused += 1
      return entry.value
    }
  }

  public func store(_ value: Value, madeFrom inputs: Inputs, for name: String) {
    state.withLock { state in
      state.entries[name] = (inputs, value)
      state.made += 1
    }
  }

  /// Starts a build: forgets the names that are gone and resets the counts.
  public func begin(keeping names: Set<String>) {
    state.withLock { state in
      state.entries = state.entries.filter { names.contains($0.key) }
      state.reused = 0
      state.made = 0
    }
  }
}

/// An experience file as it was parsed: the experience (nil when it had errors) and its findings.
public struct LoadedExperience: Sendable {
  var experience: Experience?
  var diagnostics: [Diagnostic]
}

/// What an experience file's parse depends on besides the load's fixed inputs: its text, and the
/// site's language, which its messages are written in.
public struct ExperienceSource: Equatable, Sendable {
  var text: String
  var language: Language
}

/// Each experience file as it was read, keyed by file and reused while its text (and the site's
/// language) is unchanged, so that a rebuild parses only the files whose text changed; the load's
/// other inputs (`today`, drafts) are fixed per cache.
public typealias LoadCache = ReuseCache<ExperienceSource, LoadedExperience>

extension ReuseCache where Inputs == ExperienceSource, Value == LoadedExperience {
  /// How many experiences the last load parsed.
  public var parsed: Int { made }
}
