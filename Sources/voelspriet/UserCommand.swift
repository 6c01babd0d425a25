import ArgumentParser
import Foundation
import HummingbirdBcrypt
import VoelsprietStorage
import VoelsprietWeb

/// `voelspriet user add|password|list`.
struct UserCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "user", abstract: "Manage researcher accounts.", subcommands: [Add.self, Password.self, List.self])

    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Add an account and print its one-time password.")
        @OptionGroup var database: DatabaseOptions
        @Argument var username: String
        @Option(help: "admin or researcher.") var role: String = "researcher"

        func run() async throws {
            guard let role = UserRole(rawValue: role) else { throw ValidationError("role must be admin or researcher") }
            let password = PasswordGenerator.generate()
            try await database.withRepositories { repositories in
                try await repositories.users.create(
                    User(username: username, passwordHash: Bcrypt.hash(password, cost: 12), role: role))
            }
            print("Created '\(username)' (\(role.rawValue)); one-time password: \(password)")
        }
    }

    struct Password: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Set a new random password and print it.")
        @OptionGroup var database: DatabaseOptions
        @Argument var username: String

        func run() async throws {
            let password = PasswordGenerator.generate()
            try await database.withRepositories { repositories in
                try await repositories.users.setPasswordHash(username: username, passwordHash: Bcrypt.hash(password, cost: 12))
            }
            print("New password for '\(username)': \(password)")
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List accounts.")
        @OptionGroup var database: DatabaseOptions
        func run() async throws {
            try await database.withRepositories { repositories in
                for user in try await repositories.users.all() { print("\(user.username)\t\(user.role.rawValue)") }
            }
        }
    }
}
