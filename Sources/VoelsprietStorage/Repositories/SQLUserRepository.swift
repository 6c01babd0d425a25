import SQLKit
import VoelsprietWorkspace

/// `UserRepository` over SQLKit.
public struct SQLUserRepository: UserRepository {
    let db: any SQLDatabase
    let kind: DatabaseKind

    public init(db: any SQLDatabase, kind: DatabaseKind) {
        self.db = db
        self.kind = kind
    }

    public func lockAdmins() async throws {
        guard kind == .postgres else { return }
        try await db.raw("SELECT username FROM users WHERE role = 'admin' FOR UPDATE").run()
    }

    static let columns = "username, password_hash, role, must_change_password, disabled, totp_secret"

    public func create(_ user: User) async throws {
        do {
            try await db.raw(
                """
                INSERT INTO users (username, password_hash, role, created_on, must_change_password, disabled, totp_secret)
                VALUES (\(bind: user.username), \(bind: user.passwordHash), \(bind: user.role.rawValue), \(bind: Clock.today()),
                        \(bind: user.mustChangePassword ? 1 : 0), \(bind: user.disabled ? 1 : 0),
                        \(bind: user.totpSecret.map(Base32.encode)))
                """
            ).run()
        } catch where isUniqueViolation(error) {
            throw StorageError.duplicate(user.username)
        }
    }

    public func find(username: String) async throws -> User? {
        try await db.raw("SELECT \(unsafeRaw: Self.columns) FROM users WHERE username = \(bind: username)")
            .first().map(Self.decode)
    }

    public func count() async throws -> Int {
        try await db.raw("SELECT COUNT(*) AS n FROM users").first(decodingColumn: "n", as: Int.self) ?? 0
    }

    public func all() async throws -> [User] {
        try await db.raw("SELECT \(unsafeRaw: Self.columns) FROM users ORDER BY username").all().map(Self.decode)
    }

    public func setPassword(username: String, passwordHash: String, mustChange: Bool) async throws {
        try await update(
            username,
            "UPDATE users SET password_hash = \(bind: passwordHash), must_change_password = \(bind: mustChange ? 1 : 0) WHERE username = \(bind: username) RETURNING username"
        )
    }

    public func setRole(username: String, role: UserRole) async throws {
        try await update(username, "UPDATE users SET role = \(bind: role.rawValue) WHERE username = \(bind: username) RETURNING username")
    }

    public func setDisabled(username: String, disabled: Bool) async throws {
        try await update(
            username, "UPDATE users SET disabled = \(bind: disabled ? 1 : 0) WHERE username = \(bind: username) RETURNING username")
    }

    public func setTOTPSecret(username: String, secret: [UInt8]?) async throws {
        try await update(
            username,
            """
            UPDATE users SET totp_secret = \(bind: secret.map(Base32.encode)), totp_last_step = NULL
            WHERE username = \(bind: username) RETURNING username
            """)
    }

    public func claimTOTPStep(username: String, step: Int64) async throws -> Bool {
        let rows = try await db.raw(
            """
            UPDATE users SET totp_last_step = \(bind: step)
            WHERE username = \(bind: username) AND (totp_last_step IS NULL OR totp_last_step < \(bind: step))
            RETURNING username
            """
        ).all()
        return !rows.isEmpty
    }

    private func update(_ username: String, _ query: SQLQueryString) async throws {
        if try await db.raw(query).all().isEmpty { throw StorageError.notFound(username) }
    }

    static func decode(_ row: any SQLRow) throws -> User {
        User(
            username: try row.decode(column: "username", as: String.self),
            passwordHash: try row.decode(column: "password_hash", as: String.self),
            role: UserRole(rawValue: try row.decode(column: "role", as: String.self)) ?? .researcher,
            mustChangePassword: try row.decode(column: "must_change_password", as: Int.self) != 0,
            disabled: try row.decode(column: "disabled", as: Int.self) != 0,
            totpSecret: try row.decode(column: "totp_secret", as: String?.self).flatMap(Base32.decode))
    }
}
