import Testing
@testable import VoelsprietWorkspace

@Suite("Tables, format and version information")
struct TablesTests {
    typealias Tables = QRCode.Tables

    /// Remainder bits per version, ISO/IEC 18004:2015 Table 1.
    static func remainderBits(version: Int) -> Int {
        switch version {
        case 1: 0
        case 2...6: 7
        case 7...13: 0
        case 14...20: 3
        case 21...27: 4
        case 28...34: 3
        default: 0
        }
    }

    @Test("Table 1 codeword counts match the modules left free by the drawn function patterns", arguments: 1...40)
    func codewordCountMatchesGeometry(version: Int) {
        let grid = QRCode.Grid(version: version)
        let free = grid.reserved.count { !$0 }
        #expect(free / 8 == Tables.totalCodewords(version: version))
        #expect(free % 8 == Self.remainderBits(version: version))
    }

    @Test("alignment pattern table: 6 … size−7, ⌊V/7⌋+2 entries, even step, first gap not larger (but 32)", arguments: 2...40)
    func alignmentPositions(version: Int) {
        let positions = Tables.alignmentPositions(version: version)
        #expect(positions.count == version / 7 + 2)
        #expect(positions.first == 6)
        #expect(positions.last == Tables.size(ofVersion: version) - 7)
        let gaps = zip(positions.dropFirst(), positions).map { $0 - $1 }
        let step = gaps.last!
        #expect(step % 2 == 0)
        #expect(gaps.dropFirst().allSatisfy { $0 == step })
        if version == 32 {
            // The one irregular row of Table E.1: 6, 34, 60, 86, 112, 138.
            #expect(gaps[0] == 28 && step == 26)
        } else {
            #expect(gaps[0] <= step)
        }
    }

    @Test("Table 9 block structure examples and Table 7 data capacities")
    func blockStructure() {
        // 5-Q: 2 blocks of (33, 15) and 2 blocks of (34, 16).
        #expect(Tables.blockLayout(version: 5, level: .quartile)
            == .init(eccPerBlock: 18, blockCount: 4, shortBlockDataLength: 15, shortBlockCount: 2))
        // 40-H: 20 blocks of (45, 15) and 61 blocks of (46, 16).
        #expect(Tables.blockLayout(version: 40, level: .high)
            == .init(eccPerBlock: 30, blockCount: 81, shortBlockDataLength: 15, shortBlockCount: 20))
        #expect(Tables.dataCodewords(version: 1, level: .low) == 19)
        #expect(Tables.dataCodewords(version: 1, level: .high) == 9)
        #expect(Tables.dataCodewords(version: 40, level: .medium) == 2334)
        #expect(Tables.byteCapacity(version: 40, level: .low) == 2953)
        #expect(Tables.byteCapacity(version: 9, level: .medium) == 180)
        #expect(Tables.byteCapacity(version: 10, level: .medium) == 213)
    }

    @Test("format information bits (Annex C, all 32 combinations)")
    func formatBits() {
        let expected: [QRCode.ErrorCorrection: [Int]] = [
            .low: [0x77C4, 0x72F3, 0x7DAA, 0x789D, 0x662F, 0x6318, 0x6C41, 0x6976],
            .medium: [0x5412, 0x5125, 0x5E7C, 0x5B4B, 0x45F9, 0x40CE, 0x4F97, 0x4AA0],
            .quartile: [0x355F, 0x3068, 0x3F31, 0x3A06, 0x24B4, 0x2183, 0x2EDA, 0x2BED],
            .high: [0x1689, 0x13BE, 0x1CE7, 0x19D0, 0x0762, 0x0255, 0x0D0C, 0x083B],
        ]
        for level in QRCode.ErrorCorrection.allCases {
            for mask in 0..<8 {
                #expect(Tables.formatBits(level: level, mask: mask) == expected[level]![mask], "\(level) mask \(mask)")
            }
        }
    }

    @Test("version information bits (Annex D, versions 7–40)")
    func versionBits() {
        let expected = [
            0x07C94, 0x085BC, 0x09A99, 0x0A4D3, 0x0BBF6, 0x0C762, 0x0D847, 0x0E60D,
            0x0F928, 0x10B78, 0x1145D, 0x12A17, 0x13532, 0x149A6, 0x15683, 0x168C9,
            0x177EC, 0x18EC4, 0x191E1, 0x1AFAB, 0x1B08E, 0x1CC1A, 0x1D33F, 0x1ED75,
            0x1F250, 0x209D5, 0x216F0, 0x228BA, 0x2379F, 0x24B0B, 0x2542E, 0x26A64,
            0x27541, 0x28C69,
        ]
        for (offset, bits) in expected.enumerated() {
            #expect(Tables.versionBits(version: 7 + offset) == bits, "version \(7 + offset)")
        }
    }

    @Test("format information is readable from both copies and the dark module is set")
    func formatPlacement() throws {
        let symbol = try QRCode.encode("format check", errorCorrection: .quartile)
        let expected = Tables.formatBits(level: .quartile, mask: symbol.mask)
        for copy in QRCode.Grid.formatPositions(size: symbol.size) {
            let read = copy.enumerated().reduce(0) { value, item in
                value | (symbol.isDark(x: item.element.x, y: item.element.y) ? 1 << item.offset : 0)
            }
            #expect(read == expected)
        }
        #expect(symbol.isDark(x: 8, y: symbol.size - 8))
        #expect(!symbol.isDark(x: -1, y: 0) && !symbol.isDark(x: 0, y: symbol.size))
    }

    @Test("byte-mode data codewords: mode, count, data, terminator, pad 0xEC 0x11")
    func dataCodewords() {
        // "hi" in 1-H (9 data codewords): 0100 00000010 01101000 01101001 0000, then pads.
        let words = QRCode.dataCodewords(for: Array("hi".utf8), version: 1, level: .high)
        #expect(words == [0x40, 0x26, 0x86, 0x90, 0xEC, 0x11, 0xEC, 0x11, 0xEC])
        // Version 10+ uses a 16-bit count.
        let long = QRCode.dataCodewords(for: [0xFF], version: 10, level: .low)
        #expect(Array(long.prefix(4)) == [0x40, 0x00, 0x1F, 0xF0])
    }
}
