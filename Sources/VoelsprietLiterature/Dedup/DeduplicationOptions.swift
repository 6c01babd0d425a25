// Thresholds of deduplication.

/// Thresholds and bounds of `Deduplicator.deduplicate`. The defaults were tuned on the ASySD
/// labelled test set (see the tests) and on hand-made hard cases.
public struct DeduplicationOptions: Sendable, Equatable {
    /// Least title similarity (1 − edit distance / longer length of the space-free normalised
    /// titles) for a bibliographic match. 0.9 allows about one typo per ten characters.
    public var minimumTitleSimilarity: Double
    /// Net field evidence (agreeing minus contradicting fields among first author, year,
    /// journal, volume, pages, abstract) an exactly equal title needs. A title that is only
    /// similar needs one more and an agreeing first author; a short title (under 30 letters,
    /// "Editorial") needs one more as well.
    public var minimumEvidence: Double
    /// Least Dice overlap of title words for a DOI or PubMed id match to stand (a book DOI on
    /// every chapter, a supplement's DOI): below it the ids alone do not merge.
    public var identifierTitleOverlap: Double
    /// Sorted-neighbourhood window: each record is compared with the next `window − 1`
    /// records in each sort order.
    public var window: Int
    /// Records sharing a DOI or PubMed id beyond this count are treated as sharing a wrong
    /// identifier; exact-key blocks beyond it are compared within the window only.
    public var maxBlockSize: Int
    /// Members of each cluster checked against the other cluster before two clusters merge.
    public var guardMembers: Int

    public init(minimumTitleSimilarity: Double = 0.9, minimumEvidence: Double = 2,
                identifierTitleOverlap: Double = 0.6, window: Int = 10, maxBlockSize: Int = 50,
                guardMembers: Int = 12) {
        self.minimumTitleSimilarity = minimumTitleSimilarity
        self.minimumEvidence = minimumEvidence
        self.identifierTitleOverlap = identifierTitleOverlap
        self.window = window
        self.maxBlockSize = maxBlockSize
        self.guardMembers = guardMembers
    }

    public static let `default` = DeduplicationOptions()
}
