import SQLKit

/// A connection (pool) to the database, the one seam between repositories and the engine.
public protocol DatabaseClient: Sendable {
    var kind: DatabaseKind { get }
    /// For single statements; each runs atomically on its own.
    var sql: any SQLDatabase { get }
    /// Runs `body` on one connection, so that a transaction or session lock holds across statements.
    func withConnection<T: Sendable>(_ body: @escaping @Sendable (any SQLDatabase) async throws -> T) async throws -> T
    /// After a deletion: makes what was deleted unreadable from the files too, as far as the
    /// engine allows (SQLite: deleted pages are zeroed by `secure_delete`; this checkpoints and
    /// truncates the write-ahead log, whose old frames still hold them).
    func scrub() async throws
    /// Called once the start (opening and migrating) is over: an engine that waits longer for
    /// locks while starting goes back to the request timeouts.
    func finishStartup() async throws
    /// Closes all connections.
    func shutdown() async throws
    /// Whether the database is reachable, as the last statements found.
    var health: DatabaseHealth { get }
}

extension DatabaseClient {
    public func finishStartup() async throws {}

    /// Runs `body` in a transaction on one connection: committed when it returns, rolled back when it throws.
    public func transaction<T: Sendable>(_ body: @escaping @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        let begin = kind == .sqlite ? "BEGIN IMMEDIATE" : "BEGIN"
        if TransactionScope.isActive {
            throw StorageError.misuse("a transaction was started inside another; pass the outer transaction's repositories instead")
        }
        do {
            let result = try await withConnection { db in
                try await db.raw(SQLQueryString(begin)).run()
                do {
                    let result = try await TransactionScope.$isActive.withValue(true) { try await body(db) }
                    try await db.raw("COMMIT").run()
                    return result
                } catch {
                    try? await db.raw("ROLLBACK").run()
                    throw error
                }
            }
            health.up()
            return result
        } catch {
            health.failed(error)
            throw error
        }
    }
}
