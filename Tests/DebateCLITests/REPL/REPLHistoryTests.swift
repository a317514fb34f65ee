import Foundation
import Testing

/// The history file in the cases a shell's history meets: two sessions at once, permissions,
/// symlinks, leftovers of a killed session, a file over the cap.
@Suite(.serialized)
struct REPLHistoryTests {
  let state = REPLTerminalTests.StateFolder()

  var folder: String { state.path + "/state/debate" }

  func makeFolder() throws {
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
  }

  func saved() throws -> [String] {
    try String(contentsOfFile: state.historyPath, encoding: .utf8).split(separator: "\n").map(String.init)
  }

  func enter(_ line: String, in run: PseudoTerminalRun) throws {
    try run.send(line + "\r")
    try run.waitForPrompt()
  }

  func finish(_ run: PseudoTerminalRun) throws {
    try run.send("\u{04}")
    #expect(try run.waitForExit() == 0)
  }

  /// Permissions only bind a user other than root: as root, run `debate` as nobody.
  func unprivileged() throws -> [String] {
    guard getuid() == 0 else { return [] }
    for path in [state.path, state.path + "/state", folder] { chown(path, 65534, 65534) }
    return ["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]
  }

  @Test func twoSessionsOnOneHistoryKeepEachOthersLines() throws {
    let first = try state.start()
    let second = try state.start()
    try enter("/claims", in: first)
    try enter("/help", in: second)
    try enter("/scenarios", in: first)
    try finish(first)
    try finish(second)
    #expect(try saved() == ["_HiStOrY_V2_", "/claims", "/help", "/scenarios"])
  }

  @Test func aReadOnlyFolderIsReportedWithItsReason() throws {
    try makeFolder()
    let launcher = try unprivileged()
    chmod(folder, 0o500)
    defer { chmod(folder, 0o700) }
    let run = try state.start(launcher: launcher)
    try enter("/claims", in: run)
    try finish(run)
    #expect(run.text.contains("cannot save the history to \(state.historyPath): Permission denied"))
    #expect(run.text.components(separatedBy: "warning:").count == 2)
  }

  @Test func aHistoryThatCannotBeReadIsReportedAndLeftAlone() throws {
    try makeFolder()
    let content = "_HiStOrY_V2_\n/claims\n"
    try content.write(toFile: state.historyPath, atomically: false, encoding: .utf8)
    let launcher = try unprivileged()
    chown(state.historyPath, 65534, 65534)
    chmod(state.historyPath, 0o200)
    let run = try state.start(launcher: launcher)
    try enter("/help", in: run)
    try finish(run)
    #expect(run.text.contains("cannot read the history in \(state.historyPath): Permission denied"))
    #expect(!FileManager.default.fileExists(atPath: state.historyPath + ".bad"))
    chmod(state.historyPath, 0o600)
    #expect(try saved() == ["_HiStOrY_V2_", "/claims"])
  }

  @Test func anEarlierBadFileIsNeverOverwritten() throws {
    try makeFolder()
    try "first bad file".write(toFile: state.historyPath + ".bad", atomically: false, encoding: .utf8)
    try "second bad file".write(toFile: state.historyPath, atomically: false, encoding: .utf8)
    let run = try state.start()
    #expect(run.text.contains("moved it to \(state.historyPath).bad.1"))
    try finish(run)
    #expect(try String(contentsOfFile: state.historyPath + ".bad", encoding: .utf8) == "first bad file")
    #expect(try String(contentsOfFile: state.historyPath + ".bad.1", encoding: .utf8) == "second bad file")
  }

  @Test func aSymlinkedHistoryIsWrittenThroughTheLink() throws {
    try makeFolder()
    try FileManager.default.createDirectory(
      atPath: state.path + "/dotfiles", withIntermediateDirectories: true)
    try "_HiStOrY_V2_\n/claims\n".write(
      toFile: state.path + "/dotfiles/history", atomically: false, encoding: .utf8)
    try FileManager.default.createSymbolicLink(
      atPath: state.historyPath, withDestinationPath: "../../dotfiles/history")
    let run = try state.start()
    try enter("/help", in: run)
    try finish(run)
    let link = try FileManager.default.destinationOfSymbolicLink(atPath: state.historyPath)
    #expect(link == "../../dotfiles/history")
    let written = try String(contentsOfFile: state.path + "/dotfiles/history", encoding: .utf8)
    #expect(written == "_HiStOrY_V2_\n/claims\n/help\n")
  }

  @Test func temporaryFilesOfKilledSessionsAreRemoved() throws {
    try makeFolder()
    // A finished child's PID: no process has it (PIDs are not reused this soon).
    let child = Process()
    child.executableURL = URL(fileURLWithPath: "/bin/true")
    try child.run()
    child.waitUntilExit()
    let stale = folder + "/.history.\(child.processIdentifier).tmp"
    let live = folder + "/.history.\(getpid()).tmp"
    for path in [stale, live] {
      _ = FileManager.default.createFile(atPath: path, contents: Data("_HiStOrY_V2_\n".utf8))
    }
    let run = try state.start()
    try finish(run)
    #expect(!FileManager.default.fileExists(atPath: stale))
    #expect(FileManager.default.fileExists(atPath: live))  // a running session's save in progress
  }

  @Test func aHistoryOverTheCapIsCutWithOneNotice() throws {
    try makeFolder()
    let lines = (0..<1500).map { "turn\\040\($0)" }
    try ("_HiStOrY_V2_\n" + lines.joined(separator: "\n") + "\n")
      .write(toFile: state.historyPath, atomically: false, encoding: .utf8)
    let run = try state.start()
    #expect(run.text.components(separatedBy: "warning:").count == 2)
    #expect(run.text.contains("has 1500 lines, more than the 1000 kept; the oldest 500 will be dropped"))
    try enter("/claims", in: run)
    try finish(run)
    let kept = try saved()
    #expect(kept.count == 1001)
    #expect(kept[1] == "turn\\040501")
    #expect(kept.last == "/claims")
  }
}
