import Testing

@testable import VoelsprietStatistics

@Suite("Cronbach's alpha against R (formula on na.omit data) and psych::alpha")
struct CronbachAlphaTests {
    struct Case: Decodable {
        let note: String
        let rows: [[Double?]]
        let k: Int
        let n_used: Int
        let excluded: Int
        let alpha: Double?
        let alpha_if_deleted: [Double?]
        let r_drop: [Double?]
        let psych_alpha: Double?
        let psych_alpha_if_deleted: [Double?]
        let psych_r_drop: [Double?]
    }

    @Test("41 batteries: 2 to 10 items, 4 to 300 rows, missing scores, a constant item, alpha < 0, constant totals")
    func matchesR() throws {
        let cases = try RFixture.cases("cronbach_alpha", as: Case.self)
        #expect(cases.count >= 35)
        var alphaError = WorstError("alpha", tolerance: 1e-12, floor: 1e-6)
        var psychError = WorstError("alpha vs psych", tolerance: 1e-12, floor: 1e-6)
        var itemError = WorstError("alpha if deleted, r.drop", tolerance: 1e-12, floor: 1e-6)
        var psychCases = 0
        for entry in cases {
            guard entry.alpha != nil else {
                // R gives NA: the totals do not vary.
                #expect(throws: StatisticNotComputable.zeroVariance) { try CronbachAlpha.compute(entry.rows) }
                continue
            }
            let result = try CronbachAlpha.compute(entry.rows)
            #expect(result.itemCount == entry.k && result.n == entry.n_used && result.excludedRows == entry.excluded)
            alphaError.check(result.alpha, entry.alpha, entry.note)
            for (item, values) in result.items.enumerated() {
                itemError.check(values.alphaIfDeleted, entry.alpha_if_deleted[item], "\(entry.note) item \(item)")
                itemError.check(values.correctedItemTotalCorrelation, entry.r_drop[item], "\(entry.note) item \(item)")
            }
            guard let psych = entry.psych_alpha else { continue }
            psychCases += 1
            psychError.check(result.alpha, psych, entry.note)
            for (item, values) in result.items.enumerated() {
                psychError.check(
                    values.alphaIfDeleted, entry.psych_alpha_if_deleted[item], "\(entry.note) item \(item)")
                psychError.check(
                    values.correctedItemTotalCorrelation, entry.psych_r_drop[item], "\(entry.note) item \(item)")
            }
        }
        #expect(psychCases >= 25)
        for error in [alphaError, psychError, itemError] { error.report() }
    }

    @Test("a hand-worked 4 × 3 battery: α = 225/232")
    func handWorked() throws {
        // Items (1, 2, 3, 4), (1, 2, 3, 5), (1, 2, 4, 4): variances 5/3, 35/12, 9/4, sum 41/6.
        // Totals 3, 6, 10, 13: variance 58/3. α = 3/2 · (1 − (41/6)/(58/3)) = 3/2 · 75/116 = 225/232.
        let rows: [[Double?]] = [[1, 1, 1], [2, 2, 2], [3, 3, 4], [4, 5, 4]]
        let result = try CronbachAlpha.compute(rows)
        #expect(abs(result.alpha - 225.0 / 232) < 1e-14)
        #expect(abs(result.totalVariance - 58.0 / 3) < 1e-13)
        #expect(result.n == 4 && result.excludedRows == 0)
    }

    @Test("malformed batteries are refused with a reason")
    func refused() {
        #expect(throws: StatisticNotComputable.tooFewItems(found: 1, needed: 2)) {
            try CronbachAlpha.compute([[1], [2]])
        }
        #expect(throws: StatisticNotComputable.raggedRows(row: 1, expected: 2, found: 3)) {
            try CronbachAlpha.compute([[1, 2], [1, 2, 3]])
        }
        #expect(throws: StatisticNotComputable.notFinite(group: 1, index: 0)) {
            try CronbachAlpha.compute([[1, 2], [.nan, 2], [3, 3]])
        }
        #expect(throws: StatisticNotComputable.tooFewObservations(group: nil, found: 1, needed: 2)) {
            try CronbachAlpha.compute([[1, 2], [nil, 2], [3, nil]])
        }
        #expect(throws: StatisticNotComputable.tooFewObservations(group: nil, found: 0, needed: 2)) {
            try CronbachAlpha.compute([])
        }
        #expect(throws: StatisticNotComputable.zeroVariance) { try CronbachAlpha.compute([[2, 3], [2, 3], [2, 3]]) }
    }
}
