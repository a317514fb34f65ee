import DebateEngine
import Testing

/// Every quote is a verbatim citable unit of the text, whatever the student types.
struct GroundingTests {
  let responder = ResponderFixture.responder

  /// Words from the map's vocabulary, the text and everyday chat, mixed by a seeded generator.
  static func generatedTurns(count: Int, seed: UInt64) -> [String] {
    var generator = SplitMix64(seed: seed)
    let vocabulary = ResponderFixture.responder.map.claims.flatMap {
      $0.vocabulary.topic + $0.vocabulary.affirm
    }
    let textWords = ResponderFixture.responder.corpus.source.split(whereSeparator: { $0.isWhitespace }).map(
      String.init)
    let glue = [
      "not", "never", "but", "maybe", "is", "are", "?", "no", "I think", "the", "and", "lol", "—", "“", "!",
    ]
    return (0..<count).map { _ in
      let length = Int(generator.next() % 14) + 1
      return (0..<length).map { _ -> String in
        switch generator.next() % 3 {
        case 0: vocabulary[Int(generator.next() % UInt64(vocabulary.count))]
        case 1: textWords[Int(generator.next() % UInt64(textWords.count))]
        default: glue[Int(generator.next() % UInt64(glue.count))]
        }
      }.joined(separator: " ")
    }
  }

  @Test func everyQuoteIsAVerbatimUnitOfTheText() {
    let corpus = responder.corpus
    var cited = 0
    for turn in Self.generatedTurns(count: 3_000, seed: 42) {
      let reply = responder.respond(to: turn)
      for citation in reply.evidence {
        cited += 1
        #expect(corpus.unit(citation.ref)?.text == citation.text, "\(turn)")
        #expect(corpus.containsVerbatim(citation.text))
      }
      for case .quote(let citation) in reply.parts {
        #expect(corpus.unit(citation.ref)?.text == citation.text, "\(turn)")
      }
      if reply.stance == .unrelated { #expect(reply.evidence.isEmpty) }
    }
    #expect(cited > 1_000)
  }

  @Test func everyClaimIsReachable() {
    for claim in responder.map.claims {
      let reply = responder.respond(to: claim.statement)
      #expect(reply.claimID == claim.id, "statement of \(claim.id) lands on \(reply.claimID ?? "nothing")")
      #expect(reply.evidence.first.map { claim.evidence.contains($0.ref) } == true)
    }
  }

  @Test(arguments: [
    String(repeating: "China and Russia are allies. ", count: 4_000),
    "\u{0}\u{1}\u{7}\u{1b}[31m allies \u{7f}",
    String(decoding: [0xC3, 0x28, 0xA0, 0xA1, 0x41, 0x6C, 0x6C, 0x69, 0x65, 0x73] as [UInt8], as: UTF8.self),
    "🇨🇳🤝🇷🇺 allies? 😀",
    "Пекин и Москва — союзники.",
    "北京和莫斯科是盟友吗？",
    "   \t  ",
    "¶2.5",
  ])
  func awkwardInputIsAnsweredWithoutCrashing(_ turn: String) {
    let reply = responder.respond(to: turn)
    #expect(!reply.text.isEmpty)
    for citation in reply.evidence { #expect(responder.corpus.unit(citation.ref)?.text == citation.text) }
  }

  @Test func opponentSideArguesTheRejectedViewAndSaysSo() {
    let reply = responder.respond(to: "China and Russia are allies.", side: .opponent)
    #expect(reply.stance == .disagree)
    #expect(reply.text.contains("rejects"))
    #expect(reply.evidence.first?.ref.description == "¶2.2")
  }
}
