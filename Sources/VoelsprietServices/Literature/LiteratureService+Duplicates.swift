import VoelsprietLiterature
import VoelsprietStorage
import VoelsprietWorkspace

/// Deduplication of a study's records: an automatic run over all of them, clusters shown for
/// review, and manual merges and splits, each kept with who decided (and applied again after
/// a later automatic run, so a person's decision is never undone by the matcher).
extension LiteratureService {
    /// A duplicate cluster as the review page shows it: the record that stands for the study,
    /// and the records grouped under it with the reason.
    public struct ClusterView: Sendable, Equatable {
        public var representative: StoredLiteratureRecord
        public var duplicates: [StoredLiteratureRecord]
    }

    public struct DeduplicationSummary: Sendable, Equatable, CustomStringConvertible {
        public var records: Int
        public var unique: Int
        public var duplicates: Int
        public var description: String { "\(records) records: \(unique) unique, \(duplicates) duplicates" }
    }

    /// Runs the matcher over every record of the study and stores the clusters, then applies
    /// the manual decisions again, in the order they were made.
    @discardableResult
    public func deduplicate(_ access: StudyAccess) async throws -> DeduplicationSummary {
        try access.require(.manageLiterature)
        let slug = access.slug
        let actor = access.actor.auditName
        return try await repositories.transaction { tx in
            try await tx.studies.lock(slug: slug)
            let stored = try await tx.literature.records(studySlug: slug)
            let records = stored.map(\.record)
            let result = await CPUWork.run { Deduplicator.deduplicate(records) }
            let screened = try await Self.screenedRecords(tx.literature, slug)
            var assignments: [Int64: (of: Int64, reason: String)] = [:]
            for cluster in result.clusters where cluster.members.count > 1 {
                var reasons: [Int64: String] = [:]
                for (offset, member) in cluster.members.dropFirst().enumerated() {
                    reasons[stored[member].id] = offset < cluster.reasons.count ? cluster.reasons[offset].summary : "duplicate"
                }
                // The matcher picks the most complete record; a record already screened stays
                // the one that counts, so that no decision is hidden behind a new duplicate.
                var representative = stored[cluster.members[0]].id
                if !screened.contains(representative),
                    let decided = cluster.members.map({ stored[$0].id }).filter(screened.contains).min()
                {
                    reasons[representative] = reasons[decided]
                    reasons[decided] = nil
                    representative = decided
                }
                for (record, reason) in reasons { assignments[record] = (representative, reason) }
            }
            var clusters = DuplicateMap(assignments.mapValues(\.of), screened: screened)
            for decision in try await tx.literature.dedupDecisions(studySlug: slug) {
                switch decision.action {
                case "merge": if let target = decision.targetID { clusters.merge(decision.recordID, into: target) }
                case "split": clusters.split(decision.recordID)
                default: break
                }
            }
            var final: [Int64: (of: Int64, reason: String)] = [:]
            for (record, representative) in clusters.parent {
                let automatic = assignments[record]
                final[record] = (representative, automatic?.of == representative ? automatic!.reason : "manual")
            }
            try await tx.literature.setDuplicates(studySlug: slug, final)
            try await tx.literature.addDedupDecision(
                studySlug: slug, DedupDecisionRow(action: "automatic", recordID: 0, targetID: nil, decidedBy: actor))
            let summary = DeduplicationSummary(records: stored.count, unique: stored.count - final.count, duplicates: final.count)
            try await tx.audit.append(AuditEntry(actor: actor, action: .literatureDeduplicated, study: slug, detail: summary.description))
            return summary
        }
    }

    /// The clusters with more than one record, largest first.
    public func duplicateClusters(_ access: StudyAccess) async throws -> [ClusterView] {
        try access.require(.viewLiterature)
        let stored = try await repositories.literature.records(studySlug: access.slug)
        let byID = Dictionary(uniqueKeysWithValues: stored.map { ($0.id, $0) })
        var members: [Int64: [StoredLiteratureRecord]] = [:]
        for record in stored {
            if let of = record.duplicateOf { members[of, default: []].append(record) }
        }
        return members.compactMap { id, duplicates in
            byID[id].map { ClusterView(representative: $0, duplicates: duplicates) }
        }.sorted { ($0.duplicates.count, $1.representative.id) > ($1.duplicates.count, $0.representative.id) }
    }

