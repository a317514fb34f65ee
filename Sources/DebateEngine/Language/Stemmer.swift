import CStemmer
import Synchronization

/// English Snowball stemming, from Debian's libstemmer, so "mediating" meets "mediator".
///
/// libstemmer's stemmer keeps state between calls, so one instance serves one caller at a time
/// behind a mutex; the responder stems its vocabulary once and only stems unseen words later.
final class Stemmer: Sendable {
  private let handle: Mutex<OpaquePointer?>

  init() {
    handle = Mutex(sb_stemmer_new("english", "UTF_8"))
  }

  deinit {
    handle.withLock { pointer in
      if let pointer { sb_stemmer_delete(pointer) }
    }
  }

  /// The stem of one lower-case word; the word itself if stemming is unavailable.
  func stem(_ word: String) -> String {
    handle.withLock { pointer -> String in
      guard let pointer else { return word }
      var word = word
      return word.withUTF8 { bytes -> String in
        guard let base = bytes.baseAddress,
          let result = sb_stemmer_stem(pointer, base, Int32(bytes.count))
        else { return String(decoding: bytes, as: UTF8.self) }
        let length = Int(sb_stemmer_length(pointer))
        return String(decoding: UnsafeBufferPointer(start: result, count: length), as: UTF8.self)
      }
    }
  }
}
