import Yams

extension ScenarioLoader {
  static let turnFields = [
    "id", "speaker", "says", "lines", "quote", "answer", "prompt", "sample", "branches", "default", "reply",
    "next", "end", "once", "when", "paraphrase",
  ]
  static let contentFields = ["says", "lines", "quote", "answer"]
  static let studentFields = ["prompt", "sample", "branches", "default", "reply"]
  static let branchFields = ["stance", "claim", "next"]
  static let conditionFields = ["said", "stance", "turn", "visited"]

  /// The turn in `node`. A turn whose speaker is unknown, or whose prompt is broken, still
  /// yields a draft with its links, so that the graph is checked around it without cascading.
  func readTurn(_ node: Node, cast: CastList, _ reader: inout YAMLReader) -> TurnDraft? {
    guard let fields = reader.mapping(node, "a turn") else { return nil }
    reader.rejectUnknownKeys(in: fields, known: Self.turnFields, "a turn")
    guard let idNode = reader.required(fields, "id", in: "a turn", at: node),
      let id = reader.string(idNode, "a turn id")
    else { return nil }
    checkIdentifier(id, "turn id", idNode, &reader)
    let what = "turn '\(id)'"
    var links: [(target: String, node: Node)] = []
    let isEnd = fields["end"].flatMap { reader.boolean($0, "end of \(what)") } ?? false
    let once = fields["once"].flatMap { reader.boolean($0, "once of \(what)") } ?? false
    var speaker: CastDraft?
    if let speakerNode = fields["speaker"], let name = reader.string(speakerNode, "the speaker of \(what)") {
      speaker = cast.members.first { $0.speaker.id == name }
      if speaker == nil {
        // A cast member whose side is wrong is reported once, where the side is written.
        if !cast.broken.contains(name) {
          let hint = Self.hint(name, cast.ids)
          reader.error("unknown speaker '\(name)' in \(what)\(hint)", at: speakerNode)
        }
        // Which fields fit depends on the speaker's side: check nothing more than the turn's links.
        let targets = ["next", "default"].compactMap { fields[$0] }
        let links = targets.compactMap { node in node.scalar.map { ($0.string, node) } }
        return TurnDraft(
          turn: ScenarioTurn(id: id, speaker: nil, content: .silent, next: nil, isEnd: isEnd),
          node: node, idNode: idNode, links: links, mentions: [])
      }
    }
    let isStudent = speaker?.speaker.side == .student
    let present = Self.contentFields.filter { fields[$0] != nil }
    var next: String?
    if let nextNode = fields["next"], let target = reader.string(nextNode, "next of \(what)") {
      next = target
      links.append((target, nextNode))
      if isEnd { reader.error("\(what) is an end and cannot have a next turn", at: nextNode) }
      if isStudent {
        reader.error("student \(what) goes on by its branches and default, not next", at: nextNode)
      }
    } else if !isEnd && !isStudent && fields["next"] == nil {
      reader.error("\(what) has no next turn and is not an end (add 'next:' or 'end: true')", at: idNode)
    }
    let content: ScenarioTurn.Content
    if isStudent {
      for key in present {
        reader.error(
          "student \(what) cannot use '\(key)'; it asks with 'prompt'", at: Self.key(key, in: fields))
      }
      guard let prompt = readPrompt(fields, what, node, cast, &links, &reader) else {
        return TurnDraft(
          turn: ScenarioTurn(id: id, speaker: speaker?.speaker.id, content: .silent), node: node,
          idNode: idNode, links: links, mentions: [])
      }
      content = .student(prompt)
    } else {
      for key in Self.studentFields where fields[key] != nil {
        reader.error("'\(key)' belongs on a student turn; \(what) is not one", at: Self.key(key, in: fields))
      }
      if present.count > 1 {
        reader.error(
          "\(what) says more than one thing (\(present.joined(separator: ", "))); give exactly one",
          at: Self.key(present[1], in: fields))
      }
      if present.isEmpty && !isEnd {
        reader.error("\(what) says nothing: give 'says', 'lines', 'quote' or 'answer'", at: idNode)
      }
      if !present.isEmpty && fields["speaker"] == nil {
        reader.error("\(what) is missing the field 'speaker'", at: node)
      }
      content = readContent(present.first, fields, speaker?.speaker, what, &reader) ?? .silent
    }
    let paraphrases = readParaphrase(fields, content: present.first, speaker: speaker?.speaker, what, &reader)
    if isEnd && isStudent { reader.error("a student turn cannot be an end", at: fields["end"]) }
    let condition = fields["when"].flatMap { readCondition($0, what, &reader) }
    if (condition != nil || once) && next == nil && !isEnd && !isStudent {
      reader.error("\(what) may be skipped, so it needs a next turn", at: idNode)
    }
    let turn = ScenarioTurn(
      id: id, speaker: speaker?.speaker.id, content: content, next: next, isEnd: isEnd, once: once,
      condition: condition, paraphrases: paraphrases)
    var mentions: [(target: String, node: Node)] = []
    for key in ["turn", "visited"] {
      if let mention = fields["when"]?.mapping?[key], let target = mention.scalar?.string {
        mentions.append((target, mention))
      }
    }
    return TurnDraft(turn: turn, node: node, idNode: idNode, links: links, mentions: mentions)
  }

