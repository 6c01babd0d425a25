import Testing

@testable import VoelsprietStatistics

@Suite("Descriptives and the t quantile against R")
struct DescriptivesTests {
    struct Case: Decodable {
        let kind: String
        let note: String
        let x: [Double]
        let n: Int?
        let mean, sd, se, ci_low, ci_high, median, min, max: Double?
        let df, p, q: Double?
    }

    /// Checks every sample of the fixture, described by `describe`, against R.
    func checkSamples(_ label: String, _ describe: (Case) throws -> Descriptives) throws {
        let cases = try RFixture.cases("descriptives", as: Case.self).filter { $0.kind == "sample" }
        #expect(cases.count >= 45)
        var centre = WorstError("mean and median" + label, tolerance: 1e-14, floor: 1e-300)
        var spread = WorstError("SD and SE" + label, tolerance: 1e-12, floor: 1e-300)
        var interval = WorstError("95% interval" + label, tolerance: 1e-12)
        for entry in cases {
            let result = try describe(entry)
            #expect(result.n == entry.n)
            centre.check(result.mean, entry.mean, entry.note)
            centre.check(result.median, entry.median, entry.note)
            #expect(result.minimum == entry.min && result.maximum == entry.max, "\(entry.note)")
            // R's sd of a constant sample can be ~1e-17 instead of 0 (no refinement of the mean).
            if let sd = entry.sd, sd < 1e-15 * Swift.abs(entry.mean ?? 1) {
                #expect((result.standardDeviation ?? 1) < 1e-15 * Swift.abs(entry.mean ?? 1), "\(entry.note)")
            } else {
                spread.check(result.standardDeviation, entry.sd, entry.note)
                spread.check(result.standardError, entry.se, entry.note)
            }
            interval.check(result.confidenceInterval?.lowerBound, entry.ci_low, entry.note)
            interval.check(result.confidenceInterval?.upperBound, entry.ci_high, entry.note)
            #expect((result.spreadNotComputable == nil) == (entry.x.count >= 2))
        }
        centre.report()
        spread.report()
        interval.report()
    }

    @Test("48 samples: n = 1 and 2, constant, large offset, tiny values, n up to 500")
    func samplesMatchR() throws {
        try checkSamples("") { try Descriptives.compute($0.x) }
    }

    @Test("the same 48 samples as a frequency table of their values match R too")
    func frequenciesMatchR() throws {
        try checkSamples(" from counts") { entry in
            let (values, counts) = tallies([entry.x])
            // Reversed: the table need not be in order of value.
            let order = Array(values.indices.reversed())
            return try Descriptives.compute(frequencies: order.map { (value: values[$0], count: counts[0][$0]) })
        }
        let none = try Descriptives.compute(frequencies: [(1, 0), (2, 0)])
        #expect(none.n == 0 && none.mean == nil)
        #expect(throws: StatisticNotComputable.negativeCount(group: 0, index: 1)) { try Descriptives.compute(frequencies: [(1, 1), (2, -1)]) }
        #expect(throws: StatisticNotComputable.notFinite(group: 0, index: 0)) { try Descriptives.compute(frequencies: [(.nan, 1)]) }
    }

    @Test("t quantiles for df 1 to 10⁵ (and fractional df) at six probabilities match qt")
    func quantilesMatchR() throws {
        let cases = try RFixture.cases("descriptives", as: Case.self).filter { $0.kind == "quantile" }
        #expect(cases.count >= 200)
        var error = WorstError("t quantile", tolerance: 1e-12)
        for entry in cases {
            guard let df = entry.df, let p = entry.p else { continue }
            error.check(StudentTDistribution(degreesOfFreedom: df).quantile(p), entry.q, "df \(df), p \(p)")
        }
        error.report()
        #expect(StudentTDistribution(degreesOfFreedom: 3).quantile(0.5) == 0)
        #expect(StudentTDistribution(degreesOfFreedom: 3).quantile(1).isNaN)
        #expect(StudentTDistribution(degreesOfFreedom: 3).quantile(0).isNaN)
    }

    @Test("no values: everything nil with a reason; one value: mean, no spread")
    func tooFew() throws {
        let empty = try Descriptives.compute([])
        #expect(empty.n == 0 && empty.mean == nil && empty.median == nil && empty.minimum == nil)
        #expect(empty.spreadNotComputable == .tooFewObservations(group: nil, found: 0, needed: 2))
        let one = try Descriptives.compute([7])
        #expect(one.mean == 7 && one.median == 7 && one.standardDeviation == nil && one.confidenceInterval == nil)
        #expect(one.spreadNotComputable == .tooFewObservations(group: nil, found: 1, needed: 2))
    }

    @Test("a constant sample has SD 0 and a point interval; NaN is refused naming its position")
    func constantAndNaN() throws {
        let constant = try Descriptives.compute([3, 3, 3])
        #expect(constant.standardDeviation == 0 && constant.confidenceInterval == 3...3)
        #expect(throws: StatisticNotComputable.notFinite(group: 0, index: 1)) { try Descriptives.compute([1, .nan]) }
        let level = try Descriptives.compute([1, 2, 3, 4], confidenceLevel: 2)
        #expect(level.confidenceInterval == nil && level.standardDeviation != nil)
    }
}
