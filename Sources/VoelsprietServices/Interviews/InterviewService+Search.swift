import Foundation
import VoelsprietQDA
import VoelsprietStorage
import VoelsprietWorkspace

/// Full-text search over all transcripts of a study, and "code all hits". The database index
/// (FTS5 on SQLite, GIN on PostgreSQL, over our own Dutch/English stems) narrows the candidate
/// sources; the exact hits and their positions are found in Swift in each candidate's text.
extension InterviewService {
    public struct SearchResult: Sendable {
        public struct SourceHits: Sendable {
            public var source: Source
            public var hits: [SearchHit]
        }
        public var sources: [SourceHits]
        public var totalHits: Int
        /// True when only the first `limit` hits are listed.
        public var truncated: Bool
    }

    public func search(_ access: StudyAccess, query text: String, language: StemLanguage = .dutch, limit: Int = 500) async throws -> SearchResult {
        try access.require(.viewInterviews)
        let slug = access.slug
        let query = SearchQuery.parse(text, language: language)
        let fts = query.ftsMatchExpression, ts = query.postgresTSQuery
        guard !fts.isEmpty, !ts.isEmpty else { return SearchResult(sources: [], totalHits: 0, truncated: false) }
        let ids = try await store.candidateSources(studySlug: slug, ftsMatch: fts, tsQuery: ts)
        let sources = try await store.sources(studySlug: slug, ids: ids)
        let found = await Self.hits(in: sources, query: query)
        var listed: [SearchResult.SourceHits] = []
        var total = 0, shown = 0
        for (source, hits) in found {
            total += hits.count
            guard shown < limit else { continue }
            let take = Array(hits.prefix(limit - shown))
            shown += take.count
            listed.append(.init(source: source, hits: take))
        }
        return SearchResult(sources: listed, totalHits: total, truncated: shown < total)
    }

    /// The hits in each source, the sources shared out over the cores (in source order).
    static func hits(in sources: [Source], query: SearchQuery) async -> [(Source, [SearchHit])] {
        let parts = max(1, min(ProcessInfo.processInfo.activeProcessorCount, sources.count / 8))
        let size = (sources.count + parts - 1) / max(parts, 1)
        var results = [[(Source, [SearchHit])]](repeating: [], count: parts)
        await withTaskGroup(of: (Int, [(Source, [SearchHit])]).self) { group in
            for part in 0..<parts {
                let slice = Array(sources[min(part * size, sources.count)..<min((part + 1) * size, sources.count)])
                group.addTask { (part, slice.map { ($0, PhraseSearch.hits(in: $0.text, query: query)) }.filter { !$0.1.isEmpty }) }
            }
            for await (part, found) in group { results[part] = found }
        }
        return results.flatMap { $0 }
    }

    /// Codes every hit of the search with `codeID` as the acting member; returns how many
    /// codings were made (hits already coded so are not doubled).
    @discardableResult
    public func codeAllHits(_ access: StudyAccess, query text: String, language: StemLanguage = .dutch, codeID: UUID) async throws -> Int {
        try access.require(.codeInterviews)
        let result = try await search(access, query: text, language: language, limit: Int.max)
        var made = 0
        for entry in result.sources {
            made += try await addCodings(access, source: entry.source, codeIDs: [codeID], ranges: entry.hits.map(\.range)).count
        }
        return made
    }
}
