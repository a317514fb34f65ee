import Yams

/// Reads an argument map from YAML and checks it against the text.
///
/// Collects every problem before failing: unknown refs, duplicate ids, relations to claims that
/// do not exist, missing fields, each with file, line and column.
public struct ArgumentMapLoader {
  public let corpus: Corpus
  /// Whether a map that names another text (`text: {file, sha256}`) is refused. Off only for
  /// measurements that load the essay's map over a larger text on purpose (`make bench`).
  public var checksText = true
  /// Whether the map is checked against itself (`ArgumentMapConsistency`) and its
  /// counterarguments against the text they must not copy. Off only for the shipped map, which
  /// `debate check` and the tests check in full and which cannot change after the build: the
  /// checks are most of what loading it costs.
  public var checksConsistency = true
  /// The text's runs of eight words, indexed on first use, for counterarguments that copy it.
  private let textRuns: TextRuns

  public init(corpus: Corpus, checksText: Bool = true) {
    self.corpus = corpus
    textRuns = TextRuns(corpus)
    self.checksText = checksText
  }

  static let claimFields = [
    "id", "statement", "position", "leans", "view", "evidence", "attacks", "supports", "opposing",
    "vocabulary", "counterarguments", "gist",
  ]
  static let concessionFields = ["id", "grants", "ref", "claims", "words"]
  static let opposingFields = ["statement", "refs", "holders"]
  static let gistFields = ["essay", "against"]
  static let vocabularyFields = ["topic", "affirm", "deny", "requires"]

  /// The map in `source`, or every diagnostic found in it.
  public func load(_ source: String, file: String) throws(DiagnosticList) -> ArgumentMap {
    var reader = YAMLReader(file: file, source: source)
    var claims: [Claim] = []
    var entities: [(name: String, aliases: [String])] = []
    var actors: [String]?
    var synonyms: [[String]] = []
    var elsewhere: [String] = []
    var people: [String] = []
    var topics: [String] = []
    var text: TextIdentity?
    var concessions: [(Concession, Node)] = []
    var relationNodes: [(claim: String, target: String, node: Node)] = []
    var consistencyNodes = ConsistencyNodes()
    if let root = reader.root(), let top = reader.mapping(root, "the argument map") {
      reader.rejectUnknownKeys(
        in: top,
        known: [
          "version", "text", "topics", "claims", "entities", "actors", "people", "synonyms", "elsewhere",
          "concessions",
        ],
        "the argument map")
      if let node = top["text"] {
        text = readText(node, &reader)
        // Refs into the wrong text mean nothing: that one error says it all.
        if reader.hasErrors, text != nil { throw DiagnosticList(reader.diagnostics) }
      }
      if let node = top["topics"] { topics = reader.strings(node, "topics") }
      if let node = top["concessions"], let items = reader.sequence(node, "concessions") {
        concessions = items.compactMap { item in readConcession(item, &reader).map { ($0, item) } }
      }
      if let node = top["elsewhere"] { elsewhere = reader.strings(node, "elsewhere") }
      if let node = top["people"] { people = reader.strings(node, "people") }
      if let node = top["actors"] {
        let names = reader.strings(node, "actors")
        actors = names
        for name in names where top["entities"]?.mapping?[name] == nil {
          reader.error("actor '\(name)' is not one of the entities", at: node)
        }
      }
      if let node = top["synonyms"], let groups = reader.sequence(node, "synonyms") {
        synonyms = groups.map { reader.strings($0, "a synonym group") }
      }
      if let entityNode = top["entities"], let names = reader.mapping(entityNode, "entities") {
        for (key, value) in names {
          guard let name = reader.string(key, "an entity name") else { continue }
          entities.append((name, reader.strings(value, "the names of entity '\(name)'")))
        }
      }
      if let list = reader.required(top, "claims", in: "the argument map", at: root),
        let items = reader.sequence(list, "claims")
      {
        var seen: [String: Node] = [:]
        for item in items {
          guard let claim = readClaim(item, &reader, &relationNodes, &consistencyNodes) else { continue }
          if seen[claim.id] != nil, let node = item.mapping?["id"] {
            reader.error("duplicate claim id '\(claim.id)'", at: node)
          }
          seen[claim.id] = item
          claims.append(claim)
        }
        if items.isEmpty { reader.error("the map has no claims", at: list) }
      }
    }
    let ids = claims.map(\.id)
    for relation in relationNodes where !ids.contains(relation.target) {
      let hint = EditDistance.nearest(to: relation.target, in: ids).map { "; did you mean '\($0)'?" } ?? ""
      reader.error(
        "claim '\(relation.claim)' names unknown claim '\(relation.target)'\(hint)", at: relation.node)
    }
    for (concession, node) in concessions {
      for claim in concession.claims where !ids.contains(claim) {
        reader.error(
          "concession '\(concession.id)' names unknown claim '\(claim)'", at: node.mapping?["claims"] ?? node)
      }
    }
    let consistency =
      checksConsistency
      ? ArgumentMapConsistency(corpus: corpus).problems(
        in: claims, relations: consistencyNodes.relations.map(\.relation)) : []
    for problem in consistency {
      switch problem.place {
      case .relation(let relation):
        reader.error(problem.message, at: consistencyNodes.relations.first { $0.relation == relation }?.node)
      case .position(let claim):
        reader.error(problem.message, at: consistencyNodes.positions[claim])
      }
    }
    if reader.hasErrors { throw DiagnosticList(reader.diagnostics) }
    return ArgumentMap(
      claims: claims, entities: entities, actors: actors, people: people, synonyms: synonyms,
      elsewhere: elsewhere,
      topics: topics, text: text, concessions: concessions.map(\.0))
  }

