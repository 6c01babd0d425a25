import Foundation
import NIOConcurrencyHelpers
import SQLKit
import VoelsprietWorkspace

/// Random server secrets that must survive restarts and be shared by every server on the same
/// database (the key that signs anonymous forms' tokens): made once, kept in `key_values`.
public protocol SecretRepository: Sendable {
    /// The secret called `name`, created (32 random bytes) when it does not exist yet; every
    /// caller, on any server, gets the same bytes.
    func secret(named name: String) async throws -> [UInt8]
}

/// `SecretRepository` over SQLKit (`key_values`, base64 values, never expiring).
public struct SQLSecretRepository: SecretRepository {
    let db: any SQLDatabase

    public func secret(named name: String) async throws -> [UInt8] {
        let key = "secret.\(name)"
        let fresh = Data(SecureRandom.bytes(32)).base64EncodedString()
        // Two servers starting at once: the first insert wins, both read the winner.
        try await db.raw("INSERT INTO key_values (key, value) VALUES (\(bind: key), \(bind: fresh)) ON CONFLICT (key) DO NOTHING").run()
        guard let stored = try await db.raw("SELECT value FROM key_values WHERE key = \(bind: key)").first(decodingColumn: "value", as: String.self),
            let bytes = Data(base64Encoded: stored), bytes.count == 32
        else { throw StorageError.corrupt("the server secret '\(name)' is missing or damaged") }
        return Array(bytes)
    }
}

/// Secrets for repositories made by hand (tests): per instance, in memory.
public final class InMemorySecretRepository: SecretRepository {
    private let secrets = NIOLockedValueBox<[String: [UInt8]]>([:])

    public init() {}

    public func secret(named name: String) async throws -> [UInt8] {
        secrets.withLockedValue { secrets in
            if let secret = secrets[name] { return secret }
            let made = SecureRandom.bytes(32)
            secrets[name] = made
            return made
        }
    }
}
