import Foundation
import Logging
import SQLKit
import Testing
import VoelsprietDomain
import VoelsprietStorage
import VoelsprietTestSupport
import VoelsprietWorkspace

/// The repository contract of the workspace tables, run on whichever engine the suite runs on
/// (SQLite by default, PostgreSQL with `DATABASE_URL`): the same calls must behave the same.
@Suite("Workspace storage contract")
struct WorkspaceStorageTests {
    static func study(_ slug: String) throws -> Study {
        Study(slug: slug, title: "T", status: .open, instrument: try BuiltInInstruments.quickscan(), createdOn: "2026-12-01")
    }

    @Test("a transaction is all or nothing: a failure half-way leaves no trace")
    func transactionRollsBack() async throws {
        try await TestDatabase.withClient { client in
            let repositories = Repositories(client: client)
            try await repositories.users.create(User(username: "anna", passwordHash: "x", role: .researcher))
            struct Boom: Error {}
            await #expect(throws: Boom.self) {
                try await repositories.transaction { tx in
                    try await tx.studies.create(try Self.study("half"))
                    try await tx.members.add(StudyMember(studySlug: "half", username: "anna", role: .lead, addedOn: "2026-12-01"))
                    try await tx.audit.append(AuditEntry(actor: "anna", action: .studyCreated, study: "half"))
                    throw Boom()
                }
            }
            #expect(try await repositories.studies.find(slug: "half") == nil)
            #expect(try await repositories.members.memberships(username: "anna").isEmpty)
            #expect(try await repositories.audit.all(studySlug: "half").isEmpty)
            // And a good one commits everything.
            let count = try await repositories.transaction { tx in
                try await tx.studies.create(try Self.study("whole"))
                try await tx.members.add(StudyMember(studySlug: "whole", username: "anna", role: .lead, addedOn: "2026-12-01"))
                return try await tx.members.members(studySlug: "whole").count
            }
            #expect(count == 1)
            #expect(try await repositories.members.role(studySlug: "whole", username: "anna") == .lead)
        }
    }

    @Test("statements of other tasks never slip into an open transaction")
    func isolation() async throws {
        try await TestDatabase.withClient { client in
            let repositories = Repositories(client: client)
            try await repositories.studies.create(try Self.study("iso"))
            struct Boom: Error {}
            let started = AsyncStream<Void>.makeStream()
            async let outside: Void = {
                for await _ in started.stream { break }
                // Runs while the transaction below is open; must survive its rollback.
                try await repositories.audit.append(AuditEntry(actor: "other", action: .reportViewed, study: "iso"))
            }()
            await #expect(throws: Boom.self) {
                try await repositories.transaction { tx in
                    try await tx.audit.append(AuditEntry(actor: "tx", action: .studyClosed, study: "iso"))
                    started.continuation.yield()
                    try await Task.sleep(for: .milliseconds(200))
                    throw Boom()
                }
            }
            try await outside
            #expect(try await repositories.audit.all(studySlug: "iso").map(\.entry.actor) == ["other"])
        }
    }

    @Test("inside a transaction, the outside repositories and a nested transaction fail at once, with the reason")
    func misuseFailsFast() async throws {
        try await TestDatabase.withClient { client in
            let repositories = Repositories(client: client)
            let start = ContinuousClock.now
            await #expect(throws: StorageError.self) {
                try await repositories.transaction { _ in
                    try await repositories.audit.append(AuditEntry(actor: "x", action: .login))
                }
            }
            await #expect(throws: StorageError.self) {
                try await repositories.transaction { _ in try await repositories.transaction { _ in 1 } }
            }
            // Not after SQLite's 10-second busy wait, nor never (PostgreSQL's unseen deadlock).
            #expect(ContinuousClock.now - start < .seconds(8))
            #expect(try await repositories.audit.all(studySlug: nil).isEmpty)
            // Outside, everything works as before.
            try await repositories.audit.append(AuditEntry(actor: "x", action: .login))
            #expect(try await repositories.audit.all(studySlug: nil).count == 1)
        }
    }

    @Test("members: add, role, remove, memberships; duplicates and unknown accounts are refused")
    func members() async throws {
        try await TestDatabase.withClient { client in
            let repositories = Repositories(client: client)
            try await repositories.studies.create(try Self.study("m"))
            for name in ["anna", "bram"] { try await repositories.users.create(User(username: name, passwordHash: "x", role: .researcher)) }
            try await repositories.members.add(StudyMember(studySlug: "m", username: "bram", role: .viewer, addedOn: "2026-12-01"))
            try await repositories.members.add(StudyMember(studySlug: "m", username: "anna", role: .lead, addedOn: "2026-12-01"))
            await #expect(throws: StorageError.duplicate("anna")) {
                try await repositories.members.add(StudyMember(studySlug: "m", username: "anna", role: .coder, addedOn: "2026-12-01"))
            }
            await #expect(throws: StorageError.notFound("ghost")) {
                try await repositories.members.add(StudyMember(studySlug: "m", username: "ghost", role: .coder, addedOn: "2026-12-01"))
            }
            #expect(try await repositories.members.members(studySlug: "m").map(\.username) == ["anna", "bram"])  // leads first
            try await repositories.members.setRole(studySlug: "m", username: "bram", role: .analyst)
            #expect(try await repositories.members.role(studySlug: "m", username: "bram") == .analyst)
            try await repositories.members.remove(studySlug: "m", username: "bram")
            #expect(try await repositories.members.role(studySlug: "m", username: "bram") == nil)
            await #expect(throws: StorageError.notFound("bram")) { try await repositories.members.remove(studySlug: "m", username: "bram") }
        }
    }

    @Test("the audit trail is append-only in the engine itself")
    func auditAppendOnly() async throws {
        try await TestDatabase.withClient { client in
            let repositories = Repositories(client: client)
            try await repositories.audit.append(AuditEntry(actor: "anna", action: .login))
            for statement in ["UPDATE audit_events SET actor = 'x'", "DELETE FROM audit_events"]
                + (client.kind == .postgres ? ["TRUNCATE audit_events"] : [])
            {
                await #expect(throws: (any Error).self, "\(statement)") { try await client.sql.raw(SQLQueryString(statement)).run() }
            }
            #expect(try await repositories.audit.all(studySlug: nil).map(\.entry) == [AuditEntry(actor: "anna", action: .login)])
        }
    }

    @Test("sessions: found by hash, updated, ended one by one or all of an account's")
    func sessions() async throws {
        try await TestDatabase.withClient { client in
            let repositories = Repositories(client: client)
            try await repositories.users.create(User(username: "anna", passwordHash: "x", role: .researcher))
            for id in ["a", "b", "c"] {
                try await repositories.sessions.create(
                    StoredSession(idHash: id, username: "anna", csrf: "t", stage: .twoFactor, createdAt: 100, lastSeenAt: 100))
            }
            try await repositories.sessions.update(idHash: "a", stage: .full, lastSeenAt: 500)
            #expect(try await repositories.sessions.find(idHash: "a")?.stage == .full)
            try await repositories.sessions.deleteIdle(before: 200)
            #expect(try await repositories.sessions.find(idHash: "b") == nil)
            try await repositories.sessions.create(StoredSession(idHash: "d", username: "anna", csrf: "t", stage: .full, createdAt: 600, lastSeenAt: 600))
            #expect(try await repositories.sessions.deleteAll(username: "anna", keeping: "d") == 1)
            #expect(try await repositories.sessions.find(idHash: "d") != nil)
        }
    }

    @Test("TOTP steps can be claimed once, and never an older one")
    func totpClaims() async throws {
        try await TestDatabase.withClient { client in
            let repositories = Repositories(client: client)
            try await repositories.users.create(User(username: "anna", passwordHash: "x", role: .researcher))
            try await repositories.users.setTOTPSecret(username: "anna", secret: Array(repeating: 7, count: 20))
            #expect(try await repositories.users.find(username: "anna")?.totpSecret == Array(repeating: 7, count: 20))
            #expect(try await repositories.users.claimTOTPStep(username: "anna", step: 10))
            #expect(try await !repositories.users.claimTOTPStep(username: "anna", step: 10))
            #expect(try await !repositories.users.claimTOTPStep(username: "anna", step: 9))
            #expect(try await repositories.users.claimTOTPStep(username: "anna", step: 11))
        }
    }

    @Test("study settings and deletion")
    func studies() async throws {
        try await TestDatabase.withClient { client in
            let repositories = Repositories(client: client)
            try await repositories.studies.create(try Self.study("s"))
            try await repositories.studies.updateSettings(slug: "s", title: "Nieuw", retentionDate: "2027-01-31", requireTwoFactor: true)
            let study = try #require(try await repositories.studies.find(slug: "s"))
            #expect(study.title == "Nieuw" && study.retentionDate == "2027-01-31" && study.requireTwoFactor)
            try await repositories.studies.delete(slug: "s")
            await #expect(throws: StorageError.notFound("s")) { try await repositories.studies.delete(slug: "s") }
        }
    }
}

