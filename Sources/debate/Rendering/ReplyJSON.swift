import DebateEngine

/// The `debate ask --json` contract: one object per turn, on one line, keys in a fixed order.
///
/// `{"utterance", "stance", "claim", "evidence": [{"ref", "text"}], "reply"}`; with `--why`,
/// also `"why"`, the explanation's lines. Written by hand so the key order is stable and
/// golden files compare byte for byte.
enum ReplyJSON {
  static func line(for reply: Reply, explain: Bool = false) -> String {
    var fields: [(String, String)] = [
      ("utterance", JSONText.string(reply.utterance)),
      ("stance", JSONText.string(reply.stance.rawValue)),
      ("claim", reply.claimID.map(JSONText.string) ?? "null"),
      ("evidence", JSONText.array(reply.evidence.map(citation))),
      ("reply", JSONText.string(reply.text)),
    ]
    if explain {
      let lines = reply.explanation.description.split(separator: "\n").map { JSONText.string(String($0)) }
      fields.append(("why", JSONText.array(lines)))
    }
    return JSONText.object(fields)
  }

  static func citation(_ citation: Citation) -> String {
    JSONText.object([
      ("ref", JSONText.string(citation.ref.description)), ("text", JSONText.string(citation.text)),
    ])
  }
}

/// Minimal JSON writing with a fixed key order.
enum JSONText {
  static func object(_ fields: [(String, String)]) -> String {
    "{" + fields.map { string($0.0) + ":" + $0.1 }.joined(separator: ",") + "}"
  }

  static func array(_ items: [String]) -> String { "[" + items.joined(separator: ",") + "]" }

  static func string(_ text: String) -> String {
    var out = "\""
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
    return out + "\""
  }
}
