import Foundation

/// Drafts an argument map for a text, with no language model: a starting point a teacher edits.
///
/// - A claim for each sentence that carries the argument: the thesis of each paragraph (the
///   sentence of four content words or more sharing the most distinctive words with the rest
///   of it) and up to two more (a third of the paragraph's sentences in a long one) that state
///   positions (`must`, `should`, `never`, `not`, `right`, `duty`…). Questions and sentences
///   that only raise a matter are left out.
/// - `position: holds`, the sentence and the sentences of its paragraph nearer to it than to any
///   other claim as evidence, so every sentence of the paragraph is some claim's evidence.
/// - `supports` from each other claim to its paragraph's thesis when they share a term.
/// - Vocabulary from the text: each claim's few most distinctive words (tf-idf against the
///   text's other sentences; words any text uses left out) and a WordNet synonym of each of
///   the first, from its most frequent sense, each marked in a comment as drafted.
///
/// The YAML is loaded back through `ArgumentMapLoader` before it is returned; a claim the
/// loader or the consistency rules refuse is dropped, so the draft always loads.
public struct MapDrafter {
  public let corpus: Corpus
  /// The text's file name, as the map names it (`text: {file, sha256}`).
  public let textFile: String
  public let wordNet: WordNet?

  /// Claims per paragraph beside its thesis: two, or a third of its sentences if more.
  static func extraClaims(paragraphSentences count: Int) -> Int { max(2, count / 3) }
  /// Topic words per claim, and WordNet synonyms for each of the first few. Few words: each
  /// one a turn shares names the claim as strongly as a hand-written word, and the eight words
  /// drafted before ("found", "himself", "end") matched turns about anything; one synonym, from
  /// the word's most frequent sense, since a rarer sense is usually wrong ("lyric" for `words`).
  static let topicWords = 4
  static let synonymWords = 3
  static let synonymsPerWord = 1
  /// Topic words taken from each of a claim's other evidence sentences, so that a turn about
  /// any of them finds the claim by its vocabulary as well as by retrieval.
  static let neighbourWords = 2
  /// A word with this many WordNet senses or more ("first" 17, "allow" 9, "state" 12) is too
  /// common and vague to name a claim; "faction" has 2, "property" 4.
  static let vagueSenses = 8
  /// Words that mark a sentence as stating a position.
  static let positionCues: Set<String> = [
    "must", "should", "ought", "shall", "can", "cannot", "never", "not", "no", "nothing", "duty", "right",
    "wrong", "unjust", "just", "justice", "best", "better", "worse", "worst", "necessary", "believe",
    "think", "hold", "true", "truth", "false", "only", "always", "need", "let",
  ]

  public init(corpus: Corpus, textFile: String, wordNet: WordNet? = nil) {
    self.corpus = corpus
    self.textFile = textFile
    self.wordNet = wordNet
  }

  /// One drafted claim.
  public struct DraftClaim: Sendable, Equatable {
    public var id: String
    public var ref: UnitRef
    public var statement: String
    public var evidence: [UnitRef]
    public var supports: [String]
    public var isThesis: Bool
    /// Distinctive words of the sentence, most distinctive first.
    public var terms: [String]
    /// Words the sentence negates (`shall not perish` → `perish`): a turn that says them
    /// without a negation denies the claim.
    public var deny: [String] = []
    /// WordNet synonyms of the first terms, with the word each is a synonym of.
    public var synonyms: [(word: String, of: String)]

    public static func == (a: DraftClaim, b: DraftClaim) -> Bool {
      a.id == b.id && a.ref == b.ref && a.supports == b.supports && a.terms == b.terms
    }
  }

  /// Why no map could be drafted.
  public enum DraftError: Error, CustomStringConvertible, Equatable {
    case noClaims
    case invalid(String)
    public var description: String {
      switch self {
      case .noClaims:
        "the text has no sentence that states a position (a claim needs a sentence of four or more content words)"
      case .invalid(let why): "the drafted map does not load: \(why)"
      }
    }
  }

