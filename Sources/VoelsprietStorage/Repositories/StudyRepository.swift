/// Studies: create, look up, open and close.
public protocol StudyRepository: Sendable {
    /// Adds a study; throws `StorageError.duplicate` when the slug is taken.
    func create(_ study: Study) async throws
    func find(slug: String) async throws -> Study?
    /// All studies, newest first.
    func all() async throws -> [Study]
    func setStatus(slug: String, status: StudyStatus) async throws
}
