import Foundation
import SQLKit
import VoelsprietQDA

/// `InterviewRepository` over SQLKit, the same on SQLite and PostgreSQL except for the full-text
/// index (FTS5 table on SQLite, GIN expression index on PostgreSQL; see M0005).
public struct SQLInterviewRepository: InterviewRepository {
    let db: any SQLDatabase
    let kind: DatabaseKind

    public init(db: any SQLDatabase, kind: DatabaseKind) {
        self.db = db
        self.kind = kind
    }

    /// Rows per multi-row INSERT (9 binds each).
    static let batchSize = 400

    // MARK: Sources

    public func addSource(studySlug: String, _ new: NewSource) async throws {
        let s = new.source
        let id = s.id.uuidString
        let position = try await db.raw(
            "SELECT COALESCE(MAX(position), 0) + 1 AS p FROM qda_sources WHERE study_slug = \(bind: studySlug)"
        ).first(decodingColumn: "p", as: Int.self) ?? 1
        try await db.raw(
            """
            INSERT INTO qda_sources (id, study_slug, position, name, format, language, text, scalar_length, turns, memo, stems,
                                     imported_by, imported_at)
            VALUES (\(bind: id), \(bind: studySlug), \(bind: position), \(bind: s.name), \(bind: new.format), \(bind: new.language),
                    \(bind: s.text), \(bind: s.text.unicodeScalars.count), \(bind: try Self.json(s.turns)), \(bind: s.memo),
                    \(bind: new.stems), \(bind: new.importedBy), \(bind: new.importedAt))
            """
        ).run()
        try await setSourceParticipants(studySlug: studySlug, id: s.id, labels: s.participantLabels)
        if kind == .sqlite {
            try await db.raw(
                "INSERT INTO qda_source_index (source_id, study_slug, stems) VALUES (\(bind: id), \(bind: studySlug), \(bind: new.stems))"
            ).run()
        }
    }

    public func sources(studySlug: String) async throws -> [SourceSummary] {
        let labels = try await participantLabels(studySlug: studySlug)
        return try await db.raw(
            """
            SELECT id, name, format, language, scalar_length, turns, memo, imported_by, imported_at
            FROM qda_sources WHERE study_slug = \(bind: studySlug) ORDER BY position
            """
        ).all().map { row in
            let id = try Self.uuid(row, "id")
            let turns = try Self.decodeJSON([SpeakerTurn].self, try row.decode(column: "turns", as: String.self))
            return SourceSummary(
                id: id, name: try row.decode(column: "name", as: String.self), format: try row.decode(column: "format", as: String.self),
                language: try row.decode(column: "language", as: String.self),
                scalarLength: try row.decode(column: "scalar_length", as: Int.self), participantLabels: labels[id] ?? [],
                speakers: Transcript(text: "", turns: turns, format: .plainText).speakers, turns: turns,
                memo: try row.decode(column: "memo", as: String?.self),
                importedBy: try row.decode(column: "imported_by", as: String.self),
                importedAt: try row.decode(column: "imported_at", as: String.self))
        }
    }

    public func source(studySlug: String, id: UUID) async throws -> Source? {
        try await sources(studySlug: studySlug, ids: [id]).first
    }

    public func sources(studySlug: String, ids: [UUID]) async throws -> [Source] {
        if ids.isEmpty { return [] }
        let labels = try await participantLabels(studySlug: studySlug)
        var out: [Source] = []
        var start = 0
        while start < ids.count {
            let batch = ids[start..<min(start + Self.batchSize, ids.count)].map(\.uuidString)
            let rows = try await db.select().columns("id", "name", "text", "turns", "memo").from("qda_sources")
                .where("study_slug", .equal, studySlug).where("id", .in, batch).orderBy("position").all()
            for row in rows {
                let id = try Self.uuid(row, "id")
                out.append(
                    Source(
                        id: id, name: try row.decode(column: "name", as: String.self), text: try row.decode(column: "text", as: String.self),
                        turns: try Self.decodeJSON([SpeakerTurn].self, try row.decode(column: "turns", as: String.self)),
                        participantLabels: labels[id] ?? [], memo: try row.decode(column: "memo", as: String?.self)))
            }
            start += batch.count
        }
        return out
    }

