import Foundation
import SQLKit
import VoelsprietLiterature

/// Screening assignments, decisions and resolutions, full texts, settings and extracted values.
extension SQLLiteratureRepository {
    // MARK: Screening

    public func assignments(studySlug: String) async throws -> [String: [String]] {
        var result: [String: [String]] = [:]
        for row in try await db.raw(
            "SELECT stage, username FROM lit_assignments WHERE study_slug = \(bind: studySlug) ORDER BY stage, username"
        ).all() {
            result[try row.decode(column: "stage", as: String.self), default: []].append(try row.decode(column: "username", as: String.self))
        }
        return result
    }

    public func setAssignments(studySlug: String, stage: String, usernames: [String]) async throws {
        try await db.raw("DELETE FROM lit_assignments WHERE study_slug = \(bind: studySlug) AND stage = \(bind: stage)").run()
        for username in Set(usernames).sorted() {
            try await db.raw(
                "INSERT INTO lit_assignments (study_slug, stage, username) VALUES (\(bind: studySlug), \(bind: stage), \(bind: username))"
            ).run()
        }
    }

    public func saveDecision(studySlug: String, _ decision: ScreeningDecisionRow) async throws {
        try await db.raw(
            """
            INSERT INTO lit_decisions (study_slug, record_id, stage, username, decision, reason, decided_at)
            VALUES (\(bind: studySlug), \(bind: decision.recordID), \(bind: decision.stage), \(bind: decision.username),
                    \(bind: decision.decision), \(bind: decision.reason), \(bind: decision.decidedAt))
            ON CONFLICT (record_id, stage, username)
            DO UPDATE SET decision = excluded.decision, reason = excluded.reason, decided_at = excluded.decided_at
            """
        ).run()
    }

    public func decisions(studySlug: String, stage: String?) async throws -> [ScreeningDecisionRow] {
        let filter: SQLQueryString = stage.map { "AND stage = \(bind: $0)" } ?? ""
        return try await db.raw(
            """
            SELECT record_id, stage, username, decision, reason, decided_at FROM lit_decisions
            WHERE study_slug = \(bind: studySlug) \(filter) ORDER BY decided_at, record_id, username
            """
        ).all().map { row in
            ScreeningDecisionRow(
                recordID: try row.decode(column: "record_id", as: Int64.self), stage: try row.decode(column: "stage", as: String.self),
                username: try row.decode(column: "username", as: String.self), decision: try row.decode(column: "decision", as: String.self),
                reason: try row.decode(column: "reason", as: String.self), decidedAt: try row.decode(column: "decided_at", as: String.self))
        }
    }

    public func saveResolution(studySlug: String, _ resolution: ResolutionRow) async throws {
        try await db.raw(
            """
            INSERT INTO lit_resolutions (study_slug, record_id, stage, decision, reason, method, resolved_by, resolved_at)
            VALUES (\(bind: studySlug), \(bind: resolution.recordID), \(bind: resolution.stage), \(bind: resolution.decision),
                    \(bind: resolution.reason), \(bind: resolution.method), \(bind: resolution.resolvedBy), \(bind: resolution.resolvedAt))
            ON CONFLICT (record_id, stage)
            DO UPDATE SET decision = excluded.decision, reason = excluded.reason, method = excluded.method,
                          resolved_by = excluded.resolved_by, resolved_at = excluded.resolved_at
            """
        ).run()
    }

    public func resolutions(studySlug: String, stage: String?) async throws -> [ResolutionRow] {
        let filter: SQLQueryString = stage.map { "AND stage = \(bind: $0)" } ?? ""
        return try await db.raw(
            """
            SELECT record_id, stage, decision, reason, method, resolved_by, resolved_at FROM lit_resolutions
            WHERE study_slug = \(bind: studySlug) \(filter) ORDER BY resolved_at, record_id
            """
        ).all().map { row in
            ResolutionRow(
                recordID: try row.decode(column: "record_id", as: Int64.self), stage: try row.decode(column: "stage", as: String.self),
                decision: try row.decode(column: "decision", as: String.self), reason: try row.decode(column: "reason", as: String.self),
                method: try row.decode(column: "method", as: String.self), resolvedBy: try row.decode(column: "resolved_by", as: String.self),
                resolvedAt: try row.decode(column: "resolved_at", as: String.self))
        }
    }

