import Testing

@testable import VoelsprietStatistics

@Suite("Welch's t test and one-way ANOVA against R")
struct WelchANOVATests {
    struct Case: Decodable {
        let kind: String
        let note: String
        let groups: [[Double]]
        let statistic: Double
        let df1: Double
        let df2: Double?
        let p: Double
        let ci_low: Double?
        let ci_high: Double?
        let oneway_f: Double?
        let oneway_p: Double?
    }

    @Test("45 sample pairs against t.test(var.equal = FALSE): t, df, p, 95% interval")
    func welchMatchesR() throws {
        let cases = try RFixture.cases("welch_anova", as: Case.self).filter { $0.kind == "welch" }
        #expect(cases.count >= 40)
        var pError = WorstError("Welch p", tolerance: 1e-9)
        var tError = WorstError("Welch t, df", tolerance: 1e-12, floor: 1e-9)
        var ciError = WorstError("Welch interval", tolerance: 1e-11, floor: 1e-9)
        for entry in cases {
            let result = try WelchTTest.test(entry.groups[0], entry.groups[1])
            pError.check(result.p, entry.p, entry.note)
            tError.check(result.t, entry.statistic, entry.note)
            tError.check(result.degreesOfFreedom, entry.df1, entry.note)
            ciError.check(result.confidenceInterval?.lowerBound, entry.ci_low, entry.note)
            ciError.check(result.confidenceInterval?.upperBound, entry.ci_high, entry.note)
        }
        for error in [pError, tError, ciError] { error.report() }
    }

    @Test("45 designs against summary(aov) and oneway.test(var.equal = TRUE): F, df, p")
    func anovaMatchesR() throws {
        let cases = try RFixture.cases("welch_anova", as: Case.self).filter { $0.kind == "anova" }
        #expect(cases.count >= 40)
        var pError = WorstError("ANOVA p vs aov", tolerance: 1e-9)
        var fError = WorstError("ANOVA F vs aov", tolerance: 1e-10, floor: 1e-9)
        var onewayError = WorstError("ANOVA F, p vs oneway.test", tolerance: 1e-9, floor: 1e-9)
        for entry in cases {
            let result = try OneWayANOVA.test(entry.groups)
            pError.check(result.p, entry.p, entry.note)
            fError.check(result.f, entry.statistic, entry.note)
            #expect(
                Double(result.degreesOfFreedomBetween) == entry.df1
                    && Double(result.degreesOfFreedomWithin) == entry.df2)
            if let f = entry.oneway_f, let p = entry.oneway_p {
                onewayError.check(result.f, f, entry.note)
                onewayError.check(result.p, p, entry.note)
            }
        }
        for error in [pError, fError, onewayError] { error.report() }
    }

    @Test("two groups: the ANOVA F is the square of the pooled t, and η² is SS_between / SS_total")
    func anovaTwoGroups() throws {
        let result = try OneWayANOVA.test([[1, 2, 3], [4, 5, 6]])
        // Pooled t = −3 / √(1 · (1/3 + 1/3)) = −3.674…, t² = 13.5.
        #expect(abs(result.f - 13.5) < 1e-12)
        #expect(abs(result.etaSquared - 13.5 / 17.5) < 1e-12)
    }

    @Test("edge cases are refused with a reason")
    func refused() {
        #expect(throws: StatisticNotComputable.tooFewObservations(group: 0, found: 1, needed: 2)) {
            try WelchTTest.test([1], [1, 2])
        }
        #expect(throws: StatisticNotComputable.tooFewObservations(group: 1, found: 0, needed: 2)) {
            try WelchTTest.test([1, 2], [])
        }
        #expect(throws: StatisticNotComputable.zeroVariance) { try WelchTTest.test([2, 2, 2], [5, 5]) }
        #expect(throws: StatisticNotComputable.zeroVariance) { try WelchTTest.test([0.1, 0.1, 0.1], [0.1, 0.1]) }
        #expect(throws: StatisticNotComputable.notFinite(group: 0, index: 2)) {
            try WelchTTest.test([1, 2, .nan], [1, 2])
        }
        #expect(throws: StatisticNotComputable.tooFewGroups(found: 1, needed: 2)) { try OneWayANOVA.test([[1, 2, 3]]) }
        #expect(throws: StatisticNotComputable.emptyGroup(group: 1)) { try OneWayANOVA.test([[1, 2], []]) }
        #expect(throws: StatisticNotComputable.tooFewObservations(group: nil, found: 2, needed: 3)) {
            try OneWayANOVA.test([[1], [2]])
        }
        #expect(throws: StatisticNotComputable.zeroVariance) { try OneWayANOVA.test([[1, 1], [2, 2], [3]]) }
        #expect(throws: StatisticNotComputable.notFinite(group: 1, index: 0)) {
            try OneWayANOVA.test([[1, 2], [.infinity]])
        }
    }
}
