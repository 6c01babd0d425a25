/// The F (Fisher–Snedecor) distribution with `numerator` and `denominator` degrees of freedom.
///
/// P(F ≤ f) = I_x(d₁/2, d₂/2) with x = d₁f / (d₁f + d₂); the upper tail is the complement
/// I_y(d₂/2, d₁/2) with y = d₂ / (d₁f + d₂), computed directly, so it is accurate in the far tail.
public struct FDistribution: Sendable, Hashable {
    /// Numerator degrees of freedom d₁; positive.
    public let numerator: Double
    /// Denominator degrees of freedom d₂; positive.
    public let denominator: Double

    /// A distribution with both degrees of freedom > 0.
    public init(numerator: Double, denominator: Double) {
        precondition(numerator > 0 && denominator > 0, "degrees of freedom must be positive")
        self.numerator = numerator
        self.denominator = denominator
    }

    /// P(F ≤ f).
    public func cdf(_ f: Double) -> Double {
        if f.isNaN { return .nan }
        if f <= 0 { return 0 }
        let (x, y) = beta(f)
        return IncompleteBeta.regularized(numerator / 2, denominator / 2, x: x, y: y)
    }

    /// P(F > f), the p value of an F statistic.
    public func survival(_ f: Double) -> Double {
        if f.isNaN { return .nan }
        if f <= 0 { return 1 }
        let (x, y) = beta(f)
        return IncompleteBeta.regularized(denominator / 2, numerator / 2, x: y, y: x)
    }

    /// x = d₁f / (d₁f + d₂) and y = d₂ / (d₁f + d₂), each computed directly.
    private func beta(_ f: Double) -> (Double, Double) {
        if f.isInfinite { return (1, 0) }
        let scaled = numerator * f
        let total = scaled + denominator
        return (scaled / total, denominator / total)
    }
}
