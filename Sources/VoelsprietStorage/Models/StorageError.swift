/// Failures the repositories report in their own terms.
public enum StorageError: Error, Sendable, Equatable {
    /// A record with this key exists already.
    case duplicate(String)
    /// No record with this key.
    case notFound(String)
    /// A stored record could not be read back (for example, invalid JSON).
    case corrupt(String)
    /// The storage was used in a way that cannot work (a programming error, said at once).
    case misuse(String)
}
