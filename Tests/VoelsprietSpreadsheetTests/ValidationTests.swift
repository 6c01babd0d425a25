import Foundation
import Testing
@testable import VoelsprietSpreadsheet

/// Bad input is refused with an error that names the sheet and cell.
@Suite struct ValidationTests {
    func error(_ sheets: [Worksheet]) -> SpreadsheetError? {
        do {
            _ = try XLSXWriter().write(Workbook(sheets: sheets))
            return nil
        } catch {
            return error
        }
    }

    func error(_ rows: [[Cell]], columns: [Column] = []) -> SpreadsheetError? {
        error([Worksheet(name: "Data", columns: columns, rows: rows)])
    }

    @Test func noSheets() {
        #expect(error([]) == .noSheets)
    }

    @Test(arguments: [
        "", String(repeating: "x", count: 32), "a[b", "a]b", "a:b", "a*b", "a?b", "a/b", "a\\b", "'quoted", "end'",
        "History", "HISTORY", "tab\there", "bad\u{FFFE}",
    ])
    func invalidSheetNames(name: String) {
        guard case .invalidSheetName(let reported, let reason)? = error([Worksheet(name: name)]) else {
            Issue.record("no error for \(name)")
            return
        }
        #expect(reported == name && !reason.isEmpty)
    }

    @Test func validSheetNames() {
        let names = [String(repeating: "x", count: 31), "Tom's data", "R&D", "één", "🎉 Results", "Sheet (1)", "Histories"]
        #expect(error(names.map { Worksheet(name: $0) }) == nil)
    }

    @Test func duplicateNamesIgnoringCase() {
        let sheets = [Worksheet(name: "Data"), Worksheet(name: "Other"), Worksheet(name: "DATA")]
        #expect(error(sheets) == .duplicateSheetName(name: "DATA", clashesWith: "Data"))
        let accented = [Worksheet(name: "Één"), Worksheet(name: "één")]
        #expect(error(accented) == .duplicateSheetName(name: "één", clashesWith: "Één"))
    }

    @Test func nonFiniteNumbersNameTheCell() {
        let columns = [Column("a"), Column("b"), Column("c")]
        let nan = error([[.integer(1), .number(1), .number(.nan)]], columns: columns)
        guard case .nonFiniteNumber(let location, _)? = nan else {
            Issue.record("no error for NaN")
            return
        }
        #expect(location == CellLocation(sheet: "Data", row: 2, column: 3))
        #expect(location.description == "sheet \"Data\", cell C2 (row 2, column C)")
        #expect(error([[], [.number(-.infinity)]]) == .nonFiniteNumber(CellLocation(sheet: "Data", row: 2, column: 1), value: -.infinity))
    }

    @Test func textLengthLimit() {
        let limit = String(repeating: "é", count: 32_767)
        #expect(error([[.text(limit)]]) == nil)
        let emoji = String(repeating: "🎉", count: 16_384)  // 32,768 UTF-16 code units
        let column = Array(repeating: Cell.empty, count: 27) + [.text(emoji)]
        #expect(error([[], column]) == .textTooLong(CellLocation(sheet: "Data", row: 2, column: 28), length: 32_768, limit: 32_767))
        let header = error([], columns: [Column(String(repeating: "h", count: 40_000))])
        #expect(header == .textTooLong(CellLocation(sheet: "Data", row: 1, column: 1), length: 40_000, limit: 32_767))
    }

    @Test func invalidDates() {
        let cases: [(Cell, String)] = [
            (.date(year: 2023, month: 2, day: 29), "day 29"), (.date(year: 2024, month: 13, day: 1), "month 13"),
            (.date(year: 2024, month: 4, day: 31), "day 31"), (.date(year: 1899, month: 12, day: 31), "year 1899"),
            (.date(year: 1900, month: 2, day: 28), "before 1900-03-01"), (.date(year: 10_000, month: 1, day: 1), "year 10000"),
            (.dateTime(year: 2024, month: 1, day: 1, hour: 24, minute: 0, second: 0), "hour 24"),
            (.dateTime(year: 2024, month: 1, day: 1, hour: 0, minute: 60, second: 0), "minute 60"),
            (.dateTime(year: 2024, month: 1, day: 1, hour: 0, minute: 0, second: -1), "second -1"),
            (.date(year: Int.max, month: 1, day: 1), "year"),
        ]
        for (cell, fragment) in cases {
            guard case .invalidDate(let location, let reason)? = error([[.text("x"), cell]]) else {
                Issue.record("no error for \(cell)")
                continue
            }
            #expect(location.reference == "B1")
            #expect(reason.contains(fragment), Comment(rawValue: reason))
        }
    }

    @Test func columnWidths() {
        #expect(error([], columns: [Column("a", width: 0), Column("b", width: 255)]) == nil)
        #expect(error([], columns: [Column("a"), Column("b", width: -1)]) == .invalidColumnWidth(sheet: "Data", column: 2, width: -1))
        #expect(error([], columns: [Column("a", width: .infinity)]) == .invalidColumnWidth(sheet: "Data", column: 1, width: .infinity))
    }

    @Test func columnLimit() throws {
        let widest = Array(repeating: Cell.integer(7), count: 16_384)
        let data = try XLSXWriter().write(Workbook(sheets: [Worksheet(name: "Wide", rows: [widest])]))
        let sheet = try XLSXFile(data).xml("xl/worksheets/sheet1.xml")
        #expect(sheet.child("dimension")?["ref"] == "A1:XFD1")
        #expect(sheet.all("c").last?["r"] == "XFD1")
        #expect(error([[], widest + [.empty]]) == .tooManyColumns(sheet: "Data", count: 16_385, limit: 16_384))
        #expect(error([widest], columns: [Column("one")]) == nil)
    }

    @Test func rowLimit() {
        let rows = Array(repeating: [Cell](), count: 1_048_576)
        #expect(error(rows) == nil)
        #expect(error(rows, columns: [Column("header")]) == .tooManyRows(sheet: "Data", count: 1_048_577, limit: 1_048_576))
    }

    @Test func messagesNameWhatAndWhere() {
        let message = SpreadsheetError.textTooLong(CellLocation(sheet: "Antwoorden", row: 12, column: 3), length: 40_000, limit: 32_767)
            .description
        #expect(message == "Text in sheet \"Antwoorden\", cell C12 (row 12, column C) has 40000 characters (UTF-16); the limit is 32767.")
        #expect(SpreadsheetError.tooManyColumns(sheet: "S", count: 16_385, limit: 16_384).description.contains("XFD"))
    }
}
