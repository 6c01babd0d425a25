/// One-way analysis of variance: do k ≥ 2 groups share one mean (equal variances assumed)?
///
/// With group sizes nᵢ, group means x̄ᵢ, the grand mean x̄ and N = Σnᵢ:
///
///     F = [Σ nᵢ (x̄ᵢ − x̄)² / (k − 1)] / [Σᵢ Σⱼ (xᵢⱼ − x̄ᵢ)² / (N − k)]
///
/// and p = P(F(k − 1, N − k) ≥ F). This is R's `summary(aov(y ~ g))` and, when every group has
/// two values or more, `oneway.test(y ~ g, var.equal = TRUE)`; `Fixtures/welch_anova.json` checks
/// us against both. Groups of one value are allowed (as in `aov`) if N > k. Empty groups, NaN
/// and infinite values are refused, and so are data constant within every group (the within
/// standard deviation below 10·ε·max|x̄ᵢ|), where F would be infinite or 0/0.
public enum OneWayANOVA {
    /// Runs the analysis on `groups`.
    public static func test(_ groups: [[Double]]) throws(StatisticNotComputable) -> OneWayANOVAResult {
        try SampleChecks.requireFinite(groups)
        try SampleChecks.requireGroups(groups, needed: 2)
        let k = groups.count
        let total = groups.reduce(0) { $0 + $1.count }
        guard total > k else { throw .tooFewObservations(group: nil, found: total, needed: k + 1) }
        let means = groups.map(SampleChecks.mean)
        let grandMean = SampleChecks.mean(groups.flatMap { $0 })
        var between = 0.0
        var within = 0.0
        for (group, values) in groups.enumerated() {
            let deviation = means[group] - grandMean
            between += Double(values.count) * deviation * deviation
            within += SampleChecks.sumOfSquares(values, mean: means[group])
        }
        let dfBetween = k - 1, dfWithin = total - k
        let withinSD = (within / Double(dfWithin)).squareRoot()
        let largestMean = means.reduce(0) { max($0, abs($1)) }
        guard withinSD > 0, withinSD >= 10 * Double.ulpOfOne * largestMean else { throw .zeroVariance }
        let f = (between / Double(dfBetween)) / (within / Double(dfWithin))
        return OneWayANOVAResult(
            f: f, degreesOfFreedomBetween: dfBetween, degreesOfFreedomWithin: dfWithin,
            p: FDistribution(numerator: Double(dfBetween), denominator: Double(dfWithin)).survival(f),
            sumOfSquaresBetween: between, sumOfSquaresWithin: within, groupMeans: means,
            groupSizes: groups.map(\.count))
    }
}
