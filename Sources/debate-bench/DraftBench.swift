import DebateContent
import DebateEngine
import Foundation

/// `debate map draft` on a text of `words` words or more: the essay's body paragraphs
/// repeated, with WordNet from /usr/share/wordnet when it is installed (target: under 2 s).
struct DraftBench {
  let words: Int
  let wordNetFolder = "/usr/share/wordnet"

  func run() throws {
    let paragraphs: [Substring] = Corpus.builtIn.source.split(whereSeparator: \.isNewline).filter {
      $0.count > 200
    }
    var lines: [Substring] = []
    var count = 0
    while count < words, !paragraphs.isEmpty {
      let next = paragraphs[lines.count % paragraphs.count]
      lines.append(next)
      count += next.split(whereSeparator: \.isWhitespace).count
    }
    let corpus = try Corpus(text: lines.joined(separator: "\n") + "\n")
    var wordNet: WordNet?
    let loadTime = Figures.nanoseconds {
      var files: [WordNet.PartOfSpeech: (index: [UInt8], data: [UInt8])] = [:]
      for pos in WordNet.PartOfSpeech.allCases {
        guard let index = FileManager.default.contents(atPath: "\(wordNetFolder)/index.\(pos.rawValue)"),
          let data = FileManager.default.contents(atPath: "\(wordNetFolder)/data.\(pos.rawValue)")
        else { return }
        files[pos] = (Array(index), Array(data))
      }
      wordNet = WordNet(files: files)
    }
    var yaml = ""
    var failure: (any Error)?
    let draftTime = Figures.nanoseconds {
      do { yaml = try MapDrafter(corpus: corpus, textFile: "large.txt", wordNet: wordNet).yaml() } catch {
        failure = error
      }
    }
    if let failure { throw failure }
    let claims = yaml.components(separatedBy: "\n  - id: ").count - 1
    print("map draft on \(count) words (\(corpus.sentences.count) sentences, \(claims) claims drafted)")
    print(
      Figures.row(
        "WordNet files read and indexed", wordNet == nil ? "not installed" : Figures.milliseconds(loadTime)))
    print(
      Figures.row(
        "draft, loaded back and checked", Figures.milliseconds(draftTime), target: "< 2 s",
        met: draftTime + loadTime < 2e9))
  }
}