  /// One entry of `concessions:`: what the text grants, at which sentence, on which claims.
  private func readConcession(_ node: Node, _ reader: inout YAMLReader) -> Concession? {
    guard let fields = reader.mapping(node, "a concession") else { return nil }
    reader.rejectUnknownKeys(in: fields, known: Self.concessionFields, "a concession")
    let id = reader.required(fields, "id", in: "a concession", at: node).flatMap {
      reader.string($0, "its id")
    }
    let what = "concession '\(id ?? "?")'"
    let grants = reader.required(fields, "grants", in: what, at: node).flatMap {
      reader.string($0, "what \(what) grants")
    }
    var ref: UnitRef?
    if let refNode = reader.required(fields, "ref", in: what, at: node),
      let raw = reader.string(refNode, "the ref of \(what)")
    {
      ref = UnitRef(parsing: raw).flatMap { corpus.unit($0) == nil ? nil : $0 }
      if ref == nil { reader.error("unknown ref '\(raw)' in \(what)", at: refNode) }
    }
    let claims =
      reader.required(fields, "claims", in: what, at: node).map { reader.strings($0, "claims") } ?? []
    let words = reader.required(fields, "words", in: what, at: node).map { reader.strings($0, "words") } ?? []
    if let grants, Self.looksQuoted(grants) {
      reader.error(
        "\(what) grants in the partner's own words: leave out quotation marks", at: fields["grants"])
    }
    guard let id, let grants, let ref else { return nil }
    return Concession(id: id, grants: grants, ref: ref, claims: claims, words: words)
  }

  /// Whether authored words carry quotation marks, and so could pass for the text's own.
  static func looksQuoted(_ words: String) -> Bool {
    words.hasPrefix("'") || words.contains(" '")
      || words.unicodeScalars.contains(where: quotationMarks.contains)
  }

  private static let quotationMarks: Set<Unicode.Scalar> = ["\"", "“", "”", "‘", "’", "«", "»"]

