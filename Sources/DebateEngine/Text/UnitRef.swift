/// A stable reference to one citable unit of a text: `¶2.5`, `title`, `h3`.
///
/// References are derived from the text's layout, never from code, so transcripts, scenarios
/// and the argument map can name sentences and stay valid when the engine changes.
public enum UnitRef: Hashable, Sendable, Comparable, CustomStringConvertible {
  /// A line before the body (`title`, `subtitle`, `caption`) or a Markdown heading (`h1`, …).
  case front(String)
  /// Sentence `sentence` of body paragraph `paragraph`, both counted from 1.
  case sentence(paragraph: Int, sentence: Int)

  public static let paragraphSign: Character = "¶"

  public var description: String {
    switch self {
    case .front(let name): name
    case .sentence(let p, let s): "¶\(p).\(s)"
    }
  }

  /// Parses a reference as a person types it: `¶2.5`, `2.5`, `title`, `H2`.
  public init?(parsing raw: some StringProtocol) {
    var text = Substring(raw).trimmingWhitespace()
    if text.first == Self.paragraphSign { text = text.dropFirst() }
    if let dot = text.firstIndex(of: "."),
      let p = Int(text[..<dot]), let s = Int(text[text.index(after: dot)...]), p > 0, s > 0
    {
      self = .sentence(paragraph: p, sentence: s)
      return
    }
    let name = text.lowercased()
    guard !name.isEmpty, name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" }),
      name.first!.isLetter
    else { return nil }
    self = .front(name)
  }

  public static func < (a: UnitRef, b: UnitRef) -> Bool {
    switch (a, b) {
    case (.front(let x), .front(let y)): x < y
    case (.front, .sentence): true
    case (.sentence, .front): false
    case (.sentence(let p1, let s1), .sentence(let p2, let s2)): (p1, s1) < (p2, s2)
    }
  }
}

extension Substring {
  func trimmingWhitespace() -> Substring {
    var s = self
    while let c = s.first, c.isWhitespace { s.removeFirst() }
    while let c = s.last, c.isWhitespace { s.removeLast() }
    return s
  }
}
