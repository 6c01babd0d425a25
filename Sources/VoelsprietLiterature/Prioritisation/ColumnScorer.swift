import Dispatch

/// Scores every record with a sparse linear model by walking the model's non-zero weights
/// column by column (the matrix in compressed sparse column form): `score[r] = bias +
/// Σ_j w_j x_rj` over the columns j with `w_j ≠ 0`. An SVM trained on the labelled records
/// has non-zero weights only in their columns, so columns no labelled record has are skipped
/// whole; and the scores being added to (one Float per record) stay in the fastest cache
/// while the column entries are read in order, where a row-by-row product would fetch
/// weights from all over a large vector.
///
/// Only the first `columnLimit` columns are kept (columns ordered by document frequency, the
/// rest found in one record only: see `RankingEngine`). The columns are cut into two halves
/// of about equal entry counts, summed separately (on two threads) and added half 1 + half 2,
/// so a score never depends on whether the halves ran in parallel.
struct ColumnScorer: Sendable {
    let recordCount: Int
    let columnLimit: Int
    private let columnStart: [Int]
    private let rows: [Int32]
    private let values: [Float]
    /// First column of the second half.
    private let split: Int

    init(_ matrix: SparseMatrix, columnLimit: Int) {
        recordCount = matrix.rowCount
        self.columnLimit = columnLimit
        var start = [Int](repeating: 0, count: columnLimit + 1)
        for c in matrix.columns where Int(c) < columnLimit { start[Int(c) + 1] += 1 }
        for c in 0..<columnLimit { start[c + 1] += start[c] }
        var next = start
        var rows = [Int32](repeating: 0, count: start[columnLimit])
        var values = [Float](repeating: 0, count: start[columnLimit])
        for r in 0..<matrix.rowCount {
            for k in matrix.rowStart[r]..<matrix.rowStart[r + 1] {
                let c = Int(matrix.columns[k])
                guard c < columnLimit else { break }   // row entries are sorted by column
                rows[next[c]] = Int32(r)
                values[next[c]] = matrix.values[k]
                next[c] += 1
            }
        }
        columnStart = start
        self.rows = rows
        self.values = values
        var low = 0, high = columnLimit
        while low < high {   // first column whose entries start at or after half of all
            let mid = (low + high) / 2
            if start[mid] < start[columnLimit] / 2 { low = mid + 1 } else { high = mid }
        }
        split = low
    }

    /// `bias + row · weights` for each record in `records` (in that order); `weights` covers
    /// at least the first `columnLimit` columns.
    func scores(records: [Int], weights: [Double], bias: Double) -> [Double] {
        var halves = [[Float]](repeating: [Float](repeating: 0, count: recordCount), count: 2)
        let ranges = [0..<split, split..<columnLimit]
        halves.withUnsafeMutableBufferPointer { halves in
            let work = UncheckedSendable((halves.baseAddress!, self, weights))
            let body: @Sendable (Int) -> Void = { half in
                let (halves, scorer, weights) = work.value
                halves[half].withUnsafeMutableBufferPointer { sums in
                    scorer.accumulate(columns: ranges[half], weights: weights, into: sums)
                }
            }
            if records.count >= 2000 { DispatchQueue.concurrentPerform(iterations: 2, execute: body) } else { body(0); body(1) }
        }
        return records.map { bias + Double(halves[0][$0] + halves[1][$0]) }
    }

    private func accumulate(columns: Range<Int>, weights: [Double], into sums: UnsafeMutableBufferPointer<Float>) {
        rows.withUnsafeBufferPointer { rows in
            values.withUnsafeBufferPointer { values in
                columnStart.withUnsafeBufferPointer { start in
                    weights.withUnsafeBufferPointer { w in
                        for c in columns {
                            let weight = Float(w[c])
                            if weight == 0 { continue }
                            for k in start[c]..<start[c + 1] { sums[Int(rows[k])] += weight * values[k] }
                        }
                    }
                }
            }
        }
    }
}