  /// The map's `text: {file, sha256}`; a hash that is not the corpus's is an error, since
  /// every ref would then point into a text the map was not written for.
  private func readText(_ node: Node, _ reader: inout YAMLReader) -> TextIdentity? {
    guard let fields = reader.mapping(node, "text") else { return nil }
    reader.rejectUnknownKeys(in: fields, known: ["file", "sha256"], "text")
    let file = reader.required(fields, "file", in: "text", at: node).flatMap {
      reader.string($0, "the text's file")
    }
    let hashNode = reader.required(fields, "sha256", in: "text", at: node)
    let hash = hashNode.flatMap { reader.string($0, "the text's sha256") }?.lowercased()
    guard let file, let hash, let hashNode else { return nil }
    let actual = TextIdentity.digest(of: corpus)
    if checksText, hash != actual {
      reader.error(
        "this map is for the text '\(file)' (sha256 \(hash.prefix(12))…), but the text in use is a different one (sha256 \(actual.prefix(12))…); use the map with its own text, or draft a map for this one with 'debate map draft'",
        at: hashNode)
    }
    return TextIdentity(file: file, sha256: hash)
  }

  private func readClaim(
    _ node: Node, _ reader: inout YAMLReader,
    _ relations: inout [(claim: String, target: String, node: Node)],
    _ consistency: inout ConsistencyNodes
  ) -> Claim? {
    guard let fields = reader.mapping(node, "a claim") else { return nil }
    reader.rejectUnknownKeys(in: fields, known: Self.claimFields, "a claim")
    let idNode = reader.required(fields, "id", in: "a claim", at: node)
    let id = idNode.flatMap { reader.string($0, "a claim id") }
    if let id, let idNode, !id.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" }) {
      reader.error("claim id '\(id)' may use only letters, digits and '-'", at: idNode)
    }
    let what = "claim '\(id ?? "?")'"
    let statement = reader.required(fields, "statement", in: what, at: node).flatMap {
      reader.string($0, "the statement of \(what)")
    }
    var position: Position?
    var essayPosition: EssayPosition?
    if let positionNode = reader.required(fields, "position", in: what, at: node),
      let raw = reader.string(positionNode, "the position of \(what)")
    {
      if let id { consistency.positions[id] = positionNode }
      essayPosition = EssayPosition(rawValue: raw)
      position = Position(rawValue: raw)
      if essayPosition == nil {
        reader.error("position must be 'holds', 'rejects' or 'open', not '\(raw)'", at: positionNode)
      }
    }
    // An open claim says which way the essay's words lean, for replies; a decided one needs none.
    if let leansNode = fields["leans"], let raw = reader.string(leansNode, "the leaning of \(what)") {
      if essayPosition != .open {
        reader.error("only an 'open' claim leans; \(what) already has a position", at: leansNode)
      } else if let leaning = Position(rawValue: raw) {
        position = leaning
      } else {
        reader.error("leans must be 'holds' or 'rejects', not '\(raw)'", at: leansNode)
      }
    } else if essayPosition == .open {
      reader.error(
        "\(what) is 'open'; add 'leans: holds' or 'leans: rejects' for replies", at: fields["position"])
    }
    let evidence = reader.required(fields, "evidence", in: what, at: node).map {
      refs($0, "the evidence of \(what)", &reader)
    }
    if let evidenceNode = fields["evidence"], evidence?.isEmpty == true, !reader.hasErrors {
      reader.error("\(what) needs at least one evidence ref", at: evidenceNode)
    }
    var attacks: [String] = []
    var supports: [String] = []
    for (key, bucket) in [("attacks", 0), ("supports", 1)] {
      guard let list = fields[key], let items = reader.sequence(list, "\(key) of \(what)") else { continue }
      for item in items {
        guard let target = reader.string(item, "each entry of \(key)") else { continue }
        relations.append((id ?? "?", target, item))
        let relation = ArgumentMapConsistency.Relation(id ?? "?", bucket == 0 ? .attacks : .supports, target)
        consistency.relations.append((relation, item))
        if bucket == 0 { attacks.append(target) } else { supports.append(target) }
      }
    }
    var opposingView: String?
    var opposingRefs: [UnitRef] = []
    var opposingHolders: [String] = []
    if let opposing = fields["opposing"], let opposingFields = reader.mapping(opposing, "opposing of \(what)")
    {
      reader.rejectUnknownKeys(in: opposingFields, known: Self.opposingFields, "opposing of \(what)")
      opposingView = opposingFields["statement"].flatMap { reader.string($0, "the opposing statement") }
      opposingRefs = opposingFields["refs"].map { refs($0, "the opposing refs of \(what)", &reader) } ?? []
      opposingHolders =
        opposingFields["holders"].map { reader.strings($0, "holders").map { $0.lowercased() } } ?? []
    }
    var vocabulary = ClaimVocabulary()
    if let words = fields["vocabulary"], let wordFields = reader.mapping(words, "vocabulary of \(what)") {
      reader.rejectUnknownKeys(in: wordFields, known: Self.vocabularyFields, "vocabulary of \(what)")
      vocabulary.topic = wordFields["topic"].map { reader.strings($0, "topic words") } ?? []
      vocabulary.affirm = wordFields["affirm"].map { reader.strings($0, "affirm words") } ?? []
      vocabulary.deny = wordFields["deny"].map { reader.strings($0, "deny words") } ?? []
      vocabulary.requires = wordFields["requires"].map { reader.strings($0, "required words") } ?? []
    }
    let view = fields["view"].flatMap { reader.string($0, "the view of \(what)") }
    var gist: ClaimGist?
    if let node = fields["gist"], let gistFields = reader.mapping(node, "gist of \(what)") {
      reader.rejectUnknownKeys(in: gistFields, known: Self.gistFields, "gist of \(what)")
      let essay = gistFields["essay"].flatMap { reader.string($0, "the essay's gist") }
      let against = gistFields["against"].flatMap { reader.string($0, "the gist against the essay") }
      for (key, side) in [("essay", "the essay's side"), ("against", "the other side")]
      where gistFields[key] == nil {
        reader.error("gist of \(what) needs '\(key)', \(side) in a few words", at: node)
      }
      if let essay, let against { gist = ClaimGist(essay: essay, against: against) }
    }
    var counterarguments: [String] = []
    if let list = fields["counterarguments"], let items = reader.sequence(list, "counterarguments of \(what)")
    {
      for item in items {
        guard let words = reader.string(item, "a counterargument of \(what)") else { continue }
        // The opponent's words are its own: in quotation marks, or copied from the text, they
        // would read as the essay's.
        if Self.looksQuoted(words) {
          reader.error("a counterargument is the opponent's own words: leave out quotation marks", at: item)
        } else if checksConsistency, let copied = textRuns.firstUnit(copiedInto: words) {
          reader.error(
            "a counterargument copies the text (\(copied.ref)); say it in the opponent's own words", at: item)
        } else {
          counterarguments.append(words)
        }
      }
    }
    guard let id, let statement, let position, let evidence else { return nil }
    return Claim(
      id: id, statement: statement, position: position, view: view, evidence: evidence, attacks: attacks,
      supports: supports, opposingView: opposingView, opposingRefs: opposingRefs,
      opposingHolders: opposingHolders, vocabulary: vocabulary, essayPosition: essayPosition,
      counterarguments: counterarguments, gist: gist)
  }

  /// Refs that name units of the corpus; each unknown one is an error at its position.
  private func refs(_ node: Node, _ what: String, _ reader: inout YAMLReader) -> [UnitRef] {
    var result: [UnitRef] = []
    for item in reader.sequence(node, what) ?? [] {
      guard let raw = reader.string(item, "each entry of \(what)") else { continue }
      guard let ref = UnitRef(parsing: raw), corpus.unit(ref) != nil else {
        reader.error(
          "unknown ref '\(raw)' in \(what); the text has \(corpus.units.first?.ref.description ?? "no units")…\(corpus.units.last?.ref.description ?? "")",
          at: item)
        continue
      }
      result.append(ref)
    }
    return result
  }
}

/// Where each relation and position was written, to place consistency problems on them.
struct ConsistencyNodes {
  var relations: [(relation: ArgumentMapConsistency.Relation, node: Node)] = []
  var positions: [String: Node] = [:]
}
