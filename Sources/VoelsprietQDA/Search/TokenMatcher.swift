// Matching query words against the tokens of one text without stemming every token.
//
// A token can only have stem S when its folded key (`TokenForms.key`) begins with S's first
// letter, or — Dutch only — when the key begins with "ge" and its third letter is S's first (the
// Dutch stemmer removes a prefix "ge"); and when S is at most two letters longer than the key.
// Why: both stemmers only change a word from its second letter on (English: every rewrite lies
// in R1/R2 or at the end, which start after the first letter; Dutch: also the 'ge' prefix and
// infixes, an infix never before the second letter), and neither makes a word longer except for
// `lengthen_V` doubling one vowel after removing a longer ending. TokenMatcherTests checks the
// rule on every fixture word; it also held on all 88,319 words of Snowball's Dutch and English
// vocabularies. Tokens failing the cheap test are skipped; the others are stemmed (once per
// distinct word).

struct TokenMatcher {
    private let bytes: [UInt8]
    private let spans: [TokenSpan]
    private let dutch: Bool
    private var memo: StemMemo
    /// Stems by the token's raw UTF-8 (no lowercasing or decoding needed for a repeat).
    private var rawMemo: [String: String] = [:]

    init(text: String, language: StemLanguage) {
        (bytes, spans) = TokenScanner.spans(in: text)
        dutch = language == .dutch
        memo = StemMemo(language: language)
    }

    var count: Int { spans.count }

    func range(_ first: Int, _ last: Int) -> ScalarRange {
        ScalarRange(start: spans[first].scalarStart, end: spans[last].scalarEnd)
    }

    private func slice(_ k: Int) -> [Unicode.Scalar] { spans[k].scalars(in: bytes) }

    /// Whether token `k` matches `word` (a stem or a prefix, see `SearchQueryWord`).
    mutating func matches(_ k: Int, _ word: PreparedWord) -> Bool {
        if word.length == 0 { return false }
        if word.isPrefix {
            if keyMayStart(k, with: word), TokenForms.key(slice(k)).hasPrefix(word.value) { return true }
            return stemMayBe(k, word) && stem(k).hasPrefix(word.value)
        }
        return stemMayBe(k, word) && stem(k) == word.value
    }

    private mutating func stem(_ k: Int) -> String {
        let raw = spans[k].raw(in: bytes)
        if let known = rawMemo[raw] { return known }
        let stem = memo.stem(slice(k))
        if rawMemo.count < 100_000 { rawMemo[raw] = stem }
        return stem
    }

    /// The cheap necessary condition above, for a stem or a stem prefix.
    @inline(__always)
    private func stemMayBe(_ k: Int, _ word: PreparedWord) -> Bool {
        if word.isEncoded { return true }
        let span = spans[k]
        let s0 = UInt32(bytes[span.byteStart])
        if s0 < 0x80 {
            // Tokens start with a letter or digit; `| 0x20` lowercases an ASCII letter.
            let lower = s0 | 0x20
            guard lower == word.first || (dutch && lower == 0x67) else { return false }
            if span.ascii && span.byteCount + 2 < word.length { return false }
        }
        guard let head = keyHead(k), head.count + 2 >= word.length else { return false }
        if head.h0 == word.first { return true }
        return dutch && head.h0 == 0x67 && head.h1 == 0x65 && head.h2 == word.first
    }

    /// A token's key can only start with a plain prefix when its first folded letter is the
    /// prefix's; encoded keys ("zu…") are compared in full.
    @inline(__always)
    private func keyMayStart(_ k: Int, with word: PreparedWord) -> Bool {
        if word.isEncoded || word.first == 0x7A { return true }
        let s0 = UInt32(bytes[spans[k].byteStart])
        return s0 >= 0x80 || (s0 | 0x20) == word.first
    }

    /// The first three scalar values and the length of token `k`'s folded key; nil when the key
    /// is not plain [a-z0-9] (an encoded key cannot equal a plain stem).
    private func keyHead(_ k: Int) -> (h0: UInt32, h1: UInt32, h2: UInt32, count: Int)? {
        var head = KeyHead()
        let span = spans[k]
        if span.ascii {
            for i in span.byteStart..<span.byteEnd where bytes[i] != 0x27 {
                let b = UInt32(bytes[i])
                head.add(b >= 0x41 && b <= 0x5A ? b + 0x20 : b)
            }
            return (head.h0, head.h1, head.h2, min(head.count, TokenForms.maxIndexTokenLength))
        }
        var folded: [Unicode.Scalar] = []
        for s in slice(k) {
            if s.value < 0x80 {
                if s != "'" { head.add(s.value >= 0x41 && s.value <= 0x5A ? s.value + 0x20 : s.value) }
                continue
            }
            switch SearchFolding.classify(s) {
            case .apostrophe, .joiner, .mark: continue
            default: break
            }
            var lower: [Unicode.Scalar] = []
            SearchFolding.appendLowercase(s, to: &lower)
            folded.removeAll(keepingCapacity: true)
            for l in lower { SearchFolding.appendFolded(l, to: &folded) }
            for f in folded {
                guard TokenForms.isIndexASCII(f) else { return nil }
                head.add(f.value)
            }
        }
        return (head.h0, head.h1, head.h2, min(head.count, TokenForms.maxIndexTokenLength))
    }

    private struct KeyHead {
        var h0: UInt32 = 0, h1: UInt32 = 0, h2: UInt32 = 0
        var count = 0

        mutating func add(_ value: UInt32) {
            switch count {
            case 0: h0 = value
            case 1: h1 = value
            case 2: h2 = value
            default: break
            }
            count += 1
        }
    }
}

/// A query word with what the filter needs precomputed.
struct PreparedWord {
    let value: String
    let isPrefix: Bool
    /// The first scalar value (0 for an empty value, which matches nothing).
    let first: UInt32
    let length: Int
    /// An encoded value ("zu…") skips the cheap filter.
    let isEncoded: Bool

    init(_ word: SearchQueryWord) {
        value = word.value
        isPrefix = word.isPrefix
        first = word.value.unicodeScalars.first?.value ?? 0
        length = word.value.unicodeScalars.count
        isEncoded = word.value.hasPrefix(TokenForms.encodedPrefix)
    }
}
