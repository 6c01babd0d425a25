/// The SQL engine behind a `DatabaseClient`; migrations use it where the dialects differ.
public enum DatabaseKind: String, Sendable {
    case sqlite
    case postgres
}
