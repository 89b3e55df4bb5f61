import Foundation
import Synchronization
import VitaCore

/// Where a build's files go as they are rendered, from any thread: kept in memory (`vita serve`,
/// `vita check --links`, tests), or written at once into the staging folders that replace the two
/// output folders when the build is done (`vita build`, see `OutputWriter.Staging`), so that a large
/// site's pages are never all held in memory.
///
/// The first file given for a path is the one kept: the pages are given before the site's static
/// files, which cannot replace them.
public final class OutputSink: Sendable {
  /// The two folders a build makes: `public/` and `applications/`.
  public enum Folder: Sendable { case site, applications }

  /// The staging folders the files are written to; nil for files kept in memory.
  let staging: (site: OutputWriter.Staging, applications: OutputWriter.Staging)?
  /// The files kept in memory.
  private let kept = Mutex<(site: OutputFiles, applications: OutputFiles)>((OutputFiles(), OutputFiles()))
  /// With `vita build --job`, the applications folder is that posting's own: its files go there
  /// without the slug in front, and no other posting's files go anywhere.
  private let posting: String?
  /// The paths given so far, by folder.
  private let given = Mutex<(site: Set<String>, applications: Set<String>)>(([], []))

  private init(staging: (site: OutputWriter.Staging, applications: OutputWriter.Staging)?, posting: String?) {
    self.staging = staging
    self.posting = posting
  }

  /// Files kept in memory.
  public static func memory() -> OutputSink {
    OutputSink(staging: nil, posting: nil)
  }

  /// Files written into the staging folders of `site` and `applications`, made now (see
  /// `OutputWriter.Staging`); `posting` names the one posting `applications` is the folder of.
  static func staging(
    site: String, staticFiles: Set<String>, applications: String, posting: String?
  ) throws(OutputWriter.Failure) -> OutputSink {
    let siteStaging = try OutputWriter.Staging(folder: site, staticFiles: staticFiles)
    do throws(OutputWriter.Failure) {
      let applicationsStaging = try OutputWriter.Staging(folder: applications)
      return OutputSink(staging: (siteStaging, applicationsStaging), posting: posting)
    } catch {
      siteStaging.abandon()
      throw error
    }
  }

  /// Gives the file at `path` in `folder`, unless a file was given there before.
  public func add(_ data: Data, at path: String, in folder: Folder) {
    var path = path
    if folder == .applications, let posting {
      guard path.hasPrefix(posting + "/") else { return }
      path.removeFirst(posting.count + 1)
    }
    let isNew = given.withLock {
      folder == .site ? $0.site.insert(path).inserted : $0.applications.insert(path).inserted
    }
    guard isNew else { return }
    if let staging {
      (folder == .site ? staging.site : staging.applications).write(data, to: path)
    } else {
      kept.withLock { folder == .site ? ($0.site[path] = data) : ($0.applications[path] = data) }
    }
  }

  /// Gives every file of `files`, each unless a file was given at its path before.
  public func add(_ files: OutputFiles, in folder: Folder) {
    for (path, data) in files.files { add(data, at: path, in: folder) }
  }

  /// The paths given in `folder`, as they are inside it.
  public func paths(in folder: Folder) -> Set<String> {
    given.withLock { folder == .site ? $0.site : $0.applications }
  }

  /// The files kept in memory; none for files written to the staging folders.
  public var files: (site: OutputFiles, applications: OutputFiles) {
    kept.withLock { $0 }
  }

  /// Swaps both staging folders in, `public/` first, each with the files made in it since (`made`:
  /// PDFs and Word files, by path inside it) in its manifest. Nothing to do in memory.
  func commit(made: (site: [String], applications: [String]) = ([], [])) throws(OutputWriter.Failure) {
    guard let staging else { return }
    try staging.site.commit { _ in made.site }
    try staging.applications.commit { _ in made.applications }
  }

  /// Removes both staging folders: the build stopped, and the outputs stay as they were.
  func abandon() {
    guard let staging else { return }
    staging.site.abandon()
    staging.applications.abandon()
  }
}
