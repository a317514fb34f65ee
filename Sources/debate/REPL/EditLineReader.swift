@preconcurrency import CEditLine
import Foundation
@preconcurrency import Glibc

/// Reads lines with libedit: emacs keys, Up/Down and Ctrl-R history, Tab completion.
///
/// Only for a terminal on both standard input and output (`init` fails otherwise). Colour
/// prompts use `EL_PROMPT_ESC`, with escapes wrapped in `ReplStyle.promptEscape`.
final class EditLineReader: LineReading {
  /// Candidates for the word before the cursor: `(text before the cursor, that word)`.
  typealias Completer = (_ beforeCursor: String, _ word: String) -> [String]

  private let editor: OpaquePointer  // EditLine*
  private let history: OpaquePointer  // History*
  private var promptC: UnsafeMutablePointer<CChar>  // libedit re-reads it on every redraw
  private let historyFile: HistoryFile?
  private var savesHistory: Bool
  private var warnedAboutSaving = false
  private let completer: Completer

  init?(historyFile: HistoryFile?, completer: @escaping Completer) {
    guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1,
      let editor = el_init("debate", stdin, stdout, stderr)
    else { return nil }
    self.editor = editor
    history = history_init()
    promptC = strdup("> ")!
    self.historyFile = historyFile
    self.completer = completer
    savesHistory = false
    ce_set_clientdata(editor, Unmanaged.passUnretained(self).toOpaque())
    ce_set_prompt_esc(
      editor,
      { editor in
        // Set before the first prompt, so never nil: libedit would dereference a NULL prompt.
        Unmanaged<EditLineReader>.fromOpaque(ce_get_clientdata(editor)!).takeUnretainedValue().promptC
      }, CChar(ReplStyle.promptEscape.asciiValue!))
    ce_set_editor(editor, "emacs")
    ce_set_signal(editor, 1)  // restores the tty on signals; redraws on SIGWINCH
    ce_hist_setsize(history, HistoryFile.capacity)
    ce_hist_setunique(history, 1)
    ce_set_hist(editor, history)
    ce_addfn(editor, "debate-complete", "Complete a command or its argument") { editor, _ in
      guard let editor, let context = ce_get_clientdata(editor) else { return UInt8(CC_ERROR) }
      return Unmanaged<EditLineReader>.fromOpaque(context).takeUnretainedValue().complete(editor)
    }
    ce_bind(editor, "^I", "debate-complete")
    el_source(editor, nil)  // $EDITRC or ~/.editrc
    if let historyFile { savesHistory = historyFile.load(into: history) }
  }

  deinit {
    el_end(editor)
    history_end(history)
    free(promptC)
  }

  func readLine(prompt: String) -> ReadResult {
    free(promptC)
    promptC = strdup(prompt)!
    var count: Int32 = 0
    errno = 0
    guard let bytes = el_gets(editor, &count) else {
      // NULL: end of input (count 0), or an error; EINTR is Ctrl-C.
      return (count == -1 && errno == EINTR) ? .interrupted : .eof
    }
    var line = String(cString: bytes)  // libedit reuses its buffer: copy now
    if line.hasSuffix("\n") { line.removeLast() }
    return .line(line)
  }

  func remember(_ line: String) {
    guard !line.allSatisfy(\.isWhitespace), line.utf8.count <= HistoryFile.longestRemembered else {
      return
    }
    ce_hist_enter(history, line)
    guard savesHistory, let historyFile else { return }
    if !historyFile.save(history) && !warnedAboutSaving {
      warnedAboutSaving = true
      historyFile.warn("cannot save the history to \(historyFile.path): \(String(cString: strerror(errno)))")
    }
  }

  /// Tab: completes the word before the cursor, or lists the candidates when they differ.
  fileprivate func complete(_ editor: OpaquePointer) -> UInt8 {
    guard let info = el_line(editor)?.pointee, let buffer = info.buffer, let cursor = info.cursor else {
      return UInt8(CC_ERROR)
    }
    let length = buffer.distance(to: cursor)  // a byte offset into UTF-8
    let before = buffer.withMemoryRebound(to: UInt8.self, capacity: length) {
      String(decoding: UnsafeBufferPointer(start: $0, count: length), as: UTF8.self)
    }
    let word = String(before.reversed().prefix { $0 != " " }.reversed())
    let matches = Array(Set(completer(before, word).filter { $0.hasPrefix(word) })).sorted()
    guard let first = matches.first else { return UInt8(CC_REFRESH_BEEP) }
    if matches.count == 1 {
      // A folder keeps the cursor inside it; anything else is finished with a space.
      let ending = first.hasSuffix("/") ? "" : " "
      el_insertstr(editor, String(first.dropFirst(word.count)) + ending)
      return UInt8(CC_REFRESH)
    }
    let common = matches.dropFirst().reduce(first) { a, b in
      String(zip(a, b).prefix { $0 == $1 }.map(\.0))
    }
    if common.count > word.count {
      el_insertstr(editor, String(common.dropFirst(word.count)))
      return UInt8(CC_REFRESH)
    }
    fputs("\n" + matches.joined(separator: "  ") + "\n", stdout)
    fflush(stdout)
    return UInt8(CC_REDISPLAY)
  }
}

/// A SIGINT handler without SA_RESTART: Ctrl-C makes `el_gets` return NULL with EINTR, so the
/// REPL drops the line and prompts again instead of exiting.
func installInterruptHandler() {
  var action = sigaction()
  action.__sigaction_handler.sa_handler = { _ in }
  sigemptyset(&action.sa_mask)
  action.sa_flags = 0
  sigaction(SIGINT, &action, nil)
}

/// libedit decodes keystrokes in the current locale, and Swift starts in "C", where non-ASCII
/// input is silently dropped: use the environment's locale, or C.UTF-8 when it is not UTF-8.
func useUTF8Locale() {
  setlocale(LC_ALL, "")
  if String(cString: nl_langinfo(nl_item(CODESET))) != "UTF-8" { setlocale(LC_CTYPE, "C.UTF-8") }
}
