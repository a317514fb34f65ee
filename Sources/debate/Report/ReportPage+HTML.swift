import DebateEngine

/// The class report as one self-contained HTML page: inline style, inline SVG bar charts, no
/// script and nothing fetched from the network, so it opens anywhere and prints as it shows.
///
/// Every figure also stands in the page as data (`data-claim`, `data-figure`, `data-value`), so
/// a test can read the counts from the DOM a browser built.
extension ReportPage {
  func html() -> String {
    var out = [
      "<!DOCTYPE html>", "<html lang=\"en\">", "<head>", "<meta charset=\"utf-8\">",
      "<title>Class report\(report.title.map { ": " + escape($0) } ?? "")</title>", "<style>", Self.style,
      "</style>", "</head>", "<body>",
      "<h1>Class report\(report.title.map { ": <em>" + escape($0) + "</em>" } ?? "")</h1>",
      "<p class=\"headline\">\(escape(headline)).</p>",
    ]
    if !skipped.isEmpty {
      out.append("<p>Skipped (not read):</p><ul class=\"skipped\">")
      out += skipped.map { "<li><code>\(escape($0.file))</code>: \(escape($0.reason))</li>" }
      out.append("</ul>")
    }
    out += ["<h2>Claims</h2>", chart(), claimTable(), "<h2>Students</h2>", studentTable()]
    out += flaggedList()
    out.append("<h2>Arguments made against the essay</h2>")
    if report.keyPoints.isEmpty { out.append("<p>No student argued against the essay.</p>") }
    for group in report.keyPoints {
      out.append(
        "<section class=\"keypoints\" data-claim=\"\(escape(group.claimID))\" data-students=\"\(group.students)\">"
      )
      out.append(
        "<h3><code>\(escape(group.claimID))</code>: \(escape(group.gist.against)) (\(group.students) student\(group.students == 1 ? "" : "s"))</h3>"
      )
      out.append("<p class=\"essay\">The essay: \(escape(group.gist.essay)).</p><ul>")
      for point in group.points {
        out.append(
          "<li data-phrase=\"\(escape(point.phrase ?? ""))\" data-students=\"\(point.students)\"><em>\(escape(point.phrase ?? "other"))</em>, \(point.students) student\(point.students == 1 ? "" : "s") (\(point.turns) turn\(point.turns == 1 ? "" : "s")): “\(escape(point.example))”</li>"
        )
      }
      out.append("</ul></section>")
    }
    out += ["</body>", "</html>"]
    return out.joined(separator: "\n") + "\n"
  }

  /// Horizontal bars per claim: students who engaged it, sided with the essay, argued against.
  private func chart() -> String {
    let rowHeight = 46, labelWidth = 190, barWidth = 520, top = 34
    // The longest bar is the most engaged claim, so a class that argued little still shows.
    let scale = max(1, report.claims.map(\.engaged).max() ?? 0)
    let height = top + rowHeight * report.claims.count + 10
    var svg = [
      "<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" width=\"\(labelWidth + barWidth + 60)\" height=\"\(height)\" role=\"img\" aria-label=\"Students per claim\">",
      "<g class=\"legend\" font-size=\"12\">",
      "<rect x=\"\(labelWidth)\" y=\"8\" width=\"12\" height=\"12\" class=\"engaged\"/><text x=\"\(labelWidth + 16)\" y=\"18\">engaged</text>",
      "<rect x=\"\(labelWidth + 90)\" y=\"8\" width=\"12\" height=\"12\" class=\"with\"/><text x=\"\(labelWidth + 106)\" y=\"18\">sided with the essay</text>",
      "<rect x=\"\(labelWidth + 250)\" y=\"8\" width=\"12\" height=\"12\" class=\"against\"/><text x=\"\(labelWidth + 266)\" y=\"18\">argued against</text>",
      "<text x=\"\(labelWidth + 380)\" y=\"18\">of \(studentCount) students</text>", "</g>",
    ]
    for (row, claim) in report.claims.enumerated() {
      let y = top + row * rowHeight
      svg.append("<g class=\"claim\" data-claim=\"\(escape(claim.claimID))\">")
      svg.append(
        "<text x=\"\(labelWidth - 8)\" y=\"\(y + 24)\" text-anchor=\"end\" font-size=\"13\">\(escape(claim.claimID))</text>"
      )
      for (index, (figure, value)) in [
        ("engaged", claim.engaged), ("with", claim.sidedWith), ("against", claim.against),
      ]
      .enumerated() {
        let width = value * barWidth / scale
        let barY = y + 4 + index * 13
        svg.append(
          "<rect class=\"\(figure)\" data-figure=\"\(figure)\" data-value=\"\(value)\" x=\"\(labelWidth)\" y=\"\(barY)\" width=\"\(width)\" height=\"11\"/>"
        )
        svg.append(
          "<text x=\"\(labelWidth + width + 4)\" y=\"\(barY + 10)\" font-size=\"11\">\(value)</text>")
      }
      svg.append("</g>")
    }
    svg.append("</svg>")
    return svg.joined(separator: "\n")
  }

