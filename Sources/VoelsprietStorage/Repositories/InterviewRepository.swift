import Foundation
import VoelsprietQDA

/// A study's interviews as stored: sources, participants, variables, codebook, coders and
/// codings. The same protocol serves outside a transaction and inside one
/// (`Transaction.interviews`); an import or a merge of codes goes through the transaction's.
public protocol InterviewRepository: Sendable {
    // Sources
    func addSource(studySlug: String, _ source: NewSource) async throws
    func sources(studySlug: String) async throws -> [SourceSummary]
    /// The source with its text and turns.
    func source(studySlug: String, id: UUID) async throws -> Source?
    /// Several sources with their texts (for search hits, retrieval and export).
    func sources(studySlug: String, ids: [UUID]) async throws -> [Source]
    func setSourceMemo(studySlug: String, id: UUID, memo: String?) async throws
    func setSourceParticipants(studySlug: String, id: UUID, labels: [String]) async throws
    /// Removes the source and its codings.
    func deleteSource(studySlug: String, id: UUID) async throws
    /// Ids of the sources whose index matches (`ftsMatch` for SQLite FTS5, `tsQuery` for
    /// PostgreSQL's `to_tsquery('simple', …)`, both made by `SearchQuery` from the same query and
    /// never empty), in source order.
    func candidateSources(studySlug: String, ftsMatch: String, tsQuery: String) async throws -> [UUID]

    // Participants and their attributes
    func saveVariable(studySlug: String, _ variable: Variable) async throws
    func variables(studySlug: String) async throws -> [Variable]
    func saveParticipant(studySlug: String, _ participant: Participant) async throws
    func participants(studySlug: String) async throws -> [Participant]
    func deleteParticipant(studySlug: String, label: String) async throws

    // Codebook
    func saveCode(studySlug: String, _ code: StoredCode) async throws
    func codes(studySlug: String) async throws -> [StoredCode]
    /// Puts the codes in this order (ids not listed keep their place after them).
    func reorderCodes(studySlug: String, ids: [UUID]) async throws
    /// Removes a code; its codings must have been moved or deleted first.
    func deleteCode(studySlug: String, id: UUID) async throws
    /// Points every coding of `from` at `to` (a merge); returns how many moved.
    func moveCodings(studySlug: String, from: UUID, to: UUID) async throws -> Int
    /// Points the given codings at `to` (a split).
    func moveCodings(studySlug: String, ids: [UUID], to: UUID) async throws

    // Coders
    func saveCoder(studySlug: String, _ coder: StoredCoder) async throws
    func coders(studySlug: String) async throws -> [StoredCoder]

    // Codings
    func addCodings(studySlug: String, _ codings: [StoredCoding]) async throws
    func coding(studySlug: String, id: UUID) async throws -> StoredCoding?
    /// Deletes a coding; returns false when there was none with that id.
    func deleteCoding(studySlug: String, id: UUID) async throws -> Bool
    func setCodingMemo(studySlug: String, id: UUID, memo: String?) async throws
    /// The codings of one source, of the given coders (nil: every coder), in text order.
    func codings(studySlug: String, sourceID: UUID, coderIDs: [UUID]?) async throws -> [StoredCoding]
    /// The codings of the given codes (nil: every code) by the given coders (nil: every coder),
    /// ordered by source position and start.
    func codings(studySlug: String, codeIDs: [UUID]?, coderIDs: [UUID]?) async throws -> [StoredCoding]
    /// Like `codings(studySlug:codeIDs:coderIDs:)`, each with the text it covers, cut out by the
    /// database (both engines count `substr` in characters, i.e. Unicode scalars), so that no
    /// source's whole text is loaded.
    func codingsWithText(studySlug: String, codeIDs: [UUID]?, coderIDs: [UUID]?) async throws -> [(StoredCoding, String)]
    /// Number of codings per code id (all coders).
    func codingCounts(studySlug: String) async throws -> [UUID: Int]

    // Settings
    func comparisonOpen(studySlug: String) async throws -> Bool
    func setComparisonOpen(studySlug: String, _ open: Bool) async throws

    /// Removes everything of the study's interviews; returns the number of sources.
    func deleteAll(studySlug: String) async throws -> Int
}
