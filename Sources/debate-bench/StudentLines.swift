/// Student turns the benchmark cycles through, in a fixed order.
///
/// Written for the benchmark, not taken from the evaluation set: statements, questions,
/// negations, off-topic lines, long multi-sentence turns and misspellings, so the timings cover
/// every path of `Responder.respond` rather than one lucky case.
enum StudentLines {
  static let all: [String] = [
    "Russia and China are basically allies now.",
    "I don't think they are allies at all.",
    "Why isn't it an alliance?",
    "When the author says axis, what is that supposed to mean?",
    "Xi said the friendship has no limits, so it's stronger than an alliance.",
    "China is just using Russia for cheap gas.",
    "Their partnership is mostly about ideology, not trade.",
    "Can the West split them apart?",
    "Nobody could ever drive a wedge between Beijing and Moscow.",
    "Could China mediate a peace in Ukraine?",
    "I had pizza for lunch today.",
    "What's the weather like in Paris?",
    "Who said an alliance would be inappropriate?",
    "Qin Gang was the foreign minister, right?",
    "The relationship has gone through many phases, from hostility to honeymoons.",
    "You can't sum it up in one word.",
    "It's a marriage of convenience and nothing more.",
    "Totalitarian regimes can't really form alliances, can they?",
    "An alliance needs long term shared vital interests, and these two don't have them.",
    "Is Russia the junior partner?",
    "I think the Chinese and Russian regimes are closer than their peoples.",
    "Russia and Chnia are allys becuase they both hate the west.",
    "the releationship is pragmatic not warm",
    "Moving closer to China to force Moscow to make peace was a blunder.",
    "Relying on Moscow to contain Beijing never made sense.",
    "It's not true that they have nothing in common.",
    "So they are not allies but they won't break up either?",
    "I disagree, the economy matters more than ideology here.",
    "hmm",
    "ok",
    "What about North Korea and Iran?",
    "Stalin and Mao were friends once, and then they fell out badly.",
    "I read that the friendship is unlimited, but I doubt it will last. Leaders change. "
      + "Interests change too. Still, right now both governments want to weaken the United States, "
      + "and that is a strong glue even if it is not an alliance in the formal sense.",
    "Honestly I think the essay is wrong. China would drop Russia tomorrow if Europe offered a better "
      + "deal. Trade with the EU is worth far more to Beijing than anything Moscow can offer. So calling "
      + "it an axis overstates how close they are.",
    "Even if they're not formal allies, they act like allies.",
    "Didn't they sign a treaty of friendship in 2001?",
    "Is the essay saying the distance between them is limited?",
    "Beijing will never mediate because it profits from the war.",
    "lol this is boring can we talk about football",
    "Is it an axis or an alliance? I'm confused.",
    "A breakup seems unlikely to me.",
    "why do u say its ideological?? its all about money",
  ]
}
