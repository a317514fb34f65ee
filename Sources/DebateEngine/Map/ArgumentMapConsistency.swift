/// Checks that a map's relations and positions agree with each other and with the text.
///
/// Relations are defined by the essay's positions: `A supports B` says the essay's view of A
/// argues for B's statement, so the essay must hold B; `A attacks B` says it argues against B's
/// statement, so the essay must reject B. A claim the essay leaves `open` has no view of its
/// own: its relations say what its statement would argue for, and bind nothing. Four problems
/// are found, each tied to the relation or position that causes it:
///
/// - a relation that contradicts the positions (`phases` listed as supporting `one-adjective`,
///   though the essay rejects both: its view of `phases` argues against `one-adjective`);
/// - a claim that supports and attacks the same claim;
/// - a support cycle (`axis` supports `ideological`, which supports `axis`): no claim grounds
///   itself, so one of the two directions is wrong;
/// - a position the evidence cannot bear: the essay holds or rejects a statement, but every
///   evidence sentence's clause about it calls it an open question (or the reverse, an `open`
///   claim whose evidence never does).
public struct ArgumentMapConsistency: Sendable {
  /// One relation as written in the map: `claim` lists `target` under `kind`.
  public struct Relation: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable { case supports, attacks }
    public let claim: String
    public let kind: Kind
    public let target: String

