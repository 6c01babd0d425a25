import Foundation
import SQLKit
import VoelsprietQDA

/// The codebook, coders and codings.
extension SQLInterviewRepository {
    // MARK: Codebook

    public func saveCode(studySlug: String, _ stored: StoredCode) async throws {
        let c = stored.code
        let position = try await db.raw(
            "SELECT COALESCE(MAX(position), 0) + 1 AS p FROM qda_codes WHERE study_slug = \(bind: studySlug)"
        ).first(decodingColumn: "p", as: Int.self) ?? 1
        try await db.raw(
            """
            INSERT INTO qda_codes (id, study_slug, position, name, description, colour, origin, parent_id, is_codable, memo)
            VALUES (\(bind: c.id.uuidString), \(bind: studySlug), \(bind: position), \(bind: c.name), \(bind: c.description),
                    \(bind: c.colour), \(bind: c.origin.rawValue), \(bind: c.parentID?.uuidString), \(bind: c.isCodable ? 1 : 0),
                    \(bind: stored.memo))
            ON CONFLICT (study_slug, id) DO UPDATE SET name = excluded.name, description = excluded.description, colour = excluded.colour,
                origin = excluded.origin, parent_id = excluded.parent_id, is_codable = excluded.is_codable, memo = excluded.memo
            """
        ).run()
    }

    public func codes(studySlug: String) async throws -> [StoredCode] {
        try await db.raw(
            """
            SELECT id, name, description, colour, origin, parent_id, is_codable, memo
            FROM qda_codes WHERE study_slug = \(bind: studySlug) ORDER BY position
            """
        ).all().map { row in
            let parent = try row.decode(column: "parent_id", as: String?.self)
            return StoredCode(
                code: Code(
                    id: try Self.uuid(row, "id"), name: try row.decode(column: "name", as: String.self),
                    description: try row.decode(column: "description", as: String?.self),
                    colour: try row.decode(column: "colour", as: String?.self),
                    origin: CodeOrigin(rawValue: try row.decode(column: "origin", as: String.self)) ?? .inductive,
                    parentID: parent.flatMap(UUID.init(uuidString:)),
                    isCodable: try row.decode(column: "is_codable", as: Int.self) != 0),
                memo: try row.decode(column: "memo", as: String?.self))
        }
    }

    public func reorderCodes(studySlug: String, ids: [UUID]) async throws {
        let existing = try await codes(studySlug: studySlug).map(\.code.id)
        let listed = Set(ids)
        let order = ids.filter { existing.contains($0) } + existing.filter { !listed.contains($0) }
        for (position, id) in order.enumerated() {
            try await db.raw(
                "UPDATE qda_codes SET position = \(bind: position + 1) WHERE study_slug = \(bind: studySlug) AND id = \(bind: id.uuidString)"
            ).run()
        }
    }

    public func deleteCode(studySlug: String, id: UUID) async throws {
        let rows = try await db.raw(
            "DELETE FROM qda_codes WHERE study_slug = \(bind: studySlug) AND id = \(bind: id.uuidString) RETURNING id"
        ).all()
        if rows.isEmpty { throw StorageError.notFound("code \(id.uuidString)") }
    }

    public func moveCodings(studySlug: String, from: UUID, to: UUID) async throws -> Int {
        try await db.raw(
            """
            UPDATE qda_codings SET code_id = \(bind: to.uuidString)
            WHERE study_slug = \(bind: studySlug) AND code_id = \(bind: from.uuidString) RETURNING id
            """
        ).all().count
    }

    public func moveCodings(studySlug: String, ids: [UUID], to: UUID) async throws {
        var start = 0
        while start < ids.count {
            let batch = ids[start..<min(start + Self.batchSize, ids.count)].map(\.uuidString)
            try await db.update("qda_codings").set("code_id", to: to.uuidString)
                .where("study_slug", .equal, studySlug).where("id", .in, batch).run()
            start += batch.count
        }
    }

    // MARK: Coders

    public func saveCoder(studySlug: String, _ stored: StoredCoder) async throws {
        try await db.raw(
            """
            INSERT INTO qda_coders (id, study_slug, name, username, kind)
            VALUES (\(bind: stored.coder.id.uuidString), \(bind: studySlug), \(bind: stored.coder.name), \(bind: stored.username),
                    \(bind: stored.kind.rawValue))
            ON CONFLICT (study_slug, id) DO UPDATE SET name = excluded.name, username = excluded.username, kind = excluded.kind
            """
        ).run()
    }

    public func coders(studySlug: String) async throws -> [StoredCoder] {
        try await db.raw(
            "SELECT id, name, username, kind FROM qda_coders WHERE study_slug = \(bind: studySlug) ORDER BY name, id"
        ).all().map { row in
            StoredCoder(
                coder: Coder(id: try Self.uuid(row, "id"), name: try row.decode(column: "name", as: String.self)),
                username: try row.decode(column: "username", as: String?.self),
                kind: CoderKind(rawValue: try row.decode(column: "kind", as: String.self)) ?? .imported)
        }
    }

    // MARK: Codings

