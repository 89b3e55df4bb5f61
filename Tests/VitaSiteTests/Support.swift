import Foundation
import Testing
import VitaCore

@testable import VitaSite

/// The repository's root, found from this file's place in it.
let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
  .deletingLastPathComponent().path

/// The default theme as shipped.
let defaultTheme: Theme = {
  switch Theme.load(directory: packageRoot + "/templates", overrides: nil) {
  case .success(let theme): return theme
  case .failure(let error): fatalError("the default theme does not load: \(error.diagnostics)")
  }
}()

/// A site built from values, for tests that need no files.
func makeSite(
  experiences: [Experience], language: Language = .en, baseURL: String = "https://rina.example.com/",
  person: Person = Person(name: "Rina Wijaya", email: "rina@example.com", phone: "+62 812", privateFields: ["phone"])
) -> Site {
  Site(
    config: SiteConfig(title: "Rina Wijaya", baseURL: baseURL, language: language, person: person),
    experiences: experiences, jobs: [])
}

func text(_ files: OutputFiles, _ path: String) -> String {
  files[path].map { String(decoding: $0, as: UTF8.self) } ?? ""
}

/// A fresh temporary folder, removed by the caller.
func temporaryFolder() -> String {
  let path = NSTemporaryDirectory() + "vita-test-" + UUID().uuidString
  try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
  return path
}
