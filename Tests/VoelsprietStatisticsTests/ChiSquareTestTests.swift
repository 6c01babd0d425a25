import Testing

@testable import VoelsprietStatistics

@Suite("Pearson chi-square against SciPy's chi2_contingency")
struct ChiSquareTestTests {
    @Test("hundreds of tables: random, sparse, empty rows/columns, 1×k, huge counts, tiny p; Yates on request")
    func matchesSciPy() throws {
        let cases = try FixtureLoader.cases("chi2_contingency")
        #expect(cases.count >= 500)
        var computed = 0
        for entry in cases {
            let counts = FixtureLoader.table(entry["table"])
            let table = try ContingencyTable(counts)
            let yates = entry["correction"] as? Bool ?? false
            let outcome = ChiSquareTest.pearson(table, yates: yates)
            let computable = entry["computable"] as? Bool ?? true
            switch outcome {
            case .failure(let reason):
                #expect(!computable, "\(counts): unexpectedly not computable (\(reason))")
            case .success(let result):
                #expect(computable, "\(counts): should not be computable")
                guard computable else { continue }
                computed += 1
                let chi2 = FixtureLoader.double(entry["chi2"])!
                #expect(close(result.chi2, chi2, relative: 1e-10) || abs(result.chi2 - chi2) < 1e-12, "\(counts): chi2 \(result.chi2) vs \(chi2)")
                #expect(result.degreesOfFreedom == entry["df"] as? Int, "\(counts): df")
                if let p = FixtureLoader.double(entry["p"]), p > 1e-300 {
                    #expect(close(result.p, p, relative: 1e-9), "\(counts): p \(result.p) vs \(p)")
                }
                if let log10 = FixtureLoader.double(entry["log10_p"]), log10.isFinite {
                    #expect(abs(result.log10P - log10) <= 1e-9 * max(1, abs(log10)), "\(counts): log10 p \(result.log10P) vs \(log10)")
                }
                if !yates, let v = FixtureLoader.double(entry["cramers_v"]) {
                    #expect(close(result.cramersV, v, relative: 1e-9), "\(counts): V \(result.cramersV) vs \(v)")
                }
                if let minimum = FixtureLoader.double(entry["min_expected"]) {
                    #expect(close(result.minExpected, minimum, relative: 1e-12), "\(counts): min expected")
                }
                #expect(result.cellsBelow5 == entry["cells_below_5"] as? Int, "\(counts): cells below 5")
                #expect(result.droppedRows == FixtureLoader.ints(entry["dropped_rows"]), "\(counts): dropped rows")
                #expect(result.droppedColumns == FixtureLoader.ints(entry["dropped_columns"]), "\(counts): dropped columns")
                #expect(result.yatesCorrected == (yates && result.degreesOfFreedom == 1))
            }
        }
        #expect(computed > 400)
    }

    @Test("PSPP's CROSSTABS agrees where it was run")
    func matchesPSPP() throws {
        var compared = 0
        for entry in try FixtureLoader.cases("chi2_contingency") {
            guard let chi2 = FixtureLoader.double(entry["pspp_chi2"]), entry["correction"] as? Bool != true else { continue }
            let result = try ChiSquareTest.pearson(ContingencyTable(FixtureLoader.table(entry["table"]))).get()
            // PSPP prints three decimals.
            #expect(abs(result.chi2 - chi2) < 0.0006, "PSPP \(chi2) vs \(result.chi2)")
            if let p = FixtureLoader.double(entry["pspp_p"]) { #expect(abs(result.p - p) < 0.0006) }
            compared += 1
        }
        #expect(compared >= 20)
    }

    @Test("a five-point item nobody answered with 1 or 2 loses two degrees of freedom, and says so")
    func emptyCategoriesDropped() throws {
        let table = try ContingencyTable([[0, 0], [0, 0], [10, 4], [20, 30], [5, 9]])
        let result = try ChiSquareTest.pearson(table).get()
        #expect(result.degreesOfFreedom == 2)
        #expect(result.droppedRows == [0, 1])
    }

    @Test("one group, one category or nobody: not computable, with the reason")
    func notComputable() throws {
        #expect(ChiSquareTest.pearson(try ContingencyTable([[3, 0], [4, 0]])) == .failure(.fewerThanTwoColumns))
        #expect(ChiSquareTest.pearson(try ContingencyTable([[3, 5], [0, 0]])) == .failure(.fewerThanTwoRows))
        #expect(ChiSquareTest.pearson(try ContingencyTable([[0, 0], [0, 0]])) == .failure(.empty))
        #expect(ChiSquareTest.pearson(try ContingencyTable([[1, 2, 3]])) == .failure(.fewerThanTwoRows))
    }

    @Test("tables from text; bad text names the cell")
    func parsing() throws {
        #expect(try ContingencyTable(parsing: "12,5,3;4,9,11").counts == [[12, 5, 3], [4, 9, 11]])
        #expect(throws: StatisticsError.unreadableCell(row: 1, column: 0, text: "x")) {
            try ContingencyTable(parsing: "1,2;x,3")
        }
        #expect(throws: StatisticsError.raggedTable(row: 1, expected: 2, found: 1)) { try ContingencyTable(parsing: "1,2;3") }
        #expect(throws: StatisticsError.negativeCount(row: 0, column: 1)) { try ContingencyTable(parsing: "1,-2;3,4") }
        // Issue 9, finding 8: "12 5,3;4 9,11" was silently read as 125 and 49.
        #expect(throws: StatisticsError.unreadableCell(row: 0, column: 0, text: "12 5")) {
            try ContingencyTable(parsing: "12 5,3;4 9,11")
        }
        #expect(try ContingencyTable(parsing: " 12 , 5 ; 4 , 9 ").counts == [[12, 5], [4, 9]])
    }
}
