/// Re-runs the student turns of a saved transcript against the current engine and lists what
/// changed: a teacher's regression check after editing a scenario, the map or the responder.
public struct TranscriptReplayer: Sendable {
  public let responder: Responder

  public init(responder: Responder) { self.responder = responder }

  /// One entry whose judged or quoted content differs. Wording is not compared: seeded
  /// alternatives and reply templates may change it freely.
  public struct Change: Hashable, Sendable {
    /// 1-based position in the transcript.
    public let entry: Int
    public let old: TranscriptEntry?
    public let new: TranscriptEntry?
    /// What differs, e.g. `stance agree → disagree`.
    public let differences: [String]
  }

  /// The transcript the current engine produces from the same student lines: the scenario's
  /// when `scenario` is given (with the seed it was played with), else a free session. Each turn
  /// is argued from the side its reply was saved with, and a turn the student corrected is
  /// corrected the same way.
  public func replay(_ transcript: Transcript, scenario: Scenario?) -> Transcript {
    let entries = transcript.entries
    let students = entries.indices.filter { entries[$0].role == .student }
    guard let scenario else {
      var session = DebateSession(responder: responder)
      for index in students {
        let reply = entries.index(after: index) < entries.endIndex ? entries[index + 1] : nil
        session.side = Side(arguing: reply?.role ?? .essay)
        session.answer(entries[index].text, answering: nil, after: nil, turn: nil, spoken: reply != nil)
        applyCorrection(of: entries[index], to: &session)
      }
      return session.transcript
    }
    var run = ScenarioRun(scenario: scenario, responder: responder, seed: transcript.seed ?? 0)
    var remaining = students[...]
    _ = run.autoplay(replaying: { _ in
      remaining.popFirst().map {
        (entries[$0].text, entries[$0].correctedFrom == nil ? nil : entries[$0].stance)
      }
    })
    return run.transcript
  }

  private func applyCorrection(of entry: TranscriptEntry, to session: inout DebateSession) {
    guard entry.correctedFrom != nil, let stance = entry.stance else { return }
    session.correct(.stance(stance))
  }

  /// Entries that differ in turn, speaker role, claim, stance or refs, in order.
  public func changes(from old: Transcript, to new: Transcript) -> [Change] {
    var changes: [Change] = []
    for i in 0..<max(old.entries.count, new.entries.count) {
      let before = i < old.entries.count ? old.entries[i] : nil
      let after = i < new.entries.count ? new.entries[i] : nil
      guard let before, let after else {
        changes.append(
          Change(entry: i + 1, old: before, new: after, differences: [after == nil ? "missing" : "new"]))
        continue
      }
      var differences: [String] = []
      func compare(_ name: String, _ a: String, _ b: String) {
        if a != b { differences.append("\(name) \(a) → \(b)") }
      }
      compare("turn", before.turn ?? "-", after.turn ?? "-")
      compare("speaker", before.role.rawValue, after.role.rawValue)
      compare("stance", before.stance?.rawValue ?? "-", after.stance?.rawValue ?? "-")
      // The same change from the student's side, so that 'agree' next to a rejected statement
      // is not read backwards.
      if let was = before.stance, let now = after.stance, was != now, let last = differences.indices.last {
        let map = responder.map
        differences[last] +=
          " (was: \(map.wording(was, claim: before.claim).sentence); now: \(map.wording(now, claim: after.claim).sentence))"
      }
      compare("claim", before.claim ?? "-", after.claim ?? "-")
      compare("refs", "[\(before.refs.joined(separator: " "))]", "[\(after.refs.joined(separator: " "))]")
      if !differences.isEmpty {
        changes.append(Change(entry: i + 1, old: before, new: after, differences: differences))
      }
    }
    return changes
  }
}
