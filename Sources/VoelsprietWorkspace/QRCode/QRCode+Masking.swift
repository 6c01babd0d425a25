extension QRCode {
    /// Data mask patterns and their evaluation (ISO/IEC 18004:2015 §7.8).
    ///
    /// A mask inverts every non-reserved module for which its condition holds;
    /// its purpose is to avoid large single-colour areas and finder-like
    /// patterns that would confuse a reader. All eight masks are tried and the
    /// one with the lowest total penalty wins (ties go to the lower number).
    ///
    /// **Interpretation notes.** ISO/IEC 18004 orders the steps as "mask,
    /// evaluate, then add format and version information" (§7.1 steps 6 and
    /// 7), so the candidates are scored with the format/version areas and the
    /// dark module still light. Other encoders draw the format bits before
    /// scoring; that can pick a different, equally valid mask. For rule 3,
    /// modules outside the symbol count as light (the quiet zone is light), and
    /// each 1:1:3:1:1 occurrence scores once even if light on both sides;
    /// overlapping occurrences (e.g. `0000 1011101 011101 0000`) each score.
    /// The reference encoder used in the tests (segno) resumes its search after
    /// a scoring occurrence and so counts such a pair once; this never changed
    /// the chosen mask in the 175 reference symbols, but could in principle.
    enum Masking {
        /// The mask condition for module (row i, column j) (Table 10). When it
        /// is true, the module is inverted.
        static func condition(_ mask: Int, row i: Int, column j: Int) -> Bool {
            switch mask {
            case 0: return (i + j) % 2 == 0
            case 1: return i % 2 == 0
            case 2: return j % 3 == 0
            case 3: return (i + j) % 3 == 0
            case 4: return (i / 2 + j / 3) % 2 == 0
            case 5: return (i * j) % 2 + (i * j) % 3 == 0
            case 6: return ((i * j) % 2 + (i * j) % 3) % 2 == 0
            case 7: return ((i + j) % 2 + (i * j) % 3) % 2 == 0
            default: preconditionFailure("mask must be 0...7")
            }
        }

        /// Penalty weights of Table 11: N1 (runs), N2 (2×2 blocks),
        /// N3 (finder-like patterns), N4 (dark/light balance).
        static let n1 = 3, n2 = 3, n3 = 40, n4 = 10

        /// Total penalty score of a `size`×`size` row-major matrix (Table 11).
        ///
        /// - Rule 1: each run of 5 + i same-coloured modules in a row or
        ///   column scores N1 + i.
        /// - Rule 2: each 2×2 block of one colour scores N2. (Table 11 states
        ///   N2 · (m − 1) · (n − 1) for an m × n block, which is the same as
        ///   counting every 2×2 block it contains.)
        /// - Rule 3: each dark:light:dark:light:dark = 1:1:3:1:1 sequence
        ///   (1011101) in a row or column that has four light modules directly
        ///   before or directly after it scores N3.
        /// - Rule 4: with the dark share p (in %), N4 · k where k is the number
        ///   of whole 5 % steps p deviates from 50 % (k = ⌊|p − 50| / 5⌋).
        static func penalty(of modules: [Bool], size: Int) -> Int {
            penaltyComponents(of: modules, size: size).total
        }

        /// The four penalty terms of Table 11, kept apart for testing.
        struct Penalty: Equatable {
            var runs = 0         // rule 1
            var blocks = 0       // rule 2
            var finderLike = 0   // rule 3
            var balance = 0      // rule 4
            var total: Int { runs + blocks + finderLike + balance }
        }

        static func penaltyComponents(of modules: [Bool], size: Int) -> Penalty {
            var penalty = Penalty()
            var line = [Bool](repeating: false, count: size)
            for i in 0..<size {
                for j in 0..<size { line[j] = modules[i * size + j] }
                penalty.runs += runPenalty(line)
                penalty.finderLike += finderLikePenalty(line)
                for j in 0..<size { line[j] = modules[j * size + i] }
                penalty.runs += runPenalty(line)
                penalty.finderLike += finderLikePenalty(line)
            }

            for y in 0..<(size - 1) {
                for x in 0..<(size - 1) {
                    let colour = modules[y * size + x]
                    if modules[y * size + x + 1] == colour,
                       modules[(y + 1) * size + x] == colour,
                       modules[(y + 1) * size + x + 1] == colour {
                        penalty.blocks += n2
                    }
                }
            }

            penalty.balance = balancePenalty(darkCount: modules.count(where: { $0 }), total: size * size)
            return penalty
        }

        /// Rule 4: |100·dark/total − 50| / 5 = |20·dark − 10·total| / total,
        /// rounded down, in exact integer arithmetic.
        static func balancePenalty(darkCount: Int, total: Int) -> Int {
            n4 * (abs(20 * darkCount - 10 * total) / total)
        }

        /// Rule 1 for one row or column.
        static func runPenalty(_ line: [Bool]) -> Int {
            var score = 0
            var run = 1
            for j in 1..<line.count {
                if line[j] == line[j - 1] {
                    run += 1
                } else {
                    if run >= 5 { score += n1 + run - 5 }
                    run = 1
                }
            }
            if run >= 5 { score += n1 + run - 5 }
            return score
        }

        /// Rule 3 for one row or column; positions outside the line are light.
        static func finderLikePenalty(_ line: [Bool]) -> Int {
            let count = line.count
            func isLight(_ range: Range<Int>) -> Bool {
                range.clamped(to: 0..<count).allSatisfy { !line[$0] }
            }
            var score = 0
            for p in 0...(count - 7)
            where line[p] && !line[p + 1] && line[p + 2] && line[p + 3] && line[p + 4] && !line[p + 5] && line[p + 6] {
                if isLight((p - 4)..<p) || isLight((p + 7)..<(p + 11)) {
                    score += n3
                }
            }
            return score
        }
    }
}

extension QRCode.Grid {
    /// A copy with `mask` applied to all non-reserved modules.
    func masked(with mask: Int) -> QRCode.Grid {
        var copy = self
        for y in 0..<size {
            for x in 0..<size where !reserved[y * size + x] && QRCode.Masking.condition(mask, row: y, column: x) {
                copy.dark[y * size + x].toggle()
            }
        }
        return copy
    }

    /// Applies the forced mask, or else every mask in turn, keeping the one
    /// with the lowest penalty (the first one on ties).
    func applyingBestMask(forced: Int?) -> (mask: Int, grid: QRCode.Grid) {
        if let forced { return (forced, masked(with: forced)) }
        var bestMask = 0
        var bestGrid = masked(with: 0)
        var bestScore = QRCode.Masking.penalty(of: bestGrid.dark, size: size)
        for mask in 1..<8 {
            let candidate = masked(with: mask)
            let score = QRCode.Masking.penalty(of: candidate.dark, size: size)
            if score < bestScore {
                (bestMask, bestGrid, bestScore) = (mask, candidate, score)
            }
        }
        return (bestMask, bestGrid)
    }
}
