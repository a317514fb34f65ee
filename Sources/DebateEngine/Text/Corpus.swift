/// A text that the debate is grounded in, cut into citable units with stable references.
///
/// The lines before the body (title, subtitle, caption) and Markdown headings are units of their
/// own; body paragraphs are split into sentences. Every unit is a slice of `source`.
public struct Corpus: Sendable {
  /// The text exactly as loaded.
  public let source: String
  /// Every citable unit in reading order.
  public let units: [CitableUnit]
  /// Plain text or Markdown: how `units` were cut.
  public let format: TextFormat
  private let indexByRef: [UnitRef: Int]

  /// Cuts `text` into units. Throws when there is nothing to cite.
  public init(
    text: String, format: TextFormat = .plain, splitter: SentenceSplitter = SentenceSplitter()
  ) throws(CorpusError) {
    source = text
    self.format = format
    units = CorpusLayout(text: text, splitter: splitter, format: format).units()
    guard !units.isEmpty else {
      throw .empty
    }
    var index: [UnitRef: Int] = [:]
    for (i, unit) in units.enumerated() { index[unit.ref] = i }
    indexByRef = index
  }

  /// The title line or first heading, when the text has one.
  public var title: String? { units.first(where: { $0.kind != .sentence })?.text }

  public var sentences: [CitableUnit] { units.filter { $0.kind == .sentence } }

  public var paragraphCount: Int { units.compactMap(\.paragraph).max() ?? 0 }

  public func unit(_ ref: UnitRef) -> CitableUnit? { indexByRef[ref].map { units[$0] } }

  /// Whether `quote` stands in the source exactly as given.
  public func containsVerbatim(_ quote: some StringProtocol) -> Bool {
    !quote.isEmpty && source.contains(quote)
  }
}

/// Why a text cannot be used as a corpus.
public enum CorpusError: Error, Equatable, Sendable, CustomStringConvertible {
  case empty
  case binary
  case notUTF8
  case tooLarge(bytes: Int, limit: Int)

  public var description: String {
    switch self {
    case .empty: "it is empty: there is no text to cite"
    case .binary: "it looks like a binary file, not text"
    case .notUTF8: "it is not valid UTF-8 text"
    case .tooLarge(let bytes, let limit): "it is \(bytes) bytes; the limit is \(limit)"
    }
  }
}

extension Corpus {
  /// The largest text accepted, far above any essay, to keep a wrong file from exhausting memory.
  public static let maximumBytes = 64 << 20

  /// Decodes raw bytes as a corpus, rejecting binary and non-UTF-8 content with a reason.
  public init(bytes: [UInt8], format: TextFormat = .plain) throws(CorpusError) {
    guard bytes.count <= Self.maximumBytes else {
      throw .tooLarge(bytes: bytes.count, limit: Self.maximumBytes)
    }
    let text: String
    switch TextBytes.decode(bytes) {
    case .success(let decoded): text = decoded
    // UTF-16 text is full of zero bytes; say what it is rather than calling it binary.
    case .failure(.nul): throw .binary
    case .failure: throw .notUTF8
    }
    var body = Substring(text)
    if body.first == "\u{FEFF}" { body = body.dropFirst() }
    if body.trimmingWhitespace().isEmpty { throw .empty }
    try self.init(text: String(body), format: format)
  }
}
