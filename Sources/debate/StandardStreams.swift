// In a release (whole-module) build `stdout` resolves through CEditLine's shim, which includes
// <stdio.h>; without the preconcurrency import of CEditLine here Swift 6 rejects it as unsafe.
@preconcurrency import CEditLine
@preconcurrency import Glibc

/// Output buffering for a program driven through pipes: without line buffering a reader
/// waiting for each reply would hang until the pipe closed.
enum StandardStreams {
  static func useLineBufferedOutput() { setvbuf(stdout, nil, _IOLBF, 0) }
  static func flush() { fflush(stdout) }
}
