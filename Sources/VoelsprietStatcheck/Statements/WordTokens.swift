/// The words of a normalised line (lowercased letter runs, and digit runs marked as numbers),
/// with their positions.
struct WordTokens {
    struct Token {
        let range: Range<Int>
        let word: String
        let isNumber: Bool
        /// Part of a statement's own text (its words are no claims).
        var insideStatement = false
        /// A contrasting conjunction (ends a clause, see `SentenceBounds`).
        let isContrast: Bool
        /// A claim word or comparative (see `ClaimDetector`).
        let mayMention: Bool

        init(range: Range<Int>, word: String, isNumber: Bool) {
            self.range = range
            self.word = word
            self.isNumber = isNumber
            isContrast = !isNumber && SentenceBounds.contrast.contains(word)
            mayMention = !isNumber && (ClaimDetector.claimWords.contains(word) || ClaimDetector.comparatives.contains(word))
        }
    }

    let tokens: [Token]

    /// The tokens of `s` inside `ranges` (overlapping ranges are merged), each marked when it
    /// overlaps one of the sorted, disjoint `statements`.
    init(_ s: [Unicode.Scalar], within ranges: [Range<Int>], statements: [Range<Int>]) {
        var tokens: [Token] = []
        var done = 0
        for range in ranges.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            var i = max(range.lowerBound, done)
            while i > 0, i < s.count, s[i - 1].isLetter || s[i - 1].isDigit, i > range.lowerBound - 64 { i -= 1 }
            let end = min(range.upperBound, s.count)
            while i < end {
                let c = s[i]
                guard c.isLetter || c.isDigit else {
                    i += 1
                    continue
                }
                let number = c.isDigit
                var j = i
                while j < s.count, number ? s[j].isDigit : s[j].isLetter { j += 1 }
                tokens.append(Token(range: i..<j, word: Self.lowercased(s[i..<j]), isNumber: number))
                i = j
            }
            done = max(done, i)
        }
        var k = 0
        for index in tokens.indices {
            while k < statements.count, statements[k].upperBound <= tokens[index].range.lowerBound { k += 1 }
            tokens[index].insideStatement = k < statements.count && statements[k].overlaps(tokens[index].range)
        }
        self.tokens = tokens
    }

    /// Lowercased text of the scalars; ASCII without going through `String.lowercased()`.
    private static func lowercased(_ s: ArraySlice<Unicode.Scalar>) -> String {
        if s.allSatisfy({ $0.value < 0x80 }) {
            return String(decoding: s.map { UInt8(truncatingIfNeeded: TestHead.lower($0).value) }, as: UTF8.self)
        }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: s)
        return String(view).lowercased()
    }

    /// Indices of the tokens that lie inside `range`.
    func indices(within range: Range<Int>) -> Range<Int> {
        let lo = firstIndex(startingAtOrAfter: range.lowerBound)
        var hi = lo
        while hi < tokens.count, tokens[hi].range.upperBound <= range.upperBound { hi += 1 }
        return lo..<hi
    }

    /// The first token starting at or after `position` (binary search).
    func firstIndex(startingAtOrAfter position: Int) -> Int {
        var lo = 0, hi = tokens.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if tokens[mid].range.lowerBound < position { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }
}
