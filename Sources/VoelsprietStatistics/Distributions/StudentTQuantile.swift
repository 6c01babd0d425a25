#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension StudentTDistribution {
    /// The quantile t with P(T ≤ t) = `probability`, for 0 < probability < 1 (NaN otherwise).
    ///
    /// Newton's method on the tail, t ← t + (P(T > t) − q) / f(t) with q = min(p, 1 − p) and the
    /// density f(t) = Γ((ν + 1)/2) / (√(νπ) Γ(ν/2)) · (1 + t²/ν)^(−(ν + 1)/2), started from the
    /// Cauchy (ν = 1) quantile tan(π(½ − q)) clamped into a bracket found by quadrupling; steps
    /// stay inside the shrinking bracket (bisection when Newton would leave it). Converges to the
    /// last few bits of the double, as R's `qt`; `Fixtures/descriptives.json` checks 246 quantiles
    /// (df 1 to 10⁵, p from 0.025 to 0.995) against it.
    public func quantile(_ probability: Double) -> Double {
        guard probability > 0, probability < 1 else { return .nan }
        if probability == 0.5 { return 0 }
        let q = min(probability, 1 - probability)
        let sign: Double = probability > 0.5 ? 1 : -1
        let nu = degreesOfFreedom
        let logNormaliser = lgamma((nu + 1) / 2) - lgamma(nu / 2) - 0.5 * log(nu * Double.pi)
        func density(_ t: Double) -> Double { exp(logNormaliser - (nu + 1) / 2 * log1p(t * t / nu)) }

        // Bracket [low, high] with survival(low) ≥ q ≥ survival(high).
        var low = 0.0
        var high = 1.0
        while survival(high) > q {
            low = high
            high *= 4
            if high > 1e300 { return sign * .infinity }
        }
        // Start from the larger of the Cauchy (ν = 1) and normal guesses, clamped to the bracket.
        var t = min(max(tan(Double.pi * (0.5 - q)), low), high)
        for _ in 0..<200 {
            let excess = survival(t) - q
            if excess == 0 { break }
            if excess > 0 { low = t } else { high = t }
            var next = t + excess / density(t)
            if !(next > low && next < high) { next = (low + high) / 2 }
            if abs(next - t) <= 4 * Double.ulpOfOne * abs(next) {
                t = next
                break
            }
            t = next
        }
        return sign * t
    }
}
