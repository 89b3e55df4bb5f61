import Foundation
import PackagePlugin

/// Compiles the data files under `data/` (skills, word lists, posting cues) into the target as
/// `BuiltInData.files`, so that the binary carries them wherever it is installed.
///
/// SwiftPM's own `.embedInCode` writes a file as an array literal of bytes, which the compiler
/// takes minutes to type-check in a debug build for a file of a few hundred kilobytes; a string
/// literal of the same text compiles at once.
@main
struct EmbedData: BuildToolPlugin {
  func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
    let folder = context.package.directoryURL.appending(path: "data")
    let files = (FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)?.allObjects ?? [])
      .compactMap { $0 as? URL }
      .filter { !$0.hasDirectoryPath && ["tsv", "txt"].contains($0.pathExtension) }
      .sorted { $0.path < $1.path }
    let output = context.pluginWorkDirectoryURL.appending(path: "BuiltInData.swift")
    return [
      .buildCommand(
        displayName: "Embedding \(files.count) data files",
        executable: try context.tool(named: "DataEmbedder").url,
        arguments: [folder.path, output.path],
        inputFiles: files, outputFiles: [output])
    ]
  }
}
