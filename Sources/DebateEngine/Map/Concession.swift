/// Something the text itself grants to the other side ("occasionally … economic"): a student
/// who makes that point is granted it, with the text's sentence, before the rebuttal.
public struct Concession: Hashable, Sendable, Identifiable {
  public let id: String
  /// What is granted, in plain words (the partner's, never passed off as a quote).
  public let grants: String
  /// The sentence that grants it.
  public let ref: UnitRef
  /// The claims the point bears on: the concession is made only in a turn about one of them.
  public let claims: [String]
  /// Words of a student's point that match it, in any form (stemmed like the vocabulary).
  public let words: [String]

  public init(id: String, grants: String, ref: UnitRef, claims: [String], words: [String]) {
    self.id = id
    self.grants = grants
    self.ref = ref
    self.claims = claims
    self.words = words
  }
}
