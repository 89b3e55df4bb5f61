import Foundation
import VitaCore
import VitaTemplate

/// A folder of Mustache templates and assets; a site's own `templates/` overrides it file by file.
public struct Theme: Sendable {
  /// Compiled templates by name (`home`, `partials/head`, …).
  public let library: TemplateLibrary
  /// Asset files by path relative to the theme's `assets/` folder, with their bytes.
  public let assets: [String: Data]
  /// Where each template and asset came from, for messages.
  public let origins: [String: String]
  /// Each template's text by name, for telling whether two loads of a theme render alike.
  public let sources: [String: String]
  /// What is wrong with the templates but does not stop a build: a partial that does not exist.
  public var warnings: [Diagnostic] = []

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

  /// The folder of a bundled theme other than the default: `themes/<name>` beside the default's folder
  /// (`templates/` in the source tree, `share/vita/templates` when installed).
  public static func variantDirectory(named name: String, defaultDirectory: String) -> String? {
    guard name != "default" else { return nil }
    let base = URL(fileURLWithPath: defaultDirectory).standardizedFileURL.deletingLastPathComponent()
    return base.appendingPathComponent("themes/" + name).path
  }

  /// Loads the theme at `directory`, with the overrides in `overrides` (a site's `templates/`).
  public static func load(directory: String, overrides: String?) -> Result<Theme, RenderError> {
    load(directory: directory, variant: nil, overrides: overrides)
  }

  /// Loads the default theme at `directory`, then a bundled `variant` (such as `themes/classic`) over it,
  /// then a site's `overrides`: each file of a later folder replaces the same file of an earlier one.
  public static func load(directory: String, variant: String?, overrides: String?) -> Result<Theme, RenderError> {
    var sources: [String: (text: String, origin: String)] = [:]
    var assets: [String: Data] = [:]
    var origins: [String: String] = [:]
    var diagnostics: [Diagnostic] = []

    if let variant, !FileManager.default.fileExists(atPath: variant) {
      diagnostics.append(
        Diagnostic(file: variant, code: "theme-missing", message: "the theme folder \(variant) does not exist"))
    }
    for (folder, label) in [(directory, "theme"), (variant, "theme"), (overrides, "templates")] {
      guard let folder else { continue }
      for relative in files(under: folder) {
        let path = folder + "/" + relative
        let shown = label == "theme" ? path : "templates/" + relative
        if relative.hasPrefix("assets/") {
          if let data = FileManager.default.contents(atPath: path) {
            assets[String(relative.dropFirst("assets/".count))] = data
            origins[relative] = shown
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

    // Templates are parsed on every core: the theme is loaded before anything else can render.
    let named = sources.sorted(by: { $0.key < $1.key })
    let parsed = Parallel.map(named.count) { index in
      Result { () throws(TemplateParseError) in try Template(named[index].value.text) }
    }
    var library = TemplateLibrary()
    for ((name, source), result) in zip(named, parsed) {
      origins[name] = source.origin
      switch result {
      case .success(let template): library.register(template, named: name)
      case .failure(let error):
        diagnostics.append(
          Diagnostic(
            file: source.origin, line: error.line, column: error.column, code: "template",
            message: "the template could not be read: \(error.message)"))
      }
    }
    for name in requiredTemplates where sources[name] == nil {
      diagnostics.append(
        Diagnostic(file: directory, code: "template", message: "the theme has no \(name).mustache"))
    }
    guard diagnostics.isEmpty else { return .failure(RenderError(diagnostics: diagnostics)) }
    var theme = Theme(library: library, assets: assets, origins: origins, sources: sources.mapValues(\.text))
    theme.warnings = missingPartials(in: library, origins: origins)
    return .success(theme)
  }

  /// A warning for each partial or parent a template names that is not there: it renders nothing,
  /// which a misspelled name would otherwise do in silence.
  static func missingPartials(in library: TemplateLibrary, origins: [String: String]) -> [Diagnostic] {
    let names = library.names
    return library.missingPartials().map { template, reference in
      let nearMiss = NearMiss.closest(to: reference.name, among: names).map { "; did you mean '\($0)'?" } ?? ""
      return Diagnostic(
        file: origins[template] ?? "templates/\(template).mustache", line: reference.line, column: reference.column,
        severity: .warning, code: "missing-partial",
        message:
          "there is no template '\(reference.name)' (\(reference.name).mustache), so this renders nothing\(nearMiss)")
    }
  }

  /// Regular files under `folder`, as sorted relative paths; symbolic links are not followed.
  static func files(under folder: String) -> [String] {
    var found: [String] = []
    func visit(_ relative: String) {
      for entry in FileIO.entries(of: relative.isEmpty ? folder : folder + "/" + relative) ?? []
      where !entry.name.hasPrefix(".") {
        let path = relative.isEmpty ? entry.name : relative + "/" + entry.name
        switch entry.kind {
        case .file: found.append(path)
        case .folder: visit(path)
        case .link, .other: break
        }
      }
    }
    visit("")
    return found.sorted()
  }

  /// The same theme with templates of its own, for one worker thread (see
  /// `TemplateLibrary.independentCopy`).
  func independentCopy() -> Theme {
    var copy = Theme(library: library.independentCopy(), assets: assets, origins: origins, sources: sources)
    copy.warnings = warnings
    return copy
  }

  /// Renders `template` with `context`, as UTF-8; a missing template gives nil. A template that
  /// cannot be rendered (a partial that includes itself without end) is a `template` error at the
  /// template where it stopped, with the chain of partials that led there.
  public func render(
    _ template: String, _ context: TemplateValue, capacity: Int = 16_384
  ) throws(RenderError) -> Data? {
    do {
      return try library.renderData(context, template: template, capacity: capacity)
    } catch {
      let last = error.chain.last ?? template
      throw RenderError(diagnostics: [
        Diagnostic(
          file: origins[last] ?? "templates/\(last).mustache", code: "template",
          message:
            "the template could not be rendered: \(error.description); a partial may include itself only inside a section whose list ends"
        )
      ])
    }
  }
}

/// `vita theme eject`: a theme's files copied into a site's `templates/`, for editing.
public struct ThemeEjection: Sendable {
  /// Paths relative to `templates/` that were written.
  public var copied: [String] = []
  /// Paths that were already there and were left as they were.
  public var kept: [String] = []

  /// Copies the default theme at `directory`, with the bundled `variant` over it, into `target`;
  /// a file that already exists in `target` is never overwritten.
  public static func run(directory: String, variant: String?, into target: String) throws -> ThemeEjection {
    var sources: [String: String] = [:]
    for folder in [directory, variant].compactMap({ $0 }) {
      for relative in Theme.files(under: folder) { sources[relative] = folder + "/" + relative }
    }
    var result = ThemeEjection()
    let fileManager = FileManager.default
    for (relative, source) in sources.sorted(by: { $0.key < $1.key }) {
      let destination = target + "/" + relative
      var isFolder: ObjCBool = false
      if fileManager.fileExists(atPath: destination, isDirectory: &isFolder)
        || (try? fileManager.destinationOfSymbolicLink(atPath: destination)) != nil
      {
        result.kept.append(relative)
        continue
      }
      try fileManager.createDirectory(
        atPath: (destination as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
      try fileManager.copyItem(atPath: source, toPath: destination)
      result.copied.append(relative)
    }
    return result
  }
}
