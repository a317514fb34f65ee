import Foundation

/// The lines of standard input (or any descriptor), each given as soon as its end arrives.
///
/// A line ends at LF, at CRLF, or at a CR that no LF follows (old Mac files, some terminals and
/// serial tools), so a file with CR-only line ends is many turns, not one. Bytes that are not
/// UTF-8 are repaired, as `readLine` does, so any line can be answered.
struct InputLines {
  let descriptor: Int32
  private var buffer: [UInt8] = []
  private var start = 0
  /// Where the search for a line end resumes: the bytes before it hold none.
  private var searched = 0
  private var atEnd = false
  /// The last line ended at a CR: an LF right after it belongs to that line end.
  private var lineFeedMayFollow = false

  init(descriptor: Int32) { self.descriptor = descriptor }

  /// The next line without its line end, or nil at the end of input.
  mutating func next() throws -> String? {
    var chunk = [UInt8](repeating: 0, count: 64 << 10)
    while true {
      if lineFeedMayFollow, start < buffer.count {
        if buffer[start] == 10 { start += 1 }
        searched = max(searched, start)
        lineFeedMayFollow = false
      }
      if let end = buffer[searched...].firstIndex(where: { $0 == 10 || $0 == 13 }) {
        let line = String(decoding: buffer[start..<end], as: UTF8.self)
        lineFeedMayFollow = buffer[end] == 13
        start = end + 1
        searched = start
        return line
      }
      searched = buffer.count
      if atEnd {
        guard start < buffer.count else { return nil }
        let line = String(decoding: buffer[start...], as: UTF8.self)
        start = buffer.count
        return line
      }
      if start > 0 {
        buffer.removeFirst(start)
        searched -= start
        start = 0
      }
      let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
      if count < 0 {
        if errno == EINTR { continue }
        throw CommandFailure("cannot read standard input: \(String(cString: strerror(errno)))")
      }
      if count == 0 { atEnd = true } else { buffer += chunk[..<count] }
    }
  }
}
