/// Researcher accounts.
public protocol UserRepository: Sendable {
    /// Adds an account; throws `StorageError.duplicate` when the name is taken.
    func create(_ user: User) async throws
    func find(username: String) async throws -> User?
    func count() async throws -> Int
    func all() async throws -> [User]
    func setPasswordHash(username: String, passwordHash: String) async throws
}
