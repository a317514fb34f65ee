import Testing

/// A mistyped subcommand is named with the nearest one, not answered with the REPL's usage.
struct SubcommandTypoTests {
  @Test func aTypoSuggestsTheSubcommand() throws {
    let result = try DebateRun.run(["plya"])
    #expect(result.status == 1)
    #expect(result.stderr == "debate: unknown subcommand 'plya', did you mean 'play'?\n")
    #expect(result.stdout.isEmpty)
  }

  @Test func aWordNearNothingListsTheSubcommands() throws {
    let result = try DebateRun.run(["xyzzy"])
    #expect(result.status == 1)
    #expect(
      result.stderr.hasPrefix("debate: unknown subcommand 'xyzzy'; the subcommands are repl, text, ask, play")
    )
  }

  @Test func aSentenceIsPointedToAsk() throws {
    let result = try DebateRun.run(["China and Russia are allies"])
    #expect(result.status == 1)
    #expect(
      result.stderr
        == "debate: 'China and Russia are allies' is not a subcommand; to answer one turn, use: debate ask \"China and Russia are allies\"\n"
    )
  }

  @Test func optionsAndRealSubcommandsAreUntouched() throws {
    #expect(try DebateRun.run(["text", "--ref", "2.5"]).status == 0)
    #expect(try DebateRun.run(["--no-color"], stdin: "").status == 0)
  }
}

/// `/text` in a pipe: every label in one column, `subtitle` as well as `¶2.5`.
struct TextCommandLabelTests {
  @Test func textLabelsAlign() throws {
    let result = try DebateRun.run([], stdin: "/text\n")
    let lines = result.stdout.split(separator: "\n").filter {
      $0.hasPrefix("¶") || $0.hasPrefix("title") || $0.hasPrefix("subtitle") || $0.hasPrefix("caption")
    }
    #expect(lines.count > 18)
    let columns = Set(
      lines.map { line in
        // Where the text starts: after the label and its padding.
        line.distance(
          from: line.startIndex,
          to: line.firstIndex(of: " ").map { i in line[i...].firstIndex { $0 != " " } ?? i } ?? line.endIndex)
      })
    #expect(columns.count == 1, "\(lines.prefix(4))")
  }
}
