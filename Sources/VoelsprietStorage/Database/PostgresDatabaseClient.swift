import Logging
import NIOCore
import NIOPosix
@preconcurrency import PostgresKit
import SQLKit

/// A pool of PostgreSQL connections; several `serve` processes may share one database.
// `@unchecked`: the pool guards its state with locks but predates Sendable annotations.
public final class PostgresDatabaseClient: DatabaseClient, @unchecked Sendable {
    public let kind = DatabaseKind.postgres
    let pool: EventLoopGroupConnectionPool<PostgresConnectionSource>
    let logger: Logger
    public let sql: any SQLDatabase
    public let health: DatabaseHealth

    private init(pool: EventLoopGroupConnectionPool<PostgresConnectionSource>, logger: Logger) {
        self.pool = pool
        self.logger = logger
        self.health = DatabaseHealth(logger: logger)
        self.sql = OutsideTransactionDatabase(base: pool.database(logger: logger).sql(queryLogLevel: nil), health: health)
    }

    /// Connects lazily to the server at `url`.
    public static func connect(url: String, logger: Logger, connectionsPerEventLoop: Int = 8) throws -> PostgresDatabaseClient {
        var configuration = try SQLPostgresConfiguration(url: url)
        configuration.coreConfiguration.options.connectTimeout = .seconds(10)
        let pool = EventLoopGroupConnectionPool(
            source: PostgresConnectionSource(sqlConfiguration: configuration),
            maxConnectionsPerEventLoop: connectionsPerEventLoop,
            // While the server is unreachable a request waits this long for a connection, then
            // gets a 503 (DatabaseAvailability).
            requestTimeout: .seconds(10),
            pruneInterval: nil,
            logger: logger,
            on: MultiThreadedEventLoopGroup.singleton
        )
        return PostgresDatabaseClient(pool: pool, logger: logger)
    }

    public func withConnection<T: Sendable>(_ body: @escaping @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        let logger = self.logger
        return try await pool.withConnection(logger: logger) { connection in
            connection.eventLoop.makeFutureWithTask {
                try await body(connection.sql(queryLogLevel: nil))
            }
        }.get()
    }

    /// PostgreSQL keeps deleted rows until a vacuum reuses their space; this asks for one on
    /// the tables deletions touch (it marks the space free; it does not overwrite the bytes).
    public func scrub() async throws {
        try await sql.raw("VACUUM responses, contacts, study_members, studies").run()
    }

    public func shutdown() async throws {
        try await pool.shutdownAsync()
    }
}
