/// One- and two-sided marks near a statement: `eenzijdig`, `éénzijdig`, `1-zijdig`, `enkelzijdig`,
/// `one-tailed`, `one-sided`, `1-tailed`, … and their two-sided counterparts (`tweezijdig`,
/// `2-zijdig`, `two-tailed`, …), case-insensitive and not inside a longer word. A mark attached
/// to the statement (see `LineStatements`) decides; otherwise the last mark in the clause before it.
enum OneSidedMarks {
    static func isOneSided(_ s: [Unicode.Scalar], after: Range<Int>, before: Range<Int>) -> Bool {
        if let mark = mark(in: s, after, preferLast: false) { return mark }
        return mark(in: s, before, preferLast: true) ?? false
    }

    /// true for a one-sided mark, false for a two-sided one, nil for none.
    private static func mark(in s: [Unicode.Scalar], _ range: Range<Int>, preferLast: Bool) -> Bool? {
        guard !range.isEmpty, range.lowerBound >= 0, range.upperBound <= s.count else { return nil }
        var best: (Int, Bool)?
        var i = range.lowerBound
        while i < range.upperBound {
            defer { i += 1 }
            guard i == range.lowerBound || !s[i - 1].isWordCharacter else { continue }
            for (mark, oneSided) in marks where matches(s, at: i, mark, limit: range.upperBound) {
                if preferLast { best = (i, oneSided) } else if best == nil { best = (i, oneSided) }
                break
            }
            if !preferLast, best != nil { break }
        }
        return best?.1
    }

    private static func matches(_ s: [Unicode.Scalar], at i: Int, _ mark: [Unicode.Scalar], limit: Int) -> Bool {
        guard i + mark.count <= limit else { return false }
        for (k, m) in mark.enumerated() where lower(s[i + k]) != m { return false }
        return true
    }

    private static func lower(_ c: Unicode.Scalar) -> Unicode.Scalar {
        c == "É" ? "é" : TestHead.lower(c)
    }

    static let one = [
        "eenzijdig", "éénzijdig", "enkelzijdig", "1-zijdig", "1 zijdig", "linkszijdig", "rechtszijdig",
        "one-tailed", "one tailed", "one-sided", "one sided", "1-tailed", "1-sided",
    ]
    static let two = ["tweezijdig", "2-zijdig", "2 zijdig", "two-tailed", "two tailed", "two-sided", "two sided", "2-tailed", "2-sided"]
    static let marks: [([Unicode.Scalar], Bool)] = one.map { (Array($0.unicodeScalars), true) } + two.map { (Array($0.unicodeScalars), false) }
}
