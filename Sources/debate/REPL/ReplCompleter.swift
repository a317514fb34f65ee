import Foundation

/// Tab completion for the REPL: command names, then each command's argument.
struct ReplCompleter {
  /// Supplies the commands (read at each Tab, so commands added later complete too) and the
  /// lists behind `ArgumentCompletion.list`.
  let context: ReplContext

  private var commands: [ReplCommandSpec] { context.commands }

  /// Candidates for `word`, the text after the last space of `beforeCursor`.
  func candidates(beforeCursor: String, word: String) -> [String] {
    guard beforeCursor.hasPrefix("/") else { return [] }  // prose is not completed
    guard let space = beforeCursor.firstIndex(of: " ") else {
      return commands.map { "/" + $0.name }
    }
    let name = beforeCursor[beforeCursor.index(after: beforeCursor.startIndex)..<space]
    guard let command = commands.first(where: { $0.name == name }) else { return [] }
    // Only the first argument completes.
    let argument = beforeCursor[beforeCursor.index(after: space)...]
    guard !argument.contains(" ") else { return [] }
    switch command.completion {
    case .none: return []
    case .list(let provider): return provider(context)
    case .filePaths: return Self.paths(startingWith: word)
    }
  }

  /// A ref typed without its paragraph mark, `4` or `4.1`, spelled as the text's refs are (`¶4`);
  /// nil for anything else.
  static func refSpelling(of word: String) -> String? {
    guard let first = word.first, first.isASCII, first.isNumber,
      word.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") })
    else { return nil }
    return "¶" + word
  }

  /// Entries of the folder named in `word` whose names start with its last component; folders end
  /// in `/`. Hidden entries are offered only when the typed name starts with a dot.
  static func paths(startingWith word: String) -> [String] {
    let slash = word.lastIndex(of: "/")
    let folderPart = slash.map { String(word[...$0]) } ?? ""
    let namePrefix = slash.map { String(word[word.index(after: $0)...]) } ?? word
    let folder = folderPart.isEmpty ? "." : AtomicFile.expandingTilde(folderPart)
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return [] }
    return names.filter { $0.hasPrefix(namePrefix) && (!$0.hasPrefix(".") || namePrefix.hasPrefix(".")) }
      .map { name in
        var isFolder: ObjCBool = false
        FileManager.default.fileExists(atPath: folder + "/" + name, isDirectory: &isFolder)
        return folderPart + name + (isFolder.boolValue ? "/" : "")
      }
  }
}
