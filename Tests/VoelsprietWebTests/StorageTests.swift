import Foundation
import Logging
import Testing
import VoelsprietStorage

@Suite("Storage on the configured database")
struct StorageTests {
    @Test("migrations run once, are recorded, and concurrent starts do not collide")
    func migrations() async throws {
        let (database, cleanUp) = try await TestApp.freshDatabase()
        let logger = Logger(label: "test")
        // Four processes starting at once would each run the runner; here four clients do.
        let outcomes = await withTaskGroup(of: Result<any DatabaseClient, any Error>.self) { group in
            for _ in 0..<4 {
                group.addTask {
                    do { return .success(try await DatabaseClientFactory.open(database, logger: logger)) } catch { return .failure(error) }
                }
            }
            return await group.reduce(into: []) { $0.append($1) }
        }
        let clients = outcomes.compactMap { try? $0.get() }
        for case .failure(let error) in outcomes { Issue.record(error, "a concurrent start failed") }
        try #require(!clients.isEmpty)
        let runner = MigrationRunner(client: clients[0], logger: logger)
        #expect(try await runner.appliedVersions() == MigrationRunner.all.map(\.version))
        #expect(try await runner.run() == [])
        for client in clients { try await client.shutdown() }
        await cleanUp()
    }

    @Test("SQLite: a start waits for another process's write lock longer than a request would, then requests wait 10 s again")
    func startWaitsForLock() async throws {
        let (database, cleanUp) = try await TestApp.freshDatabase()
        guard case .sqlite = database else { return await cleanUp() }
        let logger = Logger(label: "test")
        let other = try await DatabaseClientFactory.open(database, logger: logger)
        // Another process holds the write lock for longer than a request's busy timeout (10 s),
        // as one migrating on a loaded machine can (CI saw a concurrent start fail as busy).
        let holding = Task {
            try await other.withConnection { db in
                try await db.raw("BEGIN IMMEDIATE").run()
                try await Task.sleep(for: .seconds(12))
                try await db.raw("COMMIT").run()
            }
        }
        try await Task.sleep(for: .milliseconds(500))
        let started = ContinuousClock.now
        let client = try await DatabaseClientFactory.open(database, logger: logger)
        #expect(ContinuousClock.now - started > .seconds(10), "the start waited for the lock")
        try await holding.value
        let timeout = try await client.sql.raw("PRAGMA busy_timeout").first()?.decode(column: "timeout", as: Int.self)
        #expect(timeout == 10_000)
        try await client.shutdown()
        try await other.shutdown()
        await cleanUp()
    }

    @Test("a stored response holds a random id, the date, the questionnaire's language and the answers: nothing about the sender")
    func responseColumns() async throws {
        try await TestApp.run { client, setup in
            _ = try await Bodies.submit(client, Bodies.json(Bodies.professionalWithoutExperience))
            let row = try #require(try await setup.client.sql.raw("SELECT * FROM responses").first())
            #expect(Set(row.allColumns) == ["receipt_hash", "id", "study_slug", "submitted_on", "answers", "language", "instrument_version"])
            // The questionnaire version answered: the same for every response between two
            // publications, so no finer than the day unless a lead publishes again that day.
            let version = try row.decode(column: "instrument_version", as: Int?.self)
            #expect(version == 1)
            // The language is one of the questionnaire's (nl, en) or not kept (the API), never the
            // browser's Accept-Language or anything else that could narrow down who sent it.
            let language = try row.decode(column: "language", as: String?.self)
            #expect(language == nil || ["nl", "en"].contains(language!))
            let day = try row.decode(column: "submitted_on", as: String.self)
            #expect(day.range(of: #"^\d{4}-\d{2}-\d{2}$"#, options: .regularExpression) != nil)
            let hash = try row.decode(column: "receipt_hash", as: String.self)
            #expect(hash.range(of: "^[0-9a-f]{64}$", options: .regularExpression) != nil)
            let answers = try row.decode(column: "answers", as: String.self)
            #expect(answers.hasPrefix(#"{"experience":"no","#))
        }
    }
}
