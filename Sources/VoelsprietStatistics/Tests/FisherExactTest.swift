/// Fisher's exact test for 2×2 tables, from the hypergeometric distribution of the
/// top-left cell given the margins.
public enum FisherExactTest {
    /// Runs the test; throws when the table is not 2×2.
    public static func test(_ table: ContingencyTable) throws(StatisticsError) -> FisherExactResult {
        guard table.rowCount == 2, table.columnCount == 2 else {
            throw .notTwoByTwo(rows: table.rowCount, columns: table.columnCount)
        }
        let a = table.counts[0][0]
        let b = table.counts[0][1]
        let c = table.counts[1][0]
        let d = table.counts[1][1]
        let row1 = a + b
        let column1 = a + c
        let n = a + b + c + d
        let low = max(0, column1 - (n - row1))
        let high = min(row1, column1)

        // Probabilities relative to the mode, by the ratio of successive terms: no factorials,
        // so nothing loses precision for large counts. Terms below ~1e-308 of the mode vanish.
        let count = high - low + 1
        var weights = [Double](repeating: 0, count: count)
        let mode = min(high, max(low, Int((Double(row1 + 1) * Double(column1 + 1)) / Double(n + 2))))
        weights[mode - low] = 1
        var k = mode
        while k < high {
            let ratio =
                Double(row1 - k) * Double(column1 - k) / (Double(k + 1) * Double(n - row1 - column1 + k + 1))
            weights[k + 1 - low] = weights[k - low] * ratio
            if weights[k + 1 - low] == 0 { break }
            k += 1
        }
        k = mode
        while k > low {
            let ratio = Double(k) * Double(n - row1 - column1 + k) / (Double(row1 - k + 1) * Double(column1 - k + 1))
            weights[k - 1 - low] = weights[k - low] * ratio
            if weights[k - 1 - low] == 0 { break }
            k -= 1
        }
        // Sum small terms first for accuracy.
        let total = weights.sorted().reduce(0, +)
        let observed = weights[a - low]
        let threshold = observed * (1 + 1e-7)
        let twoSided = weights.filter { $0 <= threshold }.sorted().reduce(0, +) / total
        let less = weights[0...(a - low)].sorted().reduce(0, +) / total
        let greater = weights[(a - low)...].sorted().reduce(0, +) / total

        let oddsRatio: Double?
        if a * d == 0 && b * c == 0 {
            oddsRatio = nil
        } else if b * c == 0 {
            oddsRatio = .infinity
        } else {
            oddsRatio = Double(a) * Double(d) / (Double(b) * Double(c))
        }
        return FisherExactResult(
            pTwoSided: min(1, twoSided), pLess: min(1, less), pGreater: min(1, greater), oddsRatio: oddsRatio, n: n)
    }
}
