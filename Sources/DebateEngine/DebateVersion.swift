/// The version of the engine, which is the version of `debate` (`debate --version`).
///
/// Saved transcripts and JSON records can name it, so a file says which engine wrote it. It
/// follows semantic versioning; CHANGELOG.md says what each version changed.
public enum DebateVersion {
  public static let current = "0.9.0"
}
