import NIOCore
import NIOPosix
import PostgresKit
import SQLiteKit

/// Whether an error means "the database cannot be reached right now" (a PostgreSQL restart,
/// a refused or dropped connection, a pool that found no connection in time, SQLite locked
/// beyond its busy timeout) rather than a fault in the request or the code. Such requests are
/// answered 503 with Retry-After: nothing was stored, and trying again later is right.
public enum DatabaseAvailability {
    public static func isUnavailable(_ error: any Error) -> Bool {
        switch error {
        case let error as PSQLError:
            switch error.code {
            case .serverClosedConnection, .clientClosedConnection, .connectionError, .uncleanShutdown, .poolClosed:
                return true
            case .server:
                // Class 08 (connection exception), 57P01–57P03 (shutting down, crashed,
                // cannot connect now), 53300 (too many connections).
                let state = error.serverInfo?[.sqlState] ?? ""
                return state.hasPrefix("08") || state.hasPrefix("57P") || state == "53300"
            default:
                return false
            }
        case is ConnectionPoolTimeoutError, is NIOConnectionError, is ChannelError:
            return true
        case let error as IOError:
            return [ECONNREFUSED, ECONNRESET, EPIPE, ETIMEDOUT, EHOSTUNREACH, ENETUNREACH].contains(error.errnoCode)
        case let error as SQLiteError:
            return error.reason == .busy || error.reason == .locked || error.reason == .busyTimeout
        default:
            return false
        }
    }
}
