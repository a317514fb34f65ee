import ArgumentParser
import DebateEngine
import Foundation

/// WordNet's dictionary files from Debian's `wordnet-base` package, for drafted vocabulary.
enum WordNetFiles {
  static let defaultFolder = "/usr/share/wordnet"

  /// The dictionary in `folder`, or nil (with the reason) when its files are not there.
  static func load(from folder: String) -> (wordNet: WordNet?, problem: String?) {
    var files: [WordNet.PartOfSpeech: (index: [UInt8], data: [UInt8])] = [:]
    for pos in WordNet.PartOfSpeech.allCases {
      do {
        let index = try readFile(folder + "/index." + pos.rawValue, limit: 64 << 20)
        let data = try readFile(folder + "/data." + pos.rawValue, limit: 64 << 20)
        files[pos] = (index, data)
      } catch {
        return (nil, "\(error)")
      }
    }
    return (WordNet(files: files), nil)
  }
}

/// `--wordnet DIR` and `--no-wordnet`, for the commands that draft a map.
struct WordNetOptions: ParsableArguments {
  @Option(
    name: .long, help: ArgumentHelp("WordNet's dictionary files, for drafted synonyms.", valueName: "dir"),
    completion: .directory)
  var wordnet: String = WordNetFiles.defaultFolder

  @Flag(name: .customLong("no-wordnet"), help: "Draft vocabulary from the text alone, without synonyms.")
  var noWordNet = false

  /// WordNet, or nil with a note on standard error saying why there are no synonyms.
  func load() -> WordNet? {
    if noWordNet { return nil }
    let (wordNet, problem) = WordNetFiles.load(from: wordnet)
    if let problem {
      FileHandle.standardError.write(
        Data(
          "debate: drafting without WordNet synonyms: \(problem) (install Debian's wordnet-base)\n".utf8))
    }
    return wordNet
  }
}
