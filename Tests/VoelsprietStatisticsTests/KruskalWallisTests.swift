import Testing

@testable import VoelsprietStatistics

@Suite("Kruskal–Wallis H against R's kruskal.test")
struct KruskalWallisTests {
    struct Case: Decodable {
        let note: String
        let groups: [[Double]]
        let h: Double
        let df: Int
        let p: Double
    }

    @Test("75 designs: 2 to 6 groups of 1 to 300, ties, singletons, p down to 1e-100")
    func matchesR() throws {
        let cases = try RFixture.cases("kruskal_wallis", as: Case.self)
        #expect(cases.count >= 70)
        var pError = WorstError("Kruskal–Wallis p", tolerance: 1e-9)
        var hError = WorstError("H", tolerance: 1e-11, floor: 1e-3)
        for entry in cases {
            let result = try KruskalWallisTest.test(entry.groups)
            pError.check(result.p, entry.p, entry.note)
            hError.check(result.h, entry.h, entry.note)
            #expect(result.degreesOfFreedom == entry.df)
            #expect(result.n == entry.groups.reduce(0) { $0 + $1.count })
        }
        pError.report()
        hError.report()
    }

    @Test("the same 75 designs as counts over their ordered values (a tallied scale item) match R too")
    func talliedMatchesR() throws {
        let cases = try RFixture.cases("kruskal_wallis", as: Case.self)
        var pError = WorstError("Kruskal–Wallis p from counts", tolerance: 1e-9)
        var hError = WorstError("H from counts", tolerance: 1e-11, floor: 1e-3)
        for entry in cases {
            let result = try KruskalWallisTest.test(counts: tallies(entry.groups).counts)
            pError.check(result.p, entry.p, entry.note)
            hError.check(result.h, entry.h, entry.note)
            #expect(result.groupSizes == entry.groups.map(\.count))
        }
        pError.report()
        hError.report()
        #expect(throws: StatisticNotComputable.tooFewGroups(found: 1, needed: 2)) { try KruskalWallisTest.test(counts: [[1, 2]]) }
        #expect(throws: StatisticNotComputable.emptyGroup(group: 2)) { try KruskalWallisTest.test(counts: [[1, 2], [2, 1], [0, 0]]) }
        #expect(throws: StatisticNotComputable.allValuesTied) { try KruskalWallisTest.test(counts: [[3], [2], [1]]) }
    }

    @Test("two groups: H is the square of the uncorrected Mann–Whitney z")
    func twoGroups() throws {
        let x: [Double] = [1, 3, 3, 5, 8, 9], y: [Double] = [2, 4, 6, 6, 7, 10, 12]
        let h = try KruskalWallisTest.test([x, y]).h
        let mw = try MannWhitneyTest.test(x, y)
        let n1 = 6.0, n2 = 7.0
        // Undo the continuity correction: z₀ = (W − n₁n₂/2) / σ.
        let sigma = (mw.w - n1 * n2 / 2 - (mw.w > n1 * n2 / 2 ? 0.5 : -0.5)) / mw.z
        let z0 = (mw.w - n1 * n2 / 2) / sigma
        #expect(abs(h - z0 * z0) < 1e-12)
    }

    @Test("one group, an empty group, all tied and NaN are refused with a reason")
    func refused() {
        #expect(throws: StatisticNotComputable.tooFewGroups(found: 1, needed: 2)) {
            try KruskalWallisTest.test([[1, 2, 3]])
        }
        #expect(throws: StatisticNotComputable.tooFewGroups(found: 0, needed: 2)) { try KruskalWallisTest.test([]) }
        #expect(throws: StatisticNotComputable.emptyGroup(group: 2)) { try KruskalWallisTest.test([[1], [2], []]) }
        #expect(throws: StatisticNotComputable.allValuesTied) {
            try KruskalWallisTest.test([[4, 4], [4], [4, 4, 4]])
        }
        #expect(throws: StatisticNotComputable.notFinite(group: 1, index: 0)) {
            try KruskalWallisTest.test([[1], [.nan]])
        }
    }
}
