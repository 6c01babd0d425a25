import ArgumentParser
import Foundation
import Logging
import VoelsprietServices
import VoelsprietStorage

/// `--data DIR` for SQLite, overridden by `DATABASE_URL` for PostgreSQL: the same for every command.
struct DatabaseOptions: ParsableArguments {
    @Option(name: .long, help: "Folder of the SQLite database (ignored when DATABASE_URL is set).")
    var data: String = "./voelspriet-data"

    var configuration: DatabaseConfiguration {
        DatabaseConfiguration.fromEnvironment(dataDirectory: data)
    }

    /// Opens the database (running pending migrations) for one command.
    func open() async throws -> any DatabaseClient {
        var logger = Logger(label: "voelspriet")
        logger.logLevel = .warning
        return try await DatabaseClientFactory.open(configuration, logger: logger)
    }

    /// Runs `body` with the repositories and closes the database afterwards, also on errors.
    func withRepositories<T>(_ body: (Repositories) async throws -> T) async throws -> T {
        let client = try await open()
        do {
            let result = try await body(Repositories(client: client))
            try await client.shutdown()
            return result
        } catch {
            try? await client.shutdown()
            throw error
        }
    }

    /// Runs `body` with the use cases over the database (bcrypt at full cost).
    func withServices<T>(_ body: (Services) async throws -> T) async throws -> T {
        try await withRepositories { repositories in try await body(Services(repositories: repositories)) }
    }

    /// Who a command acts as in the audit trail: the system user running it.
    static var actor: Actor { .command(ProcessInfo.processInfo.userName) }
}

/// A use case's refusal as a command-line error (its English message).
func cliError(_ error: ServiceError) -> CLIError { CLIError(error.message.en) }
