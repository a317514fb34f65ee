/// Bytes read as UTF-8 text: the one check that every file and stream the engine and the
/// shell read goes through (texts, maps, scenarios, answer files), so all of them refuse the
/// same things, UTF-16, NUL bytes and invalid UTF-8, and say where.
public enum TextBytes {
  /// Why bytes are not UTF-8 text, and at which byte offset.
  public enum Problem: Error, Equatable, Sendable, CustomStringConvertible {
    /// A UTF-16 byte-order mark: text, but in the wrong encoding.
    case utf16
    /// A NUL byte: a binary file, or UTF-16 without its mark.
    case nul(offset: Int)
    /// A byte that does not continue valid UTF-8.
    case invalidUTF8(byte: UInt8, offset: Int)

    /// Where the problem starts, in bytes from the start.
    public var offset: Int {
      switch self {
      case .utf16: 0
      case .nul(let offset), .invalidUTF8(_, let offset): offset
      }
    }

    public var description: String {
      switch self {
      case .utf16: "it is UTF-16 text; save it as UTF-8"
      case .nul: "it has a NUL byte: it looks like a binary file, not text"
      case .invalidUTF8(let byte, _): "it is not valid UTF-8 (byte 0x\(Self.hex(byte))); save it as UTF-8"
      }
    }

    /// `0F`, `FF`: a byte as a message names it.
    static func hex(_ byte: UInt8) -> String {
      let digits = String(byte, radix: 16, uppercase: true)
      return digits.count == 1 ? "0" + digits : digits
    }
  }

  /// The bytes as a string, or the first problem in them.
  public static func decode(_ bytes: [UInt8]) -> Result<String, Problem> {
    if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { return .failure(.utf16) }
    // The common case in one fast pass each; the slow walk below only finds where it failed.
    if let text = String(validating: bytes, as: UTF8.self) {
      guard let nul = bytes.firstIndex(of: 0) else { return .success(text) }
      return .failure(.nul(offset: nul))
    }
    var parser = Unicode.UTF8.ForwardParser()
    var iterator = bytes.makeIterator()
    var offset = 0
    while true {
      switch parser.parseScalar(from: &iterator) {
      case .valid(let encoded):
        if encoded.count == 1 && encoded.first == 0 { return .failure(.nul(offset: offset)) }
        offset += encoded.count
      case .error:
        return .failure(.invalidUTF8(byte: offset < bytes.count ? bytes[offset] : 0, offset: offset))
      case .emptyInput:
        return .success(String(decoding: bytes, as: UTF8.self))
      }
    }
  }
}
