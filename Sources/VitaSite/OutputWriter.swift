import Foundation
import VitaCore

#if canImport(Glibc)
  import Glibc
#endif

/// Replaces an output folder as a whole, and only one that Vita made.
///
/// Files are written to a temporary sibling folder first; the old output is swapped out only
/// when every file is written, so a failed build leaves the previous output as it was.
public struct OutputWriter: Sendable {
  /// The file that marks a folder as Vita's own output.
  public static let marker = ".vita-output"

  public init() {}

  /// Why an output folder could not be written.
  public struct Failure: Error, Sendable, CustomStringConvertible {
    public var description: String
  }

  /// Makes `folder` hold exactly `files`. `finishing` runs on the staging folder once every file is
  /// in it, before the swap, to add files made from the written ones (PDFs printed from the HTML);
  /// when it throws, nothing is replaced.
  public func replace(
    folder: String, with files: OutputFiles, finishing: ((_ staging: URL) throws -> Void)? = nil
  ) throws(Failure) {
    let fileManager = FileManager.default
    let target = URL(fileURLWithPath: folder).standardizedFileURL
    try checkOwnership(of: target.path)
    for path in files.files.keys where !Self.isSafe(path) {
      throw Failure(description: "refusing to write '\(path)': it would land outside \(target.path)")
    }

    let parent = target.deletingLastPathComponent()
    let name = target.lastPathComponent
    let pid = ProcessInfo.processInfo.processIdentifier
    let staging = parent.appendingPathComponent(".\(name).vita-new-\(pid)")
    let retired = parent.appendingPathComponent(".\(name).vita-old-\(pid)")
    do {
      try fileManager.createDirectory(at: parent, withIntermediateDirectories: true)
      try? fileManager.removeItem(at: staging)
      try fileManager.createDirectory(at: staging, withIntermediateDirectories: true)
      let previous = fileManager.fileExists(atPath: target.path) ? target.path : nil
      try Self.write(files, into: staging.path, previous: previous)
      try Data("This folder is written by `vita build`; it is replaced as a whole on every build.\n".utf8)
        .write(to: staging.appendingPathComponent(Self.marker))
    } catch {
      try? fileManager.removeItem(at: staging)
      throw Failure(description: "could not write \(target.path): \(error.localizedDescription)")
    }
    do {
      try finishing?(staging)
    } catch {
      try? fileManager.removeItem(at: staging)
      throw Failure(description: "\(error)")
    }

    do {
      if fileManager.fileExists(atPath: target.path) {
        try fileManager.moveItem(at: target, to: retired)
        do {
          try fileManager.moveItem(at: staging, to: target)
        } catch {
          try? fileManager.moveItem(at: retired, to: target)
          throw error
        }
        Self.removeTree(retired.path)
      } else {
        try fileManager.moveItem(at: staging, to: target)
      }
    } catch {
      try? fileManager.removeItem(at: staging)
      throw Failure(description: "could not replace \(target.path): \(error.localizedDescription)")
    }
  }

  /// An output folder may be replaced when it is missing, empty, or marked as Vita's.
  public func checkOwnership(of folder: String) throws(Failure) {
    let fileManager = FileManager.default
    var isDirectory: ObjCBool = false
    guard fileManager.fileExists(atPath: folder, isDirectory: &isDirectory) else { return }
    if let destination = try? fileManager.destinationOfSymbolicLink(atPath: folder) {
      throw Failure(description: "\(folder) is a symbolic link (to \(destination)); Vita writes only real folders")
    }
    guard isDirectory.boolValue else {
      throw Failure(description: "\(folder) is a file, not a folder; choose another output folder")
    }
    let entries = (try? fileManager.contentsOfDirectory(atPath: folder)) ?? []
    if entries.isEmpty || entries.contains(Self.marker) { return }
    throw Failure(
      description:
        "\(folder) holds files that Vita did not write (it has no \(Self.marker) marker); Vita will not replace it. Move those files away or choose another folder with --output or --applications"
    )
  }

