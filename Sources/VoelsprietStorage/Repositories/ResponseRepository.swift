import VoelsprietDomain

/// Responses: durable intake, withdrawal by receipt, counts and export.
public protocol ResponseRepository: Sendable {
    /// Stores a response; returns only once it is durably committed.
    func store(_ response: StoredResponse) async throws
    /// Deletes the response with this receipt hash in the study; true when one was deleted.
    func withdraw(studySlug: String, receiptHash: String) async throws -> Bool
    func count(studySlug: String) async throws -> Int
    /// Every response of the study, in random-id order (not the order of arrival).
    func all(studySlug: String, instrument: Instrument) async throws -> [StoredResponse]
    /// Hands every response's stored answer document (JSON text) to `body` as rows arrive:
    /// the fastest way to analyse a study; calls are serial.
    func streamAnswerDocuments(studySlug: String, _ body: @escaping @Sendable (String) -> Void) async throws
}
