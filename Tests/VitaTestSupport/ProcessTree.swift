import Foundation

/// The processes below one process, read from /proc: how the PDF tests know that no browser is left.
public enum ProcessTree {
  /// The live processes (not zombies) whose parent, or parent's parent and so on, is `root`.
  public static func descendants(of root: Int32) -> Set<Int32> {
    var parents: [Int32: Int32] = [:]
    for entry in (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? [] {
      guard let pid = Int32(entry), let (parent, state) = status(of: pid), state != "Z" else { continue }
      parents[pid] = parent
    }
    var found: Set<Int32> = []
    var changed = true
    while changed {
      changed = false
      for (pid, parent) in parents where !found.contains(pid) && (parent == root || found.contains(parent)) {
        found.insert(pid)
        changed = true
      }
    }
    return found
  }

  /// Whether `pid` is a live process (a zombie is not: it has ended, and only waits to be reaped).
  public static func isAlive(_ pid: Int32) -> Bool {
    guard let (_, state) = status(of: pid) else { return false }
    return state != "Z"
  }

  /// Waits until none of `pids` is alive, at most `seconds` (a bound against a hang, not a timing);
  /// those still alive then.
  public static func waitUntilGone(_ pids: Set<Int32>, seconds: Double = 30) -> Set<Int32> {
    let deadline = Date().addingTimeInterval(seconds)
    var alive = pids.filter(isAlive)
    while !alive.isEmpty, Date() < deadline {
      usleep(50_000)
      alive = alive.filter(isAlive)
    }
    return alive
  }

  /// The parent and state letter of `pid`, from /proc/PID/stat ("pid (name) S ppid ...").
  private static func status(of pid: Int32) -> (parent: Int32, state: Character)? {
    guard let text = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
      let close = text.lastIndex(of: ")")
    else { return nil }
    let fields = text[text.index(after: close)...].split(separator: " ")
    guard fields.count > 1, let state = fields[0].first, let parent = Int32(fields[1]) else { return nil }
    return (parent, state)
  }
}
