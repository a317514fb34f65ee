/// Whether a turn argues, asks, requests or reports, read from its openers and punctuation.
struct TurnForm: Sendable {
  enum Kind: Sendable { case statement, question, request }
  var kind: Kind
  /// Sentences that argue (not questions), whose claim words decide the stance.
  var declarativeSentences: Set<Int>
  /// The turn reports a third party's view ("some argued that…") without endorsing it.
  var attribution: Attribution?
  /// Tokens of rhetorical openers ("isn't it…") that must not count as negation.
  var rhetoricalNegators: Set<Int>
  /// Sentences that are a bare question answered "no" by the next one ("Allies? Hardly.").
  var answeredNo: Set<Int> = []

  init(_ text: AnalyzedText) {
    let tokens = text.tokens
    var sentences: [Int: [Int]] = [:]
    for (i, token) in tokens.enumerated() { sentences[token.sentence, default: []].append(i) }
    var declarative: Set<Int> = []
    var questions = 0
    var requests = 0
    var rhetorical: Set<Int> = []
    for (sentence, indices) in sentences {
      let words = indices.map { tokens[$0].word }
      let asked = sentence < text.sentenceIsQuestion.count && text.sentenceIsQuestion[sentence]
      // "Beijing as a mediator? No way." The fragment is asserted, then answered.
      if asked, !EnglishCues.questionOpeners.contains(words.first ?? ""),
        let answer = sentences[sentence + 1]?.first
      {
        let reply = tokens[answer].word
        if EnglishCues.negators.contains(reply) || EnglishCues.dismissals.contains(reply) || reply == "nope" {
          answeredNo.insert(sentence)
          declarative.insert(sentence)
          continue
        }
        if EnglishCues.answeringYes.contains(reply) {
          declarative.insert(sentence)
          continue
        }
      }
      // "So, the friendship has limits after all?": a statement put as a question asks to be
      // confirmed; it still argues ("So is it a tool?" asks).
      if asked, let first = words.first, EnglishCues.confirmationOpeners.contains(first), words.count > 3,
        !EnglishCues.questionOpeners.contains(words[1])
      {
        declarative.insert(sentence)
        continue
      }
      if let opener = EnglishCues.rhetoricalOpeners.first(where: { Array(words.prefix($0.count)) == $0 }),
        asked || opener.count > 1
      {
        if let not = opener.firstIndex(of: "not") { rhetorical.insert(indices[not]) }
        declarative.insert(sentence)
        continue
      }
      // Chat asks without a question mark: "wait what does axis mean", "so r they allies or nah".
      let opening = words.drop { EnglishCues.chatOpeners.contains($0) }.first ?? ""
      // "and did that change under xi", "so can they even be allies": an auxiliary after the
      // words that open a turn asks, as it would first.
      let afterDiscourse = Array(
        words.drop { EnglishCues.chatOpeners.contains($0) || EnglishCues.discourseOpeners.contains($0) })
      let askedAfterDiscourse =
        afterDiscourse.count > 2 && afterDiscourse.count < words.count
        && EnglishCues.questionOpeners.contains(afterDiscourse[0])
        && !EnglishCues.whWords.contains(afterDiscourse[0]) && !Self.startsAssertion(afterDiscourse)
      let chatQuestion =
        askedAfterDiscourse
        || EnglishCues.whWords.contains(opening) && opening != words.first
        || EnglishCues.chatQuestionTails.contains {
          words.count > $0.count && Array(words.suffix($0.count)) == $0
        }
      if Self.isRequest(words) {
        requests += 1
      } else if asked || chatQuestion
        || EnglishCues.questionOpeners.contains(words.first ?? "") && !Self.startsAssertion(words)
          && !Self.isInvertedConditional(words)
      {
        questions += 1
      } else {
        declarative.insert(sentence)
      }
    }
    declarativeSentences = declarative
    rhetoricalNegators = rhetorical
    if declarative.isEmpty {
      kind = requests > questions ? .request : (questions > 0 ? .question : .statement)
    } else {
      kind = .statement
    }
    attribution = Attribution(in: tokens)
  }

  /// The form once sentences that only manage the conversation ("Ok sorry.", "Back on track.")
  /// are set aside: a turn whose every argued sentence is of that kind, ending in a question,
  /// asks. `argues` says which sentences use the claims' words.
  func discountingDiscourse(text: AnalyzedText, argues: Set<Int>) -> TurnForm {
    guard kind == .statement, text.sentenceIsQuestion.last == true,
      declarativeSentences.isDisjoint(with: argues),
      answeredNo.isEmpty
    else { return self }
    var form = self
    form.kind = .question
    form.declarativeSentences = []
    return form
  }

  /// "Tell me…", "explain…", "can you explain…", "I wonder…", "I'd like to know…".
  private static func isRequest(_ words: [String]) -> Bool {
    guard let first = words.first else { return false }
    if EnglishCues.requestOpeners.contains(first) { return true }
    if ["can", "could", "would", "will"].contains(first), words.count > 2, words[1] == "you",
      EnglishCues.requestOpeners.contains(words[2])
    {
      return true
    }
    let joined = words.prefix(5).joined(separator: " ")
    return joined.hasPrefix("i wonder") || joined.hasPrefix("i would like to know")
      || joined.hasPrefix("i want to know") || joined.hasPrefix("what about")
      || joined.hasPrefix("how about") || joined.hasPrefix("please")
  }

  /// "Had the West understood…, it would not…": an inverted condition, not a question.
  private static func isInvertedConditional(_ words: [String]) -> Bool {
    guard let first = words.first, ["had", "were", "should"].contains(first) else { return false }
    return words.contains { ["would", "could", "might"].contains($0) }
  }

  /// "What matters is…", "Who cares…": wh-openers that still assert.
  /// "What the war needs is…": a pseudo-cleft, where "what" is not followed by a verb.
  private static func startsAssertion(_ words: [String]) -> Bool {
    guard words.count > 2, words[0] == "what" else { return false }
    if ["matters", "counts", "unites", "binds", "drives"].contains(words[1]) { return true }
    let auxiliaries: Set<String> = [
      "is", "are", "was", "were", "does", "do", "did", "can", "could", "would", "should", "will", "has",
      "have", "had", "about", "kind", "sort", "type", "exactly", "makes", "made",
    ]
    return !auxiliaries.contains(words[1]) && words.dropFirst(2).contains { $0 == "is" || $0 == "are" }
  }
}
