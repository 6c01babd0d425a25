import Foundation
import VoelsprietQDA
import VoelsprietStorage
import VoelsprietWorkspace

/// Retrieval and analysis: the fragments of a code, the code × participant-type matrix, code
/// co-occurrence and the quote report — each over the codings this member may see.
extension InterviewService {
    /// The codings this member may see of the given codes (nil: all codes).
    func visibleCodings(_ access: StudyAccess, codeIDs: [UUID]?) async throws -> [Coding] {
        try await store.codings(studySlug: access.slug, codeIDs: codeIDs, coderIDs: try await visibleCoders(access)).map(\.coding)
    }

    /// Every fragment of a code (with its subcodes when asked), filtered by participant.
    public func fragments(
        _ access: StudyAccess, codeID: UUID, includeSubcodes: Bool = true, filter: ParticipantFilter = ParticipantFilter()
    ) async throws -> [Fragment] {
        try access.require(.viewInterviews)
        let slug = access.slug
        let book = try await modelCodebook(slug)
        guard book.code(codeID) != nil else { throw Self.noCode }
        let ids = includeSubcodes ? Array(book.subtree(of: codeID)) : [codeID]
        let coded = try await store.codingsWithText(studySlug: slug, codeIDs: ids, coderIDs: try await visibleCoders(access))
        let sources = try await store.sources(studySlug: slug).map { (id: $0.id, name: $0.name, participantLabels: $0.participantLabels, turns: $0.turns) }
        return Retrieval.fragments(
            coded: coded.map { ($0.0.coding, $0.1) }, sources: sources, participants: try await store.participants(studySlug: slug),
            filter: filter)
    }

    /// Counts per code and participant type (see `Retrieval.matrix`), and per code in all.
    public struct Matrix: Sendable {
        public var codes: [(code: Code, depth: Int)]
        public var types: [ParticipantType]
        public var counts: [UUID: [ParticipantType: Int]]
        public var totals: [UUID: Int]
    }

    public func matrix(_ access: StudyAccess) async throws -> Matrix {
        try access.require(.viewInterviews)
        let slug = access.slug
        let codings = try await visibleCodings(access, codeIDs: nil)
        let summaries = try await store.sources(studySlug: slug)
        let sources = summaries.map { Source(id: $0.id, name: $0.name, text: "", participantLabels: $0.participantLabels) }
        let participants = try await store.participants(studySlug: slug)
        let used = Set(participants.flatMap(\.types))
        let types = ParticipantType.builtIn + used.subtracting(ParticipantType.builtIn).sorted()
        var totals: [UUID: Int] = [:]
        for c in codings { totals[c.codeID, default: 0] += 1 }
        return Matrix(
            codes: try await modelCodebook(slug).outline(), types: types,
            counts: Retrieval.matrix(codings: codings, sources: sources, participants: participants), totals: totals)
    }

    public func coOccurrence(_ access: StudyAccess) async throws -> [CodePair: Int] {
        try access.require(.viewInterviews)
        return Retrieval.coOccurrence(codings: try await visibleCodings(access, codeIDs: nil))
    }

    /// The quote report over every code (Markdown or self-contained HTML).
    public func quoteReport(_ access: StudyAccess, english: Bool) async throws -> QuoteReport {
        try access.require(.viewInterviews)
        let slug = access.slug
        let coded = try await store.codingsWithText(studySlug: slug, codeIDs: nil, coderIDs: try await visibleCoders(access))
        let sources = try await store.sources(studySlug: slug).map { (id: $0.id, name: $0.name, participantLabels: $0.participantLabels, turns: $0.turns) }
        let fragments = Retrieval.fragments(
            coded: coded.map { ($0.0.coding, $0.1) }, sources: sources, participants: try await store.participants(studySlug: slug))
        let title = (english ? "Quotes per theme — " : "Citaten per thema — ") + access.study.title
        return QuoteReport(title: title, codebook: try await modelCodebook(slug), fragments: fragments, labels: english ? .english : .dutch)
    }

    /// Records that a quote report left the system (the audit trail names the format).
    public func recordQuotesExported(_ access: StudyAccess, format: String) async throws {
        try await repositories.audit.append(AuditEntry(actor: access.actor.auditName, action: .quotesExported, study: access.slug, detail: format))
    }
}
