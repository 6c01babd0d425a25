import Foundation
import VoelsprietQDA
import VoelsprietStorage
import VoelsprietWorkspace

/// Coding a transcript: each coder's own codings, with memos and undo. Every coding is its own
/// row, so two coders (or two tabs) coding the same source at once never overwrite each other.
extension InterviewService {
    /// The unit in which a client gives positions: scalars (REFI, CLI) or UTF-16 code units
    /// (what JavaScript's Selection and Range count).
    public enum PositionUnit: String, Sendable {
        case scalar, utf16
    }

    /// What the coding page shows: the source, the codes, and the codings this member may see
    /// (their own; with `includeOthers` and comparison open or the lead's right, everyone's).
    public struct CodingView: Sendable {
        public var source: Source
        public var codes: [StoredCode]
        public var codings: [StoredCoding]
        public var coders: [StoredCoder]
        public var ownCoderID: UUID?
        public var othersVisible: Bool
    }

    public func codingView(_ access: StudyAccess, sourceID: UUID, includeOthers: Bool = false) async throws -> CodingView {
        try access.require(.viewInterviews)
        let slug = access.slug
        guard let source = try await store.source(studySlug: slug, id: sourceID) else { throw Self.noSource }
        let own: StoredCoder? = access.allows(.codeInterviews) && access.actor.user != nil ? try await coder(for: access) : nil
        let visible = try await visibleCoders(access)
        let showOthers = includeOthers && visible == nil
        let coderFilter: [UUID]? = showOthers ? nil : own.map { [$0.coder.id] } ?? []
        return CodingView(
            source: source, codes: try await store.codes(studySlug: slug),
            codings: try await store.codings(studySlug: slug, sourceID: sourceID, coderIDs: coderFilter),
            coders: try await store.coders(studySlug: slug), ownCoderID: own?.coder.id, othersVisible: visible == nil)
    }

    /// Applies one or more codes to a range of a source as the acting member; returns the new
    /// codings (a code the member already applied to exactly that range is not doubled).
    public func addCoding(
        _ access: StudyAccess, sourceID: UUID, codeIDs: [UUID], start: Int, end: Int, unit: PositionUnit = .scalar, memo: String? = nil
    ) async throws -> [StoredCoding] {
        try access.require(.codeInterviews)
        guard let source = try await store.source(studySlug: access.slug, id: sourceID) else { throw Self.noSource }
        let range = try Self.range(start: start, end: end, unit: unit, in: source)
        return try await addCodings(access, source: source, codeIDs: codeIDs, ranges: [range], memo: memo)
    }

    /// The codes applied to several ranges of one source at once (one read of the codebook and
    /// of the member's codings there, one insert): typed coding and "code all hits" both use it.
    public func addCodings(_ access: StudyAccess, source: Source, codeIDs: [UUID], ranges: [ScalarRange], memo: String? = nil)
        async throws -> [StoredCoding]
    {
        try access.require(.codeInterviews)
        let slug = access.slug
        guard !codeIDs.isEmpty else {
            throw ServiceError.invalid(ServiceMessage(nl: "Kies ten minste één code.", en: "Choose at least one code."))
        }
        let codes = try await store.codes(studySlug: slug)
        for id in codeIDs {
            guard let code = codes.first(where: { $0.code.id == id })?.code else { throw Self.noCode }
            guard code.isCodable else {
                throw ServiceError.invalid(ServiceMessage(nl: "\"\(code.name)\" is een groep en kan niet zelf worden toegekend.", en: "\"\(code.name)\" is a group and cannot be applied itself."))
            }
        }
        let coder = try await coder(for: access)
        var taken = Set(
            try await store.codings(studySlug: slug, sourceID: source.id, coderIDs: [coder.coder.id]).map { "\($0.coding.codeID)|\($0.coding.range)" })
        let now = AuditClock.now()
        var made: [StoredCoding] = []
        for range in ranges {
            for codeID in Array(Set(codeIDs)).sorted(by: { $0.uuidString < $1.uuidString }) where taken.insert("\(codeID)|\(range)").inserted {
                made.append(
                    StoredCoding(
                        coding: Coding(sourceID: source.id, codeID: codeID, coderID: coder.coder.id, range: range, memo: Self.trimmed(memo)),
                        createdAt: now))
            }
        }
        try await store.addCodings(studySlug: slug, made)
        return made
    }

