import Testing
@testable import VoelsprietSpreadsheet

@Suite struct CellReferenceTests {
    @Test(arguments: [
        (1, "A"), (2, "B"), (26, "Z"), (27, "AA"), (28, "AB"), (52, "AZ"), (53, "BA"), (702, "ZZ"), (703, "AAA"),
        (16_384, "XFD"),
    ])
    func columnNames(number: Int, name: String) {
        #expect(CellReference.columnName(number) == name)
    }

    /// Every column 1…16,384 decoded back by a separate bijective base-26 reading.
    @Test func everyColumnDecodesBack() {
        var seen = Set<String>()
        for number in 1...CellReference.maxColumns {
            let name = CellReference.columnName(number)
            let decoded = name.unicodeScalars.reduce(0) { $0 * 26 + Int($1.value) - 64 }
            #expect(decoded == number)
            seen.insert(name)
        }
        #expect(seen.count == CellReference.maxColumns)
    }

    @Test func referencesAndRanges() {
        #expect(CellReference.name(row: 1_048_576, column: 16_384) == "XFD1048576")
        #expect(CellReference.range(lastRow: 10, lastColumn: 28) == "A1:AB10")
        #expect(CellReference.range(lastRow: 10, lastColumn: 28, absolute: true) == "$A$1:$AB$10")
        #expect(CellLocation(sheet: "S", row: 7, column: 27).reference == "AA7")
    }
}
