import Foundation
import Hummingbird
import VoelsprietStorage

/// Hummingbird's persist driver over the database's key/value table, so researcher sessions
/// survive restarts and are shared by every server process.
struct DatabasePersistDriver: PersistDriver {
    let store: any KeyValueStore

    func run() async throws {
        // Purge expired sessions hourly until shutdown.
        while !Task.isCancelled {
            try? await store.purgeExpired()
            try? await Task.sleep(for: .seconds(3600))
        }
    }

    func shutdown() async throws {}

    private func expiry(_ expires: Duration?) -> Int? {
        expires.map { Clock.epochSeconds() + Int($0.components.seconds) }
    }

    private func encode<Object: Codable>(_ value: Object) throws -> String {
        String(decoding: try JSONEncoder().encode(value), as: UTF8.self)
    }

    func create<Object: Codable & Sendable>(key: String, value: Object, expires: Duration?) async throws {
        guard try await store.create(key: key, value: try encode(value), expiresAt: expiry(expires)) else {
            throw PersistError.duplicate
        }
    }

    func set<Object: Codable & Sendable>(key: String, value: Object, expires: Duration?) async throws {
        try await store.set(key: key, value: try encode(value), expiresAt: expiry(expires))
    }

    func get<Object: Codable & Sendable>(key: String, as: Object.Type) async throws -> Object? {
        try await getWithTTL(key: key, as: Object.self)?.object
    }

    func getWithTTL<Object: Codable & Sendable>(key: String, as: Object.Type) async throws -> (object: Object, ttl: Duration?)? {
        guard let (value, expiresAt) = try await store.get(key: key) else { return nil }
        guard let object = try? JSONDecoder().decode(Object.self, from: Data(value.utf8)) else {
            throw PersistError.invalidConversion
        }
        return (object, expiresAt.map { .seconds(max(0, $0 - Clock.epochSeconds())) })
    }

    func remove(key: String) async throws {
        try await store.remove(key: key)
    }
}
