import Testing

@testable import VoelsprietStatistics

@Suite("Chi-square distribution against mpmath (50 digits)")
struct ChiSquareDistributionTests {
    @Test("upper tail and CDF within 1e-10 relative over df 1–100 and x 0–2000, far tails in log10")
    func survivalMatchesReference() throws {
        let cases = try FixtureLoader.cases("chi2_sf")
        #expect(cases.count > 1000)
        var worst = 0.0
        var checked = 0
        for entry in cases {
            let df = FixtureLoader.double(entry["df"])!
            let x = FixtureLoader.double(entry["x"])!
            let distribution = ChiSquareDistribution(degreesOfFreedom: df)
            let sf = distribution.survival(x)
            if let expected = FixtureLoader.double(entry["sf"]), expected > 1e-300 {
                let error = abs(sf - expected) / expected
                worst = max(worst, error)
                #expect(error <= 1e-10, "df \(df), x \(x): sf \(sf) vs \(expected)")
                checked += 1
            }
            if let expected = FixtureLoader.double(entry["cdf"]), expected > 1e-300 {
                let cdf = distribution.cdf(x)
                #expect(close(cdf, expected, relative: 1e-10), "df \(df), x \(x): cdf \(cdf) vs \(expected)")
            }
            if let expected = FixtureLoader.double(entry["log10_sf"]), expected.isFinite {
                let log10 = distribution.log10Survival(x)
                #expect(abs(log10 - expected) <= 1e-10 * max(1, abs(expected)), "df \(df), x \(x): log10 sf \(log10) vs \(expected)")
            }
        }
        #expect(checked > 1000)
        #expect(worst < 1e-10)
    }

    @Test("edge values")
    func edges() {
        let distribution = ChiSquareDistribution(degreesOfFreedom: 4)
        #expect(distribution.survival(0) == 1)
        #expect(distribution.cdf(0) == 0)
        #expect(distribution.survival(.infinity) == 0)
        #expect(distribution.log10Survival(5000) < -1000)
    }
}
