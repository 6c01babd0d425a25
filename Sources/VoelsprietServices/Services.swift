import VoelsprietStorage

/// Every use case of Voelspriet, built once over the repositories; the web app and the CLI
/// both call these, so that a rule (a right, a password check, an audit row) holds however
/// the system is used.
public struct Services: Sendable {
    public let repositories: Repositories
    public let studies: StudyService
    public let members: MembershipService
    public let accounts: AccountService
    public let sessions: SessionService
    public let audit: AuditService
    public let exports: ExportService
    public let reports: ReportService
    public let intake: IntakeService
    public let lifecycle: LifecycleService
    public let literature: LiteratureService
    public let interviews: InterviewService
    public let studyReport: StudyReportService
    public let responses: ResponseService
    public let questionnaire: QuestionnaireService

    public init(
        repositories: Repositories, bcryptCost: UInt8 = 12, idleTimeout: Duration = .seconds(8 * 3600),
        contactSeal: ContactSeal? = nil, onStudyChange: @escaping @Sendable (String) -> Void = { _ in }
    ) {
        self.repositories = repositories
        studies = StudyService(repositories: repositories, onChange: onStudyChange)
        members = MembershipService(repositories: repositories)
        accounts = AccountService(repositories: repositories, bcryptCost: bcryptCost)
        sessions = SessionService(repositories: repositories, idleTimeout: idleTimeout)
        audit = AuditService(repositories: repositories)
        exports = ExportService(repositories: repositories)
        reports = ReportService(repositories: repositories)
        intake = IntakeService(repositories: repositories, contactSeal: contactSeal)
        lifecycle = LifecycleService(repositories: repositories, onChange: onStudyChange)
        literature = LiteratureService(repositories: repositories)
        interviews = InterviewService(repositories: repositories)
        responses = ResponseService(repositories: repositories)
        questionnaire = QuestionnaireService(repositories: repositories, onChange: onStudyChange)
        studyReport = StudyReportService(repositories: repositories, reports: reports, literature: literature, interviews: interviews)
    }
}
