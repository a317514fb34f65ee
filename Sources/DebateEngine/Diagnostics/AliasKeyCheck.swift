import CYaml

/// Finds an alias used inside a mapping key, before Yams composes the document.
///
/// Yams hashes every key of a mapping to find duplicates, and hashing an alias hashes the whole
/// node it names, expanded: an "alias bomb" (nine anchors each listing the previous one nine
/// times) used as a key is 9⁹ nodes and never finishes. Values are safe, since Yams shares an
/// alias's node instead of copying it and the loaders only walk the fields they know; so only
/// aliases inside keys are refused. The check reads libyaml's events, so quotes, comments and
/// block scalars cannot fool it.
enum AliasKeyCheck {
  /// The 1-based line and column of the first alias inside a key; nil when there is none or
  /// the document is malformed (Yams reports that with its position).
  static func firstAliasInKey(_ source: String) -> (line: Int, column: Int)? {
    let bytes = Array(source.utf8)
    return bytes.withUnsafeBufferPointer { buffer -> (line: Int, column: Int)? in
      var parser = yaml_parser_t()
      guard yaml_parser_initialize(&parser) == 1, let base = buffer.baseAddress else { return nil }
      defer { yaml_parser_delete(&parser) }
      yaml_parser_set_input_string(&parser, base, buffer.count)
      return scan(&parser)
    }
  }

  /// One open collection: whether it is a mapping waiting for a key, and whether it sits in a key.
  private struct Frame {
    var isMapping: Bool
    var expectsKey: Bool
    var inKey: Bool
  }

  private static func scan(_ parser: inout yaml_parser_t) -> (line: Int, column: Int)? {
    var stack: [Frame] = []
    var event = yaml_event_t()
    while yaml_parser_parse(&parser, &event) == 1 {
      defer { yaml_event_delete(&event) }
      let mark = (line: Int(event.start_mark.line) + 1, column: Int(event.start_mark.column) + 1)
      let parentInKey = stack.last.map { $0.inKey || ($0.isMapping && $0.expectsKey) } ?? false
      switch event.type {
      case YAML_STREAM_END_EVENT:
        return nil
      case YAML_ALIAS_EVENT:
        if parentInKey { return mark }
        completeNode(&stack)
      case YAML_SCALAR_EVENT:
        completeNode(&stack)
      case YAML_SEQUENCE_START_EVENT:
        stack.append(Frame(isMapping: false, expectsKey: false, inKey: parentInKey))
      case YAML_MAPPING_START_EVENT:
        stack.append(Frame(isMapping: true, expectsKey: true, inKey: parentInKey))
      case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
        _ = stack.popLast()
        completeNode(&stack)
      default:
        break
      }
    }
    return nil
  }

  /// A node ended: the mapping holding it now waits for a value after a key, a key after a value.
  private static func completeNode(_ stack: inout [Frame]) {
    guard let last = stack.indices.last, stack[last].isMapping else { return }
    stack[last].expectsKey.toggle()
  }
}
