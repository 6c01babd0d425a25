// The exact hits of a query in one text. The database narrows the sources down with
// `SearchQuery.ftsMatchExpression` / `postgresTSQuery`; this decides, per candidate text, whether
// it matches and where.

public enum PhraseSearch {
    /// The hits of `query` in `text`, sorted by position, each range once.
    ///
    /// A text matches when every required term occurs and no excluded term does; then the hits
    /// are all occurrences of all required terms (a phrase's hit runs from its first to its last
    /// token). No match, or an empty query, gives [].
    public static func hits(in text: String, query: SearchQuery) -> [SearchHit] {
        guard !query.isEmpty else { return [] }
        var matcher = TokenMatcher(text: text, language: query.language)
        var hits: [SearchHit] = []
        for (index, term) in query.required.enumerated() {
            let found = occurrences(of: term, in: &matcher, firstOnly: false)
            if found.isEmpty { return [] }
            hits.append(contentsOf: found.map { SearchHit(range: $0, termIndex: index) })
        }
        for term in query.excluded where !occurrences(of: term, in: &matcher, firstOnly: true).isEmpty {
            return []
        }
        return unique(hits)
    }

    /// Whether `text` matches `query` (the same rule as `hits`, without collecting them all).
    public static func matches(_ text: String, query: SearchQuery) -> Bool {
        guard !query.isEmpty else { return false }
        var matcher = TokenMatcher(text: text, language: query.language)
        for term in query.required where occurrences(of: term, in: &matcher, firstOnly: true).isEmpty {
            return false
        }
        for term in query.excluded where !occurrences(of: term, in: &matcher, firstOnly: true).isEmpty {
            return false
        }
        return true
    }

    /// Occurrences of one term: token runs matching its words consecutively.
    static func occurrences(of term: SearchQueryTerm, in matcher: inout TokenMatcher, firstOnly: Bool) -> [ScalarRange] {
        let words = term.words.map(PreparedWord.init)
        guard let head = words.first, matcher.count >= words.count else { return [] }
        var found: [ScalarRange] = []
        let width = words.count
        var k = 0
        let lastStart = matcher.count - width
        while k <= lastStart {
            if matcher.matches(k, head) && matchesRest(at: k, words, &matcher) {
                found.append(matcher.range(k, k + width - 1))
                if firstOnly { return found }
            }
            k += 1
        }
        return found
    }

    /// Whether the tokens after `k` match the phrase's further words.
    private static func matchesRest(at k: Int, _ words: [PreparedWord], _ matcher: inout TokenMatcher) -> Bool {
        var offset = 1
        while offset < words.count {
            if !matcher.matches(k + offset, words[offset]) { return false }
            offset += 1
        }
        return true
    }

    /// Sorted by range; when two terms hit the same range, the first term's hit is kept.
    private static func unique(_ hits: [SearchHit]) -> [SearchHit] {
        let sorted = hits.sorted { a, b in a.range != b.range ? a.range < b.range : a.termIndex < b.termIndex }
        var out: [SearchHit] = []
        out.reserveCapacity(sorted.count)
        for hit in sorted where out.last?.range != hit.range { out.append(hit) }
        return out
    }
}
