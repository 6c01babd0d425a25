import Foundation
import Logging
import VoelsprietStorage

/// A fresh, empty database for one test: a temporary SQLite folder, or a new PostgreSQL
/// database when `DATABASE_URL` is set (so the same tests run on both engines).
public enum TestDatabase {
    /// The configuration, and how to remove the database afterwards.
    public static func fresh() async throws -> (DatabaseConfiguration, @Sendable () async -> Void) {
        if let url = ProcessInfo.processInfo.environment["DATABASE_URL"], !url.isEmpty {
            let name = "vs_test_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "").prefix(16)
            let admin = try PostgresDatabaseClient.connect(url: url, logger: Logger(label: "test"), connectionsPerEventLoop: 1)
            try await admin.sql.raw("CREATE DATABASE \(unsafeRaw: String(name))").run()
            try await admin.shutdown()
            var components = URLComponents(string: url)!
            components.path = "/\(name)"
            let testURL = components.string!
            return (
                .postgres(url: testURL),
                {
                    guard let admin = try? PostgresDatabaseClient.connect(url: url, logger: Logger(label: "test"), connectionsPerEventLoop: 1)
                    else { return }
                    try? await admin.sql.raw("DROP DATABASE IF EXISTS \(unsafeRaw: String(name)) WITH (FORCE)").run()
                    try? await admin.shutdown()
                }
            )
        }
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("voelspriet-test-\(UUID().uuidString)").path
        return (.sqlite(directory: directory), { try? FileManager.default.removeItem(atPath: directory) })
    }

    /// Runs `body` with an open, migrated client on a fresh database, closed and removed afterwards.
    public static func withClient(_ body: @escaping @Sendable (any DatabaseClient) async throws -> Void) async throws {
        let (configuration, cleanUp) = try await fresh()
        let client = try await DatabaseClientFactory.open(configuration, logger: Logger(label: "test"))
        do {
            try await body(client)
        } catch {
            try? await client.shutdown()
            await cleanUp()
            throw error
        }
        try await client.shutdown()
        await cleanUp()
    }
}
