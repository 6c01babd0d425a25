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

    /// `row · weights + bias` for every row in `rows`, in the order of `rows` (single precision
    /// products, summed in single precision per row, the bias added in double precision).
    /// Large calls are split between two threads; every score is the same sum either way.
    func dot(rows: [Int], weights: [Float], bias: Double) -> [Double] {
        var scores = [Double](repeating: 0, count: rows.count)
        columns.withUnsafeBufferPointer { cols in
            values.withUnsafeBufferPointer { vals in
                weights.withUnsafeBufferPointer { w in
                    rowStart.withUnsafeBufferPointer { start in
                        rows.withUnsafeBufferPointer { rows in
                            scores.withUnsafeMutableBufferPointer { out in
                                let shared = UncheckedSendable((cols, vals, w, start, rows, out))
                                ParallelChunks.run(count: rows.count, minimumChunk: 1000) { range in
                                    let (cols, vals, w, start, rows, out) = shared.value
                                    for i in range {
                                        let r = rows[i]
                                        out[i] = bias + Double(Self.sum(start[r]..<start[r + 1], cols, vals, w))
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        return scores
    }

    /// Σ vals[k] · w[cols[k]] over `range`, in four interleaved partial sums (entry k goes to
    /// sum k mod 4, added up as (s0 + s1) + (s2 + s3)), so that the additions do not wait on
    /// each other; the order is fixed, so the result is too.
    @inline(__always)
    static func sum(_ range: Range<Int>, _ cols: UnsafeBufferPointer<Int32>, _ vals: UnsafeBufferPointer<Float>,
                    _ w: UnsafeBufferPointer<Float>) -> Float {
        var s0: Float = 0, s1: Float = 0, s2: Float = 0, s3: Float = 0
        var k = range.lowerBound
        let end4 = k + (range.count & ~3)
        while k < end4 {
            s0 += vals[k] * w[Int(cols[k])]
            s1 += vals[k + 1] * w[Int(cols[k + 1])]
            s2 += vals[k + 2] * w[Int(cols[k + 2])]
            s3 += vals[k + 3] * w[Int(cols[k + 3])]
            k += 4
        }
        while k < range.upperBound {
            s0 += vals[k] * w[Int(cols[k])]
            k += 1
        }
        return (s0 + s1) + (s2 + s3)
    }

    /// `row · weights` for one row.
    /// (Two interleaved partial sums, even and odd entries, so the additions overlap.)
    func dot(row r: Int, weights: [Double]) -> Double {
        var s0 = 0.0, s1 = 0.0
        let range = rowStart[r]..<rowStart[r + 1]
        columns.withUnsafeBufferPointer { cols in
            values.withUnsafeBufferPointer { vals in
                weights.withUnsafeBufferPointer { w in
                    var k = range.lowerBound
                    while k + 1 < range.upperBound {
                        s0 += Double(vals[k]) * w[Int(cols[k])]
                        s1 += Double(vals[k + 1]) * w[Int(cols[k + 1])]
                        k += 2
                    }
                    if k < range.upperBound { s0 += Double(vals[k]) * w[Int(cols[k])] }
                }
            }
        }
        return s0 + s1
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
