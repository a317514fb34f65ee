/// The English function words the stance rules read: negators, hedges, question openers.
///
/// These are language, not essay content, so they live in code; everything about the essay
/// (claims, topic words, entity names) lives in the argument map.
public enum EnglishCues {
  /// Words with no topical content; they never make a turn "about" anything.
  public static let stopwords: Set<String> = [
    "a", "an", "the", "and", "or", "but", "if", "then", "so", "than", "that", "this", "these",
    "those", "there", "here", "it", "its", "they", "them", "their", "theirs", "he", "him", "his",
    "she", "her", "hers", "we", "us", "our", "ours", "you", "your", "yours", "i", "me", "my",
    "mine", "is", "am", "are", "was", "were", "be", "been", "being", "do", "does", "did",
    "doing", "have", "has", "had", "having", "will", "would", "shall", "should", "can", "could",
    "may", "might", "must", "of", "in", "on", "at", "by", "for", "with", "about", "against",
    "between", "into", "through", "during", "before", "after", "above", "below", "to", "from",
    "up", "down", "out", "off", "over", "under", "again", "further", "once", "all", "any",
    "both", "each", "few", "more", "most", "other", "some", "such", "only", "own",
    "too", "very", "just", "also", "what", "which", "who", "whom", "whose", "when", "where",
    "why", "how", "as", "until", "while", "because", "not", "no", "nor", "never", "yes",
    "really", "actually", "quite", "rather", "think", "thinks", "thought", "believe",
    "believes", "say", "says", "said", "saying", "mean", "means", "meant", "know", "knows",
    "author", "authors", "essay", "text", "article", "writer", "piece", "argue", "argues",
    "talk", "talks", "talking", "discuss", "discusses", "mention", "mentions", "write", "writes",
    "argument", "claim", "claims", "point", "tell", "explain", "please", "ok", "okay", "well",
    "now", "still", "even", "ever", "much", "many", "lot", "lots", "thing", "things", "get",
    "got", "make", "makes", "made", "like", "two", "way", "something", "anything",
    "everything", "nothing", "someone", "anyone", "everyone", "people", "kind", "sort", "let",
    "go", "going", "want", "wants", "wanted", "see", "seems", "seem", "look", "whether", "though", "although",
    "however", "yet", "since", "per", "via",
    "s", "t", "d", "ll", "re", "ve", "m", "hi", "hello", "hey", "thanks", "thank", "good", "bad",
    "great", "right", "wrong", "true", "false", "sure", "maybe", "perhaps", "probably", "indeed",
  ]

  /// Common words that carry no topic of their own ("according", "exactly", "perceives"): they
  /// do not count when judging whether a question is about something the text never discusses.
  public static let generic: Set<String> = [
    "according", "exactly", "mere", "merely", "simply", "basically", "really", "actually", "perceive",
    "perceives", "perceived", "consider", "considers", "regard", "regards", "view", "views", "describe",
    "describes", "described", "explain", "explains", "mean", "means", "meant", "hope", "hopes", "hoped",
    "feel", "feels", "suppose", "happen", "happens", "happened", "gets", "goes", "come", "comes", "take",
    "takes", "give", "gives", "put", "puts", "keep", "keeps", "current", "currently", "today", "now",
    "thing", "things", "something", "anything", "everything", "fact", "idea", "ideas", "question", "answer",
    "reason", "reasons", "kind", "sort", "type", "lot", "case", "example", "true", "real", "whole",
    "different", "same", "new", "old", "big", "small", "good", "bad", "important", "main", "mainly",
    "overall", "general", "exact", "right", "wrong", "sense", "mind", "opinion", "side", "sides",
    "talk", "talks", "says", "writer", "author", "essay", "text", "article", "argue", "argues", "argued",
    "claim", "claims", "point", "points", "part", "parts", "role", "matter", "matters", "work", "works",
    "serve", "serves", "act", "acts", "play", "plays", "become", "becomes", "remain", "remains",
  ]

