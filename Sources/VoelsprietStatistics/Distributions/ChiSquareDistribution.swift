#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The chi-square distribution with `degreesOfFreedom` degrees of freedom.
public struct ChiSquareDistribution: Sendable, Hashable {
    /// Degrees of freedom; positive.
    public let degreesOfFreedom: Double

    /// A distribution with `degreesOfFreedom` > 0.
    public init(degreesOfFreedom: Double) {
        precondition(degreesOfFreedom > 0, "degrees of freedom must be positive")
        self.degreesOfFreedom = degreesOfFreedom
    }

    /// P(X ≤ x).
    public func cdf(_ x: Double) -> Double {
        IncompleteGamma.lowerRegularized(degreesOfFreedom / 2, max(0, x) / 2)
    }

    /// P(X > x), the p value of a chi-square statistic; accurate in the far tail.
    public func survival(_ x: Double) -> Double {
        IncompleteGamma.upperRegularized(degreesOfFreedom / 2, max(0, x) / 2)
    }

    /// log₁₀ P(X > x); finite where `survival` underflows to zero.
    public func log10Survival(_ x: Double) -> Double {
        IncompleteGamma.logUpperRegularized(degreesOfFreedom / 2, max(0, x) / 2) / M_LN10
    }
}
