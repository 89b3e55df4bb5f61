import Foundation
import Synchronization
import VitaCore
import VitaSite

/// What `vita serve` holds: the last good build in memory, the current errors, and the open pages.
/// Read by every connection's thread and written by the rebuilds, behind one lock.
public final class LiveSite: Sendable {
  private struct State {
    var output: BuildOutput?
    var errors: [Diagnostic] = []
    var generation = 0
    var listeners: [EventQueue] = []
  }

  private let state = Mutex(State())

  public init() {}

  /// The files of the last good build; nil until one succeeds.
  public var output: BuildOutput? { state.withLock { $0.output } }
  /// The errors of the latest build when it failed; empty when it succeeded.
  public var errors: [Diagnostic] { state.withLock { $0.errors } }
  /// The files of the last good build with its number, read together.
  public var outputAndGeneration: (BuildOutput, Int)? {
    state.withLock { state in state.output.map { ($0, state.generation) } }
  }
  /// How many good builds there were.
  public var generation: Int { state.withLock { $0.generation } }
  /// How many pages are listening.
  public var listenerCount: Int {
    state.withLock { state in
      state.listeners.removeAll { $0.isClosed }
      return state.listeners.count
    }
  }

  /// A good build: served from now on, and every open page reloads.
  public func publish(_ output: BuildOutput) {
    state.withLock { state in
      state.output = output
      state.errors = []
      state.generation += 1
      Self.broadcast(LiveReload.event("reload", data: "{\"generation\":\(state.generation)}"), in: &state)
    }
  }

  /// A failed build: the last good one stays served, and every open page shows the errors.
  public func fail(_ diagnostics: [Diagnostic]) {
    state.withLock { state in
      state.errors = diagnostics
      Self.broadcast(LiveReload.errorEvent(diagnostics), in: &state)
    }
  }

  /// The events of one open page: `hello` at once, the current errors if any, then every change.
  public func listen() -> EventQueue {
    let queue = EventQueue()
    state.withLock { state in
      queue.put(LiveReload.event("hello", data: "{\"generation\":\(state.generation)}"))
      if !state.errors.isEmpty { queue.put(LiveReload.errorEvent(state.errors)) }
      state.listeners.removeAll { $0.isClosed }
      state.listeners.append(queue)
    }
    return queue
  }

  private static func broadcast(_ event: Data, in state: inout State) {
    state.listeners.removeAll { $0.isClosed }
    for listener in state.listeners { listener.put(event) }
  }
}

/// The events waiting for one open page, oldest first; a page that stops reading keeps only the newest.
public final class EventQueue: Sendable {
  static let capacity = 16

  private struct State {
    var events: [Data] = []
    var closed = false
  }

  private let state = Mutex(State())
  /// Wakes the connection waiting in `next`.
  private let signal = DispatchSemaphore(value: 0)

  public init() {}

  public var isClosed: Bool { state.withLock { $0.closed } }

  /// Adds `event`, dropping the oldest when the page is too far behind.
  public func put(_ event: Data) {
    let added = state.withLock { state in
      guard !state.closed else { return false }
      state.events.append(event)
      if state.events.count > Self.capacity { state.events.removeFirst() }
      return true
    }
    if added { signal.signal() }
  }

  /// The next event; an empty one when none came within `timeout` seconds (time for a heartbeat),
  /// nil once the queue is closed.
  public func next(timeout: Double) -> Data? {
    while true {
      let taken: Data?? = state.withLock { state in
        if state.closed { return .some(nil) }
        return state.events.isEmpty ? nil : .some(state.events.removeFirst())
      }
      if let taken { return taken }
      if signal.wait(timeout: .now() + timeout) == .timedOut { return isClosed ? nil : Data() }
    }
  }

  /// No more events: the page has gone.
  public func close() {
    state.withLock { $0.closed = true }
    signal.signal()
  }
}
