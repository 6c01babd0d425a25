/// The start of a test result: the statistic's symbol, its degrees of freedom and "= value".
///
/// Symbols: χ² as `χ2`, `χ²`, `χ^2`, `X2`, `X²`, `X^2`, `x²`, `x^2`, `chi2`, `chi²`, `chi^2`,
/// `chi-square(d)`, `chi square`, `chi-kwadraat`; `t`, `F`, `r` (followed by their df in
/// parentheses) and `z`/`Z` (no df). The symbol must start a word.
enum TestHead {
    /// (test, index after the symbol) when a symbol starts at `i`.
    static func symbol(_ s: [Unicode.Scalar], at i: Int) -> (StatcheckStatement.Test, Int)? {
        guard i < s.count else { return nil }
        if i > 0, s[i - 1].isWordCharacter { return nil }
        switch s[i] {
        case "χ", "X":
            return squareMark(s, at: i + 1).map { (.chi2, $0) }
        case "x":
            guard i + 1 < s.count, s[i + 1] != "2" else { return nil }  // "x2" is too often not χ²
            return squareMark(s, at: i + 1).map { (.chi2, $0) }
        case "c", "C":
            return chiWord(s, at: i).map { (.chi2, $0) }
        case "t": return standalone(s, at: i + 1) ? (.t, i + 1) : nil
        case "F": return standalone(s, at: i + 1) ? (.F, i + 1) : nil
        case "r": return standalone(s, at: i + 1) ? (.r, i + 1) : nil
        case "z", "Z": return standalone(s, at: i + 1) ? (.z, i + 1) : nil
        default: return nil
        }
    }

    /// `2`, `²`, `^2` (not followed by a letter or digit); the index after it.
    private static func squareMark(_ s: [Unicode.Scalar], at i: Int) -> Int? {
        var j = i
        if j < s.count, s[j] == "^" { j += 1 }
        guard j < s.count, s[j] == "2" || s[j] == "²" else { return nil }
        j += 1
        return standalone(s, at: j) ? j : nil
    }

    /// chi2, chi², chi^2, chi-square(d), chi square(d), chi-kwadraat, chikwadraat.
    private static func chiWord(_ s: [Unicode.Scalar], at i: Int) -> Int? {
        guard i + 2 < s.count, lower(s[i + 1]) == "h", lower(s[i + 2]) == "i" else { return nil }
        let j = i + 3
        if let end = squareMark(s, at: j) { return end }
        var k = j
        if k < s.count, s[k] == "-" || s[k] == " " { k += 1 }
        for word in ["squared", "square", "kwadraat"] where matches(s, at: k, word) {
            let end = k + word.unicodeScalars.count
            return standalone(s, at: end) ? end : nil
        }
        return nil
    }

    /// True when the scalar at `i` (if any) is not a letter or digit.
    static func standalone(_ s: [Unicode.Scalar], at i: Int) -> Bool {
        i >= s.count || !s[i].isWordCharacter
    }

    static func matches(_ s: [Unicode.Scalar], at i: Int, _ word: String) -> Bool {
        var k = i
        for w in word.unicodeScalars {
            guard k < s.count, lower(s[k]) == w else { return false }
            k += 1
        }
        return true
    }

    static func lower(_ c: Unicode.Scalar) -> Unicode.Scalar {
        ("A"..."Z").contains(c) ? Unicode.Scalar(c.value + 32) ?? c : c
    }

    static func skipSpaces(_ s: [Unicode.Scalar], from i: Int) -> Int {
        var j = i
        while j < s.count, s[j] == " " { j += 1 }
        return j
    }
}

