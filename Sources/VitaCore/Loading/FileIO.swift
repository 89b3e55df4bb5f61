import Foundation

/// The one seam between the pure core and the disk: reading only.
public struct FileIO: Sendable {
  /// The contents of a file, or nil when it does not exist or is not a regular file.
  public var read: @Sendable (_ path: String) -> Data?
  /// The names of the entries of a folder, or nil when it does not exist.
  public var list: @Sendable (_ path: String) -> [String]?
  /// Where a path really is, symbolic links followed; nil where there are no links (in memory).
  public var realPath: (@Sendable (_ path: String) -> String)?
  /// The contents of a regular file that is not itself a symbolic link; nil for a link, a folder or
  /// a missing file. A file read this way from a folder known to be inside the site is inside it too,
  /// and needs no `realPath`.
  public var readUnlinked: (@Sendable (_ path: String) -> Data?)?
  /// What a path that `read` gave nothing for is, when it is there but is not a regular file (links
  /// followed): "a FIFO (named pipe)", "a device", …; nil when it is missing, or a regular file.
  public var kind: (@Sendable (_ path: String) -> String?)?

  public init(
    read: @escaping @Sendable (String) -> Data?,
    list: @escaping @Sendable (String) -> [String]?,
    realPath: (@Sendable (String) -> String)? = nil,
    readUnlinked: (@Sendable (String) -> Data?)? = nil, kind: (@Sendable (String) -> String?)? = nil
  ) {
    self.read = read
    self.list = list
    self.realPath = realPath
    self.readUnlinked = readUnlinked
    self.kind = kind
  }

  /// The real file system, through POSIX calls: a site of 10,000 files is read on every core, and
  /// Foundation's wrappers (a stat, then an open; a path resolved by URL) cost more than the reading.
  public static let disk = FileIO(
    read: { path in readRegularFile(path) },
    list: { path in entries(of: path)?.map(\.name) },
    realPath: { path in
      guard let resolved = realpath(path, nil) else {
        // A path that does not exist (yet) is compared as written.
        return URL(fileURLWithPath: path).standardizedFileURL.path
      }
      defer { free(resolved) }
      return String(cString: resolved)
    },
    readUnlinked: { path in readRegularFile(path, followingLinks: false) },
    kind: { path in
      var status = stat()
      guard stat(path, &status) == 0 else { return nil }
      switch status.st_mode & S_IFMT {
      case S_IFREG: return nil
      case S_IFDIR: return "a folder"
      case S_IFIFO: return "a FIFO (named pipe)"
      case S_IFSOCK: return "a socket"
      case S_IFCHR, S_IFBLK: return "a device"
      default: return "not a file"
      }
    }
  )

  /// The bytes of a regular file, or nil for a folder or a missing file; a symbolic link is followed
  /// or, when `followingLinks` is false, read as nil.
  public static func readRegularFile(_ path: String, followingLinks: Bool = true) -> Data? {
    readRegularFile(atFolder: AT_FDCWD, path, followingLinks: followingLinks)
  }

  /// The same for `path` relative to the folder open as `folder`.
  public static func readRegularFile(atFolder folder: Int32, _ path: String, followingLinks: Bool = false) -> Data? {
    // Not blocking: opening a FIFO waits for a writer, which would hang the build; its type is
    // refused below, as a device's is.
    let descriptor = openat(folder, path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | (followingLinks ? 0 : O_NOFOLLOW))
    guard descriptor >= 0 else { return nil }
    defer { close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else { return nil }
    var data = Data(count: Int(status.st_size))
    guard let filled = data.withUnsafeMutableBytes({ read(descriptor, into: $0) }) else { return nil }
    // A file that shrank while it was read is kept as far as it went.
    if filled < data.count { data.removeSubrange(filled...) }
    return data
  }

  /// Reads from `descriptor` into `buffer` until it is full or the file ends: the number of bytes
  /// read, or nil when reading fails.
  public static func read(_ descriptor: Int32, into buffer: UnsafeMutableRawBufferPointer) -> Int? {
    var filled = 0
    while filled < buffer.count {
      let count = Foundation.read(descriptor, buffer.baseAddress! + filled, buffer.count - filled)
      if count < 0, errno == EINTR { continue }
      guard count > 0 else { return count == 0 ? filled : nil }
      filled += count
    }
    return filled
  }

  /// What a folder entry is, as the folder itself tells (no `stat` per entry where it can).
  public enum EntryKind: Sendable {
    case file, folder, link, other
  }

  /// The entries of a folder, `.` and `..` left out, in the order the folder gives them; nil when
  /// it cannot be opened. Foundation's enumerator would also ask for every entry's attributes.
  public static func entries(of folder: String) -> [(name: String, kind: EntryKind)]? {
    guard let directory = opendir(folder) else { return nil }
    defer { closedir(directory) }
    return entries(of: directory)
  }

  /// Opens the folder `name` in the folder open as `parent` (a link is not followed), and gives its
  /// descriptor and entries to `body`: a walk over a tree opens each folder from its parent's, and
  /// the kernel then walks no path from the root. Nil when it cannot be opened.
  public static func withEntries<Result>(
    of name: String, in parent: Int32, _ body: (_ folder: Int32, _ entries: [(name: String, kind: EntryKind)]) -> Result
  ) -> Result? {
    let descriptor = openat(parent, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
    guard descriptor >= 0 else { return nil }
    guard let directory = fdopendir(descriptor) else {
      close(descriptor)
      return nil
    }
    defer { closedir(directory) }
    return body(dirfd(directory), entries(of: directory))
  }

  private static func entries(of directory: OpaquePointer) -> [(name: String, kind: EntryKind)] {
    var found: [(name: String, kind: EntryKind)] = []
    while let entry = readdir(directory) {
      let name = withUnsafePointer(to: entry.pointee.d_name) {
        $0.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { String(cString: $0) }
      }
      if name == "." || name == ".." { continue }
      var kind: EntryKind
      switch Int32(entry.pointee.d_type) {
      case Int32(DT_REG): kind = .file
      case Int32(DT_DIR): kind = .folder
      case Int32(DT_LNK): kind = .link
      case Int32(DT_UNKNOWN):
        // Some file systems do not say: ask, without following a link.
        var status = stat()
        guard fstatat(dirfd(directory), name, &status, AT_SYMLINK_NOFOLLOW) == 0 else { continue }
        switch status.st_mode & S_IFMT {
        case S_IFREG: kind = .file
        case S_IFDIR: kind = .folder
        case S_IFLNK: kind = .link
        default: kind = .other
        }
      default: kind = .other
      }
      found.append((name, kind))
    }
    return found
  }

  /// Files held in memory, keyed by path; folders are implied by the paths.
  public static func memory(_ files: [String: String]) -> FileIO {
    FileIO(
      read: { path in files[path].map { Data($0.utf8) } },
      list: { path in
        let prefix = path.hasSuffix("/") ? path : path + "/"
        let names = files.keys.filter { $0.hasPrefix(prefix) }.map { String($0.dropFirst(prefix.count)) }
          .filter { !$0.contains("/") }
        return names.isEmpty ? nil : names
      }
    )
  }
}