  private struct Sentence {
    let unit: CitableUnit
    let paragraph: Int
    /// Stems of its content words, with counts.
    let stems: [String: Int]
    let words: [String]
    let tokens: [Token]
    let isQuestion: Bool
  }

  /// Content words negated in the sentence: the first after each negator in its clause, unless
  /// it is negated twice ("not at once no government" asserts government).
  private static func negatedWords(_ tokens: [Token]) -> [String] {
    var result: [String] = []
    for (i, token) in tokens.enumerated() where token.flags.contains(.negator) {
      let before = tokens[..<i].filter { $0.clause == token.clause && $0.flags.contains(.negator) }
      if before.count % 2 == 1 { continue }
      var taken = 0
      for next in tokens[(i + 1)...] {
        guard next.clause == token.clause, taken < 1 else { break }
        guard next.flags.isDisjoint(with: [.stopword, .negator]), next.word.count >= 3,
          next.word.allSatisfy(\.isLetter)
        else { continue }
        if !result.contains(next.word) { result.append(next.word) }
        taken += 1
      }
    }
    return result
  }

  /// The text's most frequent content words (at least twice), for `topics`.
  public func topicWords(limit: Int = 6) -> [String] {
    let analyzer = TextAnalyzer()
    var counts: [String: Int] = [:]
    var forms: [String: [String: Int]] = [:]
    for unit in corpus.sentences {
      for token in analyzer.analyze(unit.text, correct: false).tokens
      where token.flags.isDisjoint(with: [.stopword, .negator]) && token.word.count >= 4
        && token.word.allSatisfy(\.isLetter)
      {
        counts[token.stem, default: 0] += 1
        forms[token.stem, default: [:]][token.word, default: 0] += 1
      }
    }
    return counts.filter { $0.value >= 2 }.sorted {
      $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key
    }
    .prefix(limit).compactMap { forms[$0.key]?.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key }
  }

