import Foundation
import SQLKit
import VoelsprietDomain

/// `StudyRepository` over SQLKit, the same on SQLite and PostgreSQL.
public struct SQLStudyRepository: StudyRepository {
    let db: any SQLDatabase
    let kind: DatabaseKind

    public init(db: any SQLDatabase, kind: DatabaseKind) {
        self.db = db
        self.kind = kind
    }

    public func lock(slug: String) async throws {
        let lock: SQLQueryString =
            kind == .postgres
            ? "SELECT slug FROM studies WHERE slug = \(bind: slug) FOR UPDATE" : "SELECT slug FROM studies WHERE slug = \(bind: slug)"
        if try await db.raw(lock).all().isEmpty { throw StorageError.notFound(slug) }
    }

    public func create(_ study: Study) async throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let instrument = String(decoding: try encoder.encode(study.instrument), as: UTF8.self)
        let help = String(decoding: try encoder.encode(study.helpLinks), as: UTF8.self)
        do {
            try await db.raw(
                """
                INSERT INTO studies (slug, title, status, instrument, help_links, created_on, created_by, retention_date,
                                     require_two_factor)
                VALUES (\(bind: study.slug), \(bind: study.title), \(bind: study.status.rawValue), \(bind: instrument),
                        \(bind: help), \(bind: study.createdOn), \(bind: study.createdBy), \(bind: study.retentionDate),
                        \(bind: study.requireTwoFactor ? 1 : 0))
                """
            ).run()
        } catch where isUniqueViolation(error) {
            throw StorageError.duplicate(study.slug)
        }
    }

    public func find(slug: String) async throws -> Study? {
        try await db.raw(
            "SELECT \(unsafeRaw: Self.columns) FROM studies WHERE slug = \(bind: slug)"
        ).first().map(Self.decode)
    }

    public func all() async throws -> [Study] {
        try await db.raw(
            "SELECT \(unsafeRaw: Self.columns) FROM studies ORDER BY created_on DESC, slug"
        ).all().map(Self.decode)
    }

    public func setStatus(slug: String, status: StudyStatus) async throws {
        guard try await find(slug: slug) != nil else { throw StorageError.notFound(slug) }
        let closedAt: Int? = status == .closed ? Clock.epochSeconds() : nil
        try await db.raw(
            "UPDATE studies SET status = \(bind: status.rawValue), closed_at = \(bind: closedAt) WHERE slug = \(bind: slug)"
        ).run()
    }

    public func updateRespondentTexts(slug: String, texts: RespondentTexts, helpLinks: [HelpLink]) async throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let textsJSON = String(decoding: try encoder.encode(texts), as: UTF8.self)
        let linksJSON = String(decoding: try encoder.encode(helpLinks), as: UTF8.self)
        let rows = try await db.raw(
            """
            UPDATE studies SET respondent_texts = \(bind: textsJSON), help_links = \(bind: linksJSON)
            WHERE slug = \(bind: slug) RETURNING slug
            """
        ).all()
        if rows.isEmpty { throw StorageError.notFound(slug) }
    }

    public func updateSettings(slug: String, title: String, retentionDate: String?, requireTwoFactor: Bool) async throws {
        let rows = try await db.raw(
            """
            UPDATE studies SET title = \(bind: title), retention_date = \(bind: retentionDate),
                require_two_factor = \(bind: requireTwoFactor ? 1 : 0)
            WHERE slug = \(bind: slug) RETURNING slug
            """
        ).all()
        if rows.isEmpty { throw StorageError.notFound(slug) }
    }

    public func delete(slug: String) async throws {
        try await db.raw("DELETE FROM instrument_drafts WHERE study_slug = \(bind: slug)").run()
        try await db.raw("DELETE FROM instrument_versions WHERE study_slug = \(bind: slug)").run()
        try await db.raw("DELETE FROM withdrawn_receipts WHERE study_slug = \(bind: slug)").run()
        let rows = try await db.raw("DELETE FROM studies WHERE slug = \(bind: slug) RETURNING slug").all()
        if rows.isEmpty { throw StorageError.notFound(slug) }
    }

    static let columns =
        "slug, title, status, instrument, help_links, created_on, created_by, retention_date, require_two_factor, closed_at, respondent_texts, instrument_version"

    static func decode(_ row: any SQLRow) throws -> Study {
        let slug = try row.decode(column: "slug", as: String.self)
        let instrumentJSON = try row.decode(column: "instrument", as: String.self)
        let helpJSON = try row.decode(column: "help_links", as: String?.self)
        guard let instrument = try? JSONDecoder().decode(Instrument.self, from: Data(instrumentJSON.utf8)) else {
            throw StorageError.corrupt("instrument of study \(slug)")
        }
        let help = helpJSON.flatMap { try? JSONDecoder().decode([HelpLink].self, from: Data($0.utf8)) }
        return Study(
            slug: slug,
            title: try row.decode(column: "title", as: String.self),
            status: StudyStatus(rawValue: try row.decode(column: "status", as: String.self)) ?? .closed,
            instrument: instrument,
            helpLinks: help ?? HelpLink.defaults,
            createdOn: try row.decode(column: "created_on", as: String.self),
            createdBy: try row.decode(column: "created_by", as: String?.self),
            retentionDate: try row.decode(column: "retention_date", as: String?.self),
            requireTwoFactor: try row.decode(column: "require_two_factor", as: Int.self) != 0,
            closedAt: try row.decode(column: "closed_at", as: Int?.self),
            texts: try row.decode(column: "respondent_texts", as: String?.self).flatMap {
                try? JSONDecoder().decode(RespondentTexts.self, from: Data($0.utf8))
            },
            instrumentVersion: try row.decode(column: "instrument_version", as: Int?.self) ?? 1
        )
    }
}
