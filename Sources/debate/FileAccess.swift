import Foundation

/// Reads a whole file as bytes, refusing folders and files above `limit` with a reason.
func readFile(_ path: String, limit: Int) throws -> [UInt8] {
  var isFolder: ObjCBool = false
  guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
    throw CommandFailure("cannot use \(path): no such file")
  }
  if isFolder.boolValue { throw CommandFailure("cannot use \(path): it is a folder, not a file") }
  guard let handle = FileHandle(forReadingAtPath: path) else {
    throw CommandFailure("cannot use \(path): permission denied")
  }
  defer { try? handle.close() }
  let data: Data?
  do { data = try handle.read(upToCount: limit + 1) } catch {
    throw CommandFailure("cannot use \(path): \(error.localizedDescription)")
  }
  let bytes = [UInt8](data ?? Data())
  if bytes.count > limit {
    throw CommandFailure("cannot use \(path): it is larger than \(limit) bytes")
  }
  return bytes
}
