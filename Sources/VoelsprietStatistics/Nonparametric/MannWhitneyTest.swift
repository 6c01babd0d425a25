/// The Mann–Whitney U test (Wilcoxon rank-sum test) for two independent samples, two-sided,
/// by the normal approximation with tie and continuity corrections (Mann & Whitney 1947, Ann.
/// Math. Statist. 18, 50–60; Wilcoxon 1945).
///
/// With R₁ the sum of the first sample's mid-ranks in the pooled sample (N = n₁ + n₂) and tⱼ
/// the sizes of the groups of tied values:
///
///     W = R₁ − n₁(n₁ + 1)/2
///     σ² = n₁n₂/12 · [(N + 1) − Σ(tⱼ³ − tⱼ) / (N(N − 1))]
///     z = (W − n₁n₂/2 − sign(W − n₁n₂/2) · ½) / σ,   p = 2 · min(Φ(z), 1 − Φ(z))
///
/// This is exactly R's `wilcox.test(x, y, exact = FALSE, correct = TRUE)` (W and p), against
/// which `Fixtures/mann_whitney.json` checks us. NaN or infinite values are refused (R would
/// drop them silently); when every value is tied σ = 0 and the test is not computable.
public enum MannWhitneyTest {
    /// Runs the test on two samples of ordinal or numeric values.
    public static func test(_ first: [Double], _ second: [Double]) throws(StatisticNotComputable) -> MannWhitneyResult {
        try SampleChecks.requireFinite([first, second])
        try SampleChecks.requireGroups([first, second], needed: 2)
        let n1 = Double(first.count), n2 = Double(second.count)
        let total = n1 + n2
        let ranking = MidRanks(first + second)
        let rankSum1 = ranking.ranks[..<first.count].reduce(0, +)
        let rankSum2 = ranking.ranks[first.count...].reduce(0, +)
        let w = rankSum1 - n1 * (n1 + 1) / 2
        guard !ranking.allTied else { throw .allValuesTied }
        let variance = n1 * n2 / 12 * ((total + 1) - ranking.tieTerm / (total * (total - 1)))
        let centred = w - n1 * n2 / 2
        let correction: Double = centred > 0 ? 0.5 : (centred < 0 ? -0.5 : 0)
        let z = (centred - correction) / variance.squareRoot()
        return MannWhitneyResult(
            w: w, uSecond: n1 * n2 - w, z: z, p: min(1, NormalDistribution().twoSidedPValue(z)),
            n1: first.count, n2: second.count, meanRank1: rankSum1 / n1, meanRank2: rankSum2 / n2,
            hasTies: ranking.tieTerm > 0)
    }
}
