import SQLKit

/// `KeyValueStore` over SQLKit; expiry is checked on read and purged now and then.
public struct SQLKeyValueStore: KeyValueStore {
    let db: any SQLDatabase

    public init(db: any SQLDatabase) {
        self.db = db
    }

    public func create(key: String, value: String, expiresAt: Int?) async throws -> Bool {
        try await db.raw("DELETE FROM key_values WHERE key = \(bind: key) AND expires_at < \(bind: Clock.epochSeconds())").run()
        do {
            try await db.raw(
                "INSERT INTO key_values (key, value, expires_at) VALUES (\(bind: key), \(bind: value), \(bind: expiresAt))"
            ).run()
            return true
        } catch where isUniqueViolation(error) {
            return false
        }
    }

    public func set(key: String, value: String, expiresAt: Int?) async throws {
        if let expiresAt {
            try await db.raw(
                """
                INSERT INTO key_values (key, value, expires_at) VALUES (\(bind: key), \(bind: value), \(bind: expiresAt))
                ON CONFLICT (key) DO UPDATE SET value = excluded.value, expires_at = excluded.expires_at
                """
            ).run()
        } else {
            try await db.raw(
                """
                INSERT INTO key_values (key, value, expires_at) VALUES (\(bind: key), \(bind: value), NULL)
                ON CONFLICT (key) DO UPDATE SET value = excluded.value
                """
            ).run()
        }
    }

    public func get(key: String) async throws -> (value: String, expiresAt: Int?)? {
        guard
            let row = try await db.raw("SELECT value, expires_at FROM key_values WHERE key = \(bind: key)").first()
        else { return nil }
        let expiresAt = try row.decode(column: "expires_at", as: Int?.self)
        if let expiresAt, expiresAt < Clock.epochSeconds() { return nil }
        return (try row.decode(column: "value", as: String.self), expiresAt)
    }

    public func remove(key: String) async throws {
        try await db.raw("DELETE FROM key_values WHERE key = \(bind: key)").run()
    }

    public func purgeExpired() async throws {
        try await db.raw("DELETE FROM key_values WHERE expires_at < \(bind: Clock.epochSeconds())").run()
    }
}
