import VoelsprietWorkspace

/// A researcher account.
public struct User: Sendable, Hashable, Codable {
    public var username: String
    /// A bcrypt hash; the password itself is never stored.
    public var passwordHash: String
    public var role: UserRole
    /// Set for a one-time password (printed or shown once): it must be replaced at log-in.
    public var mustChangePassword: Bool
    /// A disabled account cannot log in and has no sessions.
    public var disabled: Bool
    /// The TOTP secret when two-factor sign-in is on.
    public var totpSecret: [UInt8]?

    public init(
        username: String, passwordHash: String, role: UserRole, mustChangePassword: Bool = false, disabled: Bool = false,
        totpSecret: [UInt8]? = nil
    ) {
        self.username = username
        self.passwordHash = passwordHash
        self.role = role
        self.mustChangePassword = mustChangePassword
        self.disabled = disabled
        self.totpSecret = totpSecret
    }

    public var hasTwoFactor: Bool { totpSecret != nil }
}
