import Logging
import SQLKit

/// Applies pending migrations in order, each in its own transaction, recorded in `voelspriet_migrations`.
///
/// On PostgreSQL a session advisory lock makes concurrent starts of several servers safe;
/// on SQLite `BEGIN IMMEDIATE` takes the write lock before the version check.
public struct MigrationRunner: Sendable {
    /// All migrations, in order. Append only.
    public static let all: [any Migration] = [
        M0001CreateCoreTables(),
        M0002StudyWorkspace(),
        M0003PendingContacts(),
        M0004LiteratureReview(),
        M0005Interviews(),
        M0006StudyReports(),
        M0007TestResponsesAndClosing(),
        M0008QuestionnaireVersions(),
    ]

    let client: any DatabaseClient
    let logger: Logger
    let migrations: [any Migration]

    public init(client: any DatabaseClient, logger: Logger, migrations: [any Migration] = MigrationRunner.all) {
        self.client = client
        self.logger = logger
        self.migrations = migrations
    }

    /// Versions already applied.
    public func appliedVersions() async throws -> [Int] {
        try await client.sql.raw("SELECT version FROM voelspriet_migrations ORDER BY version")
            .all(decodingColumn: "version", as: Int.self)
    }

    /// Applies what is pending; returns the versions it applied.
    @discardableResult
    public func run() async throws -> [Int] {
        let kind = client.kind
        let migrations = self.migrations
        let logger = self.logger
        return try await client.withConnection { db in
            if kind == .postgres { try await db.raw("SELECT pg_advisory_lock(58300101)").run() }
            do {
                try await db.raw(
                    """
                    CREATE TABLE IF NOT EXISTS voelspriet_migrations (
                        version BIGINT PRIMARY KEY, name TEXT NOT NULL, applied_on TEXT NOT NULL)
                    """
                ).run()
                var applied: [Int] = []
                for migration in migrations {
                    try await db.raw(SQLQueryString(kind == .sqlite ? "BEGIN IMMEDIATE" : "BEGIN")).run()
                    do {
                        let done = try await db.raw(
                            "SELECT COUNT(*) AS n FROM voelspriet_migrations WHERE version = \(bind: migration.version)"
                        ).first(decodingColumn: "n", as: Int.self) ?? 0
                        if done == 0 {
                            for statement in migration.statements(for: kind) {
                                try await db.raw(SQLQueryString(statement)).run()
                            }
                            try await db.raw(
                                """
                                INSERT INTO voelspriet_migrations (version, name, applied_on)
                                VALUES (\(bind: migration.version), \(bind: migration.name), \(bind: Clock.today()))
                                """
                            ).run()
                            applied.append(migration.version)
                            logger.info("Applied migration \(migration.version) \(migration.name)")
                        }
                        try await db.raw("COMMIT").run()
                    } catch {
                        try? await db.raw("ROLLBACK").run()
                        throw error
                    }
                }
                if kind == .postgres { try await db.raw("SELECT pg_advisory_unlock(58300101)").run() }
                return applied
            } catch {
                if kind == .postgres { try? await db.raw("SELECT pg_advisory_unlock(58300101)").run() }
                throw error
            }
        }
    }
}
