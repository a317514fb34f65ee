@preconcurrency import Glibc
import Synchronization

/// The terminal signals the REPL handles itself: Ctrl-C, Ctrl-Z, `fg` and window resizes.
///
/// libedit's own handlers (`EL_SIGNAL`) resize its display buffers inside the handler, which
/// corrupts the heap when a resize lands in the middle of a redraw. These handlers only note
/// the signal and write a byte to a pipe that wakes the key reader, which acts between keys.
enum TerminalSignals {
  /// One bit per signal number that arrived since the last `take()`.
  private static let pending = Atomic<UInt32>(0)
  /// The pipe's write end for the handlers, and its read end for the reader's `poll`.
  private static let wakeWriter = Atomic<Int32>(-1)
  private static let wakeReaderFD = Atomic<Int32>(-1)

  /// The descriptor to poll beside the terminal: readable when a signal arrived.
  static var wakeDescriptor: Int32 { wakeReaderFD.load(ordering: .acquiring) }

  /// Creates the wake-up pipe and installs the handlers for SIGINT, SIGWINCH and SIGCONT.
  ///
  /// SA_RESTART keeps a resize from failing a write of a reply with EINTR; the reader never
  /// relies on EINTR, because the pipe wakes its `poll` whichever thread takes the signal.
  static func install() {
    guard wakeReaderFD.load(ordering: .acquiring) < 0 else { return }
    var ends: [Int32] = [-1, -1]
    guard pipe(&ends) == 0 else { return }
    for end in ends {
      _ = fcntl(end, F_SETFD, FD_CLOEXEC)
      _ = fcntl(end, F_SETFL, fcntl(end, F_GETFL) | O_NONBLOCK)
    }
    wakeWriter.store(ends[1], ordering: .releasing)
    wakeReaderFD.store(ends[0], ordering: .releasing)
    for signal in [SIGINT, SIGWINCH, SIGCONT] { handle(signal) }
  }

  /// Whether a signal has arrived that `take()` has not yet taken.
  static var hasPending: Bool { pending.load(ordering: .acquiring) != 0 }

  /// Makes Ctrl-C interrupt a blocked `read` (EINTR) instead of restarting it, for the key
  /// reader's read alone: Ctrl-C flushes the terminal's input, so a read that `poll` had
  /// promised data may find none and block, and only an interrupted read wakes it. Everywhere
  /// else SA_RESTART keeps writes of replies from failing with EINTR.
  static func interruptibleReads(_ on: Bool) {
    handle(SIGINT, restarting: !on)
  }

  /// Catches Ctrl-Z while a line is read (the reader restores the terminal, then stops); at
  /// other times it keeps its default action, so a running command stops at once.
  static func catchSuspend(_ catching: Bool) {
    if catching { handle(SIGTSTP) } else { restoreDefault(SIGTSTP) }
  }

  /// The signals that arrived since the last call, as signal numbers; empties the pipe.
  static func take() -> Set<Int32> {
    let reader = wakeReaderFD.load(ordering: .acquiring)
    if reader >= 0 {
      var sink = [UInt8](repeating: 0, count: 64)
      while sink.withUnsafeMutableBytes({ read(reader, $0.baseAddress, $0.count) }) > 0 {}
    }
    let bits = pending.exchange(0, ordering: .acquiringAndReleasing)
    return Set((1..<32).filter { bits & (1 << UInt32($0)) != 0 })
  }

  /// Makes `signals` pending again, for a later `take()`, and wakes the reader's `poll`.
  static func putBack(_ signals: Set<Int32>) {
    for signal in signals { note(signal) }
  }

  /// Stops the process as Ctrl-Z would have (the caller has restored the terminal first);
  /// returns after `fg`.
  static func stopProcess() {
    restoreDefault(SIGTSTP)
    raise(SIGTSTP)
    handle(SIGTSTP)
  }

  private static func handle(_ signal: Int32, restarting: Bool = true) {
    var action = sigaction()
    action.__sigaction_handler.sa_handler = { TerminalSignals.note($0) }
    sigemptyset(&action.sa_mask)
    action.sa_flags = restarting ? SA_RESTART : 0
    sigaction(signal, &action, nil)
  }

  private static func restoreDefault(_ signal: Int32) {
    var action = sigaction()
    action.__sigaction_handler.sa_handler = SIG_DFL
    sigemptyset(&action.sa_mask)
    sigaction(signal, &action, nil)
  }

  /// The handler (and `putBack`): only async-signal-safe work (an atomic OR and a `write`),
  /// errno kept.
  private static func note(_ signal: Int32) {
    let saved = errno
    pending.bitwiseOr(1 << UInt32(signal & 31), ordering: .acquiringAndReleasing)
    var byte = UInt8(truncatingIfNeeded: signal)
    let writer = wakeWriter.load(ordering: .acquiring)
    if writer >= 0 { _ = write(writer, &byte, 1) }
    errno = saved
  }
}
