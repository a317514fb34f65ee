/// The files `debate bundle new` writes for a text: the drafted map, one drafted scenario and a
/// README for the teacher. The text itself is copied by the executable, byte for byte.
public struct BundleDrafter {
  public let corpus: Corpus
  public let textFile: String
  public let wordNet: WordNet?

  public init(corpus: Corpus, textFile: String, wordNet: WordNet? = nil) {
    self.corpus = corpus
    self.textFile = textFile
    self.wordNet = wordNet
  }

  /// File name and contents of each drafted file, in the order they are written.
  public func files() throws(MapDrafter.DraftError) -> [(name: String, contents: String)] {
    let drafter = MapDrafter(corpus: corpus, textFile: textFile, wordNet: wordNet)
    let map = try drafter.yaml()
    // The claims that survived the loader, so the scenario names only claims in the map.
    guard let loaded = try? ArgumentMapLoader(corpus: corpus).load(map, file: TextBundle.mapFileName) else {
      throw .invalid("the drafted map did not load twice")
    }
    let kept = Set(loaded.claims.map(\.id))
    let claims = drafter.claims().filter { kept.contains($0.id) }
    // The scenario's claim: the thesis most other claims support, the first on a tie.
    let theses = claims.filter(\.isThesis)
    guard
      let motion = theses.max(by: { a, b in
        let (x, y) = (supporters(of: a, in: claims), supporters(of: b, in: claims))
        return x != y ? x < y : a.ref > b.ref
      }) ?? claims.first
    else { throw .noClaims }
    return [
      (TextBundle.mapFileName, map),
      (TextBundle.draftScenarioFileName, scenario(about: motion)),
      (TextBundle.readmeFileName, readme(claims: loaded.claims.count, motion: motion)),
    ]
  }

  private func supporters(of claim: MapDrafter.DraftClaim, in claims: [MapDrafter.DraftClaim]) -> Int {
    claims.filter { $0.supports.contains(claim.id) }.count
  }

  func scenario(about claim: MapDrafter.DraftClaim) -> String {
    let title = corpus.title.map { MapDrafter.oneLine($0) } ?? textFile
    return """
      # A first scenario drafted by `debate bundle new`: the moderator opens, the text states
      # the claim it argues most, the student answers and the text replies through the
      # responder. Edit it freely; scenarios/README.md in debate's source documents the format,
      # and `debate check --bundle DIR` checks it.
      version: 1
      id: first-debate
      title: \(MapDrafter.quoted("A first debate: " + title))
      motion: \(MapDrafter.quoted(claim.statement))
      claims: [\(claim.id)]
      cast:
        - {id: chair, name: Moderator, side: moderator}
        - {id: text, name: The text, side: essay}
        - {id: you, name: Student, side: student}
      start: open
      turns:
        - id: open
          speaker: chair
          says: We debate one claim the text argues. Hear it first, in its own words.
          next: claim
        - id: claim
          speaker: text
          quote: [\(claim.ref)]
          next: ask
        - id: ask
          speaker: you
          prompt: Do you agree with it? Say why, in a sentence or two.
          sample: \(MapDrafter.quoted(claim.statement))
          reply: text
          branches:
            - {stance: agree, claim: \(claim.id), next: agreed}
            - {stance: disagree, claim: \(claim.id), next: answer}
          default: clarify
        - id: clarify
          speaker: chair
          once: true
          says: I could not tell where you stand on that claim. Try again, and name it.
          next: ask
        - id: answer
          speaker: text
          answer: \(claim.id)
          next: close
        - id: agreed
          speaker: chair
          says: You side with the text. Now think of the strongest objection someone could raise.
          next: close
        - id: close
          speaker: chair
          end: true
          says: That is the end of this first debate.

      """
  }

  func readme(claims: Int, motion: MapDrafter.DraftClaim) -> String {
    """
    # A debate bundle for \(textFile)

    Made by `debate bundle new`. This folder is everything `debate` needs to argue about the text:

    - `\(textFile)`: the text, copied unchanged. Students see its sentences quoted verbatim
      with refs such as `¶2.3` (`debate text --bundle .` lists them).
    - `\(TextBundle.mapFileName)`: the argument map, **drafted** (\(claims) claims): one claim for
      each sentence that seemed to carry the argument, every one marked `position: holds`, with
      vocabulary drafted from the text and from WordNet. It names the text by file name and
      SHA-256, so if you edit the text, update `sha256` (`sha256sum \(textFile)`), or draft
      the map again with `debate map draft --bundle . -o \(TextBundle.mapFileName)` (which
      replaces your edits).
    - `\(TextBundle.draftScenarioFileName)`: one drafted scenario about the claim `\(motion.id)`.
      Every other `.yaml` file you add here is a scenario too.

    ## What to do by hand

    1. Read each claim in the map; rewrite `statement` as a short proposition, and delete the
       claims that are not worth debating.
    2. Where the text reports a view it argues against, add that view as a claim with
       `position: rejects`, and `attacks: [ID]` from the claim that answers it.
    3. Add `deny` words (how a student says the opposite) and `affirm` words; prune the drafted
       `topic` words, the WordNet ones first.
    4. Check after every edit: `debate check --bundle .`

    ## Using it

        debate --bundle .                    # debate at the prompt
        debate ask --bundle . "your argument"
        debate map --bundle .                # the whole map
        debate play --bundle . first-debate  # the drafted scenario
        debate check --bundle .              # every file, against this text

    """
  }
}
