import DebateEngine
import Foundation

extension TranscriptFormat {
  /// The transcript in a JSON file, or a failure naming the entry and the field at fault:
  ///
  ///     debate: cannot read t.json as a JSON transcript: entry 3: 'stance' is 'maybe'; use one of
  ///     agree, disagree, neutral, unrelated
  static func decode(_ bytes: [UInt8], path: String) throws -> Transcript {
    if TranscriptFormat(path: path) == .markdown || bytes.first == UInt8(ascii: "#") {
      throw CommandFailure(
        "\(path) is a Markdown transcript, for people to read: use the .json file (save one with /save NAME.json or play --transcript NAME.json)"
      )
    }
    do {
      return try JSONDecoder().decode(Transcript.self, from: Data(bytes))
    } catch let error as DecodingError {
      throw CommandFailure("cannot read \(path) as a JSON transcript: \(describe(error, in: bytes))")
    }
  }

  /// What is wrong, and where: `entry 3: 'stance' …`, or `the transcript has no 'version'`.
  static func describe(_ error: DecodingError, in bytes: [UInt8]) -> String {
    switch error {
    case .keyNotFound(let key, let context):
      let field = key.stringValue
      return "\(place(context.codingPath, owner: true)) has no '\(field)'\(choices(for: field))"
    case .valueNotFound(_, let context):
      return "\(place(context.codingPath)) is null\(choices(for: context.codingPath.last?.stringValue))"
    case .typeMismatch(let type, let context):
      return "\(place(context.codingPath)) must be \(kind(of: type))"
    case .dataCorrupted(let context) where context.codingPath.isEmpty:
      let detail = (context.underlyingError as NSError?)?.userInfo[NSDebugDescriptionErrorKey] as? String
      return "it is not valid JSON" + (detail.map { " (\($0))" } ?? "")
    case .dataCorrupted(let context):
      let value = rawValue(at: context.codingPath, in: bytes).map { " is '\($0)'" } ?? " is not valid"
      return place(context.codingPath) + value + choices(for: context.codingPath.last?.stringValue)
    @unknown default:
      return "\(error)"
    }
  }

  /// `entry 3: 'stance'`, `'version'`, or for a missing key `entry 3` / `the transcript`.
  private static func place(_ path: [any CodingKey], owner: Bool = false) -> String {
    var entry: Int?
    var fields: [String] = []
    for key in path {
      if let index = key.intValue {
        entry = index + 1
      } else if key.stringValue != "entries" || entry != nil {
        fields.append(key.stringValue)
      }
    }
    let prefix = entry.map { "entry \($0)" }
    if owner {
      return prefix
        ?? (path.isEmpty ? "the transcript" : "'\(path.map(\.stringValue).joined(separator: "."))'")
    }
    let field = fields.isEmpty ? "'entries'" : "'\(fields.joined(separator: "."))'"
    return prefix.map { "\($0): \(field)" } ?? field
  }

  /// The values a field may take, as `; use one of …`, for the fields that are choices.
  private static func choices(for field: String?) -> String {
    switch field {
    case "stance": "; use one of " + Stance.allCases.map(\.rawValue).joined(separator: ", ")
    case "role": "; use one of " + SpeakerRole.allCases.map(\.rawValue).joined(separator: ", ")
    default: ""
    }
  }

  private static func kind(of type: Any.Type) -> String {
    switch type {
    case is Int.Type: "a whole number"
    case is String.Type, is Stance.Type, is SpeakerRole.Type: "text"
    case is [Any].Type, is [String].Type, is [TranscriptEntry].Type, is [ReplyPart].Type: "a list"
    case is [String: Any].Type, is TranscriptEntry.Type, is ReplyPart.Type, is ScenarioSummary.Type:
      "an object"
    default: "a different kind of value"
    }
  }

  /// The text value at `path`, to quote it back; nil when it is not text.
  private static func rawValue(at path: [any CodingKey], in bytes: [UInt8]) -> String? {
    var value = try? JSONSerialization.jsonObject(with: Data(bytes))
    for key in path {
      if let index = key.intValue {
        guard let list = value as? [Any], list.indices.contains(index) else { return nil }
        value = list[index]
      } else {
        value = (value as? [String: Any])?[key.stringValue]
      }
    }
    return (value as? String).map { String($0.prefix(80)) }
  }
}
