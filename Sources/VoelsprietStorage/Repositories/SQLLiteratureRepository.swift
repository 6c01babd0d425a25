import Foundation
import SQLKit
import VoelsprietLiterature

/// `LiteratureRepository` over SQLKit, the same on SQLite and PostgreSQL.
public struct SQLLiteratureRepository: LiteratureRepository {
    let db: any SQLDatabase

    public init(db: any SQLDatabase) {
        self.db = db
    }

    /// Rows per INSERT: 9 binds each stays far below SQLite's and PostgreSQL's limits.
    static let batchSize = 400

    // MARK: Searches

    public func addSearch(_ search: SearchRunRow) async throws -> Int64 {
        try await db.raw(
            """
            INSERT INTO lit_searches (study_slug, database_name, run_on, query, hits, note, recorded_by, recorded_at)
            VALUES (\(bind: search.studySlug), \(bind: search.database), \(bind: search.runOn), \(bind: search.query),
                    \(bind: search.hits), \(bind: search.note), \(bind: search.recordedBy), \(bind: search.recordedAt))
            RETURNING id
            """
        ).first(decodingColumn: "id", as: Int64.self) ?? 0
    }

    public func searches(studySlug: String) async throws -> [SearchRunRow] {
        try await db.raw(
            """
            SELECT id, study_slug, database_name, run_on, query, hits, note, recorded_by, recorded_at
            FROM lit_searches WHERE study_slug = \(bind: studySlug) ORDER BY id
            """
        ).all().map { row in
            SearchRunRow(
                id: try row.decode(column: "id", as: Int64.self), studySlug: try row.decode(column: "study_slug", as: String.self),
                database: try row.decode(column: "database_name", as: String.self),
                runOn: try row.decode(column: "run_on", as: String.self), query: try row.decode(column: "query", as: String.self),
                hits: try row.decode(column: "hits", as: Int?.self), note: try row.decode(column: "note", as: String.self),
                recordedBy: try row.decode(column: "recorded_by", as: String.self),
                recordedAt: try row.decode(column: "recorded_at", as: String.self))
        }
    }

    public func deleteSearch(studySlug: String, id: Int64) async throws {
        let rows = try await db.raw("DELETE FROM lit_searches WHERE study_slug = \(bind: studySlug) AND id = \(bind: id) RETURNING id").all()
        if rows.isEmpty { throw StorageError.notFound("search \(id)") }
    }

    // MARK: Imports and records

    public func addImport(_ file: LiteratureImportRow, records: [LiteratureRecord]) async throws -> Int64 {
        let warnings = try Self.json(file.warnings)
        guard
            let importID = try await db.raw(
                """
                INSERT INTO lit_imports (study_slug, file_name, format, database_name, origin, search_id, record_count, warnings,
                                         imported_by, imported_at)
                VALUES (\(bind: file.studySlug), \(bind: file.fileName), \(bind: file.format), \(bind: file.database),
                        \(bind: file.origin.rawValue), \(bind: file.searchID), \(bind: records.count), \(bind: warnings),
                        \(bind: file.importedBy), \(bind: file.importedAt))
                RETURNING id
                """
            ).first(decodingColumn: "id", as: Int64.self)
        else { throw StorageError.corrupt("import without id") }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        var start = 0
        while start < records.count {
            let end = min(start + Self.batchSize, records.count)
            var builder = db.insert(into: "lit_records").columns("study_slug", "import_id", "position", "title", "year", "doi", "pmid", "data")
            for position in start..<end {
                let record = records[position]
                let data = String(decoding: try encoder.encode(record), as: UTF8.self)
                builder = builder.values(
                    SQLBind(file.studySlug), SQLBind(importID), SQLBind(position + 1), SQLBind(record.title ?? ""), SQLBind(record.year),
                    SQLBind(record.doi), SQLBind(record.pmid), SQLBind(data))
            }
            try await builder.run()
            start = end
        }
        return importID
    }

    public func imports(studySlug: String) async throws -> [LiteratureImportRow] {
        try await db.raw(
            """
            SELECT id, study_slug, file_name, format, database_name, origin, search_id, record_count, warnings, imported_by, imported_at
            FROM lit_imports WHERE study_slug = \(bind: studySlug) ORDER BY id
            """
        ).all().map { row in
            LiteratureImportRow(
                id: try row.decode(column: "id", as: Int64.self), studySlug: try row.decode(column: "study_slug", as: String.self),
                fileName: try row.decode(column: "file_name", as: String.self), format: try row.decode(column: "format", as: String.self),
                database: try row.decode(column: "database_name", as: String?.self),
                origin: LiteratureOrigin(rawValue: try row.decode(column: "origin", as: String.self)) ?? .database,
                searchID: try row.decode(column: "search_id", as: Int64?.self),
                recordCount: try row.decode(column: "record_count", as: Int.self),
                warnings: try Self.decodeJSON([String].self, try row.decode(column: "warnings", as: String.self)),
                importedBy: try row.decode(column: "imported_by", as: String.self),
                importedAt: try row.decode(column: "imported_at", as: String.self))
        }
    }

    static let recordColumns = "id, import_id, position, data, duplicate_of, duplicate_reason"

    public func records(studySlug: String) async throws -> [StoredLiteratureRecord] {
        let decoder = JSONDecoder()
        return try await db.raw(
            "SELECT \(unsafeRaw: Self.recordColumns) FROM lit_records WHERE study_slug = \(bind: studySlug) ORDER BY id"
        ).all().map { try Self.decodeRecord($0, decoder: decoder) }
    }

