#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The standard normal distribution N(0, 1), through the complementary error function, which
/// keeps full relative precision in both tails (down to about z = ±38, where doubles underflow).
public struct NormalDistribution: Sendable, Hashable {
    /// The standard normal distribution.
    public init() {}

    /// P(Z ≤ z).
    public func cdf(_ z: Double) -> Double {
        0.5 * erfc(-z * 0.5.squareRoot())
    }

    /// P(Z > z), the one-sided (upper) p value of a z statistic.
    public func survival(_ z: Double) -> Double {
        0.5 * erfc(z * 0.5.squareRoot())
    }

    /// P(|Z| ≥ |z|), the two-sided p value of a z statistic.
    public func twoSidedPValue(_ z: Double) -> Double {
        erfc(abs(z) * 0.5.squareRoot())
    }
}
