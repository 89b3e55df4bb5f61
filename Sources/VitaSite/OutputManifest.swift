import Foundation
import VitaCore

/// The list of every file a build wrote into an output folder, with its size, kept in the folder as
/// `.vita-manifest`. The marker says a folder is Vita's; the manifest says which of its files are:
/// the next build replaces those, and carries every other file over (CNAME, .nojekyll, .git).
///
/// Plain text, a line per file, sorted: `SIZE PATH`, with `%`, control characters and DEL in the path
/// written `%XX` (a static file's name may hold a newline). Plain text rather than JSON: it is read
/// and written on every build (docs/performance.md).
struct OutputManifest: Equatable, Sendable {
  static let name = ".vita-manifest"
  static let header = "vita-manifest 1"

  /// Sizes in bytes, by path relative to the folder.
  var files: [String: Int]

  /// The manifest's bytes: sorted, so that two builds of the same content write the same file.
  var data: Data {
    var text = Self.header + "\n"
    for path in files.keys.sorted() { text += "\(files[path]!) \(Self.escaped(path))\n" }
    return Data(text.utf8)
  }

  init(files: [String: Int]) {
    self.files = files
  }

  /// The manifest of `data`; nil for anything else. Read byte by byte, without splitting it into
  /// strings first.
  init?(_ data: Data) {
    let header = Array((Self.header + "\n").utf8)
    var files: [String: Int] = [:]
    let valid = data.withUnsafeBytes { raw -> Bool in
      let bytes = raw.bindMemory(to: UInt8.self)
      guard bytes.count >= header.count, bytes.prefix(header.count).elementsEqual(header) else { return false }
      var index = header.count
      while index < bytes.count {
        var size = 0
        let digits = index
        while index < bytes.count, bytes[index] >= UInt8(ascii: "0"), bytes[index] <= UInt8(ascii: "9") {
          guard index - digits < 18 else { return false }
          size = size * 10 + Int(bytes[index] - UInt8(ascii: "0"))
          index += 1
        }
        guard index > digits, index < bytes.count, bytes[index] == UInt8(ascii: " ") else { return false }
        let start = index + 1
        guard let end = bytes[start...].firstIndex(of: UInt8(ascii: "\n")),
          let path = Self.unescaped(UnsafeBufferPointer(rebasing: bytes[start..<end])), OutputWriter.isSafe(path)
        else { return false }
        files[path] = size
        index = end + 1
      }
      return true
    }
    guard valid else { return nil }
    self.files = files
  }

  private static func isEscaped(_ byte: UInt8) -> Bool { byte < 0x20 || byte == 0x7F || byte == UInt8(ascii: "%") }

