// Splits query input into chunks (whitespace-separated words and quoted phrases), then turns each
// chunk into a term with the same tokenizer and stemmer as the indexed texts.

struct SearchQueryParser {
    private let s: [Unicode.Scalar]
    private let language: StemLanguage
    private var i = 0
    private var memo: StemMemo

    init(input: String, language: StemLanguage) {
        s = Array(input.unicodeScalars)
        self.language = language
        memo = StemMemo(language: language)
    }

    mutating func parse() -> (required: [SearchQueryTerm], excluded: [SearchQueryTerm]) {
        var required: [SearchQueryTerm] = []
        var excluded: [SearchQueryTerm] = []
        let limit = SearchQuery.maxTerms
        while required.count < limit || excluded.count < limit, let (chunk, negated, prefix) = nextChunk() {
            if (negated ? excluded.count : required.count) >= limit { continue }
            guard let term = term(for: chunk, prefix: prefix) else { continue }
            if negated { excluded.append(term) } else { required.append(term) }
        }
        return (required, excluded)
    }

    /// The next chunk: its scalars, whether it was preceded by "-", whether it ended in "*".
    private mutating func nextChunk() -> (ArraySlice<Unicode.Scalar>, Bool, Bool)? {
        while i < s.count, Self.isSpace(s[i]) { i += 1 }
        guard i < s.count else { return nil }
        var negated = false
        if s[i] == "-", i + 1 < s.count, !Self.isSpace(s[i + 1]) {
            negated = true
            i += 1
        }
        if Self.isQuote(s[i]) {
            let start = i + 1
            var end = start
            while end < s.count, !Self.isQuote(s[end]) { end += 1 }
            i = min(end + 1, s.count)
            let prefix = i < s.count && s[i] == "*"
            if prefix { i += 1 }
            return (s[start..<end], negated, prefix)
        }
        let start = i
        while i < s.count, !Self.isSpace(s[i]), !Self.isQuote(s[i]) { i += 1 }
        let chunk = s[start..<i]
        return (chunk, negated, chunk.last == "*")
    }

    private mutating func term(for chunk: ArraySlice<Unicode.Scalar>, prefix: Bool) -> SearchQueryTerm? {
        let source = TokenForms.string(chunk)
        let (bytes, spans) = TokenScanner.spans(in: source)
        guard !spans.isEmpty else { return nil }
        var words: [SearchQueryWord] = []
        for (k, span) in spans.enumerated() {
            let token = span.scalars(in: bytes)
            if prefix && k == spans.count - 1 {
                words.append(SearchQueryWord(value: TokenForms.key(token), isPrefix: true))
            } else {
                words.append(SearchQueryWord(value: memo.stem(token), isPrefix: false))
            }
        }
        words = Array(words.filter { !$0.value.isEmpty }.prefix(SearchQuery.maxWordsPerTerm))
        guard !words.isEmpty else { return nil }
        return SearchQueryTerm(words: words, source: source)
    }

    private static func isSpace(_ c: Unicode.Scalar) -> Bool { c.properties.isWhitespace }

    /// Straight and typographic double quotes (" “ ” „ «  »).
    private static func isQuote(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x22, 0x201C, 0x201D, 0x201E, 0x00AB, 0x00BB: true
        default: false
        }
    }
}
