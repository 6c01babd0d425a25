import Crypto
import Foundation
import VoelsprietStorage
import VoelsprietWorkspace

/// Researcher sessions: a random id in an HttpOnly cookie, stored only as its SHA-256, with an
/// idle timeout. Ending a session deletes its row; "log out everywhere", a password change, a
/// reset and disabling an account delete the account's rows, so they end at once on every server.
public struct SessionService: Sendable {
    let repositories: Repositories
    /// A session unused for this long has ended.
    public let idleTimeout: Duration
    /// Activity is written at most this often per session (not on every request).
    let touchInterval = 60

    public init(repositories: Repositories, idleTimeout: Duration = .seconds(8 * 3600)) {
        self.repositories = repositories
        self.idleTimeout = idleTimeout
    }

    var idleSeconds: Int { Int(idleTimeout.components.seconds) }
    /// A log-in waiting for its second factor lapses after ten minutes.
    static let secondFactorSeconds = 600
    /// However active, a session ends a day after its log-in.
    static let maximumSeconds = 24 * 3600

    /// A resolved session: the stored record and its account.
    public struct Resolved: Sendable {
        public let session: StoredSession
        public let user: User
    }

    /// Starts a session; returns the id for the cookie (never stored itself).
    public func start(for user: User, stage: StoredSession.Stage) async throws -> (id: String, session: StoredSession) {
        let id = Self.randomToken()
        let now = Clock.epochSeconds()
        let session = StoredSession(
            idHash: Self.hash(id), username: user.username, csrf: Self.randomToken(), stage: stage, createdAt: now, lastSeenAt: now)
        try await repositories.sessions.create(session)
        return (id, session)
    }

    /// The session of a cookie value, when it exists, is not idle too long and its account is
    /// enabled; records activity now and then.
    public func resolve(_ id: String, now: Int = Clock.epochSeconds()) async throws -> Resolved? {
        guard id.count == 43, id.utf8.allSatisfy({ $0 < 128 }) else { return nil }
        let idHash = Self.hash(id)
        guard let session = try await repositories.sessions.find(idHash: idHash) else { return nil }
        if now - session.lastSeenAt > idleSeconds || now - session.createdAt > Self.maximumSeconds
            || (session.stage == .twoFactor && now - session.createdAt > Self.secondFactorSeconds)
        {
            try await repositories.sessions.delete(idHash: idHash)
            return nil
        }
        guard let user = try await repositories.users.find(username: session.username), !user.disabled else {
            try await repositories.sessions.delete(idHash: idHash)
            return nil
        }
        if now - session.lastSeenAt >= touchInterval {
            // Only the time: a stage changed meanwhile by another request (the second factor) stays.
            try await repositories.sessions.touch(idHash: idHash, lastSeenAt: now)
        }
        return Resolved(session: session, user: user)
    }

    /// Moves a session on (after the second factor).
    public func promote(_ session: StoredSession, to stage: StoredSession.Stage) async throws {
        try await repositories.sessions.update(idHash: session.idHash, stage: stage, lastSeenAt: Clock.epochSeconds())
    }

    /// Ends a session without an audit row (a log-in replacing the browser's previous session).
    public func discard(_ session: StoredSession) async throws {
        try await repositories.sessions.delete(idHash: session.idHash)
    }

    public func end(_ session: StoredSession, user: User) async throws {
        try await repositories.sessions.delete(idHash: session.idHash)
        try await repositories.audit.append(AuditEntry(actor: user.username, action: .logout))
    }

    /// Ends every session of the account, this one included.
    public func endAll(for user: User) async throws {
        let name = user.username
        try await repositories.transaction { tx in
            let count = try await tx.sessions.deleteAll(username: name, keeping: nil)
            try await tx.audit.append(AuditEntry(actor: name, action: .logoutEverywhere, detail: "\(count) sessions"))
        }
    }

    /// Deletes idle sessions (called now and then).
    public func sweep() async throws {
        try await repositories.sessions.deleteIdle(before: Clock.epochSeconds() - idleSeconds)
    }

    /// 32 random bytes, base64url without padding (43 characters).
    public static func randomToken() -> String {
        SecureRandom.base64URL(SecureRandom.bytes(32))
    }

    static func hash(_ id: String) -> String {
        ReceiptHasher.sha256Hex(id)
    }
}
