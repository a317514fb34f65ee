import Foundation
import PackagePlugin

/// Embeds the package's `scenarios/` data files into the engine at build time.
///
/// The product must work as a single copied binary, and `Bundle.module` on Linux stops the
/// program when its resource folder is missing, so the data travels as Swift string literals.
@main
struct EmbedScenarios: BuildToolPlugin {
  func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
    let folder = context.package.directoryURL.appending(path: "scenarios")
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
      .filter { $0.hasSuffix(".txt") || $0.hasSuffix(".yaml") || $0.hasSuffix(".md") }
      .sorted()
    let inputs = names.map { folder.appending(path: $0) }
    let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedScenarioFiles.swift")
    return [
      .buildCommand(
        displayName: "Embedding \(names.count) scenario files",
        executable: try context.tool(named: "embed-scenarios").url,
        arguments: [output.path] + inputs.map(\.path),
        inputFiles: inputs + [folder],
        outputFiles: [output])
    ]
  }
}