  /// Words that negate what follows them in the clause.
  public static let negators: Set<String> = [
    "not", "no", "never", "nothing", "none", "neither", "nor", "hardly", "barely", "scarcely",
    "without", "nobody", "nowhere", "lack", "lacks", "lacked", "lacking", "cease", "ceased",
    "stop", "stops", "stopped", "prevent", "prevents", "prevented", "preclude", "precludes", "non",
    "little",
  ]

  /// Phrases that negate what follows them, like a negator: "free of conditions".
  public static let negatorPhrases: [[String]] = [
    ["free", "of"], ["devoid", "of"], ["no", "longer"], ["rid", "of"], ["rule", "out"], ["rules", "out"],
    ["anything", "but"], ["far", "from", "being"],
    ["ruled", "out"],
  ]

  /// Negators that are verbs ("prevents", "stops"): "does not stop" allows.
  public static let negatingVerbs: Set<String> = [
    "stop", "stops", "stopped", "prevent", "prevents", "prevented", "preclude", "precludes",
  ]

  /// Negators that also negate the verb before them ("changed nothing", "needs none").
  public static let objectNegators: Set<String> = ["nothing", "none", "nobody", "nowhere"]

  /// Words that call the clause they stand in false, wherever they stand in it.
  public static let dismissals: Set<String> = [
    "wrong", "false", "fantasy", "fantasies", "myth", "illusion", "illusory", "impossible",
    "unrealistic", "naive", "naïve", "nonsense", "mistake", "mistaken", "absurd", "ridiculous",
    "fiction", "delusion", "delusional", "wishful", "doubt", "doubtful", "doubts", "unlikely",
    "implausible", "untrue", "misguided", "futile", "pointless", "hopeless", "incapable",
    "unable", "inappropriate", "misleading", "incorrect", "deny", "denies", "denied", "reject",
    "rejects", "rejected", "dismiss", "dismisses", "dismissed", "refute", "refutes", "refuted",
    "dispute", "disputes", "disputed", "doomed", "overstated", "overstates", "overstate",
    "overstating", "stretch", "overblown", "hype", "meaningless", "irrelevant", "nonsensical",
    "senseless", "outdated", "anachronistic", "misplaced", "unwarranted", "unjustified", "flawed",
    "bogus", "secondary", "marginal", "peripheral", "incidental", "exaggerate", "exaggerates",
    "dumb", "stupid", "idiotic", "foolish", "crazy", "insane", "lame", "dramatic", "overdramatic",
    "hyperbolic", "sensationalist", "rarely", "seldom", "occasionally", "error", "errand", "flourish",
    "figment", "fallacy", "fallacious", "untenable", "indefensible", "defied", "defies", "defy",
    "silly", "laughable", "baseless", "unfounded", "overrated", "exaggeration",
    "exaggerated", "mirage", "unthinkable", "folly", "fails", "failed", "fail", "blunder",
    "simplistic", "contrary", "inconceivable", "dubious", "questionable", "refuse", "refuses", "refused",
    "refusing", "refusal", "misreading", "misreadings", "misread", "misunderstanding", "misunderstood",
    "misjudgment", "misjudgement", "miscalculation", "misconception",
  ]

  /// Phrases that call what follows false: "far from equals", "a pipe dream".
  public static let dismissalPhrases: [[String]] = [
    ["far", "from"], ["pipe", "dream"], ["no", "way"], ["too", "far"], ["bound", "to", "fail"],
    ["will", "fail"], ["hard", "to", "believe"], ["falls", "short"], ["fall", "short"],
    ["fell", "short"], ["falling", "short"], ["bad", "idea"], ["terrible", "idea"], ["over", "the", "top"],
    ["in", "the", "face", "of"], ["no", "relevance"],
    ["no", "resonance"], ["false", "analogy"], ["not", "hold", "up"], ["every", "now", "and", "then"],
    ["now", "and", "then"], ["once", "in", "a", "while"], ["from", "time", "to", "time"],
    ["little", "to", "do", "with"], ["nothing", "to", "do", "with"], ["simple", "minded"], ["no", "role"],
    ["no", "part"], ["bad", "choice"], ["poor", "choice"], ["wrong", "choice"], ["only", "sometimes"],
    ["only", "occasionally"], ["not", "matter"],
    ["does", "not", "matter"], ["do", "not", "matter"],
    ["no", "bearing"],
    ["against", "all", "the", "evidence"],
    ["against", "all", "evidence"], ["against", "the", "evidence"], ["holds", "no", "water"],
    ["makes", "no", "sense"], ["make", "no", "sense"], ["not", "hold"], ["too", "quick"],
    ["less", "realistic"], ["less", "likely"],
    ["less", "plausible"], ["less", "possible"], ["for", "show"],
    ["on", "paper"], ["just", "talk"],
    ["just", "words"], ["empty", "words"], ["lip", "service"],
  ]

