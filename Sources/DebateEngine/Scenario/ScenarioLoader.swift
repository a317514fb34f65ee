import Yams

/// Reads a scenario from YAML and checks it against the text and the argument map.
///
/// Collects every problem before failing, each with file, line and column: malformed YAML,
/// wrong types, missing or unknown fields, duplicate ids, unknown speakers, refs and claims,
/// dangling links, unreachable turns, loops that cannot end, and essay quotes that are not
/// verbatim.
public struct ScenarioLoader: Sendable {
  public let corpus: Corpus
  /// The claims scenarios may name; nil skips claim checks (when the map itself is broken).
  public let map: ArgumentMap?

  public init(corpus: Corpus, map: ArgumentMap?) {
    self.corpus = corpus
    self.map = map
  }

  static let scenarioFields = ["version", "id", "title", "motion", "claims", "cast", "start", "turns"]
  static let speakerFields = ["id", "name", "side"]

  /// The scenario in `source`, or every diagnostic found in it.
  public func load(_ source: String, file: String) throws(DiagnosticList) -> Scenario {
    var reader = YAMLReader(file: file, source: source)
    guard let root = reader.root(), let top = reader.mapping(root, "a scenario") else {
      throw DiagnosticList(reader.diagnostics)
    }
    reader.rejectUnknownKeys(in: top, known: Self.scenarioFields, "a scenario")
    if let version = top["version"], let number = reader.integer(version, "version"), number != 1 {
      reader.error("unsupported version \(number); this debate reads version 1", at: version)
    }
    let id = text(top, "id", &reader, root)
    if let id, let node = top["id"] { checkIdentifier(id, "scenario id", node, &reader) }
    let title = text(top, "title", &reader, root)
    let motion = text(top, "motion", &reader, root)
    var claims: [String] = []
    if let list = top["claims"] {
      for item in reader.sequence(list, "claims") ?? [] {
        guard let claim = reader.string(item, "each entry of claims") else { continue }
        checkClaim(claim, at: item, &reader)
        claims.append(claim)
      }
    }
    let cast = readCast(top, root, &reader)
    var drafts: [TurnDraft] = []
    /// Turns with problems of their own: the graph check does not blame them again.
    var flawed: Set<String> = []
    if let list = reader.required(top, "turns", in: "a scenario", at: root),
      let items = reader.sequence(list, "turns")
    {
      if items.isEmpty { reader.error("the scenario has no turns", at: list) }
      var seen: Set<String> = []
      for item in items {
        let problems = reader.diagnostics.count
        guard let draft = readTurn(item, cast: cast, &reader) else { continue }
        if reader.diagnostics.count > problems { flawed.insert(draft.turn.id) }
        if !seen.insert(draft.turn.id).inserted {
          reader.error("duplicate turn id '\(draft.turn.id)'", at: draft.idNode)
        }
        drafts.append(draft)
      }
    }
    var start = drafts.first?.turn.id
    var startIsKnown = start != nil
    if let startNode = top["start"], let name = reader.string(startNode, "start") {
      start = name
      startIsKnown = drafts.contains { $0.turn.id == name }
      if !startIsKnown {
        let hint = Self.hint(name, drafts.map(\.turn.id))
        reader.error("start names unknown turn '\(name)'\(hint)", at: startNode)
      }
    }
    // The graph is checked alongside every other problem, so one run reports them all.
    if let start, startIsKnown {
      var graph = ScenarioGraphCheck(drafts: drafts, start: start, flawed: flawed)
      graph.check(&reader)
    }
    guard !reader.hasErrors, let id, let title, let motion, let start else {
      throw DiagnosticList(reader.diagnostics)
    }
    return Scenario(
      id: id, title: title, motion: motion, file: file, cast: cast.members.map(\.speaker), claims: claims,
      start: start, turns: drafts.map(\.turn))
  }

  private func readCast(_ top: Node.Mapping, _ root: Node, _ reader: inout YAMLReader) -> CastList {
    guard let list = reader.required(top, "cast", in: "a scenario", at: root),
      let items = reader.sequence(list, "cast")
    else { return CastList() }
    var cast: [CastDraft] = []
    var broken: Set<String> = []
    for item in items {
      guard let fields = reader.mapping(item, "a cast member") else { continue }
      reader.rejectUnknownKeys(in: fields, known: Self.speakerFields, "a cast member")
      let id = text(fields, "id", &reader, item, in: "a cast member")
      let name = text(fields, "name", &reader, item, in: "a cast member")
      var side: SpeakerRole?
      if let raw = text(fields, "side", &reader, item, in: "a cast member"), let node = fields["side"] {
        side = SpeakerRole(rawValue: raw)
        if side == nil {
          let sides = SpeakerRole.allCases.map(\.rawValue)
          reader.error(
            "side must be one of \(sides.joined(separator: ", ")), not '\(raw)'\(Self.hint(raw, sides))",
            at: node)
        }
      }
      guard let id, let name, let side, let idNode = fields["id"] else {
        if let id { broken.insert(id) }
        continue
      }
      checkIdentifier(id, "speaker id", idNode, &reader)
      if cast.contains(where: { $0.speaker.id == id }) {
        reader.error("duplicate speaker id '\(id)'", at: idNode)
      }
      cast.append(CastDraft(speaker: ScenarioSpeaker(id: id, name: name, side: side), node: item))
    }
    if items.isEmpty { reader.error("the cast is empty", at: list) }
    return CastList(members: cast, broken: broken)
  }

  // MARK: Shared helpers

  /// A required text field.
  func text(
    _ fields: Node.Mapping, _ key: String, _ reader: inout YAMLReader, _ node: Node,
    in what: String = "a scenario"
  ) -> String? {
    reader.required(fields, key, in: what, at: node).flatMap { reader.string($0, "\(key) of \(what)") }
  }

  func checkIdentifier(_ id: String, _ what: String, _ node: Node, _ reader: inout YAMLReader) {
    if !id.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }) {
      reader.error("\(what) '\(id)' may use only letters, digits, '-' and '_'", at: node)
    }
  }

  func checkClaim(_ id: String, at node: Node, _ reader: inout YAMLReader) {
    guard let map, map.claim(id) == nil else { return }
    reader.error("unknown claim '\(id)'\(Self.hint(id, map.claims.map(\.id)))", at: node)
  }

  static func hint(_ name: String, _ known: [String]) -> String {
    EditDistance.nearest(to: name, in: known).map { "; did you mean '\($0)'?" } ?? ""
  }
}

/// A cast member with the node it came from.
struct CastDraft {
  let speaker: ScenarioSpeaker
  let node: Node
}

/// The cast as read: the members that loaded, and the ids of those that did not (a wrong side,
/// a missing name), whose turns are then not reported again as spoken by an unknown speaker.
struct CastList {
  var members: [CastDraft] = []
  var broken: Set<String> = []

  var ids: [String] { members.map(\.speaker.id) + broken.sorted() }
}

/// A parsed turn with the nodes the graph checks point at.
struct TurnDraft {
  let turn: ScenarioTurn
  let node: Node
  let idNode: Node
  /// Each link to another turn, with the node that names it.
  let links: [(target: String, node: Node)]
  /// Turns named by its `when:` condition.
  let mentions: [(target: String, node: Node)]
}
