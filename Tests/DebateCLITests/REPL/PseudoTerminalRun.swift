import Foundation

/// Runs the built `debate` on a pseudo-terminal and types at it like a person.
///
/// The child starts in its own session with the PTY as its controlling terminal (so Ctrl-C
/// sends SIGINT), with an empty signal mask and SIGINT at its default. Before each key, wait
/// for the prompt *and* for libedit's raw mode (`waitForPrompt`): a key sent before libedit
/// leaves canonical mode goes to the kernel's line discipline and can be lost.
final class PseudoTerminalRun {
  enum Failure: Error, CustomStringConvertible {
    case timeout(waitingFor: String, output: String)
    case system(String)

    var description: String {
      switch self {
      case .timeout(let text, let output):
        "timed out waiting for \(text.debugDescription); output:\n\(output)"
      case .system(let call): "\(call) failed: \(String(cString: strerror(errno)))"
      }
    }
  }

  private let master: Int32
  private let pid: pid_t
  private var exitStatus: Int32?
  /// Everything the program wrote, and how far `waitFor` has read.
  private(set) var output: [UInt8] = []
  private var mark = 0

  /// Starts `debate args` with `environment` (only these variables, plus PATH) on a PTY.
  ///
  /// `launcher` runs before it, for example `setpriv` to drop root or `valgrind`.
  init(
    _ args: [String] = [], environment: [String: String], columns: UInt16 = 100, launcher: [String] = [],
    binary: String = DebateRun.binary.path
  ) throws {
    var master: Int32 = -1
    var slave: Int32 = -1
    var name = [CChar](repeating: 0, count: 256)
    var size = winsize(ws_row: 30, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0)
    guard openpty(&master, &slave, &name, nil, &size) == 0 else { throw Failure.system("openpty") }
    _ = fcntl(master, F_SETFD, FD_CLOEXEC)
    _ = fcntl(master, F_SETFL, fcntl(master, F_GETFL) | O_NONBLOCK)
    close(slave)
    self.master = master

    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    // Opened after setsid, the PTY becomes the child's controlling terminal.
    posix_spawn_file_actions_addopen(&actions, 0, name, O_RDWR, 0)
    posix_spawn_file_actions_adddup2(&actions, 0, 1)
    posix_spawn_file_actions_adddup2(&actions, 0, 2)
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var empty = sigset_t()
    sigemptyset(&empty)
    var defaults = sigset_t()
    sigemptyset(&defaults)
    sigaddset(&defaults, SIGINT)
    posix_spawnattr_setsigmask(&attributes, &empty)
    posix_spawnattr_setsigdefault(&attributes, &defaults)
    #if os(Linux)
      let setsid: Int32 = 0x80  // POSIX_SPAWN_SETSID, not exported by Glibc
    #else
      let setsid = Int32(POSIX_SPAWN_SETSID)
    #endif
    posix_spawnattr_setflags(&attributes, Int16(setsid | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

    let path = launcher.first ?? binary
    let argv = (launcher + [binary] + args).map { strdup($0) } + [nil]
    var variables = environment
    variables["PATH"] = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    let envp = variables.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer { (argv + envp).forEach { free($0) } }
    var child: pid_t = 0
    let rc = posix_spawn(&child, path, &actions, &attributes, argv, envp)
    guard rc == 0 else {
      close(master)
      errno = rc
      throw Failure.system("posix_spawn")
    }
    pid = child
  }

  deinit {
    if exitStatus == nil {
      kill(pid, SIGKILL)
      var status: Int32 = 0
      waitpid(pid, &status, 0)
    }
    close(master)
  }

  /// The output so far as text (invalid UTF-8 repaired).
  var text: String { String(decoding: output, as: UTF8.self) }

  /// The output after the last `waitFor` match point `from`.
  func text(from start: Int) -> String {
    String(decoding: output[min(start, output.count)...], as: UTF8.self)
  }

  var position: Int { output.count }

  /// Reads what is there and moves the match point past it: later waits see only new output.
  func skipOutput() {
    drain(waitingMilliseconds: 0)
    mark = output.count
  }

  /// The program's process ID, for /proc.
  var processID: pid_t { pid }

  /// Types `keys`, in chunks, reading the echo meanwhile so the PTY never fills up.
  func send(_ keys: String) throws {
    let bytes = Array(keys.utf8)
    var sent = 0
    let deadline = Date().addingTimeInterval(60)
    while sent < bytes.count {
      let n = bytes[sent..<min(sent + 1024, bytes.count)].withUnsafeBytes {
        write(master, $0.baseAddress, $0.count)
      }
      if n > 0 {
        sent += n
      } else if errno != EAGAIN && errno != EINTR {
        throw Failure.system("write")
      }
      drain(waitingMilliseconds: n > 0 ? 0 : 10)
      if Date() > deadline {
        throw Failure.timeout(waitingFor: "the program to read its input", output: text)
      }
    }
  }

  /// Waits until the program is blocked waiting for its terminal (`read` on fd 0, or `poll`).
  ///
  /// Use before Ctrl-C: the kernel flushes input the program has not read yet on SIGINT, so
  /// keys sent just before it could be lost.
  /// Linux only: it reads the program's current system call from /proc; elsewhere it waits for
  /// raw mode, which is the nearest sign there is.
  func waitUntilReading(timeout: TimeInterval = 10) throws {
    #if os(Linux)
      let deadline = Date().addingTimeInterval(timeout)
      while Date() < deadline {
        // Syscall numbers differ: read 0, poll 7, ppoll 271 on x86_64; read 63, ppoll 73 on arm64.
        let call = (try? String(contentsOfFile: "/proc/\(pid)/syscall", encoding: .utf8)) ?? ""
        let waiting = ["0 0x0 ", "63 0x0 ", "7 ", "271 ", "73 "]
        if waiting.contains(where: { call.hasPrefix($0) }) { return }
        drain(waitingMilliseconds: 2)
      }
      throw Failure.timeout(waitingFor: "the program to wait for input", output: text(from: mark))
    #else
      try waitForRawMode()
    #endif
  }

  /// Waits until the program has taken every key sent so far and waits for more with nothing
  /// half read (an open paste or escape sequence is waited on with a timeout), and its output
  /// has paused; then moves the match point past that output.
  ///
  /// Use before keys whose answer is awaited: a prompt drawn earlier, after a Ctrl-C or `fg`
  /// that nothing waited for, cannot be taken for the answer.
  /// Linux only: it reads the program's system call from /proc; elsewhere it waits for raw mode.
  func waitUntilIdle(timeout: TimeInterval = 20) throws {
    #if os(Linux)
      let deadline = Date().addingTimeInterval(timeout)
      var quietSince: Date?
      while Date() < deadline {
        let before = output.count
        drain(waitingMilliseconds: 10)
        guard output.count == before, isWaitingForKeys, isInRawMode else {
          quietSince = nil
          continue
        }
        let since = quietSince ?? Date()
        quietSince = since
        if Date().timeIntervalSince(since) >= 0.05 {
          mark = output.count
          return
        }
      }
      throw Failure.timeout(
        waitingFor: "the program to take every key and wait (\(systemCall ?? "?"))", output: text(from: mark))
    #else
      try waitForRawMode()
      skipOutput()
    #endif
  }

  /// The program's current system call from /proc (number and arguments), or nil; Linux only.
  var systemCall: String? {
    #if os(Linux)
      (try? String(contentsOfFile: "/proc/\(pid)/syscall", encoding: .utf8))?
        .trimmingCharacters(in: .whitespacesAndNewlines)
    #else
      nil
    #endif
  }

  /// The kernel function the program sleeps in (`n_tty_write`: its output is not read;
  /// `tty_wait_until_sent`: a TCSADRAIN waits for that), or nil; Linux only.
  var kernelWait: String? {
    #if os(Linux)
      (try? String(contentsOfFile: "/proc/\(pid)/wchan", encoding: .utf8)).flatMap { $0.isEmpty ? nil : $0 }
    #else
      nil
    #endif
  }

  /// How the program waits for its terminal, from its system call (Linux only).
  enum KeyWait {
    /// Blocked reading, or polling without a timeout: every key taken.
    case forKeys
    /// Polling with a timeout: for the rest of a paste or an escape sequence.
    case forTheRest
  }

  /// nil when it is not waiting for its terminal.
  var keyWait: KeyWait? {
    let fields = (systemCall ?? "").split(separator: " ")
    guard let number = fields.first else { return nil }
    let argument = { (index: Int) in index < fields.count ? String(fields[index]) : "" }
    switch number {
    case "0", "63": return argument(1) == "0x0" ? .forKeys : nil  // read(0, …) on x86_64, arm64
    case "7": return argument(3) == "0xffffffff" ? .forKeys : .forTheRest  // poll(…, …, timeout)
    case "271", "73": return argument(3) == "0x0" ? .forKeys : .forTheRest  // ppoll(…, …, timeout, …)
    default: return nil
    }
  }

  private var isWaitingForKeys: Bool { keyWait == .forKeys }

  /// Waits until the program polls with a timeout: it holds part of a paste or escape sequence.
  func waitUntilWaitingForTheRest(timeout: TimeInterval = 10) throws {
    let deadline = Date().addingTimeInterval(timeout)
    while Date() < deadline {
      if keyWait == .forTheRest { return }
      drain(waitingMilliseconds: 1)
    }
    throw Failure.timeout(
      waitingFor: "the program to wait for the rest of its input", output: text(from: mark))
  }

  private var isInRawMode: Bool {
    var modes = termios()
    return tcgetattr(master, &modes) == 0 && modes.c_lflag & tcflag_t(ICANON) == 0
  }

  /// Resizes the terminal, as a person dragging the window does, and sends SIGWINCH.
  ///
  /// The kernel signals the foreground group only when the size changes; the explicit signal
  /// makes every call a resize event, as a window manager's burst of them is.
  func resize(columns: UInt16, rows: UInt16 = 30) {
    var size = winsize(ws_row: rows, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0)
    _ = ioctl(master, UInt(TIOCSWINSZ), &size)
    if exitStatus == nil { kill(pid, SIGWINCH) }
  }

  /// Sends a signal to the program (SIGTSTP and SIGCONT, as a shell's job control does).
  func signal(_ number: Int32) {
    if exitStatus == nil { kill(pid, number) }
  }

  /// The program's state letter from /proc (`T` when stopped), or nil once it has gone; Linux
  /// only (nil elsewhere).
  var processState: Character? {
    #if os(Linux)
      guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
        let close = stat.lastIndex(of: ")")
      else { return nil }
      return stat[close...].dropFirst(2).first
    #else
      return nil
    #endif
  }

  /// Waits until `expected` appears after the previous match; returns where the match ends.
  @discardableResult
  func waitFor(_ expected: String, timeout: TimeInterval = 20) throws -> Int {
    let needle = Array(expected.utf8)
    let deadline = Date().addingTimeInterval(timeout)
    while true {
      if let range = find(needle, from: mark) {
        mark = range
        return range
      }
      if Date() > deadline { throw Failure.timeout(waitingFor: expected, output: text(from: mark)) }
      drain(waitingMilliseconds: 50)
    }
  }

  /// Waits for the prompt and then for libedit's raw mode, when keys are safe to send.
  func waitForPrompt(_ prompt: String = "essay> ") throws {
    try waitFor(prompt)
    try waitForRawMode()
  }

  /// Waits until the terminal is out of canonical mode: libedit is editing.
  func waitForRawMode(timeout: TimeInterval = 10) throws {
    let deadline = Date().addingTimeInterval(timeout)
    while Date() < deadline {
      if isInRawMode { return }
      drain(waitingMilliseconds: 5)
    }
    throw Failure.timeout(waitingFor: "raw mode after the prompt", output: text(from: mark))
  }

  /// Waits for the program to end, reading its output meanwhile; the exit status, or 128 + signal.
  func waitForExit(timeout: TimeInterval = 20) throws -> Int32 {
    if let exitStatus { return exitStatus }
    let deadline = Date().addingTimeInterval(timeout)
    var status: Int32 = 0
    while Date() < deadline {
      drain(waitingMilliseconds: 20)
      if waitpid(pid, &status, WNOHANG) == pid {
        drain(waitingMilliseconds: 0)
        let signal = status & 0x7f
        let result = signal == 0 ? (status >> 8) & 0xff : 128 + signal
        exitStatus = result
        return result
      }
    }
    throw Failure.timeout(waitingFor: "the program to exit", output: text(from: mark))
  }

  /// Reads whatever the program wrote, waiting up to `waitingMilliseconds` for the first bytes.
  private func drain(waitingMilliseconds: Int32) {
    var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
    guard poll(&descriptor, 1, waitingMilliseconds) > 0 else { return }
    var buffer = [UInt8](repeating: 0, count: 65536)
    while true {
      let n = buffer.withUnsafeMutableBytes { read(master, $0.baseAddress, $0.count) }
      guard n > 0 else { return }  // EAGAIN, or EIO once the child has gone
      output.append(contentsOf: buffer[..<n])
    }
  }

  private func find(_ needle: [UInt8], from start: Int) -> Int? {
    guard !needle.isEmpty, output.count - start >= needle.count else { return nil }
    var i = start
    while i + needle.count <= output.count {
      if output[i] == needle[0] && output[i..<(i + needle.count)].elementsEqual(needle) {
        return i + needle.count
      }
      i += 1
    }
    return nil
  }
}
