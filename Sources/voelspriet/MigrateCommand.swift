import ArgumentParser
import Logging
import VoelsprietStorage

/// `voelspriet migrate`: bring the database schema up to date and list applied versions.
struct MigrateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "migrate", abstract: "Apply pending database migrations.")
    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        var logger = Logger(label: "voelspriet")
        logger.logLevel = .info
        let client = try await DatabaseClientFactory.open(database.configuration, logger: logger, migrate: false)
        do {
            let runner = MigrationRunner(client: client, logger: logger)
            let applied = try await runner.run()
            print(applied.isEmpty ? "Schema up to date." : "Applied: \(applied.map(String.init).joined(separator: ", "))")
            print("Versions: \(try await runner.appliedVersions().map(String.init).joined(separator: ", "))")
            try await client.shutdown()
        } catch {
            try? await client.shutdown()
            throw error
        }
    }
}
