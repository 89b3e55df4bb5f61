import Foundation
import VitaCore

extension ImportedSite {
  /// Why an imported site was not written.
  public struct WriteFailure: Error, Sendable, CustomStringConvertible {
    public var description: String
    /// The files that already exist, relative to the folder.
    public var conflicts: [String]
  }

  /// Writes the files into `folder`, never replacing one: when any of them exists, nothing is written.
  public func write(into folder: String) throws(WriteFailure) {
    let fileManager = FileManager.default
    let conflicts = files.map(\.path).filter { fileManager.fileExists(atPath: folder + "/" + $0) }
    guard conflicts.isEmpty else {
      throw WriteFailure(
        description: """
          these files already exist in \(folder), and Vita never overwrites them: \(conflicts.joined(separator: ", ")). \
          Import into a new folder with --into DIR, or move them away; nothing was written
          """, conflicts: conflicts)
    }
    var written: [URL] = []
    for file in files {
      let url = URL(fileURLWithPath: folder + "/" + file.path)
      do {
        try fileManager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(file.text.utf8).write(to: url, options: .withoutOverwriting)
        written.append(url)
      } catch {
        // Leave the folder as it was: a half-imported site is worse than none.
        for url in written { try? fileManager.removeItem(at: url) }
        throw WriteFailure(
          description: "could not write \(file.path) in \(folder): \(error.localizedDescription); nothing was kept",
          conflicts: [])
      }
    }
  }
}
