import Foundation

/// The node rules of the Argument Interchange Format as AIFdb's JSON carries it: I-nodes hold
/// propositions and L-nodes locutions; they never touch each other directly. An RA-node
/// (inference) has at least one premise and exactly one conclusion, a CA-node (conflict)
/// exactly one of each, both among I-nodes and S-nodes; a YA-node (illocution) goes from one
/// L- or TA-node to one I- or S-node; a TA-node (transition) from one L-node to one L-node.
/// Every L-node has a locution whose person is a participant; ids are unique, edges join nodes
/// that exist, and no node is left unconnected.
struct AIFRules {
  struct Node {
    let id: String
    let type: String
    let text: String
  }

  var problems: [String] = []
  var nodes: [String: Node] = [:]
  var edges: [(from: String, to: String)] = []

  init(_ json: String) {
    guard let object = try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any],
      let nodeList = object["nodes"] as? [[String: Any]], let edgeList = object["edges"] as? [[String: Any]],
      let locutions = object["locutions"] as? [[String: Any]],
      let participants = object["participants"] as? [[String: Any]]
    else {
      problems.append("not AIFdb JSON with nodes, edges, locutions and participants")
      return
    }
    for item in nodeList {
      guard let id = item["nodeID"] as? String, let type = item["type"] as? String,
        let text = item["text"] as? String
      else {
        problems.append("a node without nodeID, type or text: \(item)")
        continue
      }
      if nodes[id] != nil { problems.append("duplicate nodeID \(id)") }
      if !["I", "L", "RA", "CA", "MA", "PA", "YA", "TA"].contains(type) {
        problems.append("unknown type \(type)")
      }
      nodes[id] = Node(id: id, type: type, text: text)
    }
    var edgeIDs = Set<String>()
    for item in edgeList {
      guard let id = item["edgeID"] as? String, let from = item["fromID"] as? String,
        let to = item["toID"] as? String
      else {
        problems.append("an edge without edgeID, fromID or toID")
        continue
      }
      if !edgeIDs.insert(id).inserted { problems.append("duplicate edgeID \(id)") }
      if nodes[from] == nil || nodes[to] == nil { problems.append("edge \(id) joins a missing node") }
      edges.append((from, to))
    }
    let people = Set(participants.compactMap { $0["participantID"] as? String })
    let spoken = Dictionary(
      locutions.compactMap { item in (item["nodeID"] as? String).map { ($0, item["personID"] as? String) } },
      uniquingKeysWith: { a, _ in a })
    let isS: (String) -> Bool = { ["RA", "CA", "MA", "PA", "YA", "TA"].contains($0) }
    for node in nodes.values {
      let incoming = edges.filter { $0.to == node.id }.compactMap { nodes[$0.from]?.type }
      let outgoing = edges.filter { $0.from == node.id }.compactMap { nodes[$0.to]?.type }
      if incoming.isEmpty && outgoing.isEmpty { problems.append("\(node.type) \(node.id) is unconnected") }
      switch node.type {
      case "I":
        if (incoming + outgoing).contains(where: { $0 == "I" || $0 == "L" }) {
          problems.append("I-node \(node.id) touches an I- or L-node directly")
        }
      case "L":
        if (incoming + outgoing).contains(where: { $0 == "I" || $0 == "L" }) {
          problems.append("L-node \(node.id) touches an I- or L-node directly")
        }
        if let person = spoken[node.id] ?? nil {
          if !people.contains(person) { problems.append("L-node \(node.id) spoken by unknown \(person)") }
        } else {
          problems.append("L-node \(node.id) has no locution")
        }
      case "RA", "CA":
        let ends = incoming + outgoing
        if ends.contains(where: { $0 == "L" }) {
          problems.append("\(node.type) \(node.id) touches an L-node")
        }
        if incoming.filter({ $0 != "YA" }).isEmpty {
          problems.append("\(node.type) \(node.id) has no premise")
        }
        if outgoing.count != 1 {
          problems.append("\(node.type) \(node.id) has \(outgoing.count) conclusions")
        }
        if node.type == "CA", incoming.filter({ $0 != "YA" }).count != 1 {
          problems.append("CA \(node.id) has \(incoming.count) conflicting nodes")
        }
      case "YA":
        if incoming.count != 1 || !(incoming[0] == "L" || incoming[0] == "TA") {
          problems.append("YA \(node.id) does not come from one L- or TA-node")
        }
        if outgoing.count != 1 || !(outgoing[0] == "I" || isS(outgoing[0])) {
          problems.append("YA \(node.id) does not go to one I- or S-node")
        }
      case "TA":
        if incoming.filter({ $0 == "L" }).count != 1 || outgoing.filter({ $0 == "L" }).count != 1 {
          problems.append("TA \(node.id) does not join two L-nodes")
        }
      default: break
      }
    }
  }

  func count(_ type: String) -> Int { nodes.values.filter { $0.type == type }.count }
}
