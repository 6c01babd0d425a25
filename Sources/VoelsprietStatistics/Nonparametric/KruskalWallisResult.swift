/// The outcome of the Kruskal–Wallis rank-sum test of k independent samples.
public struct KruskalWallisResult: Sendable, Hashable {
    /// The tie-corrected statistic H.
    public let h: Double
    /// Degrees of freedom k − 1.
    public let degreesOfFreedom: Int
    /// P(χ²(k − 1) ≥ H).
    public let p: Double
    /// Total number of observations N.
    public let n: Int
    /// Size of each group, in input order.
    public let groupSizes: [Int]
    /// Mean mid-rank of each group in the pooled ranking, in input order.
    public let meanRanks: [Double]

    /// The effect size ε² = H / (N − 1) (Tomczak & Tomczak 2014, ε²_R = H / ((N² − 1)/(N + 1))).
    public var epsilonSquared: Double { h / Double(n - 1) }
}
