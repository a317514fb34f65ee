extension EnglishCues {
  // MARK: Frames: words that say how the rest of a turn is meant

  /// Rhetorical questions that deny what they ask: "Since when can X be Y?", "Who seriously
  /// believes X?". What follows the opener is the proposition denied.
  public static let rhetoricalDenials: [[String]] = [
    ["since", "when"], ["who", "seriously"], ["who", "really", "believes"], ["who", "really", "thinks"],
    ["who", "still"], ["who", "believes"], ["who", "thinks"], ["who", "would", "believe"],
    ["who", "could", "believe"], ["who", "can", "believe"], ["why", "would", "anyone"],
    ["why", "would", "anybody"],
    ["how", "can", "anyone"], ["how", "could", "anyone"], ["how", "can", "anybody"],
    ["who", "in", "their", "right", "mind"],
    ["who", "can", "call"], ["who", "could", "call"], ["how", "can", "you", "call"],
    ["how", "could", "you", "call"],
    ["who", "would", "say"], ["who", "would", "claim"], ["who", "are", "we", "kidding"], ["as", "if"],
    ["who", "needs"], ["who", "cares", "about"], ["can", "one", "really"], ["could", "anyone", "really"],
  ]

  /// Rhetorical questions that assert what they ask: "Who would deny X?", "Why not call it X?".
  public static let rhetoricalAffirmations: [[String]] = [
    ["who", "would", "deny"], ["who", "can", "deny"], ["who", "could", "deny"], ["why", "not"],
    ["what", "else", "but"], ["what", "else", "if", "not"], ["who", "doubts"], ["who", "could", "doubt"],
    ["who", "can", "doubt"], ["is", "there", "any", "doubt"], ["how", "could", "it", "not"],
    ["why", "would", "not"], ["why", "should", "not"], ["why", "not"],
  ]

  /// Openers after which "how can…" is a challenge rather than a question: "How can a friendship
  /// be called unlimited when it comes with conditions?"
  public static let challengeClauses: Set<String> = ["when", "if", "given", "while", "after"]

  /// Verdicts before a proposition that deny it: "I disagree that X", "It is wrong to say X".
  public static let denyingFrames: [[String]] = [
    ["i", "disagree", "that"], ["i", "disagree", "with", "the", "idea", "that"],
    ["i", "do", "not", "agree", "that"],
    ["it", "is", "wrong", "to", "say", "that"], ["it", "is", "wrong", "to", "say"],
    ["it", "is", "not", "true", "that"],
    ["it", "is", "false", "that"], ["it", "is", "a", "myth", "that"],
    ["it", "is", "a", "stretch", "to", "say"],
    ["it", "is", "a", "stretch", "to", "say", "that"], ["it", "is", "absurd", "to", "say"],
    ["it", "is", "nonsense", "to", "say", "that"],
    ["it", "is", "nonsense", "to", "say"], ["it", "is", "naive", "to", "think", "that"],
    ["it", "is", "naive", "to", "think"],
    ["nobody", "believes", "that"], ["no", "one", "believes", "that"],
    ["i", "reject", "the", "idea", "that"],
    ["i", "do", "not", "buy", "that"], ["i", "do", "not", "buy", "the", "idea", "that"],
  ]

  /// Verdicts before a proposition that assert it: "There is no denying X", "I agree that X".
  public static let affirmingFrames: [[String]] = [
    ["i", "agree", "that"], ["it", "is", "true", "that"], ["there", "is", "no", "denying", "that"],
    ["i", "can", "not", "deny", "that"], ["i", "can", "not", "deny"], ["i", "do", "not", "disagree", "that"],
    ["i", "do", "not", "think", "it", "is", "wrong", "that"], ["it", "is", "not", "wrong", "that"],
    ["it", "is", "not", "wrong", "to", "say", "that"], ["it", "is", "not", "wrong", "to", "say"],
    ["there", "is", "no", "denying"], ["no", "one", "can", "deny", "that"],
    ["nobody", "can", "deny", "that"],
    ["no", "one", "can", "deny"], ["nobody", "can", "deny"], ["it", "is", "clear", "that"],
    ["it", "is", "obvious", "that"],
    ["i", "am", "convinced", "that"], ["there", "is", "no", "doubt", "that"],
    ["it", "is", "undeniable", "that"],
    ["you", "can", "not", "deny", "that"], ["you", "can", "not", "deny"],
    ["one", "can", "not", "deny", "that"],
  ]

  /// Words a sentence that only judges the one before it may use besides its verdict:
  /// "They are mistaken.", "That is utter nonsense.", "And they are right."
  public static let verdictSubjects: Set<String> = [
    "they", "that", "this", "it", "those", "these", "he", "she", "people", "who", "are", "is", "was", "were",
    "be", "been", "all", "completely", "totally", "simply", "just", "plain", "utter", "dead", "so", "quite",
    "very",
    "of", "course", "and", "but", "well", "a", "an", "the", "s", "re", "flat", "out", "absolutely", "clearly",
    "obviously", "entirely", "sadly", "im", "i", "think", "say", "would", "wholly", "rubbish", "bs",
    "complete",
  ]

  // MARK: Turns about the conversation or the essay as a whole

  /// "I don't know", "let me think": the student has no position yet.
  public static let undecidedTurns: [[String]] = [
    ["i", "do", "not", "know"], ["dunno"], ["idk"], ["no", "idea"], ["let", "me", "think"], ["not", "sure"],
    ["i", "am", "not", "sure"], ["i", "have", "no", "idea"], ["no", "clue"], ["i", "am", "lost"], ["pass"],
  ]

  /// "What do you mean?", "say that again more simply": the last reply was not clear.
  public static let clarificationRequests: [[String]] = [
    ["what", "do", "you", "mean"], ["what", "does", "that", "mean"],
    ["what", "is", "that", "supposed", "to", "mean"],
    ["say", "that", "again"], ["more", "simply"], ["in", "simpler", "words"], ["in", "plain", "words"],
    ["i", "do", "not", "understand"], ["i", "do", "not", "get", "it"], ["come", "again"], ["rephrase"],
    ["meaning", "what"], ["huh"], ["what", "are", "you", "saying"], ["explain", "that"],
    ["can", "you", "clarify"],
  ]

  /// "Another argument, please", "move on": the student wants the next point.
  public static let nextPointRequests: [[String]] = [
    ["another", "argument"], ["another", "point"], ["another", "one"], ["next", "point"],
    ["next", "argument"],
    ["next", "one"], ["move", "on"], ["something", "else"], ["give", "me", "another"], ["other", "argument"],
    ["different", "argument"], ["new", "argument"], ["what", "else"], ["anything", "else"], ["go", "on"],
  ]

  /// "Where in the text does it say that?": the student asks for the source of the last point.
  public static let sourceRequests: [[String]] = [
    ["where", "in", "the", "text"], ["where", "does", "it", "say"], ["where", "does", "the", "essay", "say"],
    ["where", "does", "the", "author", "say"], ["which", "sentence"], ["which", "paragraph"],
    ["what", "paragraph"],
    ["show", "me", "where"], ["quote", "it"], ["quote", "that"], ["source"], ["proof"],
    ["where", "is", "that"],
  ]

  /// "What's the central claim?", "sum up the essay": the essay's thesis.
  public static let thesisRequests: [[String]] = [
    ["central", "claim"], ["main", "claim"], ["main", "point"], ["main", "argument"], ["main", "question"],
    ["central", "question"], ["main", "message"], ["main", "thesis"], ["overall", "point"],
    ["central", "argument"],
    ["central", "point"], ["main", "idea"], ["central", "idea"], ["thesis"], ["sum", "up", "the", "essay"],
    ["sum", "up", "the", "text"], ["sum", "it", "up"], ["summarize", "the", "essay"],
    ["summarise", "the", "essay"],
    ["summarize", "the", "text"], ["summarise", "the", "text"], ["summarize", "it"], ["summarise", "it"],
    ["summary"], ["in", "a", "nutshell"], ["gist"], ["what", "is", "the", "essay", "about"],
    ["what", "is", "the", "text", "about"], ["what", "is", "the", "article", "about"], ["tldr"],
    ["the", "author", "propose"], ["the", "author", "proposes"], ["the", "author", "suggest"],
    ["the", "essay", "propose"], ["the", "essay", "argue"], ["the", "author", "argue"], ["bottom", "line"],
  ]

  /// Words that name a part of the text, by the unit that answers: `title`, `subtitle`,
  /// `caption` (the picture), `opening` (the first sentence), `ending` (the last).
  public static let textParts: [(part: String, phrases: [[String]])] = [
    ("subtitle", [["subtitle"], ["sub", "title"], ["subheading"], ["strapline"]]),
    ("title", [["title"], ["headline"], ["heading"]]),
    (
      "caption",
      [["caption"], ["picture"], ["photo"], ["photograph"], ["image"], ["poster"], ["illustration"]]
    ),
    (
      "opening",
      [
        ["opening", "sentence"], ["first", "sentence"], ["opening", "line"], ["first", "line"],
        ["essay", "begin"], ["essay", "start"], ["text", "begin"], ["text", "start"], ["it", "begin"],
      ]
    ),
    (
      "ending",
      [
        ["last", "sentence"], ["final", "sentence"], ["closing", "sentence"], ["last", "line"],
        ["essay", "end"],
        ["text", "end"], ["essay", "finish"], ["it", "end"], ["final", "words"], ["last", "words"],
      ]
    ),
  ]

  // MARK: Relevance

  /// Words of a question about present-day facts or a life story ("Is Xi still president?",
  /// "What is the population of Moscow?"): the text argues about a relationship, it does not
  /// give such facts.
  public static let factualQuestionWords: Set<String> = [
    "current", "currently", "nowadays", "next", "latest", "recent", "recently", "succeed",
    "successor",
    "replaced", "replace", "replaces", "born", "birthday", "age", "population", "capital", "currency",
    "weather",
    "married", "wife", "husband", "children", "salary", "height", "tall", "job", "career", "elected",
    "election",
    "elections", "famous", "language", "languages", "speak", "climate", "temperature", "religion",
    "sport", "football", "food", "dish", "founded", "inhabitants", "live", "lives", "buys", "exports",
    "imports", "gdp", "finished", "completed", "built", "removed", "office", "fired", "sign", "nukes",
    "nuclear",
    "navy", "army", "troops", "soldiers", "missiles", "warheads", "rn", "2035", "2030",
  ]

  /// Chat endings that make a line a question: "r they allies or nah".
  public static let chatQuestionTails: [[String]] = [
    ["or", "nah"], ["or", "not"], ["or", "what"], ["or", "no"],
  ]

  /// Chat openers that say nothing before a question: "yo whats…", "hey, who…".
  public static let chatOpeners: Set<String> = [
    "yo", "hey", "hi", "so", "ok", "okay", "um", "uh", "wait", "lol", "bro",
  ]

  /// Words before a name the text never discusses that make it a comparison in passing:
  /// "just like Turkey did", "unlike Japan", "as good a mediator as Switzerland".
  public static let comparisonMarkers: Set<String> = [
    "like", "unlike", "as", "than", "whatever", "even", "way", "if",
  ]

  /// Words for the pair the text is about: "those two", "the pair", "each other".
  public static let pairPhrases: [[String]] = [
    ["the", "two"], ["those", "two"], ["these", "two"], ["the", "pair"], ["the", "duo"], ["each", "other"],
    ["both", "of", "them"], ["both", "countries"], ["the", "two", "countries"],
  ]

  /// Openers that turn a statement put as a question into one that asks to be confirmed:
  /// "So, X?", "Ok, X?", "Then X?".
  public static let confirmationOpeners: Set<String> = ["so", "ok", "okay", "then", "right", "and"]

  /// What a student calls the essay's reasoning: "the author's totalitarian argument".
  public static let argumentNouns: Set<String> = [
    "argument", "arguments", "claim", "claims", "case", "point", "reasoning", "model", "logic", "view",
    "thesis",
    "position", "idea", "analysis", "conclusion", "definition",
  ]

  /// Words that praise an argument: "strengthens the author's case", "a convincing point".
  public static let argumentPraise: Set<String> = [
    "strengthens", "strengthen", "supports", "convincing", "persuasive", "solid", "sound", "compelling",
    "holds",
    "stands", "spot",
  ]
}
