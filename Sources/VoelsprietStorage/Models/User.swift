/// A researcher account.
public struct User: Sendable, Hashable, Codable {
    public var username: String
    /// A bcrypt hash; the password itself is never stored.
    public var passwordHash: String
    public var role: UserRole

    public init(username: String, passwordHash: String, role: UserRole) {
        self.username = username
        self.passwordHash = passwordHash
        self.role = role
    }
}
