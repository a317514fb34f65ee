import DebateEngine
import Foundation

/// A checker for the Argdown we write, following the published grammar of argdown-core's lexer
/// and parser: front matter between `===` lines, `# ` headings after an empty line, statement
/// definitions `[title]: text #tag…`, and relations on the lines right below one, indented,
/// `+>` (the statement supports the target), `->` (attacks it), `><` (contradicts it), `+` /
/// `-` / `<+` / `<-` (the target supports or attacks the statement). In text, the characters
/// that start other tokens (`[ ] < > * _ { } @ #`, `//`, `/*`) must be escaped with `\`; a tag
/// is `#` and letters, digits or `-`, or `#(…)`.
struct ArgdownGrammar {
  struct Relation: Hashable {
    let from: String
    let to: String
    let kind: String  // support, attack, contradiction
  }

  var problems: [String] = []
  var definitions: [String: (text: String, tags: [String])] = [:]
  var relations: [Relation] = []

  init(_ source: String) {
    var lines = source.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    if lines.last == "" { lines.removeLast() }
    var index = 0
    if lines.first == "===" {
      guard let end = lines.dropFirst().firstIndex(of: "===") else {
        problems.append("front matter is not closed")
        return
      }
      if lines[1..<end].contains(where: { $0.contains("=") }) { problems.append("'=' inside front matter") }
      index = end + 1
    }
    var parent: String?
    var previousBlank = true
    var referenced: [String] = []
    while index < lines.count {
      let line = lines[index]
      index += 1
      if line.trimmingCharacters(in: .whitespaces).isEmpty {
        parent = nil
        previousBlank = true
        continue
      }
      defer { previousBlank = false }
      if line.hasPrefix("#") {
        if !line.hasPrefix("# ") { problems.append("line \(index): a heading needs '# '") }
        if !previousBlank { problems.append("line \(index): a heading must follow an empty line") }
        parent = nil
        continue
      }
      if let match = Self.relation(line) {
        guard let from = parent else {
          problems.append("line \(index): a relation must be right below a statement: \(line)")
          continue
        }
        referenced.append(match.title)
        switch match.symbol {
        case "+>": relations.append(Relation(from: from, to: match.title, kind: "support"))
        case "->": relations.append(Relation(from: from, to: match.title, kind: "attack"))
        case "><": relations.append(Relation(from: from, to: match.title, kind: "contradiction"))
        case "+", "<+": relations.append(Relation(from: match.title, to: from, kind: "support"))
        default: relations.append(Relation(from: match.title, to: from, kind: "attack"))
        }
        continue
      }
      guard previousBlank, line.hasPrefix("["), let close = line.firstIndex(of: "]"),
        line[line.index(after: close)...].hasPrefix(": ")
      else {
        problems.append("line \(index): neither a statement definition, a relation nor a heading: \(line)")
        continue
      }
      let title = String(line[line.index(after: line.startIndex)..<close])
      if title.isEmpty { problems.append("line \(index): empty title") }
      let rest = String(line[line.index(close, offsetBy: 3)...])
      let (text, tags) = Self.splitTags(rest)
      if let bad = Self.unescapedSpecial(text) {
        problems.append("line \(index): unescaped '\(bad)' in \(text)")
      }
      for tag in tags where !Self.isTag(tag) { problems.append("line \(index): bad tag \(tag)") }
      if definitions[title] != nil { problems.append("line \(index): [\(title)] defined twice") }
      definitions[title] = (text, tags)
      parent = title
    }
    for title in referenced where definitions[title] == nil { problems.append("[\(title)] is never defined") }
  }

  static func relation(_ line: String) -> (symbol: String, title: String)? {
    let indent = line.prefix { $0 == " " || $0 == "\t" }
    guard !indent.isEmpty else { return nil }
    let rest = line.dropFirst(indent.count)
    for symbol in ["+>", "->", "><", "<+", "<-", "+", "-"] where rest.hasPrefix(symbol + " [") {
      let body = rest.dropFirst(symbol.count + 2)
      guard body.hasSuffix("]"), !body.dropLast().contains("]") else { return nil }
      return (symbol, String(body.dropLast()))
    }
    return nil
  }

  /// The text and the trailing tags (`#word`), which the lexer reads as tags, not text.
  static func splitTags(_ text: String) -> (String, [String]) {
    var words = text.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
    var tags: [String] = []
    while let last = words.last, last.hasPrefix("#") {
      tags.insert(last, at: 0)
      words.removeLast()
    }
    return (words.joined(separator: " "), tags)
  }

  static func isTag(_ tag: String) -> Bool {
    let body = tag.dropFirst()
    if body.hasPrefix("("), body.hasSuffix(")") { return body.count > 2 }
    return !body.isEmpty && body.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" }
  }

  /// The first character that would start another token, outside a backslash escape.
  static func unescapedSpecial(_ text: String) -> String? {
    var escaped = false
    var previous: Character = " "
    for character in text {
      if escaped {
        escaped = false
        previous = " "
        continue
      }
      if character == "\\" {
        escaped = true
        continue
      }
      if "[]<>*_{}@#".contains(character) { return String(character) }
      if previous == "/" && (character == "/" || character == "*") { return "/" + String(character) }
      previous = character
    }
    return nil
  }
}
