import Foundation
import Logging
import NIOCore
import NIOPosix
import SQLKit
import SQLiteKit

/// SQLite in WAL mode: one connection for single statements, one for transactions.
///
/// The statement connection serialises every single statement, which is what SQLite does
/// with writes anyway, and it lets the response writer commit many submissions in one
/// statement (group commit). Transactions (`withConnection`) run on a second connection, one
/// at a time, so that statements of other requests can never slip into an open transaction;
/// while a transaction holds the write lock, writers on the statement connection wait for it
/// (`busy_timeout`). `synchronous = FULL` makes every commit durable before it is acknowledged.
///
/// Each connection has a thread of its own: SQLite waits for locks by sleeping on the calling
/// thread, and on a shared pool two waiting connections could occupy every thread while the
/// one holding the lock has none left to finish on.
public final class SQLiteDatabaseClient: DatabaseClient {
    public let kind = DatabaseKind.sqlite
    let connection: SQLiteConnection
    let transactionConnection: SQLiteConnection
    let threadPools: [NIOThreadPool]
    let transactionGate = AsyncGate()
    public let sql: any SQLDatabase
    let transactionSQL: any SQLDatabase
    /// The database file.
    public let path: String
    public let health: DatabaseHealth

    private init(
        connection: SQLiteConnection, transactionConnection: SQLiteConnection, threadPools: [NIOThreadPool], path: String,
        logger: Logger
    ) {
        self.connection = connection
        self.transactionConnection = transactionConnection
        self.threadPools = threadPools
        self.path = path
        self.health = DatabaseHealth(logger: logger)
        self.sql = OutsideTransactionDatabase(base: connection.sql(queryLogLevel: nil), health: health)
        self.transactionSQL = transactionConnection.sql(queryLogLevel: nil)
    }

    /// How long a statement waits for another connection's lock before it fails as busy (and a
    /// request gets a 503).
    static let busyTimeoutMilliseconds = 10_000
    /// The same while a server starts (the connection set-up and the migrations): another process
    /// may be migrating the same file, and on a loaded machine that can take longer than a
    /// request should wait, but a start should wait for it rather than fail.
    static let startupBusyTimeoutMilliseconds = 120_000

    /// Opens (creating when needed) `voelspriet.sqlite` in `directory`.
    public static func open(directory: String, logger: Logger) async throws -> SQLiteDatabaseClient {
        try DataFolder.prepare(directory: directory)
        let path = DataFolder.path(in: directory)
        var pools: [NIOThreadPool] = []
        var connections: [SQLiteConnection] = []
        func closeAll() async {
            for connection in connections { try? await connection.close() }
            for pool in pools { try? await pool.shutdownGracefully() }
        }
        do {
            for _ in 0..<2 {
                let pool = NIOThreadPool(numberOfThreads: 1)
                pool.start()
                pools.append(pool)
                let connection = try await SQLiteConnection.open(
                    storage: .file(path: path), threadPool: pool, logger: logger, on: MultiThreadedEventLoopGroup.singleton.any())
                connections.append(connection)
                // The busy timeout first: switching to WAL needs a lock that another process may hold.
                for pragma in [
                    "PRAGMA busy_timeout = \(startupBusyTimeoutMilliseconds)", "PRAGMA journal_mode = WAL",
                    "PRAGMA synchronous = FULL",
                    "PRAGMA foreign_keys = ON",
                    // Deleted rows are overwritten with zeros, not just unlinked.
                    "PRAGMA secure_delete = ON",
                    // Memory-mapped reads, and checkpoints every ~16 MB of WAL instead of every 4 MB, so
                    // that the writer pays for copying back into the database file less often.
                    "PRAGMA mmap_size = 268435456", "PRAGMA wal_autocheckpoint = 4000",
                ] {
                    try await connection.sql(queryLogLevel: nil).raw(SQLQueryString(pragma)).run()
                }
            }
        } catch {
            // An unclosed connection traps when released: close everything before giving up.
            await closeAll()
            throw error
        }
        return SQLiteDatabaseClient(
            connection: connections[0], transactionConnection: connections[1], threadPools: pools, path: path, logger: logger)
    }

    /// Ends the start: statements wait `busyTimeoutMilliseconds` for a lock from now on.
    public func finishStartup() async throws {
        let pragma = SQLQueryString("PRAGMA busy_timeout = " + String(Self.busyTimeoutMilliseconds))
        try await connection.sql(queryLogLevel: nil).raw(pragma).run()
        try await withConnection { try await $0.raw(pragma).run() }
    }

    public func withConnection<T: Sendable>(_ body: @escaping @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        await transactionGate.enter()
        do {
            let result = try await body(transactionSQL)
            await transactionGate.leave()
            return result
        } catch {
            await transactionGate.leave()
            throw error
        }
    }

    /// Checkpoints and truncates the write-ahead log; retried while a reader (another process)
    /// keeps the checkpoint from completing, and an error when it never does.
    public func scrub() async throws {
        for attempt in 0..<20 {
            let row = try await sql.raw("PRAGMA wal_checkpoint(TRUNCATE)").first()
            if (try row?.decode(column: "busy", as: Int.self)) == 0 { return }
            try await Task.sleep(for: .milliseconds(50 * (attempt + 1)))
        }
        throw StorageError.corrupt("the write-ahead log could not be truncated: another process keeps reading")
    }

    /// Closes both connections and their threads, each even when another fails (an unclosed
    /// connection traps when released); the first failure is rethrown afterwards.
    public func shutdown() async throws {
        var failure: (any Error)?
        for connection in [connection, transactionConnection] {
            do { try await connection.close() } catch { failure = failure ?? error }
        }
        for pool in threadPools {
            do { try await pool.shutdownGracefully() } catch { failure = failure ?? error }
        }
        if let failure { throw failure }
    }
}

/// A FIFO mutex for async code: one holder at a time, waiters resumed in order.
actor AsyncGate {
    private var busy = false
    private var waiters: [CheckedContinuation<Void, Never>] = []

    func enter() async {
        if !busy {
            busy = true
            return
        }
        await withCheckedContinuation { waiters.append($0) }
    }

    func leave() {
        if waiters.isEmpty {
            busy = false
        } else {
            waiters.removeFirst().resume()
        }
    }
}
