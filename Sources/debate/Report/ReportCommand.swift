import ArgumentParser
import DebateEngine
import Foundation

/// `debate report FILE...`: what a class argued, from the JSON transcripts its students saved.
struct ReportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "report",
    abstract: "A teacher's report on a class, from the students' saved JSON transcripts.",
    discussion: """
      Reads transcripts saved by /save FILE.json or play --transcript FILE.json (free debates \
      and scenarios). Per claim: how many students engaged it, sided with and against the \
      essay, and which evidence they met; per student: coverage and the turns the engine could \
      not place or the student corrected; the arguments most often made against the essay, \
      grouped by claim. The student is the transcript's 'student' field, else its file name. \
      A file that is not a transcript is named on standard error and skipped.
      """)

  enum Format: String, ExpressibleByArgument, CaseIterable { case markdown, json, html }

  @OptionGroup var engine: EngineOptions

  @Option(name: .long, help: "Output format: markdown, json or html (one self-contained page).")
  var format: Format = .markdown

  @Option(name: [.short, .long], help: "Write the report to this file instead of standard output.")
  var output: String?

  @Argument(
    help: "The transcripts, saved as JSON, or folders of them (each .json file in it).",
    completion: .file(extensions: ["json"]))
  var files: [String]

  func validate() throws {
    if files.isEmpty { throw ValidationError("name the transcripts to report on (FILE.json …)") }
  }

  /// A folder stands for the `.json` files in it, in name order; anything else for itself.
  static func expanding(_ path: String) -> [String] {
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue,
      let names = try? FileManager.default.contentsOfDirectory(atPath: path)
    else { return [path] }
    let folder = path.hasSuffix("/") ? path : path + "/"
    return names.filter { $0.lowercased().hasSuffix(".json") }.sorted().map { folder + $0 }
  }

  func run() throws {
    let map = try engine.loadMap(for: try engine.loadCorpus())
    var debates: [ClassReport.Debate] = []
    var skipped: [(file: String, reason: String)] = []
    for file in files.flatMap(Self.expanding) {
      do {
        debates.append(try ReportTranscript.read(file))
      } catch let failure as CommandFailure {
        skipped.append((file, failure.description))
        StandardOutput.error("debate: skipped \(file): \(failure)")
      }
    }
    let report = ClassReport(map: map, debates: debates)
    let page = ReportPage(report: report, skipped: skipped)
    let text =
      switch format {
      case .markdown: page.markdown()
      case .json: page.json()
      case .html: page.html()
      }
    if let output {
      try AtomicFile.write(text, to: output, overwrite: .replace)
    } else {
      try StandardOutput.write(text)
    }
    if debates.isEmpty { throw CommandFailure("no transcript could be read") }
  }
}
