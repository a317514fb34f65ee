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
    /// Nothing to answer yes or no to ("What would China gain?"): `frame` holds what the
    /// question says, for a short answer to complete ("nothing").
    case open
  }

  var kind: Kind
  /// What "yes" asserts, as a statement; for alternatives, the first one.
  var proposition: [String] = []
  /// For alternatives: the second one's own words.
  var second: [String] = []
  /// For "Which capital leads, Beijing or Moscow?": the words around the alternatives
  /// ("capital leads"), which an alternative too short to judge alone is read with; for an
  /// open question, its words as a statement less the wh-word ("China would gain").
  var frame: [String] = []
  /// The question asks whether the student agrees with the essay itself, and names no claim.
  var asksAboutEssay = false

  /// - Parameters:
  ///   - question: the prompt; its last question sentence is the question, the sentences
  ///     before it what an agreement question is about.
  ///   - lead: the line spoken before the prompt, for a prompt that only asks "Do you agree?".
  init(question: String, lead: String? = nil) {
    let tokenized = Tokenizer().tokenize(question)
    let sentences = Self.sentences(tokenized)
    // "…, China or Russia? You can just say the first or the second.": the last question that
    // says something is the question; a line about how to answer only says how.
    let asking = sentences.indices.filter { !Self.isAboutAnswering(sentences[$0].words) }
    let asked =
      asking.last { sentences[$0].isQuestion } ?? asking.last ?? sentences.lastIndex { $0.isQuestion }
      ?? (sentences.count - 1)
    guard asked >= 0, sentences.indices.contains(asked) else {
      kind = .open
      return
    }
    let before = sentences[..<asked].flatMap(\.words)
    // "Option A: X. Option B: Y. Which one?": the labelled sentences are the alternatives.
    let labelled = sentences.compactMap { Self.optionLabelled($0.words) }
    if labelled.count == 2, let last = sentences.last, Self.isAboutAnswering(last.words) {
      kind = .alternatives
      proposition = labelled[0]
      second = labelled[1]
      return
    }
    // "Some said X, others said Y. Option A or option B?": the alternatives are the reports.
    if let meta = sentences.indices.last(where: { sentences[$0].isQuestion }), meta > asked,
      Self.isAboutAnswering(sentences[meta].words), sentences[meta].words.contains("or"),
      let (first, second) = Self.reportedAlternatives(sentences[asked].words)
    {
      kind = .alternatives
      proposition = first
      self.second = second
      return
    }
    let sentence = sentences[asked]
    var kept = Self.trimmingDiscourse(Self.droppingAsides(sentence.words), in: sentence.words)
    // "…, right?", "…, isn't it?": a tag turns the statement before it into the question.
    if let tag = Self.tagStart(kept.map { sentence.words[$0] }) { kept = Array(kept[..<tag]) }
    let words = kept.map { sentence.words[$0] }

    if let or = Self.alternativeSplit(words) {
      kind = .alternatives
      // "Which word fits best: alliance or axis?": the alternatives are the clause's own words;
      // "Is it X, or Y?": the whole question before the "or".
      let clauseOf = { (i: Int) -> Int in sentence.clauses[kept[i]] }
      var start = or - 1
      while start > 0, clauseOf(start - 1) == clauseOf(or - 1) { start -= 1 }
      let framed = words.first.map { EnglishCues.whWords.contains($0) } ?? false
      proposition = Self.statement(Array(words[(framed ? max(0, start) : 0)..<or]))
      second = Array(words[(or + 1)...]).filter { $0 != "or" }
      if framed {
        // "Which of the two capitals holds the upper hand": the predicate, so that an
        // alternative reads "Beijing holds the upper hand".
        var predicate = words[..<max(0, start)].drop { EnglishCues.whWords.contains($0) }
          .drop { ["of", "the", "two", "both", "these", "those", "a"].contains($0) }
        if predicate.count > 2, let head = predicate.first, !EnglishCues.questionOpeners.contains(head) {
          predicate = predicate.dropFirst()
        }
        frame = Array(predicate)
      }
      return
    }
    if let opener = EnglishCues.reasonOpeners.first(where: { words.starts(with: $0) }) {
      kind = .reason
      // "Why can't X be Y?" takes for granted that X can't be Y: the "not" stays.
      proposition = Self.statement(Array(words.dropFirst(opener.count)), keepingNot: true)
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
    if let first = words.first, EnglishCues.questionOpeners.contains(first),
      !EnglishCues.whWords.contains(first)
    {
      kind = .polar
      proposition = Self.statement(words)
      return
    }
    // "And North Korea and Iran, what are they in this axis?": a wh-word opening the last
    // clause asks an open question about what comes before it.
    let lastClause = kept.last.map { sentence.clauses[$0] }
    let clauseStart = kept.firstIndex { sentence.clauses[$0] == lastClause } ?? 0
    if before.isEmpty, words.indices.contains(clauseStart), EnglishCues.whWords.contains(words[clauseStart]) {
      kind = .open
      frame = Array(words[..<clauseStart]) + Self.statement(Array(words[(clauseStart + 1)...]))
      return
    }
    kind = .polar
    proposition = Self.statement(words)
  }

  private struct Sentence {
    var words: [String]
    /// Parallel to `words`: the clause each stands in.
    var clauses: [Int]
    var isQuestion: Bool
  }

  private static func sentences(_ text: TokenizedText) -> [Sentence] {
    var result: [Sentence] = []
    for token in text.tokens {
      while result.count <= token.sentence {
        let index = result.count
        let asked = index < text.sentenceIsQuestion.count && text.sentenceIsQuestion[index]
        result.append(Sentence(words: [], clauses: [], isQuestion: asked))
      }
      result[token.sentence].words.append(token.word)
      result[token.sentence].clauses.append(token.clause)
    }
    return result.filter { !$0.words.isEmpty }
  }

  /// "So,", "Well,", "OK,", "Now," before the question say nothing.
  private static func trimmingDiscourse(_ kept: [Int], in words: [String]) -> [Int] {
    return Array(kept.drop { EnglishCues.discourseOpeners.contains(words[$0]) })
  }

  /// "The former or the latter?", "You can just say the first or the second.", "Option A or
  /// option B?": how to answer, with nothing of its own to judge.
  private static func isAboutAnswering(_ words: [String]) -> Bool {
    return !words.isEmpty && words.allSatisfy(EnglishCues.answeringWords.contains)
  }

  /// "some said X, others said Y": X and Y, each what a reporting verb introduces.
  private static func reportedAlternatives(_ words: [String]) -> ([String], [String])? {
    let verbs = words.indices.filter { EnglishCues.reportingVerbs.contains(words[$0]) }
    guard verbs.count >= 2, let firstVerb = verbs.first, let secondVerb = verbs.last,
      firstVerb < secondVerb - 2
    else { return nil }
    // The second report's subject ("others") closes the first.
    let first = Array(words[(firstVerb + 1)..<(secondVerb - 1)])
    let second = Array(words[(secondVerb + 1)...])
    guard !first.isEmpty, !second.isEmpty else { return nil }
    return (
      first.first == "that" ? Array(first.dropFirst()) : first,
      second.first == "that" ? Array(second.dropFirst()) : second
    )
  }

  /// "yes or no", "or not", "and why": asides that ask for an answer, not alternatives.
  /// Returns the positions of the words kept.
  private static func droppingAsides(_ words: [String]) -> [Int] {
    var result: [Int] = []
    var i = 0
    while i < words.count {
      if let aside = EnglishCues.questionAsides.longest(in: words, at: i) {
        i += aside.count
        continue
      }
      result.append(i)
      i += 1
    }
    return result
  }

  /// Where a question tag starts: "…, right", "…, is not it", "…, do not you think".
  /// "Option A: the label is alarmism": the words after an option's label.
  private static func optionLabelled(_ words: [String]) -> [String]? {
    guard words.count > 3, words[0] == "option",
      EnglishCues.firstChoice.contains("option " + words[1])
        || EnglishCues.secondChoice.contains("option " + words[1])
    else { return nil }
    return Array(words.dropFirst(2))
  }

  private static func tagStart(_ words: [String]) -> Int? {
    guard words.count > 3 else { return nil }
    // "…, didn't he?", "…, wouldn't it?": an auxiliary, "not" and a pronoun close a statement.
    let pronouns: Set<String> = ["it", "he", "she", "they", "you", "we", "there"]
    if words.count > 5, let last = words.last, pronouns.contains(last), words[words.count - 2] == "not",
      EnglishCues.questionOpeners.contains(words[words.count - 3])
    {
      return words.count - 3
    }
    for tail in EnglishCues.questionTags
    where words.count > tail.count + 2 && Array(words.suffix(tail.count)) == tail {
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
  private static func statement(_ words: [String], keepingNot: Bool = false) -> [String] {
    var rest = ArraySlice(words)
    if let first = rest.first, EnglishCues.questionOpeners.contains(first) { rest = rest.dropFirst() }
    if rest.first == "not", !keepingNot { rest = rest.dropFirst() }
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
