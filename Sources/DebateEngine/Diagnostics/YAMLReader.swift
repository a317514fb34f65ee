import Yams

/// Reads YAML data files into nodes with positions, turning every problem into a diagnostic.
///
/// Shared by the argument map and scenario loaders: they walk nodes rather than decode with
/// `Codable`, because `Codable` forgets where a value stood and a teacher needs line and column.
struct YAMLReader {
  private(set) var collector: DiagnosticCollector
  let source: String

  /// Files above this size are refused before parsing: a data file is never this large.
  static let maximumBytes = 1 << 20
  /// libyaml stops nesting deeper than this with a located error ("Maximum nesting level").
  static let maximumDepth = 1000

  /// The source is read as `SourceText` reads it: a byte-order mark dropped and CRLF made LF,
  /// so positions count lines and columns the same for a file saved on any system.
  init(file: String, source: String) {
    self.source = SourceText.normalized(source)
    collector = DiagnosticCollector(file: file, source: self.source)
  }

  var diagnostics: [Diagnostic] { collector.diagnostics }
  var hasErrors: Bool { collector.hasErrors }

  /// Parses the document; nil (with a diagnostic) when it is not well-formed YAML.
  mutating func root() -> Node? {
    if source.utf8.count > Self.maximumBytes {
      collector.error(
        "file is \(source.utf8.count) bytes; a data file may have at most \(Self.maximumBytes)", line: 0,
        column: 0)
      return nil
    }
    if let forbidden = SourceText.firstForbiddenCharacter(in: source) {
      collector.error(
        "the control character \(SourceText.name(forbidden.scalar)) is not allowed in YAML; delete it",
        line: forbidden.line, column: forbidden.column)
      return nil
    }
    if let alias = AliasKeyCheck.firstAliasInKey(source) {
      collector.error(
        "an alias (*name) cannot be used in a key: a data file's keys are field names",
        line: alias.line, column: alias.column)
      return nil
    }
    do {
      // The basic resolver: every value is read as text and typed by the reader, which spares
      // the regular expressions the default one compiles on every start.
      guard let node = try Yams.compose(yaml: source, .basic) else {
        collector.error("the file is empty", line: 1, column: 1)
        return nil
      }
      return node
    } catch let error as YamlError {
      report(error)
    } catch {
      collector.error("cannot read YAML: \(error)", line: 1, column: 1)
    }
    return nil
  }

  private mutating func report(_ error: YamlError) {
    switch error {
    case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
      .composer(let context, let problem, let mark, _):
      if problem.hasPrefix("Maximum nesting level") {
        collector.error(
          "nesting is deeper than \(Self.maximumDepth) levels", line: mark.line, column: mark.column)
        return
      }
      let detail = context.map { "\(problem) \($0.text)" } ?? problem
      collector.error("malformed YAML: \(detail)", line: mark.line, column: mark.column)
    case .duplicatedKeysInMapping(let duplicates, let context):
      let found = DuplicateKeyFinder(source: source).second(
        of: Set(duplicates), firstKeyAt: context.mark.line, column: context.mark.column)
      let names = duplicates.map { "'\($0)'" }.joined(separator: ", ")
      collector.error(
        "duplicate key \(found?.name.map { "'\($0)'" } ?? names): a field may appear only once in a mapping",
        line: found?.line ?? context.mark.line, column: found?.column ?? context.mark.column)
    case .reader(let problem, _, _, _):
      collector.error("cannot read the file: \(problem)", line: 1, column: 1)
    default:
      collector.error("malformed YAML: \(error)", line: 1, column: 1)
    }
  }

  // MARK: Typed access

  mutating func error(_ message: String, at node: Node?) {
    let mark = node?.mark
    collector.error(message, line: mark?.line ?? 0, column: mark?.column ?? 0)
  }

  /// An error at a position inside a node, e.g. a quotation within a line of text.
  mutating func error(_ message: String, line: Int, column: Int) {
    collector.error(message, line: line, column: column)
  }

  mutating func warning(_ message: String, at node: Node?) {
    let mark = node?.mark
    collector.warning(message, line: mark?.line ?? 0, column: mark?.column ?? 0)
  }

  /// The node as a mapping, or an error naming what was expected.
  mutating func mapping(_ node: Node, _ what: String) -> Node.Mapping? {
    if let mapping = node.mapping { return mapping }
    error("\(what) must be a mapping of fields", at: node)
    return nil
  }

  /// The node as a list; a single scalar is taken as a list of one.
  mutating func sequence(_ node: Node, _ what: String) -> [Node]? {
    if let sequence = node.sequence { return Array(sequence) }
    if node.scalar != nil { return [node] }
    error("\(what) must be a list", at: node)
    return nil
  }

  /// The node as a non-empty string.
  mutating func string(_ node: Node, _ what: String) -> String? {
    guard let scalar = node.scalar else {
      error("\(what) must be text", at: node)
      return nil
    }
    if scalar.string.isEmpty {
      error("\(what) must not be empty", at: node)
      return nil
    }
    return scalar.string
  }

  /// A list of non-empty strings (a single string counts as a list of one).
  mutating func strings(_ node: Node, _ what: String) -> [String] {
    guard let items = sequence(node, what) else { return [] }
    return items.compactMap { string($0, "each entry of \(what)") }
  }

  /// A whole number.
  mutating func integer(_ node: Node, _ what: String) -> Int? {
    guard let text = node.scalar?.string, let value = Int(text) else {
      error("\(what) must be a whole number", at: node)
      return nil
    }
    return value
  }

  /// A yes/no value.
  mutating func boolean(_ node: Node, _ what: String) -> Bool? {
    switch node.scalar?.string.lowercased() {
    case "true", "yes", "on": return true
    case "false", "no", "off": return false
    default:
      error("\(what) must be true or false", at: node)
      return nil
    }
  }

  /// Reports keys not in `known`, suggesting the nearest known key for a likely typo.
  mutating func rejectUnknownKeys(in mapping: Node.Mapping, known: [String], _ what: String) {
    for key in mapping.keys {
      guard let name = key.scalar?.string else {
        error("field names in \(what) must be text", at: key)
        continue
      }
      if !known.contains(name) {
        let hint = EditDistance.nearest(to: name, in: known).map { "; did you mean '\($0)'?" } ?? ""
        error("unknown field '\(name)' in \(what)\(hint)", at: key)
      }
    }
  }

  /// The value for `key`, or an error when a required field is missing.
  mutating func required(_ mapping: Node.Mapping, _ key: String, in what: String, at node: Node)
    -> Node?
  {
    if let value = mapping[key] { return value }
    error("\(what) is missing the field '\(key)'", at: node)
    return nil
  }
}
