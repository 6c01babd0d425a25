import Logging
import NIOCore
import SQLKit

/// Marks the work of a running transaction (a task-local, so it holds across awaits and in
/// child tasks the transaction starts).
enum TransactionScope {
    @TaskLocal static var isActive = false
}

/// The client's statement database (`DatabaseClient.sql`), which refuses to run inside a
/// transaction's closure. A statement there would go over another connection than the
/// transaction's: on SQLite it waits for the write lock its own transaction holds, on
/// PostgreSQL it can wait for a row the transaction locked — a deadlock neither engine can
/// see. So it fails at once, naming the mistake: inside `transaction { tx in … }`, use `tx`.
///
/// Every statement's outcome also goes to the client's `DatabaseHealth`.
struct OutsideTransactionDatabase: SQLDatabase {
    let base: any SQLDatabase
    let health: DatabaseHealth

    var logger: Logger { base.logger }
    var eventLoop: any EventLoop { base.eventLoop }
    var version: (any SQLDatabaseReportedVersion)? { base.version }
    var dialect: any SQLDialect { base.dialect }
    var queryLogLevel: Logger.Level? { base.queryLogLevel }

    static let misuse = StorageError.misuse(
        "a statement outside the transaction was run from inside it; use the transaction's repositories (tx)")

    func execute(sql query: any SQLExpression, _ onRow: @escaping @Sendable (any SQLRow) -> ()) -> EventLoopFuture<Void> {
        if TransactionScope.isActive { return eventLoop.makeFailedFuture(Self.misuse) }
        let health = self.health
        return base.execute(sql: query, onRow).always { result in
            switch result {
            case .success: health.up()
            case .failure(let error): health.failed(error)
            }
        }
    }

    func execute(sql query: any SQLExpression, _ onRow: @escaping @Sendable (any SQLRow) -> ()) async throws {
        if TransactionScope.isActive { throw Self.misuse }
        do {
            try await base.execute(sql: query, onRow)
            health.up()
        } catch {
            health.failed(error)
            throw error
        }
    }
}
