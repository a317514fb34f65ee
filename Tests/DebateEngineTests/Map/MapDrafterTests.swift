import Foundation
import Testing

@testable import DebateEngine

/// `debate map draft`: a map drafted from a text loads through the same loader, and the same
/// responder argues with stances over it.
struct MapDrafterTests {
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .appending(path: "Fixtures/Drafted")

  static func corpus(_ name: String) throws -> Corpus {
    try Corpus(text: try String(contentsOf: folder.appending(path: name), encoding: .utf8))
  }

  @Test(arguments: ["gettysburg.txt", "civil-disobedience.txt", "american-crisis.txt"])
  func theDraftLoadsAndDraftsOnlyTheSentencesThatArgue(_ name: String) throws {
    let corpus = try Self.corpus(name)
    let drafter = MapDrafter(corpus: corpus, textFile: name)
    let map = try ArgumentMapLoader(corpus: corpus).load(try drafter.yaml(), file: "draft.yaml")
    #expect(map.text == TextIdentity(file: name, corpus: corpus))
    #expect(map.claims.allSatisfy { $0.essayPosition == .holds })
    // A claim per argued sentence, not one per sentence.
    #expect(map.claims.count < corpus.sentences.count)
    #expect(map.claims.count >= corpus.paragraphCount / 2)
    let claims = drafter.claims()
    for claim in claims {
      let unit = try #require(corpus.unit(claim.ref))
      #expect(claim.statement == unit.text.split(whereSeparator: \.isWhitespace).joined(separator: " "))
      #expect(claim.evidence.first == claim.ref)
      #expect(claim.evidence.allSatisfy { corpus.unit($0)?.paragraph == unit.paragraph })
      for target in claim.supports {
        let thesis = try #require(claims.first { $0.id == target })
        #expect(
          thesis.isThesis
            && thesis.ref.description.split(separator: ".").first
              == claim.ref.description.split(separator: ".").first
        )
      }
    }
    // One thesis per paragraph that has a claim.
    let theses = Dictionary(grouping: claims.filter(\.isThesis)) { corpus.unit($0.ref)?.paragraph ?? 0 }
    #expect(theses.values.allSatisfy { $0.count == 1 })
    #expect(Set(claims.compactMap { corpus.unit($0.ref)?.paragraph }) == Set(theses.keys))
  }

  @Test func questionsAndShortSentencesAreNoClaims() throws {
    let corpus = try Corpus(
      text: "Is the state just? It is. The state must never command what conscience forbids its citizens.")
    let claims = MapDrafter(corpus: corpus, textFile: "t.txt").claims()
    #expect(claims.map(\.ref.description) == ["¶1.3"])
    #expect(claims.first?.deny == ["command"])
  }

  @Test func theYAMLSaysWhatWasDraftedAndWhatToAddByHand() throws {
    let corpus = try Self.corpus("gettysburg.txt")
    let yaml = try MapDrafter(corpus: corpus, textFile: "gettysburg.txt").yaml()
    #expect(yaml.contains("text: {file: gettysburg.txt, sha256: \(TextIdentity.digest(of: corpus))}"))
    #expect(yaml.contains("# drafted: distinctive in this sentence"))
    #expect(yaml.contains("# drafted: the sentence negates it"))
    #expect(yaml.contains("opposing    (add by hand)"))
    #expect(yaml.contains("affirm  (add by hand)"))
    #expect(yaml.contains("position: holds"))
    #expect(!yaml.contains("position: rejects"))
  }

  @Test func theSameResponderArguesWithStancesOverADraftedMap() throws {
    let corpus = try Self.corpus("gettysburg.txt")
    let map = try ArgumentMapLoader(corpus: corpus).load(
      try MapDrafter(corpus: corpus, textFile: "gettysburg.txt").yaml(), file: "draft.yaml")
    let responder = Responder(corpus: corpus, map: map)
    for (turn, stance) in [
      ("They did not die in vain.", Stance.agree),
      ("The dead died in vain.", .disagree),
      ("We can not consecrate this ground.", .agree),
      ("We can consecrate this ground.", .disagree),
      ("What is the capital of France?", .unrelated),
    ] {
      let reply = responder.respond(to: turn)
      #expect(reply.stance == stance, "\(turn)")
      if stance != .unrelated { #expect(reply.claimID != nil, "\(turn)") }
    }
  }

  @Test func aMarkdownLetterDraftsClaimsFromItsItemsAndArgues() throws {
    let corpus = try Corpus(
      text: try String(contentsOf: Self.folder.appending(path: "library-letter.md"), encoding: .utf8),
      format: .markdown)
    let drafter = MapDrafter(corpus: corpus, textFile: "library-letter.md")
    let map = try ArgumentMapLoader(corpus: corpus).load(try drafter.yaml(), file: "draft.yaml")
    #expect(!drafter.claims().contains { $0.statement.hasPrefix("-") || $0.statement.hasPrefix(">") })
    let responder = Responder(corpus: corpus, map: map)
    // "should not close" drafts `close` as a deny word, though the letter says it four times.
    #expect(responder.respond(to: "The council should close the library on Sundays.").stance == .disagree)
    #expect(responder.respond(to: "The council should not close the library on Sundays.").stance == .agree)
  }

  @Test func aTextWithNothingToArgueIsRefused() throws {
    let corpus = try Corpus(text: "Hello. Yes? No.")
    #expect(throws: MapDrafter.DraftError.noClaims) {
      try MapDrafter(corpus: corpus, textFile: "t.txt").yaml()
    }
  }

  @Test func scalarsAreQuotedWhenYAMLWouldMisreadThem() {
    #expect(MapDrafter.quoted("government") == "government")
    #expect(MapDrafter.quoted("no") == "'no'")
    #expect(MapDrafter.quoted("it's: here") == "'it''s: here'")
    #expect(MapDrafter.slug("Civil War, testing") == "civil-war-testing")
  }
}