    public func setSourceMemo(studySlug: String, id: UUID, memo: String?) async throws {
        let rows = try await db.raw(
            "UPDATE qda_sources SET memo = \(bind: memo) WHERE study_slug = \(bind: studySlug) AND id = \(bind: id.uuidString) RETURNING id"
        ).all()
        if rows.isEmpty { throw StorageError.notFound("source \(id.uuidString)") }
    }

    public func setSourceParticipants(studySlug: String, id: UUID, labels: [String]) async throws {
        try await db.raw(
            "DELETE FROM qda_source_participants WHERE study_slug = \(bind: studySlug) AND source_id = \(bind: id.uuidString)"
        ).run()
        var seen = Set<String>()
        for (position, label) in labels.enumerated() where seen.insert(label).inserted {
            try await db.raw(
                """
                INSERT INTO qda_source_participants (study_slug, source_id, label, position)
                VALUES (\(bind: studySlug), \(bind: id.uuidString), \(bind: label), \(bind: position))
                """
            ).run()
        }
    }

    public func deleteSource(studySlug: String, id: UUID) async throws {
        let sid = id.uuidString
        try await db.raw("DELETE FROM qda_codings WHERE study_slug = \(bind: studySlug) AND source_id = \(bind: sid)").run()
        try await db.raw("DELETE FROM qda_source_participants WHERE study_slug = \(bind: studySlug) AND source_id = \(bind: sid)").run()
        if kind == .sqlite {
            try await db.raw("DELETE FROM qda_source_index WHERE study_slug = \(bind: studySlug) AND source_id = \(bind: sid)").run()
        }
        let rows = try await db.raw(
            "DELETE FROM qda_sources WHERE study_slug = \(bind: studySlug) AND id = \(bind: sid) RETURNING id"
        ).all()
        if rows.isEmpty { throw StorageError.notFound("source \(sid)") }
    }

    public func candidateSources(studySlug: String, ftsMatch: String, tsQuery: String) async throws -> [UUID] {
        let rows: [any SQLRow]
        switch kind {
        case .sqlite:
            rows = try await db.raw(
                """
                SELECT source_id AS id FROM qda_source_index
                WHERE qda_source_index MATCH \(bind: ftsMatch) AND study_slug = \(bind: studySlug)
                """
            ).all()
        case .postgres:
            rows = try await db.raw(
                """
                SELECT id FROM qda_sources
                WHERE study_slug = \(bind: studySlug) AND to_tsvector('simple', stems) @@ to_tsquery('simple', \(bind: tsQuery))
                ORDER BY position
                """
            ).all()
        }
        return try rows.map { try Self.uuid($0, "id") }
    }

    private func participantLabels(studySlug: String) async throws -> [UUID: [String]] {
        let rows = try await db.raw(
            """
            SELECT source_id, label FROM qda_source_participants
            WHERE study_slug = \(bind: studySlug) ORDER BY source_id, position
            """
        ).all()
        var out: [UUID: [String]] = [:]
        for row in rows {
            out[try Self.uuid(row, "source_id"), default: []].append(try row.decode(column: "label", as: String.self))
        }
        return out
    }

    // MARK: Participants and variables

    public func saveVariable(studySlug: String, _ variable: Variable) async throws {
        let position = try await db.raw(
            "SELECT COALESCE(MAX(position), 0) + 1 AS p FROM qda_variables WHERE study_slug = \(bind: studySlug)"
        ).first(decodingColumn: "p", as: Int.self) ?? 1
        try await db.raw(
            """
            INSERT INTO qda_variables (study_slug, name, type, description, position)
            VALUES (\(bind: studySlug), \(bind: variable.name), \(bind: variable.type.rawValue), \(bind: variable.description), \(bind: position))
            ON CONFLICT (study_slug, name) DO UPDATE SET type = excluded.type, description = excluded.description
            """
        ).run()
    }

