// Splitting a source's text into search tokens, with their positions in Unicode scalars.
//
// Rules: letters and digits (General_Category L*, N*) make words; combining marks belong to the
// word they follow; an apostrophe (' ’ ʼ) or an invisible joiner (soft hyphen, ZWJ, ZWNJ) between
// two word characters keeps the word together ("zo'n", "don't"); everything else separates,
// including hyphens ("hulp-verlening" is two tokens), punctuation, symbols and emoji.

/// One token of a text.
public struct SearchToken: Sendable, Hashable {
    /// Where the token is in the text (scalar offsets).
    public let range: ScalarRange
    /// Lowercase, diacritics removed, apostrophes as U+0027 ("Geëmotioneerd" → "geemotioneerd").
    public let normalised: String
    /// The stem in index form: only [a-z0-9] (see `SearchIndexText`).
    public let stem: String

    public init(range: ScalarRange, normalised: String, stem: String) {
        self.range = range
        self.normalised = normalised
        self.stem = stem
    }
}

public enum SearchTokenizer {
    /// The tokens of `text` with their normalised forms and stems.
    public static func tokens(in text: String, language: StemLanguage) -> [SearchToken] {
        let (bytes, spans) = TokenScanner.spans(in: text)
        var memo = StemMemo(language: language)
        return spans.map { span in
            let input = TokenForms.stemInput(span.scalars(in: bytes))
            return SearchToken(
                range: span.range,
                normalised: TokenForms.string(TokenForms.fold(input)),
                stem: memo.stem(ofInput: input)
            )
        }
    }

    /// Only the token ranges of `text` (no stemming).
    public static func ranges(in text: String) -> [ScalarRange] {
        TokenScanner.spans(in: text).spans.map(\.range)
    }
}

/// Stems of a text's tokens, each distinct word stemmed once.
struct StemMemo {
    let language: StemLanguage
    private var cache: [String: String] = [:]

    init(language: StemLanguage) { self.language = language }

    mutating func stem(ofInput input: [Unicode.Scalar]) -> String {
        let key = TokenForms.string(input)
        if let known = cache[key] { return known }
        let stem = TokenForms.stem(ofInput: input, language: language)
        if cache.count < 100_000 { cache[key] = stem }
        return stem
    }

    mutating func stem(_ token: [Unicode.Scalar]) -> String {
        stem(ofInput: TokenForms.stemInput(token))
    }
}
