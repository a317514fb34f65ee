/// Cuts text into lower-case words, expanding contractions and recording clause boundaries.
///
/// `doesn't` becomes `does not`, `cannot` becomes `can not`, possessive `'s` is dropped, hyphens
/// split words (`anti-western` is `anti western`) so the same rules apply to the text, the
/// argument map's vocabulary and student turns.
struct Tokenizer: Sendable {
  init() {}

  /// Characters that end a clause without ending a sentence.
  private static let clauseBreaks: Set<Unicode.Scalar> = [",", ";", ":", "—", "–", "(", ")", "[", "]"]
  private static let sentenceBreaks: Set<Unicode.Scalar> = [".", "!", "?", "…", "\n", "。", "？", "！"]
  /// Contractions typed without the apostrophe, as in chat ("doesnt", "cant").
  private static let unmarkedNegations: [String: String] = [
    "dont": "do", "doesnt": "does", "didnt": "did", "isnt": "is", "arent": "are", "wasnt": "was",
    "werent": "were", "cant": "can", "couldnt": "could", "wouldnt": "would", "shouldnt": "should",
    "wont": "will", "hasnt": "has", "havent": "have", "hadnt": "had", "aint": "is", "mustnt": "must",
  ]
  /// Other contractions typed without the apostrophe: "whats", "theyre".
  private static let unmarkedContractions: [String: [String]] = [
    "whats": ["what", "is"], "thats": ["that", "is"], "theres": ["there", "is"], "theyre": ["they", "are"],
    "youre": ["you", "are"], "im": ["i", "am"], "ive": ["i", "have"], "hows": ["how", "is"],
    "whos": ["who", "is"], "wheres": ["where", "is"], "isnt": ["is", "not"],
  ]

  /// Words that open a new clause, so negation before them does not reach past them.
  private static let clauseOpeners: Set<String> = [
    "but", "however", "although", "though", "whereas", "yet", "because", "since", "therefore",
    "which", "unless", "while", "so", "if",
  ]
  private static let apostrophes: Set<Unicode.Scalar> = ["'", "’", "‘", "`"]
  /// The corpus splitter's abbreviations of more than one letter ("mr", "dr", "vs", "etc"), as
  /// the lower-case bytes a word is built from: their period ends no sentence in a turn either.
  private static let abbreviations: Set<[UInt8]> = Set(
    SentenceSplitter.standardAbbreviations.filter { !$0.contains(".") }.map { Array($0.utf8) })
  /// Words whose "'s" is "is": "it's real", "that's wrong", "he's right".
  private static let pronounsBeforeIs: Set<String> = [
    "it", "that", "he", "she", "there", "what", "who", "where", "here", "how", "this", "everything",
    "nothing",
  ]

