import Testing

@testable import DebateEngine

/// The splitter on small paragraphs: where sentences end and where they must not.
struct SentenceSplitterTests {
  func split(_ text: String) -> [String] {
    let paragraph = Substring(text)
    return SentenceSplitter().sentences(in: paragraph).map { String(paragraph[$0]) }
  }

  @Test(arguments: [
    ("Dr. Smith met the U.S. envoy. They talked.", ["Dr. Smith met the U.S. envoy.", "They talked."]),
    (
      "Some states, e.g. France, object. Others agree.",
      ["Some states, e.g. France, object.", "Others agree."]
    ),
    (
      "Letters from J. Smith arrived. Nobody read them.",
      ["Letters from J. Smith arrived.", "Nobody read them."]
    ),
    ("Growth was 3.5 percent. It fell later.", ["Growth was 3.5 percent.", "It fell later."]),
    ("He paused... Then he left.", ["He paused...", "Then he left."]),
    ("He paused… Then he left.", ["He paused…", "Then he left."]),
    ("Is it an alliance? No! It is an axis.", ["Is it an alliance?", "No!", "It is an axis."]),
    ("Really?! Yes.", ["Really?!", "Yes."]),
    ("这是第一句。这是第二句！第三句？", ["这是第一句。", "这是第二句！", "第三句？"]),
    ("They said “make peace.” Nobody did.", ["They said “make peace.”", "Nobody did."]),
    (
      "The “unlimited friendship” is odd. So it goes.", ["The “unlimited friendship” is odd.", "So it goes."]
    ),
    ("A war—as if a mediator were needed. Yes.", ["A war—as if a mediator were needed.", "Yes."]),
    (
      "After February 24, 2022, they switched. Then Qin Gang, the minister, spoke.",
      ["After February 24, 2022, they switched.", "Then Qin Gang, the minister, spoke."]
    ),
    ("No final stop", ["No final stop"]),
    ("  Padded sentence.   Another one.  ", ["Padded sentence.", "Another one."]),
    ("It ended in 2012. 2013 was calm.", ["It ended in 2012.", "2013 was calm."]),
    ("He paused... and then left. Fine.", ["He paused... and then left.", "Fine."]),
    ("“Why?” she asked. Nobody knew.", ["“Why?” she asked.", "Nobody knew."]),
    ("So did I. Then we left.", ["So did I.", "Then we left."]),
    ("I. M. Pei built it. It stands.", ["I. M. Pei built it.", "It stands."]),
    (
      "Mr. and Mrs. Li came (i.e. both). Prof. Wu did not.",
      ["Mr. and Mrs. Li came (i.e. both).", "Prof. Wu did not."]
    ),
    ("He said: “Enough!” Then silence.", ["He said: “Enough!”", "Then silence."]),
  ])
  func splits(_ text: String, _ expected: [String]) {
    #expect(split(text) == expected)
  }

  @Test func emptyParagraphHasNoSentences() {
    #expect(split("").isEmpty)
    #expect(split("   ").isEmpty)
  }
}
