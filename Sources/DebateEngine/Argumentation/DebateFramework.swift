/// The argumentation framework of the essay's map and a debate over it, labelled by grounded
/// semantics: which of the essay's positions stand after the student's turns, and why.
///
/// Arguments:
/// - for each claim, the essay's view of it (for an `open` claim, its statement, and the
///   statement's negation beside it: two views that attack each other and that no evidence
///   decides, so both stay undecided);
/// - the opposing view the essay reports (Xi's "unlimited friendship", Western leaders' wedge),
///   which attacks the essay's view and is attacked by it;
/// - each evidence sentence of the map and each sentence the essay quoted in the debate; the
///   text is given, so nothing attacks a sentence;
/// - each student turn that took a side: an objection (the student disagreed) attacks the
///   essay's view of its claim and is attacked by it; an agreement withdraws the student's
///   earlier objections to the claim, as a later objection withdraws an earlier agreement.
///
/// Attacks that decide: a claim's evidence attacks the opposing view it answers; the sentences
/// quoted in reply to an objection attack that objection (the text answered it); and the
/// essay's view of a claim that supports or attacks another attacks every view against that
/// other claim (its opposing view and the student's objections to it).
///
/// So an answered objection is `out` and the claim `in` ("stands: your objection at turn 4 was
/// answered by ¶2.5"), an unanswered one leaves both undecided ("open: you raised … and the text
/// has no answer to it").
public struct DebateFramework: Sendable {
  /// What an argument of the framework stands for.
  public enum Argument: Hashable, Sendable {
    case essayView(claim: String)
    case openOtherSide(claim: String)
    case opposingView(claim: String)
    case sentence(UnitRef)
    /// A student turn (numbered from 1 among the student's turns) that disagreed with the essay.
    case objection(turn: Int, claim: String, text: String)
    case agreement(turn: Int, claim: String, text: String)
  }

  public let map: ArgumentMap
  public let framework: ArgumentationFramework
  public let arguments: [Argument]
  public let labelling: Labelling
  /// Each claim's status, in map order.
  public let statuses: [ClaimStatus]

  public init(map: ArgumentMap, transcript: Transcript = Transcript()) {
    var builder = Builder(map: map)
    builder.addMap()
    builder.addDebate(transcript)
    self.map = map
    framework = builder.framework
    arguments = builder.arguments
    let labels = GroundedSolver().label(builder.framework)
    labelling = labels
    let index = builder.index
    statuses = map.claims.map { claim in
      ClaimStatus.explain(
        claim, framework: builder.framework, arguments: builder.arguments, labelling: labels, index: index)
    }
  }

  public func status(of claimID: String) -> ClaimStatus? { statuses.first { $0.claimID == claimID } }

  /// Builds the framework: one argument per distinct `Argument`, attacks without repeats.
  struct Builder {
    let map: ArgumentMap
    var framework = ArgumentationFramework()
    var arguments: [Argument] = []
    var index: [Argument: Int] = [:]
    var attacks = Set<Attack>()
    /// Arguments against each claim's essay view: its opposing view and objections.
    var against: [String: [Int]] = [:]

    init(map: ArgumentMap) { self.map = map }

    mutating func node(_ argument: Argument) -> Int {
      if let existing = index[argument] { return existing }
      let number = framework.add(Self.name(argument))
      arguments.append(argument)
      index[argument] = number
      return number
    }

    mutating func attack(_ attacker: Int, _ target: Int) {
      if attacks.insert(Attack(attacker, target)).inserted { framework.attack(attacker, target) }
    }

    mutating func addMap() {
      for claim in map.claims {
        let view = node(.essayView(claim: claim.id))
        if claim.essayPosition == .open {
          let other = node(.openOtherSide(claim: claim.id))
          attack(view, other)
          attack(other, view)
          continue
        }
        for ref in claim.evidence { _ = node(.sentence(ref)) }
        if claim.opposingView != nil {
          let opposing = node(.opposingView(claim: claim.id))
          attack(opposing, view)
          attack(view, opposing)
          for ref in claim.evidence { attack(node(.sentence(ref)), opposing) }
          against[claim.id, default: []].append(opposing)
        }
      }
      relateClaims()
    }

    /// The essay's view of each claim attacks every view against the claims it relates to.
    mutating func relateClaims() {
      for claim in map.claims where claim.essayPosition != .open {
        let view = node(.essayView(claim: claim.id))
        for target in claim.supports + claim.attacks where target != claim.id {
          guard let other = map.claim(target), other.essayPosition != .open else { continue }
          for opponent in against[target] ?? [] { attack(view, opponent) }
        }
      }
    }

    mutating func addDebate(_ transcript: Transcript) {
      var turn = 0
      var lastObjection: Int?
      var moves: [String: [(turn: Int, argument: Int, agrees: Bool)]] = [:]
      for entry in transcript.entries {
        if entry.role == .student {
          turn += 1
          lastObjection = nil
          guard let id = entry.claim, let claim = map.claim(id), claim.essayPosition != .open,
            let stance = entry.stance, stance == .agree || stance == .disagree
          else { continue }
          let agrees = stance == .agree
          let move = node(
            agrees
              ? .agreement(turn: turn, claim: id, text: entry.text)
              : .objection(turn: turn, claim: id, text: entry.text))
          // A later word on the claim withdraws the earlier ones that went the other way.
          for earlier in moves[id] ?? [] where earlier.agrees != agrees { attack(move, earlier.argument) }
          moves[id, default: []].append((turn, move, agrees))
          guard !agrees else { continue }
          let view = node(.essayView(claim: id))
          attack(move, view)
          attack(view, move)
          against[id, default: []].append(move)
          lastObjection = move
        } else if entry.role == .essay, let objection = lastObjection {
          for raw in entry.refs {
            guard let ref = UnitRef(parsing: raw) else { continue }
            attack(node(.sentence(ref)), objection)
          }
        }
      }
      relateClaims()
    }

    static func name(_ argument: Argument) -> String {
      switch argument {
      case .essayView(let claim): "essay view of \(claim)"
      case .openOtherSide(let claim): "other side of the open question \(claim)"
      case .opposingView(let claim): "opposing view on \(claim)"
      case .sentence(let ref): "\(ref)"
      case .objection(let turn, let claim, _): "objection at turn \(turn) to \(claim)"
      case .agreement(let turn, let claim, _): "agreement at turn \(turn) with \(claim)"
      }
    }
  }
}
