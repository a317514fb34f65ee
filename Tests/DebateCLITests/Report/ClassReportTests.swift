import Foundation
import Testing

/// `debate report` over a generated class of 30 transcripts, checked by an independent script,
/// in Markdown, JSON and HTML, and the HTML page as headless Chromium renders it.
@Suite(.serialized)
struct ClassReportTests {
  static let here = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  static let chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first {
    FileManager.default.isExecutableFile(atPath: $0)
  }
  static let required = ProcessInfo.processInfo.environment["DEBATE_REQUIRE_TOOLS"] == "1"

  /// What the students say: arguments for and against the essay, questions and off-topic turns.
  static let turns = [
    "China and Russia are allies.", "They are basically a military bloc, like NATO.",
    "Russia and China are not real allies.", "Their friendship has clear limits.",
    "The West can split Moscow from Beijing.", "Nobody could ever split Moscow from Beijing.",
    "A smart Western offer could pry Russia away from China.",
    "Beijing could be an honest broker in Ukraine.",
    "Beijing could mediate between Russia and Ukraine.", "China is no mediator, that is absurd.",
    "Axis is the wrong word for them.", "Axis is exactly the right word.",
    "Their partnership is about oil and gas, not ideology.",
    "The axis is about ideology.", "What does axis mean here?", "Why does the essay mention Iran?",
    "What is the capital of Australia?", "I like pizza.", "The unlimited friendship is real and sincere.",
    "The friendship is neither friendly nor unconditional.", "They are equals.",
    "Russia is the junior partner now.",
    "Relations have always been warm.", "They were enemies in the 1960s.",
    "Totalitarian regimes make good allies.",
  ]
  static let names = [
    "amara", "ben", "chloe", "diego", "dana", "farah", "gus", "hana", "ivan", "jade", "kofi", "lena", "mateo",
    "nadia", "omar", "priya", "quinn", "rosa", "sami", "tomas", "uma", "vera", "wei", "xavier", "yara", "zoe",
    "aiko", "bruno", "carla", "dmitri",
  ]
  static let scenarios = [
    "wedge-driving", "chinese-mediation", "alliance-or-not", "axis-framing", "unlimited-friendship",
  ]

  /// Thirty students' transcripts in `folder`: free debates through `/save` and scenarios through
  /// `play --transcript`, with a seeded mix of turns; two files are one student's (`student`).
  static func makeClass(in folder: URL) throws {
    var seed: UInt64 = 20_261_202
    func next(_ bound: Int) -> Int {
      seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((seed >> 33) % UInt64(bound))
    }
    for student in 1...30 {
      let name = names[student - 1]
      let path = folder.appending(path: "\(name).json").path
      let said = (0..<(2 + next(5))).map { _ in turns[next(turns.count)] }
      if student % 3 == 0 {
        let answers = folder.appending(path: "\(name).answers")
        try said.joined(separator: "\n").write(to: answers, atomically: true, encoding: .utf8)
        let scenario = scenarios[next(scenarios.count)]
        let run = try DebateRun.run(["play", scenario, "--answers", answers.path, "--transcript", path])
        #expect(run.status == 0, "\(run.stderr)")
        try FileManager.default.removeItem(at: answers)
      } else {
        let run = try DebateRun.run([], stdin: said.joined(separator: "\n") + "\n/save \(path)\n")
        #expect(run.status == 0, "\(run.stderr)")
      }
    }
    // Two files saved by one student, and one turn marked as corrected by its student.
    for (file, mark) in [("dana", false), ("gus", true)] {
      let url = folder.appending(path: "\(file).json")
      var object = try #require(
        try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
      object["student"] = "dana"
      if mark, var entries = object["entries"] as? [[String: Any]],
        let first = entries.firstIndex(where: { $0["role"] as? String == "student" })
      {
        entries[first]["corrected"] = true
        object["entries"] = entries
      }
      try JSONSerialization.data(withJSONObject: object).write(to: url)
    }
  }

