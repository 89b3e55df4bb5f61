import Foundation
import Synchronization

/// Work spread over every core by workers that each keep state of their own.
public enum Parallel {
  /// Calls `body` once for every index of `0..<count`, on one worker per core. Each worker makes
  /// its state with `makeState` first, and takes the next index not yet taken each time it is free,
  /// in ascending order, so that long items put first are started first.
  public static func forEach<State>(
    _ count: Int, state makeState: @Sendable () -> State, _ body: @Sendable (inout State, Int) -> Void
  ) {
    guard count > 0 else { return }
    let next = Atomic<Int>(0)
    let workers = min(count, ProcessInfo.processInfo.activeProcessorCount)
    DispatchQueue.concurrentPerform(iterations: workers) { _ in
      var state = makeState()
      while true {
        let index = next.wrappingAdd(1, ordering: .relaxed).oldValue
        guard index < count else { break }
        body(&state, index)
      }
    }
  }

  /// Calls `body` once for every index of `0..<count`, as `forEach` does, with no state.
  public static func forEach(_ count: Int, _ body: @Sendable (Int) -> Void) {
    forEach(count, state: {}) { _, index in body(index) }
  }

  /// `transform` of every index of `0..<count`, in index order, made as `forEach` makes them.
  public static func map<State, Value>(
    _ count: Int, state makeState: @Sendable () -> State, _ transform: @Sendable (inout State, Int) -> Value
  ) -> [Value] {
    var values = [Value?](repeating: nil, count: count)
    values.withUnsafeMutableBufferPointer { buffer in
      nonisolated(unsafe) let buffer = buffer
      forEach(count, state: makeState) { state, index in
        buffer[index] = transform(&state, index)
      }
    }
    return values.map { $0! }
  }

  /// `transform` of every index of `0..<count`, in index order, made on every core.
  public static func map<Value>(_ count: Int, _ transform: @Sendable (Int) -> Value) -> [Value] {
    map(count, state: {}) { _, index in transform(index) }
  }
}
