import ArgumentParser
import Foundation
import VoelsprietServices

/// `voelspriet user add|password|role|disable|enable|list`: the same account service as the
/// admin pages, with the same checks, audited as the system user.
struct UserCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "user", abstract: "Manage researcher accounts.",
        subcommands: [Add.self, Password.self, Role.self, Disable.self, Enable.self, List.self])

    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Add an account and print its one-time password (changed at first log-in).")
        @OptionGroup var database: DatabaseOptions
        @Argument var username: String
        @Option(help: "admin or researcher.") var role: String = "researcher"

        func run() async throws {
            let (user, password) = try await database.withServices { services in
                do {
                    return try await services.accounts.createAccount(username: username, roleName: role, by: DatabaseOptions.actor)
                } catch let error as ServiceError { throw cliError(error) }
            }
            print("Created '\(user.username)' (\(user.role.rawValue)); one-time password: \(password)")
        }
    }

    struct Password: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Set a new one-time password, print it, and end the account's sessions.")
        @OptionGroup var database: DatabaseOptions
        @Argument var username: String

        func run() async throws {
            let password = try await database.withServices { services in
                do {
                    return try await services.accounts.resetPassword(username: username, by: DatabaseOptions.actor)
                } catch let error as ServiceError { throw cliError(error) }
            }
            print("New one-time password for '\(username)': \(password)")
        }
    }

    struct Role: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Change an account's global role (admin or researcher).")
        @OptionGroup var database: DatabaseOptions
        @Argument var username: String
        @Argument var role: String

        func run() async throws {
            try await database.withServices { services in
                do {
                    try await services.accounts.setRole(username: username, roleName: role, by: DatabaseOptions.actor)
                } catch let error as ServiceError { throw cliError(error) }
            }
            print("'\(username)' is now \(role)")
        }
    }

    struct Disable: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Disable an account; its sessions end at once.")
        @OptionGroup var database: DatabaseOptions
        @Argument var username: String

        func run() async throws {
            try await database.withServices { services in
                do {
                    try await services.accounts.setDisabled(username: username, disabled: true, by: DatabaseOptions.actor)
                } catch let error as ServiceError { throw cliError(error) }
            }
            print("Disabled '\(username)'")
        }
    }

    struct Enable: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Enable a disabled account.")
        @OptionGroup var database: DatabaseOptions
        @Argument var username: String

        func run() async throws {
            try await database.withServices { services in
                do {
                    try await services.accounts.setDisabled(username: username, disabled: false, by: DatabaseOptions.actor)
                } catch let error as ServiceError { throw cliError(error) }
            }
            print("Enabled '\(username)'")
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List accounts.")
        @OptionGroup var database: DatabaseOptions
        func run() async throws {
            try await database.withServices { services in
                for user in try await services.accounts.accounts(for: DatabaseOptions.actor) {
                    let state = user.disabled ? "disabled" : (user.mustChangePassword ? "must-change-password" : "active")
                    print("\(user.username)\t\(user.role.rawValue)\t\(state)\t\(user.hasTwoFactor ? "2fa" : "-")")
                }
            }
        }
    }
}
