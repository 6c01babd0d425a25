import Foundation
import VoelsprietQDA
import VoelsprietStorage
import VoelsprietWorkspace

/// Agreement between coders, the differences in one transcript side by side, and the settled
/// coding recorded after discussion (as codings of the study's "consensus" coder).
extension InterviewService {
    /// An agreement report with the names it needs to be shown or printed.
    public struct Agreement: Sendable {
        public var report: AgreementReport
        public var coders: [StoredCoder]
        public var codes: [Code]
        public var codebook: Codebook
    }

    /// Coders who have coded something (the consensus coder only when asked for by id).
    public func codersWithCodings(_ access: StudyAccess) async throws -> [StoredCoder] {
        try access.require(.compareCoders)
        let slug = access.slug
        let used = Set(try await store.codings(studySlug: slug, codeIDs: nil, coderIDs: nil).map(\.coding.coderID))
        return try await store.coders(studySlug: slug).filter { used.contains($0.coder.id) && $0.kind != .consensus }
    }

    /// Agreement per code and overall for the given coders (nil: every coder who coded, without
    /// the consensus) in the given unit, over every source and every codable code.
    public func agreement(_ access: StudyAccess, unit: AgreementUnit, coderIDs: [UUID]? = nil) async throws -> Agreement {
        try access.require(.compareCoders)
        let slug = access.slug
        let allCoders = try await store.coders(studySlug: slug)
        let chosen: [StoredCoder]
        if let coderIDs {
            chosen = coderIDs.compactMap { id in allCoders.first { $0.coder.id == id } }
        } else {
            chosen = try await codersWithCodings(access)
        }
        guard chosen.count >= 2 else {
            throw ServiceError.conflict(
                ServiceMessage(nl: "Er zijn nog geen twee codeurs met coderingen om te vergelijken.", en: "There are not yet two coders with codings to compare."))
        }
        let book = try await modelCodebook(slug)
        let codes = book.outline().map(\.code).filter(\.isCodable)
        let summaries = try await store.sources(studySlug: slug)
        let codings = try await store.codings(studySlug: slug, codeIDs: nil, coderIDs: chosen.map(\.coder.id)).map(\.coding)
        let sources: [AgreementSource]
        if unit == .paragraph {
            sources = try await store.sources(studySlug: slug, ids: summaries.map(\.id)).map { AgreementSource($0) }
        } else {
            sources = summaries.map { AgreementSource(id: $0.id, length: $0.scalarLength, paragraphs: []) }
        }
        do {
            let report = try await CPUWork.run {
                try CoderAgreement.compute(unit: unit, sources: sources, codings: codings, coders: chosen.map(\.coder.id), codes: codes.map(\.id))
            }
            return Agreement(report: report, coders: chosen, codes: codes, codebook: book)
        } catch let error as AgreementInputError {
            throw ServiceError.invalid(ServiceMessage(nl: "Overeenstemming niet te berekenen: \(error)", en: "Agreement cannot be computed: \(error)"))
        }
    }

    /// The differences of two or more coders on one code in one source.
    public func differences(_ access: StudyAccess, sourceID: UUID, codeID: UUID, coderIDs: [UUID]) async throws -> (Source, CodingDifferences) {
        try access.require(.compareCoders)
        let slug = access.slug
        guard let source = try await store.source(studySlug: slug, id: sourceID) else { throw Self.noSource }
        let codings = try await store.codings(studySlug: slug, sourceID: sourceID, coderIDs: coderIDs).map(\.coding)
        do {
            let diff = try CoderAgreement.differences(source: AgreementSource(source), codeID: codeID, coders: coderIDs, codings: codings)
            return (source, diff)
        } catch {
            throw ServiceError.invalid(ServiceMessage(nl: "Vergelijking niet mogelijk: \(error)", en: "Comparison not possible: \(error)"))
        }
    }

    /// Records the settled coding of one code in one source: the consensus coder's codings of
    /// that code there are replaced by `ranges` (merged where they touch). Returns their number.
    @discardableResult
    public func settle(_ access: StudyAccess, sourceID: UUID, codeID: UUID, ranges: [ScalarRange]) async throws -> Int {
        try access.require(.compareCoders)
        let slug = access.slug, actor = access.actor.auditName
        guard let source = try await store.source(studySlug: slug, id: sourceID) else { throw Self.noSource }
        guard let code = try await modelCodebook(slug).code(codeID) else { throw Self.noCode }
        let length = source.text.unicodeScalars.count
        guard ranges.allSatisfy({ $0.isValid(inTextOfLength: length) }) else {
            throw ServiceError.invalid(ServiceMessage(nl: "Een gekozen stuk valt buiten het transcript.", en: "A chosen stretch lies outside the transcript."))
        }
        let merged = Self.merge(ranges)
        let consensus = try await consensusCoder(slug)
        let existing = try await store.codings(studySlug: slug, sourceID: sourceID, coderIDs: [consensus.coder.id])
            .filter { $0.coding.codeID == codeID }
        let now = AuditClock.now()
        try await repositories.transaction { tx in
            for old in existing { _ = try await tx.interviews.deleteCoding(studySlug: slug, id: old.coding.id) }
            try await tx.interviews.addCodings(
                studySlug: slug,
                merged.map { StoredCoding(coding: Coding(sourceID: sourceID, codeID: codeID, coderID: consensus.coder.id, range: $0), createdAt: now) })
            try await tx.audit.append(
                AuditEntry(actor: actor, action: .codingSettled, study: slug, detail: "\(source.name), \"\(code.name)\": \(merged.count) codings"))
        }
        return merged.count
    }

    /// The study's consensus coder, made on first use.
    func consensusCoder(_ slug: String) async throws -> StoredCoder {
        if let existing = try await store.coders(studySlug: slug).first(where: { $0.kind == .consensus }) { return existing }
        let made = StoredCoder(coder: Coder(name: "Consensus"), username: nil, kind: .consensus)
        try await store.saveCoder(studySlug: slug, made)
        return made
    }

    static func merge(_ ranges: [ScalarRange]) -> [ScalarRange] {
        var out: [ScalarRange] = []
        for r in ranges.filter({ !$0.isEmpty }).sorted() {
            if let last = out.last, r.start <= last.end {
                out[out.count - 1].end = max(last.end, r.end)
            } else {
                out.append(r)
            }
        }
        return out
    }
}