  /// Writes every file under `root` with plain system calls, on every core: on a site of ten thousand
  /// pages Foundation's `Data.write` was most of the write stage.
  ///
  /// A file whose bytes are the same in `previous` (the output being replaced) is hard-linked from
  /// there instead of written: a rebuild after a small change creates few new files, and removing
  /// the old output then frees few. Nothing is ever written through a link: staged files are only
  /// created, never opened again for writing.
  static func write(_ files: OutputFiles, into root: String, previous: String? = nil) throws {
    let paths = Array(files.files.keys)
    // Every folder, by depth: each level is made on every core once the level above it is there.
    var folders: Set<Substring> = []
    for path in paths {
      var directory = path[..<(path.utf8.lastIndex(of: UInt8(ascii: "/")) ?? path.startIndex)]
      while !directory.isEmpty, folders.insert(directory).inserted {
        directory = directory[..<(directory.utf8.lastIndex(of: UInt8(ascii: "/")) ?? directory.startIndex)]
      }
    }
    let levels = Dictionary(grouping: folders) { $0.utf8.count { $0 == UInt8(ascii: "/") } }
    let failures = FailureList()
    // Paths are resolved from the folders' descriptors: the kernel then walks only the relative part.
    let rootFolder = open(root, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    guard rootFolder >= 0 else {
      throw Failure(description: "could not open \(root): \(String(cString: strerror(errno)))")
    }
    defer { close(rootFolder) }
    let previousFolder = previous.map { open($0, O_RDONLY | O_DIRECTORY | O_CLOEXEC) } ?? -1
    defer { if previousFolder >= 0 { close(previousFolder) } }
    for depth in levels.keys.sorted() {
      let level = levels[depth]!
      DispatchQueue.concurrentPerform(iterations: level.count) { index in
        if mkdirat(rootFolder, String(level[index]), 0o755) != 0, errno != EEXIST {
          failures.add("the folder \(level[index]): \(String(cString: strerror(errno)))")
        }
      }
      if let first = failures.first { throw Failure(description: "could not make \(first)") }
    }
    let chunks = 8
    DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
      for index in stride(from: chunk, to: paths.count, by: chunks) {
        let path = paths[index]
        guard let data = files.files[path] else { continue }
        if previousFolder >= 0, Self.holds(path, in: previousFolder, data),
          linkat(previousFolder, path, rootFolder, path, 0) == 0
        {
          continue
        }
        let descriptor = openat(rootFolder, path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
          failures.add("\(path): \(String(cString: strerror(errno)))")
          continue
        }
        let complete = data.withUnsafeBytes { buffer -> Bool in
          guard let base = buffer.baseAddress else { return true }
          var offset = 0
          while offset < buffer.count {
            let written = Glibc.write(descriptor, base + offset, buffer.count - offset)
            if written <= 0 { return false }
            offset += written
          }
          return true
        }
        if !complete { failures.add("\(path): \(String(cString: strerror(errno)))") }
        if close(descriptor) != 0 { failures.add("\(path): \(String(cString: strerror(errno)))") }
      }
    }
    if let first = failures.first { throw Failure(description: "could not write \(first)") }
  }

  /// Whether `path` (relative to the folder `folder`) is a regular file, not a link, holding exactly `data`.
  static func holds(_ path: String, in folder: Int32, _ data: Data) -> Bool {
    let descriptor = openat(folder, path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
    guard descriptor >= 0 else { return false }
    defer { close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG, Int(status.st_size) == data.count
    else { return false }
    if data.isEmpty { return true }
    // One byte more than expected: a file that grew since fstat is not the same file.
    var existing = [UInt8](repeating: 0, count: data.count + 1)
    guard existing.withUnsafeMutableBytes({ FileIO.read(descriptor, into: $0) }) == data.count else { return false }
    return data.withUnsafeBytes { new in
      existing.withUnsafeBytes { memcmp(new.baseAddress!, $0.baseAddress!, data.count) == 0 }
    }
  }

  /// Deletes a folder Vita wrote with plain system calls, a large folder's entries shared out over
  /// every core; symbolic links are removed, never followed.
  static func removeTree(_ path: String) {
    var status = stat()
    guard lstat(path, &status) == 0 else { return }
    guard (status.st_mode & S_IFMT) == S_IFDIR else {
      unlink(path)
      return
    }
    let children = (FileIO.entries(of: path) ?? []).map(\.name)
    if children.count > 64 {
      DispatchQueue.concurrentPerform(iterations: children.count) { index in
        removeTree(path + "/" + children[index])
      }
    } else {
      for name in children { removeTree(path + "/" + name) }
    }
    rmdir(path)
  }

  /// Failures collected from several threads.
  private final class FailureList: @unchecked Sendable {
    private let lock = NSLock()
    private var messages: [String] = []

    func add(_ message: String) {
      lock.lock()
      messages.append(message)
      lock.unlock()
    }

    var first: String? {
      lock.lock()
      defer { lock.unlock() }
      return messages.sorted().first
    }
  }

  /// A relative path with no `..`, no empty part and no leading slash.
  static func isSafe(_ path: String) -> Bool {
    // Byte by byte: no backslash or NUL, and every part between slashes is neither empty, "." nor "..".
    var length = 0
    var dots = 0
    func isSafePart() -> Bool { length > 0 && !(length == dots && dots <= 2) }
    for byte in path.utf8 {
      switch byte {
      case UInt8(ascii: "/"):
        guard isSafePart() else { return false }
        (length, dots) = (0, 0)
      case UInt8(ascii: "\\"), 0:
        return false
      case UInt8(ascii: "."):
        (length, dots) = (length + 1, dots + 1)
      default:
        length += 1
      }
    }
    return isSafePart()
  }
}
