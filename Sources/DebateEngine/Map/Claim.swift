/// Whether the essay holds a claim's statement or rejects it.
public enum Position: String, Hashable, Sendable, Codable {
  case holds, rejects

  public var opposite: Position { self == .holds ? .rejects : .holds }
}

/// The essay's position on a claim as the map records it: holds, rejects, or leaves it an open
/// question (¶4.2 on Trump's United States). Replies argue from `Claim.position`, which for an
/// open claim is the way the essay's words lean (`leans:` in the map).
public enum EssayPosition: String, Hashable, Sendable, Codable {
  case holds, rejects, open

  public init(_ position: Position) { self = position == .holds ? .holds : .rejects }
}

/// One claim of the essay's argument map.
///
/// `statement` is a proposition a student can assert or deny; `position` says what the essay
/// does with it. Whether a student agrees follows from the two: asserting a statement the essay
/// holds, or denying one it rejects, is agreement.
public struct Claim: Hashable, Sendable, Identifiable {
  public let id: String
  public let statement: String
  public let position: Position
  /// The position as the map records it; `open` when the essay leaves the statement open.
  public let essayPosition: EssayPosition
  /// The essay's position in plain words.
  public let view: String
  /// Sentences that ground the essay's position, best first.
  public let evidence: [UnitRef]
  /// Claims this one argues against, and claims it argues for.
  public let attacks: [String]
  public let supports: [String]
  /// The opposing view as a one-line statement, when the essay reports one.
  public let opposingView: String?
  /// Sentences where the essay reports the opposing view in its own words.
  public let opposingRefs: [UnitRef]
  /// Who the essay says held the opposing view (`xi`, `western`), in lower case; empty for anyone.
  public let opposingHolders: [String]
  /// What an opponent says against the essay's position, in plain words: argued by `/side
  /// opponent` one after another, and the strongest (the first) used to press a student who
  /// agrees. Never quoted as the text's.
  public let counterarguments: [String]
  public let vocabulary: ClaimVocabulary
  /// The two sides in a few plain words, for telling a student which one they took.
  public let gist: ClaimGist

  public init(
    id: String, statement: String, position: Position, view: String? = nil, evidence: [UnitRef],
    attacks: [String] = [],
    supports: [String] = [], opposingView: String? = nil, opposingRefs: [UnitRef] = [],
    opposingHolders: [String] = [],
    vocabulary: ClaimVocabulary = ClaimVocabulary(), essayPosition: EssayPosition? = nil,
    counterarguments: [String] = [], gist: ClaimGist? = nil
  ) {
    self.counterarguments = counterarguments
    self.id = id
    self.statement = statement
    self.position = position
    self.essayPosition = essayPosition ?? EssayPosition(position)
    self.view = view ?? (position == .holds ? statement : "Not so: \(statement)")
    self.evidence = evidence
    self.attacks = attacks
    self.supports = supports
    self.opposingView = opposingView
    self.opposingRefs = opposingRefs
    self.opposingHolders = opposingHolders
    self.vocabulary = vocabulary
    self.gist = gist ?? ClaimGist(statement: statement, position: position, view: self.view)
  }
}

/// A claim's two sides in a few plain words (`gist:` in the map): what the essay argues ("no
/// lasting wedge") and what a student who argues against it says ("a lasting wedge is possible").
///
/// Without `gist:` in the map, the essay's side is its view up to the first `;`, and the other
/// side is the statement when the essay rejects it, or "not so: " and the statement when it holds
/// it: longer, but never backwards.
public struct ClaimGist: Hashable, Sendable, Codable {
  public let essay: String
  public let against: String

  public init(essay: String, against: String) {
    self.essay = essay
    self.against = against
  }

  init(statement: String, position: Position, view: String) {
    let firstClause = view.split(separator: ";", maxSplits: 1).first.map(String.init) ?? view
    essay = Self.phrase(firstClause)
    against = position == .rejects ? Self.phrase(statement) : "not so: " + Self.phrase(statement)
  }

  /// A sentence as a phrase: no final full stop.
  private static func phrase(_ sentence: String) -> String {
    var words = Substring(sentence)
    while words.last?.isWhitespace == true || words.last == "." { words = words.dropLast() }
    while words.first?.isWhitespace == true { words = words.dropFirst() }
    return String(words)
  }
}

/// The words that signal a claim, and which of them lean toward or against its statement.
public struct ClaimVocabulary: Hashable, Sendable {
  /// Words and phrases that say a turn is about the claim, whatever its side.
  public var topic: [String] = []
  /// Words and phrases that assert the statement ("lopsided" for "the two are unequal").
  public var affirm: [String] = []
  /// Words and phrases that assert its negation ("equals" for "the two are unequal").
  public var deny: [String] = []
  /// When not empty, the claim is considered only if one of these appears in the turn
  /// ("junior partners" is about North Korea and Iran only when they are named).
  public var requires: [String] = []

  public init(topic: [String] = [], affirm: [String] = [], deny: [String] = [], requires: [String] = []) {
    self.topic = topic
    self.affirm = affirm
    self.deny = deny
    self.requires = requires
  }
}
