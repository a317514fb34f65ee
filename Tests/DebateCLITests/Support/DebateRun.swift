import Foundation

/// Runs the built `debate` binary the way a person or a script would, for end-to-end tests.
///
///     let result = try DebateRun.run(["text", "--ref", "2.5"])
///     #expect(result.status == 0)
///     #expect(result.stdout.hasPrefix("¶2.5\t"))
///
/// Standard input is the given text, or empty (end of input at once) when there is none; the
/// environment is this process's with `environment` laid over it.
struct DebateRun {
  struct Result: Equatable, Sendable {
    var stdout: String
    var stderr: String
    /// The exit status, or the signal number when the program was killed by one.
    var status: Int32
  }

  /// Where `swift build` put `debate`: the products folder that also holds the tests.
  static let binary: URL = {
    let folders = [
      // Linux: the test runner is an executable in the products folder.
      URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent(),
      URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(),
      // macOS: the tests are a `.xctest` bundle in the products folder.
      Bundle.allBundles.first { $0.bundlePath.hasSuffix(".xctest") }?.bundleURL
        .deletingLastPathComponent(),
    ]
    for folder in folders.compactMap({ $0 }) {
      let url = folder.appending(path: "debate")
      if FileManager.default.isExecutableFile(atPath: url.path) { return url }
    }
    preconditionFailure("no built `debate` next to the tests; run `swift build` first")
  }()

  /// Starting children is serialized; see `ClosingPipe`.
  private static let launching: NSLock = {
    // A child that exits without reading its input must fail our write, not kill the tests.
    signal(SIGPIPE, SIG_IGN)
    return NSLock()
  }()

  /// Runs `debate` with `args`.
  static func run(
    _ args: [String], stdin: String? = nil, environment: [String: String] = [:]
  ) throws -> Result {
    try run(binary, args, stdin: stdin, environment: environment)
  }

  /// Runs any `executable`, optionally in another working folder.
  static func run(
    _ executable: URL, _ args: [String], stdin: String? = nil,
    environment: [String: String] = [:], in folder: URL? = nil
  ) throws -> Result {
    let process = Process()
    process.executableURL = executable
    process.arguments = args
    process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
    if let folder { process.currentDirectoryURL = folder }
    // Make the pipes and start the child under one lock: no other test can start a child
    // between `pipe` and `FD_CLOEXEC` and so inherit these descriptors.
    let (input, output, errors) = try launching.withLock {
      let pipes = (try ClosingPipe(), try ClosingPipe(), try ClosingPipe())
      process.standardInput = pipes.0.reading
      process.standardOutput = pipes.1.writing
      process.standardError = pipes.2.writing
      try process.run()
      return pipes
    }
    // The child has its own copies now; closing ours lets the readers see end of file.
    try input.reading.close()
    try output.writing.close()
    try errors.writing.close()

    // Feed and drain all three pipes at once, so neither side blocks on a full pipe.
    let group = DispatchGroup()
    let out = Collected(), err = Collected()
    DispatchQueue.global().async(group: group) {
      if let stdin { try? input.writing.write(contentsOf: Data(stdin.utf8)) }
      try? input.writing.close()
    }
    DispatchQueue.global().async(group: group) { out.data = output.reading.readDataToEndOfFile() }
    DispatchQueue.global().async(group: group) { err.data = errors.reading.readDataToEndOfFile() }
    group.wait()
    process.waitUntilExit()
    return Result(
      stdout: String(decoding: out.data, as: UTF8.self),
      stderr: String(decoding: err.data, as: UTF8.self), status: process.terminationStatus)
  }
}

/// A pipe whose two descriptors close on `exec`, so a child started by another test running
/// at the same time does not inherit them and keep this pipe open (its reader would then wait
/// for that other child to end). The child's own standard streams are `dup2` copies, which
/// stay open.
private struct ClosingPipe {
  let reading: FileHandle
  let writing: FileHandle

  init() throws {
    var fds: [Int32] = [0, 0]
    guard pipe(&fds) == 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
    for fd in fds { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
    reading = FileHandle(fileDescriptor: fds[0], closeOnDealloc: true)
    writing = FileHandle(fileDescriptor: fds[1], closeOnDealloc: true)
  }
}

/// Bytes filled in by one background reader; `DispatchGroup.wait` orders the write before use.
private final class Collected: @unchecked Sendable {
  var data = Data()
}
