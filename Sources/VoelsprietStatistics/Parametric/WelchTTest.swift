/// Welch's t test for the difference of two means without assuming equal variances (Welch 1947,
/// Biometrika 34, 28–35).
///
/// With means x̄ᵢ, sample variances sᵢ² (denominator nᵢ − 1) and vᵢ = sᵢ²/nᵢ:
///
///     t = (x̄₁ − x̄₂) / √(v₁ + v₂),   df = (v₁ + v₂)² / (v₁²/(n₁ − 1) + v₂²/(n₂ − 1))
///
/// and p = P(|T_df| ≥ |t|), two-sided. This is R's `t.test(x, y, var.equal = FALSE)` (statistic,
/// parameter, p value and conf.int), against which `Fixtures/welch_anova.json` checks us. As in R,
/// each group needs two values, and data that are constant within both groups (SE below
/// 10·ε·max|x̄ᵢ|, R's "data are essentially constant") are not computable.
public enum WelchTTest {
    /// Runs the test of `first` against `second`.
    public static func test(
        _ first: [Double], _ second: [Double], confidenceLevel: Double = 0.95
    ) throws(StatisticNotComputable) -> WelchTTestResult {
        try SampleChecks.requireFinite([first, second])
        for (group, values) in [first, second].enumerated() where values.count < 2 {
            throw .tooFewObservations(group: group, found: values.count, needed: 2)
        }
        let n1 = Double(first.count), n2 = Double(second.count)
        let mean1 = SampleChecks.mean(first), mean2 = SampleChecks.mean(second)
        let v1 = SampleChecks.variance(first) / n1, v2 = SampleChecks.variance(second) / n2
        let standardError = (v1 + v2).squareRoot()
        guard standardError > 0, standardError >= 10 * Double.ulpOfOne * max(abs(mean1), abs(mean2)) else {
            throw .zeroVariance
        }
        // The df formula in shares wᵢ = vᵢ / (v₁ + v₂), which cannot underflow.
        let w1 = v1 / (v1 + v2), w2 = v2 / (v1 + v2)
        let df = 1 / (w1 * w1 / (n1 - 1) + w2 * w2 / (n2 - 1))
        let difference = mean1 - mean2
        let t = difference / standardError
        let distribution = StudentTDistribution(degreesOfFreedom: df)
        var interval: ClosedRange<Double>?
        if confidenceLevel > 0, confidenceLevel < 1 {
            let half = distribution.quantile((1 + confidenceLevel) / 2) * standardError
            if difference - half <= difference + half { interval = (difference - half)...(difference + half) }
        }
        return WelchTTestResult(
            t: t, degreesOfFreedom: df, p: distribution.twoSidedPValue(t), meanDifference: difference,
            standardError: standardError, confidenceInterval: interval, confidenceLevel: confidenceLevel,
            mean1: mean1, mean2: mean2, n1: first.count, n2: second.count)
    }
}
