/// Finds the test results in one normalised line.
enum StatementScanner {
    /// The statements of `text`, left to right, none overlapping; at most `limit`.
    static func scan(_ text: ScanText, limit: Int = .max) -> [RawStatement] {
        let s = text.scalars
        var found: [RawStatement] = []
        var i = 0
        while i < s.count, found.count < limit {
            if mayStartSymbol(s[i]), let statement = statement(s, at: i) {
                found.append(statement)
                i = statement.range.upperBound
            } else {
                i += 1
            }
        }
        return found
    }

    /// Cheap first test before `TestHead.symbol`.
    private static func mayStartSymbol(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "χ", "X", "x", "c", "C", "t", "F", "r", "z", "Z": return true
        default: return false
        }
    }

    private static func statement(_ s: [Unicode.Scalar], at i: Int) -> RawStatement? {
        guard let (test, afterSymbol) = TestHead.symbol(s, at: i) else { return nil }
        var j = TestHead.skipSpaces(s, from: afterSymbol)
        var df: [Double] = []
        if test != .z {
            guard let (read, afterDF) = DegreesOfFreedom.read(s, at: j, for: test) else { return nil }
            df = read
            j = TestHead.skipSpaces(s, from: afterDF)
        }
        guard j < s.count, s[j] == "=" else { return nil }
        j = TestHead.skipSpaces(s, from: j + 1)
        guard let (statistic, afterStatistic) = ReportedNumber.read(s, at: j) else { return nil }
        guard TestHead.standalone(s, at: afterStatistic) else { return nil }
        guard let (comparison, p, end) = PValueReader.read(s, at: afterStatistic) else { return nil }
        return RawStatement(test: test, df: df, statistic: statistic, comparison: comparison, p: p, range: i..<end)
    }
}
