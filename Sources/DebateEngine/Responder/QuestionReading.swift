/// What a question asks, in statements the responder can judge: what "yes" would assert, or
/// the two alternatives of an either/or question, or what a "why" question takes for granted.
///
/// Worked out from the words alone: the auxiliary that opens a yes/no question is dropped
/// ("Could Beijing mediate?" asserts "Beijing mediate"), an agreement question ("Do you agree
/// with her?") stands for the line before it, and an either/or question is cut at its "or".
struct QuestionReading: Hashable, Sendable {
  enum Kind: Hashable, Sendable {
    /// "yes" asserts `proposition`, "no" denies it.
    case polar
    /// Two alternatives; `proposition` is the first.
    case alternatives
    /// "why…?", "how come…?": `proposition` is taken for granted; a reason accepts it.
    case reason
    /// Nothing to answer yes or no to ("What would China gain?").
    case open
  }

  var kind: Kind
  /// What "yes" asserts, as a statement; for alternatives, the first one.
  var proposition: [String] = []
  /// For alternatives: the second one's own words.
  var second: [String] = []
  /// The question asks whether the student agrees with the essay itself, and names no claim.
  var asksAboutEssay = false

  /// - Parameters:
  ///   - question: the prompt; its last question sentence is the question, the sentences
  ///     before it what an agreement question is about.
  ///   - lead: the line spoken before the prompt, for a prompt that only asks "Do you agree?".
  init(question: String, lead: String? = nil) {
    let tokenized = Tokenizer().tokenize(question)
    let sentences = Self.sentences(tokenized)
    let asked = sentences.lastIndex { $0.isQuestion } ?? (sentences.count - 1)
    guard asked >= 0, sentences.indices.contains(asked) else {
      kind = .open
      return
    }
    let before = sentences[..<asked].flatMap(\.words)
    var words = Self.trimmingDiscourse(Self.droppingAsides(sentences[asked].words))
    // "…, right?", "…, isn't it?": a tag turns the statement before it into the question.
    if let tag = Self.tagStart(words) { words = Array(words[..<tag]) }

    if let or = Self.alternativeSplit(words) {
      kind = .alternatives
      proposition = Self.statement(Array(words[..<or]))
      second = Array(words[(or + 1)...]).filter { $0 != "or" }
      return
    }
    if let opener = EnglishCues.reasonOpeners.first(where: { words.starts(with: $0) }) {
      kind = .reason
      proposition = Self.statement(Array(words.dropFirst(opener.count)))
      return
    }
    let content = words.filter {
      !EnglishCues.agreementQuestionWords.contains($0) && !Self.isFunctionWord($0)
    }
    if let that = Self.thatClause(words), !that.isEmpty {
      kind = .polar
      proposition = Self.statement(that)
      return
    }
    if content.isEmpty {
      // "Do you agree?", "Is he right?": the question is about what was just said.
      kind = .polar
      let referent = before.isEmpty ? Tokenizer().tokenize(lead ?? "").tokens.map(\.word) : before
      proposition = Self.droppingReport(referent)
      asksAboutEssay =
        proposition.isEmpty && words.contains { ["author", "essay", "writer", "text"].contains($0) }
      return
    }
    if let first = words.first, EnglishCues.questionOpeners.contains(first), !Self.whWords.contains(first) {
      kind = .polar
      proposition = Self.statement(words)
      return
    }
    kind = before.isEmpty && !words.isEmpty && Self.whWords.contains(words.first ?? "") ? .open : .polar
    proposition = kind == .open ? [] : Self.statement(words)
  }

  private struct Sentence {
    var words: [String]
    var isQuestion: Bool
  }

  private static let whWords: Set<String> = ["what", "which", "who", "whom", "whose", "when", "where", "how"]

  private static func sentences(_ text: TokenizedText) -> [Sentence] {
    var result: [Sentence] = []
    for token in text.tokens {
      while result.count <= token.sentence {
        let index = result.count
        let asked = index < text.sentenceIsQuestion.count && text.sentenceIsQuestion[index]
        result.append(Sentence(words: [], isQuestion: asked))
      }
      result[token.sentence].words.append(token.word)
    }
    return result.filter { !$0.words.isEmpty }
  }

