/// The English function words the stance rules read: negators, hedges, question openers.
///
/// These are language, not essay content, so they live in code; everything about the essay
/// (claims, topic words, entity names) lives in the argument map.
package enum EnglishCues {
  /// Words with no topical content; they never make a turn "about" anything.
  package static let stopwords: Set<String> = [
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
  package static let generic: Set<String> = [
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
  package static let negators: Set<String> = [
    "not", "no", "never", "nothing", "none", "neither", "nor", "hardly", "barely", "scarcely",
    "without", "nobody", "nowhere", "lack", "lacks", "lacked", "lacking", "cease", "ceased",
    "stop", "stops", "stopped", "prevent", "prevents", "prevented", "preclude", "precludes", "non",
    "little",
  ]

  /// Phrases that negate what follows them, like a negator: "free of conditions".
  package static let negatorPhrases: [[String]] = [
    ["free", "of"], ["devoid", "of"], ["no", "longer"], ["rid", "of"], ["rule", "out"], ["rules", "out"],
    ["anything", "but"], ["far", "from", "being"],
    ["ruled", "out"],
  ]

  /// Negators that are verbs ("prevents", "stops"): "does not stop" allows.
  package static let negatingVerbs: Set<String> = [
    "stop", "stops", "stopped", "prevent", "prevents", "prevented", "preclude", "precludes",
  ]

  /// Negators that also negate the verb before them ("changed nothing", "needs none").
  package static let objectNegators: Set<String> = ["nothing", "none", "nobody", "nowhere"]

  /// Words that call the clause they stand in false, wherever they stand in it.
  package static let dismissals: Set<String> = [
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
    "silly", "laughable", "baseless", "unfounded", "overrated", "exaggeration", "unfit", "unsuited",
    "fearmongering", "scaremongering", "unfair", "propaganda", "smear", "hollow",
    "exaggerated", "mirage", "unthinkable", "folly", "fails", "failed", "fail", "blunder",
    "simplistic", "contrary", "inconceivable", "dubious", "questionable", "sideshow", "afterthought", "odd",
    "strange", "weird", "bizarre",
    "propaganda", "refuse", "refuses", "refused",
    "refusing", "refusal", "misreading", "misreadings", "misread", "misunderstanding", "misunderstood",
    "misjudgment", "misjudgement", "miscalculation", "misconception",
  ]

  /// Phrases that call what follows false: "far from equals", "a pipe dream".
  package static let dismissalPhrases: [[String]] = [
    ["far", "from"], ["pipe", "dream"], ["no", "way"], ["too", "far"], ["bound", "to", "fail"],
    ["will", "fail"], ["hard", "to", "believe"], ["falls", "short"], ["fall", "short"],
    ["fell", "short"], ["falling", "short"], ["bad", "idea"], ["terrible", "idea"], ["over", "the", "top"],
    ["in", "the", "face", "of"], ["no", "relevance"],
    ["no", "resonance"], ["false", "analogy"], ["not", "hold", "up"], ["every", "now", "and", "then"],
    ["now", "and", "then"], ["once", "in", "a", "while"], ["from", "time", "to", "time"],
    ["little", "to", "do", "with"], ["nothing", "to", "do", "with"], ["simple", "minded"], ["no", "role"],
    ["no", "part"], ["bad", "choice"], ["poor", "choice"], ["poor", "way"], ["poor", "idea"],
    ["poor", "plan"], ["poor", "strategy"], ["poor", "bet"], ["poor", "fit"], ["ill", "suited"],
    ["cheap", "shot"], ["fear", "mongering"], ["scare", "mongering"], ["too", "simple"],
    ["too", "simplistic"], ["too", "naive"], ["too", "optimistic"], ["too", "good", "to", "be", "true"],
    ["wrong", "choice"], ["only", "sometimes"],
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
  package static let preferenceMarkers: [[String]] = [
    ["more", "than"], ["rather", "than"], ["instead", "of"], ["as", "opposed", "to"],
    ["not", "so", "much"], ["better", "than"], ["go", "beyond"], ["goes", "beyond"], ["going", "beyond"],
    ["outweigh"],
    ["outweighs"], ["transcend"], ["transcends"], ["override"],
    ["overrides"], ["trumps"],
  ]

  /// "not only" and "no longer" are not simple negation of what follows.
  package static let notNegating: [[String]] = [
    ["not", "only"], ["not", "just"], ["not", "merely"], ["not", "simply"], ["nothing", "but"],
    ["nothing", "more"], ["nothing", "less"], ["nothing", "else"], ["no", "question"], ["no", "doubt"],
  ]

  /// Clause openers that make the clause the turn's main point ("..., but X").
  package static let contrastMarkers: Set<String> = [
    "but", "however", "yet", "nevertheless", "nonetheless", "still", "though", "instead",
  ]

  /// Clause openers that concede a point before the main one ("although X, ...").
  package static let concessionMarkers: Set<String> = [
    "although", "while", "whereas", "despite", "even", "granted", "admittedly",
  ]

  /// First words of a question that asks rather than argues.
  package static let questionOpeners: Set<String> = [
    "what", "why", "how", "who", "whom", "which", "when", "where", "whose", "is", "are", "was",
    "were", "do", "does", "did", "can", "could", "would", "should", "will", "has", "have",
    "had", "may", "might", "shall",
  ]

  /// Openers of a request for information: "explain…", "tell me…", "what about…".
  package static let requestOpeners: Set<String> = [
    "explain", "tell", "describe", "summarize", "summarise", "show", "give", "define", "list",
    "clarify", "elaborate", "outline", "discuss", "help", "remind", "quote", "cite",
  ]

  /// Verbs that report someone else's view ("some argued that…").
  package static let reportingVerbs: Set<String> = [
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
  package static let thirdParties: Set<String> = [
    "some", "someone", "certain", "many", "others", "other", "they", "he", "she", "people",
    "leaders", "leader", "politicians", "officials", "analysts", "experts", "critics", "western",
    "west", "voices", "commentators", "observers", "strategists", "governments", "diplomats",
    "minister", "president", "most", "few", "several", "hawks",
    "pundits", "scholars", "author", "essay", "writer", "text",
  ]

  /// Nouns for people and groups of people, for questions that ask "who".
  package static let people: Set<String> = [
    "minister", "ministers", "leader", "leaders", "analyst", "analysts", "people", "president",
    "officials", "experts", "diplomats", "politicians", "critics", "scholars", "observers",
    "commentators", "strategists", "someone", "some", "author", "i",
  ]

  /// People whose views a text reports: a turn naming them asks what they thought.
  package static let experts: Set<String> = [
    "analyst", "analysts", "expert", "experts", "minister", "ministers", "officials", "scholars", "observers",
    "commentators", "strategists", "politicians", "diplomats", "specialists", "pundits",
  ]

  /// Words by which a student makes a reported view their own ("…and they are right").
  package static let endorsements: Set<String> = ["right", "correct", "agree", "true", "wise", "smart"]

  /// Rhetorical openers that turn a question into an assertion ("isn't it obvious that…").
  package static let rhetoricalOpeners: [[String]] = [
    ["is", "not"], ["are", "not"], ["was", "not"], ["were", "not"], ["do", "not"],
    ["does", "not"], ["did", "not"], ["can", "not"], ["could", "not"], ["would", "not"],
    ["should", "not"], ["will", "not"], ["have", "not"], ["has", "not"], ["had", "not"], ["surely"],
    ["how", "can", "anyone"],
    ["how", "could", "anyone"], ["who", "could", "deny"], ["who", "can", "deny"],
  ]

  /// Subjects that make a question a request for the engine's view rather than a challenge.
  package static let firstAndSecondPerson: Set<String> = ["i", "me", "my", "we", "you", "your", "us", "our"]

  /// Every word of every cue list: English the engine knows, never "corrected" into an essay
  /// word ("latter" is not a misspelt "letter").
  package static let cueWords: Set<String> = {
    let sets: [Set<String>] = [
      stopwords, generic, negators, negatingVerbs, objectNegators, dismissals, contrastMarkers,
      concessionMarkers,
      questionOpeners, requestOpeners, reportingVerbs, thirdParties, people, experts, endorsements,
      firstAndSecondPerson, firstChoice, secondChoice, agreementQuestionWords, propositionVerbs,
      reasonAnswerOpeners, reasonConjunctions, challengeClauses, verdictSubjects, factualQuestionWords,
      comparisonMarkers,
      chatOpeners,
      confirmationOpeners, argumentNouns, argumentPraise, followUpAsking, followUpAccepting,
      followUpRejecting,
      anyoneReporters, speechVerbs, authorWords, argumentOwners, answerFillers, whWords, discourseOpeners,
      answeringWords, phraseAdverbs, answeringYes, viewVerbsNeedingThat, reasonMarkers,
      acknowledgments, pointingBack, moreRequests, chatFillers, bareNoes, inferenceOpeners, inferenceModals,
      objectionOpeners,
    ]
    let phrases: [[[String]]] = [
      negatorPhrases, dismissalPhrases, preferenceMarkers, notNegating, rhetoricalOpeners, affirmativeAnswers,
      negativeAnswers, uncertainAnswers, reasonOpeners, rhetoricalDenials, rhetoricalAffirmations,
      denyingFrames,
      affirmingFrames, pairPhrases, authorAgreements, authorDisagreements, questionAsides, questionTags,
      chatQuestionTails, undecidedTurns, clarificationRequests, nextPointRequests, sourceRequests,
      thesisRequests, repeatRequests, topicChanges, acceptanceOpeners, insistenceOpeners,
      vagueTurns, mindChanges,
    ]
    let words = sets.reduce(into: Set<String>()) { $0.formUnion($1) }.union(phrases.joined().joined())
    // Entries like "option one" are phrases too: each of their words is known.
    let parts = textParts.flatMap { [$0.part] + $0.phrases.joined() }
    return Set((words.union(parts)).flatMap { $0.split(separator: " ").map(String.init) })
  }()
}
