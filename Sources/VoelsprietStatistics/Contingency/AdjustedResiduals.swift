/// Cell residuals of a contingency table under independence, for reading which cells drive a
/// chi-square result.
///
/// With observed Oᵢⱼ, row totals rᵢ, column totals cⱼ, n the grand total and Eᵢⱼ = rᵢcⱼ/n:
/// - Pearson residual (Oᵢⱼ − Eᵢⱼ) / √Eᵢⱼ;
/// - adjusted standardised residual (Haberman 1973, "The analysis of residuals in
///   cross-classified tables", Biometrics 29, 205–220)
///
///       (Oᵢⱼ − Eᵢⱼ) / √(Eᵢⱼ (1 − rᵢ/n)(1 − cⱼ/n)),
///
///   approximately standard normal under independence (|value| > 1.96 stands out at 5 %).
///
/// These are R's `chisq.test(x)$residuals` and `$stdres`, against which
/// `Fixtures/adjusted_residuals.json` checks us. The shape of the input table is kept: a cell
/// in an empty row or column (E = 0), or in the only non-empty row or column (variance 0), has
/// nil where R has NaN.
public struct AdjustedResiduals: Sendable, Hashable {
    /// Expected counts Eᵢⱼ, `expected[row][column]`.
    public let expected: [[Double]]
    /// Pearson residuals; nil where E = 0.
    public let pearson: [[Double?]]
    /// Adjusted standardised residuals; nil where their variance is 0.
    public let adjusted: [[Double?]]

    /// Residuals of `table`; throws `.emptyTable` when it holds no observations.
    public static func compute(_ table: ContingencyTable) throws(StatisticNotComputable) -> AdjustedResiduals {
        let rowTotals = table.counts.map { $0.reduce(0.0) { $0 + Double($1) } }
        let columnTotals = (0..<table.columnCount).map { column in
            table.counts.reduce(0.0) { $0 + Double($1[column]) }
        }
        let n = rowTotals.reduce(0, +)
        guard n > 0 else { throw .emptyTable }
        var expected: [[Double]] = []
        var pearson: [[Double?]] = []
        var adjusted: [[Double?]] = []
        for (row, counts) in table.counts.enumerated() {
            var expectedRow: [Double] = []
            var pearsonRow: [Double?] = []
            var adjustedRow: [Double?] = []
            for (column, count) in counts.enumerated() {
                let e = rowTotals[row] * columnTotals[column] / n
                let difference = Double(count) - e
                // n − r and n − c are exact in whole counts; 1 − r/n would lose digits for r near n.
                let variance = e * ((n - rowTotals[row]) / n) * ((n - columnTotals[column]) / n)
                expectedRow.append(e)
                pearsonRow.append(e > 0 ? difference / e.squareRoot() : nil)
                adjustedRow.append(variance > 0 ? difference / variance.squareRoot() : nil)
            }
            expected.append(expectedRow)
            pearson.append(pearsonRow)
            adjusted.append(adjustedRow)
        }
        return AdjustedResiduals(expected: expected, pearson: pearson, adjusted: adjusted)
    }
}
