/// Encodes a `Codable` record as JSON with its keys in the order `encode(to:)` writes them.
///
/// Foundation's `JSONEncoder` orders keys by hash unless told to sort them, so a contract such as
/// `{"utterance", "stance", "claim", …}` could not be kept. Records here are written by this
/// encoder and read back with `JSONDecoder`.
///
///     OrderedJSONEncoder().line(record)      // {"utterance":"…","stance":"agree",…}
public struct OrderedJSONEncoder: Sendable {
  /// Two-space indentation and one key per line, for files people open.
  public var pretty = false

  public init(pretty: Bool = false) { self.pretty = pretty }

  /// The value as JSON text, without a final newline. Fails only when the record itself throws.
  public func encode(_ value: some Encodable) throws -> String {
    let root = Node.Box()
    try value.encode(to: TreeEncoder(box: root, codingPath: []))
    var out = ""
    root.node.write(to: &out, pretty: pretty, depth: 0)
    return out
  }

  /// One line of JSON Lines: the record and a newline.
  public func line(_ value: some Encodable) throws -> String { try encode(value) + "\n" }
}

/// A JSON value with its object keys in order.
private enum Node {
  case null
  case literal(String)
  case string(String)
  case array([Box])
  case object([(String, Box)])

  final class Box {
    var node: Node = .null
    init(_ node: Node = .null) { self.node = node }
  }

  func write(to out: inout String, pretty: Bool, depth: Int) {
    let newline = pretty ? "\n" + String(repeating: "  ", count: depth + 1) : ""
    let closing = pretty ? "\n" + String(repeating: "  ", count: depth) : ""
    switch self {
    case .null: out += "null"
    case .literal(let text): out += text
    case .string(let text): Node.quote(text, into: &out)
    case .array(let items):
      guard !items.isEmpty else { return out += "[]" }
      out += "["
      for (i, item) in items.enumerated() {
        out += (i == 0 ? "" : ",") + newline
        item.node.write(to: &out, pretty: pretty, depth: depth + 1)
      }
      out += closing + "]"
    case .object(let fields):
      guard !fields.isEmpty else { return out += "{}" }
      out += "{"
      for (i, (key, value)) in fields.enumerated() {
        out += (i == 0 ? "" : ",") + newline
        Node.quote(key, into: &out)
        out += pretty ? " : " : ":"
        value.node.write(to: &out, pretty: pretty, depth: depth + 1)
      }
      out += closing + "}"
    }
  }

  static func quote(_ text: String, into out: inout String) {
    out += "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      case _ where scalar.value < 0x20:
        let hex = String(scalar.value, radix: 16)
        out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      default: out.unicodeScalars.append(scalar)
      }
    }
    out += "\""
  }
}

private struct TreeEncoder: Encoder {
  let box: Node.Box
  let codingPath: [any CodingKey]
  var userInfo: [CodingUserInfoKey: Any] { [:] }

  func container<Key: CodingKey>(keyedBy _: Key.Type) -> KeyedEncodingContainer<Key> {
    if case .object = box.node {} else { box.node = .object([]) }
    return KeyedEncodingContainer(KeyedWriter<Key>(box: box, codingPath: codingPath))
  }

  func unkeyedContainer() -> any UnkeyedEncodingContainer {
    if case .array = box.node {} else { box.node = .array([]) }
    return UnkeyedWriter(box: box, codingPath: codingPath)
  }

  func singleValueContainer() -> any SingleValueEncodingContainer {
    SingleWriter(box: box, codingPath: codingPath)
  }
}

/// Turns a leaf value into a node, or encodes a nested record into a new box.
private func node(for value: some Encodable, at path: [any CodingKey]) throws -> Node.Box {
  let box = Node.Box()
  switch value {
  case let text as String: box.node = .string(text)
  case let flag as Bool: box.node = .literal(flag ? "true" : "false")
  case let number as any BinaryInteger: box.node = .literal("\(number)")
  case let number as Double: box.node = number.isFinite ? .literal("\(number)") : .null
  default: try value.encode(to: TreeEncoder(box: box, codingPath: path))
  }
  return box
}

private struct KeyedWriter<Key: CodingKey>: KeyedEncodingContainerProtocol {
  let box: Node.Box
  let codingPath: [any CodingKey]

  private func append(_ key: Key, _ child: Node.Box) {
    guard case .object(var fields) = box.node else { return }
    fields.append((key.stringValue, child))
    box.node = .object(fields)
  }

  mutating func encodeNil(forKey key: Key) throws { append(key, Node.Box()) }

  mutating func encode(_ value: some Encodable, forKey key: Key) throws {
    append(key, try node(for: value, at: codingPath + [key]))
  }

  mutating func nestedContainer<NestedKey: CodingKey>(keyedBy _: NestedKey.Type, forKey key: Key)
    -> KeyedEncodingContainer<NestedKey>
  {
    let child = Node.Box(.object([]))
    append(key, child)
    return KeyedEncodingContainer(KeyedWriter<NestedKey>(box: child, codingPath: codingPath + [key]))
  }

  mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
    let child = Node.Box(.array([]))
    append(key, child)
    return UnkeyedWriter(box: child, codingPath: codingPath + [key])
  }

  mutating func superEncoder() -> any Encoder { TreeEncoder(box: box, codingPath: codingPath) }

  mutating func superEncoder(forKey key: Key) -> any Encoder {
    let child = Node.Box()
    append(key, child)
    return TreeEncoder(box: child, codingPath: codingPath + [key])
  }
}

private struct IndexKey: CodingKey {
  let intValue: Int?
  let stringValue: String
  init(_ index: Int) {
    intValue = index
    stringValue = "\(index)"
  }
  init?(stringValue: String) { nil }
  init?(intValue: Int) { self.init(intValue) }
}

private struct UnkeyedWriter: UnkeyedEncodingContainer {
  let box: Node.Box
  let codingPath: [any CodingKey]
  var count: Int {
    if case .array(let items) = box.node { items.count } else { 0 }
  }

  private func append(_ child: Node.Box) {
    guard case .array(var items) = box.node else { return }
    items.append(child)
    box.node = .array(items)
  }

  mutating func encodeNil() throws { append(Node.Box()) }

  mutating func encode(_ value: some Encodable) throws {
    append(try node(for: value, at: codingPath + [IndexKey(count)]))
  }

  mutating func nestedContainer<NestedKey: CodingKey>(keyedBy _: NestedKey.Type)
    -> KeyedEncodingContainer<NestedKey>
  {
    let child = Node.Box(.object([]))
    let path = codingPath + [IndexKey(count)]
    append(child)
    return KeyedEncodingContainer(KeyedWriter<NestedKey>(box: child, codingPath: path))
  }

  mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
    let child = Node.Box(.array([]))
    let path = codingPath + [IndexKey(count)]
    append(child)
    return UnkeyedWriter(box: child, codingPath: path)
  }

  mutating func superEncoder() -> any Encoder {
    let child = Node.Box()
    let path = codingPath + [IndexKey(count)]
    append(child)
    return TreeEncoder(box: child, codingPath: path)
  }
}

private struct SingleWriter: SingleValueEncodingContainer {
  let box: Node.Box
  let codingPath: [any CodingKey]

  mutating func encodeNil() throws { box.node = .null }

  mutating func encode(_ value: some Encodable) throws {
    box.node = try node(for: value, at: codingPath).node
  }
}
