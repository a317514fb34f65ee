import DebateEngine
import Foundation

/// The REPL's transcript, appended to a file in the state folder as each turn is answered, so
/// a crash, a closed terminal or `kill -9` loses at most the turn in flight.
///
/// Each session writes its own `session-PID-RANDOM.jsonl` beside the history, one `TranscriptEntry`
/// as JSON per line, each turn in one `write` and flushed to disk, and holds a lock on it
/// while it runs. A journal that nobody holds is a session that ended without a clean exit:
/// the next REPL says so and `/recover` reopens it. A clean exit removes the file; `/save`
/// empties it (what was saved is safe).
final class SessionJournal {
  /// The state folder, where other sessions' journals are found too.
  let folder: String
  let path: String
  private let descriptor: Int32

  /// Opens a journal for this process in `folder` (created 0700), or nil when it cannot be.
  init?(folder: String) {
    guard HistoryFile.makePrivateFolder(folder) else { return nil }
    // A new name every time: a PID is reused (after a restart, in a container), and an earlier
    // session's journal must never be truncated before it is recovered.
    let path = folder + "/session-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).jsonl"
    let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_APPEND | O_CLOEXEC, 0o600)
    guard descriptor >= 0 else { return nil }
    guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
      close(descriptor)
      return nil
    }
    self.folder = folder
    self.path = path
    self.descriptor = descriptor
  }

  deinit { close(descriptor) }

  /// Appends `entries`, one JSON line each, in one write, then flushes them to disk.
  func append(_ entries: some Collection<TranscriptEntry>) {
    guard !entries.isEmpty else { return }
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    var bytes: [UInt8] = []
    for entry in entries {
      guard let line = try? encoder.encode(entry) else { continue }
      bytes += line
      bytes.append(UInt8(ascii: "\n"))
    }
    var written = 0
    while written < bytes.count {
      let n = bytes[written...].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
      if n < 0 && errno == EINTR { continue }
      guard n > 0 else { return }
      written += n
    }
    fsync(descriptor)
  }

  /// What a journal's first line says when the turns are a scenario's: which one, and its
  /// seed, so `/recover` plays it again with the same answers.
  struct Header: Codable, Equatable {
    let scenario: String
    let seed: UInt64
  }

  /// Writes the header line of a scenario's journal.
  func begin(_ header: Header) {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    guard var line = try? encoder.encode(header) else { return }
    line.append(UInt8(ascii: "\n"))
    _ = line.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
    fsync(descriptor)
  }

  /// Forgets what was written (after `/save`, or when the turns are cleared).
  func empty() {
    _ = ftruncate(descriptor, 0)
  }

  /// A clean exit: nothing is left to recover.
  func remove() {
    unlink(path)
  }

  /// A journal left by a session that ended without a clean exit.
  struct Unsaved {
    let path: String
    let entries: [TranscriptEntry]
    /// Set when the turns were a scenario's.
    var header: Header?
    /// When it was last written.
    let date: Date
    var turns: Int { entries.filter { $0.role == .student }.count }
  }

  /// The journals in `folder` no running session holds, newest first; empty ones are removed.
  static func unsaved(in folder: String) -> [Unsaved] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
    var found: [Unsaved] = []
    for name in names where name.hasPrefix("session-") && name.hasSuffix(".jsonl") {
      let path = folder + "/" + name
      guard let journal = read(path) else { continue }
      if journal.entries.isEmpty {
        unlink(path)
        continue
      }
      found.append(journal)
    }
    return found.sorted { $0.date > $1.date }
  }

  /// Reads a journal nobody holds and removes it, so no other REPL recovers it too.
  static func take(_ path: String) -> Unsaved? {
    read(path, removing: true)
  }

  /// Reads a journal nobody holds; nil when a running session holds it or it cannot be read.
  ///
  /// A last line cut off by a crash, or any line that is not an entry, is skipped.
  static func read(_ path: String, removing: Bool = false) -> Unsaved? {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { return nil }
    defer { close(descriptor) }
    // Its session still runs when the lock is held; removing takes it for this session alone.
    guard flock(descriptor, (removing ? LOCK_EX : LOCK_SH) | LOCK_NB) == 0 else { return nil }
    if removing { unlink(path) }
    var info = stat()
    guard fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
    let data = FileHandle(fileDescriptor: descriptor, closeOnDealloc: false).readDataToEndOfFile()
    let decoder = JSONDecoder()
    let lines = data.split(separator: UInt8(ascii: "\n"))
    let entries = lines.compactMap { try? decoder.decode(TranscriptEntry.self, from: Data($0)) }
    let header = lines.first.flatMap { try? decoder.decode(Header.self, from: Data($0)) }
    let date = Date(timeIntervalSince1970: TimeInterval(info.st_mtim.tv_sec))
    return Unsaved(path: path, entries: entries, header: header, date: date)
  }
}
