import Foundation
import Logging
import NIOCore
import NIOPosix
import SQLKit
import SQLiteKit

/// SQLite in WAL mode on one connection.
///
/// One connection serialises every statement, which is what SQLite does with writes anyway,
/// and it lets the response writer commit many submissions in one statement (group commit).
/// `synchronous = FULL` makes every commit durable before it is acknowledged.
public final class SQLiteDatabaseClient: DatabaseClient {
    public let kind = DatabaseKind.sqlite
    let connection: SQLiteConnection
    public let sql: any SQLDatabase
    /// The database file.
    public let path: String

    private init(connection: SQLiteConnection, path: String, logger: Logger) {
        self.connection = connection
        self.path = path
        self.sql = connection.sql(queryLogLevel: nil)
    }

    /// Opens (creating when needed) `voelspriet.sqlite` in `directory`.
    public static func open(directory: String, logger: Logger) async throws -> SQLiteDatabaseClient {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let path = (directory as NSString).appendingPathComponent("voelspriet.sqlite")
        let connection = try await SQLiteConnection.open(storage: .file(path: path), logger: logger)
        let client = SQLiteDatabaseClient(connection: connection, path: path, logger: logger)
        for pragma in [
            "PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL", "PRAGMA foreign_keys = ON",
            "PRAGMA busy_timeout = 10000",
            // Memory-mapped reads, and checkpoints every ~16 MB of WAL instead of every 4 MB, so
            // that the writer pays for copying back into the database file less often.
            "PRAGMA mmap_size = 268435456", "PRAGMA wal_autocheckpoint = 4000",
        ] {
            try await client.sql.raw(SQLQueryString(pragma)).run()
        }
        return client
    }

    public func withConnection<T: Sendable>(_ body: @escaping @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        try await body(sql)
    }

    public func shutdown() async throws {
        try await connection.close()
    }
}
