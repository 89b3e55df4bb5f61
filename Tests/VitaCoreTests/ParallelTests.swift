import Foundation
import Synchronization
import Testing

@testable import VitaCore

@Suite struct ParallelTests {
  /// Every index is taken once, by a worker that made its state first; there are no more workers
  /// than cores.
  @Test(arguments: [0, 1, 2, 7, 1000])
  func everyIndexOnceWithTheStateOfItsWorker(count: Int) {
    let workers = Mutex<Int>(0)
    let seen = Mutex<[Int: Int]>([:])
    Parallel.forEach(
      count,
      state: {
        workers.withLock {
          $0 += 1; return $0
        }
      }
    ) { worker, index in
      seen.withLock { $0[index, default: 0] += 1 }
      // Each worker's state is the number it drew when it started: one of those made.
      #expect(worker >= 1 && worker <= workers.withLock { $0 })
    }
    #expect(seen.withLock { $0 } == Dictionary(uniqueKeysWithValues: (0..<count).map { ($0, 1) }))
    #expect(workers.withLock { $0 } <= max(1, min(count, ProcessInfo.processInfo.activeProcessorCount)))
    if count == 0 { #expect(workers.withLock { $0 } == 0) }
  }

  /// A map gives every index's value in index order, whichever worker made it.
  @Test(arguments: [0, 1, 5, 1000])
  func mapKeepsTheOrder(count: Int) {
    #expect(Parallel.map(count) { $0 * $0 } == (0..<count).map { $0 * $0 })
    #expect(Parallel.map(count, state: { 7 }) { seven, index in seven + index } == (0..<count).map { 7 + $0 })
  }
}
