import Foundation

// The forms of one token: what is stemmed, what is shown as "normalised", and the ASCII form
// that goes into the database column and into FTS5 / tsquery expressions.

enum TokenForms {
    /// Longer tokens are not stemmed (no natural word is this long; it bounds the work a hostile
    /// text can cause): their stem is their folded form.
    static let maxStemmedLength = 64
    /// Index tokens are cut to this many characters. PostgreSQL drops lexemes over 2,047 bytes from
    /// a tsvector; a cut keeps such a token searchable. Query terms are cut the same way.
    static let maxIndexTokenLength = 240
    /// Prefix of the ASCII encoding of tokens that keep characters outside [a-z0-9] after folding
    /// (Greek, Cyrillic, CJK, symbols-as-letters): "zu" + six hex digits per scalar.
    static let encodedPrefix = "zu"

    /// The stemmer's input: lowercase, apostrophes as U+0027, joiners dropped, composed (NFC)
    /// when the token has combining marks ("e" + U+0308 → "ë", as the Dutch stemmer expects).
    static func stemInput(_ token: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(token.count)
        var hasMark = false
        for s in token {
            switch SearchFolding.classify(s) {
            case .apostrophe: out.append("'")
            case .joiner: continue
            case .mark:
                hasMark = true
                out.append(s)
            default: SearchFolding.appendLowercase(s, to: &out)
            }
        }
        guard hasMark else { return out }
        return Array(string(out).precomposedStringWithCanonicalMapping.unicodeScalars)
    }

    /// Folds every scalar (diacritics removed; see `SearchFolding.appendFolded`).
    static func fold(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(scalars.count)
        for s in scalars { SearchFolding.appendFolded(s, to: &out) }
        return out
    }

    /// The normalised form: lowercase, diacritics removed, apostrophes as U+0027.
    static func normalised(_ token: [Unicode.Scalar]) -> String {
        string(fold(stemInput(token)))
    }

    /// The stem in index form (see `indexForm`).
    static func stem(_ token: [Unicode.Scalar], language: StemLanguage) -> String {
        stem(ofInput: stemInput(token), language: language)
    }

    static func stem(ofInput input: [Unicode.Scalar], language: StemLanguage) -> String {
        let folded = fold(input)
        guard input.count <= maxStemmedLength else { return indexForm(folded) }
        // Dutch's stemmer knows its diacritics ("financiële" → "financieel"), so it stems first;
        // English's treats "é" as a consonant, so it gets the folded word ("résumé" → "resum").
        let form: String
        switch language {
        case .dutch: form = indexForm(fold(SnowballStemmer.stem(scalars: input, language: .dutch)))
        case .english: form = indexForm(SnowballStemmer.stem(scalars: folded, language: .english))
        }
        return form.isEmpty ? indexForm(folded) : form
    }

    /// The unstemmed key of a token in index form (what a prefix query is compared with).
    static func key(_ token: [Unicode.Scalar]) -> String {
        indexForm(fold(stemInput(token)))
    }

    /// The index form of folded scalars: apostrophes dropped; kept as is when only [a-z0-9]
    /// remain, else encoded as "zu" + six lowercase hex digits per scalar; cut to
    /// `maxIndexTokenLength`. The result contains only [a-z0-9], which SQLite FTS5's unicode61
    /// tokenizer and PostgreSQL's default parser ('simple' configuration) both read back as one
    /// token, and which needs no quoting in FTS5 strings or tsquery lexemes.
    static func indexForm(_ folded: [Unicode.Scalar]) -> String {
        var plain: [Unicode.Scalar] = []
        plain.reserveCapacity(folded.count)
        for s in folded where s != "'" {
            guard isIndexASCII(s) else { return encoded(folded) }
            plain.append(s)
        }
        if startsWithFloatThenLetter(plain) { return encoded(folded) }
        return string(plain.prefix(maxIndexTokenLength))
    }

    /// PostgreSQL's parser reads a leading `[0-9]+e[0-9]+` as a number in scientific notation and
    /// starts a new token at a letter after it ("1e5x" → '1e5', 'x'), which would shift every
    /// later position; such tokens are encoded. (Checked against PostgreSQL 15 on 20,000 random
    /// [a-z0-9e] tokens: exactly those of this shape split.)
    private static func startsWithFloatThenLetter(_ s: [Unicode.Scalar]) -> Bool {
        var i = 0
        while i < s.count, isDigit(s[i]) { i += 1 }
        guard i > 0, i < s.count, s[i] == "e" else { return false }
        i += 1
        let exponentStart = i
        while i < s.count, isDigit(s[i]) { i += 1 }
        return i > exponentStart && i < s.count && s[i].value >= 0x61
    }

    @inline(__always)
    private static func isDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 0x30 && s.value <= 0x39 }

    @inline(__always)
    static func isIndexASCII(_ s: Unicode.Scalar) -> Bool {
        (s.value >= 0x61 && s.value <= 0x7A) || (s.value >= 0x30 && s.value <= 0x39)
    }

    /// "zu" + six hex digits per scalar (apostrophes left out), cut to `maxIndexTokenLength`.
    private static func encoded(_ folded: [Unicode.Scalar]) -> String {
        var out = encodedPrefix
        for s in folded where s != "'" {
            guard out.utf8.count < maxIndexTokenLength else { break }
            let hex = String(s.value, radix: 16)
            out += String(repeating: "0", count: max(0, 6 - hex.count)) + hex
        }
        return out.utf8.count > maxIndexTokenLength ? String(out.prefix(maxIndexTokenLength)) : out
    }

    /// A String from scalars, encoded to UTF-8 in one pass (appending to a UnicodeScalarView
    /// one scalar at a time is many times slower).
    static func string(_ scalars: some Collection<Unicode.Scalar>) -> String {
        var length = 0
        for s in scalars { length += UTF8.width(s) }
        return String(unsafeUninitializedCapacity: length) { buffer in
            var n = 0
            for s in scalars {
                let v = s.value
                if v < 0x80 {
                    buffer[n] = UInt8(v)
                    n += 1
                } else if v < 0x800 {
                    buffer[n] = UInt8(0xC0 | v >> 6)
                    buffer[n + 1] = UInt8(0x80 | v & 0x3F)
                    n += 2
                } else if v < 0x10000 {
                    buffer[n] = UInt8(0xE0 | v >> 12)
                    buffer[n + 1] = UInt8(0x80 | v >> 6 & 0x3F)
                    buffer[n + 2] = UInt8(0x80 | v & 0x3F)
                    n += 3
                } else {
                    buffer[n] = UInt8(0xF0 | v >> 18)
                    buffer[n + 1] = UInt8(0x80 | v >> 12 & 0x3F)
                    buffer[n + 2] = UInt8(0x80 | v >> 6 & 0x3F)
                    buffer[n + 3] = UInt8(0x80 | v & 0x3F)
                    n += 4
                }
            }
            return n
        }
    }
}
