import VoelsprietStorage
import VoelsprietWorkspace

/// A study as a member may use it: the study, the member's role, and who is acting. Only
/// `StudyService.access` makes one, after the right check, so holding one is proof of it.
public struct StudyAccess: Sendable {
    public let study: Study
    /// The member's role; nil only for commands run on the server (they hold the database).
    public let role: StudyRole?
    public let actor: Actor

    init(study: Study, role: StudyRole?, actor: Actor) {
        self.study = study
        self.role = role
        self.actor = actor
    }

    /// Whether this member may also do `action` (to show or hide links and controls).
    public func allows(_ action: StudyAction) -> Bool {
        role == nil || AccessPolicy.allows(role, action)
    }

    public var slug: String { study.slug }
}
