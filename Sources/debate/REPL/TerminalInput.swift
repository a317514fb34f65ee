/// Bytes read from the terminal, handed out one key at a time, with a bracketed paste whole.
///
/// Keys are Unicode scalars decoded from UTF-8 (invalid bytes are dropped, as libedit does).
/// C1 controls (U+0080–U+009F) are dropped too: they are never typed as text, and the reader
/// uses one of them as a private key of its own. A paste the terminal brackets with
/// `ESC [ 200 ~` … `ESC [ 201 ~` comes out as one `.paste`, so it can be inserted in one step
/// instead of being fed key by key into whatever mode the editor is in.
struct TerminalInput {
  enum Item: Equatable {
    case key(UInt32)
    case paste([UInt8])
  }

  /// The most a paste keeps; the rest is dropped (the line would be too long to answer).
  static let longestPaste = 1 << 20
  private static let pasteStart: [UInt8] = Array("\u{1b}[200~".utf8)
  private static let pasteEnd: [UInt8] = Array("\u{1b}[201~".utf8)

  private var bytes: [UInt8] = []
  private var start = 0
  /// Inside a bracketed paste: what it holds so far.
  private var paste: [UInt8]?
  /// A paste ended by `endCutPaste`, handed out next.
  private var cutPaste: Item?

  /// True when the bytes so far end inside a paste or a possible escape or UTF-8 prefix, so
  /// the reader should wait briefly for more before taking them as they are.
  var isWaiting: Bool { paste != nil || cutPaste != nil || start < bytes.count }
  var isInPaste: Bool { paste != nil }

  mutating func append(_ chunk: ArraySlice<UInt8>) {
    if start > 4096 {
      bytes.removeFirst(start)
      start = 0
    }
    bytes.append(contentsOf: chunk)
  }

  /// Forgets everything not yet handed out (Ctrl-C drops the line and what was typed after).
  mutating func clear() {
    bytes = []
    start = 0
    paste = nil
    cutPaste = nil
  }

  /// Ends an unclosed paste with the bytes it has: Ctrl-Z, like Ctrl-C, makes the terminal
  /// drop the input not yet read, its end marker with it. Left open, the paste took the keys
  /// typed after `fg`, Enter included, as more of itself until the keyboard paused a second.
  mutating func endCutPaste() {
    guard paste != nil, firstIndex(of: Self.pasteEnd, in: bytes[start...]) == nil else { return }
    keep(bytes[start...])
    start = bytes.count
    cutPaste = finishPaste()
  }

  /// The next key or complete paste, or nil when more bytes are needed. With `final` (no more
  /// bytes came in time), an unfinished prefix is taken as it is and an unclosed paste ends.
  mutating func next(final: Bool = false) -> Item? {
    if let cut = cutPaste {
      cutPaste = nil
      return cut
    }
    while true {
      if paste != nil { return continuePaste(final: final) }
      guard start < bytes.count else { return nil }
      let rest = bytes[start...]
      if rest.first == 0x1b {
        if rest.starts(with: Self.pasteStart) {
          start += Self.pasteStart.count
          paste = []
          continue
        }
        if !final && rest.count < Self.pasteStart.count && Self.pasteStart.starts(with: rest) { return nil }
        start += 1
        return .key(0x1b)
      }
      switch decodeScalar(rest) {
      case .needMore:
        if !final { return nil }
        start += 1  // a truncated sequence: drop its first byte
      case .invalid:
        start += 1
      case .scalar(let value, let length):
        start += length
        if (0x80...0x9f).contains(value) { continue }
        return .key(value)
      }
    }
  }

  /// The text keys that are already here, as one string, when there are at least two: keys
  /// that come faster than anyone types are an unbracketed paste, and libedit redraws the
  /// whole line for each key it inserts before the end (a 100 KB paste took hours). Stops
  /// before a control key, an escape or an unfinished sequence; takes nothing when it is nil.
  mutating func nextText() -> String? {
    var probe = self
    var taken = self
    var text = String.UnicodeScalarView()
    while case .key(let value)? = probe.next(), Self.isText(value), let scalar = Unicode.Scalar(value) {
      text.append(scalar)
      taken = probe
    }
    guard text.count >= 2 else { return nil }
    self = taken
    return String(text)
  }

  /// Whether a key is text to insert (not a control key, DEL or a C1 control).
  static func isText(_ value: UInt32) -> Bool {
    value >= 0x20 && value != 0x7f && !(0x80...0x9f).contains(value)
  }

  private mutating func continuePaste(final: Bool) -> Item? {
    let rest = bytes[start...]
    if let end = firstIndex(of: Self.pasteEnd, in: rest) {
      keep(bytes[start..<end])
      start = end + Self.pasteEnd.count
      return finishPaste()
    }
    // Keep back a tail that could be the start of the end marker.
    let safe = max(start, bytes.count - (Self.pasteEnd.count - 1))
    keep(bytes[start..<safe])
    start = safe
    if final {
      start = bytes.count
      return finishPaste()
    }
    return nil
  }

  private mutating func keep(_ chunk: ArraySlice<UInt8>) {
    guard var held = paste else { return }
    paste = nil  // keeps `held` uniquely referenced while it grows
    held.append(contentsOf: chunk.prefix(max(0, Self.longestPaste - held.count)))
    paste = held
  }

  private mutating func finishPaste() -> Item {
    let held = paste ?? []
    paste = nil
    return .paste(held)
  }

  private func firstIndex(of needle: [UInt8], in haystack: ArraySlice<UInt8>) -> Int? {
    guard haystack.count >= needle.count else { return nil }
    var index = haystack.startIndex
    while index + needle.count <= haystack.endIndex {
      if haystack[index] == needle[0] && haystack[index..<(index + needle.count)].elementsEqual(needle) {
        return index
      }
      index += 1
    }
    return nil
  }

  private enum Decoded {
    case scalar(UInt32, length: Int)
    case needMore
    case invalid
  }

  private func decodeScalar(_ rest: ArraySlice<UInt8>) -> Decoded {
    guard let lead = rest.first else { return .needMore }
    let length: Int
    var value: UInt32
    switch lead {
    case 0x00...0x7f: return .scalar(UInt32(lead), length: 1)
    case 0xc2...0xdf: (length, value) = (2, UInt32(lead & 0x1f))
    case 0xe0...0xef: (length, value) = (3, UInt32(lead & 0x0f))
    case 0xf0...0xf4: (length, value) = (4, UInt32(lead & 0x07))
    default: return .invalid
    }
    for offset in 1..<length {
      guard rest.startIndex + offset < rest.endIndex else { return .needMore }
      let byte = rest[rest.startIndex + offset]
      guard byte & 0xc0 == 0x80 else { return .invalid }
      value = value << 6 | UInt32(byte & 0x3f)
    }
    let shortest: UInt32 = length == 2 ? 0x80 : length == 3 ? 0x800 : 0x10000
    guard value >= shortest, value <= 0x10ffff, !(0xd800...0xdfff).contains(value) else { return .invalid }
    return .scalar(value, length: length)
  }
}
