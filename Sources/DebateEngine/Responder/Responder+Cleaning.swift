/// Making any line safe to analyse, and a stable seed for varying the wording.
extension Responder {
  /// Removes control characters and collapses white space, so any line is safe to analyse.
  static func clean(_ text: String) -> String {
    // Most turns are plain printable ASCII with single spaces: nothing to clean.
    var previousSpace = true
    let plain = text.utf8.allSatisfy { byte in
      defer { previousSpace = byte == 0x20 }
      return (0x21...0x7E).contains(byte) || (byte == 0x20 && !previousSpace)
    }
    if plain && text.utf8.last != 0x20 { return text }
    var result = ""
    result.reserveCapacity(min(text.utf8.count, 1 << 20))
    var lastWasSpace = true
    for scalar in text.unicodeScalars {
      let isSpace =
        scalar.properties.isWhitespace || scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
      if isSpace {
        if !lastWasSpace { result.unicodeScalars.append(" ") }
        lastWasSpace = true
      } else if scalar.properties.generalCategory == .format && scalar != "\u{200D}" {
        continue
      } else {
        result.unicodeScalars.append(scalar)
        lastWasSpace = false
      }
    }
    if result.last == " " { result.removeLast() }
    return result
  }

  /// FNV-1a: stable across runs and platforms, unlike `Hasher`.
  static func stableHash(_ text: String) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in text.utf8 {
      hash ^= UInt64(byte)
      hash = hash &* 0x100_0000_01b3
    }
    return hash
  }
}
