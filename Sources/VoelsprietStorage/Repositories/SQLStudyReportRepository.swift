import Foundation
import SQLKit

/// `StudyReportRepository` over SQL. The definition's revision check and the version number are
/// each one statement, so two editors saving at once cannot both win, and two freezes at once
/// cannot get the same number (the primary key refuses the second; it is retried).
public struct SQLStudyReportRepository: StudyReportRepository {
    let db: any SQLDatabase

    public init(db: any SQLDatabase) { self.db = db }

    public func definition(studySlug: String) async throws -> StoredReportDefinition? {
        guard
            let row = try await db.raw(
                "SELECT definition, revision, updated_by, updated_at FROM study_reports WHERE study_slug = \(bind: studySlug)"
            ).first()
        else { return nil }
        return StoredReportDefinition(
            json: try row.decode(column: "definition", as: String.self), revision: try row.decode(column: "revision", as: Int.self),
            updatedBy: try row.decode(column: "updated_by", as: String.self), updatedAt: try row.decode(column: "updated_at", as: String.self))
    }

    public func saveDefinition(studySlug: String, json: String, expectedRevision: Int, by: String, at: String) async throws -> Bool {
        if expectedRevision == 0 {
            do {
                try await db.raw(
                    """
                    INSERT INTO study_reports (study_slug, definition, revision, updated_by, updated_at)
                    VALUES (\(bind: studySlug), \(bind: json), 1, \(bind: by), \(bind: at))
                    """
                ).run()
                return true
            } catch where isUniqueViolation(error) {
                return false
            }
        }
        let rows = try await db.raw(
            """
            UPDATE study_reports SET definition = \(bind: json), revision = revision + 1, updated_by = \(bind: by), updated_at = \(bind: at)
            WHERE study_slug = \(bind: studySlug) AND revision = \(bind: expectedRevision)
            RETURNING revision
            """
        ).all()
        return !rows.isEmpty
    }

    public func addVersion(studySlug: String, _ version: StoredReportVersion) async throws -> Int {
        for attempt in 1...5 {
            do {
                let row = try await db.raw(
                    """
                    INSERT INTO study_report_versions
                        (study_slug, version, note, language, created_by, created_at, definition, facts, html, markdown, docx)
                    SELECT \(bind: studySlug), COALESCE(MAX(version), 0) + 1, \(bind: version.note), \(bind: version.language),
                           \(bind: version.createdBy), \(bind: version.createdAt), \(bind: version.definitionJSON), \(bind: version.factsJSON),
                           \(bind: version.html), \(bind: version.markdown), \(bind: Data(version.docx))
                    FROM study_report_versions WHERE study_slug = \(bind: studySlug)
                    RETURNING version
                    """
                ).first()
                guard let number = try row?.decode(column: "version", as: Int.self) else { throw StorageError.corrupt("report version not numbered") }
                return number
            } catch where isUniqueViolation(error) && attempt < 5 {
                continue
            }
        }
        throw StorageError.corrupt("report version: no free number")
    }

    public func versions(studySlug: String) async throws -> [ReportVersionSummary] {
        try await db.raw(
            """
            SELECT version, note, language, created_by, created_at FROM study_report_versions
            WHERE study_slug = \(bind: studySlug) ORDER BY version DESC
            """
        ).all().map { row in
            ReportVersionSummary(
                version: try row.decode(column: "version", as: Int.self), note: try row.decode(column: "note", as: String?.self),
                language: try row.decode(column: "language", as: String.self), createdBy: try row.decode(column: "created_by", as: String.self),
                createdAt: try row.decode(column: "created_at", as: String.self))
        }
    }

    public func version(studySlug: String, number: Int) async throws -> StoredReportVersion? {
        guard
            let row = try await db.raw(
                """
                SELECT version, note, language, created_by, created_at, definition, facts, html, markdown, docx
                FROM study_report_versions WHERE study_slug = \(bind: studySlug) AND version = \(bind: number)
                """
            ).first()
        else { return nil }
        return StoredReportVersion(
            version: try row.decode(column: "version", as: Int.self), note: try row.decode(column: "note", as: String?.self),
            language: try row.decode(column: "language", as: String.self), createdBy: try row.decode(column: "created_by", as: String.self),
            createdAt: try row.decode(column: "created_at", as: String.self), definitionJSON: try row.decode(column: "definition", as: String.self),
            factsJSON: try row.decode(column: "facts", as: String.self), html: try row.decode(column: "html", as: String.self),
            markdown: try row.decode(column: "markdown", as: String.self), docx: [UInt8](try row.decode(column: "docx", as: Data.self)))
    }

    public func deleteAll(studySlug: String) async throws -> Int {
        let count = try await db.raw("SELECT COUNT(*) AS n FROM study_report_versions WHERE study_slug = \(bind: studySlug)")
            .first(decodingColumn: "n", as: Int.self) ?? 0
        try await db.raw("DELETE FROM study_report_versions WHERE study_slug = \(bind: studySlug)").run()
        try await db.raw("DELETE FROM study_reports WHERE study_slug = \(bind: studySlug)").run()
        return count
    }
}