  /// "So,", "Well,", "OK,", "Now," before the question say nothing.
  private static func trimmingDiscourse(_ words: [String]) -> [String] {
    let discourse: Set<String> = [
      "so", "well", "ok", "okay", "now", "and", "then", "tell", "me", "honestly", "but",
    ]
    return Array(words.drop { discourse.contains($0) })
  }

  /// "yes or no", "or not", "and why": asides that ask for an answer, not alternatives.
  private static func droppingAsides(_ words: [String]) -> [String] {
    let asides: [[String]] = [
      ["yes", "or", "no"], ["or", "not"], ["and", "why"], ["and", "why", "not"], ["why", "or", "why", "not"],
    ]
    var result: [String] = []
    var i = 0
    while i < words.count {
      if let aside = asides.filter({ words[i...].starts(with: $0) }).max(by: { $0.count < $1.count }) {
        i += aside.count
        continue
      }
      result.append(words[i])
      i += 1
    }
    return result
  }

  /// Where a question tag starts: "…, right", "…, is not it", "…, do not you think".
  private static func tagStart(_ words: [String]) -> Int? {
    guard words.count > 3 else { return nil }
    let tails: [[String]] = [
      ["right"], ["true"], ["correct"], ["no"], ["is", "not", "it"], ["are", "not", "they"],
      ["do", "not", "you", "think"],
      ["do", "not", "you", "agree"], ["would", "not", "you", "say"], ["does", "not", "it"],
      ["can", "not", "they"],
    ]
    for tail in tails where words.count > tail.count + 2 && Array(words.suffix(tail.count)) == tail {
      return words.count - tail.count
    }
    return nil
  }

  /// The "or" that separates two alternatives; not "or not", nor an "or" inside a short list
  /// at the very end ("…or so").
  private static func alternativeSplit(_ words: [String]) -> Int? {
    guard let or = words.firstIndex(of: "or"), or > 0, or + 1 < words.count else { return nil }
    let after = words[(or + 1)...]
    if after.first == "not" || after.first == "so" || after.allSatisfy(isFunctionWord) { return nil }
    return or
  }

  /// "Do you agree that X?", "Would you say X?", "Is the author right that X?": X.
  private static func thatClause(_ words: [String]) -> [String]? {
    guard
      words.contains("you")
        || words.contains(where: { ["author", "essay", "he", "she", "they"].contains($0) })
    else { return nil }
    if let that = words.firstIndex(of: "that"), that + 1 < words.count,
      words[..<that].contains(where: {
        EnglishCues.propositionVerbs.contains($0) || $0 == "right" || $0 == "correct"
      })
    {
      return Array(words[(that + 1)...])
    }
    // "Do you think Beijing can mediate?": what follows the verb of opinion.
    if let verb = words.firstIndex(where: { EnglishCues.propositionVerbs.contains($0) && $0 != "agree" }),
      verb > 0, words[verb - 1] == "you", verb + 1 < words.count
    {
      let rest = Array(words[(verb + 1)...])
      return rest.first == "so" ? nil : rest
    }
    return nil
  }

  /// "Our guest says X": X. A reporting verb's object is what the question asks about.
  private static func droppingReport(_ words: [String]) -> [String] {
    guard let verb = words.prefix(8).firstIndex(where: { EnglishCues.reportingVerbs.contains($0) }),
      verb + 1 < words.count
    else { return words }
    let rest = words[(verb + 1)...]
    return Array(rest.first == "that" ? rest.dropFirst() : rest)
  }

  /// A question's words as a statement: the opening auxiliary (and a "not" right after it, as
  /// in "isn't it…") dropped, with "you think" and the like.
  private static func statement(_ words: [String]) -> [String] {
    var rest = ArraySlice(words)
    if let first = rest.first, EnglishCues.questionOpeners.contains(first) { rest = rest.dropFirst() }
    if rest.first == "not" { rest = rest.dropFirst() }
    if rest.starts(with: ["you", "think"]) || rest.starts(with: ["you", "believe"]) {
      rest = rest.dropFirst(2)
    }
    if rest.first == "that" { rest = rest.dropFirst() }
    return Array(rest)
  }

  private static func isFunctionWord(_ word: String) -> Bool {
    EnglishCues.stopwords.contains(word) && !EnglishCues.negators.contains(word)
  }
}
