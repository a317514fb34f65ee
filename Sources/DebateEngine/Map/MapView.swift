/// The argument map prepared for showing whole: a tree from the essay's theses down, the
/// relations as edges, and, after a debate, each claim's status.
///
/// Every format (`outline`, Argdown, AIF, DOT, JSON) is drawn from one `MapView`, so they show
/// the same claims in the same order.
public struct MapView: Sendable {
  /// One relation: `from` supports or attacks `to`.
  public struct Edge: Hashable, Sendable {
    public let from: String
    public let to: String
    public let kind: ArgumentMapConsistency.Relation.Kind

    public init(from: String, to: String, kind: ArgumentMapConsistency.Relation.Kind) {
      self.from = from
      self.to = to
      self.kind = kind
    }
  }

  /// One line of the outline: a claim under its parent, or a reference to a claim shown above.
  public struct Row: Hashable, Sendable {
    public let depth: Int
    /// How this claim relates to the row's parent; nil for a starting point.
    public let relation: ArgumentMapConsistency.Relation.Kind?
    public let claimID: String
    /// True when the claim was already shown higher up: it is referred to, not repeated.
    public let isReference: Bool

    public init(
      depth: Int, relation: ArgumentMapConsistency.Relation.Kind?, claimID: String, isReference: Bool
    ) {
      self.depth = depth
      self.relation = relation
      self.claimID = claimID
      self.isReference = isReference
    }
  }

  public let map: ArgumentMap
  public let corpus: Corpus
  /// Each claim's status after the debate, by id; empty when no debate is given.
  public let statuses: [String: ClaimStatus]
  /// The debate, when one is given (AIF shows its turns as locutions).
  public let transcript: Transcript?
  /// The argumentation framework of the map and the debate (of the map alone without one).
  public let debate: DebateFramework
  public let edges: [Edge]

  public init(map: ArgumentMap, corpus: Corpus, transcript: Transcript? = nil) {
    self.map = map
    self.corpus = corpus
    self.transcript = transcript
    debate = DebateFramework(map: map, transcript: transcript ?? Transcript())
    statuses =
      transcript == nil
      ? [:] : Dictionary(debate.statuses.map { ($0.claimID, $0) }, uniquingKeysWith: { first, _ in first })
    var edges: [Edge] = []
    for claim in map.claims {
      for target in claim.supports where map.claim(target) != nil && target != claim.id {
        edges.append(Edge(from: claim.id, to: target, kind: .supports))
      }
      for target in claim.attacks where map.claim(target) != nil && target != claim.id {
        edges.append(Edge(from: claim.id, to: target, kind: .attacks))
      }
    }
    self.edges = edges
  }

  /// The claims that argue for or against nothing else: the essay's theses, largest tree first.
  public var startingPoints: [String] {
    let sources = Set(edges.map(\.from))
    let roots = map.claims.map(\.id).filter { !sources.contains($0) }
    let sizes = Dictionary(uniqueKeysWithValues: roots.map { ($0, descendants(of: $0).count) })
    return roots.enumerated().sorted { a, b in
      sizes[a.element]! != sizes[b.element]! ? sizes[a.element]! > sizes[b.element]! : a.offset < b.offset
    }.map(\.element)
  }

  /// The claims that support or attack `id`, supports first, each in map order.
  public func children(of id: String) -> [Edge] {
    edges.filter { $0.to == id && $0.kind == .supports } + edges.filter { $0.to == id && $0.kind == .attacks }
  }

  /// The outline from the starting points down, each claim shown once; claims only reachable
  /// through a cycle of attacks start trees of their own, in map order.
  public var rows: [Row] {
    var rows: [Row] = []
    var shown = Set<String>()
    func visit(_ id: String, depth: Int, relation: ArgumentMapConsistency.Relation.Kind?) {
      guard shown.insert(id).inserted else {
        rows.append(Row(depth: depth, relation: relation, claimID: id, isReference: true))
        return
      }
      rows.append(Row(depth: depth, relation: relation, claimID: id, isReference: false))
      for edge in children(of: id) { visit(edge.from, depth: depth + 1, relation: edge.kind) }
    }
    for root in startingPoints { visit(root, depth: 0, relation: nil) }
    for claim in map.claims where !shown.contains(claim.id) { visit(claim.id, depth: 0, relation: nil) }
    return rows
  }

  private func descendants(of id: String) -> Set<String> {
    var seen = Set<String>()
    var stack = [id]
    while let next = stack.popLast() {
      for edge in edges where edge.to == next && seen.insert(edge.from).inserted { stack.append(edge.from) }
    }
    return seen
  }
}
