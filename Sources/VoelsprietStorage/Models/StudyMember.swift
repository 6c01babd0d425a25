import VoelsprietWorkspace

/// A member of a study: an account and its role there.
public struct StudyMember: Sendable, Hashable {
    public var studySlug: String
    public var username: String
    public var role: StudyRole
    public var addedOn: String

    public init(studySlug: String, username: String, role: StudyRole, addedOn: String) {
        self.studySlug = studySlug
        self.username = username
        self.role = role
        self.addedOn = addedOn
    }
}

/// A researcher's session as stored: only the SHA-256 of its id, never the id itself.
public struct StoredSession: Sendable, Hashable {
    /// Where a log-in stands: `full` after the password of an account without a second factor,
    /// `two_factor` while the code is due, `verified` after the password and the code. Studies
    /// that require two-step sign-in open only to `verified` sessions.
    public enum Stage: String, Sendable {
        case full
        case twoFactor = "two_factor"
        case verified
    }

    public var idHash: String
    public var username: String
    public var csrf: String
    public var stage: Stage
    public var createdAt: Int
    public var lastSeenAt: Int

    public init(idHash: String, username: String, csrf: String, stage: Stage, createdAt: Int, lastSeenAt: Int) {
        self.idHash = idHash
        self.username = username
        self.csrf = csrf
        self.stage = stage
        self.createdAt = createdAt
        self.lastSeenAt = lastSeenAt
    }
}
