import Foundation

/// Writes files so that a crash or a second writer never leaves a half-written one behind.
///
/// The bytes go to a temporary file in the same folder, are flushed to disk, then renamed over
/// the target: readers see the old file or the new one, never a mix. The temporary name is short
/// (`.debate-PID-RANDOM.tmp`), so every name the file system allows for the target can be written.
enum AtomicFile {
  enum Overwrite { case refuse, replace }

  static func write(_ text: String, to path: String, overwrite: Overwrite) throws {
    let path = expandingTilde(path)
    let temporary = try checkedTemporaryPath(for: path, overwrite: overwrite)
    let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
    guard descriptor >= 0 else { throw cannotWrite(path, errno) }
    var failure: Int32 = 0
    let bytes = Array(text.utf8)
    var written = 0
    while written < bytes.count {
      let n = bytes[written...].withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
      if n < 0 {
        if errno == EINTR { continue }
        failure = errno
        break
      }
      written += n
    }
    if failure == 0 && fsync(descriptor) != 0 { failure = errno }
    close(descriptor)
    if failure == 0 && overwrite == .refuse {
      // link(2) fails if the target appeared meanwhile: never clobber a file we did not see.
      if link(temporary, path) != 0 { failure = errno }
    } else if failure == 0 {
      if rename(temporary, path) != 0 { failure = errno }
    }
    unlink(temporary)
    if failure != 0 { throw cannotWrite(path, failure) }
  }

  /// Fails now, with the reason `write` would give, if `path` cannot be written: lets a command
  /// refuse before doing work whose result it could not save.
  static func checkWritable(_ path: String, overwrite: Overwrite) throws {
    let path = expandingTilde(path)
    let temporary = try checkedTemporaryPath(for: path, overwrite: overwrite)
    let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
    guard descriptor >= 0 else { throw cannotWrite(path, errno) }
    close(descriptor)
    unlink(temporary)
  }

  /// `~` and `~/…` name the folder in `$HOME`, as the shell the user typed it in expands them
  /// (not the password file's home, which differs under `sudo` or a changed `HOME`).
  static func expandingTilde(
    _ path: String, environment: [String: String] = ProcessInfo.processInfo.environment
  )
    -> String
  {
    guard path == "~" || path.hasPrefix("~/"), let home = environment["HOME"], !home.isEmpty else {
      return path
    }
    return home + path.dropFirst()
  }

  /// The temporary file's path, once the target is known to be writable in principle.
  private static func checkedTemporaryPath(for path: String, overwrite: Overwrite) throws -> String {
    let url = URL(fileURLWithPath: path)
    let folder = url.deletingLastPathComponent().path
    var isFolder: ObjCBool = false
    if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) {
      if isFolder.boolValue { throw CommandFailure("cannot write \(path): it is a folder") }
      if overwrite == .refuse {
        throw CommandFailure("\(path) already exists; choose another name (nothing was overwritten)")
      }
    }
    guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
      throw CommandFailure("cannot write \(path): no folder \(folder)")
    }
    return folder + "/.debate-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).tmp"
  }

  private static func cannotWrite(_ path: String, _ code: Int32) -> CommandFailure {
    CommandFailure("cannot write \(path): \(String(cString: strerror(code)))")
  }
}
