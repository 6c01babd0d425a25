import Testing

@testable import VoelsprietStatistics

@Suite("Fisher's exact test against SciPy (R's two-sided rule)")
struct FisherExactTests {
    @Test("about 300 2×2 tables: small, zero cells and margins, symmetric, large, extreme p")
    func matchesSciPy() throws {
        let cases = try FixtureLoader.cases("fisher_exact")
        #expect(cases.count >= 250)
        for entry in cases {
            let counts = FixtureLoader.table(entry["table"])
            let result = try FisherExactTest.test(try ContingencyTable(counts))
            for (key, value) in [("p_two_sided", result.pTwoSided), ("p_less", result.pLess), ("p_greater", result.pGreater)] {
                let expected = FixtureLoader.double(entry["\(key)_exact"]) ?? FixtureLoader.double(entry[key])!
                if expected > 1e-290 {
                    #expect(close(value, expected, relative: 1e-9), "\(counts) \(key): \(value) vs \(expected)")
                } else {
                    #expect(value < 1e-280, "\(counts) \(key): \(value) vs \(expected)")
                }
            }
            switch entry["odds_ratio_status"] as? String {
            case "finite": #expect(close(result.oddsRatio ?? .nan, FixtureLoader.double(entry["odds_ratio"])!, relative: 1e-12))
            case "infinite": #expect(result.oddsRatio == .infinity)
            case "undefined", "nan": #expect(result.oddsRatio == nil)
            default: break
            }
        }
    }

    @Test("the classic tea-tasting table")
    func teaTasting() throws {
        let result = try FisherExactTest.test(try ContingencyTable([[3, 1], [1, 3]]))
        #expect(abs(result.pTwoSided - 0.4857142857142857) < 1e-15)
        #expect(result.oddsRatio == 9)
    }

    @Test("only 2×2")
    func onlyTwoByTwo() {
        #expect(throws: StatisticsError.notTwoByTwo(rows: 2, columns: 3)) {
            try FisherExactTest.test(try ContingencyTable([[1, 2, 3], [4, 5, 6]]))
        }
    }
}
