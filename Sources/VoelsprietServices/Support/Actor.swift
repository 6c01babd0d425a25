import VoelsprietStorage

/// Who is acting, as the audit trail names them.
public enum Actor: Sendable, Equatable {
    /// A logged-in researcher.
    case user(User)
    /// A command run on the server (by whoever holds the database), named by the system user.
    case command(String)

    public var auditName: String {
        switch self {
        case .user(let user): user.username
        case .command(let name): "cli:\(name)"
        }
    }

    public var user: User? {
        if case .user(let user) = self { return user }
        return nil
    }
}
