@preconcurrency import Glibc

/// Output buffering for a program driven through pipes: without line buffering a reader
/// waiting for each reply would hang until the pipe closed.
enum StandardStreams {
  static func useLineBufferedOutput() { setvbuf(stdout, nil, _IOLBF, 0) }
  static func flush() { fflush(stdout) }
}
