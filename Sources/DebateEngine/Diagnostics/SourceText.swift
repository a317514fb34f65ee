/// The text of a data file as the loaders read it, whatever editor saved it.
///
/// A file saved on Windows (CRLF line ends, often a byte-order mark) reads, and reports its
/// lines and columns, exactly like the same file saved with LF. Bytes that are not text are
/// reported where they stand:
///
///     map.yaml:3:9: error: invalid UTF-8 (byte 0xFF); save the file as UTF-8
enum SourceText {
  /// `text` with a leading byte-order mark dropped and every CRLF or lone CR made LF.
  static func normalized(_ text: String) -> String {
    let bytes = text.utf8
    let hasMark = bytes.starts(with: [0xEF, 0xBB, 0xBF])
    guard hasMark || bytes.contains(13) else { return text }
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count)
    var previousWasCR = false
    for byte in bytes.dropFirst(hasMark ? 3 : 0) {
      if byte == 10 && previousWasCR {
        previousWasCR = false
        continue
      }
      previousWasCR = byte == 13
      out.append(previousWasCR ? 10 : byte)
    }
    return String(decoding: out, as: UTF8.self)
  }

  /// The bytes as normalized text, or a diagnostic at the first NUL byte or invalid UTF-8
  /// (`TextBytes` finds it).
  static func decode(_ bytes: [UInt8], file: String) -> Result<String, Diagnostic> {
    let problem: TextBytes.Problem
    switch TextBytes.decode(bytes) {
    case .success(let text): return .success(normalized(text))
    case .failure(let found): problem = found
    }
    let message =
      switch problem {
      case .utf16: "the file is UTF-16 text; save it as UTF-8"
      case .nul: "a NUL byte: this looks like a binary file, not YAML text"
      case .invalidUTF8(let byte, _):
        "invalid UTF-8 (byte 0x\(TextBytes.Problem.hex(byte))); save the file as UTF-8"
      }
    if problem == .utf16 {
      return .failure(Diagnostic(file: file, line: 1, column: 1, message: message, sourceLine: ""))
    }
    // The bytes before the problem are valid UTF-8: walk them for its line and column.
    var position = Position()
    let before = String(decoding: bytes[..<problem.offset], as: UTF8.self).unicodeScalars
    var scalars = before.makeIterator()
    var next = scalars.next()
    while let scalar = next {
      next = scalars.next()
      position.advance(over: scalar, nextIsLineFeed: next == "\n")
    }
    return .failure(located(message, position, bytes, file))
  }

  /// The first character YAML does not allow in a file (control characters but tab and line
  /// ends, DEL, C1 controls but NEL, U+FFFE and U+FFFF), with its 1-based line and column.
  static func firstForbiddenCharacter(in text: String) -> (scalar: Unicode.Scalar, line: Int, column: Int)? {
    var line = 1
    var column = 1
    for scalar in text.unicodeScalars {
      if scalar == "\n" {
        line += 1
        column = 1
        continue
      }
      if !isAllowed(scalar) { return (scalar, line, column) }
      column += 1
    }
    return nil
  }

  /// The printable set of YAML 1.1, as libyaml's reader checks it.
  static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x09, 0x0A, 0x0D, 0x20...0x7E, 0x85, 0xA0...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
    default: false
    }
  }

  /// `U+0007`: how a character is named in a message.
  static func name(_ scalar: Unicode.Scalar) -> String {
    let hex = String(scalar.value, radix: 16, uppercase: true)
    return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
  }

  /// A 1-based line and column (in Unicode scalars) counted the way the loaders count them:
  /// CRLF and a lone CR each end one line.
  private struct Position {
    var line = 1
    var column = 1
    var lineStart = 0
    var bytesSeen = 0

    mutating func advance(over scalar: Unicode.Scalar, nextIsLineFeed: Bool) {
      bytesSeen += UTF8.width(scalar)
      if scalar == "\n" || (scalar == "\r" && !nextIsLineFeed) {
        line += 1
        column = 1
        lineStart = bytesSeen
      } else if scalar != "\r" {
        column += 1
      }
    }
  }

  private static func located(_ message: String, _ position: Position, _ bytes: [UInt8], _ file: String)
    -> Diagnostic
  {
    let rest = bytes[position.lineStart...].prefix { $0 != 10 && $0 != 13 }
    let sourceLine = String(decoding: rest, as: UTF8.self).replacing("\0", with: " ")
    return Diagnostic(
      file: file, line: position.line, column: position.column, message: message, sourceLine: sourceLine)
  }
}
