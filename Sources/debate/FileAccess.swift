import Foundation

/// Reads a whole file as bytes, refusing folders, anything but a regular file, and files above
/// `limit`, each with a reason.
///
/// Plain POSIX calls rather than `FileHandle`, so every failure reads as one short reason
/// (`no such file`, `permission denied`) instead of a Foundation error domain and code. The file
/// is opened without blocking and checked before it is read: a FIFO would otherwise wait forever
/// for a writer, and `/dev/zero` would never end.
func readFile(_ path: String, limit: Int) throws -> [UInt8] {
  func failure(_ reason: String) -> CommandFailure { CommandFailure(cannotUse: path, because: reason) }
  let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY)
  guard descriptor >= 0 else { throw failure(reason(errno)) }
  defer { close(descriptor) }
  var info = stat()
  guard fstat(descriptor, &info) == 0 else { throw failure(reason(errno)) }
  if let kind = nonRegularKind(info.st_mode) { throw failure(kind) }
  return try readAll(descriptor, limit: limit, failure: failure)
}

/// Standard input read to its end, for an option given as `-`.
func readStandardInput(limit: Int) throws -> [UInt8] {
  try readAll(STDIN_FILENO, limit: limit) { CommandFailure(cannotUse: "standard input", because: $0) }
}

private func readAll(_ descriptor: Int32, limit: Int, failure: (String) -> CommandFailure) throws -> [UInt8] {
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

/// Why a file of this mode is not read: nil for a regular file.
private func nonRegularKind(_ mode: mode_t) -> String? {
  switch mode & S_IFMT {
  case S_IFREG: nil
  case S_IFDIR: reason(EISDIR)
  case S_IFIFO: "it is a named pipe (FIFO), not a regular file"
  case S_IFCHR, S_IFBLK: "it is a device, not a regular file"
  case S_IFSOCK: "it is a socket, not a regular file"
  default: "it is not a regular file"
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
