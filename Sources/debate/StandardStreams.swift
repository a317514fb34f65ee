import CEditLine

/// Output buffering for a program driven through pipes: without line buffering a reader
/// waiting for each reply would hang until the pipe closed.
enum StandardStreams {
  static func useLineBufferedOutput() { ce_line_buffer_stdout() }
  static func flush() { ce_flush_stdout() }
}
