/// What a class argued, from the transcripts its students saved: per claim, per student, and
/// the arguments most often made against the essay (key points with counts).
///
/// Counts are of students, not turns, unless named `turns`: a student who argued a claim five
/// times is one student who engaged it. Built from the judged stance and claim each student
/// turn carries, never by judging again, so the report says what the students were told.
public struct ClassReport: Hashable, Sendable {
  /// One student's saved debate: a free debate or a scenario.
  public struct Debate: Hashable, Sendable {
    public var student: String
    public var transcript: Transcript
    /// Indexes into `transcript.entries` of the student turns the student corrected.
    public var corrected: Set<Int>

    public init(student: String, transcript: Transcript, corrected: Set<Int> = []) {
      self.student = student
      self.transcript = transcript
      self.corrected = corrected
    }
  }

  /// One claim of the map: who engaged it, on which side, and what the engine quoted.
  public struct ClaimFigures: Hashable, Sendable {
    public let claimID: String
    public let gist: ClaimGist
    /// Students with at least one turn on the claim.
    public let engaged: Int
    /// Students with at least one turn siding with the essay on it, and against it.
    public let sidedWith: Int
    public let against: Int
    /// Students who only asked about it.
    public let askedOnly: Int
    public let turns: Int
    /// The refs quoted in answer to turns on the claim, with how many students met each, most first.
    public let evidence: [RefCount]
  }

  /// A ref and how many students met it.
  public struct RefCount: Hashable, Sendable {
    public let ref: String
    public let students: Int

    public init(ref: String, students: Int) {
      self.ref = ref
      self.students = students
    }
  }

  /// A turn the teacher should look at: one the engine could not place, or one the student corrected.
  public struct FlaggedTurn: Hashable, Sendable {
    public enum Reason: String, Hashable, Sendable { case unplaced, corrected }
    public let reason: Reason
    public let text: String
    /// The scenario it was said in, nil in a free debate.
    public let scenario: String?
  }

  /// One student across all their transcripts.
  public struct StudentFigures: Hashable, Sendable {
    public let name: String
    public let transcripts: Int
    public let turns: Int
    /// Claims of the map the student argued or asked about.
    public let claimsEngaged: [String]
    public let sidedWith: Int
    public let against: Int
    public let flagged: [FlaggedTurn]

    public var unplaced: Int { flagged.filter { $0.reason == .unplaced }.count }
    public var corrected: Int { flagged.filter { $0.reason == .corrected }.count }
  }

  public let claims: [ClaimFigures]
  public let students: [StudentFigures]
  /// Per claim with arguments against the essay, its key points, most students first.
  public let keyPoints: [KeyPointGroup]
  public let claimCount: Int
  public let transcripts: Int
  public let title: String?

  public init(map: ArgumentMap, debates: [Debate], analyzer: TextAnalyzer = TextAnalyzer()) {
    claimCount = map.claims.count
    transcripts = debates.count
    title = debates.lazy.compactMap(\.transcript.text).first
    let turns = debates.flatMap { debate in Self.studentTurns(debate) }
    claims = map.claims.map { claim in
      let about = turns.filter { $0.claim == claim.id }
      let students = { (stance: Stance?) in
        Set(about.filter { stance == nil || $0.stance == stance }.map(\.student)).count
      }
      var metBy: [String: Set<String>] = [:]
      for turn in about { for ref in turn.answeredWith { metBy[ref, default: []].insert(turn.student) } }
      let evidence = metBy.map { RefCount(ref: $0.key, students: $0.value.count) }
        .sorted { ($0.students, $1.ref) > ($1.students, $0.ref) }
      let sided = Set(about.filter { $0.stance == .agree || $0.stance == .disagree }.map(\.student))
      return ClaimFigures(
        claimID: claim.id, gist: claim.gist, engaged: students(nil), sidedWith: students(.agree),
        against: students(.disagree), askedOnly: Set(about.map(\.student)).subtracting(sided).count,
        turns: about.count, evidence: evidence)
    }
    var order: [String] = []
    for debate in debates where !order.contains(debate.student) { order.append(debate.student) }
    let known = Set(map.claims.map(\.id))
    students = order.map { name in
      let own = turns.filter { $0.student == name }
      var engaged: [String] = []
      for turn in own {
        if let claim = turn.claim, known.contains(claim), !engaged.contains(claim) { engaged.append(claim) }
      }
      var flagged: [FlaggedTurn] = []
      for turn in own {
        if turn.corrected {
          flagged.append(FlaggedTurn(reason: .corrected, text: turn.text, scenario: turn.scenario))
        }
        if turn.isUnplaced {
          flagged.append(FlaggedTurn(reason: .unplaced, text: turn.text, scenario: turn.scenario))
        }
      }
      return StudentFigures(
        name: name, transcripts: debates.filter { $0.student == name }.count, turns: own.count,
        claimsEngaged: engaged, sidedWith: own.filter { $0.stance == .agree }.count,
        against: own.filter { $0.stance == .disagree }.count, flagged: flagged)
    }
    keyPoints = map.claims.compactMap { claim in
      let against = turns.filter { $0.claim == claim.id && $0.stance == .disagree }
      guard !against.isEmpty else { return nil }
      return KeyPointGroup(
        claim: claim, arguments: against.map { (student: $0.student, text: $0.text) }, analyzer: analyzer)
    }
  }

  /// A student's turn with what the engine judged and answered.
  struct StudentTurn {
    let student: String
    let scenario: String?
    let text: String
    let claim: String?
    let stance: Stance?
    let corrected: Bool
    /// The refs quoted in the lines that answered it, up to the student's next turn.
    let answeredWith: [String]

    /// The engine could not place it on the map: no claim, or judged outside the text.
    var isUnplaced: Bool { claim == nil || stance == nil || stance == .unrelated }
  }

  static func studentTurns(_ debate: Debate) -> [StudentTurn] {
    let entries = debate.transcript.entries
    var result: [StudentTurn] = []
    for (index, entry) in entries.enumerated() where entry.role == .student {
      let answers = entries[(index + 1)...].prefix { $0.role != .student }
      var refs: [String] = []
      for answer in answers where answer.claim == nil || answer.claim == entry.claim {
        for ref in answer.refs where !refs.contains(ref) { refs.append(ref) }
      }
      result.append(
        StudentTurn(
          student: debate.student, scenario: debate.transcript.scenario, text: entry.text, claim: entry.claim,
          stance: entry.stance, corrected: debate.corrected.contains(index), answeredWith: refs))
    }
    return result
  }
}
