import Foundation

/// The weighting step of `TFIDFVectorizer`: counted terms → unit-length TF-IDF rows.
enum TFIDFRows {
    /// tf × idf per kept term (tf the count, or `1 + ln(count)` when sublinear), each row
    /// sorted by column and scaled to unit Euclidean length (norm summed in double precision,
    /// values stored as Float). Rows are independent, so two threads share them.
    static func weighted(_ counted: CountedTerms, column: [Int32], idf: [Double], sublinear: Bool) -> SparseMatrix {
        let rows = counted.textStart.count - 1
        var rowStart = [Int](repeating: 0, count: rows + 1)
        for r in 0..<rows {
            var kept = 0
            for k in counted.textStart[r]..<counted.textStart[r + 1] where column[Int(counted.terms[k])] >= 0 { kept += 1 }
            rowStart[r + 1] = rowStart[r] + kept
        }
        let total = rowStart[rows]
        var columns = [Int32](repeating: 0, count: total)
        var values = [Float](repeating: 0, count: total)
        columns.withUnsafeMutableBufferPointer { outColumns in
            values.withUnsafeMutableBufferPointer { outValues in
                let out = UncheckedSendable((outColumns, outValues))
                ParallelChunks.run(count: rows, minimumChunk: 500) { range in
                    var entries: [(Int32, Double)] = []
                    for r in range {
                        entries.removeAll(keepingCapacity: true)
                        for k in counted.textStart[r]..<counted.textStart[r + 1] {
                            let c = column[Int(counted.terms[k])]
                            guard c >= 0 else { continue }
                            let count = Double(counted.counts[k])
                            entries.append((c, (sublinear ? 1 + log(count) : count) * idf[Int(c)]))
                        }
                        entries.sort { $0.0 < $1.0 }
                        var squares = 0.0
                        for (_, v) in entries { squares += v * v }
                        let scale = squares > 0 ? 1 / squares.squareRoot() : 0
                        var k = rowStart[r]
                        for (c, v) in entries {
                            out.value.0[k] = c
                            out.value.1[k] = Float(v * scale)
                            k += 1
                        }
                    }
                }
            }
        }
        return SparseMatrix(rowStart: rowStart, columns: columns, values: values, columnCount: idf.count)
    }
}
