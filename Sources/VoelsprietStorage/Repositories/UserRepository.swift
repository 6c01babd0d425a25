import VoelsprietWorkspace

/// Researcher accounts.
public protocol UserRepository: Sendable {
    /// Adds an account; throws `StorageError.duplicate` when the name is taken.
    func create(_ user: User) async throws
    func find(username: String) async throws -> User?
    func count() async throws -> Int
    func all() async throws -> [User]
    /// Sets the password hash and whether it must be changed at the next log-in.
    func setPassword(username: String, passwordHash: String, mustChange: Bool) async throws
    func setRole(username: String, role: UserRole) async throws
    func setDisabled(username: String, disabled: Bool) async throws
    /// Turns two-factor sign-in on (a secret) or off (nil).
    func setTOTPSecret(username: String, secret: [UInt8]?) async throws
    /// Records that the TOTP code of `step` was used; false when that step (or a later one)
    /// was used before, so that a code cannot be replayed. Atomic across server processes.
    func claimTOTPStep(username: String, step: Int64) async throws -> Bool
    /// Inside a transaction: locks the admin accounts until it ends, so that two admins taking
    /// each other's role at once cannot leave none (PostgreSQL: `FOR UPDATE`; SQLite: the
    /// transaction holds the write lock already).
    func lockAdmins() async throws
}
