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
///
/// The connection has a thread of its own: SQLite waits for locks by sleeping on the calling
/// thread, and on a shared pool two waiting connections could occupy every thread while the
/// one holding the lock has none left to finish on.
public final class SQLiteDatabaseClient: DatabaseClient {
    public let kind = DatabaseKind.sqlite
    let connection: SQLiteConnection
    let threadPool: NIOThreadPool
    public let sql: any SQLDatabase
    /// The database file.
    public let path: String

    private init(connection: SQLiteConnection, threadPool: NIOThreadPool, path: String) {
        self.connection = connection
        self.threadPool = threadPool
        self.path = path
        self.sql = connection.sql(queryLogLevel: nil)
    }

    /// Opens (creating when needed) `voelspriet.sqlite` in `directory`.
    public static func open(directory: String, logger: Logger) async throws -> SQLiteDatabaseClient {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let path = (directory as NSString).appendingPathComponent("voelspriet.sqlite")
        let threadPool = NIOThreadPool(numberOfThreads: 1)
        threadPool.start()
        let connection: SQLiteConnection
        do {
            connection = try await SQLiteConnection.open(
                storage: .file(path: path), threadPool: threadPool, logger: logger,
                on: MultiThreadedEventLoopGroup.singleton.any())
        } catch {
            try? await threadPool.shutdownGracefully()
            throw error
        }
        let client = SQLiteDatabaseClient(connection: connection, threadPool: threadPool, path: path)
        // The busy timeout first: switching to WAL needs a lock that another process may hold.
        for pragma in [
            "PRAGMA busy_timeout = 10000", "PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL",
            "PRAGMA foreign_keys = ON",
            // Memory-mapped reads, and checkpoints every ~16 MB of WAL instead of every 4 MB, so
            // that the writer pays for copying back into the database file less often.
            "PRAGMA mmap_size = 268435456", "PRAGMA wal_autocheckpoint = 4000",
        ] {
            do {
                try await client.sql.raw(SQLQueryString(pragma)).run()
            } catch {
                // An unclosed connection traps when released: close it before giving up.
                try? await client.shutdown()
                throw error
            }
        }
        return client
    }

    public func withConnection<T: Sendable>(_ body: @escaping @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        try await body(sql)
    }

    public func shutdown() async throws {
        try await connection.close()
        try await threadPool.shutdownGracefully()
    }
}
