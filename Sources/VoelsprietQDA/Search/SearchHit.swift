// One hit of a query in a text, and the snippet around it for a result list.

/// Where a query term occurs in a text.
public struct SearchHit: Sendable, Hashable, Codable {
    /// From the first to the last token of the occurrence (scalar offsets in the stored text).
    public let range: ScalarRange
    /// Which of the query's `required` terms this is an occurrence of.
    public let termIndex: Int

    public init(range: ScalarRange, termIndex: Int) {
        self.range = range
        self.termIndex = termIndex
    }

    /// The text around the hit: up to `radius` scalars on either side, cut back to whole words
    /// (at whitespace), with whitespace runs (line breaks too) shown as one space.
    public func context(in text: String, radius: Int = 60) -> SearchHitContext {
        SearchHitContext(range: range, scalars: TextScalars.of(text), radius: radius)
    }

    /// The contexts of many hits in one text (the text is read once).
    public static func contexts(of hits: [SearchHit], in text: String, radius: Int = 60) -> [SearchHitContext] {
        let scalars = TextScalars.of(text)
        return hits.map { SearchHitContext(range: $0.range, scalars: scalars, radius: radius) }
    }
}

/// A hit with the words before and after it.
public struct SearchHitContext: Sendable, Hashable, Codable {
    public let before: String
    public let match: String
    public let after: String
    /// True when text was left out before `before` / after `after`.
    public let truncatedBefore: Bool
    public let truncatedAfter: Bool

    init(range: ScalarRange, scalars: [Unicode.Scalar], radius: Int) {
        let n = scalars.count
        let start = min(max(range.start, 0), n)
        let end = min(max(range.end, start), n)
        let radius = max(radius, 0)
        var lo = max(0, start - radius)
        if lo > 0 && !Self.isSpace(scalars[lo - 1]) {
            // The window starts inside a word: drop that partial word.
            while lo < start && !Self.isSpace(scalars[lo]) { lo += 1 }
        }
        var hi = min(n, end + radius)
        if hi < n && !Self.isSpace(scalars[hi]) {
            while hi > end && !Self.isSpace(scalars[hi - 1]) { hi -= 1 }
        }
        before = Self.display(scalars[lo..<start], trimStart: true, trimEnd: false)
        match = Self.display(scalars[start..<end], trimStart: false, trimEnd: false)
        after = Self.display(scalars[end..<hi], trimStart: false, trimEnd: true)
        truncatedBefore = scalars[0..<lo].contains { !Self.isSpace($0) }
        truncatedAfter = scalars[hi..<n].contains { !Self.isSpace($0) }
    }

    private static func isSpace(_ s: Unicode.Scalar) -> Bool { s.properties.isWhitespace }

    /// Whitespace runs as one space; optionally trimmed at either end.
    private static func display(_ part: ArraySlice<Unicode.Scalar>, trimStart: Bool, trimEnd: Bool) -> String {
        var view: [Unicode.Scalar] = []
        var pendingSpace = false
        for s in part {
            if isSpace(s) {
                pendingSpace = true
                continue
            }
            if pendingSpace && !(trimStart && view.isEmpty) { view.append(" ") }
            pendingSpace = false
            view.append(s)
        }
        if pendingSpace && !trimEnd && !(trimStart && view.isEmpty) { view.append(" ") }
        return TokenForms.string(view)
    }
}
