import ArgumentParser
import DebateEngine
import Foundation

/// `debate map`: `show` (the default) and `draft`.
struct MapGroupCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "map",
    abstract: "Show the argument map whole, or draft one for another text.",
    subcommands: [MapCommand.self, MapDraftCommand.self],
    defaultSubcommand: MapCommand.self)
}

/// `debate map [show]`: the whole argument map as an outline, a picture or a standard format,
/// and after a debate (`--transcript`) what stands.
struct MapCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "show",
    abstract: "Show the argument map whole: an outline, Argdown, AIF, a Graphviz picture, JSON.",
    discussion: """
      With --transcript (a JSON transcript from /save or debate play --transcript), each claim \
      gets its status after that debate under grounded semantics (stands, open, falls) and why. \
      svg and png are drawn by Graphviz's dot. i23 is the debate's argumentation framework in \
      the ICCMA 2023 format. Without --format, the extension of -o decides, else outline. \
      'debate map draft' drafts a map for another text.
      """)

  enum Format: String, ExpressibleByArgument, CaseIterable {
    case outline, argdown, aif, dot, svg, png, json, i23
  }

  @OptionGroup var engine: EngineOptions

  @Option(name: .long, help: "outline, argdown, aif, dot, svg, png, json or i23.")
  var format: Format?

  @Option(name: .long, help: "A JSON transcript: show what stands after that debate.", completion: .file())
  var transcript: String?

  @Option(name: [.short, .customLong("output")], help: "Write to this file instead of standard output.")
  var output: String?

  func run() throws {
    let corpus = try engine.loadCorpus()
    let map = try engine.loadMap(for: corpus)
    guard !map.claims.isEmpty else {
      throw CommandFailure("this text has no argument map to show; give one with --map FILE")
    }
    let debate = try transcript.map {
      try TranscriptFormat.decode(try readFile($0, limit: 16 << 20), path: $0)
    }
    let chosen =
      format ?? output.flatMap { Format(rawValue: URL(fileURLWithPath: $0).pathExtension.lowercased()) }
    let width = Terminal.standardOutput.isInteractive && output == nil ? Terminal.standardOutput.columns : 100
    let bytes = try Self.render(
      MapView(map: map, corpus: corpus, transcript: debate), as: chosen ?? .outline, width: width)
    if let output {
      do { try bytes.write(to: URL(fileURLWithPath: output), options: .atomic) } catch {
        throw CommandFailure("cannot write \(output): \(error.localizedDescription)")
      }
    } else {
      FileHandle.standardOutput.write(bytes)
    }
  }

  /// The map in `format`; text formats end with a newline.
  static func render(_ view: MapView, as format: Format, width: Int) throws -> Data {
    switch format {
    case .outline: Data((MapOutline(view: view, width: width).render() + "\n").utf8)
    case .argdown: Data(view.argdown().utf8)
    case .aif: Data(view.aif().utf8)
    case .json: Data(view.json().utf8)
    case .dot: Data(view.dot().utf8)
    case .svg, .png: try Graphviz.render(view.dot(), format: format.rawValue)
    case .i23: Data(ICCMAFormat.i23(view.debate.framework, names: true).utf8)
    }
  }
}
