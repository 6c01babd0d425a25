/// The outcome of Fisher's exact test on a 2×2 table.
public struct FisherExactResult: Sendable, Hashable {
    /// Two-sided p: the probability of all tables with the same margins that are no more
    /// likely than the observed one (R's `fisher.test` rule, relative tolerance 1e-7).
    public let pTwoSided: Double
    /// P(X ≤ a), where a is the top-left cell.
    public let pLess: Double
    /// P(X ≥ a).
    public let pGreater: Double
    /// The sample odds ratio ad / bc; infinite when bc = 0 < ad, nil when both are zero.
    public let oddsRatio: Double?
    /// Number of observations.
    public let n: Int
}
