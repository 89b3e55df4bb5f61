import Foundation
import VitaCore
import VitaSite

/// What `vita serve` holds: the last good build in memory, the current errors, and the open pages.
public actor LiveSite {
  /// The files of the last good build; nil until one succeeds.
  public private(set) var output: BuildOutput?
  /// The errors of the latest build when it failed; empty when it succeeded.
  public private(set) var errors: [Diagnostic] = []
  /// How many good builds there were.
  public private(set) var generation = 0
  private var listeners: [UUID: AsyncStream<Data>.Continuation] = [:]

  public init() {}

  /// A good build: served from now on, and every open page reloads.
  public func publish(_ output: BuildOutput) {
    self.output = output
    errors = []
    generation += 1
    broadcast(LiveReload.event("reload", data: "{\"generation\":\(generation)}"))
  }

  /// A failed build: the last good one stays served, and every open page shows the errors.
  public func fail(_ diagnostics: [Diagnostic]) {
    errors = diagnostics
    broadcast(LiveReload.errorEvent(diagnostics))
  }

  /// The events of one open page: `hello` at once, the current errors if any, then every change.
  public func listen() -> AsyncStream<Data> {
    let id = UUID()
    let (stream, continuation) = AsyncStream<Data>.makeStream(bufferingPolicy: .bufferingNewest(16))
    continuation.yield(LiveReload.event("hello", data: "{\"generation\":\(generation)}"))
    if !errors.isEmpty { continuation.yield(LiveReload.errorEvent(errors)) }
    continuation.onTermination = { _ in Task { await self.forget(id) } }
    listeners[id] = continuation
    return stream
  }

  /// A comment line to every page, so that a closed connection is noticed and dropped.
  public func heartbeat() {
    broadcast(Data(":\n\n".utf8))
  }

  public var listenerCount: Int { listeners.count }

  private func forget(_ id: UUID) {
    listeners[id] = nil
  }

  private func broadcast(_ event: Data) {
    for continuation in listeners.values { continuation.yield(event) }
  }
}
