@preconcurrency import CEditLine
import Foundation
@preconcurrency import Glibc

/// libedit's key reader (`EL_GETCFN`): the one place between keys where nothing in libedit is
/// drawing, so signals, resizes and pastes are handled here.
extension EditLineReader {
  /// Bound to `debate-paste`; never typed (input drops C1 controls).
  static let privateKey: Unicode.Scalar = "\u{9F}"
  /// libedit is never given a narrower window: below a few columns its redraw writes past
  /// its display buffers. Narrower terminals wrap what it draws, which stays readable.
  static let narrowest = 20
  /// Keys an incremental search (Ctrl-R) may take before it is ended: each key searches the
  /// whole history again, so a paste into the search took time growing with its square.
  static let searchBudget = 64

  enum Wait { case ready, timedOut, closed }

  /// Where libedit is in an escape sequence (`Esc [ 1 ; 5 C`): its keys must go one by one.
  enum EscapeState { case none, started, parameters }

  func startLine() {
    interrupted = false
    lineStarting = true
    searchKeys = nil
    heldKey = nil
    pendingPaste = nil
    lastKey = 0
    escape = .none
    // The line is drawn afresh: earlier signals are moot, but for a Ctrl-Z the last line left
    // (it came with the Enter or the Ctrl-C that ended it), which stops the program now.
    TerminalSignals.putBack(TerminalSignals.take().intersection([SIGTSTP]))
    tcgetattr(STDIN_FILENO, &cookedModes)
    TerminalSignals.catchSuspend(true)
    if bracketsPastes { ce_write_stdout("\u{1b}[?2004h") }
  }

  func finishLine() {
    if bracketsPastes { ce_write_stdout("\u{1b}[?2004l") }
    TerminalSignals.catchSuspend(false)
  }

  /// The next key for libedit: 1 with a key, 0 at end of input, -1 (EINTR) for Ctrl-C.
  func nextKey(_ key: UnsafeMutablePointer<wchar_t>) -> Int32 {
    if lineStarting {
      lineStarting = false
      tcgetattr(STDIN_FILENO, &rawModes)
      drawnColumns = windowSize().columns
      fitToWindow()
    }
    var final = false
    while true {
      let signals = TerminalSignals.take()
      if signals.contains(SIGINT) {
        TerminalSignals.putBack(signals.intersection([SIGTSTP]))  // for the next line to take
        interrupted = true
        input.clear()
        pendingPaste = nil
        heldKey = nil
        searchKeys = nil
        escape = .none
        key.pointee = 0
        errno = EINTR
        return -1
      }
      if signals.contains(SIGTSTP) {
        input.endCutPaste()  // the terminal dropped the rest of it
        suspend()
      } else if signals.contains(SIGCONT) {
        tcsetattr(STDIN_FILENO, TCSADRAIN, &rawModes)
        redraw(rowsUp: 0)
      }
      if signals.contains(SIGWINCH) { fitToWindow() }
      if let held = heldKey {
        heldKey = nil
        return deliver(held, to: key)
      }
      if searchKeys == nil && takesTypedAhead, let text = input.nextText() {
        pendingPaste = (pendingPaste ?? "") + text
        return deliver(Self.privateKey.value, to: key)
      }
      if let item = input.next(final: final) {
        switch item {
        case .paste(let bytes):
          pendingPaste = (pendingPaste ?? "") + Self.pasteText(bytes)
          searchKeys = nil
          return deliver(Self.privateKey.value, to: key)
        case .key(let value):
          if let used = searchKeys {
            if [0x0d, 0x0a, 0x1b, 0x07].contains(value) {
              searchKeys = nil  // Enter, Esc and Ctrl-G end a search
            } else if used >= Self.searchBudget && lastKey != 0x1b {
              // The private key ends the search (as any unbound key does) and does nothing.
              searchKeys = nil
              heldKey = value
              return deliver(Self.privateKey.value, to: key)
            } else {
              searchKeys = used + 1
            }
          } else if value == 0x12 || value == 0x13 {
            // Ctrl-R, Ctrl-S. Each key of a search tries the pattern at every position of the
            // line, each try as long as the line: on a long line one key took minutes.
            guard lineLength <= HistoryFile.longestRemembered else {
              ce_write_stdout("\u{07}")
              continue
            }
            searchKeys = 0
          }
          return deliver(value, to: key)
        }
      }
      final = false
      switch wait(milliseconds: input.isInPaste ? 1000 : input.isWaiting ? 30 : -1) {
      case .ready: continue
      case .timedOut: final = true
      case .closed:
        key.pointee = 0
        return 0
      }
    }
  }