  static func escaped(_ path: String) -> String {
    guard path.utf8.contains(where: isEscaped) else { return path }
    var bytes: [UInt8] = []
    for byte in path.utf8 {
      if isEscaped(byte) {
        bytes += Array(String(format: "%%%02X", byte).utf8)
      } else {
        bytes.append(byte)
      }
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// The path a line holds: `%XX` read back, and UTF-8 required.
  static func unescaped(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
    guard bytes.contains(UInt8(ascii: "%")) else { return String(validating: bytes, as: UTF8.self) }
    var decoded: [UInt8] = []
    var index = 0
    while index < bytes.count {
      guard bytes[index] == UInt8(ascii: "%") else {
        decoded.append(bytes[index])
        index += 1
        continue
      }
      guard index + 2 < bytes.count,
        let value = UInt8(String(decoding: bytes[index + 1...index + 2], as: UTF8.self), radix: 16)
      else { return nil }
      decoded.append(value)
      index += 3
    }
    return String(validating: decoded, as: UTF8.self)
  }

  /// Whether `folder` has a manifest, by its first line.
  static func isWritten(in folder: String) -> Bool {
    let descriptor = open(folder + "/" + name, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
    guard descriptor >= 0 else { return false }
    defer { close(descriptor) }
    var head = [UInt8](repeating: 0, count: header.utf8.count + 1)
    let count = head.withUnsafeMutableBytes { FileIO.read(descriptor, into: $0) }
    return count == head.count && head == Array((header + "\n").utf8)
  }

  /// The manifest in `folder`; nil when there is none, `.failure` when there is one that cannot be read.
  static func read(in folder: String) -> Result<OutputManifest, OutputWriter.Failure>? {
    guard let data = FileIO.readRegularFile(folder + "/" + name, followingLinks: false) else {
      var status = stat()
      guard lstat(folder + "/" + name, &status) == 0 else { return nil }
      return .failure(OutputWriter.Failure(description: "\(folder)/\(name) is not a file Vita wrote"))
    }
    guard let manifest = OutputManifest(data) else {
      return .failure(
        OutputWriter.Failure(
          description:
            "\(folder)/\(name) cannot be read as Vita's list of the files it wrote; Vita will not replace \(folder). Remove the folder, or choose another one with --output or --applications"
        ))
    }
    return .success(manifest)
  }

  /// The files under `folder` (relative to it) as this manifest lists them, for a posting's folder
  /// in a manifest of the whole applications folder.
  func within(_ folder: String) -> OutputManifest {
    let prefix = folder + "/"
    var inner: [String: Int] = [:]
    for (path, size) in files where path.hasPrefix(prefix) { inner[String(path.dropFirst(prefix.count))] = size }
    return OutputManifest(files: inner)
  }
}

/// What an output folder holds besides Vita's own files: what a build carries over into the folder
/// that replaces it, and, in a folder from before manifests, what no build writes.
struct OutputInventory: Sendable {
  /// Entries Vita did not write, by path relative to the folder: files, links, or whole folders.
  var foreign: [String] = []
  /// In a folder without a manifest, files that are neither what a build writes nor carried over.
  var unexpected: [String] = []
  /// Whether the folder holds a file of Vita's: a folder without one is carried over whole.
  var holdsVitas = false

  /// The names of the files a build writes, in whichever folder it writes them.
  static let usualNames: Set<String> = [
    "index.html", "404.html", "sitemap.xml", "robots.txt", "cv.txt", "resume.json", "report.json", "report.html",
    "interview.html", "cv.pdf", "cv.docx", "letter.html", "letter.txt", "letter.pdf", "letter.docx", "calendar.ics",
    OutputWriter.marker,
  ]

  /// Takes stock of `folder`. With no manifest of its own (or in its parent, for a posting's folder)
  /// it is a folder from builds before manifests: a file is Vita's when a build writes a file of its
  /// name or in `assets/`, or when it is one of `staticFiles`; a hidden entry or a CNAME is carried
  /// over; anything else is unexpected.
  static func take(of folder: String, staticFiles: Set<String> = []) throws(OutputWriter.Failure) -> OutputInventory {
    let scope = try governingManifest(of: folder).map { Scope(manifest: $0, base: "") }
    let walk = Walk(staticFiles: staticFiles)
    return FileIO.withEntries(of: folder, in: AT_FDCWD) { descriptor, entries in
      walk.inventory(of: descriptor, entries, relative: "", scope: scope)
    } ?? OutputInventory()
  }

  /// A manifest, and the path (from the top) of the folder it lists.
  struct Scope: Sendable {
    var manifest: OutputManifest
    var base: String
  }

  /// The folder's own manifest, else its parent's entries for it (a posting's folder rebuilt with
  /// `--job` inside an applications folder written whole).
  static func governingManifest(of folder: String) throws(OutputWriter.Failure) -> OutputManifest? {
    if let own = OutputManifest.read(in: folder) { return try own.get() }
    let url = URL(fileURLWithPath: folder)
    let parent = url.deletingLastPathComponent().path
    guard FileManager.default.fileExists(atPath: parent + "/" + OutputWriter.marker),
      case .success(let outer) = OutputManifest.read(in: parent)
    else { return nil }
    let inner = outer.within(url.lastPathComponent)
    return inner.files.isEmpty ? nil : inner
  }

  /// The walk over the folder's tree: each folder opened from its parent's descriptor, the folders of
  /// a large one (a site's 10,000 experience pages) shared out over every core.
  struct Walk: Sendable {
    var staticFiles: Set<String>

    /// `relative` is the path from the top of the folder open as `folder`; `scope` the manifest that
    /// lists it, nil in a folder from before manifests.
    func inventory(
      of folder: Int32, _ entries: [(name: String, kind: FileIO.EntryKind)], relative: String, scope: Scope?
    ) -> OutputInventory {
      var scope = scope
      // A posting's folder, rebuilt alone with `--job`, has a manifest of its own.
      if !relative.isEmpty, !relative.contains("/"), entries.contains(where: { $0.name == OutputManifest.name }),
        let own = OutputManifest(FileIO.readRegularFile(atFolder: folder, OutputManifest.name) ?? Data())
      {
        scope = Scope(manifest: own, base: relative)
      }
      var inventory = OutputInventory()
      var folders: [(name: String, path: String)] = []
      // Staging folders of killed `--job` builds go with the folder they are in.
      for (name, kind) in entries
      where name != OutputWriter.marker && name != OutputManifest.name
        && !(relative.isEmpty && OutputWriter.isStaging(name))
      {
        let path = relative.isEmpty ? name : relative + "/" + name
        if kind == .folder {
          if scope == nil, name.hasPrefix(".") { inventory.foreign.append(path) } else { folders.append((name, path)) }
        } else if let scope {
          let listed = scope.base.isEmpty ? path : String(path.utf8.dropFirst(scope.base.utf8.count + 1))!
          if kind == .file, let size = scope.manifest.files[listed], OutputInventory.size(of: name, in: folder) == size
          {
            inventory.holdsVitas = true
          } else {
            inventory.foreign.append(path)
          }
        } else if name.hasPrefix(".") || name == "CNAME" {
          inventory.foreign.append(path)
        } else if kind == .file,
          OutputInventory.usualNames.contains(name) || path.hasPrefix("assets/") || staticFiles.contains(path)
        {
          inventory.holdsVitas = true
        } else {
          inventory.unexpected.append(path)
        }
      }
      let (subfolders, innerScope) = (folders, scope)
      let inner = { @Sendable (index: Int) -> OutputInventory in
        FileIO.withEntries(of: subfolders[index].name, in: folder) { descriptor, entries in
          self.inventory(of: descriptor, entries, relative: subfolders[index].path, scope: innerScope)
        } ?? OutputInventory()
      }
      let found = folders.count > 64 ? Parallel.map(folders.count, inner) : folders.indices.map { inner($0) }
      for (folder, inner) in zip(folders, found) {
        // A folder in which Vita wrote nothing is someone else's, and goes over whole (empty ones too).
        if scope != nil, !inner.holdsVitas {
          inventory.foreign.append(folder.path)
          continue
        }
        inventory.holdsVitas = inventory.holdsVitas || inner.holdsVitas
        inventory.foreign += inner.foreign
        inventory.unexpected += inner.unexpected
      }
      return inventory
    }
  }

  /// The size of the regular file `name` in the folder open as `folder`; nil for anything else.
  static func size(of name: String, in folder: Int32) -> Int? {
    var status = stat()
    guard fstatat(folder, name, &status, AT_SYMLINK_NOFOLLOW) == 0, (status.st_mode & S_IFMT) == S_IFREG else {
      return nil
    }
    return Int(status.st_size)
  }
}

/// Where a path really is: every symbolic link followed, `.` and `..` taken in turn. The parts that do
/// not exist yet (an output folder a first build makes) are appended as written.
enum RealPath {
  static func of(_ path: String) -> String {
    let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
    var resolved = "/"
    for part in absolute.split(separator: "/") where part != "." {
      if part == ".." {
        resolved = URL(fileURLWithPath: resolved).deletingLastPathComponent().path
        continue
      }
      let next = (resolved == "/" ? "" : resolved) + "/" + part
      if let real = realpath(next, nil) {
        resolved = String(cString: real)
        free(real)
      } else {
        resolved = next
      }
    }
    return resolved
  }

  /// The path with its folders resolved but its last part as written: a symbolic link there is
  /// the link itself, as the folder to replace.
  static func ofParent(_ path: String) -> String {
    var path = path
    while path.utf8.count > 1, path.hasSuffix("/") { path.removeLast() }
    let last = URL(fileURLWithPath: path).lastPathComponent
    guard last != ".", last != "..", last != "/" else { return of(path) }
    let parent = of(URL(fileURLWithPath: path).deletingLastPathComponent().path)
    return (parent == "/" ? "" : parent) + "/" + last
  }
}
