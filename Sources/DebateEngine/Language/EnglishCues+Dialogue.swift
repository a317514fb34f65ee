extension EnglishCues {
  // MARK: Everyday misspellings

  /// Common misspellings of everyday words, read as the word meant: the spelling corrector
  /// knows only the text's vocabulary ("definately" would stem to "define").
  package static let commonMisspellings: [String: String] = [
    "definately": "definitely", "definatly": "definitely", "definetly": "definitely",
    "definitly": "definitely", "defintely": "definitely", "becuase": "because", "beacuse": "because",
    "becasue": "because", "thier": "their", "goverment": "government", "goverments": "governments",
    "realy": "really", "untill": "until", "wich": "which", "beleive": "believe", "belive": "believe",
    "alliegance": "allegiance", "arguement": "argument", "arguements": "arguments", "wierd": "weird",
    "probaly": "probably", "basicly": "basically", "stoped": "stopped", "honsetly": "honestly",
    "similiar": "similar", "tommorow": "tomorrow", "seperate": "separate", "occured": "occurred",
    // Chat shorthand: read as the word it stands for, so its negation and questions count.
    "nothin": "nothing", "nuthin": "nothing", "wat": "what", "wut": "what", "y": "why", "u": "you",
    "r": "are", "n": "and", "ppl": "people", "govt": "government", "govts": "governments",
    "txt": "text", "abt": "about", "bcuz": "because", "bcoz": "because", "rly": "really",
    "smth": "something", "sum1": "someone", "ne1": "anyone", "w": "with", "thru": "through",
  ]

  // MARK: Reasons and evidence in a turn

  /// Words that introduce a reason or evidence for a position ("…, because…", "look at…"): a
  /// turn with one is not met with "why do you think so?".
  package static let reasonMarkers: Set<String> = [
    "because", "since", "cause", "cuz", "coz", "bc", "given", "due", "therefore", "thus", "hence",
    "so", "considering", "evidence", "proof", "proves", "prove", "shows", "show", "showed", "shown",
    "example", "instance", "eg", "e.g", "look", "see", "after", "when", "whenever", "if", "unless",
    "otherwise", "means", "meaning", "explains", "reason", "reasons", "like",
  ]

  /// Words that acknowledge without answering anything ("ok"): alone they are not the
  /// ambiguous yes or no that the partner asks about.
  package static let acknowledgments: Set<String> = [
    "ok", "okay", "k", "kk", "fine", "cool", "alright", "noted",
  ]

  /// Words that point back to what was just discussed ("that part", "it", "the other one").
  package static let pointingBack: Set<String> = [
    "it", "its", "that", "this", "those", "these", "they", "them", "their", "other", "still", "then",
    "so", "part", "point", "one", "ur", "you", "your", "essay", "author", "text",
  ]

  /// Phrases that announce a change of subject: what follows is not about the claim before.
  package static let topicChanges: [[String]] = [
    ["random"], ["unrelated"], ["off", "topic"], ["by", "the", "way"], ["btw"], ["side", "note"],
    ["different", "question"], ["change", "of", "subject"], ["on", "another", "note"], ["anyway"],
    ["totally", "different"],
  ]

  /// Openings that accept the point just made before going on ("makes sense, …", "fair
  /// enough, …"): mid-conversation the student takes the side the engine argued.
  package static let acceptanceOpeners: [[String]] = [
    ["makes", "sense"], ["that", "makes", "sense"], ["fair", "enough"], ["fair", "point"], ["ok", "yeah"],
    ["okay", "yeah"], ["ok", "fair"], ["ok", "true"], ["yeah", "true"], ["yea", "true"], ["true"],
    ["i", "see"],
    ["point", "taken"], ["you", "are", "right"], ["ur", "right"], ["you", "re", "right"],
    ["i", "am", "with", "you"],
    ["i", "m", "with", "you"], ["i", "grant"], ["i", "withdraw"], ["i", "stand", "corrected"],
    ["i", "concede"],
    ["convinced"], ["you", "convinced", "me"], ["you", "have", "convinced", "me"],
    ["that", "is", "persuasive"],
    ["good", "point"], ["i", "finally", "see"], ["i", "get", "it"], ["i", "get", "it", "now"],
    ["ngl", "that", "makes", "sense"],
    ["alright", "fair"], ["okay", "fair"], ["ok", "i", "see"], ["oh", "ok"], ["ohh"], ["right"], ["fine"],
    ["hmm", "so"], ["so", "basically"],
  ]

  /// Openings that hold to what the student said before ("I still say…", "I maintain…"):
  /// the turn keeps the side the student took on the claim, whatever else its words suggest.
  package static let insistenceOpeners: [[String]] = [
    ["i", "still", "say"], ["i", "still", "think"], ["i", "still", "believe"], ["still"], ["i", "maintain"],
    ["i", "stick", "with"], ["i", "am", "sticking", "with"], ["sticking", "with"], ["as", "i", "said"],
    ["whatever", "you", "say"], ["i", "will", "say", "it", "again"], ["i", "ll", "say", "it", "again"],
    ["i", "stand", "by"], ["then", "i", "maintain"], ["nope", "still"], ["no", "still"], ["nah", "still"],
    ["i", "keep", "saying"], ["like", "i", "said"], ["again"], ["i", "am", "right"],
    ["i", "am", "still", "right"],
    ["i", "am", "correct"],
  ]
  /// A bare no before holding to one's view only says it louder: "nah, I'm right".
  package static let bareNoes: Set<String> = ["no", "nah", "nope"]
  /// A conclusion drawn from a report ("Xi called it…, so it must be real"): the word that
  /// opens the clause and the modal that draws it within three words.
  package static let inferenceOpeners: Set<String> = ["so", "therefore", "thus", "hence"]
  package static let inferenceModals: Set<String> = ["must"]
  /// Words that open an objection to the reply just given ("But Xi said…"); "still" holds a
  /// view rather than objecting.
  package static let objectionOpeners: Set<String> = ["but", "yet", "however"]

  /// Turns too vague to place without asking ("what about that part", "it's complicated",
  /// "so is it or isn't it"): the partner asks what is meant.
  package static let vagueTurns: [[String]] = [
    ["what", "about", "that"], ["what", "about", "this"], ["what", "about", "the", "other"],
    ["what", "about", "that", "part"], ["so", "is", "it", "or"], ["is", "it", "or", "is", "it", "not"],
    ["it", "is", "complicated"], ["its", "complicated"], ["complicated"], ["depends", "how"],
    ["it", "depends"], ["depends"], ["kinda"], ["kind", "of"], ["sort", "of"], ["idk"], ["maybe"],
    ["hmm"], ["not", "sure"], ["hard", "to", "say"], ["what", "do", "you", "think"], ["and", "the", "other"],
    ["the", "other", "thing"], ["the", "other", "one"],
  ]

  /// Chat words that add nothing to what a short turn says ("ngl", "tho").
  package static let chatFillers: Set<String> = [
    "ngl", "tbh", "tho", "though", "fr", "lowkey", "imo", "wait", "hmm", "anyway",
  ]

  /// Words of a question that asks the text for more than it has said ("anything else?",
  /// "is that the only sentence?"): asked about a claim already quoted, it is met with
  /// no-more-evidence when nothing new is left.
  package static let moreRequests: Set<String> = ["more", "else", "only", "further", "another", "again"]

  /// Phrases that say the student has changed their mind ("I got it", "I'll drop that"): the
  /// partner notes which earlier turns the new view gives up.
  package static let mindChanges: [[String]] = [
    ["i", "got", "it"], ["i", "get", "it", "now"], ["i", "see", "now"], ["makes", "sense"],
    ["make", "sense"],
    ["i", "was", "wrong"], ["i", "drop"], ["i", "will", "drop"], ["i", "ll", "drop"],
    ["you", "convinced", "me"],
    ["i", "am", "convinced"], ["i", "m", "convinced"], ["i", "accept"], ["fair", "enough"],
    ["i", "withdraw"],
    ["i", "stand", "corrected"], ["i", "change", "my", "mind"], ["changed", "my", "mind"],
    ["i", "take", "it", "back"],
    ["point", "taken"], ["you", "are", "right"], ["you", "re", "right"], ["ur", "right"],
    ["i", "buy", "that"],
    ["i", "actually", "buy"], ["i", "give", "you", "that"], ["i", "will", "give", "you", "that"],
    ["i", "ll", "give", "you", "that"], ["i", "grant"], ["i", "concede"], ["ok", "i", "see"],
    ["now", "i", "see"], ["i", "can", "live", "with", "that"], ["take", "back", "what", "i", "said"],
    ["i", "was", "too", "quick"], ["on", "reflection"], ["half", "persuaded"], ["i", "accept", "that"],
  ]

  /// Phrases that ask for a sentence to be quoted again: the one request that lifts the rule
  /// against repeating a quote.
  package static let repeatRequests: [[String]] = [
    ["quote", "it", "again"], ["quote", "that", "again"], ["say", "that", "again"], ["say", "it", "again"],
    ["repeat", "that"], ["repeat", "it"], ["show", "me", "again"], ["again", "please"],
    ["one", "more", "time"], ["read", "it", "again"], ["read", "that", "again"],
  ]
}