  /// Words after which the rest of the clause loses to what came before: "X rather than Y".
  public static let preferenceMarkers: [[String]] = [
    ["more", "than"], ["rather", "than"], ["instead", "of"], ["as", "opposed", "to"],
    ["not", "so", "much"], ["better", "than"], ["go", "beyond"], ["goes", "beyond"], ["going", "beyond"],
    ["outweigh"],
    ["outweighs"], ["transcend"], ["transcends"], ["override"],
    ["overrides"], ["trumps"],
  ]

  /// "not only" and "no longer" are not simple negation of what follows.
  public static let notNegating: [[String]] = [
    ["not", "only"], ["not", "just"], ["not", "merely"], ["not", "simply"], ["nothing", "but"],
    ["nothing", "more"], ["nothing", "less"], ["nothing", "else"], ["no", "question"], ["no", "doubt"],
  ]

  /// Clause openers that make the clause the turn's main point ("..., but X").
  public static let contrastMarkers: Set<String> = [
    "but", "however", "yet", "nevertheless", "nonetheless", "still", "though", "instead",
  ]

  /// Clause openers that concede a point before the main one ("although X, ...").
  public static let concessionMarkers: Set<String> = [
    "although", "while", "whereas", "despite", "even", "granted", "admittedly",
  ]

  /// First words of a question that asks rather than argues.
  public static let questionOpeners: Set<String> = [
    "what", "why", "how", "who", "whom", "which", "when", "where", "whose", "is", "are", "was",
    "were", "do", "does", "did", "can", "could", "would", "should", "will", "has", "have",
    "had", "may", "might", "shall",
  ]

  /// Openers of a request for information: "explain…", "tell me…", "what about…".
  public static let requestOpeners: Set<String> = [
    "explain", "tell", "describe", "summarize", "summarise", "show", "give", "define", "list",
    "clarify", "elaborate", "outline", "discuss", "help", "remind", "quote", "cite",
  ]

  /// Verbs that report someone else's view ("some argued that…").
  public static let reportingVerbs: Set<String> = [
    "said", "say", "says", "claimed", "claim", "claims", "believed", "believe", "believes",
    "thought", "think", "thinks", "imagined", "imagine", "imagines", "hoped", "hope", "hopes",
    "wanted", "want", "wants", "argued", "argue", "argues", "suggested", "suggest", "suggests",
    "proposed", "propose", "proposes", "called", "call", "calls", "defined", "define", "defines",
    "described", "describe", "describes", "insisted", "insist", "insists", "urged", "urge",
    "pushed", "dreamed", "dreamt", "expected", "expect", "assumed", "assume", "declared",
    "declare", "declares", "proclaimed", "proclaim", "touted", "tout", "viewed", "view", "saw",
    "considered", "consider", "considers", "felt", "feel", "feels", "held", "hold", "holds",
    "promoted", "advocated", "advocate", "advocates", "floated", "favoured", "favored",
    "switched", "talked", "spoke", "speak", "speaks", "compared", "compare", "compares", "likened",
    "ranked", "placed", "ranks", "rank", "places", "puts",
  ]

