import Testing
@testable import VoelsprietWorkspace

@Suite("Mask penalty rules (ISO/IEC 18004 Table 11)")
struct MaskingTests {
    typealias Masking = QRCode.Masking

    static func line(_ pattern: String) -> [Bool] { pattern.filter { $0 != " " }.map { $0 == "1" } }

    @Test("rule 1: a run of 5 + i modules scores 3 + i", arguments: [
        ("1111 0", 0), ("11111 0", 3), ("111111 0", 4), ("0 1111111111", 8),
        ("00000 11111", 6), ("11111 00000 111111", 10), ("1010101010", 0),
    ])
    func runs(pattern: String, expected: Int) {
        #expect(Masking.runPenalty(Self.line(pattern)) == expected)
    }

    @Test("rule 3: 1011101 with four light modules before or after scores 40", arguments: [
        ("0000 1011101 1111", 40),          // light before
        ("1111 1011101 0000", 40),          // light after
        ("0000 1011101 0000", 40),          // both sides: one occurrence, scored once
        ("1 000 1011101 000 1", 0),         // only three light modules on each side
        ("11 1011101 11", 0),               // dark modules within four on both sides
        ("1011101", 40),                    // the outside of the symbol is light
        ("0000 1011101 011101 0000", 80),   // two overlapping occurrences sharing a dark module
        ("0000 1011 1011101 0000", 80),     // two occurrences overlapping by three modules
        ("0000 0100010 0000", 0),           // the inverse pattern does not count
        ("0000 1011100 0000", 0),
    ])
    func finderLike(pattern: String, expected: Int) {
        #expect(Masking.finderLikePenalty(Self.line(pattern)) == expected)
    }

    @Test("rule 4: 10 points per whole 5 % step away from 50 % dark", arguments: [
        (220, 0), (221, 0), (199, 0), (198, 10), (242, 0), (243, 10), (177, 10), (176, 20), (155, 20), (154, 30),
        (0, 100), (441, 100),
    ])
    func balance(dark: Int, expected: Int) {
        // 441 = 21 × 21 modules: 199/441 = 45.1 %, 198/441 = 44.9 %, 243/441 = 55.1 %,
        // 177/441 = 40.1 %, 176/441 = 39.9 %, 155/441 = 35.1 %, 154/441 = 34.9 %.
        #expect(Masking.balancePenalty(darkCount: dark, total: 441) == expected)
    }

    @Test("whole-matrix components: all light and checkerboard")
    func components() {
        let light = [Bool](repeating: false, count: 21 * 21)
        // 42 lines with one run of 21 (3 + 16 each), 20 × 20 blocks of 2×2, 0 % dark.
        #expect(Masking.penaltyComponents(of: light, size: 21)
            == .init(runs: 42 * 19, blocks: 400 * 3, finderLike: 0, balance: 100))

        let checkerboard = (0..<(21 * 21)).map { ($0 / 21 + $0 % 21) % 2 == 0 }
        #expect(Masking.penaltyComponents(of: checkerboard, size: 21) == .init())

        // One finder-like row in an otherwise checkerboard matrix: the row
        // "0000 1011101 0000 1010 10" gives rule 3 once (light on both sides)
        // and rule 1 nothing (runs of 4 at most); columns are unaffected.
        var matrix = checkerboard
        let row = Self.line("0000 1011101 0000 1010 10")
        #expect(row.count == 21)
        for x in 0..<21 { matrix[10 * 21 + x] = row[x] }
        #expect(Masking.penaltyComponents(of: matrix, size: 21).finderLike == 40)
        #expect(Masking.penaltyComponents(of: matrix, size: 21).runs == 0)
    }

    @Test("mask conditions of Table 10 at sample positions")
    func conditions() {
        // (mask, row i, column j, inverted?)
        let samples: [(Int, Int, Int, Bool)] = [
            (0, 0, 0, true), (0, 0, 1, false), (1, 2, 5, true), (1, 3, 0, false),
            (2, 7, 3, true), (2, 0, 4, false), (3, 1, 2, true), (3, 1, 1, false),
            (4, 2, 3, true), (4, 0, 3, false), (5, 6, 5, true), (5, 5, 5, false),
            (6, 3, 3, false), (6, 2, 3, true), (6, 2, 2, false), (7, 0, 0, true), (7, 1, 2, false), (7, 1, 1, false), (7, 2, 4, true),
        ]
        for (mask, i, j, inverted) in samples {
            #expect(Masking.condition(mask, row: i, column: j) == inverted, "mask \(mask) at (\(i), \(j))")
        }
    }
}