  /// Words only (no stems yet), each with clause and sentence numbers.
  func tokenize(_ text: some StringProtocol) -> TokenizedText {
    var result = TokenizedText()
    var clause = 0
    var sentence = 0
    var clauseHasWords = false
    var sentenceHasWords = false
    // Words are built as UTF-8 bytes: appending to a String per character is the slow path.
    var word: [UInt8] = []
    word.reserveCapacity(32)
    var wordIsASCII = true
    var capitalized = false
    var pendingQuestion = false

    func emit(_ text: String) {
      result.tokens.append(
        Token(word: text, stem: text, clause: clause, sentence: sentence, capitalized: capitalized))
    }
    func flushWord() {
      // Trailing apostrophes and dots ("students'", "U.S.") are not part of the word.
      while let last = word.last, last == UInt8(ascii: "'") || last == UInt8(ascii: ".") { word.removeLast() }
      guard !word.isEmpty else {
        wordIsASCII = true
        return
      }
      let plain =
        !word.contains(UInt8(ascii: "'")) && !(word.count >= 4 && word.last == UInt8(ascii: "t"))
        && !(word.count >= 2 && word.count <= 6
          && (word.last == UInt8(ascii: "s") || word.last == UInt8(ascii: "e")
            || word.last == UInt8(ascii: "m")))
      let raw =
        wordIsASCII
        ? String(decoding: word, as: UTF8.self) : String(decoding: word, as: UTF8.self).lowercased()
      word.removeAll(keepingCapacity: true)
      wordIsASCII = true
      // "anything but", "all but", "nothing but": an idiom, not a contrast that opens a clause.
      let idiom = raw == "but" && ["anything", "all", "nothing"].contains(result.tokens.last?.word ?? "")
      if clauseHasWords, Self.clauseOpeners.contains(raw), !idiom {
        clause += 1
        clauseHasWords = false
      }
      if plain { emit(raw) } else { expand(raw, into: emit) }
      clauseHasWords = true
      sentenceHasWords = true
      capitalized = false
    }
    func endClause() {
      flushWord()
      if clauseHasWords {
        clause += 1
        clauseHasWords = false
      }
    }
    func endSentence(question: Bool) {
      endClause()
      if sentenceHasWords {
        result.sentenceIsQuestion.append(question || pendingQuestion)
        sentence += 1
        sentenceHasWords = false
        pendingQuestion = false
      } else if question, !result.sentenceIsQuestion.isEmpty {
        result.sentenceIsQuestion[result.sentenceIsQuestion.count - 1] = true
      }
    }

    var previousIsDigit = false
    for scalar in text.unicodeScalars {
      let value = scalar.value
      let isASCIILetter = (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value)
      let isDigit = (0x30...0x39).contains(value)
      defer { previousIsDigit = isDigit }
      if isASCIILetter || isDigit {
        if word.isEmpty { capitalized = value <= 0x5A && !isDigit }
        word.append(value <= 0x5A && !isDigit ? UInt8(value + 0x20) : UInt8(value))
      } else if value >= 0x80 && scalar.properties.isAlphabetic {
        if word.isEmpty { capitalized = scalar.properties.isUppercase }
        word.append(contentsOf: String(scalar).utf8)
        wordIsASCII = false
      } else if Self.apostrophes.contains(scalar), !word.isEmpty {
        word.append(UInt8(ascii: "'"))
      } else if scalar == ".", previousIsDigit {
        word.append(UInt8(ascii: "."))  // decimals and dotted numbers stay one token
      } else if Self.sentenceBreaks.contains(scalar) {
        let isQuestion = scalar == "?" || scalar == "？"
        // Initials ("U.S.") and abbreviations ("Mr. Xi", "vs.") end no sentence.
        if scalar == "." && (word.count == 1 || Self.abbreviations.contains(word)) {
          flushWord()
          continue
        }
        endSentence(question: isQuestion)
      } else if scalar == "–", !word.isEmpty {
        flushWord()  // "Russia–China": an en dash joining words is a hyphen, not a pause
      } else if Self.clauseBreaks.contains(scalar) {
        endClause()
      } else {
        flushWord()
      }
    }
    endSentence(question: false)
    return result
  }

  /// Splits contractions: `isn't` → `is not`, `can't` → `can not`, `china's` → `china`.
  private func expand(_ raw: String, into emit: (String) -> Void) {
    var text = raw
    while text.last == "'" || text.last == "." { text.removeLast() }
    if text.isEmpty { return }
    if text == "cannot" {
      emit("can")
      emit("not")
      return
    }
    if let words = Self.unmarkedContractions[text] {
      for word in words { emit(word) }
      return
    }
    if let base = Self.unmarkedNegations[text] {
      emit(base)
      emit("not")
      return
    }
    guard let apostrophe = text.firstIndex(of: "'") else {
      emit(text)
      return
    }
    let stem = String(text[..<apostrophe])
    let suffix = text[text.index(after: apostrophe)...]
    if suffix == "t", stem.hasSuffix("n") {
      let base = String(stem.dropLast())
      switch base {
      case "ca": emit("can")
      case "wo": emit("will")
      case "sha": emit("shall")
      case "ai": emit("is")
      case "": break
      default: emit(base)
      }
      emit("not")
      return
    }
    if !stem.isEmpty { emit(stem) }
    switch suffix {
    case "re": emit("are")
    case "ve": emit("have")
    case "ll": emit("will")
    case "m": emit("am")
    case "d": emit("would")
    // "it's", "that's", "he's": "is" after a pronoun; after a noun, a possessive ("China's").
    case "s" where Self.pronounsBeforeIs.contains(stem): emit("is")
    default: break
    }
  }
}
