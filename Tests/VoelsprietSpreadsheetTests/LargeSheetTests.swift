import Foundation
import Testing
@testable import VoelsprietSpreadsheet

/// A sheet of 5,000 rows × 30 columns written and read back in full (the release timing of
/// 100,000 × 30 is in the report, not a test: debug builds are several times slower).
@Suite struct LargeSheetTests {
    @Test func everyCellReadsBack() throws {
        let rowCount = 5_000
        let columns = (1...30).map { Column("Vraag \($0)") }
        let rows: [[Cell]] = (0..<rowCount).map { r in
            (0..<30).map { c in
                switch c % 5 {
                case 0: .text("antwoord \(r % 7)")
                case 1: .number(Double(r) / 8)
                case 2: .integer(r * c)
                case 3: .date(year: 2000 + r % 20, month: 1 + r % 12, day: 1 + r % 28)
                default: .text("vrij \(r)-\(c)")
                }
            }
        }
        let sheet = Worksheet(name: "Groot", columns: columns, rows: rows, autoFilter: true)
        let file = try XLSXFile(try XLSXWriter().write(Workbook(sheets: [sheet])))
        let cells = try file.cells(sheet: 1)
        #expect(cells.count == (rowCount + 1) * 30)
        #expect(try file.xml("xl/worksheets/sheet1.xml").child("dimension")?["ref"] == "A1:AD5001")
        #expect(file.sharedStrings.count == 30 + 7 + rowCount * 6)
        var mismatches = 0
        for (r, row) in rows.enumerated() {
            for (c, cell) in row.enumerated() {
                let read = cells[CellReference.name(row: r + 2, column: c + 1)]
                let matches: Bool
                switch cell {
                case .text(let text): matches = read?.type == "s" && read?.value == text
                case .number(let value): matches = read?.type == nil && read.flatMap { Double($0.value) } == value
                case .integer(let value): matches = read?.value == String(value)
                case .date(let y, let m, let d):
                    matches = read?.style == "2" && read?.value == String(DateSerial.serial(year: y, month: m, day: d))
                default: matches = false
                }
                if !matches { mismatches += 1 }
            }
        }
        #expect(mismatches == 0)
    }
}
