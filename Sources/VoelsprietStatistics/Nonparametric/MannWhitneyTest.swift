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
        let ranking = MidRanks(first + second)
        return try result(
            n1: first.count, n2: second.count, rankSum1: ranking.ranks[..<first.count].reduce(0, +),
            rankSum2: ranking.ranks[first.count...].reduce(0, +), tieTerm: ranking.tieTerm, allTied: ranking.allTied)
    }

    /// Runs the test on two samples given as counts over the same ordered categories
    /// (`first[j]`: how many of the first sample have the j-th smallest value), as an item's
    /// answers on a scale are tallied: the same result as the expanded samples, without them.
    public static func test(counts first: [Int], _ second: [Int]) throws(StatisticNotComputable) -> MannWhitneyResult {
        try SampleChecks.requireCounts([first, second], needed: 2)
        let ranking = TalliedRanks([first, second])
        return try result(
            n1: ranking.sizes[0], n2: ranking.sizes[1], rankSum1: ranking.rankSums[0], rankSum2: ranking.rankSums[1],
            tieTerm: ranking.tieTerm, allTied: ranking.allTied)
    }

    private static func result(
        n1 size1: Int, n2 size2: Int, rankSum1: Double, rankSum2: Double, tieTerm: Double, allTied: Bool
    ) throws(StatisticNotComputable) -> MannWhitneyResult {
        let n1 = Double(size1), n2 = Double(size2)
        let total = n1 + n2
        let w = rankSum1 - n1 * (n1 + 1) / 2
        guard !allTied else { throw .allValuesTied }
        let variance = n1 * n2 / 12 * ((total + 1) - tieTerm / (total * (total - 1)))
        let centred = w - n1 * n2 / 2
        let correction: Double = centred > 0 ? 0.5 : (centred < 0 ? -0.5 : 0)
        let z = (centred - correction) / variance.squareRoot()
        return MannWhitneyResult(
            w: w, uSecond: n1 * n2 - w, z: z, p: min(1, NormalDistribution().twoSidedPValue(z)),
            n1: size1, n2: size2, meanRank1: rankSum1 / n1, meanRank2: rankSum2 / n2, hasTies: tieTerm > 0)
    }
}