  /// `debate-paste`: inserts the pending paste in one step.
  func insertPaste(_ editor: OpaquePointer) -> UInt8 {
    guard let text = pendingPaste, !text.isEmpty else { return UInt8(CC_NORM) }
    pendingPaste = nil
    return el_insertstr(editor, text) == 0 ? UInt8(CC_REFRESH) : UInt8(CC_REFRESH_BEEP)
  }

  /// A paste as one line of text: line breaks and tabs become spaces, other controls go.
  static func pasteText(_ bytes: [UInt8]) -> String {
    var text = String.UnicodeScalarView()
    var afterReturn = false
    for scalar in String(decoding: bytes, as: UTF8.self).unicodeScalars {
      switch scalar.value {
      case 0x0a where afterReturn: break
      case 0x09, 0x0a, 0x0d: text.append(" ")
      case 0..<0x20, 0x7f...0x9f: break
      default: text.append(scalar)
      }
      afterReturn = scalar.value == 0x0d
    }
    return String(text)
  }

  /// Whether the text keys already read may go to libedit as one insertion: in emacs mode,
  /// never inside an escape sequence or after a key that gives the next one a meaning (Ctrl-V,
  /// Ctrl-X, Esc: any control key), nor after a digit (`Esc 5 0 x` types fifty x's).
  private var takesTypedAhead: Bool {
    guard escape == .none else { return false }
    let afterText =
      lastKey == 0 || lastKey == Self.privateKey.value
      || (TerminalInput.isText(lastKey) && !(0x30...0x39).contains(lastKey))
    return afterText && ce_is_emacs(editor) != 0
  }

  /// The length of the line being edited, in bytes.
  private var lineLength: Int {
    guard let info = el_line(editor)?.pointee, let buffer = info.buffer, let last = info.lastchar else {
      return 0
    }
    return max(0, buffer.distance(to: last))
  }

  private func deliver(_ value: UInt32, to key: UnsafeMutablePointer<wchar_t>) -> Int32 {
    switch escape {
    case _ where value == 0x1b: escape = .started
    case .started: escape = value == 0x5b || value == 0x4f ? .parameters : .none  // [ or O
    case .parameters: if (0x40...0x7e).contains(value) { escape = .none }  // the final byte
    case .none: break
    }
    lastKey = value
    key.pointee = wchar_t(bitPattern: value)
    return 1
  }

