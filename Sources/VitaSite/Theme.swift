import Foundation
import Mustache
import VitaCore

/// A folder of Mustache templates and assets; a site's own `templates/` overrides it file by file.
public struct Theme: Sendable {
  /// Compiled templates by name (`home`, `partials/head`, …).
  public let library: MustacheLibrary
  /// Asset files by path relative to the theme's `assets/` folder, with their bytes.
  public let assets: [String: Data]
  /// Where each template and asset came from, for messages.
  public let origins: [String: String]

  /// The file names every theme must have.
  public static let requiredTemplates = [
    "layout", "home", "experience", "cv", "404", "report", "interview", "applications",
  ]

  /// Finds the default theme: `VITA_THEME_DIR`, then `share/vita/templates` beside the installed
  /// binary, then the `templates/` folder of the source tree the binary was built in.
  public static func defaultDirectory(
    environment: [String: String] = ProcessInfo.processInfo.environment
  ) -> String? {
    let fileManager = FileManager.default
    func isTheme(_ path: String) -> Bool {
      fileManager.fileExists(atPath: path + "/layout.mustache")
    }
    if let explicit = environment["VITA_THEME_DIR"], isTheme(explicit) { return explicit }
    guard let executable = Bundle.main.executableURL?.resolvingSymlinksInPath() else { return nil }
    var folder = executable.deletingLastPathComponent()
    let installed = folder.appendingPathComponent("../share/vita/templates").standardized.path
    if isTheme(installed) { return installed }
    for _ in 0..<6 {
      let candidate = folder.appendingPathComponent("templates").path
      if isTheme(candidate), fileManager.fileExists(atPath: folder.appendingPathComponent("Package.swift").path) {
        return candidate
      }
      folder = folder.deletingLastPathComponent()
    }
    return nil
  }

  /// Loads the theme at `directory`, with the overrides in `overrides` (a site's `templates/`).
  public static func load(directory: String, overrides: String?) -> Result<Theme, RenderError> {
    var sources: [String: (text: String, origin: String)] = [:]
    var assets: [String: Data] = [:]
    var origins: [String: String] = [:]
    var diagnostics: [Diagnostic] = []

    for (folder, label) in [(directory, "theme"), (overrides, "templates")] {
      guard let folder else { continue }
      for relative in files(under: folder) {
        let path = folder + "/" + relative
        let shown = label == "theme" ? path : "templates/" + relative
        if relative.hasPrefix("assets/") {
          if let data = FileManager.default.contents(atPath: path) {
            assets[String(relative.dropFirst("assets/".count))] = data
            origins["assets/" + relative] = shown
          }
        } else if relative.hasSuffix(".mustache") {
          guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8)
          else {
            diagnostics.append(Diagnostic(file: shown, code: "template", message: "the template is not UTF-8 text"))
            continue
          }
          sources[String(relative.dropLast(".mustache".count))] = (text, shown)
        }
      }
    }

    var library = MustacheLibrary()
    for (name, source) in sources.sorted(by: { $0.key < $1.key }) {
      origins[name] = source.origin
      do {
        try library.register(source.text, named: name)
      } catch let error as MustacheTemplate.ParserError {
        diagnostics.append(
          Diagnostic(
            file: source.origin, line: error.context.lineNumber, column: error.context.columnNumber, code: "template",
            message: "the template could not be read: \(error.error)"))
      } catch {
        diagnostics.append(Diagnostic(file: source.origin, code: "template", message: "\(error)"))
      }
    }
    for name in requiredTemplates where sources[name] == nil {
      diagnostics.append(
        Diagnostic(file: directory, code: "template", message: "the theme has no \(name).mustache"))
    }
    guard diagnostics.isEmpty else { return .failure(RenderError(diagnostics: diagnostics)) }
    return .success(Theme(library: library, assets: assets, origins: origins))
  }

  /// Regular files under `folder`, as sorted relative paths; symbolic links are not followed.
  static func files(under folder: String) -> [String] {
    guard let enumerator = FileManager.default.enumerator(atPath: folder) else { return [] }
    var found: [String] = []
    for case let relative as String in enumerator {
      let attributes = enumerator.fileAttributes
      if attributes?[.type] as? FileAttributeType == .typeRegular,
        !relative.split(separator: "/").contains(where: { $0.hasPrefix(".") })
      {
        found.append(relative)
      }
    }
    return found.sorted()
  }

  /// Renders `template` with `context`; a missing template gives nil.
  public func render(_ template: String, _ context: Any) -> String? {
    library.render(context, withTemplate: template)
  }
}
