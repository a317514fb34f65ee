extension EnglishCues {
  // MARK: Cues the readers of a turn consume: follow-ups, reports, verdicts on the author,
  // answers and questions, each list one role.

  /// Words of a bare follow-up that asks for more: "why?", "source?", "how so?".
  package static let followUpAsking: Set<String> = [
    "why", "how", "source", "sources", "evidence", "proof", "prove", "really", "explain", "elaborate", "more",
    "example", "quote", "where",
  ]

  /// Words of a bare follow-up that accepts the last point: "true", "fair point".
  package static let followUpAccepting: Set<String> = [
    "agree", "agreed", "yes", "yeah", "yep", "true", "exactly", "right", "fair", "indeed", "correct",
    "convinced",
    "granted", "absolutely",
  ]

  /// Words of a bare follow-up that rejects the last point: "nonsense", "nah".
  package static let followUpRejecting: Set<String> = [
    "disagree", "wrong", "nonsense", "no", "nope", "false", "untrue", "rubbish", "doubt", "hardly",
    "unconvinced",
    "bs", "nah",
  ]

  /// Reporters that stand for anyone: "some say…", "people imagined…".
  package static let anyoneReporters: Set<String> = [
    "some", "someone", "people", "many", "others", "other", "certain", "they", "voices", "commentators",
    "observers", "strategists", "critics", "pundits", "hawks", "several", "few",
  ]

  /// Reporting verbs that also have a plain sense ("they hold drills", "they saw troops"): they
  /// report a view only before "that" or "the view".
  package static let viewVerbsNeedingThat: Set<String> = ["hold", "holds", "held", "saw", "see", "sees"]

  /// Reporting verbs of speech, the only ones by which a state reports a view ("China says…", not "China wants…").
  package static let speechVerbs: Set<String> = [
    "said", "says", "say", "claimed", "claims", "called", "calls", "declared", "declares",
    "described", "describes", "defined", "defines", "proclaimed", "proclaims",
  ]

  /// Words by which a student names the essay or its author.
  package static let authorWords: Set<String> = ["author", "essay", "text", "article", "writer", "you"]

  /// Verdicts that side with the essay outright: "as the author says", "you are right".
  package static let authorAgreements: [[String]] = [
    ["as", "the", "author", "says"], ["as", "the", "author", "argues"],
    ["as", "the", "author", "puts", "it"],
    ["as", "the", "essay", "says"], ["as", "the", "essay", "argues"], ["as", "the", "text", "says"],
    ["as", "you", "say"], ["as", "you", "argue"], ["the", "author", "is", "right"],
    ["the", "essay", "is", "right"],
    ["you", "are", "right"], ["the", "author", "rightly"], ["the", "essay", "rightly"], ["you", "rightly"],
    ["bears", "the", "author", "out"], ["bear", "the", "author", "out"],
    ["i", "agree", "with", "the", "author"],
    ["i", "agree", "with", "the", "essay"], ["i", "agree", "with", "you"],
    ["the", "author", "is", "correct"],
    ["exactly", "as", "the", "author"], ["the", "author", "has", "a", "point"],
  ]

  /// Verdicts against the essay outright: "the author is wrong", "you claim…".
  package static let authorDisagreements: [[String]] = [
    ["the", "author", "is", "wrong"], ["the", "essay", "is", "wrong"], ["you", "are", "wrong"],
    ["i", "disagree", "with", "the", "author"], ["i", "disagree", "with", "the", "essay"],
    ["i", "disagree", "with", "you"], ["contrary", "to", "what", "you"],
    ["contrary", "to", "what", "the", "author"],
    ["contrary", "to", "the", "author"], ["contrary", "to", "the", "essay"], ["you", "claim"],
    ["you", "dismiss"],
    ["the", "author", "dismisses"], ["the", "author", "claims"], ["the", "essay", "claims"],
    ["the", "author", "ignores"], ["you", "ignore"], ["the", "author", "overlooks"], ["you", "overlook"],
    ["the", "author", "is", "mistaken"], ["you", "are", "mistaken"], ["pace", "the", "author"],
    ["the", "author", "exaggerates"], ["you", "exaggerate"], ["the", "author", "underestimates"],
    ["you", "underestimate"],
  ]

  /// Words that own an argument in "the author's argument", "the essay's case".
  package static let argumentOwners: Set<String> = ["author", "essay", "writer", "text", "article"]

  /// Fillers before an answer that say nothing: "well, no", "um yes", "i mean no".
  package static let answerFillers: Set<String> = [
    "um", "uh", "uhm", "erm", "well", "oh", "honestly", "lol", "ok", "so", "like", "i", "mean",
  ]

  /// Question words: an answer that starts with one asks back.
  package static let whWords: Set<String> = [
    "what", "why", "how", "who", "which", "when", "where", "whom", "whose",
  ]

  /// Discourse words before a point or a question: "So,", "Well,", "OK,", "Honestly".
  package static let discourseOpeners: Set<String> = [
    "so", "well", "ok", "okay", "now", "and", "then", "tell", "me", "honestly", "but", "frankly", "look",
    "listen",
  ]

  /// Words of a line about how to answer: "The former or the latter?", "Option A or option B?".
  package static let answeringWords: Set<String> = [
    "option", "options", "say", "just", "answer", "pick", "choose", "one", "a", "b", "you", "can", "or",
    "the", "first", "second", "former", "latter", "which", "is", "it", "only", "yes", "no", "true", "false",
    "and", "why", "explain", "your", "answer", "choice", "reason", "give", "tell", "us", "me", "in", "a",
    "word",
  ]

  /// Asides that ask for an answer, not alternatives: "yes or no", "or not", "and why".
  package static let questionAsides: [[String]] = [
    ["yes", "or", "no"], ["or", "not"], ["and", "why"], ["and", "why", "not"], ["why", "or", "why", "not"],
    ["true", "or", "false"], ["agree", "or", "disagree"],
  ]

  /// Question tags that turn the statement before them into the question: "…, right?", "…, isn't it?".
  package static let questionTags: [[String]] = [
    ["right"], ["true"], ["correct"], ["no"], ["is", "not", "it"], ["are", "not", "they"],
    ["do", "not", "you", "think"],
    ["do", "not", "you", "agree"], ["would", "not", "you", "say"], ["does", "not", "it"],
    ["can", "not", "they"],
  ]

  /// Adverbs that do not change a phrase they stand inside: "I honestly don't know".
  package static let phraseAdverbs: Set<String> = [
    "honestly", "really", "just", "actually", "truly", "kinda", "frankly", "still", "even",
  ]

  /// A "yes" that answers a bare question before it: "Allies? Absolutely."
  package static let answeringYes: Set<String> = [
    "yes", "yeah", "yep", "absolutely", "definitely", "certainly", "obviously", "of", "sure", "exactly",
  ]
}
