import Foundation
import VitaCore

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
      var made = Set<String>()
      for (path, data) in files.files.sorted(by: { $0.key < $1.key }) {
        let url = staging.appendingPathComponent(path)
        let directory = url.deletingLastPathComponent().path
        if made.insert(directory).inserted {
          try fileManager.createDirectory(atPath: directory, withIntermediateDirectories: true)
        }
        try data.write(to: url)
      }
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
        try? fileManager.removeItem(at: retired)
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

  /// A relative path with no `..`, no empty part and no leading slash.
  static func isSafe(_ path: String) -> Bool {
    guard !path.isEmpty, !path.hasPrefix("/"), !path.contains("\\"), !path.contains("\0") else { return false }
    return path.split(separator: "/", omittingEmptySubsequences: false).allSatisfy {
      !$0.isEmpty && $0 != "." && $0 != ".."
    }
  }
}
