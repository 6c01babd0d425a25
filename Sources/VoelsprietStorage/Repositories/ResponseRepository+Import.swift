import Foundation
import VoelsprietDomain

extension ResponseRepository {
    /// Stores answer sets that did not come through the form or the API (an import, the demo
    /// data), each with a random id, `submittedOn`, and a random receipt that nobody is shown:
    /// they cannot be withdrawn. Up to 64 stores are in flight, so group commits batch them
    /// and memory stays flat however many there are.
    public func importAnswers(_ answers: [AnswerSet], studySlug: String, submittedOn: String) async throws {
        try await withThrowingTaskGroup(of: Void.self) { group in
            var next = 0
            func submit() {
                let answerSet = answers[next]
                next += 1
                group.addTask {
                    try await store(
                        StoredResponse(
                            id: UUID().uuidString.lowercased(), studySlug: studySlug,
                            receiptHash: ReceiptHasher.hash(ReceiptCode.generate()), submittedOn: submittedOn,
                            answers: answerSet))
                }
            }
            while next < min(64, answers.count) { submit() }
            while try await group.next() != nil {
                if next < answers.count { submit() }
            }
        }
    }
}
