import Foundation
import Synchronization
import Testing

/// Set once a child has exited and been reaped, so the watchdog never kills a reused pid.
private final class ExitFlag: Sendable {
  let value = Mutex(false)
}

/// Files and streams handled the way a careful command-line tool handles them: FIFOs and
/// devices refused, `--corpus -`, write errors reported, safe writes with any legal name.
struct FileHandlingTests {
  static func folder() throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appending(path: "files-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder
  }

  /// `debate ARGS`, killed after 10 s, so a command that blocks (on a FIFO, say) fails the test
  /// instead of hanging it. Output goes to files, so nothing waits on a pipe a killed child held.
  static func runBounded(_ args: [String], stdin: String? = nil) throws -> DebateRun.Result {
    let folder = try Self.folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let input = folder.appending(path: "in")
    let output = folder.appending(path: "out")
    let errors = folder.appending(path: "err")
    try Data((stdin ?? "").utf8).write(to: input)
    for file in [output, errors] { try Data().write(to: file) }
    let process = Process()
    process.executableURL = DebateRun.binary
    process.arguments = args
    process.standardInput = try FileHandle(forReadingFrom: input)
    process.standardOutput = try FileHandle(forWritingTo: output)
    process.standardError = try FileHandle(forWritingTo: errors)
    try process.run()
    let pid = process.processIdentifier
    let exited = ExitFlag()
    DispatchQueue.global().asyncAfter(deadline: .now() + 10) {
      exited.value.withLock { done in if !done { kill(pid, SIGKILL) } }
    }
    process.waitUntilExit()
    exited.value.withLock { $0 = true }
    return DebateRun.Result(
      stdout: try String(contentsOf: output, encoding: .utf8),
      stderr: try String(contentsOf: errors, encoding: .utf8),
      status: process.terminationStatus)
  }

  /// `debate ARGS > /dev/full`.
  static func runIntoFullDisk(_ args: [String], stdin: String? = nil) async throws -> DebateRun.Result {
    try await DebateRun.run(
      URL(fileURLWithPath: "/bin/sh"), ["-c", "exec \"$0\" \"$@\" >/dev/full", DebateRun.binary.path] + args,
      stdin: stdin)
  }

  @Test(arguments: [
    ["text", "--corpus", "FIFO"], ["ask", "--map", "FIFO", "hello"],
    ["play", "wedge-driving", "--answers", "FIFO"],
    ["replay", "FIFO"], ["check", "FIFO"],
  ])
  func aFIFOIsRefusedWithOneLine(_ args: [String]) throws {
    let folder = try Self.folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let fifo = folder.appending(path: "pipe.yaml").path
    #expect(mkfifo(fifo, 0o600) == 0)
    let result = try Self.runBounded(args.map { $0 == "FIFO" ? fifo : $0 })
    #expect(result.status == 1)
    #expect((result.stdout + result.stderr).contains("\(fifo)"))
    #expect((result.stdout + result.stderr).contains("it is a named pipe (FIFO), not a regular file"))
    if args[0] != "check" {
      #expect(result.stderr == "debate: cannot use \(fifo): it is a named pipe (FIFO), not a regular file\n")
    }
  }

  @Test func aFIFOInAScenarioFolderIsOneProblemAndTheOthersLoad() throws {
    let folder = try Self.folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    #expect(mkfifo(folder.appending(path: "stuck.yaml").path, 0o600) == 0)
    let result = try Self.runBounded(["play", "--list", "--scenarios", folder.path])
    #expect(result.status == 0)
    let check = try Self.runBounded(["check", "--scenarios", folder.path])
    #expect(check.status == 1)
    #expect(check.stdout.contains("stuck.yaml: error: it is a named pipe (FIFO), not a regular file"))
  }

  @Test func aDeviceIsRefused() throws {
    let result = try Self.runBounded(["text", "--corpus", "/dev/zero"])
    #expect(result.status == 1)
    #expect(result.stderr == "debate: cannot use /dev/zero: it is a device, not a regular file\n")
  }

  @Test func corpusDashReadsStandardInput() throws {
    let result = try Self.runBounded(
      ["text", "--corpus", "-"], stdin: "# Notes\n\nFirst point. Second point.\n")
    #expect(result.status == 0)
    #expect(result.stdout == "h1\tNotes\n¶1.1\tFirst point.\n¶1.2\tSecond point.\n")
    let ask = try Self.runBounded(["ask", "--corpus", "-"], stdin: "Some text. More text.\n")
    #expect(ask.status == 1)
    #expect(ask.stderr.contains("give the turn as an argument"))
  }

  @Test(arguments: [
    ["text"], ["ask", "China and Russia are allies"], ["play", "wedge-driving"], ["check"],
    ["play", "--list"],
  ])
  func aWriteErrorOnStandardOutputFailsLikeCoreutils(_ args: [String]) async throws {
    let result = try await Self.runIntoFullDisk(args)
    #expect(result.status == 1)
    #expect(result.stderr == "debate: write error: No space left on device\n")
  }

  @Test func askStopsAtTheFirstReplyItCannotWrite() async throws {
    let lines = String(repeating: "China and Russia are allies.\n", count: 50)
    let result = try await Self.runIntoFullDisk(["ask"], stdin: lines)
    #expect(result.status == 1)
    #expect(result.stderr == "debate: write error: No space left on device\n")
  }

  @Test func theREPLReportsAWriteErrorToo() async throws {
    let result = try await Self.runIntoFullDisk([], stdin: "China and Russia are allies.\n")
    #expect(result.status == 1)
    #expect(result.stderr.hasSuffix("debate: write error: No space left on device\n"))
  }

  @Test(arguments: [243, 250, 255])
  func aTranscriptNameUpToTheFileSystemLimitIsWritten(_ length: Int) async throws {
    let folder = try Self.folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let name = String(repeating: "t", count: length - 5) + ".json"
    let path = folder.appending(path: name).path
    let result = try await DebateRun.run(["play", "wedge-driving", "--transcript", path])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(FileManager.default.fileExists(atPath: path))
    let left = try FileManager.default.contentsOfDirectory(atPath: folder.path)
    #expect(left == [name])
  }

  @Test func aTildeInATranscriptPathIsHOME() async throws {
    let home = try Self.folder()
    defer { try? FileManager.default.removeItem(at: home) }
    let result = try await DebateRun.run(
      ["play", "wedge-driving", "--transcript", "~/saved.md"], environment: ["HOME": home.path])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(FileManager.default.fileExists(atPath: home.appending(path: "saved.md").path))
  }

  @Test func aTranscriptThatCannotBeWrittenFailsBeforeThePlayIsPrinted() async throws {
    let result = try await DebateRun.run([
      "play", "wedge-driving", "--transcript", "/nonexistent-folder/t.json",
    ])
    #expect(result.status == 1)
    #expect(result.stdout == "")
    #expect(
      result.stderr == "debate: cannot write /nonexistent-folder/t.json: no folder /nonexistent-folder\n")
  }
}
