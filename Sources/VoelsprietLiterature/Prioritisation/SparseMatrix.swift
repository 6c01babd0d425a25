/// A sparse matrix in compressed sparse row form: row `r` has the column indexes
/// `columns[rowStart[r]..<rowStart[r + 1]]` (ascending) and the values beside them. Values
/// are kept in single precision: half the memory traffic when every record is scored at each
/// step, and TF-IDF weights need no more than 7 digits.
public struct SparseMatrix: Sendable, Equatable {
    public private(set) var rowStart: [Int]
    public private(set) var columns: [Int32]
    public private(set) var values: [Float]
    /// Number of columns (the vocabulary size for a document-term matrix).
    public let columnCount: Int

    public var rowCount: Int { rowStart.count - 1 }

    init(rowStart: [Int], columns: [Int32], values: [Float], columnCount: Int) {
        self.rowStart = rowStart
        self.columns = columns
        self.values = values
        self.columnCount = columnCount
    }

    /// The non-zero entries of one row as (column, value) pairs.
    public func row(_ r: Int) -> [(column: Int, value: Double)] {
        (rowStart[r]..<rowStart[r + 1]).map { (Int(columns[$0]), Double(values[$0])) }
    }

    /// `row · weights + bias` for every row in `rows`, written into `scores[row]`.
    /// `row · weights + bias` for every row in `rows`, in the order of `rows` (single precision
    /// products, summed in double precision).
    func dot(rows: [Int], weights: [Float], bias: Double) -> [Double] {
        var scores = [Double](repeating: 0, count: rows.count)
        columns.withUnsafeBufferPointer { cols in
            values.withUnsafeBufferPointer { vals in
                weights.withUnsafeBufferPointer { w in
                    rowStart.withUnsafeBufferPointer { start in
                        for (i, r) in rows.enumerated() {
                            var sum: Float = 0
                            for k in start[r]..<start[r + 1] { sum += vals[k] * w[Int(cols[k])] }
                            scores[i] = bias + Double(sum)
                        }
                    }
                }
            }
        }
        return scores
    }

    /// `row · weights` for one row.
    func dot(row r: Int, weights: [Double]) -> Double {
        var sum = 0.0
        let range = rowStart[r]..<rowStart[r + 1]
        columns.withUnsafeBufferPointer { cols in
            values.withUnsafeBufferPointer { vals in
                weights.withUnsafeBufferPointer { w in
                    for k in range { sum += Double(vals[k]) * w[Int(cols[k])] }
                }
            }
        }
        return sum
    }

    /// `weights += factor * row`.
    func add(row r: Int, times factor: Double, to weights: inout [Double]) {
        let range = rowStart[r]..<rowStart[r + 1]
        columns.withUnsafeBufferPointer { cols in
            values.withUnsafeBufferPointer { vals in
                weights.withUnsafeMutableBufferPointer { w in
                    for k in range { w[Int(cols[k])] += factor * Double(vals[k]) }
                }
            }
        }
    }

    /// Squared Euclidean norm of one row.
    func squaredNorm(row r: Int) -> Double {
        var sum = 0.0
        for k in rowStart[r]..<rowStart[r + 1] { sum += Double(values[k]) * Double(values[k]) }
        return sum
    }
}

extension SparseMatrix {
    /// The same matrix without the entries of columns that occur in fewer than `minimumRows`
    /// rows (same shape and column numbers). For a linear model trained on labelled rows only,
    /// a column found in one row alone has weight 0 unless that row is labelled, so scoring
    /// the unlabelled rows can skip such columns: for bigram features they are most entries.
    func keepingColumns(inAtLeast minimumRows: Int) -> SparseMatrix {
        var counts = [Int](repeating: 0, count: columnCount)
        for c in columns { counts[Int(c)] += 1 }
        var start = [0], kept: [Int32] = [], keptValues: [Float] = []
        for r in 0..<rowCount {
            for k in rowStart[r]..<rowStart[r + 1] where counts[Int(columns[k])] >= minimumRows {
                kept.append(columns[k])
                keptValues.append(values[k])
            }
            start.append(kept.count)
        }
        return SparseMatrix(rowStart: start, columns: kept, values: keptValues, columnCount: columnCount)
    }
}
