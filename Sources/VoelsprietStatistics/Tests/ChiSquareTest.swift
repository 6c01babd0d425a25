/// Pearson's chi-square test of independence.
///
/// Rows and columns whose total is zero are dropped first and reported; a table that then
/// has fewer than two rows or columns is not computable. The p value comes from our own
/// regularised incomplete gamma function (`IncompleteGamma`).
public enum ChiSquareTest {
    /// Runs the test. `yates` applies the continuity correction, and only to a 2×2 table
    /// (as SciPy's `chi2_contingency(correction=True)` does); the result says so.
    public static func pearson(_ table: ContingencyTable, yates: Bool = false) -> Result<ChiSquareResult, NotComputable> {
        let (reduced, droppedRows, droppedColumns) = table.droppingEmpty()
        if table.total == 0 { return .failure(.empty) }
        if reduced.rowCount < 2 { return .failure(.fewerThanTwoRows) }
        if reduced.columnCount < 2 { return .failure(.fewerThanTwoColumns) }

        let rowTotals = reduced.rowTotals.map(Double.init)
        let columnTotals = reduced.columnTotals.map(Double.init)
        let n = Double(reduced.total)
        let df = (reduced.rowCount - 1) * (reduced.columnCount - 1)
        let correct = yates && df == 1

        var chi2 = 0.0
        var corrected = 0.0
        var minExpected = Double.infinity
        var below5 = 0
        for (row, counts) in reduced.counts.enumerated() {
            for (column, count) in counts.enumerated() {
                let expected = rowTotals[row] * columnTotals[column] / n
                minExpected = min(minExpected, expected)
                if expected < 5 { below5 += 1 }
                let difference = Double(count) - expected
                chi2 += difference * difference / expected
                if correct {
                    // Yates: move each observation half a unit towards its expectation, never past it.
                    let adjusted = max(0, abs(difference) - 0.5)
                    corrected += adjusted * adjusted / expected
                }
            }
        }
        let statistic = correct ? corrected : chi2
        let distribution = ChiSquareDistribution(degreesOfFreedom: Double(df))
        let smaller = Double(min(reduced.rowCount, reduced.columnCount) - 1)
        return .success(
            ChiSquareResult(
                chi2: statistic,
                degreesOfFreedom: df,
                p: distribution.survival(statistic),
                log10P: distribution.log10Survival(statistic),
                n: reduced.total,
                cramersV: (chi2 / (n * smaller)).squareRoot(),
                minExpected: minExpected,
                cellsBelow5: below5,
                cellCount: reduced.rowCount * reduced.columnCount,
                droppedRows: droppedRows,
                droppedColumns: droppedColumns,
                yatesCorrected: correct
            ))
    }
}
