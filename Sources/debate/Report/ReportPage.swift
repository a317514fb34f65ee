import DebateEngine
import Foundation

/// The class report in each format; one function per format, the same figures in each.
struct ReportPage {
  let report: ClassReport
  /// Files that were not transcripts, with the reason, named in the report too.
  let skipped: [(file: String, reason: String)]

  var studentCount: Int { report.students.count }
  var turnCount: Int { report.students.map(\.turns).reduce(0, +) }

  /// `12 transcripts, 10 students, 84 student turns`.
  var headline: String {
    "\(report.transcripts) transcript\(report.transcripts == 1 ? "" : "s"), \(studentCount) student\(studentCount == 1 ? "" : "s"), \(turnCount) student turn\(turnCount == 1 ? "" : "s")"
  }

  func coverage(_ student: ClassReport.StudentFigures) -> Int {
    report.claimCount == 0
      ? 0 : (100 * student.claimsEngaged.count + report.claimCount / 2) / report.claimCount
  }

  static func refs(_ evidence: [ClassReport.RefCount]) -> String {
    evidence.isEmpty ? "none" : evidence.map { "\($0.ref) (\($0.students))" }.joined(separator: ", ")
  }

  func markdown() -> String {
    var out = ["# Class report" + (report.title.map { ": \($0)" } ?? ""), "", headline + "."]
    if !skipped.isEmpty {
      out += ["", "Skipped (not read):"] + skipped.map { "- `\($0.file)`: \($0.reason)" }
    }
    out += [
      "", "## Claims", "",
      "Students per claim of the map; evidence: the sentences quoted in answer, with how many students met each.",
      "",
      "| Claim | The essay says | Engaged | Sided with the essay | Argued against | Only asked | Evidence met |",
      "|---|---|---:|---:|---:|---:|---|",
    ]
    for claim in report.claims {
      out.append(
        "| `\(claim.claimID)` | \(cell(claim.gist.essay)) | \(claim.engaged) | \(claim.sidedWith) | \(claim.against) | \(claim.askedOnly) | \(Self.refs(claim.evidence)) |"
      )
    }
    out += [
      "", "## Students", "",
      "| Student | Transcripts | Turns | Claims engaged | Coverage | Sided with | Argued against | Unplaced | Corrected |",
      "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for student in report.students {
      out.append(
        "| \(cell(student.name)) | \(student.transcripts) | \(student.turns) | \(student.claimsEngaged.count) | \(coverage(student))% | \(student.sidedWith) | \(student.against) | \(student.unplaced) | \(student.corrected) |"
      )
    }
    let flagged = report.students.filter { !$0.flagged.isEmpty }
    if !flagged.isEmpty {
      out += ["", "### Turns to look at", ""]
      for student in flagged {
        for turn in student.flagged {
          let place = turn.scenario.map { " in `\($0)`" } ?? ""
          out.append("- \(student.name)\(place), \(turn.reason.rawValue): “\(turn.text)”")
        }
      }
    }
    out += ["", "## Arguments made against the essay", ""]
    if report.keyPoints.isEmpty { out.append("No student argued against the essay.") }
    for group in report.keyPoints {
      out += [
        "### `\(group.claimID)`: \(group.gist.against) (\(group.students) student\(group.students == 1 ? "" : "s"))",
        "", "The essay: \(group.gist.essay).", "",
      ]
      for point in group.points {
        let key = point.phrase.map { "*\($0)*" } ?? "*other*"
        out.append(
          "- \(key), \(point.students) student\(point.students == 1 ? "" : "s") (\(point.turns) turn\(point.turns == 1 ? "" : "s")): “\(point.example)”"
        )
      }
      out.append("")
    }
    return out.joined(separator: "\n") + "\n"
  }

  private func cell(_ text: String) -> String { text.replacingOccurrences(of: "|", with: "\\|") }

  /// The figures as data: the same counts as the Markdown and HTML pages.
  func json() -> String {
    let object: [String: Any] = [
      "title": report.title ?? NSNull(), "transcripts": report.transcripts, "students": studentCount,
      "studentTurns": turnCount, "claimCount": report.claimCount,
      "skipped": skipped.map { ["file": $0.file, "reason": $0.reason] },
      "claims": report.claims.map { claim -> [String: Any] in
        [
          "claim": claim.claimID, "essay": claim.gist.essay, "against": claim.gist.against,
          "engaged": claim.engaged, "sidedWith": claim.sidedWith, "arguedAgainst": claim.against,
          "onlyAsked": claim.askedOnly, "turns": claim.turns,
          "evidence": claim.evidence.map { ["ref": $0.ref, "students": $0.students] },
        ]
      },
      "perStudent": report.students.map { student -> [String: Any] in
        [
          "student": student.name, "transcripts": student.transcripts, "turns": student.turns,
          "claimsEngaged": student.claimsEngaged, "coverage": coverage(student),
          "sidedWith": student.sidedWith, "arguedAgainst": student.against, "unplaced": student.unplaced,
          "corrected": student.corrected,
          "flagged": student.flagged.map { turn -> [String: Any] in
            ["reason": turn.reason.rawValue, "text": turn.text, "scenario": turn.scenario ?? NSNull()]
          },
        ]
      },
      "keyPoints": report.keyPoints.map { group -> [String: Any] in
        [
          "claim": group.claimID, "against": group.gist.against, "students": group.students,
          "points": group.points.map { point -> [String: Any] in
            [
              "phrase": point.phrase ?? NSNull(), "example": point.example, "students": point.students,
              "turns": point.turns, "arguments": point.arguments,
            ]
          },
        ]
      },
    ]
    let data =
      (try? JSONSerialization.data(
        withJSONObject: object, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]))
      ?? Data("{}".utf8)
    return String(decoding: data, as: UTF8.self) + "\n"
  }
}