/// Degrees of freedom between parentheses: `(2)`, `(2, N = 131)`, `(df = 28)`, `(27,5)`, `(2, 57)`,
/// `(2; 57)`.
enum DegreesOfFreedom {
    /// (df, index after ")") for a parenthesised df group starting at `i` ("(").
    static func read(_ s: [Unicode.Scalar], at i: Int, for test: StatcheckStatement.Test) -> ([Double], Int)? {
        guard i < s.count, s[i] == "(" else { return nil }
        var close = i + 1
        while close < s.count, s[close] != ")", close - i <= 40 { close += 1 }
        guard close < s.count, s[close] == ")" else { return nil }
        let content = Array(s[(i + 1)..<close])
        let df: [Double]?
        switch test {
        case .chi2: df = chiSquare(content)
        case .F: df = twoNumbers(content)
        case .t, .r: df = single(content).map { [$0] }
        case .z: df = nil
        }
        return df.map { ($0, close + 1) }
    }

    /// "2", "2, N = 131", "2; n = 50", "df = 2".
    private static func chiSquare(_ c: [Unicode.Scalar]) -> [Double]? {
        let parts = splitOnce(c, at: [",", ";"])
        guard let first = number(parts.0, decimalComma: false) else { return nil }
        if let rest = parts.1 {
            let trimmed = trim(rest)
            guard let head = trimmed.first, head == "N" || head == "n" else { return nil }
            var k = TestHead.skipSpaces(trimmed, from: 1)
            guard k < trimmed.count, trimmed[k] == "=" else { return nil }
            k = TestHead.skipSpaces(trimmed, from: k + 1)
            guard let (_, end) = ReportedNumber.read(trimmed, at: k, allowSign: false), end == trimmed.count else { return nil }
        }
        return [first]
    }

    /// "28", "27.5", "27,5", "df = 28".
    private static func single(_ c: [Unicode.Scalar]) -> Double? {
        number(c, decimalComma: true)
    }

    /// "2, 57", "2,57", "2; 57", "2/57", "2, 35,4".
    private static func twoNumbers(_ c: [Unicode.Scalar]) -> [Double]? {
        let semicolon = c.contains(";")
        let commaSpace = zip(c, c.dropFirst()).contains { $0 == "," && $1 == " " }
        let separators: Set<Unicode.Scalar> = semicolon ? [";"] : (commaSpace ? [","] : [",", "/"])
        var parts = splitOnce(c, at: separators, requireSpaceAfterComma: commaSpace && !semicolon)
        if parts.1 == nil, c.contains("/") { parts = splitOnce(c, at: ["/"]) }
        guard let rest = parts.1 else { return nil }
        let decimalComma = semicolon || commaSpace
        guard let d1 = number(parts.0, decimalComma: decimalComma), let d2 = number(rest, decimalComma: decimalComma) else { return nil }
        return [d1, d2]
    }

    /// A plain non-negative number filling `c` (after an optional "df ="), or nil.
    private static func number(_ c: [Unicode.Scalar], decimalComma: Bool) -> Double? {
        var t = trim(c)
        if t.count > 2, TestHead.lower(t[0]) == "d", TestHead.lower(t[1]) == "f" {
            var k = TestHead.skipSpaces(t, from: 2)
            guard k < t.count, t[k] == "=" else { return nil }
            k = TestHead.skipSpaces(t, from: k + 1)
            t = Array(t[k...])
        }
        guard !t.isEmpty, t.allSatisfy({ $0.isDigit || $0 == "." || (decimalComma && $0 == ",") }) else { return nil }
        guard let (value, end) = ReportedNumber.read(t, at: 0, allowSign: false), end == t.count else { return nil }
        return value.value
    }

    private static func splitOnce(
        _ c: [Unicode.Scalar], at separators: Set<Unicode.Scalar>, requireSpaceAfterComma: Bool = false
    ) -> ([Unicode.Scalar], [Unicode.Scalar]?) {
        for (k, ch) in c.enumerated() where separators.contains(ch) {
            if requireSpaceAfterComma, ch == ",", k + 1 < c.count, c[k + 1] != " " { continue }
            return (Array(c[..<k]), Array(c[(k + 1)...]))
        }
        return (c, nil)
    }

    static func trim(_ c: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var lo = 0, hi = c.count
        while lo < hi, c[lo] == " " { lo += 1 }
        while hi > lo, c[hi - 1] == " " { hi -= 1 }
        return Array(c[lo..<hi])
    }
}
