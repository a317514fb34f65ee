import Foundation
import Testing

/// The end-to-end helper itself: input, output and status arrive whole, without hanging.
struct DebateRunTests {
  @Test func passesStandardInputThrough() async throws {
    let result = try await DebateRun.run(["text", "--corpus", "-"], stdin: "Hello there. Bye.\n")
    #expect(result == DebateRun.Result(stdout: "¶1.1\tHello there.\n¶1.2\tBye.\n", stderr: "", status: 0))
  }

  @Test func survivesAChildThatIgnoresItsInput() async throws {
    let input = String(repeating: "Unread input. ", count: 100_000)
    let result = try await DebateRun.run(["text", "--ref", "title"], stdin: input)
    #expect(result.status == 0)
    #expect(result.stdout.hasPrefix("title\t"))
  }

  @Test func collectsLargeOutputOnBothStreams() async throws {
    let shell = URL(fileURLWithPath: "/bin/sh")
    let script =
      "i=0; while [ $i -lt 4000 ]; do echo out$i......................; echo err$i >&2; i=$((i+1)); done; exit 3"
    let result = try await DebateRun.run(shell, ["-c", script])
    #expect(result.status == 3)
    #expect(result.stdout.split(separator: "\n").count == 4000)
    #expect(result.stderr.split(separator: "\n").count == 4000)
  }

  @Test func laysEnvironmentOverThisProcesses() async throws {
    let result = try await DebateRun.run(
      URL(fileURLWithPath: "/bin/sh"), ["-c", "echo $DEBATE_PROBE"], environment: ["DEBATE_PROBE": "yes"])
    #expect(result.stdout == "yes\n")
  }
}
