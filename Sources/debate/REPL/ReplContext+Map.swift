import DebateEngine
import Foundation

/// `/map`: the whole argument map, with the status of each claim after the turns so far.
extension ReplContext {
  func showMap(_ argument: String) -> ReplAction {
    guard !map.claims.isEmpty else {
      say("This text has no argument map, so there is nothing to show.")
      return .proceed
    }
    let transcript = play?.transcript ?? session.transcript
    let view = MapView(map: map, corpus: corpus, transcript: transcript.entries.isEmpty ? nil : transcript)
    guard !argument.isEmpty else {
      say(MapOutline(view: view, width: width ?? 100).render())
      return .proceed
    }
    let fileExtension = URL(fileURLWithPath: argument).pathExtension.lowercased()
    guard let format = MapCommand.Format(rawValue: fileExtension == "ad" ? "argdown" : fileExtension) else {
      let names = MapCommand.Format.allCases.map { ".\($0.rawValue)" }.joined(separator: ", ")
      fail("/map FILE: the file name must end in one of \(names)")
      return .proceed
    }
    do {
      let bytes = try MapCommand.render(view, as: format, width: 100)
      if FileManager.default.fileExists(atPath: argument) {
        fail("\(argument) already exists; choose another name (nothing was overwritten)")
        return .proceed
      }
      try bytes.write(to: URL(fileURLWithPath: argument), options: .atomic)
      say("Wrote the map to \(argument) (\(format.rawValue)).")
    } catch {
      fail("Cannot write the map: \(error)")
    }
    return .proceed
  }
}
