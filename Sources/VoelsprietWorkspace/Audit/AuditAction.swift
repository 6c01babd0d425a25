/// The kinds of event the audit trail records. The trail holds who did what to which study
/// and when — never any answer content and never a respondent's data.
public enum AuditAction: String, Sendable, Codable, CaseIterable {
    // Accounts (seen by admins)
    case login
    case loginFailed = "login_failed"
    case loginThrottled = "login_throttled"
    case logout
    case logoutEverywhere = "logout_everywhere"
    case passwordChanged = "password_changed"
    case passwordReset = "password_reset"
    case twoFactorEnabled = "two_factor_enabled"
    case twoFactorDisabled = "two_factor_disabled"
    case twoFactorFailed = "two_factor_failed"
    case accountCreated = "account_created"
    case accountDisabled = "account_disabled"
    case accountEnabled = "account_enabled"
    case accountRoleChanged = "account_role_changed"
    // Studies (seen by the study's leads)
    case studyCreated = "study_created"
    case studyOpened = "study_opened"
    case studyClosed = "study_closed"
    case studyDeleted = "study_deleted"
    case studySettingsChanged = "study_settings_changed"
    case memberAdded = "member_added"
    case memberRemoved = "member_removed"
    case memberRoleChanged = "member_role_changed"
    case adminJoined = "admin_joined"
    case exported
    case reportViewed = "report_viewed"
    case auditViewed = "audit_viewed"
    case contactsDeleted = "contacts_deleted"
    case responsesImported = "responses_imported"
    case contactsReleased = "contacts_released"
    // Literature review (seen by the study's leads)
    case literatureSearchRecorded = "literature_search_recorded"
    case literatureImported = "literature_imported"
    case literatureDeduplicated = "literature_deduplicated"
    case literatureClusterChanged = "literature_cluster_changed"
    case screenersAssigned = "screeners_assigned"
    case screeningConflictResolved = "screening_conflict_resolved"
    case literatureSettingsChanged = "literature_settings_changed"
    // Interviews (seen by the study's leads; never transcript text or names replaced)
    case interviewSourceImported = "interview_source_imported"
    case interviewSourceDeleted = "interview_source_deleted"
    case interviewProjectImported = "interview_project_imported"
    case interviewProjectExported = "interview_project_exported"
    case codebookChanged = "codebook_changed"
    case participantChanged = "participant_changed"
    case coderComparisonChanged = "coder_comparison_changed"
    case codingSettled = "coding_settled"
    case quotesExported = "quotes_exported"
    case studyReportChanged = "study_report_changed"
    case studyReportFrozen = "study_report_frozen"
    case studyReportExported = "study_report_exported"
    /// One response deleted by a researcher; the detail holds its id and the reason given.
    case responseDeleted = "response_deleted"
    case questionnairePublished = "questionnaire_published"
    case questionnaireDraftDiscarded = "questionnaire_draft_discarded"
    case testResponsesDeleted = "test_responses_deleted"
    /// An action this version does not know (written by a newer server sharing the database);
    /// the stored name is kept in front of the detail.
    case unknown
}

/// One row of the audit trail as the application writes it; the storage adds id and time.
public struct AuditEntry: Sendable, Hashable, Codable {
    /// Who: an account name, `cli:` plus the system user for commands, or `-` when unknown
    /// (a failed log-in names the account tried, never the password).
    public var actor: String
    public var action: AuditAction
    /// The study concerned, if any.
    public var study: String?
    /// What exactly: a file name, a member and role, counts deleted. Never answer content.
    public var detail: String

    public init(actor: String, action: AuditAction, study: String? = nil, detail: String = "") {
        self.actor = actor
        self.action = action
        self.study = study
        self.detail = detail
    }
}

/// An audit row as stored: sequence number and UTC time added.
public struct AuditRecord: Sendable, Hashable, Codable {
    public var id: Int64
    /// ISO 8601 UTC, seconds.
    public var at: String
    public var entry: AuditEntry

    public init(id: Int64, at: String, entry: AuditEntry) {
        self.id = id
        self.at = at
        self.entry = entry
    }
}
