import Foundation
import NIOConcurrencyHelpers
import SQLKit
import VoelsprietDomain

/// `ResponseRepository` over SQLKit, writing through a `GroupCommitWriter`.
public struct SQLResponseRepository: ResponseRepository {
    let db: any SQLDatabase
    private let writer: GroupCommitWriter

    public init(client: any DatabaseClient) {
        self.db = client.sql
        self.writer = GroupCommitWriter(db: client.sql, maxWriters: client.kind == .sqlite ? 1 : 4)
    }

    public func store(_ response: StoredResponse) async throws {
        try await writer.write(response, answersJSON: try response.answers.jsonString())
    }

    public func storeTest(_ response: StoredResponse) async throws {
        do {
            try await db.insert(into: "test_responses").columns(
                "id", "study_slug", "receipt_hash", "submitted_on", "answers", "language", "instrument_version")
                .values(
                    response.id, response.studySlug, response.receiptHash, response.submittedOn, try response.answers.jsonString(),
                    response.language.isEmpty ? nil : response.language, response.instrumentVersion)
                .run()
        } catch where isUniqueViolation(error) {
            throw StorageError.duplicate("receipt")
        } catch where isForeignKeyViolation(error) {
            throw StorageError.notFound(response.studySlug)
        }
    }

    /// A withdrawal removes the answers of a test submission too (the tester may try it).
    public func withdraw(studySlug: String, receiptHash: String) async throws -> Bool {
        var deleted = false
        for table in ["responses", "test_responses"] {
            let rows = try await db.raw(
                """
                DELETE FROM \(unsafeRaw: table) WHERE study_slug = \(bind: studySlug) AND receipt_hash = \(bind: receiptHash)
                RETURNING id
                """
            ).all()
            deleted = deleted || !rows.isEmpty
        }
        // Only the hash, only for a receipt that held answers: replaying the last page with the
        // same submission token must not bring them back.
        if deleted {
            try await db.raw(
                """
                INSERT INTO withdrawn_receipts (receipt_hash, study_slug) VALUES (\(bind: receiptHash), \(bind: studySlug))
                ON CONFLICT (receipt_hash) DO NOTHING
                """
            ).run()
        }
        return deleted
    }

    public func isWithdrawn(studySlug: String, receiptHash: String) async throws -> Bool {
        try await !db.raw(
            "SELECT receipt_hash FROM withdrawn_receipts WHERE receipt_hash = \(bind: receiptHash) AND study_slug = \(bind: studySlug)"
        ).all().isEmpty
    }

    public func summaries(studySlug: String, test: Bool) async throws -> [ResponseSummary] {
        let table = test ? "test_responses" : "responses"
        return try await db.raw(
            "SELECT id, submitted_on FROM \(unsafeRaw: table) WHERE study_slug = \(bind: studySlug) ORDER BY submitted_on DESC, id"
        ).all().map {
            ResponseSummary(
                id: try $0.decode(column: "id", as: String.self), submittedOn: try $0.decode(column: "submitted_on", as: String.self),
                test: test)
        }
    }

    public func find(studySlug: String, id: String, instrument: Instrument) async throws -> (response: StoredResponse, test: Bool)? {
        let reader = StoredAnswerReader(instrument: instrument)
        for (table, test) in [("responses", false), ("test_responses", true)] {
            guard
                let row = try await db.raw(
                    """
                    SELECT receipt_hash, submitted_on, answers, language FROM \(unsafeRaw: table)
                    WHERE study_slug = \(bind: studySlug) AND id = \(bind: id)
                    """
                ).first()
            else { continue }
            guard let answers = try? reader.read(try row.decode(column: "answers", as: String.self)) else {
                throw StorageError.corrupt("answers of response \(id)")
            }
            let response = StoredResponse(
                id: id, studySlug: studySlug, receiptHash: try row.decode(column: "receipt_hash", as: String.self),
                submittedOn: try row.decode(column: "submitted_on", as: String.self), answers: answers,
                language: try row.decode(column: "language", as: String?.self) ?? "")
            return (response, test)
        }
        return nil
    }

    public func count(studySlug: String, instrumentVersion: Int) async throws -> Int {
        try await db.raw(
            """
            SELECT COUNT(*) AS n FROM responses
            WHERE study_slug = \(bind: studySlug) AND COALESCE(instrument_version, 1) = \(bind: instrumentVersion)
            """
        ).first(decodingColumn: "n", as: Int.self) ?? 0
    }

    public func count(studySlug: String) async throws -> Int {
        try await db.raw("SELECT COUNT(*) AS n FROM responses WHERE study_slug = \(bind: studySlug)")
            .first(decodingColumn: "n", as: Int.self) ?? 0
    }

    public func all(studySlug: String, instrument: Instrument) async throws -> [StoredResponse] {
        try await db.raw(
            """
            SELECT id, study_slug, receipt_hash, submitted_on, answers, language FROM responses
            WHERE study_slug = \(bind: studySlug) ORDER BY id
            """
        ).all().map { [reader = StoredAnswerReader(instrument: instrument)] row in
            let id = try row.decode(column: "id", as: String.self)
            let json = try row.decode(column: "answers", as: String.self)
            guard let answers = try? reader.read(json) else {
                throw StorageError.corrupt("answers of response \(id)")
            }
            return StoredResponse(
                id: id, studySlug: studySlug, receiptHash: try row.decode(column: "receipt_hash", as: String.self),
                submittedOn: try row.decode(column: "submitted_on", as: String.self), answers: answers,
                language: try row.decode(column: "language", as: String?.self) ?? "")
        }
    }

    public func streamAnswerDocuments(studySlug: String, _ body: @escaping @Sendable (String) -> Void) async throws {
        // A row that cannot be read stops the analysis rather than quietly lowering its n.
        let failure = NIOLockedValueBox<String?>(nil)
        try await db.raw("SELECT id, answers FROM responses WHERE study_slug = \(bind: studySlug)").run { row in
            if failure.withLockedValue({ $0 != nil }) { return }
            guard let json = try? row.decode(column: "answers", as: String.self) else {
                let id = (try? row.decode(column: "id", as: String.self)) ?? "?"
                failure.withLockedValue { $0 = id }
                return
            }
            body(json)
        }
        if let id = failure.withLockedValue({ $0 }) { throw StorageError.corrupt("answers of response \(id)") }
    }
}
