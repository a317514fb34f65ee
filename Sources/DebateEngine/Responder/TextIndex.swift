import Foundation

/// BM25 retrieval over the citable units of the text.
///
/// Lexical retrieval is what wins on argument search benchmarks (Touché, BEIR), and it explains
/// itself: every score comes from terms the student typed.
struct TextIndex: Sendable {
  private let k1 = 1.2
  private let b = 0.75
  private var postings: [String: [(unit: Int, frequency: Int)]] = [:]
  private var lengths: [Int] = []
  private var averageLength = 1.0
  private var idf: [String: Double] = [:]

  init(units: [[String]]) {
    lengths = units.map(\.count)
    averageLength = max(1, Double(lengths.reduce(0, +)) / Double(max(units.count, 1)))
    for (index, terms) in units.enumerated() {
      var counts: [String: Int] = [:]
      for term in terms { counts[term, default: 0] += 1 }
      for (term, count) in counts { postings[term, default: []].append((index, count)) }
    }
    let n = Double(units.count)
    for (term, list) in postings {
      let df = Double(list.count)
      idf[term] = log(1 + (n - df + 0.5) / (df + 0.5))
    }
  }

  /// How many units contain the term.
  func unitCount(of term: String) -> Int { postings[term]?.count ?? 0 }

  var unitTotal: Int { lengths.count }

  /// Whether the unit holds the term: a binary search of the term's postings, which are in unit
  /// order, so no unit's terms need to be kept or read again.
  func unit(_ unit: Int, holds term: String) -> Bool {
    guard let list = postings[term] else { return false }
    var low = 0
    var high = list.count
    while low < high {
      let middle = low + (high - low) / 2
      if list[middle].unit < unit { low = middle + 1 } else { high = middle }
    }
    return low < list.count && list[low].unit == unit
  }

  /// The inverse document frequency of a term, 0 for terms not in the text.
  func weight(of term: String) -> Double { idf[term] ?? 0 }

  /// BM25 score of every unit for the query terms (duplicates count once).
  func scores(for terms: [String]) -> [Double] { scores(for: terms.map { ($0, 1.0) }) }

  /// BM25 score of every unit for weighted query terms; a repeated term counts at its best weight.
  func scores(for weighted: [(term: String, weight: Double)]) -> [Double] {
    var scores = [Double](repeating: 0, count: lengths.count)
    // Terms are summed in the order given, never in a dictionary's order: each dictionary has
    // its own iteration order, and a different order of additions changes the last bits of a
    // score, which would make the same turn's reply differ between runs.
    var best: [String: Double] = [:]
    var order: [String] = []
    for (term, weight) in weighted {
      if best[term] == nil { order.append(term) }
      if weight > (best[term] ?? 0) { best[term] = weight }
    }
    for term in order {
      let boost = best[term]!
      guard let list = postings[term], let weight = idf[term].map({ $0 * boost }) else { continue }
      for (unit, frequency) in list {
        let f = Double(frequency)
        let norm = k1 * (1 - b + b * Double(lengths[unit]) / averageLength)
        scores[unit] += weight * f * (k1 + 1) / (f + norm)
      }
    }
    return scores
  }
}
