import Foundation
import VoelsprietDomain
import VoelsprietStorage

extension AppServices {
    /// Stores validated answers and returns the receipt: the one intake path of the web form
    /// and the JSON API. A (vanishingly unlikely) receipt collision is retried with a new code.
    func storeResponse(_ answers: AnswerSet, slug: String) async throws -> ReceiptCode {
        var attempt = 0
        while true {
            let receipt = ReceiptCode.generate()
            let response = StoredResponse(
                id: UUID().uuidString.lowercased(), studySlug: slug, receiptHash: ReceiptHasher.hash(receipt),
                submittedOn: Clock.today(), answers: answers)
            do {
                try await repositories.responses.store(response)
                return receipt
            } catch StorageError.duplicate where attempt < 3 {
                attempt += 1
            }
        }
    }
}
