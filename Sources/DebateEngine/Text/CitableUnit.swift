/// One quotable piece of a text: a front line, a heading or a body sentence.
///
/// `range` points into the corpus source, so `text` is provably verbatim: it is sliced from
/// the source, never rebuilt.
public struct CitableUnit: Hashable, Sendable {
  public enum Kind: String, Sendable { case front, heading, sentence }

  public let ref: UnitRef
  public let kind: Kind
  /// The unit's characters, exactly as they stand in the source.
  public let text: String
  /// Where `text` stands in the source, in UTF-8 byte offsets.
  public let byteRange: Range<Int>
  /// Body paragraph the unit belongs to (1-based), nil for front lines and headings.
  public var paragraph: Int? {
    if case .sentence(let p, _) = ref { return p }
    return nil
  }
}
