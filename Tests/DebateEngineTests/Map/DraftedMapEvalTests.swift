import Foundation
import Testing

@testable import DebateEngine

/// Labelled turns about three public-domain texts (a speech, an essay, an open letter-like
/// pamphlet), answered over the map `map draft` makes for each with no hand edits. The turns
/// were written by the drafter's author, so they are not blind; the floors guard the
/// mechanisms (claims, deny words, the same responder) against regressions.
struct DraftedMapEvalTests {
  struct Turn: Decodable {
    let id: String
    let utterance: String
    let stance: String
    let evidence: [String]
  }

  @Test(arguments: ["gettysburg", "civil-disobedience", "american-crisis"])
  func answersOverTheDraftedMapStayGrounded(_ name: String) throws {
    let corpus = try MapDrafterTests.corpus("\(name).txt")
    let map = try ArgumentMapLoader(corpus: corpus).load(
      try MapDrafter(corpus: corpus, textFile: "\(name).txt").yaml(), file: "draft.yaml")
    let responder = Responder(corpus: corpus, map: map)
    let lines = try String(
      contentsOf: MapDrafterTests.folder.appending(path: "turns/\(name).jsonl"), encoding: .utf8
    ).split(separator: "\n")
    let turns = try lines.map { try JSONDecoder().decode(Turn.self, from: Data($0.utf8)) }
    try #require(turns.count == 40)
    var grounded = 0
    var withEvidence = 0
    var stanceRight = 0
    var falseGrounding = 0
    for turn in turns {
      let reply = responder.respond(to: turn.utterance)
      if reply.stance.rawValue == turn.stance { stanceRight += 1 }
      if turn.evidence.isEmpty {
        if !reply.evidence.isEmpty { falseGrounding += 1 }
        continue
      }
      withEvidence += 1
      if let first = reply.evidence.first?.text, turn.evidence.contains(where: { first.contains($0) }) {
        grounded += 1
      }
    }
    let grounding = Double(grounded) / Double(withEvidence)
    let stance = Double(stanceRight) / Double(turns.count)
    let unrelated = turns.filter(\.evidence.isEmpty).count
    print(
      "\(name): grounding@1 \(grounding), stance \(stance), false grounding \(falseGrounding)/\(unrelated)")
    #expect(grounding >= 0.65, "grounding@1 \(grounding) on \(name)")
    #expect(stance >= 0.65, "stance accuracy \(stance) on \(name)")
    #expect(falseGrounding == 0, "cited on \(falseGrounding) of \(unrelated) unrelated turns")
  }

  /// WordNet as Debian's `wordnet-base` installs it, as `debate map draft` reads it; nil when
  /// it is not installed.
  static func installedWordNet() -> WordNet? {
    var files: [WordNet.PartOfSpeech: (index: [UInt8], data: [UInt8])] = [:]
    for pos in WordNet.PartOfSpeech.allCases {
      guard let index = FileManager.default.contents(atPath: "/usr/share/wordnet/index.\(pos.rawValue)"),
        let data = FileManager.default.contents(atPath: "/usr/share/wordnet/data.\(pos.rawValue)")
      else { return nil }
      files[pos] = (Array(index), Array(data))
    }
    return WordNet(files: files)
  }

  /// A blind text: about 3,000 words and 120 turns written by a helper who had not seen the
  /// code, with floors a little below what the draft reaches, with and without WordNet.
  struct BlindText: CustomStringConvertible, Sendable {
    let text: String
    let turns: String
    let withWordNet: (grounding: Double, stance: Double, falseGrounding: Double)
    let withoutWordNet: (grounding: Double, stance: Double, falseGrounding: Double)
    var description: String { text }
  }

  static let blindTexts = [
    // Federalist No. 10: with WordNet 0.53, 0.65 and 0.10 (0.39, 0.633 and 0.30 before the
    // evidence covered whole paragraphs and the topic words were pruned); without it 0.52, 0.58
    // and 0.35, since vague words are known by their WordNet senses.
    BlindText(
      text: "federalist-10.txt", turns: "turns.jsonl", withWordNet: (0.5, 0.62, 0.15),
      withoutWordNet: (0.48, 0.55, 0.4)),
    // On Liberty, chapter II's opening (written out by the helper who wrote its turns), scored
    // for the first time after the drafter's rework: with WordNet 0.422, 0.567 and 0.167 (the
    // drafter before it: 0.353, 0.592, 0.167); without it 0.392, 0.583 and 0.167.
    BlindText(
      text: "on-liberty-2.txt", turns: "on-liberty-2.jsonl", withWordNet: (0.4, 0.54, 0.2),
      withoutWordNet: (0.37, 0.55, 0.2)),
  ]

  /// Each blind text scored as `score.py` scores it: the first quote must contain a gold phrase,
  /// case and quotes aside. The issue asks for 0.80, 0.65 and at most 0.15. The map is drafted as
  /// `debate map draft` drafts it, with WordNet when it is installed (`scripts/drafted-eval.sh`
  /// prints the same figures through the executable).
  @Test(arguments: blindTexts)
  func aBlindTextOverItsDraftedMap(_ blind: BlindText) throws {
    let corpus = try MapDrafterTests.corpus("blind/\(blind.text)")
    let wordNet = Self.installedWordNet()
    let map = try ArgumentMapLoader(corpus: corpus).load(
      try MapDrafter(corpus: corpus, textFile: blind.text, wordNet: wordNet).yaml(),
      file: "draft.yaml")
    let responder = Responder(corpus: corpus, map: map)
    let lines = try String(
      contentsOf: MapDrafterTests.folder.appending(path: "blind/\(blind.turns)"), encoding: .utf8
    ).split(separator: "\n")
    let turns = try lines.map { try JSONDecoder().decode(Turn.self, from: Data($0.utf8)) }
    try #require(turns.count == 120)
    func normal(_ text: String) -> String {
      text.replacing("\u{2019}", with: "'").replacing("\u{201C}", with: "\"").replacing(
        "\u{201D}", with: "\""
      )
      .lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
    var grounded = 0
    var stanceRight = 0
    var falseGrounding = 0
    for turn in turns {
      let reply = responder.respond(to: turn.utterance)
      if reply.stance.rawValue == turn.stance { stanceRight += 1 }
      if turn.evidence.isEmpty {
        if !reply.evidence.isEmpty { falseGrounding += 1 }
      } else if let first = reply.evidence.first.map({ normal($0.text) }),
        turn.evidence.contains(where: { first.contains(normal($0)) })
      {
        grounded += 1
      }
    }
    let withEvidence = turns.filter { !$0.evidence.isEmpty }.count
    let grounding = Double(grounded) / Double(withEvidence)
    let stance = Double(stanceRight) / Double(turns.count)
    let unrelated = Double(falseGrounding) / Double(turns.count - withEvidence)
    print(
      "\(blind.text) (\(wordNet == nil ? "without" : "with") WordNet): grounding@1 \(grounding), stance \(stance), false grounding \(unrelated)"
    )
    let floors = wordNet == nil ? blind.withoutWordNet : blind.withWordNet
    #expect(grounding >= floors.0, "grounding@1 \(grounding)")
    #expect(stance >= floors.1, "stance accuracy \(stance)")
    #expect(unrelated <= floors.2, "false grounding \(unrelated)")
  }
}
