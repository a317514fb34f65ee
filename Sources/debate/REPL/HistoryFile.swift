import CEditLine
import Foundation

/// Where the REPL keeps its line history, and how it loads and saves it safely.
///
/// The file lives at `$XDG_STATE_HOME/debate/history` (default `~/.local/state/debate/history`),
/// in folders created with mode 0700. libedit's `H_SAVE` rewrites a file in place and
/// `H_LOAD` + `H_SAVE` wipes a file it could not read, so this type saves to a temporary file in
/// the same folder and renames it over the old one, and moves an unreadable file aside to
/// `history.bad` (warning once) before anything is saved.
struct HistoryFile {
  static let capacity: Int32 = 1000
  /// Longer lines (pastes) are answered but not kept, to keep the file small.
  static let longestRemembered = 16 * 1024

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

  /// Creates the history's folder and any missing parents with mode 0700.
  func makeFolder() -> Bool {
    let folder = (path as NSString).deletingLastPathComponent
    var prefix = ""
    for component in folder.split(separator: "/") {
      prefix += "/" + component
      if mkdir(prefix, 0o700) != 0 && errno != EEXIST { return false }
    }
    return true
  }

  /// Loads the file into `history`; an existing file that fails to load is renamed aside.
  ///
  /// Returns false when the history should not be saved this session (the bad file could not
  /// be moved, or the folder could not be made).
  func load(into history: OpaquePointer) -> Bool {
    guard makeFolder() else {
      warn("cannot create the folder for \(path); history will not be saved")
      return false
    }
    var info = stat()
    // No file yet, or an empty one (H_LOAD fails on those): the first save writes it.
    guard stat(path, &info) == 0, info.st_size > 0 || (info.st_mode & S_IFMT) != S_IFREG else { return true }
    if (info.st_mode & S_IFMT) == S_IFREG && ce_hist_load(history, path) >= 0 { return true }
    let aside = path + ".bad"
    if rename(path, aside) == 0 {
      warn("could not read the history in \(path); moved it to \(aside) and started a new one")
      return true
    }
    warn("could not read the history in \(path); it is left as it is and history will not be saved")
    return false
  }

  /// Saves `history` atomically: to a temporary file next to it, then rename(2).
  func save(_ history: OpaquePointer) -> Bool {
    let folder = (path as NSString).deletingLastPathComponent
    let temporary = folder + "/.history.\(getpid()).tmp"
    guard ce_hist_save(history, temporary) >= 0 else {
      unlink(temporary)
      return false
    }
    guard rename(temporary, path) == 0 else {
      unlink(temporary)
      return false
    }
    return true
  }
}
