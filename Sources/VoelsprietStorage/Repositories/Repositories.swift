import Logging
import SQLKit

/// The repositories the app is built from; tests may pass their own implementations.
public struct Repositories: Sendable {
    public var studies: any StudyRepository
    public var responses: any ResponseRepository
    public var contacts: any ContactRepository
    public var users: any UserRepository
    public var members: any MemberRepository
    public var audit: any AuditRepository
    public var sessions: any SessionRepository
    public var secrets: any SecretRepository
    public var literature: any LiteratureRepository
    public var interviews: any InterviewRepository
    public var studyReports: any StudyReportRepository
    /// After a deletion, scrubs the files (see `DatabaseClient.scrub`).
    public let scrub: @Sendable () async throws -> Void
    /// Runs a unit of work in one database transaction (see `transaction(_:)`).
    let transactionRunner: @Sendable (@escaping @Sendable (Transaction) async throws -> Void) async throws -> Void
    /// Whether the database is reachable (the client's; a fresh one for hand-made repositories).
    public let health: DatabaseHealth

    public init(
        studies: any StudyRepository, responses: any ResponseRepository, contacts: any ContactRepository,
        users: any UserRepository, members: any MemberRepository, audit: any AuditRepository,
        sessions: any SessionRepository, scrub: @escaping @Sendable () async throws -> Void = {},
        transactionRunner: @escaping @Sendable (@escaping @Sendable (Transaction) async throws -> Void) async throws -> Void,
        health: DatabaseHealth = DatabaseHealth(logger: Logger(label: "voelspriet")),
        secrets: any SecretRepository = InMemorySecretRepository(),
        literature: any LiteratureRepository, interviews: any InterviewRepository, studyReports: any StudyReportRepository
    ) {
        self.literature = literature
        self.interviews = interviews
        self.studyReports = studyReports
        self.health = health
        self.secrets = secrets
        self.studies = studies
        self.responses = responses
        self.contacts = contacts
        self.users = users
        self.members = members
        self.audit = audit
        self.sessions = sessions
        self.scrub = scrub
        self.transactionRunner = transactionRunner
    }

    /// The SQL repositories over one database client.
    public init(client: any DatabaseClient) {
        self.init(
            studies: SQLStudyRepository(db: client.sql, kind: client.kind),
            responses: SQLResponseRepository(client: client),
            contacts: SQLContactRepository(db: client.sql),
            users: SQLUserRepository(db: client.sql, kind: client.kind),
            members: SQLMemberRepository(db: client.sql),
            audit: SQLAuditRepository(db: client.sql),
            sessions: SQLSessionRepository(db: client.sql),
            scrub: { try await client.scrub() },
            transactionRunner: { body in
                try await client.transaction { db in try await body(Transaction(db: db, kind: client.kind)) }
            }, health: client.health, secrets: SQLSecretRepository(db: client.sql),
            literature: SQLLiteratureRepository(db: client.sql), interviews: SQLInterviewRepository(db: client.sql, kind: client.kind),
            studyReports: SQLStudyReportRepository(db: client.sql))
    }

    /// Runs `body` in one transaction: every change it makes through the `Transaction`'s
    /// repositories is committed together when it returns, and none when it throws.
    public func transaction<T: Sendable>(_ body: @escaping @Sendable (Transaction) async throws -> T) async throws -> T {
        let result = ResultBox<T>()
        try await transactionRunner { transaction in
            result.value = try await body(transaction)
        }
        guard let value = result.value else { throw StorageError.corrupt("transaction returned nothing") }
        return value
    }
}

/// The repositories bound to one transaction's connection.
public struct Transaction: Sendable {
    public let studies: any StudyRepository
    public let members: any MemberRepository
    public let audit: any AuditRepository
    public let contacts: any ContactRepository
    public let users: any UserRepository
    public let sessions: any SessionRepository
    /// Deleting and importing; single submissions go through the group-commit writer instead.
    public let responses: any ResponseDeletion
    public let literature: any LiteratureRepository
    public let interviews: any InterviewRepository
    public let studyReports: any StudyReportRepository

