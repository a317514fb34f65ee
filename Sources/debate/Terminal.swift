import Foundation

/// What the shell knows about an output stream: is a person watching it, and how wide is it.
struct Terminal {
  let descriptor: Int32

  static let standardOutput = Terminal(descriptor: STDOUT_FILENO)
  static let standardInput = Terminal(descriptor: STDIN_FILENO)

  var isInteractive: Bool { isatty(descriptor) == 1 }

  /// The width to wrap to: the terminal's, else `COLUMNS`, else 80.
  var columns: Int {
    var size = winsize()
    if ioctl(descriptor, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
    if let value = ProcessInfo.processInfo.environment["COLUMNS"], let n = Int(value), n > 0 {
      return n
    }
    return 80
  }
}