/// WordNet read from its own file format: index lines sorted by lemma, data lines at offsets.
struct WordNetTests {
  static func dictionary() -> WordNet {
    let data = """
      00000000 14 n 02 government 0 authorities 0 000 | the organization that is the governing authority of a political unit
      00000120 26 n 02 government 0 governing 0 000 | the act of governing; exercising authority
      00000220 07 n 03 state 0 nation 0 country 0 000 | a politically organized body of people under a single government
      00000330 26 n 02 state 0 province 0 000 | the territory occupied by one of the constituent administrative districts
      """
    // Offsets are the byte positions of each line above.
    var offsets: [Int] = []
    var position = 0
    for line in data.split(separator: "\n", omittingEmptySubsequences: false) {
      offsets.append(position)
      position += line.utf8.count + 1
    }
    var fixed = ""
    for (line, offset) in zip(data.split(separator: "\n"), offsets) {
      fixed += String(format: "%08d", offset) + line.dropFirst(8) + "\n"
    }
    let index = """
        1 This software and database is being provided
      government n 2 0 2 0 \(String(format: "%08d", offsets[0])) \(String(format: "%08d", offsets[1]))
      state n 2 0 2 0 \(String(format: "%08d", offsets[2])) \(String(format: "%08d", offsets[3]))

      """
    return WordNet(files: [.noun: (Array(index.utf8), Array(fixed.utf8))])
  }

  @Test func theSenseTheTextConfirmsGivesTheSynonyms() {
    let wordNet = Self.dictionary()
    #expect(wordNet.senses(of: "state", .noun).count == 2)
    #expect(wordNet.synonyms(of: "state", context: ["people", "politically"]) == ["nation", "country"])
    #expect(wordNet.synonyms(of: "states", context: ["territory", "districts"]) == ["province"])
    #expect(wordNet.synonyms(of: "governments", context: ["authority", "political"]) == ["authorities"])
  }

  @Test func noSynonymsWithoutContextOrForUnknownWords() {
    let wordNet = Self.dictionary()
    #expect(wordNet.synonyms(of: "state", context: ["banana"]).isEmpty)
    #expect(wordNet.synonyms(of: "zebra", context: ["people"]).isEmpty)
    #expect(wordNet.senses(of: "a", .noun).isEmpty)
  }

  @Test func baseFormsFollowWordNetsDetachmentRules() {
    #expect(WordNet.baseForms(of: "churches", .noun).contains("church"))
    #expect(WordNet.baseForms(of: "ruling", .verb).contains("rule"))
    #expect(WordNet.baseForms(of: "policies", .noun).contains("policy"))
  }
}
