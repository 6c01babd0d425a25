import Testing

@testable import VoelsprietStatistics

@Suite("Adjusted standardised residuals against R's chisq.test()$stdres")
struct AdjustedResidualsTests {
    struct Case: Decodable {
        let note: String
        let table: [[Int]]
        let stdres: [[Double?]]
        let residuals: [[Double?]]
        let expected: [[Double]]
    }

    @Test("48 tables 2×2 to 6×6, n 10 to 5000, empty rows and columns (NaN in R, nil here)")
    func matchesR() throws {
        let cases = try RFixture.cases("adjusted_residuals", as: Case.self)
        #expect(cases.count >= 45)
        var adjusted = WorstError("adjusted residuals", tolerance: 1e-12, floor: 1e-9)
        var pearson = WorstError("Pearson residuals", tolerance: 1e-12, floor: 1e-9)
        var expected = WorstError("expected", tolerance: 1e-14)
        for entry in cases {
            let result = try AdjustedResiduals.compute(try ContingencyTable(entry.table))
            for row in entry.table.indices {
                for column in entry.table[row].indices {
                    let note = "\(entry.note) [\(row)][\(column)]"
                    adjusted.check(result.adjusted[row][column], entry.stdres[row][column], note)
                    pearson.check(result.pearson[row][column], entry.residuals[row][column], note)
                    expected.check(result.expected[row][column], entry.expected[row][column], note)
                }
            }
        }
        for error in [adjusted, pearson, expected] { error.report() }
    }

    @Test("a 2×2 table: all four adjusted residuals have the same size, ±√χ²")
    func twoByTwo() throws {
        let table = try ContingencyTable([[20, 5], [10, 15]])
        let result = try AdjustedResiduals.compute(table)
        let chi2 = try ChiSquareTest.pearson(table).get().chi2
        for row in 0..<2 {
            for column in 0..<2 {
                #expect(abs(abs(result.adjusted[row][column] ?? 0) - chi2.squareRoot()) < 1e-12)
            }
        }
    }

    @Test("an empty table is refused; one non-empty row gives nil residuals, not NaN")
    func degenerate() throws {
        #expect(throws: StatisticNotComputable.emptyTable) {
            try AdjustedResiduals.compute(try ContingencyTable([[0, 0]]))
        }
        let oneRow = try AdjustedResiduals.compute(try ContingencyTable([[3, 4], [0, 0]]))
        #expect(oneRow.adjusted.allSatisfy { $0.allSatisfy { $0 == nil } })
        #expect(oneRow.pearson[0] == [0, 0] && oneRow.pearson[1] == [nil, nil])
    }
}