    public func variables(studySlug: String) async throws -> [Variable] {
        try await db.raw(
            "SELECT name, type, description FROM qda_variables WHERE study_slug = \(bind: studySlug) ORDER BY position"
        ).all().map { row in
            let type = try row.decode(column: "type", as: String.self)
            guard let variableType = VariableType(rawValue: type) else { throw StorageError.corrupt("variable type \(type)") }
            return Variable(
                name: try row.decode(column: "name", as: String.self), type: variableType,
                description: try row.decode(column: "description", as: String?.self))
        }
    }

    public func saveParticipant(studySlug: String, _ participant: Participant) async throws {
        try await db.raw(
            """
            INSERT INTO qda_participants (study_slug, label, types, attributes)
            VALUES (\(bind: studySlug), \(bind: participant.label), \(bind: try Self.json(participant.types)),
                    \(bind: try Self.json(participant.attributes)))
            ON CONFLICT (study_slug, label) DO UPDATE SET types = excluded.types, attributes = excluded.attributes
            """
        ).run()
    }

    public func participants(studySlug: String) async throws -> [Participant] {
        try await db.raw(
            "SELECT label, types, attributes FROM qda_participants WHERE study_slug = \(bind: studySlug) ORDER BY label"
        ).all().map { row in
            Participant(
                label: try row.decode(column: "label", as: String.self),
                types: try Self.decodeJSON([ParticipantType].self, try row.decode(column: "types", as: String.self)),
                attributes: try Self.decodeJSON([String: VariableValue].self, try row.decode(column: "attributes", as: String.self)))
        }
    }

    public func deleteParticipant(studySlug: String, label: String) async throws {
        try await db.raw(
            """
            DELETE FROM qda_source_participants WHERE study_slug = \(bind: studySlug) AND label = \(bind: label)
            """
        ).run()
        try await db.raw("DELETE FROM qda_participants WHERE study_slug = \(bind: studySlug) AND label = \(bind: label)").run()
    }

    // MARK: Settings and deletion

    public func comparisonOpen(studySlug: String) async throws -> Bool {
        try await db.raw("SELECT comparison_open FROM qda_settings WHERE study_slug = \(bind: studySlug)")
            .first(decodingColumn: "comparison_open", as: Int.self) == 1
    }

    public func setComparisonOpen(studySlug: String, _ open: Bool) async throws {
        try await db.raw(
            """
            INSERT INTO qda_settings (study_slug, comparison_open) VALUES (\(bind: studySlug), \(bind: open ? 1 : 0))
            ON CONFLICT (study_slug) DO UPDATE SET comparison_open = excluded.comparison_open
            """
        ).run()
    }

    public func deleteAll(studySlug: String) async throws -> Int {
        let count = try await db.raw("SELECT COUNT(*) AS n FROM qda_sources WHERE study_slug = \(bind: studySlug)")
            .first(decodingColumn: "n", as: Int.self) ?? 0
        try await db.raw("DELETE FROM qda_codings WHERE study_slug = \(bind: studySlug)").run()
        try await db.raw("DELETE FROM qda_source_participants WHERE study_slug = \(bind: studySlug)").run()
        if kind == .sqlite {
            try await db.raw("DELETE FROM qda_source_index WHERE study_slug = \(bind: studySlug)").run()
        }
        for table in ["qda_sources", "qda_codes", "qda_coders", "qda_participants", "qda_variables", "qda_settings"] {
            try await db.raw("DELETE FROM \(unsafeRaw: table) WHERE study_slug = \(bind: studySlug)").run()
        }
        return count
    }

    // MARK: Helpers

    static func uuid(_ row: any SQLRow, _ column: String) throws -> UUID {
        let text = try row.decode(column: column, as: String.self)
        guard let id = UUID(uuidString: text) else { throw StorageError.corrupt("\(column) \(text) is not a UUID") }
        return id
    }

    static func json<T: Encodable>(_ value: T) throws -> String { try StoredJSON.encode(value) }

    static func decodeJSON<T: Decodable>(_ type: T.Type, _ text: String) throws -> T {
        try StoredJSON.decode(type, text, what: "interviews")
    }
}
