/// Cronbach's α, the internal consistency of a battery of k items (Cronbach 1951,
/// Psychometrika 16, 297–334):
///
///     α = k / (k − 1) · (1 − Σ s²ᵢ / s²_T)
///
/// with s²ᵢ the sample variance of item i and s²_T that of the row totals T = Σᵢ xᵢ (both with
/// denominator n − 1; the denominator cancels). Rows with any missing score are left out
/// (listwise deletion) and counted in `excludedRows`. Per item, "α if item deleted" is α of the
/// other k − 1 items on the same rows, and the corrected item–total correlation is r(xᵢ, T − xᵢ).
///
/// `Fixtures/cronbach_alpha.json` checks α, α if deleted and the item–total correlations against
/// the formula evaluated in R on `na.omit` data, and against `psych::alpha` (its `raw_alpha`,
/// `alpha.drop` and `r.drop`), which agree on complete data.
public struct CronbachAlpha: Sendable, Hashable {
    /// α; at most 1, negative when the items covary negatively on average.
    public let alpha: Double
    /// Number of items k.
    public let itemCount: Int
    /// Rows used (complete rows).
    public let n: Int
    /// Rows left out because at least one score was missing.
    public let excludedRows: Int
    /// The variance s²_T of the row totals.
    public let totalVariance: Double
    /// Per item, in input order.
    public let items: [CronbachAlphaItem]

    /// α from `rows` of item scores (`rows[respondent][item]`, nil for a missing score). Throws for
    /// ragged rows, NaN or infinite scores, fewer than two items, fewer than two complete rows, or
    /// totals that do not vary.
    public static func compute(_ rows: [[Double?]]) throws(StatisticNotComputable) -> CronbachAlpha {
        guard let k = rows.first?.count else { throw .tooFewObservations(group: nil, found: 0, needed: 2) }
        var complete: [[Double]] = []
        for (index, row) in rows.enumerated() {
            if row.count != k { throw .raggedRows(row: index, expected: k, found: row.count) }
            if let item = row.firstIndex(where: { $0.map { !$0.isFinite } ?? false }) {
                throw .notFinite(group: index, index: item)
            }
            let scores = row.compactMap { $0 }
            if scores.count == k { complete.append(scores) }
        }
        if k < 2 { throw .tooFewItems(found: k, needed: 2) }
        if complete.count < 2 { throw .tooFewObservations(group: nil, found: complete.count, needed: 2) }

        let columns = (0..<k).map { item in complete.map { $0[item] } }
        let totals = complete.map { $0.reduce(0, +) }
        let itemVariances = columns.map(SampleChecks.variance)
        let totalVariance = SampleChecks.variance(totals)
        guard let alpha = value(k: k, itemVarianceSum: itemVariances.reduce(0, +), totalVariance: totalVariance) else {
            throw .zeroVariance
        }
        let items = (0..<k).map { item in
            let rest = zip(totals, columns[item]).map { $0 - $1 }
            return CronbachAlphaItem(
                variance: itemVariances[item],
                alphaIfDeleted: k < 3
                    ? nil
                    : value(
                        k: k - 1, itemVarianceSum: itemVariances.reduce(0, +) - itemVariances[item],
                        totalVariance: SampleChecks.variance(rest)),
                correctedItemTotalCorrelation: correlation(columns[item], rest))
        }
        return CronbachAlpha(
            alpha: alpha, itemCount: k, n: complete.count, excludedRows: rows.count - complete.count,
            totalVariance: totalVariance, items: items)
    }

    /// k/(k − 1) · (1 − Σs²ᵢ / s²_T); nil when the total does not vary.
    static func value(k: Int, itemVarianceSum: Double, totalVariance: Double) -> Double? {
        guard totalVariance > 0 else { return nil }
        return Double(k) / Double(k - 1) * (1 - itemVarianceSum / totalVariance)
    }

    /// Pearson's r by two-pass sums; nil when either variable does not vary.
    static func correlation(_ x: [Double], _ y: [Double]) -> Double? {
        let mx = SampleChecks.mean(x), my = SampleChecks.mean(y)
        var sxy = 0.0, sxx = 0.0, syy = 0.0
        for (a, b) in zip(x, y) {
            sxy += (a - mx) * (b - my)
            sxx += (a - mx) * (a - mx)
            syy += (b - my) * (b - my)
        }
        guard sxx > 0, syy > 0 else { return nil }
        return sxy / (sxx * syy).squareRoot()
    }
}