  /// Subjects that make a reporting verb someone else's view rather than the student's.
  public static let thirdParties: Set<String> = [
    "some", "someone", "certain", "many", "others", "other", "they", "he", "she", "people",
    "leaders", "leader", "politicians", "officials", "analysts", "experts", "critics", "western",
    "west", "voices", "commentators", "observers", "strategists", "governments", "diplomats",
    "minister", "president", "most", "few", "several", "hawks",
    "pundits", "scholars", "author", "essay", "writer", "text",
  ]

  /// Nouns for people and groups of people, for questions that ask "who".
  public static let people: Set<String> = [
    "minister", "ministers", "leader", "leaders", "analyst", "analysts", "people", "president",
    "officials", "experts", "diplomats", "politicians", "critics", "scholars", "observers",
    "commentators", "strategists", "someone", "some", "author", "i",
  ]

  /// People whose views a text reports: a turn naming them asks what they thought.
  public static let experts: Set<String> = [
    "analyst", "analysts", "expert", "experts", "minister", "ministers", "officials", "scholars", "observers",
    "commentators", "strategists", "politicians", "diplomats", "specialists", "pundits",
  ]

  /// Words by which a student makes a reported view their own ("…and they are right").
  public static let endorsements: Set<String> = ["right", "correct", "agree", "true", "wise", "smart"]

  /// Rhetorical openers that turn a question into an assertion ("isn't it obvious that…").
  public static let rhetoricalOpeners: [[String]] = [
    ["is", "not"], ["are", "not"], ["was", "not"], ["were", "not"], ["do", "not"],
    ["does", "not"], ["did", "not"], ["can", "not"], ["could", "not"], ["would", "not"],
    ["should", "not"], ["will", "not"], ["have", "not"], ["has", "not"], ["had", "not"], ["surely"],
    ["how", "can", "anyone"],
    ["how", "could", "anyone"], ["who", "could", "deny"], ["who", "can", "deny"],
  ]

  /// Subjects that make a question a request for the engine's view rather than a challenge.
  public static let firstAndSecondPerson: Set<String> = ["i", "me", "my", "we", "you", "your", "us", "our"]

  // MARK: Answers to a question

  /// Openings that answer a question "yes" ("yes", "of course", "I guess so"); a hedge takes
  /// the side it leans to. Followed by "not" ("of course not") they answer "no".
  public static let affirmativeAnswers: [[String]] = [
    ["yes"], ["yeah"], ["yep"], ["yup"], ["ya"], ["yea"], ["yess"], ["aye"], ["sure"], ["surely"],
    ["of", "course"], ["definitely"], ["absolutely"], ["certainly"], ["totally"], ["obviously"],
    ["clearly"], ["indeed"], ["correct"], ["right"], ["true"], ["agreed"], ["agree"], ["i", "agree"],
    ["exactly"], ["precisely"], ["fair", "point"], ["fair", "enough"], ["pretty", "much"],
    ["i", "think", "so"],
    ["i", "guess", "so"], ["i", "suppose", "so"], ["i", "guess"], ["i", "suppose"], ["i", "believe", "so"],
    ["probably"], ["likely"], ["most", "likely"], ["kind", "of"], ["kinda"], ["sort", "of"], ["sorta"],
    ["somewhat"], ["in", "a", "way"], ["mostly"], ["partly"], ["it", "is"], ["they", "are"],
    ["he", "is", "right"],
    ["she", "is", "right"], ["they", "are", "right"], ["you", "are", "right"], ["that", "is", "right"],
    ["that", "is", "true"], ["convinced"], ["for", "sure"], ["big", "yes"], ["100"], ["yes", "sir"],
    ["without", "a", "doubt"], ["no", "doubt"], ["you", "bet"], ["ok"], ["okay"], ["fine"], ["deal"],
    ["ye"], ["yh"], ["yas"], ["obvs"], ["ofc"], ["deffo"], ["facts"], ["no", "cap"], ["true", "that"],
    ["sure", "thing"], ["totes"], ["bet"], ["yessir"], ["right", "on"], ["spot", "on"], ["he", "right"],
    ["she", "right"], ["they", "right"], ["that", "right"], ["it", "true"], ["that", "true"],
  ]