    public func record(studySlug: String, id: Int64) async throws -> StoredLiteratureRecord? {
        try await db.raw(
            "SELECT \(unsafeRaw: Self.recordColumns) FROM lit_records WHERE study_slug = \(bind: studySlug) AND id = \(bind: id)"
        ).first().map { try Self.decodeRecord($0, decoder: JSONDecoder()) }
    }

    public func recordCount(studySlug: String) async throws -> Int {
        try await db.raw("SELECT COUNT(*) AS n FROM lit_records WHERE study_slug = \(bind: studySlug)")
            .first(decodingColumn: "n", as: Int.self) ?? 0
    }

    public func setDuplicates(studySlug: String, _ assignments: [Int64: (of: Int64, reason: String)]) async throws {
        try await db.raw(
            "UPDATE lit_records SET duplicate_of = NULL, duplicate_reason = NULL WHERE study_slug = \(bind: studySlug) AND duplicate_of IS NOT NULL"
        ).run()
        // Grouped by representative and reason, so that a run over 100,000 duplicates is a few
        // thousand statements rather than one per record.
        var groups: [String: [Int64]] = [:]
        var keys: [String: (Int64, String)] = [:]
        for (record, target) in assignments {
            let key = "\(target.of)\u{1F}\(target.reason)"
            groups[key, default: []].append(record)
            keys[key] = (target.of, target.reason)
        }
        for (key, records) in groups {
            let (of, reason) = keys[key]!
            var start = 0
            let sorted = records.sorted()
            while start < sorted.count {
                let chunk = sorted[start..<min(start + 500, sorted.count)]
                let list = SQLList(chunk.map { SQLBind($0) })
                try await db.raw(
                    """
                    UPDATE lit_records SET duplicate_of = \(bind: of), duplicate_reason = \(bind: reason)
                    WHERE study_slug = \(bind: studySlug) AND id IN (\(list))
                    """
                ).run()
                start += chunk.count
            }
        }
    }

    public func setDuplicate(studySlug: String, recordIDs: [Int64], of representative: Int64?, reason: String?) async throws {
        var start = 0
        let ids = recordIDs.sorted()
        while start < ids.count {
            let chunk = ids[start..<min(start + 500, ids.count)]
            try await db.raw(
                """
                UPDATE lit_records SET duplicate_of = \(bind: representative), duplicate_reason = \(bind: reason)
                WHERE study_slug = \(bind: studySlug) AND id IN (\(SQLList(chunk.map { SQLBind($0) })))
                """
            ).run()
            start += chunk.count
        }
    }

    public func addDedupDecision(studySlug: String, _ decision: DedupDecisionRow) async throws {
        try await db.raw(
            """
            INSERT INTO lit_dedup_decisions (study_slug, action, record_id, target_id, decided_by, decided_at)
            VALUES (\(bind: studySlug), \(bind: decision.action), \(bind: decision.recordID), \(bind: decision.targetID),
                    \(bind: decision.decidedBy), \(bind: decision.decidedAt))
            """
        ).run()
    }

    public func dedupDecisions(studySlug: String) async throws -> [DedupDecisionRow] {
        try await db.raw(
            """
            SELECT id, action, record_id, target_id, decided_by, decided_at FROM lit_dedup_decisions
            WHERE study_slug = \(bind: studySlug) ORDER BY id
            """
        ).all().map { row in
            DedupDecisionRow(
                id: try row.decode(column: "id", as: Int64.self), action: try row.decode(column: "action", as: String.self),
                recordID: try row.decode(column: "record_id", as: Int64.self), targetID: try row.decode(column: "target_id", as: Int64?.self),
                decidedBy: try row.decode(column: "decided_by", as: String.self),
                decidedAt: try row.decode(column: "decided_at", as: String.self))
        }
    }

    // MARK: Decoding

    static func decodeRecord(_ row: any SQLRow, decoder: JSONDecoder) throws -> StoredLiteratureRecord {
        let id = try row.decode(column: "id", as: Int64.self)
        var record = try decodeJSON(LiteratureRecord.self, try row.decode(column: "data", as: String.self), decoder: decoder)
        record.id = String(id)
        return StoredLiteratureRecord(
            id: id, importID: try row.decode(column: "import_id", as: Int64.self), position: try row.decode(column: "position", as: Int.self),
            record: record, duplicateOf: try row.decode(column: "duplicate_of", as: Int64?.self),
            duplicateReason: try row.decode(column: "duplicate_reason", as: String?.self))
    }

    static func decodeFullText(_ row: any SQLRow, withContent: Bool) throws -> FullTextRow {
        FullTextRow(
            recordID: try row.decode(column: "record_id", as: Int64.self), link: try row.decode(column: "link", as: String?.self),
            fileName: try row.decode(column: "file_name", as: String?.self), mediaType: try row.decode(column: "media_type", as: String?.self),
            content: withContent ? try row.decode(column: "content", as: Data?.self).map { [UInt8]($0) } : nil,
            addedBy: try row.decode(column: "added_by", as: String.self), addedAt: try row.decode(column: "added_at", as: String.self))
    }

    static func json<T: Encodable>(_ value: T) throws -> String { try StoredJSON.encode(value) }

    static func decodeJSON<T: Decodable>(_ type: T.Type, _ text: String, decoder: JSONDecoder = JSONDecoder()) throws -> T {
        try StoredJSON.decode(type, text, what: "literature", decoder: decoder)
    }
}