  /// Waits for bytes from the terminal or a signal; reads what is there.
  private func wait(milliseconds: Int32) -> Wait {
    var descriptors = [
      pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0),
      pollfd(fd: TerminalSignals.wakeDescriptor, events: Int16(POLLIN), revents: 0),
    ]
    let ready = poll(&descriptors, 2, milliseconds)
    if ready == 0 { return .timedOut }
    if ready < 0 { return errno == EINTR ? .ready : .closed }
    if descriptors[1].revents != 0 { return .ready }  // signals are taken by the caller
    if descriptors[0].revents & Int16(POLLNVAL) != 0 { return .closed }
    guard descriptors[0].revents != 0 else { return .ready }
    var chunk = [UInt8](repeating: 0, count: 4096)
    // A Ctrl-C after `poll` flushes the input it saw: the read must not block on it. With the
    // handler not restarting, a Ctrl-C during the read interrupts it; one that came before is
    // seen here and the read is skipped.
    TerminalSignals.interruptibleReads(true)
    defer { TerminalSignals.interruptibleReads(false) }
    if TerminalSignals.hasPending { return .ready }
    let count = chunk.withUnsafeMutableBytes { read(STDIN_FILENO, $0.baseAddress, $0.count) }
    if count > 0 {
      input.append(chunk[..<count])
      return .ready
    }
    return count < 0 && (errno == EAGAIN || errno == EINTR) ? .ready : .closed
  }

  /// Gives libedit the window's size (never under `narrowest` columns) and redraws the line.
  private func fitToWindow() {
    let window = windowSize()
    let columns = max(window.columns, Self.narrowest)
    defer { drawnColumns = window.columns }
    let rowsChanged = window.rows > 0 && window.rows != Int(ce_get_lines(editor))
    guard columns != Int(ce_get_columns(editor)) || rowsChanged else { return }
    // Back to the row where the prompt starts: as the old layout had it, or the new one if
    // the terminal re-wrapped; the smaller never climbs into the output above the prompt.
    let up = min(rowsBeforeCursor(columns: drawnColumns), rowsBeforeCursor(columns: window.columns))
    if window.rows > 0 { ce_set_termcap(editor, "li", String(window.rows)) }
    ce_set_termcap(editor, "co", String(columns))
    redraw(rowsUp: up)
  }

  /// Clears from the prompt's row down and has libedit draw the prompt and line afresh.
  ///
  /// `EL_REFRESH` forgets libedit's idea of the cursor first, so nothing is drawn at a column
  /// the new display buffers do not have.
  private func redraw(rowsUp: Int) {
    ce_write_stdout("\r" + (rowsUp > 0 ? "\u{1b}[\(rowsUp)A" : "") + "\u{1b}[J")
    ce_refresh(editor)
  }

  /// Ctrl-Z: the terminal as it was before editing, stop, and after `fg` editing again.
  private func suspend() {
    var editing = termios()
    tcgetattr(STDIN_FILENO, &editing)
    if bracketsPastes { ce_write_stdout("\u{1b}[?2004l") }
    tcsetattr(STDIN_FILENO, TCSADRAIN, &cookedModes)
    TerminalSignals.stopProcess()
    tcsetattr(STDIN_FILENO, TCSADRAIN, &editing)
    if bracketsPastes { ce_write_stdout("\u{1b}[?2004h") }
    redraw(rowsUp: 0)
  }

  private func windowSize() -> (rows: Int, columns: Int) {
    var size = winsize()
    guard ioctl(STDIN_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else {
      return (0, max(Int(ce_get_columns(editor)), Self.narrowest))
    }
    return (Int(size.ws_row), Int(size.ws_col))
  }

  /// How many rows below the prompt's first the cursor is, at `columns` wide.
  private func rowsBeforeCursor(columns: Int) -> Int {
    var before = ""
    if let info = el_line(editor)?.pointee, let buffer = info.buffer, let cursor = info.cursor {
      let length = max(0, buffer.distance(to: cursor))
      before = buffer.withMemoryRebound(to: UInt8.self, capacity: length) {
        String(decoding: UnsafeBufferPointer(start: $0, count: length), as: UTF8.self)
      }
    }
    let visiblePrompt = promptText.split(separator: ReplStyle.promptEscape, omittingEmptySubsequences: false)
      .enumerated().filter { $0.offset % 2 == 0 }.map(\.element).joined()
    return (Self.displayWidth(visiblePrompt) + Self.displayWidth(before)) / max(columns, 1)
  }

  static func displayWidth(_ text: String) -> Int {
    text.unicodeScalars.reduce(0) { total, scalar in
      let width = ce_display_width(Int32(bitPattern: scalar.value))
      return total + (width < 0 ? 2 : Int(width))
    }
  }
}
