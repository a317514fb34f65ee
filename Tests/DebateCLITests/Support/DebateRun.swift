import Foundation
import Subprocess

#if canImport(System)
  import System
#else
  import SystemPackage
#endif

/// Runs the built `debate` binary the way a person or a script would, for end-to-end tests,
/// through swift-subprocess (which feeds and drains the three pipes at once).
///
///     let result = try await DebateRun.run(["text", "--ref", "2.5"])
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

  /// More output than any test reads; past it the run fails rather than filling memory.
  static let outputLimit = 256 << 20

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

  /// A copy of the built binary at `url`, written through a descriptor that closes on `exec`.
  ///
  /// `FileManager.copyItem` leaves its descriptor open across a `fork`: a child that another
  /// test starts at that moment keeps the copy open for writing, and running the copy then
  /// fails with "Text file busy".
  static func copyBinary(to url: URL) throws {
    let bytes = try Data(contentsOf: binary)
    let descriptor = open(url.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o755)
    guard descriptor >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
    defer { close(descriptor) }
    var written = 0
    while written < bytes.count {
      let count = bytes.withUnsafeBytes { raw in
        write(descriptor, raw.baseAddress.map { $0 + written }, bytes.count - written)
      }
      guard count > 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
      written += count
    }
  }

  /// Runs `debate` with `args`.
  static func run(
    _ args: [String], stdin: String? = nil, environment: [String: String] = [:]
  ) async throws -> Result {
    try await run(binary, args, stdin: stdin, environment: environment)
  }

  /// Runs any `executable`, optionally in another working folder.
  static func run(
    _ executable: URL, _ args: [String], stdin: String? = nil,
    environment: [String: String] = [:], in folder: URL? = nil
  ) async throws -> Result {
    var overrides: [Environment.Key: String?] = [:]
    for (name, value) in environment {
      if let key = Environment.Key(rawValue: name) { overrides[key] = value }
    }
    // Standard input comes from a file, not a pipe: a child that exits without reading it
    // (`debate text --ref title` with 1 MB of input) must not fail the write, which makes
    // swift-subprocess 1.0.2 stop the test process ("FileDescriptor … was not closed").
    let inputFile = FileManager.default.temporaryDirectory.appending(path: "stdin-\(UUID().uuidString)")
    try Data((stdin ?? "").utf8).write(to: inputFile)
    defer { try? FileManager.default.removeItem(at: inputFile) }
    let input = try FileDescriptor.open(FilePath(inputFile.path), .readOnly)
    let result = try await Subprocess.run(
      .path(FilePath(executable.path)), arguments: Arguments(args),
      environment: .inherit.updating(overrides), workingDirectory: folder.map { FilePath($0.path) },
      input: .fileDescriptor(input, closeAfterSpawningProcess: true), output: .bytes(limit: outputLimit),
      error: .bytes(limit: outputLimit))
    let status: Int32 =
      switch result.terminationStatus {
      case .exited(let code): code
      case .signaled(let signal): signal
      }
    return Result(
      stdout: String(decoding: result.standardOutput, as: UTF8.self),
      stderr: String(decoding: result.standardError, as: UTF8.self), status: status)
  }
}
