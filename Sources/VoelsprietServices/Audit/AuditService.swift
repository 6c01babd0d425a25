import Foundation
import VoelsprietDomain
import VoelsprietStorage
import VoelsprietWorkspace

/// Writes and reads the audit trail. Writing never fails a use case silently: a use case
/// that must be audited writes its row in the same transaction as its change, or (for reads
/// and downloads) before it hands anything out.
public struct AuditService: Sendable {
    let repositories: Repositories

    public init(repositories: Repositories) {
        self.repositories = repositories
    }

    public func record(_ actor: Actor, _ action: AuditAction, study: String? = nil, detail: String = "") async throws {
        try await repositories.audit.append(AuditEntry(actor: actor.auditName, action: action, study: study, detail: detail))
    }

    /// For an actor known only by the name typed (a failed log-in).
    public func record(name: String, _ action: AuditAction, detail: String = "") async throws {
        try await repositories.audit.append(AuditEntry(actor: name, action: action, study: nil, detail: detail))
    }

    /// How a trail is read, which is itself recorded: on a page, or downloaded as a file.
    public enum Reading: Sendable {
        case page
        case download(filename: String)
    }

    /// A study's trail for its lead (the access has been checked for `.viewAudit`), newest first.
    public func studyTrail(_ access: StudyAccess, reading: Reading, limit: Int = 500) async throws -> [AuditRecord] {
        try access.require(.viewAudit)
        let records = try await repositories.audit.events(studySlug: access.study.slug, limit: limit)
        try await note(reading, by: access.actor, study: access.study.slug)
        return records
    }

    /// Account events, for admins only, newest first.
    public func accountTrail(for actor: Actor, reading: Reading, limit: Int = 500) async throws -> [AuditRecord] {
        if let user = actor.user, user.role != .admin {
            throw ServiceError.forbidden(ServiceMessage(nl: "Alleen voor beheerders.", en: "For admins only."))
        }
        let records = try await repositories.audit.accountEvents(limit: limit)
        try await note(reading, by: actor, study: nil)
        return records
    }

    func note(_ reading: Reading, by actor: Actor, study: String?) async throws {
        switch reading {
        case .page: try await record(actor, .auditViewed, study: study)
        case .download(let filename): try await record(actor, .exported, study: study, detail: filename)
        }
    }

    /// Every row oldest first, optionally of one study (the CLI).
    public func all(study: String?) async throws -> [AuditRecord] {
        try await repositories.audit.all(studySlug: study)
    }

    public static let csvHeader = ["id", "at", "actor", "action", "study", "detail"]

    public static func csv(_ records: [AuditRecord]) -> String {
        CSVWriter.document([csvHeader] + records.map { [String($0.id), $0.at, $0.entry.actor, $0.entry.action.rawValue, $0.entry.study ?? "", $0.entry.detail] })
    }

    public static func json(_ records: [AuditRecord]) -> String {
        struct Row: Encodable {
            let id: Int64
            let at, actor, action: String
            let study: String?
            let detail: String

            enum CodingKeys: String, CodingKey { case id, at, actor, action, study, detail }

            /// Every key present, `study` as null for account events.
            func encode(to encoder: any Encoder) throws {
                var container = encoder.container(keyedBy: CodingKeys.self)
                try container.encode(id, forKey: .id)
                try container.encode(at, forKey: .at)
                try container.encode(actor, forKey: .actor)
                try container.encode(action, forKey: .action)
                try container.encode(study, forKey: .study)
                try container.encode(detail, forKey: .detail)
            }
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let rows = records.map {
            Row(id: $0.id, at: $0.at, actor: $0.entry.actor, action: $0.entry.action.rawValue, study: $0.entry.study, detail: $0.entry.detail)
        }
        return String(decoding: (try? encoder.encode(rows)) ?? Data("[]".utf8), as: UTF8.self) + "\n"
    }
}
