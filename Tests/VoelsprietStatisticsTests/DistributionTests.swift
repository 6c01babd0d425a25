import Foundation
import Testing

@testable import VoelsprietStatistics

/// The cases of `Fixtures/distributions.json` (see `make_distribution_fixtures.py`), decoded with
/// `JSONDecoder`, which reads every double exactly (JSONSerialization on Linux does not).
struct DistributionFixture: Decodable {
    struct TCase: Decodable { let df, t: Double; let sf, cdf, two_sided: Double? }
    struct FCase: Decodable { let d1, d2, f: Double; let sf, cdf: Double? }
    struct NormalCase: Decodable { let z: Double; let sf, cdf, two_sided: Double? }
    struct BetaCase: Decodable { let a, b, x: Double; let lower, upper: Double? }
    struct CorrelationCase: Decodable { let r, df: Double; let p: Double? }

    let t: [TCase]
    let f: [FCase]
    let normal: [NormalCase]
    let beta: [BetaCase]
    let correlation: [CorrelationCase]

    static func load() throws -> DistributionFixture {
        guard let url = Bundle.module.url(forResource: "distributions", withExtension: "json", subdirectory: "Fixtures") else {
            throw FixtureError.missing("distributions")
        }
        return try JSONDecoder().decode(DistributionFixture.self, from: Data(contentsOf: url))
    }

    /// Records the relative error of `value` against `truth` (when truth > 1e-300) and expects it ≤ 1e-10.
    static func check(_ worst: inout Double, _ value: Double, _ truth: Double?, _ label: @autoclosure () -> String) {
        guard let truth, truth > 1e-300 else { return }
        let error = abs(value - truth) / truth
        worst = max(worst, error)
        #expect(error <= 1e-10, "\(label()): \(value) vs \(truth)")
    }
}

@Suite("t, F, normal, incomplete beta and correlation p values against 50-digit mpmath")
struct DistributionTests {
    @Test("Student t: upper tail, CDF and two-sided p, df 0.5 to 10⁶, |t| up to 10⁶")
    func studentT() throws {
        let cases = try DistributionFixture.load().t
        #expect(cases.count > 200)
        var worst = 0.0
        for entry in cases {
            let df = entry.df, t = entry.t
            let distribution = StudentTDistribution(degreesOfFreedom: df)
            let label = "df \(df), t \(t)"
            DistributionFixture.check(&worst, distribution.survival(t), entry.sf, label + " sf")
            DistributionFixture.check(&worst, distribution.cdf(t), entry.cdf, label + " cdf")
            DistributionFixture.check(&worst, distribution.twoSidedPValue(t), entry.two_sided, label + " two-sided")
        }
        #expect(worst < 1e-10)
    }

    @Test("F: upper tail and CDF, d₁ and d₂ from 0.5 to 10⁶")
    func fisherF() throws {
        let cases = try DistributionFixture.load().f
        #expect(cases.count > 100)
        var worst = 0.0
        for entry in cases {
            let d1 = entry.d1, d2 = entry.d2, f = entry.f
            let distribution = FDistribution(numerator: d1, denominator: d2)
            let label = "F(\(d1), \(d2)) at \(f)"
            DistributionFixture.check(&worst, distribution.survival(f), entry.sf, label + " sf")
            DistributionFixture.check(&worst, distribution.cdf(f), entry.cdf, label + " cdf")
        }
        #expect(worst < 1e-10)
    }

    @Test("standard normal: both tails down to z = ±38")
    func normal() throws {
        let cases = try DistributionFixture.load().normal
        var worst = 0.0
        let distribution = NormalDistribution()
        for entry in cases {
            let z = entry.z
            DistributionFixture.check(&worst, distribution.survival(z), entry.sf, "z \(z) sf")
            DistributionFixture.check(&worst, distribution.cdf(z), entry.cdf, "z \(z) cdf")
            DistributionFixture.check(&worst, distribution.twoSidedPValue(z), entry.two_sided, "z \(z) two-sided")
        }
        #expect(worst < 1e-10)
    }

    @Test("regularised incomplete beta and its complement, a and b from 0.1 to 10⁶")
    func incompleteBeta() throws {
        let cases = try DistributionFixture.load().beta
        #expect(cases.count > 150)
        var worst = 0.0
        for entry in cases {
            let a = entry.a, b = entry.b, x = entry.x
            let label = "I(\(a), \(b)) at \(x)"
            DistributionFixture.check(&worst, IncompleteBeta.regularized(a, b, x), entry.lower, label)
            DistributionFixture.check(&worst, IncompleteBeta.complement(a, b, x), entry.upper, label + " complement")
        }
        #expect(worst < 1e-10)
    }

    @Test("two-sided p value of a correlation r with df, r up to ±(1 − 10⁻¹⁰)")
    func correlation() throws {
        let cases = try DistributionFixture.load().correlation
        var worst = 0.0
        for entry in cases {
            let r = entry.r, df = entry.df
            let p = CorrelationPValue.twoSided(r: r, degreesOfFreedom: df)
            DistributionFixture.check(&worst, p, entry.p, "r \(r), df \(df)")
        }
        #expect(worst < 1e-10)
    }

    @Test("edge values")
    func edges() {
        let t = StudentTDistribution(degreesOfFreedom: 10)
        #expect(t.survival(0) == 0.5)
        #expect(t.twoSidedPValue(0) == 1)
        #expect(t.survival(.infinity) == 0)
        #expect(t.cdf(-.infinity) == 0)
        let f = FDistribution(numerator: 2, denominator: 5)
        #expect(f.survival(0) == 1)
        #expect(f.cdf(-1) == 0)
        #expect(f.survival(.infinity) == 0)
        #expect(IncompleteBeta.regularized(2, 3, 0) == 0)
        #expect(IncompleteBeta.regularized(2, 3, 1) == 1)
        #expect(CorrelationPValue.twoSided(r: 1, degreesOfFreedom: 5) == 0)
        #expect(CorrelationPValue.twoSided(r: 1.5, degreesOfFreedom: 5).isNaN)
        #expect(NormalDistribution().twoSidedPValue(0) == 1)
    }
}
