// Deduplication of records imported from several databases.

import Foundation

/// Finds records that are the same publication across (and within) database exports.
///
/// Matching, in order of trust:
/// 1. the same normalised DOI (`DOI.normalise`) or PubMed id, unless the titles contradict it or
///    the identifier is carried by more than `maxBlockSize` records (a book DOI on every chapter);
/// 2. the same or a nearly equal normalised title (`TitleNormaliser`) supported by first author
///    (`AuthorKey`), year, journal (abbreviations and ISSN), volume, pages and abstract, with
///    vetoes for errata/comments/retractions, different numbers in the title ("Part I"/"Part II"),
///    years two or more apart, and contradicting pages of an abstract and an article.
///
/// Candidates come from blocking (DOI, PubMed id, first author + year + page, and two sorted
/// neighbourhoods on the title, forwards and reversed), so the work grows as n log n. Pairs are
/// clustered by union-find with a guard (`DeduplicationOptions.guardMembers`).
public enum Deduplicator {
    /// Clusters `records`; `progress` receives values from 0 to 1.
    public static func deduplicate(_ records: [LiteratureRecord], options: DeduplicationOptions = .default,
                                   progress: (@Sendable (Double) -> Void)? = nil) -> DeduplicationResult {
        progress?(0)
        let features = RecordFeatures.extract(records)
        progress?(0.25)
        let comparer = RecordComparer(options: options)
        let blocker = CandidateBlocker(features: features, options: options)
        let untrusted = blocker.untrustedIdentifiers()
        // Whether each record's DOI / PubMed id identifies one publication, looked up once.
        let doiTrusted = features.map { $0.doi.map { !untrusted.dois.contains($0) } ?? false }
        let pmidTrusted = features.map { $0.pmid.map { !untrusted.pmids.contains($0) } ?? false }
        var edges: [MatchEdge] = []
        var matched = Set<UInt64>()
        features.withUnsafeBufferPointer { all in
            blocker.forEachCandidate(untrusted: untrusted, progress: { progress?(0.25 + 0.65 * $0) }) { i, j in
                // A pair can come from several blocks; the decision is the same each time, so
                // only its first match becomes an edge.
                guard let reason = comparer.match(all[i], all[j], doiTrusted: doiTrusted[i], pmidTrusted: pmidTrusted[i]) else { return }
                if matched.insert(UInt64(i) << 32 | UInt64(j)).inserted {
                    edges.append(MatchEdge(a: i, b: j, reason: reason))
                }
            }
        }
        let clusters = DuplicateClusterer(features: features, comparer: comparer, untrusted: untrusted).clusters(edges)
        progress?(1)
        return DeduplicationResult(clusters: clusters, uniqueCount: clusters.count,
                                   duplicateCount: records.count - clusters.count)
    }

    /// The cluster's representative with every missing field filled from the other members, in
    /// member order (the representative's own values always win; keywords are united).
    public static func merged(_ records: [LiteratureRecord], cluster: DuplicateCluster) -> LiteratureRecord {
        var result = records[cluster.representative]
        for index in cluster.members.dropFirst() {
            let other = records[index]
            fill(&result.title, other.title)
            fill(&result.abstract, other.abstract)
            if result.authors.isEmpty { result.authors = other.authors }
            if result.year == nil { result.year = other.year }
            fill(&result.journal, other.journal)
            fill(&result.volume, other.volume)
            fill(&result.issue, other.issue)
            fill(&result.pages, other.pages)
            fill(&result.doi, other.doi)
            fill(&result.pmid, other.pmid)
            fill(&result.issn, other.issn)
            fill(&result.url, other.url)
            fill(&result.language, other.language)
            fill(&result.type, other.type)
            for keyword in other.keywords where !result.keywords.contains(keyword) { result.keywords.append(keyword) }
        }
        return result
    }

    private static func fill(_ field: inout String?, _ value: String?) {
        if !(field.map(RecordFeatures.hasContent) ?? false), let value, RecordFeatures.hasContent(value) {
            field = value
        }
    }
}
