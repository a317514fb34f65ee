extension EnglishCues {
  // MARK: Answers to a question

  /// Openings that answer a question "yes" ("yes", "of course", "I guess so"); a hedge takes
  /// the side it leans to. Followed by "not" ("of course not") they answer "no".
  package static let affirmativeAnswers: [[String]] = [
    ["yes"], ["yeah"], ["yep"], ["yup"], ["ya"], ["yea"], ["yess"], ["aye"], ["sure"], ["surely"],
    ["of", "course"], ["definitely"], ["def"], ["defo"], ["deffo"], ["defs"], ["absolutely"], ["certainly"],
    ["totally"], ["obviously"],
    ["clearly"], ["indeed"], ["correct"], ["right"], ["true"], ["agreed"], ["agree"], ["i", "agree"],
    ["exactly"], ["precisely"], ["fair", "point"], ["fair", "enough"], ["pretty", "much"],
    ["i", "think", "so"],
    ["i", "guess", "so"], ["i", "suppose", "so"], ["i", "guess"], ["i", "suppose"], ["i", "believe", "so"],
    ["probably"], ["likely"], ["most", "likely"], ["kind", "of"], ["kinda"], ["sort", "of"], ["sorta"],
    ["somewhat"], ["in", "a", "way"], ["mostly"], ["partly"],
    ["he", "is", "right"],
    ["she", "is", "right"], ["they", "are", "right"], ["you", "are", "right"], ["that", "is", "right"],
    ["that", "is", "true"], ["convinced"], ["for", "sure"], ["big", "yes"], ["100"], ["yes", "sir"],
    ["without", "a", "doubt"], ["no", "doubt"], ["you", "bet"], ["ok"], ["okay"], ["fine"], ["deal"],
    ["ye"], ["yh"], ["yas"], ["obvs"], ["ofc"], ["deffo"], ["facts"], ["no", "cap"], ["true", "that"],
    ["sure", "thing"], ["totes"], ["bet"], ["yessir"], ["right", "on"], ["spot", "on"], ["he", "right"],
    ["she", "right"], ["they", "right"], ["that", "right"], ["it", "true"], ["that", "true"],
  ]

  /// Openings that answer a question "no".
  package static let negativeAnswers: [[String]] = [
    ["no"], ["nah"], ["nope"], ["naw"], ["nay"], ["never"], ["hardly"], ["not", "really"],
    ["not", "at", "all"],
    ["no", "way"], ["no", "chance"], ["not", "a", "chance"], ["not", "likely"], ["unlikely"], ["false"],
    ["wrong"], ["incorrect"], ["untrue"], ["not", "true"], ["nonsense"], ["rubbish"], ["disagree"],
    ["i", "disagree"], ["i", "do", "not", "think", "so"], ["i", "doubt", "it"], ["doubt", "it"],
    ["he", "is", "wrong"],
    ["she", "is", "wrong"], ["they", "are", "wrong"], ["you", "are", "wrong"], ["that", "is", "wrong"],
    ["that", "is", "false"], ["not", "convinced"], ["unconvinced"], ["not", "so"], ["not", "quite"],
    ["by", "no", "means"], ["far", "from", "it"], ["no", "sir"], ["i", "do", "not", "agree"],
    ["not", "at", "all"],
    ["of", "course", "not"], ["hell", "no"], ["absolutely", "not"], ["certainly", "not"],
    ["definitely", "not"],
    ["obviously", "not"], ["probably", "not"], ["i", "guess", "not"], ["i", "suppose", "not"],
    ["not", "necessarily"],
    ["bs"], ["nuh", "uh"], ["cap"], ["nop"], ["noo"],
    ["nooo"], ["no", "no"], ["not", "even", "close"], ["as", "if"], ["yeah", "right"], ["yeah", "no"],
    ["he", "wrong"], ["she", "wrong"], ["they", "wrong"], ["that", "wrong"], ["it", "false"],
    ["that", "false"],
  ]

  /// Answers that take no side: "hard to say", "dunno", "it depends".
  package static let uncertainAnswers: [[String]] = [
    ["hard", "to", "say"], ["hard", "to", "tell"], ["difficult", "to", "say"], ["dunno"], ["idk"],
    ["i", "do", "not", "know"],
    ["not", "sure"], ["i", "am", "not", "sure"], ["unsure"], ["maybe"], ["perhaps"], ["depends"],
    ["it", "depends"],
    ["no", "idea"], ["hmm"], ["hmmm"], ["who", "knows"], ["can", "not", "say"],
    ["could", "go", "either", "way"],
    ["either", "way"], ["no", "clue"], ["not", "certain"], ["undecided"], ["pass"],
    ["maybe", "maybe", "not"],
    ["yes", "and", "no"], ["both"], ["neither"], ["i", "have", "no", "idea"], ["good", "question"],
    ["no", "comment"],
  ]

  /// Words that pick the first of two alternatives ("the former", "option one"); "one" only
  /// after "option" or "number" ("the second one" picks the second).
  package static let firstChoice: Set<String> = [
    "first", "former", "1", "a", "1st", "earlier", "option one", "option 1", "option a", "number one",
    "number 1", "choice one", "choice 1", "choice a",
  ]
  /// Words that pick the second of two alternatives ("the latter", "the second one").
  package static let secondChoice: Set<String> = [
    "second", "latter", "2", "b", "2nd", "last", "other", "option two", "option 2", "option b", "number two",
    "number 2", "choice two", "choice 2", "choice b",
  ]

  /// Words of a question that asks only whether the student agrees ("Do you agree with her?",
  /// "Is he right?", "Convinced?"): such a question is about the line before it.
  package static let agreementQuestionWords: Set<String> = [
    "agree", "agreed", "right", "correct", "true", "convinced", "convince", "buy", "share", "persuaded",
    "persuade", "wrong", "mistaken", "guest", "host", "speaker", "view", "claim", "point", "argument",
    "position",
    "opinion", "say", "think", "so", "author", "essay", "writer", "text", "general", "minister", "diplomat",
    "reporter", "journalist", "professor", "colleague", "friend", "classmate", "opponent", "side", "fair",
    "sound", "sounds", "accept", "statement", "idea", "case", "that", "this", "it", "him", "her", "them",
    "he",
    "she", "they", "or", "not", "really", "also", "too", "then", "well",
  ]

  /// Verbs after which a question's proposition follows: "Do you think (that) X?".
  package static let propositionVerbs: Set<String> = [
    "think", "believe", "agree", "say", "accept", "feel", "suppose", "reckon", "expect", "claim", "argue",
    "mean",
  ]

  /// Openers of a question that asks for a reason and presupposes its answer's premise.
  package static let reasonOpeners: [[String]] = [
    ["why"], ["how", "come"], ["what", "makes"], ["how", "does"], ["how", "do"], ["how", "did"],
    ["how", "is"],
    ["how", "are"], ["how", "was"], ["how", "were"], ["what", "explains"], ["in", "what", "way"],
    ["in", "what", "sense"],
  ]

  /// Openers of an answer that gives a reason ("because…", "cuz…").
  package static let reasonAnswerOpeners: Set<String> = [
    "because", "since", "cause", "cuz", "coz", "bc", "as", "given", "due", "thanks",
  ]
  /// The openers that can only give a reason ("since 2012…", "as a rule…" can open a point of
  /// their own): a turn led by one defends the side the student took last.
  package static let reasonConjunctions: Set<String> = ["because", "cause", "cuz", "coz", "bc"]
}
