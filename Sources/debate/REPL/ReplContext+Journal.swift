import DebateEngine
import Foundation

/// The journal of the free debate (`SessionJournal`), and `/recover`.
///
/// After each line the entries added since the last one are appended; `/save` empties it, a
/// clean exit removes it.
extension ReplContext {
  /// Appends the entries added since the last call; when earlier ones changed (`/clear`, a
  /// correction re-judging the last turn), the journal is written again from the start.
  func journalTurns() {
    guard let journal else { return }
    // A scenario, being played or just finished, is journaled as its own transcript, under a
    // header naming it; the free debate as the session's.
    let shown = shownTranscript
    let run = shown.scenario == nil ? nil : (play ?? lastRun)
    let header = run.map { SessionJournal.Header(scenario: $0.scenario.id, seed: $0.seed) }
    let entries = shown.transcript.entries
    guard entries != journaled || header != journaledScenario else { return }
    if header == journaledScenario, entries.starts(with: journaled) {
      let added = entries[journaled.count...]
      // After `/save` emptied it, a scenario's journal starts again with its header.
      if let header, journalIsEmpty, !added.isEmpty { journal.begin(header) }
      journal.append(added)
    } else {
      journal.empty()
      if let header { journal.begin(header) }
      journal.append(entries)
    }
    journalIsEmpty = journalIsEmpty && entries.count == journaled.count
    journaled = entries
    journaledScenario = header
  }

  /// After `/save`: what is saved needs no journal; later turns are journaled again.
  func journalSaved() {
    guard let journal else { return }
    journal.empty()
    journalIsEmpty = true
    let shown = shownTranscript
    journaled = shown.transcript.entries
    let run = shown.scenario == nil ? nil : (play ?? lastRun)
    journaledScenario = run.map { SessionJournal.Header(scenario: $0.scenario.id, seed: $0.seed) }
  }

  /// A clean exit: the journal is removed.
  func closeJournal() {
    journal?.remove()
  }

  /// What the first prompt says about sessions that ended without being saved, if any.
  var unsavedSessionNotice: String? {
    guard let journal, let newest = SessionJournal.unsaved(in: journal.folder).first else { return nil }
    let turns = newest.turns
    let when = newest.date.formatted(date: .abbreviated, time: .shortened)
    return "A session of \(turns) turn\(turns == 1 ? "" : "s") from \(when) ended without being saved. "
      + "/recover reopens it."
  }

  /// `/recover`: replays the newest unsaved session's turns into this one, each with its side.
  func recoverSession(_: String) -> ReplAction {
    guard let journal else {
      fail("Nothing to recover: this session keeps no journal (no state folder).")
      return .proceed
    }
    guard session.replies.isEmpty else {
      fail("This session has turns already: /save or /clear them first, then /recover.")
      return .proceed
    }
    guard let newest = SessionJournal.unsaved(in: journal.folder).first,
      let taken = SessionJournal.take(newest.path)
    else {
      say("No unsaved session to recover.")
      return .proceed
    }
    if let header = taken.header {
      return recoverScenario(header, answers: taken.entries.filter { $0.role == .student }.map(\.text))
    }
    let finalSide = session.side
    let entries = taken.entries
    for (index, entry) in entries.enumerated() where entry.role == .student {
      // The side the engine argued is the role of the reply that followed.
      let reply = entries.dropFirst(index + 1).first { $0.role != .student }
      session.side = reply?.role == .opponent ? .opponent : .essay
      session.respond(to: entry.text)
      // A turn the student corrected is corrected again, to the stance they said they meant.
      if entry.correctedFrom != nil, let meant = entry.stance, session.replies.last?.stance != meant {
        _ = session.correct(.stance(meant))
      }
    }
    session.side = session.replies.isEmpty ? finalSide : session.side
    prompt.side = session.side
    journalTurns()
    let turns = session.replies.count
    say("Recovered \(turns) turn\(turns == 1 ? "" : "s"). /history lists them; /save FILE saves them.")
    return .proceed
  }

  /// A scenario's journal: the scenario is played again with its seed and the same answers,
  /// and waits where the student left it.
  private func recoverScenario(_ header: SessionJournal.Header, answers: [String]) -> ReplAction {
    guard let scenario = scenarios.scenario(named: header.scenario) else {
      fail("The unsaved session played '\(header.scenario)', which no longer loads: /scenarios lists them.")
      return .proceed
    }
    start(scenario, seed: header.seed)
    for answer in answers where play?.awaitingTurnID != nil { _ = answerTurn(answer) }
    let count = answers.count
    say(
      "Recovered \(count) answer\(count == 1 ? "" : "s") in \(scenario.id). /history lists them; /save FILE saves them."
    )
    return .proceed
  }
}
