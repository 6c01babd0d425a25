#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The Fisher–Freeman–Halton exact test of independence for an r×c table (Freeman & Halton
/// 1951, Biometrika 38, 141–149), the extension of Fisher's exact test beyond 2×2.
///
/// Given both margins (row totals rᵢ, column totals cⱼ, n observations) a table x has the
/// multivariate hypergeometric probability
///
///     P(x) = Π rᵢ! Π cⱼ! / (n! Π xᵢⱼ!)
///
/// and the two-sided p value is Σ P(x) over the tables with P(x) ≤ P(observed) · (1 + 1e-7),
/// R's `fisher.test` rule. The tables are enumerated column by column in log-factorials, with
/// whole subtrees added in closed form or skipped by bounds (see `ExactTableEnumerator`).
/// Checked against R's `fisher.test` (network algorithm FEXACT, `workspace = 2e8`) in
/// `Fixtures/fisher_freeman_halton.json`, against exact integer arithmetic in
/// `Fixtures/fisher_freeman_halton_exact.json` (`make_ffh_exact.py`), and on 2×2 against
/// `FisherExactTest`. Working in logs costs a relative error of about 1e-16 · n ln n
/// (4e-11 at n = 15 000, 1e-13 at n = 150).
///
/// Empty rows and columns are dropped first and reported (they change nothing). With one
/// non-empty row or column only the observed table is possible and p = 1, as in R and
/// `FisherExactTest`. The work is bounded by `workLimit`; past it the test is not computed
/// (`.tableTooLarge`) rather than left running.
public enum FisherFreemanHaltonTest {
    /// The default bound on the work, in steps of carrying one partial table through one filling
    /// of the next column (stored partial tables and listed completions count more, so the
    /// limit also bounds memory, to about 100 MB), plus n + 1 for the log-factorial table. At
    /// most about a second in a release build (a 4×5 table with n = 91 takes a third of it).
    public static let defaultWorkLimit = 50_000_000

    /// Runs the test on `table`. `logFactorials`, when it reaches the table's n, is used instead
    /// of building the log-factorial table (the work still counts its n + 1 entries, so that the
    /// same tables are computed or refused either way).
    public static func test(
        _ table: ContingencyTable, workLimit: Int = defaultWorkLimit, logFactorials: LogFactorials? = nil
    ) throws(StatisticNotComputable) -> FisherFreemanHaltonResult {
        // Totals with overflow checks: counts near Int.max are valid table entries.
        var rowTotals = [Int](repeating: 0, count: table.rowCount)
        var columnTotals = [Int](repeating: 0, count: table.columnCount)
        var n = 0
        for (row, counts) in table.counts.enumerated() {
            for (column, count) in counts.enumerated() {
                let (r, o1) = rowTotals[row].addingReportingOverflow(count)
                let (c, o2) = columnTotals[column].addingReportingOverflow(count)
                let (t, o3) = n.addingReportingOverflow(count)
                if o1 || o2 || o3 { throw .tableTooLarge(workLimit: workLimit) }
                (rowTotals[row], columnTotals[column], n) = (r, c, t)
            }
        }
        guard n > 0 else { throw .emptyTable }
        let keptRows = rowTotals.indices.filter { rowTotals[$0] > 0 }
        let keptColumns = columnTotals.indices.filter { columnTotals[$0] > 0 }
        let droppedRows = rowTotals.indices.filter { rowTotals[$0] == 0 }
        let droppedColumns = columnTotals.indices.filter { columnTotals[$0] == 0 }
        func result(p: Double, log10P: Double, observed: Double, work: Int) -> FisherFreemanHaltonResult {
            FisherFreemanHaltonResult(
                p: p, log10P: log10P, observedProbability: observed, n: n, rowCount: keptRows.count,
                columnCount: keptColumns.count, droppedRows: droppedRows, droppedColumns: droppedColumns, work: work)
        }
        if keptRows.count < 2 || keptColumns.count < 2 { return result(p: 1, log10P: 0, observed: 1, work: 0) }
        // The log-factorial table is part of the work; check before allocating it.
        guard n < workLimit else { throw .tableTooLarge(workLimit: workLimit) }

        var cells = keptRows.map { row in keptColumns.map { table.counts[row][$0] } }
        var rows = keptRows.map { rowTotals[$0] }
        var columns = keptColumns.map { columnTotals[$0] }
        // Fewer rows than columns: each column's fillings are compositions into fewer parts.
        if rows.count > columns.count {
            cells = columns.indices.map { column in cells.map { $0[column] } }
            swap(&rows, &columns)
        }
        let logFactorial = logFactorials.flatMap { $0.upperBound >= n ? $0.values : nil } ?? LogFactorials(upTo: n).values
        func sumOfLogFactorials(_ values: [Int]) -> Double { values.reduce(0.0) { $0 + logFactorial[$1] } }
        let observed: Double = -cells.reduce(0.0) { $0 + sumOfLogFactorials($1) }
        let logConstant: Double = sumOfLogFactorials(rows) + sumOfLogFactorials(columns) - logFactorial[n]
        var enumerator = ExactTableEnumerator(
            columns: columns, logFactorial: logFactorial, limit: observed + log1p(1e-7), observed: observed,
            workLimit: workLimit, work: n + 1)
        try enumerator.run(rows: rows)
        let logP = min(0, log(enumerator.relativeSum) + observed + logConstant)
        return result(p: exp(logP), log10P: logP / M_LN10, observed: exp(observed + logConstant), work: enumerator.work)
    }
}
