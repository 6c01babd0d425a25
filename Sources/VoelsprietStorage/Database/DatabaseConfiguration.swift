import Foundation

/// Where Voelspriet keeps its data.
public enum DatabaseConfiguration: Sendable, Hashable {
    /// An SQLite file (WAL mode) in a data folder: the embedded default.
    case sqlite(directory: String)
    /// A PostgreSQL server, from a `postgres://user:pass@host:port/db` address.
    case postgres(url: String)

    /// PostgreSQL when `DATABASE_URL` is set, otherwise SQLite in `dataDirectory`.
    public static func fromEnvironment(
        dataDirectory: String, environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> DatabaseConfiguration {
        if let url = environment["DATABASE_URL"], !url.isEmpty { return .postgres(url: url) }
        return .sqlite(directory: dataDirectory)
    }

    /// A description for logs and messages, without any password.
    public var displayName: String {
        switch self {
        case .sqlite(let directory): return "SQLite in \(directory)"
        case .postgres(let url):
            guard var components = URLComponents(string: url) else { return "PostgreSQL" }
            components.password = components.password == nil ? nil : "***"
            return "PostgreSQL at \(components.string ?? "?")"
        }
    }
}
