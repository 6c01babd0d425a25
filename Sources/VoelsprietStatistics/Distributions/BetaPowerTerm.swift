#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// xᵃ yᵇ / B(a, b) (with y = 1 − x), the factor in front of the incomplete beta continued fraction.
///
/// Computed as in DiDonato & Morris (ACM TOMS 708, `brcomp`): with s = a + b, x₀ = a/s, y₀ = b/s
/// and Stirling's formula Γ(z) = √(2π) z^(z−½) e^(−z) e^(δ(z)),
///
///     xᵃ yᵇ / B(a, b) = √(ab / (2πs)) · e^(−(δ(a) + δ(b) − δ(s))) · e^(−(a·ρ(e₁) + b·ρ(e₂)))
///
/// where e₁ = x/x₀ − 1, e₂ = y/y₀ − 1 and ρ(e) = e − ln(1 + e) ≥ 0. This is exact for all
/// a, b > 0; unlike `a ln x + b ln y − ln B(a, b)` it has no cancellation of large logarithms
/// when a and b are large (large degrees of freedom), because a·e₁ + b·e₂ = 0 drops out exactly.
enum BetaPowerTerm {
    static func value(_ a: Double, _ b: Double, x: Double, y: Double) -> Double {
        let s = a + b
        let x0 = a / s, y0 = b / s
        // x − x₀ = y₀ − y; take the form whose operands carry the most digits.
        let difference = x <= 0.5 ? x - x0 : y0 - y
        let exponent = -(a * rho(difference / x0, ratio: x / x0) + b * rho(-difference / y0, ratio: y / y0))
            - (stirlingCorrection(a) + stirlingCorrection(b) - stirlingCorrection(s))
        return exp(exponent) * (a * b / (2 * Double.pi * s)).squareRoot()
    }

    /// ρ(e) = e − ln(1 + e), given e and ratio = 1 + e computed separately (for x far from x₀,
    /// e ≈ −1 has lost the digits that the ratio x/x₀ still carries); no cancellation for small e.
    static func rho(_ e: Double, ratio: Double) -> Double {
        if ratio <= 0 { return .infinity }
        guard abs(e) < 0.25 else { return e - log(ratio) }
        // e²/2 − e³/3 + e⁴/4 − …; 0.25ᵏ/k is below 1e-17 of the sum after 28 terms.
        var power = e * e
        var sum = 0.0
        var k = 2.0
        while k < 40 {
            let term = power / k
            sum += term
            if abs(term) <= abs(sum) * 1e-17 { break }
            power *= -e
            k += 1
        }
        return sum
    }

    /// δ(z) = ln Γ(z) − (z − ½) ln z + z − ½ ln(2π), the remainder of Stirling's formula.
    static func stirlingCorrection(_ z: Double) -> Double {
        if z < 10 {
            return lgamma(z) - (z - 0.5) * log(z) + z - 0.5 * log(2 * Double.pi)
        }
        // Asymptotic series Σ B₂ₖ / (2k(2k−1) z^(2k−1)); at z ≥ 10 the next term is below 1e-17.
        let r = 1 / z, r2 = r * r
        var sum = 0.0
        for coefficient in stirlingCoefficients.reversed() { sum = sum * r2 + coefficient }
        return sum * r
    }

    private static let stirlingCoefficients: [Double] = [
        1.0 / 12, -1.0 / 360, 1.0 / 1260, -1.0 / 1680, 1.0 / 1188, -691.0 / 360_360, 1.0 / 156,
    ]
}
