import ArgumentParser
import DebateEngine
import Foundation

/// `debate bundle`: make a bundle (text, drafted map, a drafted scenario, a README) from a text.
struct BundleCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "bundle",
    abstract: "Make a bundle for a text: the text, its argument map and scenarios in one folder.",
    subcommands: [BundleNewCommand.self])
}

/// `debate bundle new DIR --corpus FILE`.
struct BundleNewCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "new",
    abstract: "Create DIR with the text, a drafted argument map, one drafted scenario and a README.",
    discussion: """
      DIR must not exist or be empty. The bundle passes 'debate check --bundle DIR' as it is; \
      its README says what to review and add by hand.
      """)

  @Argument(help: "The folder to create.", completion: .directory)
  var folder: String

  @Option(
    name: .long, help: ArgumentHelp("The text (UTF-8 text or Markdown).", valueName: "file"),
    completion: .file())
  var corpus: String

  @OptionGroup var wordNet: WordNetOptions

  func run() throws {
    let bytes = try readFile(corpus, limit: Corpus.maximumBytes)
    let name = URL(fileURLWithPath: corpus).lastPathComponent
    let text: Corpus
    do { text = try Corpus(bytes: bytes, format: TextFormat(fileName: name)) } catch {
      throw CommandFailure("cannot use \(corpus): \(error)")
    }
    guard name != TextBundle.mapFileName, name != TextBundle.readmeFileName,
      name != TextBundle.draftScenarioFileName, !name.hasSuffix(".yaml")
    else {
      throw CommandFailure("cannot use \(corpus): a bundle's text cannot be called \(name); rename it")
    }
    let files: [(name: String, contents: String)]
    do {
      files = try BundleDrafter(corpus: text, textFile: name, wordNet: wordNet.load()).files()
    } catch {
      throw CommandFailure("cannot draft a map for \(corpus): \(error)")
    }
    let manager = FileManager.default
    var isFolder: ObjCBool = false
    if manager.fileExists(atPath: folder, isDirectory: &isFolder) {
      guard isFolder.boolValue else { throw CommandFailure("cannot create \(folder): it is a file") }
      guard (try? manager.contentsOfDirectory(atPath: folder))?.isEmpty == true else {
        throw CommandFailure("cannot create \(folder): it exists and is not empty")
      }
    }
    do {
      try manager.createDirectory(atPath: folder, withIntermediateDirectories: true)
      try Data(bytes).write(to: URL(fileURLWithPath: folder + "/" + name))
      for file in files {
        try Data(file.contents.utf8).write(to: URL(fileURLWithPath: folder + "/" + file.name))
      }
    } catch {
      throw CommandFailure("cannot write the bundle in \(folder): \(error.localizedDescription)")
    }
    print("created \(folder)/")
    for file in [name] + files.map(\.name) { print("  \(file)") }
    print("next: debate check --bundle \(folder), then debate --bundle \(folder)")
  }
}
