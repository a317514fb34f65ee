extension EnglishCues {
  // MARK: Reasons and evidence in a turn

  /// Words that introduce a reason or evidence for a position ("…, because…", "look at…"): a
  /// turn with one is not met with "why do you think so?".
  public static let reasonMarkers: Set<String> = [
    "because", "since", "cause", "cuz", "coz", "bc", "given", "due", "therefore", "thus", "hence",
    "so", "considering", "evidence", "proof", "proves", "prove", "shows", "show", "showed", "shown",
    "example", "instance", "eg", "e.g", "look", "see", "after", "when", "whenever", "if", "unless",
    "otherwise", "means", "meaning", "explains", "reason", "reasons", "like",
  ]

  /// Words that acknowledge without answering anything ("ok"): alone they are not the
  /// ambiguous yes or no that the partner asks about.
  public static let acknowledgments: Set<String> = [
    "ok", "okay", "k", "kk", "fine", "cool", "alright", "noted",
  ]

  /// Words that point back to what was just discussed ("that part", "it", "the other one").
  public static let pointingBack: Set<String> = [
    "it", "its", "that", "this", "those", "these", "they", "them", "their", "other", "still", "then",
    "so", "part", "point", "one", "ur", "you", "your", "essay", "author", "text",
  ]

  /// Phrases that announce a change of subject: what follows is not about the claim before.
  public static let topicChanges: [[String]] = [
    ["random"], ["unrelated"], ["off", "topic"], ["by", "the", "way"], ["btw"], ["side", "note"],
    ["different", "question"], ["change", "of", "subject"], ["on", "another", "note"], ["anyway"],
    ["totally", "different"],
  ]

  /// Phrases that ask for a sentence to be quoted again: the one request that lifts the rule
  /// against repeating a quote.
  public static let repeatRequests: [[String]] = [
    ["quote", "it", "again"], ["quote", "that", "again"], ["say", "that", "again"], ["say", "it", "again"],
    ["repeat", "that"], ["repeat", "it"], ["show", "me", "again"], ["again", "please"],
    ["one", "more", "time"], ["read", "it", "again"], ["read", "that", "again"],
  ]
}