  private func claimTable() -> String {
    var rows = [
      "<table class=\"claims\">",
      "<tr><th>Claim</th><th>The essay says</th><th>Engaged</th><th>Sided with the essay</th><th>Argued against</th><th>Only asked</th><th>Evidence met (students)</th></tr>",
    ]
    for claim in report.claims {
      let id = escape(claim.claimID)
      let cells = [
        ("engaged", claim.engaged), ("with", claim.sidedWith), ("against", claim.against),
        ("asked", claim.askedOnly),
      ]
      .map { "<td class=\"n\" data-claim=\"\(id)\" data-figure=\"\($0.0)\">\($0.1)</td>" }.joined()
      rows.append(
        "<tr><td><code>\(id)</code></td><td>\(escape(claim.gist.essay))</td>\(cells)<td>\(escape(Self.refs(claim.evidence)))</td></tr>"
      )
    }
    rows.append("</table>")
    return rows.joined(separator: "\n")
  }

  private func studentTable() -> String {
    var rows = [
      "<table class=\"students\">",
      "<tr><th>Student</th><th>Transcripts</th><th>Turns</th><th>Claims engaged</th><th>Coverage</th><th>Sided with</th><th>Argued against</th><th>Unplaced</th><th>Corrected</th></tr>",
    ]
    for student in report.students {
      let name = escape(student.name)
      let figures = [
        ("transcripts", "\(student.transcripts)"), ("turns", "\(student.turns)"),
        ("claims", "\(student.claimsEngaged.count)"), ("coverage", "\(coverage(student))%"),
        ("with", "\(student.sidedWith)"), ("against", "\(student.against)"),
        ("unplaced", "\(student.unplaced)"),
        ("corrected", "\(student.corrected)"),
      ]
      let cells = figures.map {
        "<td class=\"n\" data-student=\"\(name)\" data-figure=\"\($0.0)\">\($0.1)</td>"
      }
      rows.append("<tr><td>\(name)</td>\(cells.joined())</tr>")
    }
    rows.append("</table>")
    return rows.joined(separator: "\n")
  }

  private func flaggedList() -> [String] {
    let flagged = report.students.filter { !$0.flagged.isEmpty }
    guard !flagged.isEmpty else { return [] }
    var out = ["<h3>Turns to look at</h3>", "<ul class=\"flagged\">"]
    for student in flagged {
      for turn in student.flagged {
        let place = turn.scenario.map { " in <code>\(escape($0))</code>" } ?? ""
        out.append(
          "<li data-student=\"\(escape(student.name))\" data-reason=\"\(turn.reason.rawValue)\">\(escape(student.name))\(place), \(turn.reason.rawValue): “\(escape(turn.text))”</li>"
        )
      }
    }
    out.append("</ul>")
    return out
  }

  private func escape(_ text: String) -> String {
    var out = ""
    for character in text {
      switch character {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      default: out.append(character)
      }
    }
    return out
  }

  static let style = """
    body { font-family: "DejaVu Sans", Helvetica, Arial, sans-serif; margin: 2em auto; max-width: 60em; color: #222; }
    h1 { font-size: 1.5em; } h2 { margin-top: 1.6em; border-bottom: 1px solid #ccc; }
    table { border-collapse: collapse; margin: 1em 0; font-size: 0.9em; }
    th, td { border: 1px solid #ccc; padding: 0.25em 0.5em; vertical-align: top; }
    th { background: #f3f3f3; } td.n { text-align: right; }
    svg.chart rect.engaged { fill: #9e9e9e; } svg.chart rect.with { fill: #1f77b4; }
    svg.chart rect.against { fill: #e6550d; }
    .keypoints li { margin: 0.3em 0; } .essay { color: #555; }
    """
}
