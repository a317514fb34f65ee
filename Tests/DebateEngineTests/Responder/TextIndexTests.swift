import Testing

@testable import DebateEngine

/// The index answers which unit holds a term from its postings alone.
struct TextIndexTests {
  @Test func aUnitHoldsExactlyTheTermsItWasBuiltWith() {
    let units = [["axis", "regime"], ["alliance"], ["axis", "alliance", "axis"], [], ["regime"]]
    let index = TextIndex(units: units)
    for (position, terms) in units.enumerated() {
      for term in ["axis", "regime", "alliance", "wedge"] {
        #expect(index.unit(position, holds: term) == terms.contains(term), "unit \(position), \(term)")
      }
    }
    #expect(!index.unit(-1, holds: "axis"))
    #expect(!index.unit(99, holds: "axis"))
  }
}
