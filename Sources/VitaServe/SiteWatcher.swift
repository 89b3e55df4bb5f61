import CVitaSystem
import Foundation
import Synchronization
import VitaCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Notices changes to a site's files: told by the kernel (inotify) on Linux, by polling their
/// modification times and sizes elsewhere, where inotify fails, or when asked (`--poll`).
///
/// Either way, what changed is the difference between two snapshots of the files' stamps, so both
/// report the same paths; inotify only says when to look. Polling stats every file five times a
/// second, where inotify sleeps (docs/performance.md).
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

  // MARK: Watching

  /// How changes are found: the kernel tells (inotify), or the files are looked at every interval.
  public enum Method: Sendable, Equatable {
    case inotify
    /// With why: asked for, a file system that inotify does not hear, or inotify failing.
    case polling(reason: String)
  }

  /// Starts watching on a thread of its own; each element of the stream is the sorted paths that
  /// changed since the one before. `poll` asks for polling whatever the system offers.
  public func watch(poll: Bool, interval: Double = 0.2) -> (changes: AsyncStream<[String]>, method: Method) {
    let (stream, continuation) = AsyncStream.makeStream(of: [String].self)
    var method = Method.polling(reason: "--poll")
    var watch: InotifyWatch?
    if !poll {
      if let fileSystem = Self.unheardFileSystem(roots) {
        method = .polling(reason: "a \(fileSystem) folder, whose changes inotify may not hear")
      } else {
        #if os(Linux)
          switch InotifyWatch.start(roots: roots) {
          case .success(let started):
            watch = started
            method = .inotify
          case .failure(let failure):
            method = .polling(reason: failure.description)
          }
        #else
          method = .polling(reason: "inotify is Linux's")
        #endif
      }
    }
    let seen = snapshot()
    let kernel = watch
    let stopped = Stopped()
    continuation.onTermination = { _ in
      stopped.stop()
      kernel?.wake()
    }
    let thread = Thread { [self, kernel] in
      var seen = seen
      while !stopped.isStopped {
        var named: [String] = []
        if let kernel {
          guard let events = kernel.next() else {
            kernel.close()
            // The watch broke (the queue overflowed, a watch could not be added): poll from here on.
            return self.poll(from: seen, interval: interval, into: continuation, until: stopped)
          }
          named = events
        } else {
          Thread.sleep(forTimeInterval: interval)
        }
        if stopped.isStopped { break }
        let now = snapshot()
        var changed = Self.changes(from: seen, to: now)
        // A save within the same clock tick at the same size leaves the stamps as they were; the
        // kernel still said which file was written.
        if changed.isEmpty { changed = named }
        seen = now
        if !changed.isEmpty { continuation.yield(changed) }
      }
      kernel?.close()
    }
    thread.name = "vita-watch"
    thread.start()
    return (stream, method)
  }

  /// Whether whoever read the changes has gone: the watching thread then ends.
  private final class Stopped: Sendable {
    private let flag = Mutex(false)
    var isStopped: Bool { flag.withLock { $0 } }
    func stop() { flag.withLock { $0 = true } }
  }

  private func poll(
    from seen: [String: Stamp], interval: Double, into continuation: AsyncStream<[String]>.Continuation,
    until stopped: Stopped
  ) {
    var seen = seen
    while !stopped.isStopped {
      Thread.sleep(forTimeInterval: interval)
      let now = snapshot()
      let changed = Self.changes(from: seen, to: now)
      seen = now
      if !changed.isEmpty { continuation.yield(changed) }
    }
  }

  /// The name of the file system of the first root that exists, when data/serve/polled-file-systems.tsv
  /// lists it: network and virtual-machine folders (NFS, SMB, WSL's 9p) whose changes made
  /// elsewhere never reach inotify.
  static func unheardFileSystem(_ roots: [String]) -> String? {
    let listed = DataFiles.keyed("serve/polled-file-systems.tsv")
    for root in roots {
      let type = vita_file_system_type(root)
      guard type >= 0 else { continue }
      return listed[String(type & 0xFFFF_FFFF, radix: 16)]
    }
    return nil
  }
}