    /// Removes one of the member's own codings (the lead may remove any). Returns the removed
    /// coding so that an undo can put it back.
    @discardableResult
    public func deleteCoding(_ access: StudyAccess, id: UUID) async throws -> StoredCoding {
        try access.require(.codeInterviews)
        let slug = access.slug
        guard let stored = try await store.coding(studySlug: slug, id: id) else { throw Self.noCoding }
        try await requireOwn(access, stored)
        _ = try await store.deleteCoding(studySlug: slug, id: id)
        return stored
    }

    /// Puts back a coding removed by an undo (same id, same coder: one's own only).
    public func restoreCoding(_ access: StudyAccess, _ coding: Coding) async throws {
        try access.require(.codeInterviews)
        let coder = try await coder(for: access)
        guard coding.coderID == coder.coder.id else { throw Self.notYours }
        guard let source = try await store.source(studySlug: access.slug, id: coding.sourceID) else { throw Self.noSource }
        _ = try Self.range(start: coding.range.start, end: coding.range.end, unit: .scalar, in: source)
        if try await store.coding(studySlug: access.slug, id: coding.id) != nil { return }
        try await store.addCodings(studySlug: access.slug, [StoredCoding(coding: coding, createdAt: AuditClock.now())])
    }

    public func setCodingMemo(_ access: StudyAccess, id: UUID, memo: String) async throws {
        try access.require(.codeInterviews)
        guard let stored = try await store.coding(studySlug: access.slug, id: id) else { throw Self.noCoding }
        try await requireOwn(access, stored)
        try await store.setCodingMemo(studySlug: access.slug, id: id, memo: Self.trimmed(memo))
    }

    private func requireOwn(_ access: StudyAccess, _ stored: StoredCoding) async throws {
        if access.allows(.compareCoders) { return }
        let coder = try await coder(for: access)
        guard stored.coding.coderID == coder.coder.id else { throw Self.notYours }
    }

    /// Checks a client's range against the source and converts it to scalars.
    public static func range(start: Int, end: Int, unit: PositionUnit, in source: Source, index: PositionIndex? = nil) throws -> ScalarRange {
        let index = index ?? PositionIndex(source.text)
        let range: ScalarRange?
        switch unit {
        case .scalar: range = ScalarRange(start: start, end: end)
        case .utf16: range = start <= end ? index.scalarRange(ofUTF16: start..<end) : nil
        }
        guard let range, range.isValid(inTextOfLength: index.scalarCount) else {
            throw ServiceError.invalid(
                ServiceMessage(
                    nl: "Positie \(start)–\(end) valt buiten \"\(source.name)\" (0–\(index.scalarCount)) of is leeg.",
                    en: "Position \(start)–\(end) lies outside \"\(source.name)\" (0–\(index.scalarCount)) or is empty."))
        }
        return range
    }

    static let noCoding = ServiceError.notFound(ServiceMessage(nl: "Deze codering bestaat niet (meer).", en: "This coding does not exist (any more)."))
    static let notYours = ServiceError.forbidden(
        ServiceMessage(nl: "Dit is de codering van een andere codeur.", en: "This coding belongs to another coder."))
}

extension InterviewService {
    /// The acting member's coder GUID (made on first use).
    public func ownCoderID(_ access: StudyAccess) async throws -> UUID {
        try access.require(.codeInterviews)
        return try await coder(for: access).coder.id
    }
}
