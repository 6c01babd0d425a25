import Foundation
import VoelsprietDomain
import VoelsprietStorage
import VoelsprietWorkspace

/// The respondent's side: storing answers, withdrawing them with the receipt code, and
/// storing contact details apart from them. Nothing here is audited (the trail is about
/// researchers; a row per submission would date the answers).
public struct IntakeService: Sendable {
    let repositories: Repositories

    public init(repositories: Repositories) {
        self.repositories = repositories
    }

    /// Stores validated answers and returns the receipt: the one intake path of the web form
    /// and the JSON API. A (vanishingly unlikely) receipt collision is retried with a new code.
    /// Throws `StorageError.notFound` when the study was deleted meanwhile.
    public func storeResponse(_ answers: AnswerSet, slug: String) async throws -> ReceiptCode {
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

    /// Deletes the answers that belong to a receipt; true when there were any.
    public func withdraw(slug: String, receipt: ReceiptCode) async throws -> Bool {
        try await repositories.responses.withdraw(studySlug: slug, receiptHash: ReceiptHasher.hash(receipt))
    }

    /// Stores answer sets that did not come through the form or the API (an import, the demo
    /// data) in one transaction with its audit row: all of them or none. Each gets a random id
    /// and a random receipt nobody is shown (they cannot be withdrawn).
    public func importAnswers(_ answers: [AnswerSet], into access: StudyAccess) async throws {
        let slug = access.slug
        let actorName = access.actor.auditName
        let day = Clock.today()
        let responses = answers.map {
            StoredResponse(
                id: UUID().uuidString.lowercased(), studySlug: slug, receiptHash: ReceiptHasher.hash(ReceiptCode.generate()),
                submittedOn: day, answers: $0)
        }
        try await repositories.transaction { tx in
            try await tx.studies.lock(slug: slug)
            try await tx.responses.insert(responses)
            try await tx.audit.append(AuditEntry(actor: actorName, action: .responsesImported, study: slug, detail: "\(responses.count) responses"))
        }
    }

    public func storeContact(_ contact: ContactDetails) async throws {
        try await repositories.contacts.store(contact)
    }
}
