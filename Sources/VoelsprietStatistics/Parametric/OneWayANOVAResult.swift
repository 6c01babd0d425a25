/// The outcome of a one-way analysis of variance (equal variances assumed).
public struct OneWayANOVAResult: Sendable, Hashable {
    /// F = MS_between / MS_within.
    public let f: Double
    /// Between-groups degrees of freedom k − 1.
    public let degreesOfFreedomBetween: Int
    /// Within-groups (residual) degrees of freedom N − k.
    public let degreesOfFreedomWithin: Int
    /// P(F(k − 1, N − k) ≥ F).
    public let p: Double
    /// Σ nᵢ (x̄ᵢ − x̄)².
    public let sumOfSquaresBetween: Double
    /// Σᵢ Σⱼ (xᵢⱼ − x̄ᵢ)².
    public let sumOfSquaresWithin: Double
    /// Group means and sizes, in input order.
    public let groupMeans: [Double]
    public let groupSizes: [Int]

    /// SS_between / (k − 1).
    public var meanSquareBetween: Double { sumOfSquaresBetween / Double(degreesOfFreedomBetween) }
    /// SS_within / (N − k).
    public var meanSquareWithin: Double { sumOfSquaresWithin / Double(degreesOfFreedomWithin) }
    /// η² = SS_between / (SS_between + SS_within), the share of variance between groups.
    public var etaSquared: Double { sumOfSquaresBetween / (sumOfSquaresBetween + sumOfSquaresWithin) }
}
