// A parsed full-text query. Syntax (deliberately small, no operators that could be mistyped):
//   word          the word's stem must occur (all words are required: AND)
//   "a few words" the stems must occur as consecutive tokens (a phrase; punctuation and line
//                 breaks between them do not matter)
//   pre*          a token that starts with "pre" (not stemmed; see `SearchQueryWord.prefix`)
//   -word, -"a b", -pre*   sources where this occurs are left out
// A chunk that the tokenizer splits ("hulp-verlening", "covid-19") is a phrase of its parts.
// "OR", "NOT", "NEAR", parentheses and the like are just words or separators.

/// One word of a query term.
public struct SearchQueryWord: Sendable, Hashable {
    /// An index stem to equal (`isPrefix` false) or an index-form prefix (`isPrefix` true) that a
    /// token's unstemmed folded form or its stem must start with. Only [a-z0-9].
    public let value: String
    public let isPrefix: Bool

    public init(value: String, isPrefix: Bool) {
        self.value = value
        self.isPrefix = isPrefix
    }
}

/// A word, prefix or phrase: words that must occur as consecutive tokens.
public struct SearchQueryTerm: Sendable, Hashable {
    /// One word, or several for a phrase; only the last can be a prefix.
    public let words: [SearchQueryWord]
    /// What the user typed for this term (for display).
    public let source: String

    public init(words: [SearchQueryWord], source: String) {
        self.words = words
        self.source = source
    }

    public var isPhrase: Bool { words.count > 1 }
}

public struct SearchQuery: Sendable, Hashable {
    /// At most this many terms are kept (required and excluded each); the rest is ignored.
    public static let maxTerms = 32
    /// A longer phrase is cut to its first this many words (which can only add matches).
    public static let maxWordsPerTerm = 32

    public let language: StemLanguage
    /// Terms that must all occur.
    public let required: [SearchQueryTerm]
    /// Terms whose occurrence removes a source.
    public let excluded: [SearchQueryTerm]

    public init(language: StemLanguage, required: [SearchQueryTerm], excluded: [SearchQueryTerm]) {
        self.language = language
        self.required = required
        self.excluded = excluded
    }

    /// True when the query has no positive term (nothing typed, only punctuation, or only
    /// exclusions): nothing to search for, so no source matches and both expressions are "".
    public var isEmpty: Bool { required.isEmpty }

    /// Parses user input. Never fails: unusable parts are skipped, an unclosed quote runs to the
    /// end of the input.
    public static func parse(_ input: String, language: StemLanguage) -> SearchQuery {
        var parser = SearchQueryParser(input: input, language: language)
        let (required, excluded) = parser.parse()
        return SearchQuery(
            language: language,
            required: Array(required.prefix(maxTerms)),
            excluded: Array(excluded.prefix(maxTerms))
        )
    }
}
