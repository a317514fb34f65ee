/// A part as JSON: `{"prose": "…"}`, or a quote `{"ref": "¶2.5", "text": "…"}` with the
/// sentence verbatim, so no reader has to find quotes again in flattened text.
extension ReplyPart: Codable {
  private enum CodingKeys: String, CodingKey { case prose, ref, text }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    if let words = try container.decodeIfPresent(String.self, forKey: .prose) {
      self = .prose(words)
    } else {
      self = .quote(try Citation(from: decoder))
    }
  }

  public func encode(to encoder: any Encoder) throws {
    switch self {
    case .prose(let words):
      var container = encoder.container(keyedBy: CodingKeys.self)
      try container.encode(words, forKey: .prose)
    case .quote(let citation): try citation.encode(to: encoder)
    }
  }
}
