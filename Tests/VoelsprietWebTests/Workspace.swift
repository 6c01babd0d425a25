import Foundation
import HummingbirdBcrypt
import HummingbirdTesting
import Testing
import VoelsprietServices
import VoelsprietStorage
import VoelsprietWorkspace
import VoelsprietWeb

/// Accounts and members for workspace tests: one account per study role in the demo study
/// (`leader` is its lead besides `admin`), and `outsider`, who is in no study.
enum Workspace {
    static let password = "paars-fietsbel-onder-de-brug"
    static let members: [(String, StudyRole)] = [("leader", .lead), ("ana", .analyst), ("cody", .coder), ("vera", .viewer)]

    /// Creates the accounts (passwords already chosen, so no forced change) and memberships.
    static func populate(_ setup: ApplicationSetup) async throws {
        let hash = Bcrypt.hash(password, cost: 4)
        for (name, _) in members + [("outsider", .viewer)] {
            try await setup.repositories.users.create(User(username: name, passwordHash: hash, role: .researcher))
        }
        let access = try await setup.services.studies.access("quickscan", as: .command("test"), for: .manageMembers)
        for (name, role) in members {
            try await setup.services.members.add(access, username: name, roleName: role.rawValue)
        }
    }

    /// A browser logged in as `username`.
    static func browser(_ client: any TestClientProtocol, _ username: String, password: String = Workspace.password) async throws -> Browser {
        var browser = Browser(client)
        let response = try await ResearcherTests.login(&browser, username: username, password: password)
        #expect(response.status == .seeOther, "log-in of \(username)")
        return browser
    }
}

extension Browser {
    /// The session's form token, read from the account page.
    mutating func token() async throws -> String {
        try #require(try await get("/account").inputValue("_csrf"))
    }
}