    /// Who changed the clusters and when: automatic runs, merges and splits, newest first.
    public func duplicateDecisions(_ access: StudyAccess) async throws -> [DedupDecisionRow] {
        try access.require(.manageLiterature)
        return try await repositories.literature.dedupDecisions(studySlug: access.slug).reversed()
    }

    /// Moves a record (and what was grouped under it) into the cluster of `target`.
    public func mergeDuplicate(_ access: StudyAccess, record: Int64, into target: Int64) async throws {
        try await changeCluster(access, DedupDecisionRow(action: "merge", recordID: record, targetID: target, decidedBy: access.actor.auditName))
    }

    /// Takes a record out of its cluster: it stands for itself again.
    public func splitDuplicate(_ access: StudyAccess, record: Int64) async throws {
        try await changeCluster(access, DedupDecisionRow(action: "split", recordID: record, targetID: nil, decidedBy: access.actor.auditName))
    }

    func changeCluster(_ access: StudyAccess, _ decision: DedupDecisionRow) async throws {
        try access.require(.manageLiterature)
        let slug = access.slug
        _ = try await repositories.transaction { tx in
            try await tx.studies.lock(slug: slug)
            let stored = try await tx.literature.records(studySlug: slug)
            let ids = Set(stored.map(\.id))
            guard ids.contains(decision.recordID), decision.targetID.map(ids.contains) ?? true, decision.targetID != decision.recordID else {
                throw ServiceError.invalid(ServiceMessage(nl: "Die records bestaan niet in deze studie.", en: "Those records do not exist in this study."))
            }
            var clusters = DuplicateMap(
                Dictionary(uniqueKeysWithValues: stored.compactMap { r in r.duplicateOf.map { (r.id, $0) } }),
                screened: try await Self.screenedRecords(tx.literature, slug))
            let before = clusters.parent
            if let target = decision.targetID { clusters.merge(decision.recordID, into: target) } else { clusters.split(decision.recordID) }
            // Write only the records whose representative changed.
            var changed: [Int64?: [Int64]] = [:]
            for id in ids where before[id] != clusters.parent[id] { changed[clusters.parent[id], default: []].append(id) }
            for (representative, records) in changed {
                try await tx.literature.setDuplicate(studySlug: slug, recordIDs: records, of: representative, reason: representative == nil ? nil : "manual")
            }
            try await tx.literature.addDedupDecision(studySlug: slug, decision)
            try await tx.audit.append(
                AuditEntry(
                    actor: decision.decidedBy, action: .literatureClusterChanged, study: slug,
                    detail: decision.targetID.map { "record \(decision.recordID) merged into \($0)" } ?? "record \(decision.recordID) split off"))
            return true
        }
    }
}

extension LiteratureService {
    /// Records someone has decided or a conflict was settled on, at any stage.
    static func screenedRecords(_ literature: any LiteratureRepository, _ slug: String) async throws -> Set<Int64> {
        Set(try await literature.decisions(studySlug: slug, stage: nil).map(\.recordID))
            .union(try await literature.resolutions(studySlug: slug, stage: nil).map(\.recordID))
    }
}

/// Duplicate clusters as "record → representative" (representatives are not keys), with the
/// two manual changes. Kept flat: a representative never points at another record. Records
/// already screened are preferred as representatives, so that merging never hides a decision.
struct DuplicateMap {
    var parent: [Int64: Int64]
    let screened: Set<Int64>

    init(_ parent: [Int64: Int64], screened: Set<Int64> = []) {
        self.parent = parent
        self.screened = screened
    }

    func representative(of record: Int64) -> Int64 { parent[record] ?? record }

    /// `record`'s whole cluster joins `target`'s.
    mutating func merge(_ record: Int64, into target: Int64) {
        var from = representative(of: record)
        var to = representative(of: target)
        guard from != to else { return }
        if screened.contains(from) && !screened.contains(to) { swap(&from, &to) }
        for (member, rep) in parent where rep == from { parent[member] = to }
        parent[from] = to
    }

    /// `record` leaves its cluster; when it was the representative, the lowest remaining
    /// member takes its place.
    mutating func split(_ record: Int64) {
        if parent[record] != nil {
            parent[record] = nil
            return
        }
        // Screened members first (0 before 1), then by id.
        let members = parent.filter { $0.value == record }.keys.sorted {
            (screened.contains($0) ? 0 : 1, $0) < (screened.contains($1) ? 0 : 1, $1)
        }
        guard let next = members.first else { return }
        parent[next] = nil
        for member in members.dropFirst() { parent[member] = next }
    }
}