  private func readContent(
    _ key: String?, _ fields: Node.Mapping, _ speaker: ScenarioSpeaker?, _ what: String,
    _ reader: inout YAMLReader
  ) -> ScenarioTurn.Content? {
    guard let key, let node = fields[key] else { return nil }
    switch key {
    case "says", "lines":
      let items = key == "says" ? [node] : reader.sequence(node, "lines of \(what)") ?? []
      var lines: [String] = []
      for item in items {
        guard let line = reader.string(item, key == "says" ? "says of \(what)" : "each line of \(what)")
        else { continue }
        QuotationCheck(corpus: corpus).check(line, at: item, speaker: speaker, &reader)
        lines.append(line)
      }
      if key == "lines" && items.isEmpty { reader.error("lines of \(what) is empty", at: node) }
      return lines.isEmpty ? nil : .says(lines)
    case "quote":
      var refs: [UnitRef] = []
      for item in reader.sequence(node, "quote of \(what)") ?? [] {
        guard let raw = reader.string(item, "each ref quoted by \(what)") else { continue }
        guard let ref = UnitRef(parsing: raw), corpus.unit(ref) != nil else {
          let range =
            "\(corpus.units.first?.ref.description ?? "")…\(corpus.units.last?.ref.description ?? "")"
          reader.error("unknown ref '\(raw)' in \(what); the text has \(range)", at: item)
          continue
        }
        refs.append(ref)
      }
      return refs.isEmpty ? nil : .quote(refs)
    default:
      guard let claim = reader.string(node, "answer of \(what)") else { return nil }
      checkClaim(claim, at: node, &reader)
      return .answer(claimID: claim)
    }
  }

  /// `paraphrase: [REFS]`: the sentences a `says`/`lines` turn puts in other words. Required when
  /// the essay's side speaks authored words: everything the essay's side says is its own
  /// sentences (`quote`, `answer`) or marked as a paraphrase of them.
  private func readParaphrase(
    _ fields: Node.Mapping, content: String?, speaker: ScenarioSpeaker?, _ what: String,
    _ reader: inout YAMLReader
  ) -> [UnitRef] {
    let authored = content == "says" || content == "lines"
    guard let node = fields["paraphrase"] else {
      if authored, speaker?.side == .essay, let key = content {
        reader.error(
          "\(what) gives the essay's side words of its own; the essay speaks in its own sentences ('quote:', 'answer:'), or mark these words as a paraphrase of them with 'paraphrase: [REFS]'",
          at: Self.key(key, in: fields))
      }
      return []
    }
    guard authored else {
      reader.error(
        "'paraphrase' marks the words of 'says' or 'lines'; \(what) has none",
        at: Self.key("paraphrase", in: fields))
      return []
    }
    let items = node.scalar != nil ? [node] : reader.sequence(node, "paraphrase of \(what)") ?? []
    var refs: [UnitRef] = []
    for item in items {
      guard let raw = reader.string(item, "each ref paraphrased by \(what)") else { continue }
      guard let ref = UnitRef(parsing: raw), corpus.unit(ref) != nil else {
        let range = "\(corpus.units.first?.ref.description ?? "")…\(corpus.units.last?.ref.description ?? "")"
        reader.error("unknown ref '\(raw)' in the paraphrase of \(what); the text has \(range)", at: item)
        continue
      }
      refs.append(ref)
    }
    if items.isEmpty { reader.error("paraphrase of \(what) names no ref", at: node) }
    return refs
  }

