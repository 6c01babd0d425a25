import SQLKit

/// `UserRepository` over SQLKit.
public struct SQLUserRepository: UserRepository {
    let db: any SQLDatabase

    public init(db: any SQLDatabase) {
        self.db = db
    }

    public func create(_ user: User) async throws {
        do {
            try await db.raw(
                """
                INSERT INTO users (username, password_hash, role, created_on)
                VALUES (\(bind: user.username), \(bind: user.passwordHash), \(bind: user.role.rawValue), \(bind: Clock.today()))
                """
            ).run()
        } catch where isUniqueViolation(error) {
            throw StorageError.duplicate(user.username)
        }
    }

    public func find(username: String) async throws -> User? {
        try await db.raw("SELECT username, password_hash, role FROM users WHERE username = \(bind: username)")
            .first().map(Self.decode)
    }

    public func count() async throws -> Int {
        try await db.raw("SELECT COUNT(*) AS n FROM users").first(decodingColumn: "n", as: Int.self) ?? 0
    }

    public func all() async throws -> [User] {
        try await db.raw("SELECT username, password_hash, role FROM users ORDER BY username").all().map(Self.decode)
    }

    public func setPasswordHash(username: String, passwordHash: String) async throws {
        guard try await find(username: username) != nil else { throw StorageError.notFound(username) }
        try await db.raw("UPDATE users SET password_hash = \(bind: passwordHash) WHERE username = \(bind: username)").run()
    }

    static func decode(_ row: any SQLRow) throws -> User {
        User(
            username: try row.decode(column: "username", as: String.self),
            passwordHash: try row.decode(column: "password_hash", as: String.self),
            role: UserRole(rawValue: try row.decode(column: "role", as: String.self)) ?? .researcher)
    }
}
