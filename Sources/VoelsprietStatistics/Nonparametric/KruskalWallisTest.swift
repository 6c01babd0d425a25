/// The Kruskal–Wallis H test that k ≥ 2 independent samples come from the same distribution
/// (Kruskal & Wallis 1952, JASA 47, 583–621).
///
/// With Rᵢ the sum of group i's mid-ranks in the pooled sample of N values, nᵢ its size and tⱼ
/// the sizes of the groups of tied values:
///
///     H = [12 / (N(N + 1)) · Σ Rᵢ² / nᵢ − 3(N + 1)] / [1 − Σ(tⱼ³ − tⱼ) / (N³ − N)]
///
/// (computed as 12/(N(N + 1)) · Σ nᵢ(R̄ᵢ − (N + 1)/2)² / [1 − …], the same value without the
/// cancellation of the first form) and p = P(χ²(k − 1) ≥ H). This is R's `kruskal.test`, against which
/// `Fixtures/kruskal_wallis.json` checks us. Like R, an empty group is refused (not silently
/// dropped); NaN and infinite values are refused; all values tied makes H = 0/0, not computable.
public enum KruskalWallisTest {
    /// Runs the test on `groups` (each a sample of ordinal or numeric values).
    public static func test(_ groups: [[Double]]) throws(StatisticNotComputable) -> KruskalWallisResult {
        try SampleChecks.requireFinite(groups)
        try SampleChecks.requireGroups(groups, needed: 2)
        let ranking = MidRanks(groups.flatMap { $0 })
        var rankSums: [Double] = []
        var start = 0
        for group in groups {
            rankSums.append(ranking.ranks[start..<(start + group.count)].reduce(0, +))
            start += group.count
        }
        return try result(sizes: groups.map(\.count), rankSums: rankSums, tieTerm: ranking.tieTerm, allTied: ranking.allTied)
    }

    /// Runs the test on groups given as counts over the same ordered categories (`counts[i][j]`:
    /// how many of group i have the j-th smallest value), as an item's answers on a scale are
    /// tallied: the same result as the expanded samples, without them.
    public static func test(counts: [[Int]]) throws(StatisticNotComputable) -> KruskalWallisResult {
        try SampleChecks.requireCounts(counts, needed: 2)
        let ranking = TalliedRanks(counts)
        return try result(sizes: ranking.sizes, rankSums: ranking.rankSums, tieTerm: ranking.tieTerm, allTied: ranking.allTied)
    }

    private static func result(
        sizes: [Int], rankSums: [Double], tieTerm: Double, allTied: Bool
    ) throws(StatisticNotComputable) -> KruskalWallisResult {
        let total = sizes.reduce(0, +)
        let n = Double(total)
        // With every value tied the tie term equals N³ − N and H is 0/0.
        guard !allTied else { throw .allValuesTied }
        let tieFactor = 1 - tieTerm / (n * n * n - n)

        // Σ nᵢ (R̄ᵢ − (N + 1)/2)² equals Σ Rᵢ²/nᵢ − N(N + 1)²/4 without its cancellation.
        let middle = (n + 1) / 2
        var spread = 0.0
        var meanRanks: [Double] = []
        for (size, rankSum) in zip(sizes, rankSums) {
            let meanRank = rankSum / Double(size)
            spread += Double(size) * (meanRank - middle) * (meanRank - middle)
            meanRanks.append(meanRank)
        }
        let h = 12 * spread / (n * (n + 1)) / tieFactor
        let df = sizes.count - 1
        return KruskalWallisResult(
            h: h, degreesOfFreedom: df, p: ChiSquareDistribution(degreesOfFreedom: Double(df)).survival(h),
            n: total, groupSizes: sizes, meanRanks: meanRanks)
    }
}