#if os(Linux)
  /// Linux's inotify over the roots: a watch on every folder under each folder root, and on the
  /// folder that holds each root (for vita.yml, and for a root created, removed or renamed).
  ///
  /// Written here because no package wraps inotify for Swift on Linux (swift-system has no inotify;
  /// FSEvents is macOS only); Glibc declares the three calls. Events only say when to take a new
  /// snapshot: a folder created later gets its watches then, and files written into it before its
  /// watch existed are found by the snapshot. Unchecked Sendable: once started, only the watching
  /// thread touches it.
  final class InotifyWatch: @unchecked Sendable {
    /// Why the kernel cannot watch these roots.
    struct Failure: Error, CustomStringConvertible {
      var description: String
    }

    private let descriptor: Int32
    /// A pipe whose write end `wake()` writes to, so that a thread waiting in `next()` returns.
    private let wakePipe: (read: Int32, write: Int32)
    /// Each watch's folder, and for the folders holding roots, the names in them that matter (nil: all).
    private var folders: [Int32: (path: String, names: Set<String>?)] = [:]
    private let roots: [String]

    /// Every change a folder sees that could change a file in it.
    private static let mask = UInt32(
      IN_CLOSE_WRITE | IN_MODIFY | IN_MOVED_TO | IN_MOVED_FROM | IN_CREATE | IN_DELETE | IN_ATTRIB | IN_DELETE_SELF
        | IN_MOVE_SELF)

    private init(descriptor: Int32, roots: [String]) {
      self.descriptor = descriptor
      self.roots = roots
      var ends: [Int32] = [-1, -1]
      if pipe(&ends) == 0 {
        for end in ends { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
      }
      wakePipe = (ends[0], ends[1])
    }

    deinit {
      close()
      for end in [wakePipe.read, wakePipe.write] where end >= 0 { _ = Glibc.close(end) }
    }

    static func start(roots: [String]) -> Result<InotifyWatch, Failure> {
      do {
        let descriptor = inotify_init1(Int32(IN_CLOEXEC))
        guard descriptor >= 0 else {
          return .failure(Failure(description: "inotify is not available (\(String(cString: strerror(errno))))"))
        }
        let watch = InotifyWatch(descriptor: descriptor, roots: roots)
        var parents: [String: Set<String>] = [:]
        for root in roots {
          let url = URL(fileURLWithPath: root)
          parents[url.deletingLastPathComponent().path, default: []].insert(url.lastPathComponent)
        }
        for (parent, names) in parents.sorted(by: { $0.key < $1.key }) {
          if let failure = watch.add(parent, names: names) {
            watch.close()
            return .failure(failure)
          }
        }
        for root in roots {
          if let failure = watch.addTree(root) {
            watch.close()
            return .failure(failure)
          }
        }
        return .success(watch)
      }
    }

    private var isClosed = false

    /// Stops watching; the wake pipe stays until the watch itself goes.
    func close() {
      guard !isClosed else { return }
      isClosed = true
      _ = Glibc.close(descriptor)
    }

    /// Ends a wait in `next()`, which then returns nil.
    func wake() {
      var byte: UInt8 = 1
      _ = write(wakePipe.write, &byte, 1)
    }

    /// Watches `folder` itself; nil when it is watched or is not a folder, a failure when the kernel refuses.
    private func add(_ folder: String, names: Set<String>?) -> Failure? {
      let watch = inotify_add_watch(descriptor, folder, Self.mask | UInt32(IN_ONLYDIR))
      guard watch >= 0 else {
        if errno == ENOSPC {
          return Failure(
            description:
              "the system's limit of inotify watches is reached (raise fs.inotify.max_user_watches with sysctl)")
        }
        if errno == ENOMEM { return Failure(description: "inotify is out of memory") }
        return nil  // gone, or not a folder: nothing to watch
      }
      if let known = folders[watch], let knownNames = known.names {
        folders[watch] = (folder, names.map { knownNames.union($0) })
      } else if folders[watch] == nil {
        folders[watch] = (folder, names)
      }
      return nil
    }

    /// Watches `folder` and every folder under it, hidden ones aside.
    private func addTree(_ folder: String) -> Failure? {
      var isFolder: ObjCBool = false
      guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
        return nil
      }
      if let failure = add(folder, names: nil) { return failure }
      guard let enumerator = FileManager.default.enumerator(atPath: folder) else { return nil }
      for case let relative as String in enumerator {
        if relative.split(separator: "/").contains(where: { $0.hasPrefix(".") }) {
          enumerator.skipDescendants()
          continue
        }
        let path = folder + "/" + relative
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue else { continue }
        if let failure = add(path, names: nil) { return failure }
      }
      return nil
    }

    /// Blocks until something under the roots changes, then waits for the burst of events a save
    /// makes to end; returns the files the events named, or nil when the watch can no longer be
    /// trusted (the kernel's queue overflowed, or a new folder could not be watched).
    func next() -> [String]? {
      var named: [String] = []
      var waitMilliseconds: Int32 = -1
      while true {
        var requests = [
          pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0),
          pollfd(fd: wakePipe.read, events: Int16(POLLIN), revents: 0),
        ]
        let ready = poll(&requests, 2, waitMilliseconds)
        if ready < 0 {
          if errno == EINTR { continue }
          return nil
        }
        if requests[1].revents != 0 { return nil }
        if ready == 0 { return named }  // quiet for a moment: the burst is over
        guard let events = readEvents() else { return nil }
        named += events
        // An editor's save is several events (create, write, rename); a build of the site must see
        // all of them, not half a file.
        waitMilliseconds = 40
      }
    }

    private func readEvents() -> [String]? {
      var buffer = [UInt8](repeating: 0, count: 64 * 1024)
      let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
      guard count > 0 else { return count < 0 && (errno == EINTR || errno == EAGAIN) ? [] : nil }
      var named: [String] = []
      var offset = 0
      let header = 16  // struct inotify_event: wd, mask, cookie, len, then the name
      while offset + header <= count {
        let (watch, mask, length) = buffer.withUnsafeBytes { bytes in
          (
            bytes.loadUnaligned(fromByteOffset: offset, as: Int32.self),
            bytes.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self),
            Int(bytes.loadUnaligned(fromByteOffset: offset + 12, as: UInt32.self))
          )
        }
        let nameBytes = buffer[(offset + header)..<min(count, offset + header + length)].prefix { $0 != 0 }
        let name = String(decoding: nameBytes, as: UTF8.self)
        offset += header + length
        if mask & UInt32(IN_Q_OVERFLOW) != 0 { return nil }
        if mask & UInt32(IN_IGNORED) != 0 {
          folders[watch] = nil
          continue
        }
        guard let folder = folders[watch], !name.isEmpty, !name.hasPrefix(".") else { continue }
        if let names = folder.names, !names.contains(name) { continue }
        let path = folder.path + "/" + name
        if mask & UInt32(IN_ISDIR) != 0 {
          if mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0, isWatched(path), addTree(path) != nil { return nil }
          continue
        }
        named.append(path)
      }
      return named
    }

    /// Whether `path` is a root or lies under one.
    private func isWatched(_ path: String) -> Bool {
      roots.contains { path == $0 || path.hasPrefix($0 + "/") }
    }
  }
#else
  /// Only Linux has inotify; elsewhere the watcher polls.
  final class InotifyWatch: Sendable {
    func next() -> [String]? { nil }
    func close() {}
    func wake() {}
  }
#endif
