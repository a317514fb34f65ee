@testable import DebateEngine

/// Mutates a scenario or map file the ways files get broken: by editors, by hand, by a bad
/// copy, or on purpose. The same seed always gives the same files (`scripts/fuzz-files.py`
/// applies the same kinds of mutation to the built binary).
struct FileMutator {
  enum Kind: String, CaseIterable, Sendable {
    case byteFlip, truncate, deleteLine, duplicateLine, duplicateKey, deepNesting, aliasBomb, hugeScalar
    case tabs, byteOrderMark, crlf, invalidUTF8, controlCharacter
  }

  var random: SplitMix64

  init(seed: UInt64) { random = SplitMix64(seed: seed) }

  /// One to three mutations of `bytes`, and their kinds in the order applied.
  mutating func mutate(_ bytes: [UInt8]) -> (bytes: [UInt8], kinds: [Kind]) {
    var bytes = bytes
    var kinds: [Kind] = []
    for _ in 0...random.index(below: 3) {
      let kind = Kind.allCases[random.index(below: Kind.allCases.count)]
      bytes = apply(kind, to: bytes)
      kinds.append(kind)
    }
    return (bytes, kinds)
  }

  mutating func apply(_ kind: Kind, to bytes: [UInt8]) -> [UInt8] {
    var lines = bytes.split(separator: 10, omittingEmptySubsequences: false).map(Array.init)
    let line = lines.isEmpty ? 0 : random.index(below: lines.count)
    switch kind {
    case .byteFlip:
      var out = bytes
      for _ in 0...random.index(below: 8) where !out.isEmpty {
        out[random.index(below: out.count)] ^= UInt8(1 << random.index(below: 8))
      }
      return out
    case .truncate:
      return Array(bytes.prefix(bytes.isEmpty ? 0 : random.index(below: bytes.count)))
    case .deleteLine:
      if !lines.isEmpty { lines.remove(at: line) }
    case .duplicateLine:
      if !lines.isEmpty { lines.insert(lines[line], at: line) }
    case .duplicateKey:
      // The line again, its value changed: a key given twice in one mapping.
      if !lines.isEmpty, let colon = lines[line].firstIndex(of: 58) {
        lines.insert(Array(lines[line][...colon]) + Array(" again".utf8), at: line + 1)
      }
    case .deepNesting:
      let depth = [70, 500, 1_200, 20_000][random.index(below: 4)]
      let open = random.index(below: 2) == 0 ? UInt8(91) : UInt8(123)
      lines.insert(Array("deep: ".utf8) + Array(repeating: open, count: depth), at: line)
    case .aliasBomb:
      lines.insert(contentsOf: Self.aliasBomb, at: 0)
      let use = ["? *i\n: x", "bomb: *i", "claims: *i", "turns: *i", "- *i"][random.index(below: 5)]
      lines.insert(Array(use.utf8), at: min(lines.count, Self.aliasBomb.count + line))
    case .hugeScalar:
      let size = [1_000, 100_000, 900_000, 1_100_000][random.index(below: 4)]
      lines.insert(Array("title: ".utf8) + Array(repeating: UInt8(120), count: size), at: line)
    case .tabs:
      if !lines.isEmpty { lines[line] = lines[line].replacing([32, 32], with: [9]) }
    case .byteOrderMark:
      return [0xEF, 0xBB, 0xBF] + bytes
    case .crlf:
      return bytes.replacing([10], with: [13, 10])
    case .invalidUTF8:
      var out = bytes
      let bad: [[UInt8]] = [[0xFF], [0xC3], [0xE2, 0x80], [0xED, 0xA0, 0x80], [0xC0, 0xAF]]
      out.insert(contentsOf: bad[random.index(below: bad.count)], at: random.index(below: out.count + 1))
      return out
    case .controlCharacter:
      var out = bytes
      let controls: [UInt8] = [0, 1, 7, 8, 11, 12, 27, 127]
      out.insert(controls[random.index(below: controls.count)], at: random.index(below: out.count + 1))
      return out
    }
    return Array(lines.joined(separator: [10]))
  }

  /// Nine anchors, each listing the previous one nine times.
  static let aliasBomb: [[UInt8]] = (0..<9).map { level in
    let name = String(UnicodeScalar(UInt8(97 + level)))
    let items = level == 0 ? "lol" : "*" + String(UnicodeScalar(UInt8(96 + level)))
    return Array("\(name): &\(name) [\(Array(repeating: items, count: 9).joined(separator: ", "))]".utf8)
  }
}
