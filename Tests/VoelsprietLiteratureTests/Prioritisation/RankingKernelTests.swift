import Testing
@testable import VoelsprietLiterature

/// The fast scoring and selection paths against the plain ones they replace.
@Suite struct RankingKernelTests {
    /// Random sparse rows (unit values are not needed: any values) and weights.
    static func randomMatrix(rows: Int, columns: Int, seed: UInt64) -> (SparseMatrix, [Double]) {
        var generator = SplitMix64(seed: seed)
        var start = [0], cols: [Int32] = [], vals: [Float] = []
        for _ in 0..<rows {
            let picked = Set((0..<Int(generator.next() % 30)).map { _ in Int32(generator.next() % UInt64(columns)) }).sorted()
            for c in picked {
                cols.append(c)
                vals.append(Float(generator.unit()))
            }
            start.append(cols.count)
        }
        // About half the weights zero, as for an SVM trained on a few records.
        let weights = (0..<columns).map { _ in generator.unit() < 0.5 ? 0 : generator.unit() * 2 - 1 }
        return (SparseMatrix(rowStart: start, columns: cols, values: vals, columnCount: columns), weights)
    }

    /// Column-wise scores equal the row-wise products (in double precision) up to Float
    /// rounding, over all columns and over a leading subset of them, serial and two-threaded.
    @Test(arguments: [300, 5000])
    func columnScorerMatchesRowProducts(rows: Int) {
        let (matrix, weights) = Self.randomMatrix(rows: rows, columns: 400, seed: UInt64(rows))
        for limit in [400, 150] {
            let scorer = ColumnScorer(matrix, columnLimit: limit)
            let records = Array(stride(from: 0, to: rows, by: 3))
            let scores = scorer.scores(records: records, weights: weights, bias: 0.25)
            for (i, r) in records.enumerated() {
                let expected = 0.25 + matrix.row(r).filter { $0.column < limit }.reduce(0) { $0 + $1.value * weights[$1.column] }
                #expect(abs(scores[i] - expected) < 1e-4, "row \(r), limit \(limit)")
            }
        }
    }

    @Test func rowDotMatchesPlainSum() {
        let (matrix, weights) = Self.randomMatrix(rows: 200, columns: 100, seed: 9)
        let floats = weights.map { Float($0) }
        let rows = Array(0..<200)
        let scores = matrix.dot(rows: rows, weights: floats, bias: -1)
        for r in rows {
            let plain = matrix.row(r).reduce(-1.0) { $0 + $1.value * Double(floats[$1.column]) }
            #expect(abs(scores[r] - plain) < 1e-4)
            #expect(abs(matrix.dot(row: r, weights: weights) - matrix.row(r).reduce(0) { $0 + $1.value * weights[$1.column] }) < 1e-9)
        }
    }

    /// `top(k)` is the first k of the full ranking, ties included (scores drawn from a few
    /// values, so many tie).
    @Test func topKIsPrefixOfRanking() {
        var generator = SplitMix64(seed: 5)
        for round in 0..<200 {
            let n = 1 + Int(generator.next() % 300)
            let scores = (0..<n).map { _ in Double(generator.next() % 7) }
            let rows = (0..<n).map { $0 * 2 + 1 }
            let k = 1 + Int(generator.next() % 40)
            let top = ScreeningSimulation.top(k, of: rows, scores: scores)
            #expect(top == Array(ScreeningSimulation.rank(rows, scores: scores).prefix(k)), "round \(round)")
        }
    }
}
