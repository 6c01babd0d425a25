import SQLKit

/// Researcher sessions, shared by all server processes, keyed by the SHA-256 of the id.
public protocol SessionRepository: Sendable {
    func create(_ session: StoredSession) async throws
    func find(idHash: String) async throws -> StoredSession?
    /// Records activity (for the idle timeout), nothing else.
    func touch(idHash: String, lastSeenAt: Int) async throws
    /// Moves the session to `stage` (and records activity).
    func update(idHash: String, stage: StoredSession.Stage, lastSeenAt: Int) async throws
    func delete(idHash: String) async throws
    /// Ends every session of an account, except `keeping` (the one asking) when given;
    /// returns how many ended.
    @discardableResult
    func deleteAll(username: String, keeping: String?) async throws -> Int
    /// Deletes sessions idle since before `idleSince`.
    func deleteIdle(before idleSince: Int) async throws
}

/// `SessionRepository` over SQLKit.
public struct SQLSessionRepository: SessionRepository {
    let db: any SQLDatabase

    public init(db: any SQLDatabase) {
        self.db = db
    }

    public func create(_ session: StoredSession) async throws {
        try await db.raw(
            """
            INSERT INTO sessions (id_hash, username, csrf, stage, created_at, last_seen_at)
            VALUES (\(bind: session.idHash), \(bind: session.username), \(bind: session.csrf), \(bind: session.stage.rawValue),
                    \(bind: session.createdAt), \(bind: session.lastSeenAt))
            """
        ).run()
    }

    public func find(idHash: String) async throws -> StoredSession? {
        guard
            let row = try await db.raw(
                "SELECT id_hash, username, csrf, stage, created_at, last_seen_at FROM sessions WHERE id_hash = \(bind: idHash)"
            ).first()
        else { return nil }
        return StoredSession(
            idHash: try row.decode(column: "id_hash", as: String.self),
            username: try row.decode(column: "username", as: String.self),
            csrf: try row.decode(column: "csrf", as: String.self),
            stage: StoredSession.Stage(rawValue: try row.decode(column: "stage", as: String.self)) ?? .twoFactor,
            createdAt: try row.decode(column: "created_at", as: Int.self),
            lastSeenAt: try row.decode(column: "last_seen_at", as: Int.self))
    }

    public func touch(idHash: String, lastSeenAt: Int) async throws {
        try await db.raw("UPDATE sessions SET last_seen_at = \(bind: lastSeenAt) WHERE id_hash = \(bind: idHash)").run()
    }

    public func update(idHash: String, stage: StoredSession.Stage, lastSeenAt: Int) async throws {
        try await db.raw(
            """
            UPDATE sessions SET stage = \(bind: stage.rawValue), last_seen_at = \(bind: lastSeenAt) WHERE id_hash = \(bind: idHash)
            """
        ).run()
    }

    public func delete(idHash: String) async throws {
        try await db.raw("DELETE FROM sessions WHERE id_hash = \(bind: idHash)").run()
    }

    public func deleteAll(username: String, keeping: String?) async throws -> Int {
        let rows: [any SQLRow]
        if let keeping {
            rows = try await db.raw(
                "DELETE FROM sessions WHERE username = \(bind: username) AND id_hash <> \(bind: keeping) RETURNING id_hash"
            ).all()
        } else {
            rows = try await db.raw("DELETE FROM sessions WHERE username = \(bind: username) RETURNING id_hash").all()
        }
        return rows.count
    }

    public func deleteIdle(before idleSince: Int) async throws {
        try await db.raw("DELETE FROM sessions WHERE last_seen_at < \(bind: idleSince)").run()
    }
}
