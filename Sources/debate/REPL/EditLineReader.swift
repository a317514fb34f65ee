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

  let editor: OpaquePointer  // EditLine*
  private let history: OpaquePointer  // History*
  private var promptC: UnsafeMutablePointer<CChar>  // libedit re-reads it on every redraw
  private let historyFile: HistoryFile?
  private var savesHistory: Bool
  private var warnedAboutSaving = false
  private let completer: Completer

  // The key reader's state (EditLineReader+Keys.swift).
  var input = TerminalInput()
  /// Set when Ctrl-C ended `el_gets`, which then looks like end of input from inside a search.
  var interrupted = false
  var lineStarting = false
  /// The terminal's modes outside and inside editing, for Ctrl-Z and `fg`.
  var cookedModes = termios()
  var rawModes = termios()
  /// A paste waiting for the private key bound to `debate-paste` to insert it.
  var pendingPaste: String?
  /// Keys handed to an incremental search (Ctrl-R) so far; nil outside a search.
  var searchKeys: Int?
  /// A key held back while the private key that ends a search goes first.
  var heldKey: UInt32?
  var lastKey: UInt32 = 0
  var escape = EscapeState.none
  /// The width of the window the line was last drawn for.
  var drawnColumns = 80
  var promptText = ""
  /// Whether to ask the terminal to bracket pastes (`ESC [ ? 2004 h`); not on a dumb one.
  let bracketsPastes = (ProcessInfo.processInfo.environment["TERM"] ?? "dumb") != "dumb"

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
    // libedit handles no signal itself: its SIGWINCH handler reallocates the display while a
    // redraw may be using it. The key reader handles signals between keys instead.
    ce_set_signal(editor, 0)
    ce_set_getc(editor) { editor, key in
      guard let editor, let key, let context = ce_get_clientdata(editor) else { return -1 }
      return Unmanaged<EditLineReader>.fromOpaque(context).takeUnretainedValue().nextKey(key)
    }
    ce_hist_setsize(history, HistoryFile.capacity)
    ce_hist_setunique(history, 1)
    ce_set_hist(editor, history)
    ce_addfn(editor, "debate-complete", "Complete a command or its argument") { editor, _ in
      guard let editor, let context = ce_get_clientdata(editor) else { return UInt8(CC_ERROR) }
      return Unmanaged<EditLineReader>.fromOpaque(context).takeUnretainedValue().complete(editor)
    }
    ce_bind(editor, "^I", "debate-complete")
    // Esc x opened libedit's own command line (": "), which runs libedit builtins on what is
    // typed there (`settc co 1` narrows the window under the REPL's floor, `bind` rebinds its
    // keys) and swallows the line's Enter: a stray Esc before an x is not a command. An editrc
    // may bind it again.
    for key in ["\\ex", "\\eX"] { ce_bind(editor, key, "ed-unassigned") }
    el_source(editor, nil)  // $EDITRC or ~/.editrc
    // Private keys, bound after the user's editrc: they are the reader's, never typed.
    ce_addfn(editor, "debate-paste", "Insert a bracketed paste") { editor, _ in
      guard let editor, let context = ce_get_clientdata(editor) else { return UInt8(CC_ERROR) }
      return Unmanaged<EditLineReader>.fromOpaque(context).takeUnretainedValue().insertPaste(editor)
    }
    ce_bind(editor, String(Character(Self.privateKey)), "debate-paste")
    TerminalSignals.install()
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
    promptText = prompt
    startLine()
    defer { finishLine() }
    var count: Int32 = 0
    guard let bytes = el_gets(editor, &count) else {
      // NULL: end of input, an error, or Ctrl-C (which the key reader notes).
      return interrupted ? .interrupted : .eof
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
    guard savesHistory, let historyFile, let failure = historyFile.append(line), !warnedAboutSaving else {
      return
    }
    warnedAboutSaving = true
    historyFile.warn("cannot save the history to \(historyFile.path): \(String(cString: strerror(failure)))")
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
    var word = String(before.reversed().prefix { $0 != " " }.reversed())
    let candidates = completer(before, word)
    var matches = Array(Set(candidates.filter { $0.hasPrefix(word) })).sorted()
    // A ref typed without its mark (`/text 4`) completes as the ref (`¶4.`).
    if matches.isEmpty, let spelled = ReplCompleter.refSpelling(of: word) {
      let refs = Array(Set(candidates.filter { $0.hasPrefix(spelled) })).sorted()
      if !refs.isEmpty {
        el_deletestr(editor, Int32(word.count))
        el_insertstr(editor, spelled)
        word = spelled
        matches = refs
      }
    }
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

/// libedit decodes keystrokes in the current locale, and Swift starts in "C", where non-ASCII
/// input is silently dropped: use the environment's locale, or C.UTF-8 when it is not UTF-8.
func useUTF8Locale() {
  setlocale(LC_ALL, "")
  if String(cString: nl_langinfo(nl_item(CODESET))) != "UTF-8" { setlocale(LC_CTYPE, "C.UTF-8") }
}