  private func readPrompt(
    _ fields: Node.Mapping, _ what: String, _ node: Node, _ cast: CastList,
    _ links: inout [(target: String, node: Node)], _ reader: inout YAMLReader
  ) -> ScenarioPrompt? {
    let prompt = text(fields, "prompt", &reader, node, in: "student \(what)")
    if let prompt, let promptNode = fields["prompt"] {
      QuotationCheck(corpus: corpus).check(prompt, at: promptNode, speaker: nil, &reader)
    }
    let sample = fields["sample"].flatMap { reader.string($0, "sample of \(what)") }
    var branches: [ScenarioBranch] = []
    for item in fields["branches"].flatMap({ reader.sequence($0, "branches of \(what)") }) ?? [] {
      guard let branch = reader.mapping(item, "a branch") else { continue }
      reader.rejectUnknownKeys(in: branch, known: Self.branchFields, "a branch")
      let stance = branch["stance"].flatMap { readStance($0, &reader) }
      let claim = branch["claim"].flatMap { reader.string($0, "the claim of a branch") }
      if let claim, let claimNode = branch["claim"] { checkClaim(claim, at: claimNode, &reader) }
      if branch["stance"] == nil && branch["claim"] == nil {
        reader.error("a branch needs a stance or a claim to match (use 'default' for the rest)", at: item)
      }
      guard let nextNode = reader.required(branch, "next", in: "a branch", at: item),
        let next = reader.string(nextNode, "next of a branch")
      else { continue }
      links.append((next, nextNode))
      branches.append(ScenarioBranch(stance: stance, claim: claim, next: next))
    }
    var fallback: String?
    if let defaultNode = fields["default"] {
      fallback = reader.string(defaultNode, "default of \(what)")
      if let fallback { links.append((fallback, defaultNode)) }
    } else {
      reader.error("student \(what) has no default branch (add 'default: TURN')", at: node)
    }
    var replier: String?
    if let replyNode = fields["reply"], let name = reader.string(replyNode, "reply of \(what)") {
      replier = name
      switch cast.members.first(where: { $0.speaker.id == name })?.speaker.side {
      case nil where cast.broken.contains(name): break
      case nil:
        let hint = Self.hint(name, cast.ids)
        reader.error("unknown speaker '\(name)' in reply of \(what)\(hint)", at: replyNode)
      case .student?:
        reader.error("reply of \(what) names a student; name the speaker who answers", at: replyNode)
      default: break
      }
    }
    guard let prompt, let fallback else { return nil }
    return ScenarioPrompt(
      text: prompt, sample: sample, branches: branches, fallback: fallback, replier: replier)
  }

  private func readStance(_ node: Node, _ reader: inout YAMLReader) -> Stance? {
    guard let raw = reader.string(node, "a stance") else { return nil }
    if let stance = Stance(rawValue: raw) { return stance }
    let names = Stance.allCases.map(\.rawValue)
    reader.error(
      "stance must be one of \(names.joined(separator: ", ")), not '\(raw)'\(Self.hint(raw, names))", at: node
    )
    return nil
  }

  /// `when: {said: CLAIM, stance: STANCE, turn: TURN, visited: TURN}`; turn names are checked
  /// with the graph, once every turn is known.
  private func readCondition(_ node: Node, _ what: String, _ reader: inout YAMLReader) -> ScenarioCondition? {
    guard let fields = reader.mapping(node, "when of \(what)") else { return nil }
    reader.rejectUnknownKeys(in: fields, known: Self.conditionFields, "when of \(what)")
    var condition = ScenarioCondition()
    if let said = fields["said"] {
      condition.said = reader.string(said, "said")
      if let claim = condition.said { checkClaim(claim, at: said, &reader) }
    }
    condition.stance = fields["stance"].flatMap { readStance($0, &reader) }
    condition.turn = fields["turn"].flatMap { reader.string($0, "turn") }
    condition.visited = fields["visited"].flatMap { reader.string($0, "visited") }
    if fields.isEmpty { reader.error("when of \(what) is empty", at: node) }
    return condition
  }

  /// The node of a key, to point at the field name itself.
  static func key(_ name: String, in fields: Node.Mapping) -> Node? {
    fields.keys.first { $0.scalar?.string == name }
  }
}
