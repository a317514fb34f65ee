/// How a turn answers the question put to it: yes, no, unsure, a question back, one of two
/// alternatives, a reason, or a statement of its own.
struct AnswerForm: Sendable {
  enum Kind: Equatable, Sendable {
    case yes, no, unsure, questionBack, first, second, neither, both, reason, statement
  }

  let kind: Kind
  /// The words that decided the kind, for the explanation.
  let cue: String

  /// - Parameter alternatives: for an either/or question, the stems that only the first and
  ///   only the second alternative use.
  init(_ text: AnalyzedText, alternatives: (first: Set<String>, second: Set<String>)? = nil) {
    let tokens = text.tokens
    var start = 0
    // "well, no", "um yes", "i mean no": fillers before the answer say nothing; "ok" alone does.
    while start + 1 < tokens.count, EnglishCues.answerFillers.contains(tokens[start].word),
      Self.opening(tokens, at: start + 1) != nil
        || (start + 2 < tokens.count && EnglishCues.answerFillers.contains(tokens[start + 1].word))
    {
      start += 1
    }
    let words = tokens.map(\.word)
    // "convinced of what exactly?", "whats an axis": a question back, whatever words it uses.
    if EnglishCues.whWords.contains(words.first ?? "")
      || (text.sentenceIsQuestion.last == true
        && (words.contains(where: EnglishCues.whWords.contains) || words.count <= 2))
    {
      kind = .questionBack
      cue = "a question back"
      return
    }
    if alternatives != nil, let word = words.first, word == "neither" || word == "both" {
      kind = word == "neither" ? .neither : .both
      cue = word
      return
    }
    if let alternatives, let pick = Self.pick(text, from: start, alternatives) {
      kind = pick.kind
      cue = pick.cue
      return
    }
    if let uncertain = EnglishCues.uncertainAnswers.longest(in: words, at: start),
      Self.opening(tokens, at: start) == nil || uncertain.count > 1
    {
      kind = .unsure
      cue = uncertain.joined(separator: " ")
      return
    }
    if let (polarity, phrase) = Self.opening(tokens, at: start) {
      kind = polarity ? .yes : .no
      cue = phrase.joined(separator: " ")
      return
    }
    // "not formally", "not in practice": a short answer led by "not" denies.
    if words.indices.contains(start), words[start] == "not", words.count - start <= 4 {
      kind = .no
      cue = words[start...].joined(separator: " ")
      return
    }
    if let first = words.first, EnglishCues.reasonAnswerOpeners.contains(first) {
      kind = .reason
      cue = first
      return
    }
    kind = .statement
    cue = ""
  }

  /// A yes or no at `i`: the longest phrase of either list; a "yes" followed by "not" is a no.
  private static func opening(_ tokens: [Token], at i: Int) -> (Bool, [String])? {
    let words = tokens.map(\.word)
    let negative = EnglishCues.negativeAnswers.longest(in: words, at: i)
    let affirmative = EnglishCues.affirmativeAnswers.longest(in: words, at: i)
    switch (affirmative, negative) {
    case (let yes?, let no?): return yes.count > no.count ? affirmed(yes, words, i) : (false, no)
    case (let yes?, nil): return affirmed(yes, words, i)
    case (nil, let no?): return (false, no)
    case (nil, nil): return nil
    }
  }

  /// "definitely" is yes, "definitely not" is no.
  private static func affirmed(_ phrase: [String], _ words: [String], _ i: Int) -> (Bool, [String]) {
    let next = i + phrase.count
    if next < words.count, words[next] == "not" { return (false, phrase + ["not"]) }
    return (true, phrase)
  }

  /// "the second one", "option 1", "the latter", or the words of one alternative only.
  private static func pick(
    _ text: AnalyzedText, from start: Int, _ alternatives: (first: Set<String>, second: Set<String>)
  ) -> (kind: Kind, cue: String)? {
    let tokens = Array(text.tokens[text.tokens.window(start, text.tokens.count)])
    // Names fold to their entity on both sides: "beijing" picks the alternative "China".
    var picked = text
    picked.tokens = tokens
    picked.entities = Array(text.entities[text.entities.window(start, text.entities.count)])
    let stems = Set(picked.retrievalTerms)
    let first = stems.intersection(alternatives.first).count
    let second = stems.intersection(alternatives.second).count
    if first != second { return (first > second ? .first : .second, "names that alternative") }
    guard tokens.count <= 5 else { return nil }
    var words = tokens.map(\.word)
    for i in words.indices.dropFirst() where ["option", "number", "choice"].contains(words[i - 1]) {
      words[i] = words[i - 1] + " " + words[i]
    }
    if words.contains(where: EnglishCues.firstChoice.contains)
      && !words.contains(where: EnglishCues.secondChoice.contains)
    {
      return (.first, words.joined(separator: " "))
    }
    if words.contains(where: EnglishCues.secondChoice.contains)
      && !words.contains(where: EnglishCues.firstChoice.contains)
    {
      return (.second, words.joined(separator: " "))
    }
    return nil
  }
}