  /// The drafted claims, in text order.
  public func claims() -> [DraftClaim] {
    let analyzer = TextAnalyzer()
    var surface: [String: [String: Int]] = [:]
    var sentences: [Sentence] = []
    for unit in corpus.sentences {
      guard let paragraph = unit.paragraph else { continue }
      let tokens = analyzer.analyze(unit.text, correct: false).tokens
      var stems: [String: Int] = [:]
      var words: [String] = []
      for token in tokens {
        words.append(token.word)
        guard token.flags.isDisjoint(with: [.stopword, .negator]), token.word.count >= 3,
          token.word.allSatisfy(\.isLetter)
        else { continue }
        stems[token.stem, default: 0] += 1
        surface[token.stem, default: [:]][token.word, default: 0] += 1
      }
      let trimmed = unit.text.trimmingCharacters(in: .whitespaces.union(.init(charactersIn: "”’\"')*_")))
      sentences.append(
        Sentence(
          unit: unit, paragraph: paragraph, stems: stems, words: words, tokens: tokens,
          isQuestion: trimmed.hasSuffix("?")))
    }
    var documentFrequency: [String: Int] = [:]
    for sentence in sentences { for stem in sentence.stems.keys { documentFrequency[stem, default: 0] += 1 } }
    let count = Double(max(sentences.count, 1))
    func idf(_ stem: String) -> Double { log((count + 1) / (Double(documentFrequency[stem] ?? 0) + 0.5)) }
    func word(for stem: String) -> String {
      surface[stem]?.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key ?? stem
    }
    let context = Set(surface.values.flatMap(\.keys))
    let wordNet = self.wordNet
    func isTopical(_ word: String) -> Bool {
      !EnglishCues.generic.contains(word)
        && (wordNet.map { $0.senseCount(of: word) < Self.vagueSenses } ?? true)
    }

    var drafted: [DraftClaim] = []
    var usedIDs: Set<String> = []
    let byParagraph = Dictionary(grouping: sentences, by: \.paragraph)
    for paragraph in byParagraph.keys.sorted() {
      guard let members = byParagraph[paragraph] else { continue }
      // A thesis has four content words or more; a short sentence can still state a
      // position ("It does not educate.").
      let candidates = members.filter {
        !$0.isQuestion && !ArgumentMapConsistency.marksOpen($0.unit.text)
          && ($0.stems.count >= 4
            || (!$0.stems.isEmpty && $0.words.contains(where: Self.positionCues.contains)))
      }
      guard !candidates.isEmpty else { continue }
      func centrality(_ s: Sentence) -> Double {
        var score = 0.0
        for stem in s.stems.keys {
          let shared = members.contains { $0.unit.ref != s.unit.ref && $0.stems[stem] != nil }
          score += idf(stem) * (shared ? 1 : 0.1)
        }
        return score
      }
      let scored = candidates.map { ($0, centrality($0)) }
      guard
        let thesis = scored.filter({ $0.0.stems.count >= 4 }).max(by: {
          $0.1 < $1.1 || ($0.1 == $1.1 && $0.0.unit.ref > $1.0.unit.ref)
        })?.0
      else { continue }
      let extras =
        scored
        .filter { $0.0.unit.ref != thesis.unit.ref && $0.0.words.contains(where: Self.positionCues.contains) }
        .sorted { $0.1 > $1.1 }.prefix(Self.extraClaims(paragraphSentences: members.count)).map(\.0)
      let chosen = ([thesis] + extras).sorted { $0.unit.ref < $1.unit.ref }
      var thesisID = ""
      var paragraphClaims: [DraftClaim] = []
      for sentence in chosen {
        let ranked = sentence.stems.keys.sorted {
          let a = Double(sentence.stems[$0] ?? 0) * idf($0)
          let b = Double(sentence.stems[$1] ?? 0) * idf($1)
          return a != b ? a > b : $0 < $1
        }
        let deny = Self.negatedWords(sentence.tokens)
        let denied = Set(sentence.tokens.filter { deny.contains($0.word) }.map(\.stem))
        // Words any text uses ("different", "case", "means") say nothing about which claim a
        // turn is about, however rare they are in this one.
        let candidates = ranked.filter { !denied.contains($0) }
        // A sentence of common words only still needs a word to be found by.
        let topical = candidates.filter { isTopical(word(for: $0)) }
        let ownTerms = (topical.isEmpty ? Array(candidates.prefix(1)) : topical)
          .prefix(Self.topicWords).map(word(for:))
        let evidence = Self.evidence(
          for: sentence.unit.ref, chosen: chosen.map(\.unit.ref), in: members.map(\.unit.ref))
        var terms = ownTerms
        for ref in evidence.dropFirst() {
          guard let other = members.first(where: { $0.unit.ref == ref }) else { continue }
          let best = other.stems.keys.sorted {
            let a = Double(other.stems[$0] ?? 0) * idf($0)
            let b = Double(other.stems[$1] ?? 0) * idf($1)
            return a != b ? a > b : $0 < $1
          }.map(word(for:)).filter(isTopical)
          terms += best.filter { !terms.contains($0) }.prefix(Self.neighbourWords)
        }
        var id = Self.slug(ownTerms.prefix(2).joined(separator: "-"))
        if id.isEmpty { id = "claim" }
        var unique = id
        var n = 2
        while usedIDs.contains(unique) {
          unique = "\(id)-\(n)"
          n += 1
        }
        usedIDs.insert(unique)
        var synonyms: [(word: String, of: String)] = []
        if let wordNet {
          for term in terms.prefix(Self.synonymWords) {
            for synonym in wordNet.synonyms(
              of: term, context: context, limit: Self.synonymsPerWord, frequentSenses: 1)
            where !terms.contains(synonym) && !synonyms.contains(where: { $0.word == synonym })
              && !EnglishCues.generic.contains(synonym) && !EnglishCues.stopwords.contains(synonym)
              // A word the text uses is found where the text uses it: "faction" as a synonym
              // of `cabals` made every turn on faction about the cabals.
              && !context.contains(synonym)
              && synonym.split(separator: " ").count <= 2
            {
              synonyms.append((synonym, term))
            }
          }
        }
        let isThesis = sentence.unit.ref == thesis.unit.ref
        if isThesis { thesisID = unique }
        paragraphClaims.append(
          DraftClaim(
            id: unique, ref: sentence.unit.ref, statement: Self.oneLine(sentence.unit.text),
            evidence: evidence,
            supports: [], isThesis: isThesis, terms: terms, deny: deny, synonyms: synonyms))
      }
      for i in paragraphClaims.indices where !paragraphClaims[i].isThesis {
        let stems = byParagraph[paragraph]?.first { $0.unit.ref == paragraphClaims[i].ref }?.stems ?? [:]
        if !stems.keys.filter({ thesis.stems[$0] != nil }).isEmpty {
          paragraphClaims[i].supports = [thesisID]
        }
      }
      drafted += paragraphClaims
    }
    return drafted
  }

