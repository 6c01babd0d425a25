// Stemming for full-text search. The algorithms are the Snowball ones (snowballstem.org):
// "english" (Porter2) and "dutch" (Snowball 3's Kraaij–Pohlmann based stemmer), checked word for
// word against the PyPI package `snowballstemmer` 3.1.1 (Fixtures/Search/stems_*.json).

/// The language whose stemmer a search uses.
public enum StemLanguage: String, Sendable, Hashable, Codable, CaseIterable {
    case dutch = "nl"
    case english = "en"
}

/// The Snowball stemmers for Dutch and English.
public enum SnowballStemmer {
    /// The Snowball stem of `word`, exactly as `snowballstemmer.stemmer(...).stemWord(word)`.
    ///
    /// The stemmers expect one lowercase word in NFC (precomposed "ë", not "e" + U+0308); nothing
    /// is lowercased or normalised here. Use `SearchTokenizer` for running text.
    public static func stem(_ word: String, language: StemLanguage) -> String {
        TokenForms.string(stem(scalars: Array(word.unicodeScalars), language: language))
    }

    /// The stem of a word given as scalars.
    static func stem(scalars: [Unicode.Scalar], language: StemLanguage) -> [Unicode.Scalar] {
        switch language {
        case .dutch: DutchStemmer.stem(scalars)
        case .english: EnglishStemmer.stem(scalars)
        }
    }
}
