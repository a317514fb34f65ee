/// Someone else's view reported in a turn: "some argued…", "Xi never said…".
struct Attribution: Sendable, Equatable {
  /// The word naming who reports it (`xi`, `some`, `analysts`).
  var reporter: String
  /// Whether the student says the view was NOT held ("Xi never described it so").
  var negated: Bool
  /// Where the reporter stands in the turn's tokens.
  var reporterIndex: Int = 0
  /// The reporter is one named person ("Xi", "Qin Gang"), not a group ("officials").
  var namesAPerson = false

  /// Whether this reporter is one the essay names as holding the view (or anyone at all).
  func matches(holders: [String]) -> Bool {
    holders.isEmpty || EnglishCues.anyoneReporters.contains(reporter) || holders.contains(reporter)
  }

  init(reporter: String, negated: Bool, reporterIndex: Int = 0) {
    self.reporter = reporter
    self.negated = negated
    self.reporterIndex = reporterIndex
  }

  /// Countries "say" things only in the sense of speech ("China wants…" is not a report): the
  /// map's places (`WordFlags.namedPlace`) report only with these verbs.

  /// A third party (not "I" or "you") as subject of a reporting verb, with no endorsement:
  /// who reports the view, and whether the report itself is negated ("Xi never said…").
  init?(in tokens: [Token]) {
    // "…, and they are right", "I agree": the student endorses the view ("analysts agree" does not).
    let endorsed = tokens.indices.contains { i in
      tokens[i].flags.contains(.endorsement)
        && (i > 0 && ["i", "we", "is", "are", "was", "were", "quite"].contains(tokens[i - 1].word))
    }
    if endorsed { return nil }
    // "I'm sure it is unconditional, just as Beijing says": the student makes the view theirs.
    let words = tokens.map(\.word)
    if zip(words, words.dropFirst()).contains(where: {
      $0 == "i" && ["am", "think", "believe", "agree"].contains($1)
    }) {
      return nil
    }
    for (i, token) in tokens.enumerated() where token.flags.contains(.thirdParty) {
      let clause = token.clause
      let window = tokens.window(i + 1, i + 5).filter { tokens[$0].clause == clause }
      guard let verb = window.first(where: { tokens[$0].flags.contains(.reportingVerb) }) else {
        continue
      }
      // "They hold joint drills": "hold" reports a view only as "hold that…" or "hold the view".
      if EnglishCues.viewVerbsNeedingThat.contains(tokens[verb].word),
        !tokens[tokens.window(verb + 1, verb + 3)].contains(where: { $0.word == "that" || $0.word == "view" })
      {
        continue
      }
      if token.flags.contains(.namedPlace) && !token.flags.contains(.namedPerson)
        && !EnglishCues.speechVerbs.contains(tokens[verb].word)
      {
        continue
      }
      if i > 0 && tokens[i - 1].flags.contains(.firstOrSecondPerson) { continue }
      // "If Xi calls it X, it must be Y": a report in a condition is a premise; the point follows.
      let clauseStart = tokens.firstIndex { $0.clause == clause } ?? i
      if tokens[clauseStart].word == "if", tokens.contains(where: { $0.clause > clause }) { continue }
      // "the friendship the leaders proclaim is unconditional": a verb with no object of its own,
      // straight before the main verb, reports nothing; it names the friendship.
      if verb + 1 < tokens.count, ["is", "are", "was", "were", "has", "have"].contains(tokens[verb + 1].word)
      {
        continue
      }
      let negated = window.contains { $0 < verb && tokens[$0].flags.contains(.negator) }
      // "every bit as unconditional as Xi says": the student makes the view their own.
      if i > 0 && tokens[i - 1].word == "as"
        || i > 1 && tokens[i - 2].word == "as" && tokens[i - 1].word != "such"
      {
        return nil
      }
      // "whatever the officials say": the student sets the report aside; no report to weigh.
      if i > 0 && ["whatever", "despite"].contains(tokens[i - 1].word)
        || i > 1 && tokens[i - 2].word == "whatever"
      {
        return nil
      }
      self.init(reporter: token.word, negated: negated, reporterIndex: i)
      namesAPerson = token.capitalized || token.flags.contains(.namedPerson)
      return
    }
    return nil
  }
}