  static func folder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appending(path: "debate-class-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  static func python(_ script: String, _ arguments: [String]) throws -> DebateRun.Result {
    try DebateRun.run(
      URL(fileURLWithPath: "/usr/bin/python3"), [here.appending(path: script).path] + arguments)
  }

  @Test func thirtyTranscriptsInThreeFormatsMatchAnIndependentCount() throws {
    let root = try Self.folder()
    let transcripts = root.appending(path: "class")
    try FileManager.default.createDirectory(at: transcripts, withIntermediateDirectories: true)
    try Self.makeClass(in: transcripts)
    let files = try FileManager.default.contentsOfDirectory(atPath: transcripts.path).sorted()
      .map { transcripts.appending(path: $0).path }
    #expect(files.count == 30)
    var outputs: [String: String] = [:]
    for format in ["json", "markdown", "html"] {
      let out = root.appending(path: "report.\(format)").path
      let run = try DebateRun.run(["report", "--format", format, "-o", out] + files)
      #expect(run.status == 0, "\(run.stderr)")
      #expect(run.stderr.isEmpty)
      outputs[format] = out
    }
    let markdown = try String(contentsOfFile: try #require(outputs["markdown"]), encoding: .utf8)
    // One self-contained page: nothing to fetch, nothing to run.
    let html = try String(contentsOfFile: try #require(outputs["html"]), encoding: .utf8)
    for outside in ["<script", "<link", "src=", "href=", "url(", "@import", "https:"] {
      #expect(!html.contains(outside), "the page refers outside itself: \(outside)")
    }
    // A folder stands for its transcripts: the same report.
    let fromFolder = try DebateRun.run(["report", "--format", "json", transcripts.path])
    #expect(fromFolder.stdout == (try String(contentsOfFile: outputs["json"] ?? "", encoding: .utf8)))
    #expect(markdown.contains("30 transcripts, 29 students,"))
    #expect(markdown.contains("## Arguments made against the essay"))
    #expect(markdown.contains("dana, corrected: "))
    let check = try Self.python(
      "check_report.py",
      [transcripts.path, outputs["json"] ?? "", outputs["markdown"] ?? "", outputs["html"] ?? ""])
    #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
    #expect(check.stdout.contains("and 29 students: 0 mismatches"), "\(check.stdout)")

    // The same page as a browser builds it, and as it looks.
    guard let chromium = Self.chromium else {
      #expect(!Self.required, "DEBATE_REQUIRE_TOOLS=1 but chromium is missing; `make test` installs it")
      return
    }
    let page = "file://" + (outputs["html"] ?? "")
    let browser = [
      "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
      "--user-data-dir=\(root.path)/chromium",
    ]
    let dom = try DebateRun.run(URL(fileURLWithPath: chromium), browser + ["--dump-dom", page])
    #expect(dom.status == 0)
    let domPath = root.appending(path: "dom.html")
    try dom.stdout.write(to: domPath, atomically: true, encoding: .utf8)
    let checkDOM = try Self.python(
      "check_report.py",
      [
        transcripts.path, outputs["json"] ?? "", outputs["markdown"] ?? "", outputs["html"] ?? "",
        domPath.path,
      ])
    #expect(checkDOM.status == 0, "\(checkDOM.stdout)")
    #expect(dom.stdout.contains("<svg class=\"chart\""))
    let png = root.appending(path: "report.png").path
    let shot = try DebateRun.run(
      URL(fileURLWithPath: chromium), browser + ["--window-size=1000,1400", "--screenshot=\(png)", page])
    #expect(shot.status == 0, "\(shot.stderr)")
    let pixels = try Self.python("check_png.py", [png, "1000", "1400"])
    #expect(pixels.status == 0, "\(pixels.stdout)\(pixels.stderr)")
    // `DEBATE_KEEP_CLASS=DIR` keeps the class and its reports, for the README's picture.
    if let keep = ProcessInfo.processInfo.environment["DEBATE_KEEP_CLASS"] {
      try? FileManager.default.removeItem(atPath: keep)
      try FileManager.default.moveItem(atPath: root.path, toPath: keep)
    } else {
      try? FileManager.default.removeItem(at: root)
    }
  }

  @Test func badTranscriptsAreNamedAndSkipped() throws {
    let root = try Self.folder()
    let good = root.appending(path: "ana.json").path
    _ = try DebateRun.run([], stdin: "China and Russia are allies.\n/save \(good)\n")
    let bad = root.appending(path: "bad.json").path
    try #"{"version":1,"entries":[{"role":"student","text":"x","stance":"maybe"}]}"#.write(
      toFile: bad, atomically: true, encoding: .utf8)
    let markdown = root.appending(path: "ana.md").path
    try "# Debate transcript\n".write(toFile: markdown, atomically: true, encoding: .utf8)
    let run = try DebateRun.run(["report", good, bad, markdown])
    #expect(run.status == 0)
    #expect(
      run.stderr.contains("debate: skipped \(bad): not a JSON transcript: entry 1: 'stance' is 'maybe'"))
    #expect(
      run.stderr.contains("debate: skipped \(markdown): it is a Markdown transcript; use the .json file"))
    #expect(run.stdout.contains("1 transcript, 1 student, 1 student turn."))
    #expect(run.stdout.contains("Skipped (not read):"))
    let none = try DebateRun.run(["report", bad])
    #expect(none.status == 1)
    #expect(none.stderr.hasSuffix("debate: no transcript could be read\n"))
  }

  /// The reworked transcript format: refs inside reply parts, a correction as a record, fields
  /// this version does not know.
  @Test func aLaterTranscriptFormatIsReadToo() throws {
    let root = try Self.folder()
    let file = root.appending(path: "later.json").path
    try #"""
    {"version":2,"engine":"x","summary":{"points":[]},"student":"eve","entries":[
     {"speaker":"Student","role":"student","text":"Beijing could broker peace.","claim":"mediator","stance":"disagree",
      "corrected":{"from":"agree"},"moves":["assert"]},
     {"speaker":"Essay","role":"essay","side":"essay","text":"…","claim":"mediator",
      "parts":[{"prose":"The essay says:"},{"quote":{"ref":"¶2.5","text":"…"}}]}]}
    """#.write(toFile: file, atomically: true, encoding: .utf8)
    let run = try DebateRun.run(["report", "--format", "json", file])
    #expect(run.status == 0, "\(run.stderr)")
    let report = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
    let claims = try #require(report["claims"] as? [[String: Any]])
    let mediator = try #require(claims.first { $0["claim"] as? String == "mediator" })
    #expect(mediator["arguedAgainst"] as? Int == 1)
    #expect((mediator["evidence"] as? [[String: Any]])?.first?["ref"] as? String == "¶2.5")
    let students = try #require(report["perStudent"] as? [[String: Any]])
    #expect(students.first?["student"] as? String == "eve")
    #expect(students.first?["corrected"] as? Int == 1)
  }

  @Test func theStudentIsTheFieldElseTheFileName() throws {
    let root = try Self.folder()
    let file = root.appending(path: "x.json").path
    try
      #"{"version":1,"student":"Zoé","entries":[{"speaker":"Student","role":"student","text":"China and Russia are allies.","refs":[],"claim":"alliance","stance":"disagree"}]}"#
      .write(toFile: file, atomically: true, encoding: .utf8)
    let plain = root.appending(path: "yann.json").path
    try #"{"version":1,"entries":[]}"#.write(toFile: plain, atomically: true, encoding: .utf8)
    let run = try DebateRun.run(["report", file, plain])
    #expect(run.stdout.contains("| Zoé | 1 | 1 | 1 |"))
    #expect(run.stdout.contains("| yann | 1 | 0 | 0 |"))
    #expect(run.stdout.contains("### `alliance`: they are allies (1 student)"))
  }
}
