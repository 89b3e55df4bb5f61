import Foundation

/// The one seam between the pure core and the disk: reading only.
public struct FileIO: Sendable {
  /// The contents of a file, or nil when it does not exist or is not a regular file.
  public var read: @Sendable (_ path: String) -> Data?
  /// The names of the entries of a folder, or nil when it does not exist.
  public var list: @Sendable (_ path: String) -> [String]?
  /// Where a path really is, symbolic links followed; nil where there are no links (in memory).
  public var realPath: (@Sendable (_ path: String) -> String)?

  public init(
    read: @escaping @Sendable (String) -> Data?,
    list: @escaping @Sendable (String) -> [String]?,
    realPath: (@Sendable (String) -> String)? = nil
  ) {
    self.read = read
    self.list = list
    self.realPath = realPath
  }

  /// The real file system.
  public static let disk = FileIO(
    read: { path in
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue
      else { return nil }
      return FileManager.default.contents(atPath: path)
    },
    list: { path in
      try? FileManager.default.contentsOfDirectory(atPath: path)
    },
    realPath: { path in
      URL(fileURLWithPath: path).resolvingSymlinksInPath().path
    }
  )

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
