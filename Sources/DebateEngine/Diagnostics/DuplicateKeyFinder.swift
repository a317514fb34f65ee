/// Finds where a key is used the second time in a mapping, so a duplicate is reported there.
///
/// Yams reports a mapping with duplicate keys by the names and the first key's position only.
/// A teacher needs the second one, the line to delete:
///
///     t.yaml:12:5: error: duplicate key 'next': a field may appear only once in a mapping
///         next: fin
///         ^
///
/// Block mappings (one key per line, the layout every shipped file uses) are read line by line
/// from the first key's column; keys in a flow mapping (`{a: 1, a: 2}`) on the first key's line
/// are found by their text. Nil when the second use cannot be found: the caller then reports the
/// first key's position.
struct DuplicateKeyFinder {
  private let lines: [[Unicode.Scalar]]

  init(source: String) {
    lines = source.split(separator: "\n", omittingEmptySubsequences: false).map { Array($0.unicodeScalars) }
  }

  /// The second use of one of `names` in the mapping whose key stands at `line`:`column`.
  func second(of names: Set<String>, firstKeyAt line: Int, column: Int) -> (
    name: String?, line: Int, column: Int
  )? {
    guard line >= 1, line <= lines.count, column >= 1 else { return nil }
    var seen: Set<String> = []
    var positions: Set<[Int]> = []
    for key in blockKeys(line: line, column: column) + flowKeys(line: line, column: column) {
      guard let name = key.name, names.contains(name), positions.insert([key.line, key.column]).inserted
      else { continue }
      if !seen.insert(name).inserted { return key }
    }
    return nil
  }

  /// The keys of the block mapping with a key at `line`:`column`, in order.
  private func blockKeys(line: Int, column: Int) -> [(name: String?, line: Int, column: Int)] {
    let indent = column - 1
    // Back to the mapping's first key: lines indented deeper belong to earlier values.
    var start = line - 1
    while start > 0 {
      let previous = lines[start - 1]
      guard let first = firstNonSpace(previous) else {
        start -= 1
        continue
      }
      if first > indent || (first == indent && previous[first] != "-") {
        start -= 1
        continue
      }
      if keyFollowsDashes(previous, at: indent) { start -= 1 }
      break
    }
    var keys: [(name: String?, line: Int, column: Int)] = []
    for index in start..<lines.count {
      let text = lines[index]
      guard let first = firstNonSpace(text) else { continue }
      if first < indent {
        // A sequence entry's first key stands after its dash: `  - id: a`.
        guard index == start, keyFollowsDashes(text, at: indent) else { break }
      } else if first > indent {
        continue
      } else if text[first] == "-" && index != start {
        break
      }
      if let name = key(in: text, at: indent) { keys.append((name, index + 1, column)) }
    }
    return keys
  }

  /// Keys written `name:` from the first key on along its line, as in `{id: a, id: b}`: each
  /// first thing after `{` or `,`. Each try stops at the next `:`, `,` or `}`, so a long line
  /// costs its length, not its square.
  private func flowKeys(line: Int, column: Int) -> [(name: String?, line: Int, column: Int)] {
    let text = lines[line - 1]
    var keys: [(name: String?, line: Int, column: Int)] = []
    var startsEntry = true
    var offset = column - 1
    while offset < text.count {
      let scalar = text[offset]
      if scalar != " " {
        if startsEntry, let name = key(in: text, at: offset) { keys.append((name, line, offset + 1)) }
        startsEntry = scalar == "{" || scalar == ","
      }
      offset += 1
    }
    return keys
  }

  /// Whether the text before `offset` is only spaces and `- ` entry markers.
  private func keyFollowsDashes(_ text: [Unicode.Scalar], at offset: Int) -> Bool {
    guard offset <= text.count, offset > 0 else { return false }
    let before = text[..<offset]
    return before.contains("-") && before.allSatisfy { $0 == " " || $0 == "-" }
  }

  private func firstNonSpace(_ text: [Unicode.Scalar]) -> Int? {
    guard let index = text.firstIndex(where: { $0 != " " }), text[index] != "#" else { return nil }
    return index
  }

  /// The key written at `offset`: quoted, or plain up to `: ` or a `:` that ends the line.
  private func key(in text: [Unicode.Scalar], at offset: Int) -> String? {
    guard offset < text.count else { return nil }
    var scalars = String.UnicodeScalarView()
    let quote = text[offset]
    if quote == "\"" || quote == "'" {
      var index = offset + 1
      while index < text.count, text[index] != quote {
        scalars.append(text[index])
        index += 1
      }
      let colon = index + 1
      guard colon < text.count, text[colon] == ":" else { return nil }
      return String(scalars)
    }
    var index = offset
    while index < text.count {
      let atColon = text[index] == ":" && (index + 1 == text.count || text[index + 1] == " ")
      if atColon { return String(String(scalars).reversed().drop { $0 == " " }.reversed()) }
      if text[index] == "," || text[index] == "}" || text[index] == "]" || text[index] == "#" { return nil }
      scalars.append(text[index])
      index += 1
    }
    return nil
  }
}
