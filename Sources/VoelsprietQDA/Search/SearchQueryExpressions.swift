import Foundation

// The query as a database filter over the stems column (see `SearchIndexText`). Both
// expressions contain only the positive terms: FTS5 cannot start a query with NOT, and leaving
// exclusions to `PhraseSearch` keeps both engines alike. Every word value has been through the
// tokenizer and `TokenForms.indexForm`, so it contains only [a-z0-9]: no user input reaches the
// expression syntax, and the quoting below is belt and braces.

extension SearchQuery {
    /// An SQLite FTS5 MATCH expression ("" when `isEmpty`): every term in double quotes, terms
    /// joined with AND; a phrase as `"a b"`, a prefix as `"abc"*`, a phrase ending in a prefix as
    /// `"a bc"*` (FTS5 marks the last token of a starred string as a prefix).
    /// See https://sqlite.org/fts5.html, section 3 (Full-text Query Syntax).
    public var ftsMatchExpression: String {
        required.map(Self.fts).joined(separator: " AND ")
    }

    /// A PostgreSQL tsquery for `to_tsquery('simple', …)` ("" when `isEmpty`): terms joined with
    /// `&`; a phrase as `(a <-> b)`, a prefix as `abc:*`.
    /// See PostgreSQL documentation, section 8.11.2 (tsquery).
    public var postgresTSQuery: String {
        required.map(Self.tsquery).joined(separator: " & ")
    }

    private static func fts(_ term: SearchQueryTerm) -> String {
        let body = term.words.map { ftsSafe($0.value) }.joined(separator: " ")
        let prefix = term.words.last?.isPrefix == true
        return "\"" + body + "\"" + (prefix ? "*" : "")
    }

    private static func tsquery(_ term: SearchQueryTerm) -> String {
        let parts = term.words.map { word in
            tsquerySafe(word.value) + (word.isPrefix ? ":*" : "")
        }
        return parts.count == 1 ? parts[0] : "(" + parts.joined(separator: " <-> ") + ")"
    }

    /// Inside an FTS5 string a double quote is written twice.
    private static func ftsSafe(_ value: String) -> String {
        value.replacingOccurrences(of: "\"", with: "\"\"")
    }

    /// A tsquery lexeme in single quotes when it is anything but [a-z0-9] (never, by
    /// construction), with quotes and backslashes escaped as PostgreSQL requires.
    private static func tsquerySafe(_ value: String) -> String {
        if value.unicodeScalars.allSatisfy(TokenForms.isIndexASCII) { return value }
        var out = "'"
        for c in value {
            if c == "'" || c == "\\" { out.append(c) }
            out.append(c)
        }
        return out + "'"
    }
}
