// Result types of deduplication.

/// Records judged to be one publication.
public struct DuplicateCluster: Sendable, Equatable, Codable {
    /// Indexes into the input; the representative (the most complete record) first, the others
    /// in input order.
    public var members: [Int]
    /// Why each non-representative member joined, parallel to `members.dropFirst()`.
    public var reasons: [MatchReason]

    public init(members: [Int], reasons: [MatchReason]) {
        self.members = members
        self.reasons = reasons
    }

    /// Index of the representative record.
    public var representative: Int { members[0] }
    /// Whether the cluster holds duplicates (more than one record).
    public var hasDuplicates: Bool { members.count > 1 }
}

/// Outcome of `Deduplicator.deduplicate`.
public struct DeduplicationResult: Sendable, Equatable {
    /// Every input record in exactly one cluster (singletons included), ordered by the input
    /// index of their representative.
    public var clusters: [DuplicateCluster]
    /// Number of distinct publications (clusters).
    public var uniqueCount: Int
    /// Number of records that duplicate another one (input count − unique count).
    public var duplicateCount: Int

    public init(clusters: [DuplicateCluster], uniqueCount: Int, duplicateCount: Int) {
        self.clusters = clusters
        self.uniqueCount = uniqueCount
        self.duplicateCount = duplicateCount
    }
}
