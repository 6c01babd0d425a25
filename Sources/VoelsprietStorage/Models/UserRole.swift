/// What a researcher account may do.
public enum UserRole: String, Sendable, Codable, CaseIterable {
    /// Everything a researcher can, plus managing accounts.
    case admin
    /// Create and run studies, export answers and contact details.
    case researcher
}
