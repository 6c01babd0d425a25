/// Expiring key/value records (researcher sessions), shared by all server processes.
public protocol KeyValueStore: Sendable {
    /// Inserts; returns false when the key exists (and is not expired).
    func create(key: String, value: String, expiresAt: Int?) async throws -> Bool
    /// Inserts or replaces; with `expiresAt` nil an existing expiry is kept.
    func set(key: String, value: String, expiresAt: Int?) async throws
    /// The value and expiry, when present and not expired.
    func get(key: String) async throws -> (value: String, expiresAt: Int?)?
    func remove(key: String) async throws
    /// Deletes expired records.
    func purgeExpired() async throws
}
