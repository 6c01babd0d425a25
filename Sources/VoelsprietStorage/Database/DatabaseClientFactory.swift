import Logging

/// Opens the database a configuration names and brings its schema up to date.
public enum DatabaseClientFactory {
    /// Connects and runs pending migrations.
    public static func open(_ configuration: DatabaseConfiguration, logger: Logger, migrate: Bool = true) async throws
        -> any DatabaseClient
    {
        let client: any DatabaseClient
        switch configuration {
        case .sqlite(let directory): client = try await SQLiteDatabaseClient.open(directory: directory, logger: logger)
        case .postgres(let url): client = try PostgresDatabaseClient.connect(url: url, logger: logger)
        }
        do {
            // On SQLite the start waits longer for locks (another process may be migrating).
            if migrate { try await MigrationRunner(client: client, logger: logger).run() }
            try await client.finishStartup()
        } catch {
            try? await client.shutdown()
            throw error
        }
        return client
    }
}
