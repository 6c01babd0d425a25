/// A contact waiting to be released: its random id and its sealed (encrypted) details.
public struct PendingContact: Sendable, Hashable {
    public var id: String
    public var studySlug: String
    public var sealed: String

    public init(id: String, studySlug: String, sealed: String) {
        self.id = id
        self.studySlug = studySlug
        self.sealed = sealed
    }
}

/// Contact details for interviews, stored apart from responses.
///
/// A respondent's details first wait sealed (`addPending`); the intake service releases them
/// in shuffled batches (`release`), so that the order the database keeps says nothing about
/// who sent what when. Only released details can be read in the clear.
public protocol ContactRepository: Sendable {
    func store(_ contact: ContactDetails) async throws
    /// Released contacts of a study.
    func count(studySlug: String) async throws -> Int
    /// All released contacts of a study, in random-id order.
    func all(studySlug: String) async throws -> [ContactDetails]
    /// Deletes every contact of the study, released and waiting; returns how many there were.
    func deleteAll(studySlug: String) async throws -> Int

    func addPending(_ contact: PendingContact) async throws
    func pending(studySlug: String) async throws -> [PendingContact]
    func pendingCount(studySlug: String) async throws -> Int
    /// Inserts `contacts` in the order given and deletes the pending rows `pendingIDs`; call it
    /// inside a transaction, so that both happen or neither.
    func release(_ contacts: [ContactDetails], pendingIDs: [String]) async throws
    /// How many answer sets the study held at its last release of contacts (0 before any).
    func answerSetsAtLastRelease(studySlug: String) async throws -> Int
    func setAnswerSetsAtLastRelease(studySlug: String, _ count: Int) async throws
    /// How many answer sets the study holds now.
    func answerSets(studySlug: String) async throws -> Int
}
