import Foundation
import VitaCore
import ZIPFoundation

/// Reads the files Vita imports from a LinkedIn data export: the ZIP archive LinkedIn sends, or the
/// folder it was unpacked into, with the CSV files at its top or one folder down.
public enum LinkedInExport {
  /// Why an export could not be read.
  public struct Failure: Error, Sendable, CustomStringConvertible {
    public var description: String
  }

  /// A CSV file larger than this is not one of the profile's files (the export's messages can be
  /// large): it is skipped rather than read into memory.
  static let largestFile = 64 << 20

  /// The export's files that `LinkedInImport` reads, by path inside the export, with their text.
  public static func files(at path: String) throws(Failure) -> [String: String] {
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
      throw Failure(description: "there is no file or folder \(path)")
    }
    let found = isFolder.boolValue ? try folder(path) : try archive(path)
    guard !found.isEmpty else {
      throw Failure(
        description:
          "\(path) holds none of the files of a LinkedIn export (\(LinkedInImport.fileNames.joined(separator: ", "))); "
          + "pass the .zip LinkedIn sent, or the folder it unpacks into")
    }
    return found
  }

  private static func wanted(_ path: String) -> Bool {
    let name = (path.split(separator: "/").last.map(String.init) ?? path).lowercased()
    return LinkedInImport.fileNames.contains { $0.lowercased() == name }
  }

  private static func archive(_ path: String) throws(Failure) -> [String: String] {
    let archive: Archive
    do {
      archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
    } catch {
      throw Failure(description: "\(path) is not a ZIP archive or a folder: \(error)")
    }
    var found: [String: String] = [:]
    for entry in archive where entry.type == .file && wanted(entry.path) {
      guard entry.uncompressedSize <= largestFile else { continue }
      var data = Data()
      do {
        // The size an entry declares may be a lie: the bytes are counted as they come.
        _ = try archive.extract(entry, skipCRC32: false) { chunk in
          guard data.count + chunk.count <= largestFile else { throw Failure(description: "over \(largestFile) bytes") }
          data.append(chunk)
        }
      } catch {
        throw Failure(description: "\(entry.path) in \(path) cannot be read: \(error)")
      }
      found[entry.path] = String(decoding: data, as: UTF8.self)
    }
    return found
  }

  private static func folder(_ path: String) throws(Failure) -> [String: String] {
    var found: [String: String] = [:]
    let fileManager = FileManager.default
    let top = (try? fileManager.contentsOfDirectory(atPath: path)) ?? []
    var candidates = top
    for name in top {
      var isFolder: ObjCBool = false
      if fileManager.fileExists(atPath: path + "/" + name, isDirectory: &isFolder), isFolder.boolValue {
        candidates += ((try? fileManager.contentsOfDirectory(atPath: path + "/" + name)) ?? []).map { name + "/" + $0 }
      }
    }
    for relative in candidates where wanted(relative) {
      let file = path + "/" + relative
      guard let size = (try? fileManager.attributesOfItem(atPath: file))?[.size] as? Int, size <= largestFile,
        let data = fileManager.contents(atPath: file)
      else { continue }
      found[relative] = String(decoding: data, as: UTF8.self)
    }
    return found
  }
}
