/// Sentence and clause boundaries within a normalised line.
///
/// A sentence ends at `.`, `!` or `?` followed by a space (or the end of the line) and a capital
/// letter, digit, quote or bracket — not after a single letter (initials, `n.s.`) or a common
/// abbreviation (`resp.`, `bijv.`, `e.g.`, `vs.`, `et al.`, …). Within a sentence a clause ends at a
/// `;` outside the statements and before a contrasting conjunction (`maar`, `terwijl`, `echter`,
/// `hoewel`, `but`, `whereas`, `while`, `however`, `although`, …).
struct SentenceBounds {
    let scalars: [Unicode.Scalar]
    /// Statement ranges (a `;` inside them does not end a clause).
    let statements: [Range<Int>]

    /// A sentence is looked for at most this far (scalars) on either side of a statement, so that
    /// a line without full stops cannot make the work quadratic.
    static let reach = 1000

    /// The sentence around `range`.
    func sentence(around range: Range<Int>) -> Range<Int> {
        var start = range.lowerBound
        let lowest = max(0, range.lowerBound - Self.reach)
        while start > lowest, !endsSentence(at: start - 1) { start -= 1 }
        var end = range.upperBound
        let highest = min(scalars.count, range.upperBound + Self.reach)
        while end < highest, !endsSentence(at: end) { end += 1 }
        return start..<min(scalars.count, end + 1)
    }

    /// The clause around `range`, inside its `sentence` (`words` must cover that sentence).
    func clause(around range: Range<Int>, sentence: Range<Int>, words: WordTokens) -> Range<Int> {
        var start = sentence.lowerBound, end = sentence.upperBound
        for k in stride(from: range.lowerBound - 1, through: sentence.lowerBound, by: -1) where scalars[k] == ";" && !insideStatement(k) {
            start = k + 1
            break
        }
        for k in range.upperBound..<sentence.upperBound where scalars[k] == ";" && !insideStatement(k) {
            end = k
            break
        }
        for index in words.indices(within: start..<end) where words.tokens[index].isContrast {
            let position = words.tokens[index].range.lowerBound
            if position < range.lowerBound { start = max(start, position) } else if position >= range.upperBound { end = min(end, position) }
        }
        return start..<end
    }

    /// Whether scalar `k` lies inside a statement (binary search: `statements` are sorted).
    private func insideStatement(_ k: Int) -> Bool {
        var lo = 0, hi = statements.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if statements[mid].upperBound <= k { lo = mid + 1 } else { hi = mid }
        }
        return lo < statements.count && statements[lo].contains(k)
    }

    /// True when the scalar at `k` ends a sentence.
    func endsSentence(at k: Int) -> Bool {
        let c = scalars[k]
        guard c == "." || c == "!" || c == "?" else { return false }
        var j = k + 1
        while j < scalars.count, scalars[j] == "\"" || scalars[j] == "”" || scalars[j] == "’" || scalars[j] == ")" { j += 1 }
        if j >= scalars.count { return true }
        guard scalars[j] == " " else { return false }
        while j < scalars.count, scalars[j] == " " { j += 1 }
        if j >= scalars.count { return true }
        let next = scalars[j]
        let opensSentence = next.properties.isUppercase || next.isDigit || "\"“‘([χ".unicodeScalars.contains(next)
        guard opensSentence else { return false }
        return c != "." || !followsAbbreviation(k)
    }

    /// The word before the full stop at `k` is a single letter or a known abbreviation.
    private func followsAbbreviation(_ k: Int) -> Bool {
        var start = k
        while start > 0, scalars[start - 1].isLetter { start -= 1 }
        let length = k - start
        if length == 0 { return false }
        if length == 1 { return true }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[start..<k])
        return Self.abbreviations.contains(String(view).lowercased())
    }

    static let abbreviations: Set<String> = [
        "resp", "bijv", "bv", "vgl", "zgn", "nl", "ca", "dr", "drs", "prof", "mr", "mw", "dhr", "nr", "fig",
        "tab", "al", "etc", "vs", "cf", "eg", "ie", "pp", "jr", "ong", "incl", "excl", "min", "max", "approx",
    ]

    static let contrast: Set<String> = [
        "maar", "terwijl", "echter", "hoewel", "daarentegen", "behalve", "ofschoon",
        "but", "whereas", "while", "whilst", "however", "although", "though", "except", "unlike",
    ]
}
