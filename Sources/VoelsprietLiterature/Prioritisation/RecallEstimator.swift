import Foundation

/// Estimates the recall reached so far from the yield of the screening history.
///
/// What it assumes: records are screened in the order of the model's ranking, so the share of
/// relevant records ("yield") falls along the screening order; we take that fall to be
/// geometric and never rising. The history after the priors is cut into two windows of W
/// records, the older and the latest (W = a third of the history, at least 25). With yields
/// a (older) and b (latest), the yield shrinks by q = min(b / a, 1) per W records, so the
/// unscreened U records hold about `b W q (1 - q^(U/W)) / (1 - q)` relevant ones (`b U` when
/// q = 1: the yield then stays as it is now, the pessimistic end).
///
/// Uncertainty: a and b get Jeffreys Beta(k + ½, W - k + ½) posteriors; 400 draws of (a, b)
/// give expected remaining counts μ, and a Poisson(μ) draw for each gives the actual remaining
/// count R, so the recall `found / (found + R)` has a distribution whose 2.5% and 97.5%
/// quantiles are the interval and whose median is the point estimate. The draws come from a
/// generator seeded by the history length, so the result is deterministic.
///
/// Known weak spots (measured in `ScreeningSimulation`, see `recallIntervalCoverage`): early
/// on, with few relevant records found, the windows say little and the interval is wide; a
/// model that ranks badly breaks the falling-yield assumption.
enum RecallEstimator {
    struct Estimate: Sendable { var remaining: Double; var recall: Double; var lower: Double; var upper: Double }

    static let draws = 400

    static func estimate(ranked: [Bool], found: Int, unscreened: Int) -> Estimate {
        guard unscreened > 0 else { return Estimate(remaining: 0, recall: 1, lower: 1, upper: 1) }
        let window = max(25, ranked.count / 3)
        guard ranked.count >= 2 * window else {
            // Too little history: anything between none and all unscreened may be relevant.
            let lower = Double(found) / Double(found + unscreened)
            return Estimate(remaining: Double(unscreened), recall: lower, lower: lower, upper: 1)
        }
        let latest = ranked.suffix(window).filter { $0 }.count
        let older = ranked.dropLast(window).suffix(window).filter { $0 }.count
        var generator = SplitMix64(seed: UInt64(ranked.count) &* 0x9E37_79B9 ^ UInt64(unscreened))
        var recalls: [Double] = []
        var remainders: [Double] = []
        recalls.reserveCapacity(draws)
        for _ in 0..<draws {
            let a = generator.beta(Double(older) + 0.5, Double(window - older) + 0.5)
            let b = generator.beta(Double(latest) + 0.5, Double(window - latest) + 0.5)
            let mean = expectedRemaining(olderYield: a, latestYield: b, window: window, unscreened: unscreened)
            let remaining = min(Double(unscreened), generator.poisson(mean))
            remainders.append(remaining)
            recalls.append(found + Int(remaining) == 0 ? 1 : Double(found) / (Double(found) + remaining))
        }
        recalls.sort()
        remainders.sort()
        return Estimate(remaining: remainders[draws / 2], recall: recalls[draws / 2],
                        lower: recalls[Int(0.025 * Double(draws))], upper: recalls[Int(0.975 * Double(draws)) - 1])
    }

    /// Σ over the coming blocks of W records of b W q^m, m = 1 … U / W (a partial last block
    /// counted by its share), with q = min(b / a, 1); never more than b U.
    static func expectedRemaining(olderYield a: Double, latestYield b: Double, window: Int, unscreened: Int) -> Double {
        let blocks = Double(unscreened) / Double(window)
        let q = a > 0 ? min(b / a, 1) : 1
        if q >= 1 - 1e-12 { return b * Double(unscreened) }
        return b * Double(window) * q * (1 - pow(q, blocks)) / (1 - q)
    }
}

extension SplitMix64 {
    /// Gamma(shape, 1) by Marsaglia & Tsang (2000); shape < 1 through Gamma(shape + 1) U^(1/shape).
    mutating func gamma(_ shape: Double) -> Double {
        if shape < 1 { return gamma(shape + 1) * pow(max(unit(), 1e-300), 1 / shape) }
        let d = shape - 1.0 / 3, c = 1 / (9 * d).squareRoot()
        while true {
            var x = 0.0, v = 0.0
            repeat {
                x = normal()
                v = 1 + c * x
            } while v <= 0
            v = v * v * v
            let u = unit()
            if u < 1 - 0.0331 * x * x * x * x || log(max(u, 1e-300)) < 0.5 * x * x + d * (1 - v + log(v)) { return d * v }
        }
    }

    mutating func beta(_ a: Double, _ b: Double) -> Double {
        let x = gamma(a), y = gamma(b)
        return x + y > 0 ? x / (x + y) : 0.5
    }

    /// A standard normal draw (Box–Muller).
    mutating func normal() -> Double {
        let u1 = max(unit(), 1e-300), u2 = unit()
        return (-2 * log(u1)).squareRoot() * cos(2 * Double.pi * u2)
    }

    /// A Poisson(mean) draw: Knuth's product method below 30, a rounded normal above.
    mutating func poisson(_ mean: Double) -> Double {
        guard mean > 0 else { return 0 }
        if mean >= 30 { return max(0, (mean + mean.squareRoot() * normal()).rounded()) }
        let limit = exp(-mean)
        var k = 0.0, product = unit()
        while product > limit {
            k += 1
            product *= unit()
        }
        return k
    }
}
