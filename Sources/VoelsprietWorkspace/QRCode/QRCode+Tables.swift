extension QRCode {
    /// The numeric tables of ISO/IEC 18004:2015 that the encoder needs, with
    /// the small formulas that derive everything else from them.
    ///
    /// Only two tables are stored verbatim because they cannot be derived:
    /// the error correction block structure (Table 9) and the alignment
    /// pattern centres (Annex E, Table E.1). The total codeword counts
    /// (Table 1) are stored too, but only as a cross-check: the unit tests
    /// verify them against the module count of the drawn function patterns.
    enum Tables {
        /// Modules per side: 21 for version 1, four more for each further version (§5.3.1).
        static func size(ofVersion version: Int) -> Int { 17 + 4 * version }

        /// Bits of the character count indicator in byte mode (Table 3):
        /// 8 for versions 1–9, 16 for versions 10–40.
        static func byteModeCountBits(version: Int) -> Int { version <= 9 ? 8 : 16 }

        /// Total codewords (data + error correction) per version, ISO/IEC
        /// 18004:2015 Table 1, column "Total number of codewords". This is
        /// ⌊(data modules) / 8⌋, where the data modules are all modules not
        /// used by function patterns, format or version information; the
        /// 0, 3, 4 or 7 leftover modules are the "remainder bits".
        static let totalCodewordsTable: [Int] = [
            26, 44, 70, 100, 134, 172, 196, 242, 292, 346,              // 1–10
            404, 466, 532, 581, 655, 733, 815, 901, 991, 1085,          // 11–20
            1156, 1258, 1364, 1474, 1588, 1706, 1828, 1921, 2051, 2185, // 21–30
            2323, 2465, 2611, 2761, 2876, 3034, 3196, 3362, 3532, 3706, // 31–40
        ]

        static func totalCodewords(version: Int) -> Int { totalCodewordsTable[version - 1] }

        /// Error correction characteristics, ISO/IEC 18004:2015 Table 9.
        ///
        /// For each version (row) and level L, M, Q, H (column): the number of
        /// error correction codewords *per block* and the number of blocks.
        /// Table 9 lists the blocks as one or two groups "(c, k, r)"; the
        /// second group always has exactly one data codeword more than the
        /// first, so the groups follow from the totals (see ``blockLayout``).
        static let errorCorrectionTable: [[(eccPerBlock: Int, blocks: Int)]] = [
            //  L          M          Q          H
            [(7, 1),   (10, 1),  (13, 1),  (17, 1)],   // 1
            [(10, 1),  (16, 1),  (22, 1),  (28, 1)],   // 2
            [(15, 1),  (26, 1),  (18, 2),  (22, 2)],   // 3
            [(20, 1),  (18, 2),  (26, 2),  (16, 4)],   // 4
            [(26, 1),  (24, 2),  (18, 4),  (22, 4)],   // 5
            [(18, 2),  (16, 4),  (24, 4),  (28, 4)],   // 6
            [(20, 2),  (18, 4),  (18, 6),  (26, 5)],   // 7
            [(24, 2),  (22, 4),  (22, 6),  (26, 6)],   // 8
            [(30, 2),  (22, 5),  (20, 8),  (24, 8)],   // 9
            [(18, 4),  (26, 5),  (24, 8),  (28, 8)],   // 10
            [(20, 4),  (30, 5),  (28, 8),  (24, 11)],  // 11
            [(24, 4),  (22, 8),  (26, 10), (28, 11)],  // 12
            [(26, 4),  (22, 9),  (24, 12), (22, 16)],  // 13
            [(30, 4),  (24, 9),  (20, 16), (24, 16)],  // 14
            [(22, 6),  (24, 10), (30, 12), (24, 18)],  // 15
            [(24, 6),  (28, 10), (24, 17), (30, 16)],  // 16
            [(28, 6),  (28, 11), (28, 16), (28, 19)],  // 17
            [(30, 6),  (26, 13), (28, 18), (28, 21)],  // 18
            [(28, 7),  (26, 14), (26, 21), (26, 25)],  // 19
            [(28, 8),  (26, 16), (30, 20), (28, 25)],  // 20
            [(28, 8),  (26, 17), (28, 23), (30, 25)],  // 21
            [(28, 9),  (28, 17), (30, 23), (24, 34)],  // 22
            [(30, 9),  (28, 18), (30, 25), (30, 30)],  // 23
            [(30, 10), (28, 20), (30, 27), (30, 32)],  // 24
            [(26, 12), (28, 21), (30, 29), (30, 35)],  // 25
            [(28, 12), (28, 23), (28, 34), (30, 37)],  // 26
            [(30, 12), (28, 25), (30, 34), (30, 40)],  // 27
            [(30, 13), (28, 26), (30, 35), (30, 42)],  // 28
            [(30, 14), (28, 28), (30, 38), (30, 45)],  // 29
            [(30, 15), (28, 29), (30, 40), (30, 48)],  // 30
            [(30, 16), (28, 31), (30, 43), (30, 51)],  // 31
            [(30, 17), (28, 33), (30, 45), (30, 54)],  // 32
            [(30, 18), (28, 35), (30, 48), (30, 57)],  // 33
            [(30, 19), (28, 37), (30, 51), (30, 60)],  // 34
            [(30, 19), (28, 38), (30, 53), (30, 63)],  // 35
            [(30, 20), (28, 40), (30, 56), (30, 66)],  // 36
            [(30, 21), (28, 43), (30, 59), (30, 70)],  // 37
            [(30, 22), (28, 45), (30, 62), (30, 74)],  // 38
            [(30, 24), (28, 47), (30, 65), (30, 77)],  // 39
            [(30, 25), (28, 49), (30, 68), (30, 81)],  // 40
        ]

        /// How the codewords of one version/level are divided into blocks.
        struct BlockLayout: Equatable {
            /// Error correction codewords in every block.
            var eccPerBlock: Int
            /// Blocks in total (group 1 + group 2).
            var blockCount: Int
            /// Data codewords of a group 1 block; group 2 blocks have one more.
            var shortBlockDataLength: Int
            /// Number of group 1 blocks (they come first in the sequence).
            var shortBlockCount: Int
        }

        static func blockLayout(version: Int, level: ErrorCorrection) -> BlockLayout {
            let entry = errorCorrectionTable[version - 1][level.tableColumn]
            let data = totalCodewords(version: version) - entry.eccPerBlock * entry.blocks
            return BlockLayout(
                eccPerBlock: entry.eccPerBlock,
                blockCount: entry.blocks,
                shortBlockDataLength: data / entry.blocks,
                shortBlockCount: entry.blocks - data % entry.blocks
            )
        }

        /// Data codewords of the symbol (Table 7, "Number of data codewords").
        static func dataCodewords(version: Int, level: ErrorCorrection) -> Int {
            let entry = errorCorrectionTable[version - 1][level.tableColumn]
            return totalCodewords(version: version) - entry.eccPerBlock * entry.blocks
        }

        /// Bytes that fit in one byte-mode segment: the data capacity minus the
        /// 4-bit mode indicator and the character count indicator, rounded down
        /// to whole bytes (Table 7, "Byte" column).
        static func byteCapacity(version: Int, level: ErrorCorrection) -> Int {
            (dataCodewords(version: version, level: level) * 8 - 4 - byteModeCountBits(version: version)) / 8
        }

        /// Row/column coordinates of the alignment pattern centres, ISO/IEC
        /// 18004:2015 Annex E, Table E.1 (version 1 has none). Patterns are
        /// placed at every combination of two of these coordinates, except the
        /// three that would overlap a finder pattern. The first value is
        /// always 6 (the timing pattern), the last `size - 7`, and the ones in
        /// between are evenly spaced by an even step; the tests check that.
        static let alignmentPositionsTable: [[Int]] = [
            [],                                  // 1
            [6, 18],                             // 2
            [6, 22],                             // 3
            [6, 26],                             // 4
            [6, 30],                             // 5
            [6, 34],                             // 6
            [6, 22, 38],                         // 7
            [6, 24, 42],                         // 8
            [6, 26, 46],                         // 9
            [6, 28, 50],                         // 10
            [6, 30, 54],                         // 11
            [6, 32, 58],                         // 12
            [6, 34, 62],                         // 13
            [6, 26, 46, 66],                     // 14
            [6, 26, 48, 70],                     // 15
            [6, 26, 50, 74],                     // 16
            [6, 30, 54, 78],                     // 17
            [6, 30, 56, 82],                     // 18
            [6, 30, 58, 86],                     // 19
            [6, 34, 62, 90],                     // 20
            [6, 28, 50, 72, 94],                 // 21
            [6, 26, 50, 74, 98],                 // 22
            [6, 30, 54, 78, 102],                // 23
            [6, 28, 54, 80, 106],                // 24
            [6, 32, 58, 84, 110],                // 25
            [6, 30, 58, 86, 114],                // 26
            [6, 34, 62, 90, 118],                // 27
            [6, 26, 50, 74, 98, 122],            // 28
            [6, 30, 54, 78, 102, 126],           // 29
            [6, 26, 52, 78, 104, 130],           // 30
            [6, 30, 56, 82, 108, 134],           // 31
            [6, 34, 60, 86, 112, 138],           // 32
            [6, 30, 58, 86, 114, 142],           // 33
            [6, 34, 62, 90, 118, 146],           // 34
            [6, 30, 54, 78, 102, 126, 150],      // 35
            [6, 24, 50, 76, 102, 128, 154],      // 36
            [6, 28, 54, 80, 106, 132, 158],      // 37
            [6, 32, 58, 84, 110, 136, 162],      // 38
            [6, 26, 54, 82, 110, 138, 166],      // 39
            [6, 30, 58, 86, 114, 142, 170],      // 40
        ]

        static func alignmentPositions(version: Int) -> [Int] { alignmentPositionsTable[version - 1] }

        // MARK: BCH codes for format and version information

        /// Generator of the (15, 5) BCH code protecting the format information
        /// (§7.9.1): G(x) = x¹⁰ + x⁸ + x⁵ + x⁴ + x² + x + 1.
        static let formatGenerator = 0b101_0011_0111
        /// XOR mask applied to the format information so that it is never all
        /// light (§7.9.1): 101010000010010.
        static let formatMask = 0b101_0100_0001_0010
        /// Generator of the (18, 6) Golay code protecting the version
        /// information (§7.10): G(x) = x¹² + x¹¹ + x¹⁰ + x⁹ + x⁸ + x⁵ + x² + 1.
        static let versionGenerator = 0b1_1111_0010_0101

        /// Appends the remainder of `data · x^deg(generator)` divided by
        /// `generator` (polynomials over GF(2) as bit patterns) to `data`.
        static func bchCodeword(data: Int, generator: Int) -> Int {
            let degree = Int.bitWidth - generator.leadingZeroBitCount - 1
            var remainder = data << degree
            var bit = Int.bitWidth - remainder.leadingZeroBitCount - 1
            while bit >= degree {
                if remainder & (1 << bit) != 0 {
                    remainder ^= generator << (bit - degree)
                }
                bit -= 1
            }
            return data << degree | remainder
        }

        /// The 15 format information bits (§7.9): 2 bits error correction
        /// level, 3 bits mask reference, 10 BCH bits, XOR-ed with ``formatMask``.
        static func formatBits(level: ErrorCorrection, mask: Int) -> Int {
            bchCodeword(data: level.formatIndicator << 3 | mask, generator: formatGenerator) ^ formatMask
        }

        /// The 18 version information bits (§7.10, Annex D): 6 bits version
        /// number followed by 12 BCH bits. Only versions 7–40 carry them.
        static func versionBits(version: Int) -> Int {
            bchCodeword(data: version, generator: versionGenerator)
        }
    }
}

extension QRCode.ErrorCorrection {
    /// Column of this level in ``QRCode/Tables/errorCorrectionTable``.
    var tableColumn: Int {
        switch self {
        case .low: 0
        case .medium: 1
        case .quartile: 2
        case .high: 3
        }
    }

    /// The two-bit error correction level indicator of the format information
    /// (Table 12). Note the order is not L, M, Q, H: L = 01, M = 00, Q = 11, H = 10.
    var formatIndicator: Int {
        switch self {
        case .low: 0b01
        case .medium: 0b00
        case .quartile: 0b11
        case .high: 0b10
        }
    }
}