  /// A claim's evidence: its own sentence, then the sentences of its paragraph nearer to it than
  /// to any other claim of the paragraph, nearest first, so that every sentence of a paragraph
  /// with claims is some claim's evidence and a turn about it finds the claim it belongs to.
  static func evidence(for ref: UnitRef, chosen: [UnitRef], in paragraph: [UnitRef]) -> [UnitRef] {
    guard let own = paragraph.firstIndex(of: ref) else { return [ref] }
    let claimIndices = chosen.compactMap { paragraph.firstIndex(of: $0) }
    var nearest: [(distance: Int, ref: UnitRef)] = []
    for (i, member) in paragraph.enumerated() where i != own {
      let distance = abs(i - own)
      // A tie between two claims goes to the earlier one: a sentence explains what precedes it.
      let closer = claimIndices.contains { other in
        other != own && (abs(i - other) < distance || (abs(i - other) == distance && other < own))
      }
      if !closer { nearest.append((distance, member)) }
    }
    return [ref]
      + nearest.sorted { $0.distance < $1.distance || ($0.distance == $1.distance && $0.ref < $1.ref) }
      .map(\.ref)
  }

  /// The drafted map as commented YAML that loads through `ArgumentMapLoader`.
  public func yaml() throws(DraftError) -> String {
    var claims = claims()
    for _ in 0..<5 {
      guard !claims.isEmpty else { throw .noClaims }
      let text = Self.render(claims, topics: topicWords(), corpus: corpus, textFile: textFile)
      do {
        _ = try ArgumentMapLoader(corpus: corpus).load(text, file: TextBundle.mapFileName)
        return text
      } catch {
        let refused = Set(
          claims.map(\.id).filter { id in error.diagnostics.contains { $0.message.contains("claim '\(id)'") }
          })
        guard !refused.isEmpty else {
          throw .invalid(error.diagnostics.map(\.message).joined(separator: "; "))
        }
        claims.removeAll { refused.contains($0.id) }
        for i in claims.indices { claims[i].supports.removeAll(where: refused.contains) }
      }
    }
    throw .invalid("claims kept being refused")
  }

