import Foundation
import HummingbirdBcrypt
import Testing
import VoelsprietServices
import VoelsprietStorage
import VoelsprietTestSupport
import VoelsprietWorkspace

/// Finding 5, through the account service with real bcrypt: unknown names must cost the same
/// work as known ones, and parallel guesses must not pass the throttle together.
@Suite("Log-in hardening")
struct LoginHardeningTests {
    static let cost: UInt8 = 10

    static func median(_ values: [Duration]) -> Duration { values.sorted()[values.count / 2] }

    @Test("a wrong password for a real account and any password for an unknown name take the same time")
    func sameWork() async throws {
        try await TestDatabase.withClient { client in
            let repositories = Repositories(client: client)
            try await repositories.users.create(
                User(username: "sam", passwordHash: Bcrypt.hash("the real password of sam", cost: Self.cost), role: .researcher))
            let accounts = AccountService(repositories: repositories, bcryptCost: Self.cost)
            _ = try await accounts.logIn(username: "warm-up", password: "x", client: "warm-up")
            var known: [Duration] = []
            var unknown: [Duration] = []
            let clock = ContinuousClock()
            for round in 0..<7 {
                // A new client each time: the throttle is not what is measured.
                known.append(try await clock.measure { _ = try await accounts.logIn(username: "sam", password: "wrong", client: "k\(round)") })
                unknown.append(try await clock.measure { _ = try await accounts.logIn(username: "nobody\(round)", password: "wrong", client: "u\(round)") })
            }
            let ratio = Self.median(unknown) / Self.median(known)
            #expect(ratio > 0.5 && ratio < 2.0, "unknown \(Self.median(unknown)) vs known \(Self.median(known))")
        }
    }

    @Test("20 parallel wrong guesses: five are checked, the rest refused before any hashing")
    func parallelGuesses() async throws {
        try await TestDatabase.withClient { client in
            let repositories = Repositories(client: client)
            try await repositories.users.create(User(username: "ana", passwordHash: Bcrypt.hash("ana her real password", cost: 4), role: .researcher))
            let accounts = AccountService(repositories: repositories, bcryptCost: 4)
            let results = try await withThrowingTaskGroup(of: AccountService.LoginResult.self) { group in
                for index in 0..<20 { group.addTask { try await accounts.logIn(username: "ana", password: "guess \(index)", client: "6.6.6.6") } }
                return try await group.reduce(into: [AccountService.LoginResult]()) { $0.append($1) }
            }
            let checked = results.filter { if case .wrong = $0 { true } else { false } }.count
            #expect(checked == 5)
            // The real user, from elsewhere, gets in at once.
            guard case .success = try await accounts.logIn(username: "ana", password: "ana her real password", client: "home") else {
                Issue.record("the real user was locked out")
                return
            }
        }
    }
}
