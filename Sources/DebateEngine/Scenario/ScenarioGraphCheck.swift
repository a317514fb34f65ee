import Yams

/// Checks the turn graph of a scenario: links that go nowhere, turns never reached, and loops
/// that nothing (no student answer, no end) can leave.
struct ScenarioGraphCheck {
  let drafts: [TurnDraft]
  let start: String
  /// Turns already reported for problems of their own: never blamed as unreachable or trapped,
  /// and taken to reach an end, so one mistake is one error.
  let flawed: Set<String>
  private let index: [String: Int]

  init(drafts: [TurnDraft], start: String, flawed: Set<String> = []) {
    self.drafts = drafts
    self.start = start
    self.flawed = flawed
    var index: [String: Int] = [:]
    for (i, draft) in drafts.enumerated() where index[draft.turn.id] == nil { index[draft.turn.id] = i }
    self.index = index
  }

  mutating func check(_ reader: inout YAMLReader) {
    let ids = drafts.map(\.turn.id)
    var dangling = false
    for draft in drafts {
      for link in draft.links where index[link.target] == nil {
        dangling = true
        reader.error(
          "turn '\(draft.turn.id)' goes to unknown turn '\(link.target)'\(ScenarioLoader.hint(link.target, ids))",
          at: link.node)
      }
      for mention in draft.mentions where index[mention.target] == nil {
        reader.error(
          "turn '\(draft.turn.id)' depends on unknown turn '\(mention.target)'\(ScenarioLoader.hint(mention.target, ids))",
          at: mention.node)
      }
      if let turn = draft.turn.condition?.turn, let i = index[turn], !drafts[i].turn.isStudent,
        let node = draft.mentions.first(where: { $0.target == turn })?.node
      {
        reader.error(
          "turn '\(draft.turn.id)' asks for the stance at '\(turn)', which is not a student turn", at: node)
      }
    }
    if dangling { return }
    let reached = reachable(from: [start], forward: true)
    for draft in drafts where !reached.contains(draft.turn.id) && !flawed.contains(draft.turn.id) {
      reader.error("turn '\(draft.turn.id)' is never reached from the start '\(start)'", at: draft.idNode)
    }
    let ends = drafts.filter(\.turn.isEnd).map(\.turn.id)
    if ends.isEmpty, let first = drafts.first {
      reader.error("the scenario has no end turn (add 'end: true' to a closing turn)", at: first.idNode)
      return
    }
    let canEnd = reachable(from: ends + flawed.sorted(), forward: false)
    let trapped = drafts.filter { reached.contains($0.turn.id) && !canEnd.contains($0.turn.id) }
    if let first = trapped.first {
      let names = trapped.map { "'\($0.turn.id)'" }.joined(separator: ", ")
      reader.error(
        "turn '\(first.turn.id)' can never reach an end: \(names) loop with no student answer or end leading out",
        at: first.idNode)
    }
  }

  /// Turns reachable from `roots` following links forward, or backward (turns that lead to them).
  private func reachable(from roots: [String], forward: Bool) -> Set<String> {
    var predecessors: [String: [String]] = [:]
    if !forward {
      for draft in drafts {
        for next in draft.links.map(\.target) { predecessors[next, default: []].append(draft.turn.id) }
      }
    }
    var seen = Set(roots)
    var queue = roots
    while let id = queue.popLast() {
      // The links as written, so a turn that failed to load still leads where it says.
      let neighbours =
        forward ? (index[id].map { drafts[$0].links.map(\.target) } ?? []) : predecessors[id] ?? []
      for neighbour in neighbours where seen.insert(neighbour).inserted { queue.append(neighbour) }
    }
    return seen
  }
}