    public func addCodings(studySlug: String, _ codings: [StoredCoding]) async throws {
        var start = 0
        while start < codings.count {
            let end = min(start + Self.batchSize, codings.count)
            var builder = db.insert(into: "qda_codings")
                .columns("id", "study_slug", "source_id", "code_id", "coder_id", "start_pos", "end_pos", "memo", "created_at")
            for stored in codings[start..<end] {
                let c = stored.coding
                builder = builder.values(
                    SQLBind(c.id.uuidString), SQLBind(studySlug), SQLBind(c.sourceID.uuidString), SQLBind(c.codeID.uuidString),
                    SQLBind(c.coderID.uuidString), SQLBind(c.range.start), SQLBind(c.range.end), SQLBind(c.memo),
                    SQLBind(stored.createdAt))
            }
            try await builder.run()
            start = end
        }
    }

    static let codingColumns = "c.id, c.source_id, c.code_id, c.coder_id, c.start_pos, c.end_pos, c.memo, c.created_at"

    public func coding(studySlug: String, id: UUID) async throws -> StoredCoding? {
        try await db.raw(
            """
            SELECT \(unsafeRaw: Self.codingColumns) FROM qda_codings c
            WHERE c.study_slug = \(bind: studySlug) AND c.id = \(bind: id.uuidString)
            """
        ).first().map(Self.decodeCoding)
    }

    public func deleteCoding(studySlug: String, id: UUID) async throws -> Bool {
        try await !db.raw(
            "DELETE FROM qda_codings WHERE study_slug = \(bind: studySlug) AND id = \(bind: id.uuidString) RETURNING id"
        ).all().isEmpty
    }

    public func setCodingMemo(studySlug: String, id: UUID, memo: String?) async throws {
        let rows = try await db.raw(
            "UPDATE qda_codings SET memo = \(bind: memo) WHERE study_slug = \(bind: studySlug) AND id = \(bind: id.uuidString) RETURNING id"
        ).all()
        if rows.isEmpty { throw StorageError.notFound("coding \(id.uuidString)") }
    }

    public func codings(studySlug: String, sourceID: UUID, coderIDs: [UUID]?) async throws -> [StoredCoding] {
        var sql: SQLQueryString = """
            SELECT \(unsafeRaw: Self.codingColumns) FROM qda_codings c
            WHERE c.study_slug = \(bind: studySlug) AND c.source_id = \(bind: sourceID.uuidString)
            """
        if let coderIDs {
            if coderIDs.isEmpty { return [] }
            sql = sql + " AND c.coder_id IN (\(binds: coderIDs.map(\.uuidString)))"
        }
        sql = sql + " ORDER BY c.start_pos, c.end_pos, c.id"
        return try await db.raw(sql).all().map(Self.decodeCoding)
    }

    public func codings(studySlug: String, codeIDs: [UUID]?, coderIDs: [UUID]?) async throws -> [StoredCoding] {
        var sql: SQLQueryString = """
            SELECT \(unsafeRaw: Self.codingColumns) FROM qda_codings c JOIN qda_sources s ON s.study_slug = c.study_slug AND s.id = c.source_id
            WHERE c.study_slug = \(bind: studySlug)
            """
        if let codeIDs {
            if codeIDs.isEmpty { return [] }
            sql = sql + " AND c.code_id IN (\(binds: codeIDs.map(\.uuidString)))"
        }
        if let coderIDs {
            if coderIDs.isEmpty { return [] }
            sql = sql + " AND c.coder_id IN (\(binds: coderIDs.map(\.uuidString)))"
        }
        sql = sql + " ORDER BY s.position, c.start_pos, c.end_pos, c.id"
        return try await db.raw(sql).all().map(Self.decodeCoding)
    }

    public func codingsWithText(studySlug: String, codeIDs: [UUID]?, coderIDs: [UUID]?) async throws -> [(StoredCoding, String)] {
        var sql: SQLQueryString = """
            SELECT \(unsafeRaw: Self.codingColumns), substr(s.text, c.start_pos + 1, c.end_pos - c.start_pos) AS fragment
            FROM qda_codings c JOIN qda_sources s ON s.study_slug = c.study_slug AND s.id = c.source_id
            WHERE c.study_slug = \(bind: studySlug)
            """
        if let codeIDs {
            if codeIDs.isEmpty { return [] }
            sql = sql + " AND c.code_id IN (\(binds: codeIDs.map(\.uuidString)))"
        }
        if let coderIDs {
            if coderIDs.isEmpty { return [] }
            sql = sql + " AND c.coder_id IN (\(binds: coderIDs.map(\.uuidString)))"
        }
        sql = sql + " ORDER BY s.position, c.start_pos, c.end_pos, c.id"
        return try await db.raw(sql).all().map { row in
            (try Self.decodeCoding(row), try row.decode(column: "fragment", as: String.self))
        }
    }

    public func codingCounts(studySlug: String) async throws -> [UUID: Int] {
        var out: [UUID: Int] = [:]
        for row in try await db.raw(
            "SELECT code_id, COUNT(*) AS n FROM qda_codings WHERE study_slug = \(bind: studySlug) GROUP BY code_id"
        ).all() {
            out[try Self.uuid(row, "code_id")] = try row.decode(column: "n", as: Int.self)
        }
        return out
    }

    static func decodeCoding(_ row: any SQLRow) throws -> StoredCoding {
        StoredCoding(
            coding: Coding(
                id: try uuid(row, "id"), sourceID: try uuid(row, "source_id"), codeID: try uuid(row, "code_id"),
                coderID: try uuid(row, "coder_id"),
                range: ScalarRange(start: try row.decode(column: "start_pos", as: Int.self), end: try row.decode(column: "end_pos", as: Int.self)),
                memo: try row.decode(column: "memo", as: String?.self)),
            createdAt: try row.decode(column: "created_at", as: String.self))
    }
}
