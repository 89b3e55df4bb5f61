import CVitaSystem
import Foundation
import Synchronization
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
    folder: String, with files: OutputFiles, finishing: ((_ staging: URL) throws -> [String])? = nil
  ) throws(Failure) {
    // Each path is checked as it is written; one outside the folder fails the commit.
    let staging = try Staging(folder: folder)
    staging.write(files)
    try staging.commit(finishing: finishing)
  }

  /// An output folder may be replaced when it is missing, empty, or marked as Vita's with the
  /// manifest of what Vita wrote there. A marked folder from builds before manifests is trusted when
  /// it holds only what a build writes (`staticFiles` are the site's `static/` files, which a build
  /// copies), hidden entries and a CNAME aside, which are carried over.
  public func checkOwnership(of folder: String, staticFiles: Set<String> = []) throws(Failure) {
    let fileManager = FileManager.default
    var status = stat()
    guard lstat(folder, &status) == 0 else { return }
    if (status.st_mode & S_IFMT) == S_IFLNK {
      let destination = RealPath.of(folder)
      throw Failure(
        description:
          "\(folder) is a symbolic link (to \(destination)); Vita writes only real folders. Give the folder's own path, or remove the link"
      )
    }
    guard (status.st_mode & S_IFMT) == S_IFDIR else {
      throw Failure(description: "\(folder) is a file, not a folder; choose another output folder")
    }
    // A folder on another device than its parent is a mount point: it cannot be renamed, and a build
    // replaces its output folder by renaming.
    var parent = stat()
    if lstat(URL(fileURLWithPath: folder).deletingLastPathComponent().path, &parent) == 0,
      parent.st_dev != status.st_dev
    {
      throw Failure(
        description:
          "\(folder) is a mount point; a build replaces its output folder as a whole, by renaming it, which a mount point cannot be. Choose a folder inside it, such as \(folder)/site"
      )
    }
    let entries = (try? fileManager.contentsOfDirectory(atPath: folder)) ?? []
    if entries.isEmpty { return }
    guard entries.contains(Self.marker) else {
      throw Failure(
        description:
          "\(folder) holds files that Vita did not write (it has no \(Self.marker) marker); Vita will not replace it. Move those files away or choose another folder with --output or --applications"
      )
    }
    // The manifest is read in full when the folder is replaced; its first line says it is one.
    if OutputManifest.isWritten(in: folder) { return }
    if try OutputInventory.governingManifest(of: folder) != nil { return }
    let unexpected = try OutputInventory.take(of: folder, staticFiles: staticFiles).unexpected.sorted()
    guard unexpected.isEmpty else {
      let shown = unexpected.prefix(3).joined(separator: ", ") + (unexpected.count > 3 ? ", …" : "")
      throw Failure(
        description:
          "\(folder) has a \(Self.marker) marker but no \(OutputManifest.name) listing what Vita wrote, and it holds files that no build writes (\(shown)); Vita will not replace it. Move those files away, or choose another folder with --output or --applications"
      )
    }
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
      Parallel.forEach(children.count) { index in removeTree(path + "/" + children[index]) }
    } else {
      for name in children { removeTree(path + "/" + name) }
    }
    rmdir(path)
  }

  /// Whether `entry` is the name of a staging folder of the output `name` (any output when nil):
  /// `.NAME.vita-new-PID`, or `.NAME.vita-old-PID` for the output a build moved away.
  static func isStaging(_ entry: String, of name: String? = nil) -> Bool {
    guard entry.hasPrefix(".") else { return false }
    let rest = entry.dropFirst()
    for kind in [".vita-new-", ".vita-old-"] {
      guard let range = rest.range(of: kind, options: .backwards) else { continue }
      let pid = rest[range.upperBound...]
      if !pid.isEmpty, pid.allSatisfy({ $0.isASCII && $0.isNumber }),
        name.map({ rest[..<range.lowerBound] == $0 }) ?? true
      {
        return true
      }
    }
    return false
  }

  /// Removes the staging folders of the output `name` in `parent` that no running build holds (each
  /// build keeps its own locked, and the output it replaces too); never by age. When the output
  /// itself is missing, a build was killed between the two renames of a swap: the output it moved
  /// away is put back first.
  static func clearLeftovers(of name: String, in parent: String) {
    let target = parent + "/" + name
    var status = stat()
    var targetExists = lstat(target, &status) == 0
    let leftovers = (FileIO.entries(of: parent) ?? []).filter { $0.kind == .folder && isStaging($0.name, of: name) }
    // Moved-away outputs first, so that one can be put back before the rest go.
    for entry in leftovers.sorted(by: {
      ($0.name.contains(".vita-old-") ? 0 : 1, $0.name) < ($1.name.contains(".vita-old-") ? 0 : 1, $1.name)
    }) {
      let path = parent + "/" + entry.name
      let descriptor = open(path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
      guard descriptor >= 0 else { continue }
      defer { close(descriptor) }
      guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else { continue }  // a running build's
      // Only a whole output goes back: one with its marker.
      var marker = stat()
      if !targetExists, entry.name.contains(".vita-old-"), fstatat(descriptor, OutputWriter.marker, &marker, 0) == 0,
        rename(path, target) == 0
      {
        targetExists = true
        continue
      }
      removeTree(path)
    }
  }

  /// Failures collected from several threads.
  fileprivate final class FailureList: @unchecked Sendable {
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

extension OutputWriter {
  /// A folder being replaced: its files are written into a temporary sibling, from any thread and in
  /// any order (`vita build` writes each file as soon as it is rendered, see `OutputSink`), and the sibling
  /// takes the folder's place at `commit` only if every file was written. `abandon` removes it.
  ///
  /// Files are written with plain system calls, folders made when a file first needs them. A file whose
  /// bytes are the same in the output being replaced is hard-linked from there instead of written: a
  /// rebuild after a small change creates few new files, and removing the old output then frees few.
  /// Nothing is ever written through a link: a staged file is only ever created, never opened again.
  public final class Staging: @unchecked Sendable {
    public let target: URL
    /// The temporary sibling the files go to.
    public let folder: URL
    private let rootFolder: Int32
    private let previousFolder: Int32
    private let failures = FailureList()
    /// Every file written, with its size, for the manifest.
    private let sizes = Mutex<[String: Int]>([:])
    /// Folders this staging has made: a file in another one makes its folder (and those above it)
    /// before it is created, rather than failing to open and trying again (a site's pages are each
    /// in a folder of their own).
    private let madeFolders = Mutex<Set<Substring>>([])

    /// Checks that `folder` is Vita's to replace, and makes the empty sibling. The folders above
    /// `folder` are resolved first: the sibling is made beside the real folder. What builds that were
    /// killed left beside it goes first (see `OutputWriter.clearLeftovers`).
    ///
    /// The sibling is locked (`flock`) for as long as this build runs, and so, shared, is the folder
    /// it replaces: another build removes neither. The kernel drops the locks when the process ends,
    /// however it ends.
    public init(folder path: String, staticFiles: Set<String> = []) throws(Failure) {
      let fileManager = FileManager.default
      target = URL(fileURLWithPath: RealPath.ofParent(path))
      let parent = target.deletingLastPathComponent()
      folder = parent.appendingPathComponent(".\(target.lastPathComponent).vita-new-\(getpid())")
      do {
        try fileManager.createDirectory(at: parent, withIntermediateDirectories: true)
      } catch {
        throw Failure(description: "could not write \(target.path): \(error.localizedDescription)")
      }
      // Builds of the same folders make and clear their stagings one at a time: a staging is locked
      // before another build can look at it.
      let parentFolder = open(parent.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
      if parentFolder >= 0 { flock(parentFolder, LOCK_EX) }
      defer {
        if parentFolder >= 0 { close(parentFolder) }
      }
      OutputWriter.clearLeftovers(of: target.lastPathComponent, in: parent.path)
      try OutputWriter().checkOwnership(of: target.path, staticFiles: staticFiles)
      OutputWriter.removeTree(folder.path)
      guard mkdir(folder.path, 0o755) == 0 else {
        throw Failure(description: "could not write \(target.path): \(String(cString: strerror(errno)))")
      }
      // Paths are resolved from the folders' descriptors: the kernel then walks only the relative part.
      rootFolder = open(folder.path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
      guard rootFolder >= 0, flock(rootFolder, LOCK_EX | LOCK_NB) == 0 else {
        let reason = String(cString: strerror(errno))
        if rootFolder >= 0 { close(rootFolder) }
        OutputWriter.removeTree(folder.path)
        throw Failure(description: "could not write \(target.path): \(reason)")
      }
      previousFolder =
        fileManager.fileExists(atPath: target.path) ? open(target.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC) : -1
      if previousFolder >= 0 { flock(previousFolder, LOCK_SH | LOCK_NB) }
    }

    deinit {
      close(rootFolder)
      if previousFolder >= 0 { close(previousFolder) }
    }

    /// Writes one file now; a failure is reported by `commit`.
    public func write(_ data: Data, to path: String) {
      put(data, at: path)
    }

    /// Writes every file of `files`, on every core.
    public func write(_ files: OutputFiles) {
      let paths = Array(files.files.keys)
      Parallel.forEach(paths.count) { index in
        if let data = files.files[paths[index]] { put(data, at: paths[index]) }
      }
    }

    private func put(_ data: Data, at path: String) {
      guard OutputWriter.isSafe(path) else {
        failures.add("'\(path)': it would land outside \(target.path)")
        return
      }
      if let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) {
        let parent = path[..<slash]
        if !madeFolders.withLock({ $0.contains(parent) }), makeFolder(containing: path) {
          madeFolders.withLock { _ = $0.insert(parent) }
        }
      }
      sizes.withLock { $0[path] = data.count }
      if previousFolder >= 0, OutputWriter.holds(path, in: previousFolder, data),
        linkat(previousFolder, path, rootFolder, path, 0) == 0
      {
        return
      }
      let descriptor = openat(rootFolder, path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
      guard descriptor >= 0 else {
        failures.add("\(path): \(String(cString: strerror(errno)))")
        return
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

    /// Makes the folder `path` is in, and the folders above it that are missing; another thread may
    /// be making the same ones.
    private func makeFolder(containing path: String) -> Bool {
      guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return false }
      let parent = String(path[..<slash])
      if mkdirat(rootFolder, parent, 0o755) == 0 || errno == EEXIST { return true }
      guard errno == ENOENT, makeFolder(containing: parent) else { return false }
      return mkdirat(rootFolder, parent, 0o755) == 0 || errno == EEXIST
    }

    /// Puts the written folder in the target's place, after `finishing` ran on it (it returns the
    /// paths of the files it added); on any failure the written folder is removed and the target
    /// left as it was.
    public func commit(finishing: ((_ staging: URL) throws -> [String])? = nil) throws(Failure) {
      if let first = failures.first {
        abandon()
        throw Failure(
          description: first.hasPrefix("'") ? "refusing to write \(first)" : "could not write \(target.path): \(first)")
      }
      // The marker replaces a file of that name among the files (a posting's folder has one), which
      // may be a link to the old output's: unlinked, not written through.
      unlinkat(rootFolder, OutputWriter.marker, 0)
      put(
        Data("This folder is written by `vita build`; it is replaced as a whole on every build.\n".utf8),
        at: OutputWriter.marker)
      if let failure = failures.first {
        abandon()
        throw Failure(description: "could not write \(target.path): \(failure)")
      }
      do {
        for path in try finishing?(folder) ?? [] {
          var status = stat()
          if fstatat(rootFolder, path, &status, AT_SYMLINK_NOFOLLOW) == 0 {
            sizes.withLock { $0[path] = Int(status.st_size) }
          }
        }
      } catch {
        abandon()
        throw Failure(description: "\(error)")
      }
      do throws(Failure) {
        try writeManifest()
        try carryOver()
        try swap()
      } catch {
        abandon()
        throw error
      }
    }

    /// Puts the staging folder in the target's place: in one step where the system can exchange two
    /// paths (Linux's renameat2), so that the target always names one whole output; the previous
    /// output, then under the staging folder's name, is removed. Elsewhere in two renames, between
    /// which the previous output is `.NAME.vita-old-PID`, where the next build finds it if this one
    /// is killed there.
    private func swap() throws(Failure) {
      var status = stat()
      guard lstat(target.path, &status) == 0 else {
        guard rename(folder.path, target.path) == 0 else { throw failure("could not replace") }
        return
      }
      if vita_exchange(AT_FDCWD, folder.path, AT_FDCWD, target.path) == 0 {
        OutputWriter.removeTree(folder.path)
        return
      }
      guard errno == EINVAL || errno == ENOSYS || errno == ENOTSUP || errno == EOPNOTSUPP else {
        throw failure("could not replace")
      }
      let retired = target.deletingLastPathComponent()
        .appendingPathComponent(".\(target.lastPathComponent).vita-old-\(getpid())").path
      guard rename(target.path, retired) == 0 else { throw failure("could not replace") }
      guard rename(folder.path, target.path) == 0 else {
        let error = failure("could not replace")
        rename(retired, target.path)
        throw error
      }
      OutputWriter.removeTree(retired)
    }

    private func failure(_ what: String) -> Failure {
      Failure(description: "\(what) \(target.path): \(String(cString: strerror(errno)))")
    }

    /// Lists every file the build wrote, with its size, in the folder's manifest; the marker at the
    /// top goes without saying.
    private func writeManifest() throws(Failure) {
      var files = sizes.withLock { $0 }
      files[OutputWriter.marker] = nil
      put(OutputManifest(files: files).data, at: OutputManifest.name)
      if let failure = failures.first { throw Failure(description: "could not write \(target.path): \(failure)") }
    }

    /// Links what the folder being replaced holds that Vita did not write (CNAME, .nojekyll, .git, a
    /// note of the person's) into the staging folder, at the same paths: it outlives the swap, and a
    /// build that stops before it still has it where it was. A file of someone else's where this build
    /// writes one of its own stops the build rather than be lost.
    private func carryOver() throws(Failure) {
      guard previousFolder >= 0 else { return }
      let foreign = try OutputInventory.take(of: target.path).foreign.sorted()
      var status = stat()
      if let clash = foreign.first(where: { fstatat(rootFolder, $0, &status, AT_SYMLINK_NOFOLLOW) == 0 }) {
        throw Failure(
          description:
            "\(target.path)/\(clash) was not written by Vita (or was changed since), and this build writes \(clash) there; Vita will not overwrite it. Move it away (into static/ to publish it) and build again"
        )
      }
      for path in foreign {
        if let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")),
          !madeFolders.withLock({ $0.contains(path[..<slash]) })
        {
          _ = makeFolder(containing: path)
        }
        if let problem = linkTree(path) {
          throw Failure(description: "could not keep \(target.path)/\(path) in the new output: \(problem)")
        }
      }
    }

    /// Gives the staging folder the entry at `path` of the previous output: a file (or a link, or
    /// any other entry) by a hard link, a copy where the system refuses one; a folder made anew with
    /// its entries linked. Nil when done, else why not.
    private func linkTree(_ path: String) -> String? {
      var status = stat()
      guard fstatat(previousFolder, path, &status, AT_SYMLINK_NOFOLLOW) == 0 else { return nil }  // gone since
      if (status.st_mode & S_IFMT) == S_IFDIR {
        guard mkdirat(rootFolder, path, status.st_mode & 0o7777) == 0 else { return String(cString: strerror(errno)) }
        for (name, _) in FileIO.entries(of: target.path + "/" + path) ?? [] {
          if let problem = linkTree(path + "/" + name) { return problem }
        }
        return nil
      }
      if linkat(previousFolder, path, rootFolder, path, 0) == 0 { return nil }
      let reason = String(cString: strerror(errno))
      if (status.st_mode & S_IFMT) == S_IFREG,
        let data = FileIO.readRegularFile(target.path + "/" + path, followingLinks: false)
      {
        put(data, at: path)
        return failures.first
      }
      return reason
    }

    /// Removes the written folder; the target stays as it was.
    public func abandon() {
      OutputWriter.removeTree(folder.path)
    }
  }
}
