import Foundation

/// Writes new files into a site folder for `vita init` and `vita new`, and never overwrites one.
public struct Scaffold: Sendable {
  public let folder: String

  public init(folder: String) {
    self.folder = folder
  }

  /// What a scaffold did with each file.
  public struct Result: Sendable, Equatable {
    public var written: [String] = []
    /// Files that were there already and were left as they were.
    public var skipped: [String] = []
  }

  /// Why files could not be written.
  public struct Failure: Error, Sendable, CustomStringConvertible {
    public var description: String
  }

  /// Entries that do not make a folder "not empty": version control and desktop litter.
  public static let ignorableEntries: Set<String> = [".git", ".DS_Store"]

  /// True when the folder is missing, or holds nothing but `ignorableEntries`.
  public func isEmpty() -> Bool {
    guard let entries = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return true }
    return entries.allSatisfy { Self.ignorableEntries.contains($0) }
  }

  /// Writes each file that does not exist yet; an existing file, or anything else at its path, is skipped.
  public func write(_ files: [(path: String, text: String)]) throws(Failure) -> Result {
    var result = Result()
    let fileManager = FileManager.default
    for (path, text) in files {
      guard OutputWriter.isSafe(path) else { throw Failure(description: "refusing to write '\(path)'") }
      let url = URL(fileURLWithPath: folder).appendingPathComponent(path)
      do {
        try fileManager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      } catch {
        throw Failure(
          description: "could not make \(url.deletingLastPathComponent().path): \(error.localizedDescription)")
      }
      // O_EXCL: the file is made here or not at all, even if another program made it a moment ago.
      let descriptor = open(url.path, O_WRONLY | O_CREAT | O_EXCL, 0o644)
      if descriptor < 0 {
        if errno == EEXIST {
          result.skipped.append(path)
          continue
        }
        throw Failure(description: "could not write \(url.path): \(String(cString: strerror(errno)))")
      }
      let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
      do {
        try handle.write(contentsOf: Data(text.utf8))
        try handle.close()
      } catch {
        throw Failure(description: "could not write \(url.path): \(error.localizedDescription)")
      }
      result.written.append(path)
    }
    return result
  }
}
