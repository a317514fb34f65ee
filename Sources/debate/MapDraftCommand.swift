import ArgumentParser
import DebateContent
import DebateEngine
import Foundation

/// `debate map draft`: an argument map drafted from a text, for a teacher to edit.
struct MapDraftCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "draft",
    abstract: "Draft an argument map for a text (claims, evidence, supports, vocabulary) to edit.",
    discussion: """
      A claim for each sentence that carries the argument (a thesis per paragraph and the \
      sentences that state positions), all 'position: holds', with the sentence and its \
      neighbours as evidence, supports between claims of a paragraph that share words, and \
      vocabulary drafted from the text and WordNet. Comments in the YAML say what to add by hand.
      """)

  @OptionGroup var text: CorpusOptions
  @OptionGroup var bundle: BundleOption
  @OptionGroup var wordNet: WordNetOptions

  @Option(
    name: [.short, .customLong("output")], help: "Write the map to this file instead of standard output.")
  var output: String?

  func run() throws {
    let corpus = try bundle.loadCorpus(text)
    // A bundle's text keeps the name its map gives it, so the new draft can replace the map.
    let name =
      try bundle.bundle.map { try BundleFolder(path: $0).textFile() }
      ?? text.corpus.map { URL(fileURLWithPath: $0).lastPathComponent } ?? Corpus.builtInFileName
    let yaml: String
    do {
      yaml = try MapDrafter(corpus: corpus, textFile: name, wordNet: wordNet.load()).yaml()
    } catch {
      throw CommandFailure("cannot draft a map for \(text.corpus ?? bundle.bundle ?? name): \(error)")
    }
    if let output {
      do { try Data(yaml.utf8).write(to: URL(fileURLWithPath: output), options: .atomic) } catch {
        throw CommandFailure("cannot write \(output): \(error.localizedDescription)")
      }
    } else {
      FileHandle.standardOutput.write(Data(yaml.utf8))
    }
  }
}
