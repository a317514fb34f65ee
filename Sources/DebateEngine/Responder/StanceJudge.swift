/// Decides the student's stance toward the essay on one claim from the language of the turn.
///
/// The rules follow Bar-Haim et al.'s decomposition of claim stance: find what the turn says
/// about the claim's statement (its affirm and deny words), flip for negation and dismissal in
/// scope, weigh the clause that carries the point, then compare with the essay's position.
struct StanceJudge: Sendable {
  struct Verdict: Sendable {
    var stance: Stance
    var cues: [String]
  }

  /// - Parameters:
  ///   - matches: the lexicon matches that serve `claim`, with their role for it.
  func judge(
    reading: TurnReading, claim: Claim, matches: [(match: ClaimLexicon.Match, role: ClaimLexicon.Role)],
    form: TurnForm
  ) -> Verdict {
    var cues = reading.cueWords.map { "'\($0)'" }
    if form.kind == .question || form.kind == .request {
      cues.append(form.kind == .question ? "a question: takes no side" : "a request: takes no side")
      return Verdict(stance: .neutral, cues: cues)
    }
    let tokens = reading.text.tokens
    let assertive = matches.filter {
      form.declarativeSentences.contains(tokens[$0.match.range.lowerBound].sentence)
    }
    var sum = 0.0
    var polar = assertive.filter { $0.role != .topic }
    let topicOnly = polar.isEmpty
    if topicOnly { polar = assertive }
    for (match, role) in polar {
      let start = match.range.lowerBound
      // A topic word is negated by negation anywhere in its clause ("Iran has nothing to do
      // with it"); affirm and deny words only by negation before them.
      let polarity = topicOnly ? reading.clausePolarity(at: start) : reading.polarity(at: start)
      let sign = Double(role == .deny ? -1 : 1) * Double(polarity)
      // A topic word only names the subject: mentioning it asserts nothing, negating it denies,
      // unless it is the point the turn makes ("…, but they are a full-blown alliance").
      if topicOnly && sign > 0 && reading.clauseWeights[tokens[start].clause] <= 1 { continue }
      sum += sign * reading.clauseWeights[tokens[start].clause] * reading.tokenWeights[start]
    }
    if polar.isEmpty {
      // Nothing names the claim's statement: the turn's own negation decides, if any.
      let negated = reading.cueWords.count % 2 == 1
      sum = negated ? -1 : 1
      cues.append(negated ? "no claim words; the turn negates" : "no claim words; read as assertion")
    }
    var asserts = sum >= 0
    // Reporting a view the essay reports, by someone it names, matches the text; denying that
    // they held it contradicts the text.
    // "Xi never said…": the negation denies the report, not the view reported.
    let reportedAsserted = form.attribution?.negated == true ? !asserts : asserts
    if let attribution = form.attribution, claim.position == .rejects, !claim.opposingRefs.isEmpty,
      reportedAsserted, attribution.matches(holders: claim.opposingHolders)
    {
      cues.append(
        attribution.negated
          ? "denies that '\(attribution.reporter)' held a view the essay reports"
          : "reports a view the essay also reports")
      return Verdict(stance: attribution.negated ? .disagree : .agree, cues: cues)
    }
    if sum == 0, !topicOnly, let last = polar.last {
      // A tie ("the historical echo is accidental"): the predicate, said last, decides.
      asserts = reading.polarity(at: last.match.range.lowerBound) * (last.role == .deny ? -1 : 1) > 0
    }
    cues.append(asserts ? "asserts: \(claim.statement)" : "denies: \(claim.statement)")
    let agrees = asserts == (claim.position == .holds)
    cues.append("essay \(claim.position.rawValue) it")
    return Verdict(stance: agrees ? .agree : .disagree, cues: cues)
  }
}

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
        if Self.affirmativeAnswers.contains(reply) {
          declarative.insert(sentence)
          continue
        }
      }
      if let opener = EnglishCues.rhetoricalOpeners.first(where: { Array(words.prefix($0.count)) == $0 }),
        asked || opener.count > 1
      {
        if let not = opener.firstIndex(of: "not") { rhetorical.insert(indices[not]) }
        declarative.insert(sentence)
        continue
      }
      if Self.isRequest(words) {
        requests += 1
      } else if asked
        || EnglishCues.questionOpeners.contains(words.first ?? "") && !Self.startsAssertion(words)
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
    attribution = Self.attribution(in: tokens)
  }

  private static let affirmativeAnswers: Set<String> = [
    "yes", "yeah", "yep", "absolutely", "definitely", "certainly", "obviously", "of", "sure", "exactly",
  ]

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

  /// "What matters is…", "Who cares…": wh-openers that still assert.
  private static func startsAssertion(_ words: [String]) -> Bool {
    words.count > 1 && words[0] == "what"
      && ["matters", "counts", "unites", "binds", "drives"].contains(words[1])
  }

  /// Countries "say" things only in the sense of speech; "China wants…" is not a report.
  private static let speechOnlyReporters: Set<String> = ["china", "russia", "beijing", "moscow", "kremlin"]
  private static let speechVerbs: Set<String> = [
    "said", "says", "say", "claimed", "claims", "called", "calls", "declared", "declares",
    "described", "describes", "defined", "defines", "proclaimed", "proclaims",
  ]

  /// A third party (not "I" or "you") as subject of a reporting verb, with no endorsement:
  /// who reports the view, and whether the report itself is negated ("Xi never said…").
  private static func attribution(in tokens: [Token]) -> Attribution? {
    if tokens.contains(where: { $0.flags.contains(.endorsement) }) { return nil }
    // "I'm sure it is unconditional, just as Beijing says": the student makes the view theirs.
    let words = tokens.map(\.word)
    if zip(words, words.dropFirst()).contains(where: {
      $0 == "i" && ["am", "think", "believe", "agree"].contains($1)
    }) {
      return nil
    }
    for (i, token) in tokens.enumerated() where token.flags.contains(.thirdParty) {
      let clause = token.clause
      let window = ((i + 1)..<min(tokens.count, i + 5)).filter { tokens[$0].clause == clause }
      guard let verb = window.first(where: { tokens[$0].flags.contains(.reportingVerb) }) else {
        continue
      }
      if Self.speechOnlyReporters.contains(token.word) && !Self.speechVerbs.contains(tokens[verb].word) {
        continue
      }
      if i > 0 && tokens[i - 1].flags.contains(.firstOrSecondPerson) { continue }
      let negated = window.contains { $0 < verb && tokens[$0].flags.contains(.negator) }
      return Attribution(reporter: token.word, negated: negated)
    }
    return nil
  }
}

/// Someone else's view reported in a turn: "some argued…", "Xi never said…".
struct Attribution: Sendable, Equatable {
  /// The word naming who reports it (`xi`, `some`, `analysts`).
  var reporter: String
  /// Whether the student says the view was NOT held ("Xi never described it so").
  var negated: Bool

  /// Reporters that stand for anyone: "some say…", "people imagined…".
  static let anyone: Set<String> = [
    "some", "someone", "people", "many", "others", "other", "certain", "they", "voices", "commentators",
    "observers", "strategists", "critics", "pundits", "hawks", "several", "few",
  ]

  /// Whether this reporter is one the essay names as holding the view (or anyone at all).
  func matches(holders: [String]) -> Bool {
    holders.isEmpty || Self.anyone.contains(reporter) || holders.contains(reporter)
  }
}
