/// The outcome of the Mann–Whitney U (Wilcoxon rank-sum) test of two independent samples.
public struct MannWhitneyResult: Sendable, Hashable {
    /// W = R₁ − n₁(n₁ + 1)/2, the U statistic of the first sample (R's `W`): the number of pairs
    /// (x, y) with x > y, plus half the tied pairs.
    public let w: Double
    /// U of the second sample, n₁n₂ − W.
    public let uSecond: Double
    /// The continuity-corrected z, (W − n₁n₂/2 − sign(W − n₁n₂/2)·½) / σ.
    public let z: Double
    /// Two-sided p from the normal approximation, 2·min(Φ(z), 1 − Φ(z)).
    public let p: Double
    /// Sizes of the two samples.
    public let n1: Int
    public let n2: Int
    /// Mean rank of each sample in the pooled ranking (mid-ranks for ties).
    public let meanRank1: Double
    public let meanRank2: Double
    /// Whether any values are tied (the variance then has the tie correction).
    public let hasTies: Bool

    /// The common-language effect size W / (n₁n₂) = P(X > Y) + ½ P(X = Y), 0…1.
    public var probabilityOfSuperiority: Double { w / (Double(n1) * Double(n2)) }

    /// The rank-biserial correlation 2W/(n₁n₂) − 1 = P(X > Y) − P(X < Y), −1…1; positive when
    /// the first sample tends to be larger.
    public var rankBiserial: Double { 2 * probabilityOfSuperiority - 1 }
}
