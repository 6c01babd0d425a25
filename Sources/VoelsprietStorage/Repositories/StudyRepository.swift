import VoelsprietDomain
/// Studies: create, look up, change, delete.
public protocol StudyRepository: Sendable {
    /// Adds a study; throws `StorageError.duplicate` when the slug is taken.
    func create(_ study: Study) async throws
    func find(slug: String) async throws -> Study?
    /// All studies, newest first.
    func all() async throws -> [Study]
    func setStatus(slug: String, status: StudyStatus) async throws
    /// Title, retention date and the two-factor requirement.
    /// The study's texts for respondents and its help links.
    func updateRespondentTexts(slug: String, texts: RespondentTexts, helpLinks: [HelpLink]) async throws
    func updateSettings(slug: String, title: String, retentionDate: String?, requireTwoFactor: Bool) async throws
    /// Inside a transaction: locks the study against concurrent changes until the transaction
    /// ends — new responses, members and other transactions on it wait (PostgreSQL: `FOR
    /// UPDATE`, which also blocks the foreign-key checks of inserts; SQLite: the transaction
    /// already holds the database's write lock). Throws `StorageError.notFound` when there is none.
    func lock(slug: String) async throws
    /// Deletes the study row itself (its responses, contacts and members must be gone first:
    /// see `Transaction.deleteStudy`); throws `StorageError.notFound` when there is none.
    func delete(slug: String) async throws

    // Questionnaire drafts and versions (see `M0008QuestionnaireVersions`).
    func draft(slug: String) async throws -> InstrumentDraft?
    func saveDraft(slug: String, _ draft: InstrumentDraft) async throws
    func deleteDraft(slug: String) async throws
    /// Replaced versions, oldest first.
    func versions(slug: String) async throws -> [InstrumentVersion]
    /// Makes `instrument` the study's questionnaire as `version`; when `replacing` is given, the
    /// current one is kept as that replaced version first. Call inside a transaction.
    func publish(slug: String, instrument: Instrument, version: Int, replacing: InstrumentVersion?) async throws
}
