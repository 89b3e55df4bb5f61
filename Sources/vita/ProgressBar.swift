import Foundation
import VitaCore
import VitaSite

/// A one-line progress bar on standard error, drawn only on a terminal and only for a long build
/// (past one second, or over 500 files): a short build prints its summary line and nothing else.
final class ProgressBar: @unchecked Sendable {
  private let lock = NSLock()
  private let started = Date()
  private var latest: BuildProgress?
  private var drawn = false
  private var timer: DispatchSourceTimer?

  /// Nil when standard error is not a terminal.
  static func forTerminal() -> ProgressBar? {
    isatty(STDERR_FILENO) == 1 ? ProgressBar() : nil
  }

  private init() {
    let timer = DispatchSource.makeTimerSource(queue: .global())
    timer.schedule(deadline: .now() + 1, repeating: 0.1)
    timer.setEventHandler { [weak self] in self?.draw() }
    timer.resume()
    self.timer = timer
  }

  func update(_ progress: BuildProgress) {
    lock.withLock { latest = progress }
    if (progress.files ?? 0) > 500 { draw() }
  }

  private func draw() {
    lock.withLock {
      guard let progress = latest else { return }
      guard Date().timeIntervalSince(started) > 1 || (progress.files ?? 0) > 500 else { return }
      let width = 24
      let filled = width * progress.stageIndex / BuildProgress.stageCount
      let bar = String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled)
      let files = progress.files.map { " \($0) files" } ?? ""
      let line =
        "\r[\(bar)] \(progress.stage)\(files) \(FixedPoint.text(Date().timeIntervalSince(started), places: 1)) s"
      FileHandle.standardError.write(Data((line + "\u{1B}[K").utf8))
      drawn = true
    }
  }

  /// Stops drawing and clears the line, before the summary is printed.
  func finish() {
    timer?.cancel()
    lock.withLock {
      if drawn { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
      drawn = false
      latest = nil
    }
  }
}