    // MARK: Full texts

    public func saveFullText(studySlug: String, _ fullText: FullTextRow) async throws {
        try await db.raw(
            """
            INSERT INTO lit_fulltexts (record_id, study_slug, link, file_name, media_type, content, added_by, added_at)
            VALUES (\(bind: fullText.recordID), \(bind: studySlug), \(bind: fullText.link), \(bind: fullText.fileName),
                    \(bind: fullText.mediaType), \(bind: fullText.content.map { Data($0) }), \(bind: fullText.addedBy),
                    \(bind: fullText.addedAt))
            ON CONFLICT (record_id)
            DO UPDATE SET link = excluded.link, file_name = excluded.file_name, media_type = excluded.media_type,
                          content = excluded.content, added_by = excluded.added_by, added_at = excluded.added_at
            """
        ).run()
    }

    public func fullText(studySlug: String, recordID: Int64) async throws -> FullTextRow? {
        try await db.raw(
            """
            SELECT record_id, link, file_name, media_type, content, added_by, added_at FROM lit_fulltexts
            WHERE study_slug = \(bind: studySlug) AND record_id = \(bind: recordID)
            """
        ).first().map { try Self.decodeFullText($0, withContent: true) }
    }

    public func fullTexts(studySlug: String) async throws -> [FullTextRow] {
        try await db.raw(
            """
            SELECT record_id, link, file_name, media_type, added_by, added_at FROM lit_fulltexts
            WHERE study_slug = \(bind: studySlug) ORDER BY record_id
            """
        ).all().map { try Self.decodeFullText($0, withContent: false) }
    }

    // MARK: Settings and extraction

    public func settings(studySlug: String) async throws -> String? {
        try await db.raw("SELECT settings FROM lit_settings WHERE study_slug = \(bind: studySlug)")
            .first(decodingColumn: "settings", as: String.self)
    }

    public func saveSettings(studySlug: String, json: String) async throws {
        try await db.raw(
            """
            INSERT INTO lit_settings (study_slug, settings) VALUES (\(bind: studySlug), \(bind: json))
            ON CONFLICT (study_slug) DO UPDATE SET settings = excluded.settings
            """
        ).run()
    }

    public func saveExtraction(studySlug: String, _ value: ExtractionRow) async throws {
        try await db.raw(
            """
            INSERT INTO lit_extractions (study_slug, record_id, field, value, updated_by, updated_at)
            VALUES (\(bind: studySlug), \(bind: value.recordID), \(bind: value.field), \(bind: value.value),
                    \(bind: value.updatedBy), \(bind: value.updatedAt))
            ON CONFLICT (record_id, field)
            DO UPDATE SET value = excluded.value, updated_by = excluded.updated_by, updated_at = excluded.updated_at
            """
        ).run()
    }

    public func extractions(studySlug: String) async throws -> [ExtractionRow] {
        try await db.raw(
            """
            SELECT record_id, field, value, updated_by, updated_at FROM lit_extractions
            WHERE study_slug = \(bind: studySlug) ORDER BY record_id, field
            """
        ).all().map { row in
            ExtractionRow(
                recordID: try row.decode(column: "record_id", as: Int64.self), field: try row.decode(column: "field", as: String.self),
                value: try row.decode(column: "value", as: String.self), updatedBy: try row.decode(column: "updated_by", as: String.self),
                updatedAt: try row.decode(column: "updated_at", as: String.self))
        }
    }

    public func deleteAll(studySlug: String) async throws -> Int {
        let count = try await recordCount(studySlug: studySlug)
        for table in [
            "lit_extractions", "lit_settings", "lit_fulltexts", "lit_resolutions", "lit_decisions", "lit_assignments",
            "lit_dedup_decisions", "lit_records", "lit_imports", "lit_searches",
        ] {
            try await db.raw("DELETE FROM \(unsafeRaw: table) WHERE study_slug = \(bind: studySlug)").run()
        }
        return count
    }
}
