import Yams

/// How an argument map names the text it was written for: the file's name and a SHA-256 of
/// its content, so a map checked against another text is refused, not silently misread.
///
/// In YAML: `text: {file: axis-essay.txt, sha256: 3b1f…}`. The hash is of the text's UTF-8
/// bytes without a byte-order mark: what `sha256sum FILE` prints for a file without one.
public struct TextIdentity: Hashable, Sendable {
  public var file: String
  public var sha256: String

  public init(file: String, sha256: String) {
    self.file = file
    self.sha256 = sha256
  }

  /// The identity of `corpus` stored under the file name `file`.
  public init(file: String, corpus: Corpus) {
    self.init(file: file, sha256: Self.digest(of: corpus))
  }

  /// The `text:` a map's YAML names, read without loading the map (to find a bundle's text).
  public static func named(inMap source: String) -> TextIdentity? {
    guard let root = try? Yams.compose(yaml: source), let text = root.mapping?["text"]?.mapping,
      let file = text["file"]?.string, let hash = text["sha256"]?.string
    else { return nil }
    return TextIdentity(file: file, sha256: hash)
  }

  /// The content hash of a text, as a map names it.
  public static func digest(of corpus: Corpus) -> String { SHA256.hex(corpus.source.utf8) }
}

/// A bundle: one folder holding a text, its argument map (which names the text by file name
/// and hash) and its scenarios (every other `.yaml` file). The shipped essay is one: the
/// repository's `scenarios/` folder.
public enum TextBundle {
  public static let mapFileName = ArgumentMap.builtInFileName
  public static let readmeFileName = "README.md"
  /// The one scenario `debate bundle new` drafts.
  public static let draftScenarioFileName = "first-debate.yaml"
}
