import Foundation

/// Draws DOT with Graphviz's `dot` program (Debian's `graphviz`, which `make` installs).
enum Graphviz {
  /// The drawing of `dot` in `format` (`svg`, `png`), as bytes.
  static func render(_ dot: String, format: String) throws -> Data {
    guard let program = locate("dot") else {
      throw CommandFailure(
        "cannot draw the map as \(format): Graphviz's 'dot' is not installed (apt-get install graphviz, or make)"
      )
    }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: program)
    process.arguments = ["-T\(format)"]
    let input = Pipe()
    let output = Pipe()
    let errors = Pipe()
    process.standardInput = input
    process.standardOutput = output
    process.standardError = errors
    try process.run()
    // Write on another thread: a large drawing can fill the output pipe before dot has read its input.
    let source = Data(dot.utf8)
    let writer = Thread {
      input.fileHandleForWriting.write(source)
      try? input.fileHandleForWriting.close()
    }
    writer.start()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    let problem = errors.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
      let message = String(decoding: problem, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
      throw CommandFailure("dot failed (\(process.terminationStatus)): \(message)")
    }
    return data
  }

  static func locate(_ name: String) -> String? {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    for folder in path.split(separator: ":") + ["/usr/bin", "/usr/local/bin"] {
      let candidate = "\(folder)/\(name)"
      if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
    }
    return nil
  }
}
