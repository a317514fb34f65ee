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
    let entries = session.transcript.entries
    guard entries != journaled else { return }
    if entries.starts(with: journaled) {
      journal.append(entries[journaled.count...])
    } else {
      journal.empty()
      journal.append(entries)
    }
    journaled = entries
  }

  /// After `/save`: what is saved needs no journal; later turns are journaled again.
  func journalSaved() {
    guard let journal else { return }
    journal.empty()
    journaled = session.transcript.entries
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
    let finalSide = session.side
    let entries = taken.entries
    for (index, entry) in entries.enumerated() where entry.role == .student {
      // The side the engine argued is the role of the reply that followed.
      let reply = entries.dropFirst(index + 1).first { $0.role != .student }
      session.side = reply?.role == .opponent ? .opponent : .essay
      session.respond(to: entry.text)
    }
    session.side = session.replies.isEmpty ? finalSide : session.side
    prompt.side = session.side
    journalTurns()
    let turns = session.replies.count
    say("Recovered \(turns) turn\(turns == 1 ? "" : "s"). /history lists them; /save FILE saves them.")
    return .proceed
  }
}
