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

  public init(
    id: String, statement: String, position: Position, view: String? = nil, evidence: [UnitRef],
    attacks: [String] = [],
    supports: [String] = [], opposingView: String? = nil, opposingRefs: [UnitRef] = [],
    opposingHolders: [String] = [],
    vocabulary: ClaimVocabulary = ClaimVocabulary(), essayPosition: EssayPosition? = nil,
    counterarguments: [String] = []
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
