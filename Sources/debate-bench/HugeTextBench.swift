import DebateContent
import DebateEngine

/// What `debate ask --corpus BIG "turn"` costs on a text of `megabytes` MB: loading it from
/// bytes, building the responder and answering one misspelt turn (which builds the spelling
/// index), with the peak memory of the whole run against 10× the text.
///
/// The text is the essay's body repeated, with the words that made the spelling index explode
/// mixed in: a 10,000-letter word, a 30,000-letter word and 20,000 Chinese characters without
/// punctuation in every megabyte.
struct HugeTextBench {
  let megabytes: Int

  func run() throws {
    let bytes = Self.text(megabytes: megabytes)
    var corpus: Corpus?
    var responder: Responder?
    var reply: Reply?
    let loadTime = Figures.nanoseconds {
      corpus = try? Corpus(bytes: bytes)
    }
    guard let corpus else { throw BenchFailure("the \(megabytes) MB text did not load") }
    let loadMemory = Figures.peakMemoryMB()
    let buildTime = Figures.nanoseconds {
      responder = Responder(corpus: corpus, map: ArgumentMap(claims: []))
    }
    guard let responder else { throw BenchFailure("no responder") }
    let buildMemory = Figures.peakMemoryMB()
    let turnTime = Figures.nanoseconds {
      reply = responder.respond(to: "Coud Beijing be a mediater between Moskow and Kyiv?")
    }
    let memory = Figures.peakMemoryMB()
    let total = loadTime + buildTime + turnTime
    let textMB = Double(bytes.count) / 1_000_000
    print(
      "huge: \(Figures.fixed(textMB)) MB text with very long words (\(corpus.units.count) units), "
        + "one misspelt turn (\(reply?.evidence.count ?? 0) quotes)")
    print(Figures.row("load (Corpus(bytes:))", Figures.milliseconds(loadTime)))
    print(Figures.row("  peak memory after the load", Figures.fixed(loadMemory) + " MB"))
    print(Figures.row("index build (Responder.init)", Figures.milliseconds(buildTime)))
    print(Figures.row("  peak memory after the build", Figures.fixed(buildMemory) + " MB"))
    print(Figures.row("first misspelt turn (builds spelling index)", Figures.milliseconds(turnTime)))
    // Linear time: this figure stays the same at every size (`make bench` runs two).
    print(Figures.row("total, per MB of text", Figures.milliseconds(total / textMB)))
    print(
      Figures.row(
        "peak memory (max RSS)", Figures.fixed(memory) + " MB",
        target: "≤ \(Figures.fixed(textMB * 10, 0)) MB",
        met: memory <= textMB * 10))
  }

  /// `megabytes` MB of UTF-8: the essay's body, then in every megabyte the three long words.
  static func text(megabytes: Int) -> [UInt8] {
    let essay = Corpus.builtIn.source
    let body = Array(essay.split(whereSeparator: \.isNewline).dropFirst(3).joined(separator: "\n").utf8)
    let longWords = Array(
      (String(repeating: "a", count: 10_000) + ".\n" + String(repeating: "b", count: 30_000) + ".\n"
        + String(repeating: "中", count: 20_000) + "\n").utf8)
    let target = megabytes * 1_000_000
    var bytes: [UInt8] = []
    bytes.reserveCapacity(target + body.count)
    var nextLongWords = 0
    while bytes.count < target {
      if bytes.count >= nextLongWords {
        bytes += longWords
        nextLongWords += 1_000_000
      }
      bytes += body
      bytes.append(10)
    }
    return bytes
  }
}

struct BenchFailure: Error, CustomStringConvertible {
  let description: String
  init(_ description: String) { self.description = description }
}