@Suite("Upgrading to the workspace schema")
struct WorkspaceUpgradeTests {
    @Test("studies that existed get their admins as leads, and each study's trail says so")
    func upgrade() async throws {
        let (configuration, cleanUp) = try await TestDatabase.fresh()
        let logger = Logger(label: "test")
        let client = try await DatabaseClientFactory.open(configuration, logger: logger, migrate: false)
        do {
            try await MigrationRunner(client: client, logger: logger, migrations: [MigrationRunner.all[0]]).run()
            let instrument = String(decoding: try JSONEncoder().encode(try BuiltInInstruments.quickscan()), as: UTF8.self)
            try await client.sql.raw(
                """
                INSERT INTO studies (slug, title, status, instrument, help_links, created_on)
                VALUES ('old', 'Old', 'open', \(bind: instrument), NULL, '2025-01-01')
                """
            ).run()
            try await client.sql.raw(
                "INSERT INTO users (username, password_hash, role, created_on) VALUES ('boss', 'x', 'admin', '2025-01-01'), ('res', 'x', 'researcher', '2025-01-01')"
            ).run()
            try await MigrationRunner(client: client, logger: logger).run()
            let repositories = Repositories(client: client)
            #expect(try await repositories.members.members(studySlug: "old").map(\.username) == ["boss"])
            let trail = try await repositories.audit.all(studySlug: "old")
            #expect(trail.count == 1)
            #expect(trail.first?.entry.actor == "migration" && trail.first?.entry.action == .memberAdded)
            #expect(trail.first?.at.range(of: #"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$"#, options: .regularExpression) != nil)
            #expect(try await repositories.users.find(username: "res")?.mustChangePassword == false)
        } catch {
            try? await client.shutdown()
            await cleanUp()
            throw error
        }
        try await client.shutdown()
        await cleanUp()
    }
}
