import CEditLine
import Foundation

/// Where the REPL keeps its line history, and how it loads and saves it safely.
///
/// The file lives at `$XDG_STATE_HOME/debate/history` (default `~/.local/state/debate/history`),
/// in folders created with mode 0700. Several REPLs may share it, so each new line is saved as
/// shells do: under a lock, re-read the file, append, cap, write a temporary file and rename it
/// over the old one (a crash leaves the old file or the new one, never a torn one). libedit's
/// `H_LOAD` + `H_SAVE` wipes a file it could not read, so a corrupt one is moved aside first.
struct HistoryFile {
  static let capacity: Int32 = 1000
  /// Longer lines (pastes) are answered but not kept (nor loaded from an older file): the file
  /// stays small, and Ctrl-R, whose every key costs the square of the length of each line it
  /// visits inside libedit, stays quick (a 16 KB line took 7 s a key, a 100 KB one minutes).
  static let longestRemembered = 1000

  let path: String
  var warn: (String) -> Void = { FileHandle.standardError.write(Data("debate: warning: \($0)\n".utf8)) }

  /// The history path for this environment, or nil when neither XDG_STATE_HOME nor HOME is usable.
  static func defaultPath(environment: [String: String]) -> String? {
    if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
      return state + "/debate/history"
    }
    guard let home = environment["HOME"], home.hasPrefix("/") else { return nil }
    return home + "/.local/state/debate/history"
  }

  /// The file actually written: a symlinked history is written through its link.
  var target: String {
    var current = path
    for _ in 0..<16 {
      var info = stat()
      guard lstat(current, &info) == 0, info.st_mode & S_IFMT == S_IFLNK,
        let link = try? FileManager.default.destinationOfSymbolicLink(atPath: current)
      else { return current }
      current = link.hasPrefix("/") ? link : Self.folder(of: current) + "/" + link
    }
    return current
  }

  static func folder(of path: String) -> String { (path as NSString).deletingLastPathComponent }

  /// Creates the history's folder and any missing parents with mode 0700.
  func makeFolder() -> Bool { Self.makePrivateFolder(Self.folder(of: path)) }

  /// Creates `folder` and any missing parents with mode 0700 (the state folder is private).
  static func makePrivateFolder(_ folder: String) -> Bool {
    var prefix = ""
    for component in folder.split(separator: "/") {
      prefix += "/" + component
      if mkdir(prefix, 0o700) != 0 && errno != EEXIST { return false }
    }
    return true
  }

  /// Loads the file into `history`; a file that exists but fails to load is moved aside.
  ///
  /// Returns false when the history should not be saved this session: the folder could not be
  /// made, the file cannot be read (permissions: it is reported and left alone), or a bad file
  /// could not be moved.
  func load(into history: OpaquePointer) -> Bool {
    guard makeFolder() else {
      warn(
        "cannot create the folder for \(path): \(String(cString: strerror(errno))); history will not be saved"
      )
      return false
    }
    let file = target
    removeStaleTemporaries(in: Self.folder(of: file))
    var info = stat()
    // No file yet, or an empty one (H_LOAD fails on those): the first save writes it.
    guard stat(file, &info) == 0 else { return true }
    let regular = info.st_mode & S_IFMT == S_IFREG
    if regular && info.st_size == 0 { return true }
    if regular {
      let descriptor = open(file, O_RDONLY | O_CLOEXEC)
      guard descriptor >= 0 else {
        warn(
          "cannot read the history in \(path): \(String(cString: strerror(errno))); history will not be saved"
        )
        return false
      }
      close(descriptor)
      if loadShortLines(of: file, into: history) {
        noteIfOverCapacity(file)
        return true
      }
    }
    if let aside = moveAside(file) {
      warn("could not read the history in \(path); moved it to \(aside) and started a new one")
      return true
    }
    warn("could not read the history in \(path); it is left as it is and history will not be saved")
    return false
  }

  /// Loads the file's lines of at most `longestRemembered` bytes, oldest first; false when
  /// libedit cannot read it.
  private func loadShortLines(of file: String, into history: OpaquePointer) -> Bool {
    let all = history_init()
    defer { history_end(all) }
    ce_hist_setsize(all, Self.capacity)
    guard ce_hist_load(all, file) >= 0 else { return false }
    var entry = ce_hist_oldest(all)
    while let line = entry {
      if strlen(line) <= Self.longestRemembered { ce_hist_enter(history, line) }
      entry = ce_hist_newer(all)
    }
    return true
  }

  /// Appends `line` to the file as a shell does; returns the errno of a failure, nil when saved.
  func append(_ line: String) -> Int32? {
    let file = target
    let lock = open(file + ".lock", O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
    guard lock >= 0 else { return errno }
    defer { close(lock) }  // closing releases the lock
    while flock(lock, LOCK_EX) != 0 {
      if errno != EINTR { return errno }
    }
    // Everything the other sessions saved since, then this line; the cap drops the oldest.
    let merged = history_init()
    defer { history_end(merged) }
    ce_hist_setsize(merged, Self.capacity)
    ce_hist_setunique(merged, 1)
    var info = stat()
    if stat(file, &info) == 0 && info.st_size > 0 && ce_hist_load(merged, file) < 0 {
      return EILSEQ  // it changed into something unreadable: leave it for the next start
    }
    ce_hist_enter(merged, line)
    let temporary = Self.folder(of: file) + "/.history.\(getpid()).tmp"
    errno = 0
    guard ce_hist_save(merged, temporary) >= 0 else {
      let failure = errno == 0 ? EIO : errno  // before unlink can change errno
      unlink(temporary)
      return failure
    }
    let written = open(temporary, O_RDONLY | O_CLOEXEC)
    if written >= 0 {
      fsync(written)
      close(written)
    }
    guard rename(temporary, file) == 0 else {
      let failure = errno
      unlink(temporary)
      return failure
    }
    return nil
  }

  /// Moves a bad file to `history.bad`, or `history.bad.1`… when that exists: never over one.
  private func moveAside(_ file: String) -> String? {
    for number in 0..<100 {
      let aside = file + (number == 0 ? ".bad" : ".bad.\(number)")
      var info = stat()
      if lstat(aside, &info) == 0 { continue }
      return rename(file, aside) == 0 ? aside : nil
    }
    return nil
  }

  /// Removes `.history.PID.tmp` files left by sessions killed mid-save (their PID is gone).
  private func removeStaleTemporaries(in folder: String) {
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
    for name in names where name.hasPrefix(".history.") && name.hasSuffix(".tmp") {
      guard let pid = pid_t(name.dropFirst(".history.".count).dropLast(".tmp".count)), pid > 0,
        pid != getpid(), kill(pid, 0) != 0, errno == ESRCH
      else { continue }
      unlink(folder + "/" + name)
    }
  }

  /// Says once, at load, that a file over the cap will lose its oldest lines at the next save.
  private func noteIfOverCapacity(_ file: String) {
    guard let data = FileManager.default.contents(atPath: file) else { return }
    let entries = data.reduce(0) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) } - 1  // the first is the cookie
    guard entries > Int(Self.capacity) else { return }
    warn(
      "the history in \(path) has \(entries) lines, more than the \(Self.capacity) kept; "
        + "the oldest \(entries - Int(Self.capacity)) will be dropped when it is next saved")
  }
}
