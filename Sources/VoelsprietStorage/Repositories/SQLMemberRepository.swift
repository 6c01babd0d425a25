import SQLKit
import VoelsprietWorkspace

/// `MemberRepository` over SQLKit.
public struct SQLMemberRepository: MemberRepository {
    let db: any SQLDatabase

    public init(db: any SQLDatabase) {
        self.db = db
    }

    public func add(_ member: StudyMember) async throws {
        do {
            try await db.raw(
                """
                INSERT INTO study_members (study_slug, username, role, added_on)
                VALUES (\(bind: member.studySlug), \(bind: member.username), \(bind: member.role.rawValue), \(bind: member.addedOn))
                """
            ).run()
        } catch where isUniqueViolation(error) {
            throw StorageError.duplicate(member.username)
        } catch where isForeignKeyViolation(error) {
            throw StorageError.notFound(member.username)
        }
    }

    public func setRole(studySlug: String, username: String, role: StudyRole) async throws {
        let rows = try await db.raw(
            """
            UPDATE study_members SET role = \(bind: role.rawValue)
            WHERE study_slug = \(bind: studySlug) AND username = \(bind: username) RETURNING username
            """
        ).all()
        if rows.isEmpty { throw StorageError.notFound(username) }
    }

    public func remove(studySlug: String, username: String) async throws {
        let rows = try await db.raw(
            """
            DELETE FROM study_members WHERE study_slug = \(bind: studySlug) AND username = \(bind: username) RETURNING username
            """
        ).all()
        if rows.isEmpty { throw StorageError.notFound(username) }
    }

    public func role(studySlug: String, username: String) async throws -> StudyRole? {
        try await db.raw(
            "SELECT role FROM study_members WHERE study_slug = \(bind: studySlug) AND username = \(bind: username)"
        ).first(decodingColumn: "role", as: String.self).flatMap(StudyRole.init(rawValue:))
    }

    public func members(studySlug: String) async throws -> [StudyMember] {
        try await db.raw(
            "SELECT study_slug, username, role, added_on FROM study_members WHERE study_slug = \(bind: studySlug)"
        ).all().map(Self.decode).sorted { ($0.role, $0.username) < ($1.role, $1.username) }
    }

    public func memberships(username: String) async throws -> [StudyMember] {
        try await db.raw(
            "SELECT study_slug, username, role, added_on FROM study_members WHERE username = \(bind: username) ORDER BY study_slug"
        ).all().map(Self.decode)
    }

    public func removeAll(studySlug: String) async throws {
        try await db.raw("DELETE FROM study_members WHERE study_slug = \(bind: studySlug)").run()
    }

    static func decode(_ row: any SQLRow) throws -> StudyMember {
        let roleName = try row.decode(column: "role", as: String.self)
        guard let role = StudyRole(rawValue: roleName) else { throw StorageError.corrupt("member role \(roleName)") }
        return StudyMember(
            studySlug: try row.decode(column: "study_slug", as: String.self),
            username: try row.decode(column: "username", as: String.self), role: role,
            addedOn: try row.decode(column: "added_on", as: String.self))
    }
}
