import CEditLine
import Foundation

/// Standard output, with write errors reported as coreutils report them:
///
///     $ debate text > /dev/full
///     debate: write error: No space left on device
///     $ echo $?
///     1
///
/// `print` drops the error of every write it makes, and glibc forgets the bytes of a failed
/// line-buffered or large write, so the subcommands write through `line(_:)`, which writes at
/// once with write(2) and throws on the first failure. `finish()` catches what `print` still
/// wrote (help, the REPL) when the program ends.
enum StandardOutput {
  /// Writes `text` and a line end now; throws `write error: …` when they cannot be written.
  static func line(_ text: String) throws {
    try write(text + "\n")
  }

  /// Writes `text` now, after anything `print` still holds, so the order is kept.
  static func write(_ text: String) throws {
    if fflush(nil) != 0 { throw failure(errno) }
    var bytes = Array(text.utf8)[...]
    while !bytes.isEmpty {
      let count = bytes.withUnsafeBytes { Glibc.write(STDOUT_FILENO, $0.baseAddress, $0.count) }
      if count < 0 {
        if errno == EINTR { continue }
        throw failure(errno)
      }
      bytes = bytes.dropFirst(count)
    }
  }

  /// Flushes what `print` wrote; throws `write error: …` if any of it could not be written.
  static func finish() throws {
    if fflush(nil) != 0 { throw failure(errno) }
    // C's `stdout`, which `print` buffers in, is a global Swift 6 cannot read: the shim reads
    // its error flag.
    if ce_stdout_error() != 0 { throw failure(errno) }
  }

  /// One line on standard error, written at once.
  static func error(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
  }

  private static func failure(_ code: Int32) -> CommandFailure {
    CommandFailure(code == 0 ? "write error" : "write error: \(String(cString: strerror(code)))")
  }
}
