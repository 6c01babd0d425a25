import VoelsprietDomain

/// Responses: durable intake, withdrawal by receipt, counts and export.
public protocol ResponseRepository: Sendable {
    /// Stores a response; returns only once it is durably committed.
    func store(_ response: StoredResponse) async throws
    /// Stores a test response (from the preview link) apart from the real ones; a second one with
    /// the same receipt hash throws `StorageError.duplicate`.
    func storeTest(_ response: StoredResponse) async throws
    /// The study's responses (real or test) for browsing: id and day only, newest day first.
    func summaries(studySlug: String, test: Bool) async throws -> [ResponseSummary]
    /// One response, real or test, by its id.
    func find(studySlug: String, id: String, instrument: Instrument) async throws -> (response: StoredResponse, test: Bool)?

    /// Deletes the response with this receipt hash in the study; true when one was deleted.
    func withdraw(studySlug: String, receiptHash: String) async throws -> Bool
    /// Whether the answers of this receipt were withdrawn (a replay must not store them again).
    func isWithdrawn(studySlug: String, receiptHash: String) async throws -> Bool
    func count(studySlug: String) async throws -> Int
    /// Real responses given to one version of the study's questionnaire.
    func count(studySlug: String, instrumentVersion: Int) async throws -> Int
    /// Every response of the study, in random-id order (not the order of arrival).
    func all(studySlug: String, instrument: Instrument) async throws -> [StoredResponse]
    /// Hands every response's stored answer document (JSON text) to `body` as rows arrive:
    /// the fastest way to analyse a study; calls are serial.
    func streamAnswerDocuments(studySlug: String, _ body: @escaping @Sendable (String) -> Void) async throws
}

/// A response as listed for browsing: no answers, no receipt.
public struct ResponseSummary: Sendable, Hashable {
    public var id: String
    public var submittedOn: String
    public var test: Bool

    public init(id: String, submittedOn: String, test: Bool) {
        self.id = id
        self.submittedOn = submittedOn
        self.test = test
    }
}
