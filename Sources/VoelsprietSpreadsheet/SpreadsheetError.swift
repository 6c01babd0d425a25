/// Where a cell is: the worksheet's name and its 1-based row and column (as in the spreadsheet,
/// so the header row is row 1 when there is one).
public struct CellLocation: Sendable, Equatable, CustomStringConvertible {
    public var sheet: String
    public var row: Int
    public var column: Int

    public init(sheet: String, row: Int, column: Int) {
        self.sheet = sheet
        self.row = row
        self.column = column
    }

    /// The A1-style reference, e.g. "AB12".
    public var reference: String { CellReference.columnName(column) + String(row) }

    public var description: String {
        "sheet \"\(sheet)\", cell \(reference) (row \(row), column \(CellReference.columnName(column)))"
    }
}

/// Why a workbook could not be written. Every case names the sheet, and the cell where one is.
public enum SpreadsheetError: Error, Sendable, Equatable, CustomStringConvertible {
    case noSheets
    case invalidSheetName(name: String, reason: String)
    case duplicateSheetName(name: String, clashesWith: String)
    case tooManyRows(sheet: String, count: Int, limit: Int)
    case tooManyColumns(sheet: String, count: Int, limit: Int)
    case invalidColumnWidth(sheet: String, column: Int, width: Double)
    case textTooLong(CellLocation, length: Int, limit: Int)
    case nonFiniteNumber(CellLocation, value: Double)
    case invalidDate(CellLocation, reason: String)
    /// The zip package could not be assembled.
    case unwritable(reason: String)

    public var description: String {
        switch self {
        case .noSheets:
            "A workbook needs at least one worksheet."
        case .invalidSheetName(let name, let reason):
            "Invalid worksheet name \"\(name)\": \(reason)."
        case .duplicateSheetName(let name, let other):
            "Worksheet name \"\(name)\" is used twice (ignoring case, it equals \"\(other)\")."
        case .tooManyRows(let sheet, let count, let limit):
            "Sheet \"\(sheet)\" has \(count) rows including the header; the limit is \(limit)."
        case .tooManyColumns(let sheet, let count, let limit):
            "Sheet \"\(sheet)\" has \(count) columns; the limit is \(limit) (column XFD)."
        case .invalidColumnWidth(let sheet, let column, let width):
            "Sheet \"\(sheet)\", column \(CellReference.columnName(column)): width \(width) is not between 0 and 255."
        case .textTooLong(let location, let length, let limit):
            "Text in \(location) has \(length) characters (UTF-16); the limit is \(limit)."
        case .nonFiniteNumber(let location, let value):
            "Number in \(location) is \(value); only finite numbers can be written."
        case .invalidDate(let location, let reason):
            "Date in \(location): \(reason)."
        case .unwritable(let reason):
            "The workbook could not be written: \(reason)"
        }
    }
}
