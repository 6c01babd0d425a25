import VoelsprietWorkspace

/// Who belongs to which study, and in which role.
public protocol MemberRepository: Sendable {
    /// Adds a member; throws `StorageError.duplicate` when already a member,
    /// `StorageError.notFound` when the account or study does not exist.
    func add(_ member: StudyMember) async throws
    func setRole(studySlug: String, username: String, role: StudyRole) async throws
    func remove(studySlug: String, username: String) async throws
    /// The account's role in the study; nil when not a member.
    func role(studySlug: String, username: String) async throws -> StudyRole?
    /// The study's members, leads first, then by name.
    func members(studySlug: String) async throws -> [StudyMember]
    /// The studies the account is a member of, with its role there.
    func memberships(username: String) async throws -> [StudyMember]
    /// Removes every member of a study (when the study is deleted).
    func removeAll(studySlug: String) async throws
}