  /// Openings that answer a question "no".
  public static let negativeAnswers: [[String]] = [
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
    ["it", "is", "not"], ["they", "are", "not"], ["bs"], ["nuh", "uh"], ["cap"], ["nop"], ["noo"],
    ["nooo"], ["no", "no"], ["not", "even", "close"], ["as", "if"], ["yeah", "right"], ["yeah", "no"],
    ["he", "wrong"], ["she", "wrong"], ["they", "wrong"], ["that", "wrong"], ["it", "false"],
    ["that", "false"],
  ]

  /// Answers that take no side: "hard to say", "dunno", "it depends".
  public static let uncertainAnswers: [[String]] = [
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
  public static let firstChoice: Set<String> = [
    "first", "former", "1", "a", "1st", "earlier", "option one", "number one",
  ]
  /// Words that pick the second of two alternatives ("the latter", "the second one").
  public static let secondChoice: Set<String> = [
    "second", "latter", "2", "2nd", "last", "other", "option two", "option 2", "option b", "number two",
    "choice two", "choice b",
  ]

  /// Words of a question that asks only whether the student agrees ("Do you agree with her?",
  /// "Is he right?", "Convinced?"): such a question is about the line before it.
  public static let agreementQuestionWords: Set<String> = [
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
  public static let propositionVerbs: Set<String> = [
    "think", "believe", "agree", "say", "accept", "feel", "suppose", "reckon", "expect", "claim", "argue",
    "mean",
  ]

  /// Openers of a question that asks for a reason and presupposes its answer's premise.
  public static let reasonOpeners: [[String]] = [
    ["why"], ["how", "come"], ["what", "makes"], ["how", "does"], ["how", "do"], ["how", "did"],
    ["how", "is"],
    ["how", "are"], ["how", "was"], ["how", "were"], ["what", "explains"], ["in", "what", "way"],
    ["in", "what", "sense"],
  ]

  /// Openers of an answer that gives a reason ("because…", "cuz…").
  public static let reasonAnswerOpeners: Set<String> = [
    "because", "since", "cause", "cuz", "coz", "bc", "as", "given", "due", "thanks",
  ]

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
    ["central", "claim"], ["main", "claim"], ["main", "point"], ["main", "argument"],
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
    "imports",
  ]

  /// Words before a name the text never discusses that make it a comparison in passing:
  /// "just like Turkey did", "unlike Japan", "as good a mediator as Switzerland".
  public static let comparisonMarkers: Set<String> = [
    "like", "unlike", "as", "than", "whatever", "with", "even",
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

  /// Every word of every cue list: English the engine knows, never "corrected" into an essay
  /// word ("latter" is not a misspelt "letter").
  public static let cueWords: Set<String> = {
    let sets: [Set<String>] = [
      stopwords, generic, negators, negatingVerbs, objectNegators, dismissals, contrastMarkers,
      concessionMarkers,
      questionOpeners, requestOpeners, reportingVerbs, thirdParties, people, experts, endorsements,
      firstAndSecondPerson, firstChoice, secondChoice, agreementQuestionWords, propositionVerbs,
      reasonAnswerOpeners,
    ]
    let phrases: [[[String]]] = [
      negatorPhrases, dismissalPhrases, preferenceMarkers, notNegating, rhetoricalOpeners, affirmativeAnswers,
      negativeAnswers, uncertainAnswers, reasonOpeners, rhetoricalDenials, rhetoricalAffirmations,
      denyingFrames,
      affirmingFrames, pairPhrases, undecidedTurns, clarificationRequests, nextPointRequests, sourceRequests,
      thesisRequests,
    ]
    let words = sets.reduce(into: Set<String>()) { $0.formUnion($1) }.union(phrases.joined().joined())
    // Entries like "option one" are phrases too: each of their words is known.
    let parts = textParts.flatMap { [$0.part] + $0.phrases.joined() }
    return Set((words.union(parts)).flatMap { $0.split(separator: " ").map(String.init) })
  }()
}
