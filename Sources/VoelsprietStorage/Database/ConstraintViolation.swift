import PostgresKit
import SQLiteKit

/// Whether `error` is a foreign-key violation (a row pointing at a study or account that is
/// gone, say because it was deleted meanwhile), on either engine.
func isForeignKeyViolation(_ error: any Error) -> Bool {
    if let error = error as? SQLiteError {
        return error.reason == .constraintForeignKeyFailed
            || (error.reason == .constraint && error.message.contains("FOREIGN KEY"))
    }
    if let error = error as? PSQLError {
        return error.serverInfo?[.sqlState] == "23503"
    }
    return false
}
