import Testing

@testable import VoelsprietStatistics

@Suite("Mann–Whitney U against R's wilcox.test(exact = FALSE, correct = TRUE)")
struct MannWhitneyTests {
    struct Case: Decodable {
        let note: String
        let x: [Double]
        let y: [Double]
        let w: Double
        let p: Double
        let z: Double
        let rank_biserial: Double
        let mean_rank_x: Double
        let mean_rank_y: Double
    }

    @Test("83 sample pairs: Likert ties, continuous, 1 to 1500 per group, p down to 1e-80")
    func matchesR() throws {
        let cases = try RFixture.cases("mann_whitney", as: Case.self)
        #expect(cases.count >= 80)
        var pError = WorstError("Mann–Whitney p", tolerance: 1e-9)
        var wError = WorstError("W", tolerance: 1e-14, floor: 1)
        var zError = WorstError("z", tolerance: 1e-12, floor: 1e-3)
        var effectError = WorstError("rank-biserial", tolerance: 1e-12, floor: 1e-3)
        var rankError = WorstError("mean ranks", tolerance: 1e-13)
        for entry in cases {
            let result = try MannWhitneyTest.test(entry.x, entry.y)
            pError.check(result.p, entry.p, entry.note)
            wError.check(result.w, entry.w, entry.note)
            zError.check(result.z, entry.z, entry.note)
            effectError.check(result.rankBiserial, entry.rank_biserial, entry.note)
            rankError.check(result.meanRank1, entry.mean_rank_x, entry.note)
            rankError.check(result.meanRank2, entry.mean_rank_y, entry.note)
            #expect(result.w + result.uSecond == Double(entry.x.count * entry.y.count))
        }
        for error in [pError, wError, zError, effectError, rankError] { error.report() }
    }

    @Test("the same 83 pairs as counts over their ordered values (a tallied scale item) match R too")
    func talliedMatchesR() throws {
        let cases = try RFixture.cases("mann_whitney", as: Case.self)
        var pError = WorstError("Mann–Whitney p from counts", tolerance: 1e-9)
        var wError = WorstError("W from counts", tolerance: 1e-14, floor: 1)
        for entry in cases {
            let (_, counts) = tallies([entry.x, entry.y])
            let result = try MannWhitneyTest.test(counts: counts[0], counts[1])
            let expanded = try MannWhitneyTest.test(entry.x, entry.y)
            pError.check(result.p, entry.p, entry.note)
            wError.check(result.w, entry.w, entry.note)
            #expect(result.n1 == entry.x.count && result.n2 == entry.y.count)
            #expect(result.hasTies == expanded.hasTies, "\(entry.note)")
        }
        pError.report()
        wError.report()
        #expect(throws: StatisticNotComputable.emptyGroup(group: 1)) { try MannWhitneyTest.test(counts: [1, 2], [0, 0]) }
        #expect(throws: StatisticNotComputable.negativeCount(group: 0, index: 1)) { try MannWhitneyTest.test(counts: [1, -2], [3, 1]) }
        #expect(throws: StatisticNotComputable.allValuesTied) { try MannWhitneyTest.test(counts: [0, 4, 0], [0, 2]) }
        // Groups of different widths: the missing categories count 0.
        #expect(try MannWhitneyTest.test(counts: [3, 1], [1, 2, 2]) == MannWhitneyTest.test([1, 1, 1, 2], [1, 2, 2, 3, 3]))
    }

    @Test("identical samples: z = 0 and p = 1")
    func identical() throws {
        let result = try MannWhitneyTest.test([1, 2, 3], [1, 2, 3])
        #expect(result.z == 0 && result.p == 1 && result.rankBiserial == 0)
    }

    @Test("edge cases are refused with a reason")
    func refused() {
        #expect(throws: StatisticNotComputable.emptyGroup(group: 1)) { try MannWhitneyTest.test([1, 2], []) }
        #expect(throws: StatisticNotComputable.emptyGroup(group: 0)) { try MannWhitneyTest.test([], [1]) }
        #expect(throws: StatisticNotComputable.allValuesTied) { try MannWhitneyTest.test([3, 3], [3, 3, 3]) }
        #expect(throws: StatisticNotComputable.notFinite(group: 1, index: 2)) {
            try MannWhitneyTest.test([1, 2], [1, 2, .nan])
        }
        #expect(throws: StatisticNotComputable.notFinite(group: 0, index: 0)) {
            try MannWhitneyTest.test([-.infinity], [1])
        }
    }
}
