/// Contact details for interviews, stored apart from responses.
public protocol ContactRepository: Sendable {
    func store(_ contact: ContactDetails) async throws
    func count(studySlug: String) async throws -> Int
    /// All contacts of a study, in random-id order.
    func all(studySlug: String) async throws -> [ContactDetails]
    /// Deletes every contact of the study; returns how many there were.
    func deleteAll(studySlug: String) async throws -> Int
}