    init(db: any SQLDatabase, kind: DatabaseKind) {
        studies = SQLStudyRepository(db: db, kind: kind)
        members = SQLMemberRepository(db: db)
        audit = SQLAuditRepository(db: db)
        contacts = SQLContactRepository(db: db)
        users = SQLUserRepository(db: db, kind: kind)
        sessions = SQLSessionRepository(db: db)
        responses = SQLResponseDeletion(db: db)
        literature = SQLLiteratureRepository(db: db)
        interviews = SQLInterviewRepository(db: db, kind: kind)
        studyReports = SQLStudyReportRepository(db: db)
    }

    /// For tests with their own repositories.
    public init(
        studies: any StudyRepository, members: any MemberRepository, audit: any AuditRepository,
        contacts: any ContactRepository, users: any UserRepository, sessions: any SessionRepository,
        responses: any ResponseDeletion, literature: any LiteratureRepository, interviews: any InterviewRepository,
        studyReports: any StudyReportRepository
    ) {
        self.literature = literature
        self.interviews = interviews
        self.studyReports = studyReports
        self.studies = studies
        self.members = members
        self.audit = audit
        self.contacts = contacts
        self.users = users
        self.sessions = sessions
        self.responses = responses
    }
}

/// A study's responses inside a transaction: deleting them all, or importing many at once.
public protocol ResponseDeletion: Sendable {
    func deleteAll(studySlug: String) async throws -> Int
    /// Inserts the responses (with their answers as stored JSON) in batches.
    func insert(_ responses: [StoredResponse]) async throws
    /// Deletes one response (real or test) by its id; true when there was one.
    func delete(studySlug: String, id: String) async throws -> Bool
    /// Deletes every test response of the study; how many there were.
    func deleteTests(studySlug: String) async throws -> Int
    /// Real responses given to one version of the questionnaire (for publishing under the lock).
    func count(studySlug: String, instrumentVersion: Int) async throws -> Int
}

struct SQLResponseDeletion: ResponseDeletion {
    let db: any SQLDatabase

    func count(studySlug: String, instrumentVersion: Int) async throws -> Int {
        try await db.raw(
            """
            SELECT COUNT(*) AS n FROM responses
            WHERE study_slug = \(bind: studySlug) AND COALESCE(instrument_version, 1) = \(bind: instrumentVersion)
            """
        ).first(decodingColumn: "n", as: Int.self) ?? 0
    }

    func insert(_ responses: [StoredResponse]) async throws {
        var start = 0
        while start < responses.count {
            let batch = responses[start..<min(start + 200, responses.count)]
            var builder = db.insert(into: "responses").columns(
                "id", "study_slug", "receipt_hash", "submitted_on", "answers", "language", "instrument_version")
            for response in batch {
                builder = builder.values(
                    response.id, response.studySlug, response.receiptHash, response.submittedOn, try response.answers.jsonString(),
                    response.language.isEmpty ? nil : response.language, response.instrumentVersion)
            }
            try await builder.run()
            start += batch.count
        }
    }

    func delete(studySlug: String, id: String) async throws -> Bool {
        var deleted = false
        for table in ["responses", "test_responses"] {
            let rows = try await db.raw(
                "DELETE FROM \(unsafeRaw: table) WHERE study_slug = \(bind: studySlug) AND id = \(bind: id) RETURNING id"
            ).all()
            deleted = deleted || !rows.isEmpty
        }
        return deleted
    }

    func deleteTests(studySlug: String) async throws -> Int {
        try await db.raw("DELETE FROM test_responses WHERE study_slug = \(bind: studySlug) RETURNING id").all().count
    }

    /// Counted first, then deleted: both inside the caller's transaction, so the count is exact.
    func deleteAll(studySlug: String) async throws -> Int {
        let count = try await db.raw("SELECT COUNT(*) AS n FROM responses WHERE study_slug = \(bind: studySlug)")
            .first(decodingColumn: "n", as: Int.self) ?? 0
        try await db.raw("DELETE FROM responses WHERE study_slug = \(bind: studySlug)").run()
        try await db.raw("DELETE FROM test_responses WHERE study_slug = \(bind: studySlug)").run()
        return count
    }
}

/// Carries a transaction's result out of the runner's closure (written once, read after).
final class ResultBox<T: Sendable>: @unchecked Sendable {
    var value: T?
}
