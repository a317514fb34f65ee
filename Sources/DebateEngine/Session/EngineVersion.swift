/// The program's version, written into transcripts so a teacher knows which engine judged them.
public enum EngineVersion {
  public static let number = "0.9.0"
  /// `debate 0.9.0`.
  public static let name = "debate \(number)"
}
