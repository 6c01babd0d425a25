import VoelsprietLiterature

/// A study's literature review as stored. The same protocol serves outside a transaction and
/// inside one (`Transaction.literature`); multi-table changes (an import, a deduplication, a
/// study's deletion) are made through the transaction's.
public protocol LiteratureRepository: Sendable {
    // Searches (PRISMA-S)
    func addSearch(_ search: SearchRunRow) async throws -> Int64
    func searches(studySlug: String) async throws -> [SearchRunRow]
    func deleteSearch(studySlug: String, id: Int64) async throws

    // Imports and records
    /// Stores the file's row and all its records (in batches); returns the import's id.
    func addImport(_ file: LiteratureImportRow, records: [LiteratureRecord]) async throws -> Int64
    func imports(studySlug: String) async throws -> [LiteratureImportRow]
    /// Every record of the study, in the order they were stored.
    func records(studySlug: String) async throws -> [StoredLiteratureRecord]
    func record(studySlug: String, id: Int64) async throws -> StoredLiteratureRecord?
    func recordCount(studySlug: String) async throws -> Int
    /// Sets the duplicate clusters of the whole study: for each record id its representative
    /// (nil: stands for itself) and why it was grouped. Records not listed stand for themselves.
    func setDuplicates(studySlug: String, _ assignments: [Int64: (of: Int64, reason: String)]) async throws
    /// Points the given records at a representative (nil: each stands for itself).
    func setDuplicate(studySlug: String, recordIDs: [Int64], of representative: Int64?, reason: String?) async throws
    func addDedupDecision(studySlug: String, _ decision: DedupDecisionRow) async throws
    func dedupDecisions(studySlug: String) async throws -> [DedupDecisionRow]

    // Screening
    func assignments(studySlug: String) async throws -> [String: [String]]
    func setAssignments(studySlug: String, stage: String, usernames: [String]) async throws
    /// Records or replaces a reviewer's decision.
    func saveDecision(studySlug: String, _ decision: ScreeningDecisionRow) async throws
    func decisions(studySlug: String, stage: String?) async throws -> [ScreeningDecisionRow]
    func saveResolution(studySlug: String, _ resolution: ResolutionRow) async throws
    func resolutions(studySlug: String, stage: String?) async throws -> [ResolutionRow]

    // Full texts
    func saveFullText(studySlug: String, _ fullText: FullTextRow) async throws
    /// The full text with its bytes.
    func fullText(studySlug: String, recordID: Int64) async throws -> FullTextRow?
    /// All full texts of the study, without their bytes.
    func fullTexts(studySlug: String) async throws -> [FullTextRow]

    // Settings (criteria, keywords, extraction form) as one JSON document, and extracted values
    func settings(studySlug: String) async throws -> String?
    func saveSettings(studySlug: String, json: String) async throws
    func saveExtraction(studySlug: String, _ value: ExtractionRow) async throws
    func extractions(studySlug: String) async throws -> [ExtractionRow]

    /// Removes everything of the review (when the study is deleted); returns the number of records.
    func deleteAll(studySlug: String) async throws -> Int
}
