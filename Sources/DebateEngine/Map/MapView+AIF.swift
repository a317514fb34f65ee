import Foundation

/// The map in AIFdb's JSON form of the Argument Interchange Format: I-nodes for claims and
/// quoted sentences, RA-nodes for supports, CA-nodes for attacks and, with a transcript, an
/// L-node for each turn (its speaker in `locutions` and `participants`), TA-nodes between
/// consecutive turns and YA-nodes ("Asserting") from a turn to what it asserts.
///
/// The essay's view of a rejected claim is an I-node of its own, in conflict (CA) with the
/// claim's statement; relations and evidence go to and from the views, as in the Argdown export.
extension MapView {
  struct AIFNode: Encodable {
    let nodeID: String
    let text: String
    let type: String
    let timestamp: String
    let scheme: String?
  }

  struct AIFEdge: Encodable {
    let edgeID: String
    let fromID: String
    let toID: String
    let formEdgeID: String?
  }

  struct AIFLocution: Encodable {
    let nodeID: String
    let personID: String
  }

  struct AIFParticipant: Encodable {
    let participantID: String
    let firstname: String
    let surname: String
  }

  struct AIFDocument: Encodable {
    var nodes: [AIFNode] = []
    var edges: [AIFEdge] = []
    var locutions: [AIFLocution] = []
    var participants: [AIFParticipant] = []

    mutating func node(_ type: String, _ text: String, scheme: String? = nil) -> String {
      let id = String(nodes.count + 1)
      nodes.append(AIFNode(nodeID: id, text: text, type: type, timestamp: "", scheme: scheme))
      return id
    }

    mutating func edge(_ from: String, _ to: String) {
      edges.append(AIFEdge(edgeID: String(edges.count + 1), fromID: from, toID: to, formEdgeID: nil))
    }

    /// `from` → S-node → `to`, the S-node of `type` (RA, CA, YA, TA).
    mutating func link(_ from: String, _ to: String, _ type: String) {
      let (text, scheme) =
        switch type {
        case "RA": ("Default Inference", "Default Inference")
        case "CA": ("Default Conflict", "Default Conflict")
        case "TA": ("Default Transition", "Default Transition")
        default: ("Asserting", "Asserting")
        }
      let s = node(type, text, scheme: scheme)
      edge(from, s)
      edge(s, to)
    }
  }

  public func aif() -> String {
    var document = AIFDocument()
    var statement: [String: String] = [:]
    var view: [String: String] = [:]
    for claim in map.claims {
      let id = document.node("I", claim.statement)
      statement[claim.id] = id
      if claim.essayPosition == .rejects {
        let essay = document.node("I", claim.view)
        document.link(essay, id, "CA")
        view[claim.id] = essay
      } else {
        view[claim.id] = id
      }
    }
    for edge in edges {
      guard let from = view[edge.from], let to = statement[edge.to] else { continue }
      document.link(from, to, edge.kind == .supports ? "RA" : "CA")
    }
    var sentence: [UnitRef: String] = [:]
    func sentenceNode(_ ref: UnitRef) -> String? {
      if let id = sentence[ref] { return id }
      guard let unit = corpus.unit(ref) else { return nil }
      let id = document.node("I", "\(ref) “\(unit.text)”")
      sentence[ref] = id
      return id
    }
    for claim in map.claims where claim.essayPosition != .open {
      for ref in claim.evidence {
        if let from = sentenceNode(ref), let to = view[claim.id] { document.link(from, to, "RA") }
      }
      if let opposing = claim.opposingView, let to = view[claim.id] {
        let refs = claim.opposingRefs.map(\.description).joined(separator: " ")
        document.link(document.node("I", "\(opposing) (\(refs))"), to, "CA")
      }
    }
    if let transcript { addTurns(transcript, to: &document, view: view, sentenceNode: sentenceNode) }
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    guard let data = try? encoder.encode(document) else { return "{}\n" }
    return String(decoding: data, as: UTF8.self) + "\n"
  }

  /// Each turn as an L-node; a student's turn asserts its own I-node, which supports or attacks
  /// the essay's view of its claim; an essay turn asserts the sentences it quotes, and those
  /// attack the student's objection just before it.
  private func addTurns(
    _ transcript: Transcript, to document: inout AIFDocument, view: [String: String],
    sentenceNode: (UnitRef) -> String?
  ) {
    var people: [String: String] = [:]
    var previous: String?
    var objection: String?
    for entry in transcript.entries {
      let person =
        people[entry.speaker]
        ?? {
          let id = String(people.count + 1)
          people[entry.speaker] = id
          document.participants.append(
            AIFParticipant(participantID: id, firstname: entry.speaker, surname: ""))
          return id
        }()
      let locution = document.node("L", "\(entry.speaker) : \(entry.text)")
      document.locutions.append(AIFLocution(nodeID: locution, personID: person))
      if let previous { document.link(previous, locution, "TA") }
      previous = locution
      if entry.role == .student {
        objection = nil
        guard let claim = entry.claim, let target = view[claim],
          let stance = entry.stance, stance == .agree || stance == .disagree
        else { continue }
        let content = document.node("I", entry.text)
        document.link(locution, content, "YA")
        document.link(content, target, stance == .agree ? "RA" : "CA")
        if stance == .disagree { objection = content }
      } else {
        for raw in entry.refs {
          guard let ref = UnitRef(parsing: raw), let quoted = sentenceNode(ref) else { continue }
          document.link(locution, quoted, "YA")
          if entry.role == .essay, let objection { document.link(quoted, objection, "CA") }
        }
      }
    }
  }
}
