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

    /// Throws `forbidden` unless this member may do `action`: every use case checks its own
    /// right again, so that an access checked for one action cannot be used for another.
    public func require(_ action: StudyAction) throws {
        guard allows(action) else {
            throw ServiceError.forbidden(
                ServiceMessage(
                    nl: "Uw rol in deze studie (\(role?.rawValue ?? "-")) geeft daar geen recht op.",
                    en: "Your role in this study (\(role?.rawValue ?? "-")) does not allow this."))
        }
    }
}