  static func render(_ claims: [DraftClaim], topics: [String], corpus: Corpus, textFile: String) -> String {
    var out = """
      # An argument map drafted by `debate map draft` from \(textFile), with no language model.
      # Review it before students use it: every claim below is a sentence of the text the
      # draft found to carry the argument, and every word list was drafted from the text.
      #
      #   text        the file this map is for and the SHA-256 of its content; a map checked
      #               against any other text is an error
      #   topics      what the text argues about, named when a student's turn is off topic
      #   id          a stable name for the claim (scenarios, transcripts, /claim ID)
      #   statement   a proposition a student can assert or deny; drafted as the sentence
      #               itself: rewrite it as a short claim in your own words
      #   position    holds (the text argues for it), rejects (it argues against it) or open;
      #               every drafted claim says holds: change it where the text reports a view
      #               it rejects, and add that view's claim with `attacks` to it
      #   evidence    refs of the sentences that ground the position, best first (drafted:
      #               the sentence, then those of its paragraph nearest to it); a reply
      #               quotes the one that best matches the student's turn
      #   supports    claims this one argues for (drafted: from a claim to its paragraph's
      #               thesis when they share a word); add `attacks: [ID]` by hand
      #   opposing    (add by hand) the opposing view in the text's own words:
      #                 {statement: …, refs: [¶P.S], holders: [who held it]}
      #   gist        (add by hand) both sides in a few words, for telling a student which
      #               side they took: {essay: no lasting wedge, against: they are allies}
      #   vocabulary  how students talk about the claim:
      #                 topic   words that say a turn is about it (drafted: its distinctive
      #                         words, and WordNet synonyms of them)
      #                 affirm  (add by hand) words that assert the statement
      #                 deny    words that assert its negation (drafted: the words the
      #                         sentence negates, so "shall not perish" gives `perish`); add
      #                         more by hand: without them a turn is judged against the
      #                         claim only by its negations
      # Also worth adding by hand: `entities` (the text's people and places with their other
      # names) and `synonyms` (groups of interchangeable words). `debate check --bundle DIR`
      # checks the map against the text; `debate map` shows it whole.
      version: 1
      text: {file: \(quoted(textFile)), sha256: \(TextIdentity.digest(of: corpus))}

      # drafted: the text's most frequent words; say in a few words what it argues about
      topics: [\(topics.map(quoted).joined(separator: ", "))]

      """
    out += "\nclaims:\n"
    for claim in claims {
      out += "\n"
      out +=
        "  # \(claim.ref): \(claim.isThesis ? "the thesis of paragraph \(claim.ref.paragraph)" : "a position stated in paragraph \(claim.ref.paragraph)")\n"
      out += "  - id: \(claim.id)\n"
      out += "    statement: \(quoted(claim.statement))\n"
      out += "    position: holds\n"
      out += "    evidence: [\(claim.evidence.map(\.description).joined(separator: ", "))]\n"
      if !claim.supports.isEmpty { out += "    supports: [\(claim.supports.joined(separator: ", "))]\n" }
      out += "    vocabulary:\n"
      out += "      topic:\n"
      for term in claim.terms {
        out += "        - \(quoted(term))  # drafted: distinctive in this sentence\n"
      }
      for synonym in claim.synonyms {
        out += "        - \(quoted(synonym.word))  # drafted: WordNet synonym of '\(synonym.of)'\n"
      }
      if !claim.deny.isEmpty {
        out += "      deny:\n"
        for word in claim.deny {
          out += "        - \(quoted(word))  # drafted: the sentence negates it\n"
        }
      }
    }
    return out
  }

  /// A YAML scalar: plain when it is only letters, digits, spaces and hyphens, else single-quoted.
  static func quoted(_ text: String) -> String {
    let plain =
      !text.isEmpty && text.first?.isLetter == true
      && text.allSatisfy { $0.isLetter || $0.isNumber || $0 == " " || $0 == "-" || $0 == "." }
      && !["yes", "no", "true", "false", "null", "on", "off", "y", "n"].contains(text.lowercased())
    return plain ? text : "'" + text.replacing("'", with: "''") + "'"
  }

  static func oneLine(_ text: String) -> String {
    text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }

  static func slug(_ text: String) -> String {
    String(text.lowercased().map { $0.isLetter || $0.isNumber ? $0 : "-" })
      .split(separator: "-").joined(separator: "-")
  }
}

extension UnitRef {
  fileprivate var paragraph: Int {
    if case .sentence(let p, _) = self { return p }
    return 0
  }
}
