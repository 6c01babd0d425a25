/// Student's t distribution with `degreesOfFreedom` degrees of freedom.
///
/// The tail is P(T > t) = ½ I_x(ν/2, ½) with x = ν / (ν + t²), computed with x and 1 − x each
/// to full precision, so that far tails and large ν stay accurate.
public struct StudentTDistribution: Sendable, Hashable {
    /// Degrees of freedom ν; positive (fractional values, as from Welch's test, are allowed).
    public let degreesOfFreedom: Double

    /// A distribution with `degreesOfFreedom` > 0.
    public init(degreesOfFreedom: Double) {
        precondition(degreesOfFreedom > 0, "degrees of freedom must be positive")
        self.degreesOfFreedom = degreesOfFreedom
    }

    /// P(T ≤ t).
    public func cdf(_ t: Double) -> Double {
        if t.isNaN { return .nan }
        return t < 0 ? tail(-t) : 1 - tail(t)
    }

    /// P(T > t), the one-sided (upper) p value of a t statistic.
    public func survival(_ t: Double) -> Double {
        if t.isNaN { return .nan }
        return t > 0 ? tail(t) : 1 - tail(-t)
    }

    /// P(|T| ≥ |t|), the two-sided p value of a t statistic.
    public func twoSidedPValue(_ t: Double) -> Double {
        if t.isNaN { return .nan }
        if t == 0 { return 1 }
        let (x, y) = beta(abs(t))
        return IncompleteBeta.regularized(degreesOfFreedom / 2, 0.5, x: x, y: y)
    }

    /// P(T > t) for t ≥ 0.
    private func tail(_ t: Double) -> Double {
        if t == 0 { return 0.5 }
        let (x, y) = beta(t)
        return 0.5 * IncompleteBeta.regularized(degreesOfFreedom / 2, 0.5, x: x, y: y)
    }

    /// x = ν / (ν + t²) and y = t² / (ν + t²), each computed directly.
    private func beta(_ t: Double) -> (Double, Double) {
        if t.isInfinite { return (0, 1) }
        let t2 = t * t
        let denominator = degreesOfFreedom + t2
        return (degreesOfFreedom / denominator, t2 / denominator)
    }
}
