// The text the storage layer indexes per source: the stems of its tokens, in order, separated by
// single spaces. Each stem contains only [a-z0-9], so
//   * SQLite FTS5 with the `unicode61` tokenizer (which splits on everything that is not a
//     letter, digit or private-use character, and folds case and diacritics) and
//   * PostgreSQL's to_tsvector('simple', …) (default parser; 'simple' only lowercases)
// read back exactly these tokens at consecutive positions, so phrase queries (`"a b"` in FTS5,
// `a <-> b` in tsquery) work on the column as on the text. Stemming and folding are ours; the
// engines only narrow down candidate sources, and `PhraseSearch` finds the exact hits.

public enum SearchIndexText {
    /// The space-separated index stems of `text`'s tokens ("" for a text without tokens).
    ///
    /// Note: PostgreSQL keeps tsvector positions only up to 16,383; tokens after that share the
    /// last position, so a phrase query there can miss in PostgreSQL (not in SQLite).
    public static func make(from text: String, language: StemLanguage) -> String {
        let (bytes, spans) = TokenScanner.spans(in: text)
        var memo = StemMemo(language: language)
        var out = ""
        out.reserveCapacity(bytes.count)
        for (k, span) in spans.enumerated() {
            if k > 0 { out.append(" ") }
            out.append(memo.stem(span.scalars(in: bytes)))
        }
        return out
    }
}
