/// The right table: which study role may do which action. It is data, so that it can be
/// read, documented and tested as a table (role × action → allowed).
///
/// A non-member may do nothing in a study (and is told the study does not exist); the global
/// `admin` role adds nothing here: an admin sees a study's content only as a member.
public enum AccessPolicy {
    /// For each action, the roles that may perform it.
    public static let table: [StudyAction: Set<StudyRole>] = [
        .viewStudy: [.lead, .analyst, .coder, .viewer],
        .viewReport: [.lead, .analyst, .coder, .viewer],
        .viewDetailedReport: [.lead, .analyst],
        .viewInstrument: [.lead, .analyst, .coder],
        .exportAnswers: [.lead, .analyst],
        .exportContacts: [.lead],
        .changeStatus: [.lead],
        .manageSettings: [.lead],
        .manageMembers: [.lead],
        .viewAudit: [.lead],
        .purgeData: [.lead],
        .viewLiterature: [.lead, .analyst, .coder, .viewer],
        .manageLiterature: [.lead, .analyst],
        .screenLiterature: [.lead, .analyst, .coder],
        .assignScreeners: [.lead],
        .viewInterviews: [.lead, .analyst, .coder],
        .codeInterviews: [.lead, .analyst, .coder],
        .manageInterviews: [.lead, .analyst],
        .compareCoders: [.lead],
        .viewStudyReport: [.lead, .analyst, .coder, .viewer],
        .composeStudyReport: [.lead, .analyst],
        .previewQuestionnaire: [.lead, .analyst, .coder, .viewer],
        .manageResponses: [.lead, .analyst],
        .editQuestionnaire: [.lead],
    ]

    /// Whether `role` may perform `action`; `nil` (not a member) may do nothing.
    public static func allows(_ role: StudyRole?, _ action: StudyAction) -> Bool {
        guard let role else { return false }
        return table[action]?.contains(role) ?? false
    }
}

/// The outcome of a right check, in the terms the web and the CLI both map to their own:
/// a non-member is not told the study exists (404), a member without the right is refused (403).
public enum AccessDecision: Sendable, Equatable {
    case allowed(StudyRole)
    case notAMember
    case forbidden(StudyRole)

    public static func decide(role: StudyRole?, action: StudyAction) -> AccessDecision {
        guard let role else { return .notAMember }
        return AccessPolicy.allows(role, action) ? .allowed(role) : .forbidden(role)
    }
}
