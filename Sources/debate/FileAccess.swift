import Foundation

/// Reads a whole file as bytes, refusing folders and files above `limit` with a reason.
///
/// Plain POSIX calls rather than `FileHandle`, so every failure reads as one short reason
/// (`no such file`, `permission denied`) instead of a Foundation error domain and code.
func readFile(_ path: String, limit: Int) throws -> [UInt8] {
  func failure(_ reason: String) -> CommandFailure { CommandFailure("cannot use \(path): \(reason)") }
  let descriptor = open(path, O_RDONLY | O_CLOEXEC)
  guard descriptor >= 0 else { throw failure(reason(errno)) }
  defer { close(descriptor) }
  var info = stat()
  if fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFDIR { throw failure(reason(EISDIR)) }
  var bytes: [UInt8] = []
  var chunk = [UInt8](repeating: 0, count: 64 << 10)
  while true {
    let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
    if count == 0 { return bytes }
    if count < 0 {
      if errno == EINTR { continue }
      throw failure(reason(errno))
    }
    bytes += chunk[..<count]
    if bytes.count > limit { throw failure("it is larger than \(limit) bytes") }
  }
}

/// A short, lower-case reason for an `errno` value, worded for someone who typed a path.
private func reason(_ code: Int32) -> String {
  switch code {
  case ENOENT: "no such file"
  case EACCES, EPERM: "permission denied"
  case EISDIR: "it is a folder, not a file"
  case ENOTDIR: "a part of the path is not a folder"
  default:
    String(cString: strerror(code)).lowercased()
  }
}
