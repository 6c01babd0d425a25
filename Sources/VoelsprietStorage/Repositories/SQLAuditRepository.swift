import SQLKit
import VoelsprietWorkspace

/// `AuditRepository` over SQLKit.
public struct SQLAuditRepository: AuditRepository {
    let db: any SQLDatabase

    public init(db: any SQLDatabase) {
        self.db = db
    }

    public func append(_ entry: AuditEntry) async throws {
        try await db.raw(
            """
            INSERT INTO audit_events (at, actor, action, study_slug, detail)
            VALUES (\(bind: AuditClock.now()), \(bind: entry.actor), \(bind: entry.action.rawValue), \(bind: entry.study),
                    \(bind: entry.detail))
            """
        ).run()
    }

    public func events(studySlug: String, limit: Int) async throws -> [AuditRecord] {
        try await db.raw(
            """
            SELECT id, at, actor, action, study_slug, detail FROM audit_events WHERE study_slug = \(bind: studySlug)
            ORDER BY id DESC LIMIT \(bind: limit)
            """
        ).all().map(Self.decode)
    }

    public func accountEvents(limit: Int) async throws -> [AuditRecord] {
        try await db.raw(
            """
            SELECT id, at, actor, action, study_slug, detail FROM audit_events WHERE study_slug IS NULL
            ORDER BY id DESC LIMIT \(bind: limit)
            """
        ).all().map(Self.decode)
    }

    public func all(studySlug: String?) async throws -> [AuditRecord] {
        if let studySlug {
            return try await db.raw(
                """
                SELECT id, at, actor, action, study_slug, detail FROM audit_events WHERE study_slug = \(bind: studySlug)
                ORDER BY id
                """
            ).all().map(Self.decode)
        }
        return try await db.raw("SELECT id, at, actor, action, study_slug, detail FROM audit_events ORDER BY id").all()
            .map(Self.decode)
    }

    static func decode(_ row: any SQLRow) throws -> AuditRecord {
        let actionName = try row.decode(column: "action", as: String.self)
        let detail = try row.decode(column: "detail", as: String.self)
        // A row of a newer version is shown, not dropped and not an error: the trail stays whole.
        let action = AuditAction(rawValue: actionName) ?? .unknown
        return AuditRecord(
            id: try row.decode(column: "id", as: Int64.self), at: try row.decode(column: "at", as: String.self),
            entry: AuditEntry(
                actor: try row.decode(column: "actor", as: String.self), action: action,
                study: try row.decode(column: "study_slug", as: String?.self),
                detail: action == .unknown ? "[\(actionName)] \(detail)" : detail))
    }
}
