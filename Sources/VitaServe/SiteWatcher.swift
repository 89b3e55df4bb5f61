import Foundation

/// Notices changes to a site's files by polling their modification times and sizes.
///
/// Polling every ~200 ms is portable (Linux, macOS, network and container mounts) and cheap for
/// a site of a few hundred files; a change is seen within one interval.
public struct SiteWatcher: Sendable {
  /// The files and folders watched, recursively.
  public let roots: [String]

  public init(roots: [String]) {
    self.roots = roots
  }

  /// The watched places of a site folder: vita.yml, content/, templates/ and static/, plus a theme folder.
  public static func forSite(_ source: String, theme: String? = nil) -> SiteWatcher {
    var roots = ["vita.yml", "content", "templates", "static"].map { source + "/" + $0 }
    if let theme, !theme.hasPrefix(source + "/") { roots.append(theme) }
    return SiteWatcher(roots: roots)
  }

  /// What a file looked like: enough to tell that it changed.
  public struct Stamp: Equatable, Sendable {
    var seconds: Int
    var nanoseconds: Int
    var size: Int64
  }

  /// Every file under the roots with its stamp; hidden entries (editors' swap files) are left out.
  /// Folders are not stamped: a file added or removed shows as a key that appears or goes.
  public func snapshot() -> [String: Stamp] {
    var result: [String: Stamp] = [:]
    for root in roots {
      if let rootStamp = Self.stamp(root) { result[root] = rootStamp }
      guard let enumerator = FileManager.default.enumerator(atPath: root) else { continue }
      for case let relative as String in enumerator {
        if relative.split(separator: "/").contains(where: { $0.hasPrefix(".") }) { continue }
        let path = root + "/" + relative
        if let stamp = Self.stamp(path) { result[path] = stamp }
      }
    }
    return result
  }

  static func stamp(_ path: String) -> Stamp? {
    var info = stat()
    guard stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
    #if canImport(Darwin)
      return Stamp(
        seconds: Int(info.st_mtimespec.tv_sec), nanoseconds: Int(info.st_mtimespec.tv_nsec), size: Int64(info.st_size))
    #else
      return Stamp(seconds: Int(info.st_mtim.tv_sec), nanoseconds: Int(info.st_mtim.tv_nsec), size: Int64(info.st_size))
    #endif
  }

  /// The paths that differ between two snapshots: changed, added or removed.
  public static func changes(from old: [String: Stamp], to new: [String: Stamp]) -> [String] {
    var changed = new.filter { old[$0.key] != $0.value }.map(\.key)
    changed += old.keys.filter { new[$0] == nil }
    return changed.sorted()
  }
}
