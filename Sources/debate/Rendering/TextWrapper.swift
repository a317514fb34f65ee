/// Wraps prose to a width at word boundaries, with an optional label hanging on the left.
///
/// Widths count characters; a word longer than the line is kept whole rather than broken.
struct TextWrapper {
  var width: Int

  func wrap(_ text: String, label: String = "", indent: String = "") -> String {
    let gutter = label.isEmpty ? indent : label.padding(toLength: max(label.count + 1, 7))
    let hanging = String(repeating: " ", count: gutter.count)
    let available = max(20, width - gutter.count)
    var lines: [String] = []
    var line = ""
    for word in text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }) {
      if !line.isEmpty && line.count + 1 + word.count > available {
        lines.append(line)
        line = ""
      }
      line += line.isEmpty ? String(word) : " " + word
    }
    if !line.isEmpty || lines.isEmpty { lines.append(line) }
    return lines.enumerated().map { ($0.offset == 0 ? gutter : hanging) + $0.element }
      .joined(separator: "\n")
  }
}

extension String {
  fileprivate func padding(toLength length: Int) -> String {
    count >= length ? self : self + String(repeating: " ", count: length - count)
  }
}
