import Foundation
import Testing
@testable import VoelsprietSpreadsheet

/// Numbers as written read back to the same Double (parsed with Swift's `Double(String)`).
@Suite struct NumberTests {
    static func written(_ value: Double) -> String {
        var bytes: [UInt8] = []
        CellWriter.appendNumber(value, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    @Test func specialValues() {
        let cases: [(Double, String)] = [
            (0, "0"), (-0.0, "0"), (1, "1"), (-42, "-42"), (0.1, "0.1"), (1e-7, "1e-07"), (123_456_789.125, "123456789.125"),
            (1e15, "1000000000000000"), (9_007_199_254_740_992, "9007199254740992"), (1e16, "1e+16"), (.greatestFiniteMagnitude, "1.7976931348623157e+308"),
            (.leastNonzeroMagnitude, "5e-324"),
        ]
        for (value, text) in cases {
            #expect(Self.written(value) == text)
        }
    }

    /// 20,000 doubles from random bit patterns (finite ones), plus random integers.
    @Test func randomDoublesRoundTrip() {
        var generator = SplitMix64(seed: 42)
        var checked = 0
        while checked < 20_000 {
            let value = Double(bitPattern: generator.next())
            guard value.isFinite else { continue }
            let text = Self.written(value)
            #expect(Double(text) == value, Comment(rawValue: text))
            #expect(!text.contains(",") && !text.contains(" "))
            checked += 1
        }
        for _ in 0..<5_000 {
            let integer = Int(bitPattern: UInt(generator.next()))
            var bytes: [UInt8] = []
            CellWriter.appendDecimal(integer, to: &bytes)
            #expect(String(decoding: bytes, as: UTF8.self) == String(integer))
        }
        var bytes: [UInt8] = []
        CellWriter.appendDecimal(Int.min, to: &bytes)
        #expect(String(decoding: bytes, as: UTF8.self) == "-9223372036854775808")
    }

    @Test func cellsCarryTheExactNumber() throws {
        let values: [Double] = [0.1 + 0.2, 1.0 / 3.0, -2.5e-300, 6.02214076e23]
        let sheet = Worksheet(name: "N", rows: [values.map(Cell.number) + [.integer(Int.max)]])
        let cells = try XLSXFile(try XLSXWriter().write(Workbook(sheets: [sheet]))).cells(sheet: 1)
        #expect(["A1", "B1", "C1", "D1"].map { cells[$0].flatMap { Double($0.value) } } == values)
        #expect(cells["E1"]?.value == "9223372036854775807")
    }
}

/// A small deterministic generator (SplitMix64) for the random cases.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
