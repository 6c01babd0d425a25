/// The p part after a statistic: a short gap (`, `, `; `, ` (`, and at most two reported extras such
/// as `MSE = 2,1` or `d = 0.45`), then `p`, a comparison (=, <, >, ≤, ≥, <=, >=) and a number or
/// `n.s.`.
enum PValueReader {
    /// (comparison, p or nil for n.s., index after the p value) when a p part starts near `i`.
    static func read(_ s: [Unicode.Scalar], at i: Int) -> (StatcheckStatement.Comparison, ReportedNumber?, Int)? {
        var j = i
        var extras = 0
        while true {
            j = skipGap(s, from: j)
            if let found = pValue(s, at: j) { return found }
            guard extras < 2, let after = extra(s, at: j) else { return nil }
            extras += 1
            j = after
        }
    }

    private static let gap: Set<Unicode.Scalar> = [" ", ",", ";", ":", "(", "[", ")", "]"]

    private static func skipGap(_ s: [Unicode.Scalar], from i: Int) -> Int {
        var j = i
        while j < s.count, j - i < 6, gap.contains(s[j]) { j += 1 }
        return j
    }

    /// `p = .015`, `p<0,001`, `P = n.s.` at `i`.
    private static func pValue(_ s: [Unicode.Scalar], at i: Int) -> (StatcheckStatement.Comparison, ReportedNumber?, Int)? {
        guard i < s.count, s[i] == "p" || s[i] == "P" else { return nil }
        guard i == 0 || !s[i - 1].isWordCharacter else { return nil }
        var j = TestHead.skipSpaces(s, from: i + 1)
        guard let (comparison, afterComparison) = comparison(s, at: j) else { return nil }
        j = TestHead.skipSpaces(s, from: afterComparison)
        if let end = notSignificant(s, at: j) { return (comparison, nil, end) }
        guard let (number, end) = ReportedNumber.read(s, at: j) else { return nil }
        guard TestHead.standalone(s, at: end) || s[end] == "%" else { return nil }
        return (comparison, number, end)
    }

    private static func comparison(_ s: [Unicode.Scalar], at i: Int) -> (StatcheckStatement.Comparison, Int)? {
        guard i < s.count else { return nil }
        let next: Unicode.Scalar? = i + 1 < s.count ? s[i + 1] : nil
        switch s[i] {
        case "=": return next == "<" ? (.lessOrEqual, i + 2) : next == ">" ? (.greaterOrEqual, i + 2) : (.equal, i + 1)
        case "<": return next == "=" ? (.lessOrEqual, i + 2) : (.less, i + 1)
        case ">": return next == "=" ? (.greaterOrEqual, i + 2) : (.greater, i + 1)
        case "≤", "⩽": return (.lessOrEqual, i + 1)
        case "≥", "⩾": return (.greaterOrEqual, i + 1)
        default: return nil
        }
    }

    /// `n.s.`, `n.s`, `ns`, `NS` (case-insensitive) at `i`.
    private static func notSignificant(_ s: [Unicode.Scalar], at i: Int) -> Int? {
        for form in ["n.s.", "n.s", "ns"] where TestHead.matches(s, at: i, form) {
            let end = i + form.unicodeScalars.count
            if TestHead.standalone(s, at: end) { return end }
        }
        return nil
    }

    /// A reported extra between statistic and p: a short label, "=", a number (`MSE = 2,1`,
    /// `d = 0.45`, `η² = .08`); the index after it.
    private static func extra(_ s: [Unicode.Scalar], at i: Int) -> Int? {
        var j = i
        while j < s.count, j - i < 8, s[j].isWordCharacter || s[j] == "²" || s[j] == "^" || s[j] == "'" { j += 1 }
        guard j > i, !(j == i + 1 && (s[i] == "p" || s[i] == "P")) else { return nil }
        j = TestHead.skipSpaces(s, from: j)
        guard j < s.count, s[j] == "=" else { return nil }
        j = TestHead.skipSpaces(s, from: j + 1)
        return ReportedNumber.read(s, at: j).map { $0.1 }
    }
}