    public init(_ claim: String, _ kind: Kind, _ target: String) {
      self.claim = claim
      self.kind = kind
      self.target = target
    }
  }

  /// One inconsistency, placed on the relation or on the claim's position.
  public struct Problem: Hashable, Sendable {
    public enum Place: Hashable, Sendable {
      case relation(Relation)
      case position(claim: String)
    }
    public let place: Place
    public let message: String
  }

  /// Words that make a clause leave its matter open.
  static let openMarkers = [
    "open question", "remains to be seen", "remain to be seen", "unclear", "uncertain", "undecided",
    "not yet known", "an open issue",
  ]

  public let corpus: Corpus
  private let stemmer = Stemmer()

  public init(corpus: Corpus) { self.corpus = corpus }

  /// Every problem, in map order: relations first, then cycles, then positions.
  public func problems(in claims: [Claim], relations: [Relation]) -> [Problem] {
    var byID: [String: Claim] = [:]
    for claim in claims where byID[claim.id] == nil { byID[claim.id] = claim }
    var problems: [Problem] = []
    for relation in relations {
      guard let source = byID[relation.claim], let target = byID[relation.target] else { continue }
      if let message = contradiction(relation, source: source, target: target) {
        problems.append(Problem(place: .relation(relation), message: message))
      }
      if relation.kind == .attacks,
        relations.contains(Relation(relation.claim, .supports, relation.target))
      {
        problems.append(
          Problem(
            place: .relation(relation),
            message:
              "claim '\(relation.claim)' both supports and attacks '\(relation.target)'; keep the one its view argues"
          ))
      }
    }
    problems += supportCycles(claims.map(\.id), relations)
    for claim in claims {
      if let message = unbornePosition(claim) {
        problems.append(Problem(place: .position(claim: claim.id), message: message))
      }
    }
    return problems
  }

  private func contradiction(_ relation: Relation, source: Claim, target: Claim) -> String? {
    guard source.essayPosition != .open, relation.claim != relation.target else { return nil }
    let needed: EssayPosition = relation.kind == .supports ? .holds : .rejects
    guard target.essayPosition != needed else { return nil }
    let actual =
      switch target.essayPosition {
      case .holds: "the essay holds '\(target.id)'"
      case .rejects: "the essay rejects '\(target.id)'"
      case .open: "the essay leaves '\(target.id)' open"
      }
    let fix =
      target.essayPosition == .open
      ? "relate it to a claim the essay decides, or decide '\(target.id)'"
      : "list it under \(relation.kind == .supports ? "attacks" : "supports")"
    return
      "claim '\(source.id)' \(relation.kind.rawValue) '\(target.id)', but \(actual): a claim \(relation.kind.rawValue) only claims the essay \(needed == .holds ? "holds" : "rejects") (\(fix))"
  }

  /// Each support edge that closes a cycle, found by depth-first search in map order.
  private func supportCycles(_ ids: [String], _ relations: [Relation]) -> [Problem] {
    var edges: [String: [Relation]] = [:]
    for relation in relations where relation.kind == .supports {
      edges[relation.claim, default: []].append(relation)
    }
    var state: [String: Int] = [:]  // 1 on the current path, 2 finished
    var path: [String] = []
    var problems: [Problem] = []
    func visit(_ id: String) {
      state[id] = 1
      path.append(id)
      for edge in edges[id] ?? [] {
        switch state[edge.target] {
        case 1:
          let start = path.lastIndex(of: edge.target) ?? 0
          let cycle = (path[start...] + [edge.target]).joined(separator: " → ")
          problems.append(
            Problem(
              place: .relation(edge),
              message:
                "support cycle \(cycle): a claim cannot ground itself; keep the direction from premise to conclusion"
            ))
        case nil: visit(edge.target)
        default: break
        }
      }
      path.removeLast()
      state[id] = 2
    }
    for id in ids where state[id] == nil { visit(id) }
    return problems
  }

  /// A decided position whose evidence only ever calls the matter open, or an open one whose
  /// evidence never does.
  private func unbornePosition(_ claim: Claim) -> String? {
    let clauses = claim.evidence.compactMap { ref in
      corpus.unit(ref).map { (ref, clause(of: $0.text, about: claim)) }
    }
    guard !clauses.isEmpty else { return nil }
    let open = clauses.filter { Self.marksOpen($0.1) }
    if claim.essayPosition == .open {
      guard open.isEmpty else { return nil }
      return
        "claim '\(claim.id)' is 'open', but none of its evidence (\(clauses.map { "\($0.0)" }.joined(separator: ", "))) leaves it open; say whether the essay holds or rejects it"
    }
    guard open.count == clauses.count, let first = open.first else { return nil }
    return
      "claim '\(claim.id)': the essay \(claim.essayPosition.rawValue) its statement, but its evidence only calls it an open question (\(first.0): “\(first.1)”); use 'position: open'"
  }

  static func marksOpen(_ clause: String) -> Bool {
    let lower = clause.lowercased()
    return openMarkers.contains { lower.contains($0) } || lower.trimmingTrailingPunctuation().hasSuffix("?")
  }

  /// The clause of `sentence` that shares the most stemmed words with the claim's statement
  /// (the first on a tie): a sentence often grounds one claim and leaves another open.
  public func clause(of sentence: String, about claim: Claim) -> String {
    let words = Set(contentWords(claim.statement))
    var clauses: [String] = []
    var current = ""
    for character in sentence {
      if [",", ";", ":", "—", "–", "(", ")"].contains(character) {
        clauses.append(current)
        current = ""
      } else {
        current.append(character)
      }
    }
    clauses.append(current)
    clauses = clauses.map { $0.trimmingSpaces() }.filter { !$0.isEmpty }
    var best = clauses.first ?? sentence
    var bestScore = 0
    for clause in clauses {
      let score = Set(contentWords(clause)).intersection(words).count
      if score > bestScore { (best, bestScore) = (clause, score) }
    }
    return best
  }

  private func contentWords(_ text: String) -> [String] {
    text.lowercased().split { !$0.isLetter }.filter { $0.count > 3 }.map { stemmer.stem(String($0)) }
  }
}

extension String {
  fileprivate func trimmingSpaces() -> String {
    String(drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
  }

  fileprivate func trimmingTrailingPunctuation() -> String {
    var text = trimmingSpaces()
    while let last = text.last, ".”\"'’)".contains(last) { text.removeLast() }
    return text
  }
}
