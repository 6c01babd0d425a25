import Foundation
import VoelsprietDomain
import VoelsprietStorage
import VoelsprietWorkspace

/// A study's responses one by one, for the researchers who manage the data: browsing (real and
/// test answers apart), reading one, deleting one with a reason, and deleting all test answers.
///
/// Everything needs `manageResponses` (lead, analyst: the roles that may export the answers
/// anyway). Deleting writes the audit row in the same transaction — the response's random id and
/// the reason, never an answer. Test answers come from the preview link (`previewQuestionnaire`)
/// and live in their own table, so no report, export or count of real responses includes them.
public struct ResponseService: Sendable {
    let repositories: Repositories

    public init(repositories: Repositories) {
        self.repositories = repositories
    }

    /// The longest reason kept for a deletion.
    public static let maxReasonLength = 500

    public struct Listing: Sendable {
        public var responses: [ResponseSummary]
        public var tests: [ResponseSummary]
    }

    public func list(_ access: StudyAccess) async throws -> Listing {
        try access.require(.manageResponses)
        return Listing(
            responses: try await repositories.responses.summaries(studySlug: access.slug, test: false),
            tests: try await repositories.responses.summaries(studySlug: access.slug, test: true))
    }

    /// One response with its answers, or `notFound`.
    public func response(_ access: StudyAccess, id: String) async throws -> (response: StoredResponse, test: Bool) {
        try access.require(.manageResponses)
        guard let found = try await repositories.responses.find(studySlug: access.slug, id: id, instrument: access.study.instrument)
        else {
            throw ServiceError.notFound(.init(nl: "Deze respons bestaat niet (meer).", en: "This response does not exist (any more)."))
        }
        return found
    }

    /// Deletes one response; the reason is required and goes to the audit trail with the id.
    public func delete(_ access: StudyAccess, id: String, reason: String) async throws {
        try access.require(.manageResponses)
        let reason = reason.trimmingCharacters(in: .whitespacesAndNewlines).replacingOccurrences(of: "\n", with: " ")
        guard !reason.isEmpty else {
            throw ServiceError.invalid(.init(
                nl: "Geef een reden op voor het verwijderen (die komt in het logboek).",
                en: "Give a reason for the deletion (it goes into the audit trail)."))
        }
        guard reason.count <= Self.maxReasonLength else {
            throw ServiceError.invalid(.init(
                nl: "De reden is te lang (meer dan \(Self.maxReasonLength) tekens).",
                en: "The reason is too long (more than \(Self.maxReasonLength) characters)."))
        }
        let slug = access.slug
        let actor = access.actor.auditName
        let deleted = try await repositories.transaction { tx in
            let deleted = try await tx.responses.delete(studySlug: slug, id: id)
            if deleted {
                try await tx.audit.append(AuditEntry(actor: actor, action: .responseDeleted, study: slug, detail: "\(id): \(reason)"))
            }
            return deleted
        }
        guard deleted else {
            throw ServiceError.notFound(.init(nl: "Deze respons bestaat niet (meer).", en: "This response does not exist (any more)."))
        }
    }

    /// Deletes every test answer of the study; returns how many there were.
    @discardableResult
    public func deleteTests(_ access: StudyAccess) async throws -> Int {
        try access.require(.manageResponses)
        let slug = access.slug
        let actor = access.actor.auditName
        return try await repositories.transaction { tx in
            let count = try await tx.responses.deleteTests(studySlug: slug)
            try await tx.audit.append(AuditEntry(actor: actor, action: .testResponsesDeleted, study: slug, detail: "\(count)"))
            return count
        }
    }
}
